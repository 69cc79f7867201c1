"""The Qt window. It calls `kttt_desktop.core` only and never writes SQL."""
