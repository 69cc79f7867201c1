"""Backups: made by name and day, rotated, encrypted for the USB stick, checked and restored."""
