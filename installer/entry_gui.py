"""Entry point of the frozen desktop program (`KTTT Desktop.exe` / `kttt-desktop`).

Only `--db FILE` is understood (to open another register than the default one), so a
shortcut or a test can point the window at a file; everything else belongs to Qt.
"""

import sys


def _db_argument(argv: list[str]) -> tuple[str | None, list[str]]:
    rest: list[str] = []
    db: str | None = None
    args = iter(argv)
    for arg in args:
        if arg == "--db":
            db = next(args, None)
        elif arg.startswith("--db="):
            db = arg.split("=", 1)[1]
        else:
            rest.append(arg)
    return db, rest


if __name__ == "__main__":
    from kttt_desktop.ui.app import main

    db_path, qt_argv = _db_argument(sys.argv)
    sys.exit(main(qt_argv, db_path=db_path))
