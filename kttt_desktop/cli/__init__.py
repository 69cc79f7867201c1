"""The `kttt` command: one module per sub-command, all over the same core API as the window."""
