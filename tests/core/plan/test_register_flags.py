"""One organisation's flags as the registers give them (the line under each flag on its page)
agree with what the indicators count, on every day asked."""

from __future__ import annotations

from datetime import date

import pytest

from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.plan import indicators
from tests.core.factories import htx

DAYS = (date(2023, 6, 1), date(2024, 6, 1), date(2025, 6, 1), date(2026, 11, 1))


def _counted(registry, organization_id: str, day: date):
    return next(org for org in indicators.organizations_on(registry.conn, day) if org.id == organization_id)


def test_no_entries_the_flags_stand(core_registry):
    org = core_registry.create("organization", htx(value_chain=True, traceability=True, ocop_stars=4)).record
    flags = core_registry.register_flags(org["id"], date(2026, 1, 1))
    assert not any(flags.follows(flag) for flag in ("value_chain", "ocop_stars", "traceability", "high_tech"))


def test_the_registers_say_what_the_indicators_count(core_registry):
    org = core_registry.create("organization", htx(value_chain=True, ocop_stars=5, high_tech=True)).record
    core_registry.create("linkage", {"organization_id": org["id"], "partner_name": "Công ty CP Chè Lai Châu",
                                     "signed_on": "2024-01-10", "expires_on": "2025-01-09"})
    for name, stars, certified, expires, traceable in (("Chè shan tuyết", 3, "2023-05-01", "2026-05-01", True),
                                                       ("Thảo quả sấy", 4, "2022-01-01", "2025-01-01", False),
                                                       ("Mật ong", 3, "2024-03-01", None, False)):
        core_registry.create("product", {"organization_id": org["id"], "name": name, "ocop_stars": stars,
                                         "ocop_certified_on": certified, "ocop_expires_on": expires,
                                         "traceability": traceable})
    seen = set()
    for day in DAYS:
        flags = core_registry.register_flags(org["id"], day)
        counted = _counted(core_registry, org["id"], day)
        assert flags.follows("value_chain") and flags.follows("ocop_stars")
        assert int(flags.value_chain) == counted.value_chain
        assert flags.ocop_stars == counted.ocop_stars
        assert int(flags.traceability) == counted.traceability
        assert int(flags.high_tech) == counted.high_tech  # the declaration, no product applying it
        seen.add((flags.value_chain, flags.ocop_stars))
    assert seen == {(False, 4), (True, 4), (False, 3)}  # 2023: the honey not yet certified
    assert core_registry.register_flags(org["id"], date(2024, 6, 1)).ocop_valid == {3: 2, 4: 1}


def test_an_unknown_organisation_is_a_coded_error(core_registry):
    with pytest.raises(KtttError) as caught:
        core_registry.register_flags("no-such-id", date(2026, 1, 1))
    assert caught.value.code == "record_not_found"
