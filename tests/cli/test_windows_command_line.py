"""`kttt` as a Windows PC runs it: output redirected to a file or a pipe in the console's
code page (cp1258, cp1252)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kttt_desktop.core.messages import render
from tests.cli.cli_tools import new_commune, run
from tests.core.factories import htx

ROOT = Path(__file__).resolve().parents[2]
CODE_PAGES = ["cp1258", "cp1252"]  # Vietnamese Windows; Windows set up in English


def kttt_process(tmp_path: Path, code_page: str, *argv: str | Path) -> tuple[int, str, str]:
    """`kttt ARGV…` in its own process whose standard streams are in `code_page`, standard
    output and error redirected to files (as `kttt … > out.json 2> err.txt`); both read back
    as UTF-8."""
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONUTF8", "PYTHONWARNINGS")}
    env["PYTHONIOENCODING"] = code_page
    out_path, err_path = tmp_path / "out.json", tmp_path / "err.txt"
    with out_path.open("wb") as out, err_path.open("wb") as err:
        code = subprocess.run([sys.executable, "-X", "utf8=0", "-m", "kttt_desktop", *map(str, argv)],
                              stdout=out, stderr=err, env=env, cwd=ROOT, timeout=120).returncode
    return code, out_path.read_bytes().decode("utf-8"), err_path.read_bytes().decode("utf-8")


@pytest.fixture
def commune(tmp_path, capsys) -> str:
    """Xã Bum Tở with one HTX whose name needs every kind of Vietnamese letter."""
    db = new_commune(capsys, tmp_path)
    code, _, err = run(capsys, "records", "put", "--db", db, "--type", "organization",
                       "--json", json.dumps(htx(name="HTX Nông nghiệp Sơn Đông Ở Ưng Bum Tở"), ensure_ascii=False))
    assert code == 0, err
    return db


# --- standard output and error in UTF-8 whatever the code page ------------------------------

@pytest.mark.parametrize("code_page", CODE_PAGES)
def test_json_redirected_to_a_file_keeps_vietnamese_letters(tmp_path, commune, code_page):
    code, out, err = kttt_process(tmp_path, code_page, "records", "list", "--db", commune,
                                  "--type", "organization", "--json")
    assert (code, err) == (0, "")
    [organization] = json.loads(out)
    assert organization["name"] == "HTX Nông nghiệp Sơn Đông Ở Ưng Bum Tở"
    assert "Nông nghiệp Sơn Đông" in out  # written as letters, not as \u escapes


@pytest.mark.parametrize("code_page", CODE_PAGES)
def test_a_refusal_redirected_to_a_file_reads_as_vietnamese(tmp_path, commune, code_page):
    code, out, err = kttt_process(tmp_path, code_page, "records", "get", "--db", commune,
                                  "--type", "organization", "--id", "không-có")
    assert (code, out) == (1, "")
    assert err.strip() == render("record_not_found", "vi", id="không-có")
    assert "Traceback" not in err and "\\u" not in err


@pytest.mark.parametrize("code_page", CODE_PAGES)
def test_usage_help_redirected_to_a_file(tmp_path, code_page):
    code, out, err = kttt_process(tmp_path, code_page, "--help")
    assert (code, err) == (0, "")
    assert "Sổ theo dõi kinh tế tập thể" in out
