"""`python -m kttt_desktop`: the same as the `kttt` command (no arguments opens the window)."""

import sys

from kttt_desktop.cli.main import main

sys.exit(main())
