"""Entry point of the frozen `kttt` command (a console program beside the window's)."""

import sys

if __name__ == "__main__":
    from kttt_desktop.cli.main import main

    sys.exit(main())
