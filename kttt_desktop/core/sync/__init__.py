"""Sync packages: signed, encrypted files that carry changes between a commune and the levels above."""
