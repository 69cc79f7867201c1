"""The plan: the indicators it counts, and the targets and population each unit is measured against."""
