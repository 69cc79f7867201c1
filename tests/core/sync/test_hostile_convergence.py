"""Property: honest packages from two communes mixed with hostile ones (signed with one of the
communes' own keys), delivered in any order, some twice, leave the district exactly as the
honest packages alone would."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from kttt_desktop.core.registry import Registry
from kttt_desktop.core.sync import service
from tests.conftest import TODAY
from tests.core.factories import htx, member
from tests.core.sync import forge
from tests.core.sync.conftest import Site

COMMUNES = ("03433", "03466")
NEW_ID = "cd" * 16


class Mail:
    """Every package two communes send their district over three rounds of work, and the
    hostile packages each could forge against the other; the district's database before any."""

    def __init__(self, root: Path) -> None:
        self.root = root
        district = Site(root, "district")
        district.registry.init_site("district", "107", "Khu vực Mường Tè", "Cán bộ huyện")
        sites = {}
        for code in COMMUNES:
            setup = root / f"setup-{code}.json"
            service.write_setup_file(district.registry, code, f"Xã {code}", setup)
            sites[code] = Site(root, code)
            service.init_from_setup_file(sites[code].registry, setup, officer=f"Cán bộ {code}")
        district.registry.close()
        self.template = district.registry.path
        self.honest: list[Path] = []
        self.hostile: list[Path] = []
        orgs: dict[str, list[dict]] = {code: [] for code in COMMUNES}
        members: dict[str, list[dict]] = {code: [] for code in COMMUNES}
        for round_no in range(3):
            for code, site in sites.items():
                registry = site.registry
                if round_no == 0:
                    for index in range(2):
                        org = registry.create("organization", htx(name=f"HTX {code} số {index}",
                                                                  commune_code=code)).record
                        orgs[code].append(org)
                        members[code].append(registry.create("member", member(org["id"], id_number=None)).record)
                elif round_no == 1:
                    registry.update("organization", orgs[code][0]["id"], {"village": f"Bản {code}"})
                    registry.delete("member", members[code][1]["id"], "Nhập trùng")
                else:
                    registry.update("member", members[code][0]["id"], {"full_name": f"Lò Văn {code}"})
                    registry.update("organization", orgs[code][1]["id"], {"phone": "0912345678"})
                self.honest.append(site.export())
        # Bum Nưa's officer attacks Bum Tở, and its own records, with Bum Nưa's keys.
        code, other = "03466", "03433"
        site = sites[code]
        victim_org, victim_member, own_org = orgs[other][0], members[other][0], orgs[code][0]
        seq = site.registry.last_change_seq() + 1
        attacks = [
            forge.change(code, seq, "member", victim_member["id"], other, "update",
                         {"full_name": "Kẻ Mạo Danh"}, {other: 1, code: 1}),
            forge.change(code, seq, "organization", victim_org["id"], other, "delete", {"reason": "Xóa"},
                         {other: 2, code: 1}),
            forge.change(other, 9, "organization", own_org["id"], code, "update", {"phone": "0987654321"},
                         {code: 2, other: 1}),
            forge.change(code, seq, "organization", own_org["id"], code, "update", {"phone": "0987654321"},
                         {code: 2, other: 7}),
            forge.change(code, seq, "organization", victim_org["id"], other, "create", {"name": "Rỗng"}),
            forge.change(code, seq, "organization", own_org["id"], code, "update", {"kind": "zzz"}, {code: 3}),
            forge.change(code, seq, "member", NEW_ID, code, "create",
                         {"organization_id": victim_org["id"], "full_name": "Kẻ Lạ"}),
            forge.change(code, seq, "member", victim_member["id"], other, "update", {"capital_vnd": 10**20},
                         {other: 1, code: 1}),
        ]
        for index, attack in enumerate(attacks):
            # Numbered after the honest ones (held when early), or from the start (checked at once).
            number = {"package_no": 1, "from_seq": 0} if index % 2 else {}
            self.hostile.append(forge.package(site.registry, [attack], site.folder, **number))
        for site in sites.values():
            site.registry.close()

    def district(self, name: str) -> Registry:
        folder = self.root / name
        folder.mkdir()
        shutil.copyfile(self.template, folder / "kttt.sqlite")
        return Registry.open(folder / "kttt.sqlite", today=lambda: TODAY)


def _state(registry: Registry) -> dict:
    records = {rtype: sorted((r for r in registry.list_records(rtype, include_deleted=True)), key=lambda r: r["id"])
               for rtype in ("organization", "member", "worker", "support")}
    log = sorted(registry.conn.execute("SELECT origin, origin_seq, record_id, op, fields, vv FROM change_log"))
    conflicts = registry.conn.execute("SELECT count(*) FROM conflict").fetchone()[0]
    return {"records": records, "log": log, "conflicts": conflicts}


@pytest.fixture(scope="module")
def mail(tmp_path_factory: pytest.TempPathFactory) -> Mail:
    return Mail(tmp_path_factory.mktemp("mail"))


@pytest.fixture(scope="module")
def honest_state(mail: Mail) -> dict:
    registry = mail.district("honest")
    for path in mail.honest:
        [result] = service.import_files(registry, [path])
        assert result.status == "applied", result.reason
    state = _state(registry)
    registry.close()
    assert len(state["records"]["organization"]) == 4 and state["conflicts"] == 0
    return state


_examples = iter(range(10**6))


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_hostile_packages_in_any_order_change_nothing_the_honest_ones_do(mail, honest_state, data):
    files = mail.honest + data.draw(st.lists(st.sampled_from(mail.hostile), unique=True), label="hostile")
    files += data.draw(st.lists(st.sampled_from(files), max_size=4), label="twice")
    seed = data.draw(st.integers(0, 2**16), label="order")
    random.Random(seed).shuffle(files)
    registry = mail.district(f"mixed-{next(_examples)}")
    try:
        for path in files:
            for result in service.import_files(registry, [path]):
                assert result.status != "rejected" or path in mail.hostile or result.file != str(path)
        assert _state(registry) == honest_state
        assert service.status(registry)[0]["held"] == [] and service.status(registry)[1]["held"] == []
    finally:
        registry.close()
