"""Running `kttt` in-process, as the command-line tests do."""

from __future__ import annotations

from pathlib import Path

from kttt_desktop.cli.main import main


def run(capsys, *argv: str) -> tuple[int, str, str]:
    """Exit code, standard output and standard error of `kttt ARGV…`."""
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse usage errors
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def new_commune(capsys, tmp_path: Path) -> str:
    """A fresh commune database (Xã Bum Tở, 03433) made by `kttt init`; its path."""
    path = str(tmp_path / "xa.sqlite")
    code, _, err = run(capsys, "init", "--db", path, "--level", "commune", "--unit-code", "03433",
                       "--name", "Xã Bum Tở", "--officer", "Lò Văn Hương")
    assert code == 0, err
    return path


def demo_commune(capsys, tmp_path: Path) -> str:
    """A commune database filled by `kttt demo`; its path."""
    path = str(tmp_path / "xa.sqlite")
    code, _, err = run(capsys, "demo", "--db", path)
    assert code == 0, err
    return path
