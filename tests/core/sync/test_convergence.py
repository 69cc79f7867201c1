"""Property: random edits at two communes and the district, with packages delivered in
any order and some twice, converge to the same state everywhere once every package,
receipt and resolution has been delivered."""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.registry import Registry
from kttt_desktop.core.sync import service
from tests.conftest import TODAY
from tests.core.factories import htx

COMMUNES = ("03433", "03466")
FIELDS = {"village": ["Bản Nậm Củm", "Bản Pa Ủ", "Bản Mé Gióng"],
          "phone": ["0912345678", "0987654321", "0356789012"],
          "representative": ["Lò Văn Hương", "Chu Thị Sáu", "Giàng A Páo"]}

edit = st.tuples(st.sampled_from(("district", *COMMUNES)), st.integers(0, 3),
                 st.sampled_from(["edit", "edit", "edit", "delete", "restore", "sync"]),
                 st.sampled_from(sorted(FIELDS)), st.integers(0, 2))


class World:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.sites: dict[str, Registry] = {}
        self.sites["district"] = self._open("district")
        self.sites["district"].init_site("district", "107", "Khu vực Mường Tè", "Cán bộ huyện")
        for code in COMMUNES:
            setup = root / f"{code}.json"
            service.write_setup_file(self.sites["district"], code, f"Xã {code}", setup)
            self.sites[code] = self._open(code)
            service.init_from_setup_file(self.sites[code], setup, officer=f"Cán bộ {code}")
        self.mail: list[tuple[str, Path]] = []  # (receiver, file) in the order they were made
        self.records: dict[str, list[str]] = {}
        for code in COMMUNES:
            self.records[code] = [self.sites[code].create("organization", htx(name=f"HTX {code} {i}",
                                                                              commune_code=code)).record["id"]
                                  for i in range(4)]

    def _open(self, name: str) -> Registry:
        folder = self.root / name
        folder.mkdir()
        return Registry.open(folder / "kttt.sqlite", today=lambda: TODAY)

    def send(self, sender: str) -> None:
        """Everything a site has for its peers goes into the mail."""
        registry = self.sites[sender]
        targets = [None] if sender != "district" else list(COMMUNES)
        for target in targets:
            path = service.export_package(registry, self.root / sender, to=target).path
            self.mail.append((target or "district", path))

    def deliver(self, rng: random.Random, duplicate_every: int) -> None:
        """Deliver the mail in a shuffled order, some files twice; receipts go back too."""
        batch, self.mail = self.mail, []
        rng.shuffle(batch)
        for index, (receiver, path) in enumerate(batch):
            copies = 2 if duplicate_every and index % duplicate_every == 0 else 1
            for _ in range(copies):
                for result in service.import_files(self.sites[receiver], [path],
                                                   receipt_dir=self.root / receiver / "rc"):
                    assert result.status != "rejected", result.reason
                    if result.receipt is not None:  # back to whoever sent the package
                        self.mail.append(("district" if result.sender == "107" else result.sender,
                                          result.receipt))

    def settle(self, rng: random.Random) -> None:
        """Rounds of exchange until nothing is pending (receipts make lost ranges resent)."""
        for _ in range(4):
            for site in ("03433", "03466", "district"):
                self.send(site)
            while self.mail:
                self.deliver(rng, 0)

    def state(self, site: str, owner: str) -> dict[str, tuple]:
        registry = self.sites[site]
        return {r["id"]: (r["name"], r["village"], r["phone"], r["representative"], r["deleted"])
                for r in registry.list_records("organization", include_deleted=True) if r["owner"] == owner}


def apply_step(world: World, step: tuple, rng: random.Random) -> None:
    site, index, action, field_name, value_index = step
    if action == "sync":
        world.send(site)
        world.deliver(rng, 3)
        return
    owners = COMMUNES if site == "district" else (site,)
    owner = owners[index % len(owners)]
    ids = [i for i in world.records[owner] if _has(world.sites[site], i)]
    if not ids:
        return
    record_id = ids[index % len(ids)]
    registry = world.sites[site]
    try:
        if action == "edit":
            registry.update("organization", record_id, {field_name: FIELDS[field_name][value_index]})
        elif action == "delete":
            registry.delete("organization", record_id, "Thử xóa")
        else:
            registry.restore("organization", record_id, "Thử khôi phục")
    except KtttError:
        pass  # editing a deleted record, restoring a live one: refused, as in the window


def _has(registry: Registry, record_id: str) -> bool:
    return registry.conn.execute("SELECT 1 FROM organization WHERE id = ?", (record_id,)).fetchone() is not None


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps=st.lists(edit, min_size=1, max_size=14), seed=st.integers(0, 2**16))
def test_random_edits_converge_everywhere(steps, seed):
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as folder:
        world = World(Path(folder))
        try:
            world.send("03433")
            world.send("03466")
            world.deliver(rng, 2)
            for step in steps:
                apply_step(world, step, rng)
            world.settle(rng)
            # A person resolves every conflict at the district; the resolutions travel.
            for conflict in service.open_conflicts(world.sites["district"]):
                service.resolve(world.sites["district"], conflict["id"], rng.choice(["mine", "theirs"]))
            world.settle(rng)
            for site in world.sites.values():
                assert service.open_conflicts(site) == []
            for code in COMMUNES:
                assert world.state(code, code) == world.state("district", code)
                assert world.state("03433" if code == "03466" else "03466", code) == {}
        finally:
            for registry in world.sites.values():
                registry.close()
