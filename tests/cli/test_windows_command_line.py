"""`kttt` as a Windows PC runs it: output redirected to a file or a pipe in the console's
code page (cp1258, cp1252), and wildcards in file names that cmd.exe and PowerShell pass on
unexpanded."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kttt_desktop.cli import paths
from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.messages import texts
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
    assert err.strip() == texts("record_not_found", "vi", id="không-có")
    assert "Traceback" not in err and "\\u" not in err


@pytest.mark.parametrize("code_page", CODE_PAGES)
def test_usage_help_redirected_to_a_file(tmp_path, code_page):
    code, out, err = kttt_process(tmp_path, code_page, "--help")
    assert (code, err) == (0, "")
    assert "Sổ theo dõi kinh tế tập thể" in out


# --- wildcards in file names ------------------------------------------------------------------

def ok(capsys, *argv: str | Path) -> dict:
    code, out, err = run(capsys, *map(str, argv))
    assert code == 0, err
    return json.loads(out)


@pytest.fixture
def two_packages(tmp_path, capsys) -> tuple[Path, Path]:
    """A district (107) and the USB stick its commune 03433 exported two packages onto:
    (the district's database, the stick)."""
    district, commune = tmp_path / "huyen.sqlite", tmp_path / "xa.sqlite"
    setup = tmp_path / "setup-03433.json"
    ok(capsys, "init", "--db", district, "--level", "district", "--unit-code", "107",
       "--name", "Khu vực Mường Tè", "--officer", "Cán bộ huyện", "--json")
    ok(capsys, "sync", "setup-file", "--db", district, "--unit-code", "03433", "--name", "Xã Bum Tở",
       "--out", setup, "--json")
    ok(capsys, "init", "--db", commune, "--setup-file", setup, "--officer", "Lò Văn Hương", "--json")
    usb = tmp_path / "E"
    usb.mkdir()
    for name in ("HTX Chè Bum Tở", "HTX Sâm Bum Tở"):
        ok(capsys, "records", "put", "--db", commune, "--type", "organization",
           "--json", json.dumps(htx(name=name), ensure_ascii=False))
        ok(capsys, "sync", "export", "--db", commune, "--out", usb, "--json")
    (usb / "ghi-chu.txt").write_text("không phải gói", encoding="utf-8")
    return district, usb


def test_sync_import_expands_a_pattern_as_windows_leaves_it(two_packages, capsys, monkeypatch):
    district, usb = two_packages
    monkeypatch.setattr(sys, "platform", "win32")
    summary = ok(capsys, "sync", "import", "--db", district, f"{usb.as_posix()}/kttt-goi-*.kttt", "--json")
    assert [Path(p["file"]).name for p in summary["packages"]] == sorted(p.name for p in usb.glob("*.kttt"))
    assert [p["status"] for p in summary["packages"]] == ["applied", "applied"]
    [package_one, package_two] = summary["packages"]
    assert "-so0001-" in package_one["file"] and "-so0002-" in package_two["file"]


def test_a_quoted_pattern_reaches_the_program_and_is_expanded(tmp_path, two_packages):
    """No shell between: the pattern arrives as typed, as it does from cmd.exe."""
    district, usb = two_packages
    code, out, err = kttt_process(tmp_path, "cp1258", "sync", "import", "--db", district,
                                  str(usb / "kttt-goi-03433-*.kttt"), "--dry-run", "--json")
    assert (code, err) == (0, "")
    previewed = json.loads(out)["packages"]
    assert [Path(p["file"]).name for p in previewed] == sorted(p.name for p in usb.glob("*.kttt"))
    assert previewed[0]["status"] == "applied"  # the second waits for the first, not yet written


def test_a_pattern_matching_nothing_is_told_in_vietnamese(two_packages, capsys, monkeypatch):
    district, usb = two_packages
    monkeypatch.setattr(sys, "platform", "win32")
    pattern = f"{usb}/kttt-goi-99999-*.kttt"
    code, out, err = run(capsys, "sync", "import", "--db", str(district), pattern)
    assert (code, out) == (1, "")
    assert err.startswith(f"Không có tệp nào khớp «{pattern}».")


def test_a_pattern_for_one_file_matching_several_names_them(tmp_path, commune, capsys):
    for name in ("danh-sach-1.xlsx", "danh-sach-2.xlsx"):
        (tmp_path / name).write_bytes(b"")
    code, out, err = run(capsys, "xlsx", "import", "--db", commune, str(tmp_path / "danh-sach-*.xlsx"))
    assert (code, out) == (1, "")
    assert "khớp với 2 tệp (danh-sach-1.xlsx, danh-sach-2.xlsx)" in err


def test_restore_from_a_pattern_matching_one_backup(tmp_path, commune, capsys):
    usb = tmp_path / "usb"
    usb.mkdir()
    made = Path(ok(capsys, "backup", "--db", commune, "--out", usb, "--json")["file"])
    restored = ok(capsys, "restore", "--db", commune, "--from", usb / "*.sqlite", "--json")
    assert restored["restored"]["unit_code"] == "03433"
    assert made.parent == usb


def test_a_name_that_exists_as_typed_is_never_read_as_a_pattern(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "platform", "win32")
    literal = tmp_path / "báo cáo [1].kttt"
    literal.write_bytes(b"")
    (tmp_path / "báo cáo 1.kttt").write_bytes(b"")
    assert paths.expand_file_args([literal]) == [literal]
    assert paths.expand_file_args([tmp_path / "báo cáo [0-9].kttt"]) == [tmp_path / "báo cáo 1.kttt"]
    assert paths.expand_file_args([tmp_path / "chưa có.kttt"]) == [tmp_path / "chưa có.kttt"]  # said by the command
    with pytest.raises(KtttError) as refused:
        paths.expand_file_args([tmp_path / "*.xlsx"])
    assert refused.value.code == "no_file_matches"


def test_patterns_expand_in_the_order_given_each_sorted(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "platform", "win32")
    for name in ("b-2.kttt", "b-1.kttt", "a-1.kttt"):
        (tmp_path / name).write_bytes(b"")
    found = paths.expand_file_args([tmp_path / "b-*.kttt", tmp_path / "a-?.kttt"])
    assert [p.name for p in found] == ["b-1.kttt", "b-2.kttt", "a-1.kttt"]
