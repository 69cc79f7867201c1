"""Import never half-writes: bad files are refused with the database byte-for-byte
unchanged, and a process killed in the middle of an import leaves it intact."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from kttt_desktop.core.registry import Registry
from kttt_desktop.core.sync import container, service
from tests.conftest import TODAY
from tests.core.factories import htx
from tests.core.sync.forge import digest

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def pair(tmp_path: Path):
    """A district and one commune started from its set-up file, with a genuine package."""
    district = Registry.open(tmp_path / "district.sqlite", today=lambda: TODAY)
    district.init_site("district", "107", "Khu vực Mường Tè", "Cán bộ huyện")
    setup = tmp_path / "setup.json"
    service.write_setup_file(district, "03433", "Xã Bum Tở", setup)
    commune = Registry.open(tmp_path / "commune.sqlite", today=lambda: TODAY)
    service.init_from_setup_file(commune, setup)
    for index in range(3):
        commune.create("organization", htx(name=f"HTX số {index}"))
    package = service.export_package(commune, tmp_path).path
    yield district, commune, package
    district.close()
    commune.close()


def _rezip(source: Path, target: Path, change) -> Path:
    with zipfile.ZipFile(source) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    members = change(members)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_STORED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return target


def _flip(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 0x40]) + data[at + 1:]


def bad_files(package: Path, folder: Path, commune: Registry, monkeypatch) -> dict[str, Path]:
    raw = package.read_bytes()
    files: dict[str, Path] = {}
    for cut in (10, len(raw) // 2, len(raw) - 5):
        files[f"truncated-{cut}"] = folder / f"truncated-{cut}.kttt"
        files[f"truncated-{cut}"].write_bytes(raw[:cut])
    files["empty"] = folder / "empty.kttt"
    files["empty"].write_bytes(b"")
    files["text"] = folder / "text.kttt"
    files["text"].write_text("Danh sách thành viên", encoding="utf-8")
    files["payload-flipped"] = _rezip(package, folder / "flipped.kttt", lambda m: {
        **m, "payload.bin": _flip(m["payload.bin"], len(m["payload.bin"]) // 2)})
    files["manifest-altered"] = _rezip(package, folder / "altered.kttt", lambda m: {
        **m, "manifest.json": m["manifest.json"].replace(b'"package_no":1', b'"package_no":9')})
    files["path-traversal"] = _rezip(package, folder / "traversal.kttt", lambda m: {**m, "../evil.txt": b"x"})
    # A forger with keys of its own, claiming to be the commune.
    forged_keys = service.SiteKeys.generate()
    upper = service.upper_peer(commune)
    manifest = container.read_manifest(package)[0]
    for key in ("format", "format_version", "payload"):
        manifest.pop(key)
    files["forged"] = folder / "forged.kttt"
    container.write_package(files["forged"], manifest, iter([{"x": 1}]), forged_keys, upper.public_keys)
    # A genuine sender, but a newer format than this program knows.
    monkeypatch.setattr(container, "FORMAT_VERSION", container.FORMAT_VERSION + 1)
    files["newer-format"] = folder / "newer.kttt"
    container.write_package(files["newer-format"], manifest, iter(()), service.keys_for(commune, upper),
                            upper.public_keys)
    monkeypatch.undo()
    return files


def test_every_bad_file_is_refused_with_a_message_and_nothing_written(pair, tmp_path, monkeypatch):
    district, commune, package = pair
    corpus = bad_files(package, tmp_path, commune, monkeypatch)
    before = digest(district.path)
    for label, path in corpus.items():
        [result] = service.import_files(district, [path], receipt_dir=tmp_path / "rc")
        assert result.status == "rejected", label
        assert result.reason and "Traceback" not in result.reason, label
        assert digest(district.path) == before, label
    assert "cập nhật phần mềm" in service.import_files(district, [corpus["newer-format"]])[0].reason
    assert not (tmp_path / "rc").exists()  # no receipt for a refused file
    [good] = service.import_files(district, [package])  # the genuine one still goes in
    assert good.status == "applied"


def test_wrong_receiver_is_refused(pair, tmp_path):
    district, commune, package = pair
    other = Registry.open(tmp_path / "other.sqlite")
    other.init_site("district", "108", "Khu vực khác", "Cán bộ")
    before = digest(other.path)
    [result] = service.import_files(other, [package])
    assert result.status == "rejected" and "107" in result.reason
    assert digest(other.path) == before
    other.close()


_KILLED_IMPORT = r"""
import sys, time
from pathlib import Path
from kttt_desktop.core.registry import Registry
from kttt_desktop.core.sync import service
registry = Registry.open(Path(sys.argv[1]), create=False)
class Stall:  # the import is killed while it waits here, half-way through the package
    cancelled = False
    def report(self, done, total, label=""):
        if done >= 250:
            print("MID", flush=True)
            time.sleep(30)
service.import_files(registry, [Path(sys.argv[2])], progress=Stall())
print("DONE", flush=True)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_killed_import_leaves_the_database_intact_and_before_the_package(tmp_path):
    district = Registry.open(tmp_path / "district.sqlite", today=lambda: TODAY)
    district.init_site("district", "107", "Khu vực Mường Tè", "Cán bộ huyện")
    setup = tmp_path / "setup.json"
    service.write_setup_file(district, "03433", "Xã Bum Tở", setup)
    commune = Registry.open(tmp_path / "commune.sqlite", today=lambda: TODAY)
    service.init_from_setup_file(commune, setup)
    from kttt_desktop.core.demo.loader import fill_demo

    fill_demo(commune, seed=3, scale="commune")
    package = service.export_package(commune, tmp_path).path
    commune.close()
    district.close()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    process = subprocess.Popen([sys.executable, "-c", _KILLED_IMPORT, str(tmp_path / "district.sqlite"),
                                str(package)], stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    assert process.stdout.readline().strip() == "MID"
    process.send_signal(signal.SIGKILL)
    process.wait()

    district = Registry.open(tmp_path / "district.sqlite", today=lambda: TODAY)
    assert district.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert list(district.list_records("organization", include_deleted=True)) == []
    assert district.conn.execute("SELECT count(*) FROM package_received").fetchone()[0] == 0
    [result] = service.import_files(district, [package])  # and the package still goes in whole
    assert result.status == "applied"
    assert result.counts.as_json()["member"]["new"] > 100
    district.close()
