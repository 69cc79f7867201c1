"""Sites that exchange packages: a district and two communes started from its set-up files."""

from __future__ import annotations

from pathlib import Path

import pytest

from kttt_desktop.core.registry import Registry
from kttt_desktop.core.sync import service
from tests.conftest import TODAY


class Site:
    """One site's database plus a folder for the files it writes."""

    def __init__(self, root: Path, name: str) -> None:
        self.folder = root / name
        self.folder.mkdir()
        self.registry = Registry.open(self.folder / "kttt.sqlite", today=lambda: TODAY)

    def export(self, to: str | None = None, full: bool = False) -> Path:
        return service.export_package(self.registry, self.folder, to=to, full=full).path

    def receive(self, *files: Path, dry_run: bool = False) -> list[service.ImportResult]:
        return service.import_files(self.registry, list(files), dry_run=dry_run, receipt_dir=self.folder / "rc")

    def org(self, record_id: str) -> dict:
        return self.registry.get("organization", record_id)


@pytest.fixture
def world(tmp_path: Path):
    """A district (107) with two communes started from its set-up files."""
    district = Site(tmp_path, "district")
    district.registry.init_site("district", "107", "Khu vực Mường Tè", "Cán bộ huyện")
    communes = {}
    for code, name in (("03433", "Xã Bum Tở"), ("03466", "Xã Bum Nưa")):
        setup = tmp_path / f"setup-{code}.json"
        service.write_setup_file(district.registry, code, name, setup)
        site = Site(tmp_path, code)
        service.init_from_setup_file(site.registry, setup, officer=f"Cán bộ {name}")
        communes[code] = site
    yield district, communes["03433"], communes["03466"]
    for site in (district, *communes.values()):
        site.registry.close()
