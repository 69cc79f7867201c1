"""Reports: the headline figures, the summary for printing and as Excel, the organisation sheet."""
