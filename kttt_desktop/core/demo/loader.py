"""Write generated demo data into a site through the registry's normal write path.

Demo records go through the same facade as typed ones (audit log, change log, search
index), so a trial database behaves exactly like a real one, including in sync packages.
The whole fill is one transaction: cancelling leaves the database as it was.
"""

from __future__ import annotations

from operator import attrgetter
from typing import Any

from kttt_desktop.core.db.queries import ListQuery
from kttt_desktop.core.demo.generator import expected_totals, generate
from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.progress import Progress
from kttt_desktop.core.registry import Registry

# The site a fresh database is set up as when an officer asks to try the program.
DEMO_SITE = {
    "commune": ("commune", "03433", "Xã Bum Tở"),
    "district": ("district", "107", "Khu vực Mường Tè"),
    "province": ("province", "12", "Tỉnh Lai Châu"),
}

ORDER = (("organization", "organizations"), ("member", "members"), ("worker", "workers"),
         ("support", "supports"), ("status_change", "status_changes"), ("annual_report", "annual_reports"),
         ("manager", "registers.managers"), ("training", "registers.trainings"), ("product", "registers.products"),
         ("linkage", "registers.linkages"), ("loan", "registers.loans"), ("land", "registers.lands"))


def fill_demo(registry: Registry, seed: int = 1, scale: str = "commune",
              progress: Progress | None = None) -> dict[str, int]:
    """Add demo data for `scale`; return how many records of each type were made.

    `progress.report(done, total)` is called after each commune's batch; a cancel raises
    `Cancelled` there and the batch's transaction rolls back.
    Records are validated at commune scale (a trial should show real warnings); the large
    scales skip per-record duplicate lookups, since the generator guarantees them.
    """
    site = registry.require_site()
    if registry.count(ListQuery("organization", include_deleted=True)):
        raise KtttError("demo_needs_empty_site", name=site.name)
    totals = expected_totals(scale)
    total = sum(totals.values())
    done = 0
    with registry.batch():
        for batch in generate(seed, scale, site.unit_code, registry.today):
            for record_type, attribute in ORDER:
                records = attrgetter(attribute)(batch)
                if record_type == "organization":
                    records = _as_registered(records, batch.status_changes)
                registry.create_many(record_type, records, validate_records=scale == "commune")
                done += len(records)
            if progress is not None:
                progress.report(min(done, total), total)
        if scale == "commune":
            _allocate_demo_targets(registry)
    # Counted in the file (it was empty): an organisation also brings its first status decision.
    return {name: registry.count(ListQuery(name, include_deleted=True)) for name, _ in ORDER}


DEMO_ALLOCATION_BASIS = "Chỉ tiêu khu vực giao cho xã (dữ liệu thử)"


def _allocate_demo_targets(registry: Registry) -> None:
    """A trial commune has targets allocated by its area, as a real one receives them, so the
    dashboard and the report show progress against the commune's own yardstick: a little
    above today's figures, some within reach and some behind, the baselines counted from the
    register at the plan's start."""
    site = registry.require_site()
    now = registry.indicators().total
    for key, year, value in (("htx_count", 2030, (now["htx_count"] or 0) + 3),
                             ("tht_count", 2030, (now["tht_count"] or 0) + 2),
                             ("htx_members", 2030, round((now["htx_members"] or 0) * 1.3)),
                             ("jobs", 2030, round((now["jobs"] or 0) * 1.1)),
                             ("htx_count", 2045, (now["htx_count"] or 0) + 6),
                             ("value_chain_share", 2045, 30)):
        registry.set_target(site.unit_code, key, year, value, basis=DEMO_ALLOCATION_BASIS)


def _as_registered(organizations: list[dict[str, Any]], decisions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The organisations as they were registered: one whose status came from later decisions
    starts operating, and its decisions (written after it) bring it to today's status, so its
    status on any past day is the one in effect then."""
    decided = {decision["organization_id"] for decision in decisions}
    return [{**org, "status": "active"} if org["id"] in decided else org for org in organizations]
