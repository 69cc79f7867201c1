"""GUI-free heart of KTTT Desktop.

Nothing below this package imports Qt: the window, the `kttt` command, the tests and
scripts all use the same API, so they all behave the same way.
"""
