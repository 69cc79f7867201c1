"""Who may change what: every change of a package is checked before any of it is applied.

A signature proves who sent a package, not that each change in it was the sender's to make.
So, per change (docs/sync.md says the same for people):

- A lower site sends what is its own: records it owns, changes it made. A relaying level (an
  area that merged its communes) also passes on the records and changes of the units below
  it: the units whose data first reached this site through it, or that first reach it now.
- An upper site's changes — its corrections and resolved conflicts, and those it passes down
  from above — touch only records of this site and of the units below it.
- A record's owner never changes, and a creation makes a record that does not exist yet.
- An organisation lies in a commune the sender may speak for (a former commune counts as the
  one it became part of): the figures of a commune follow the organisations placed in it.
- Version vectors count honestly. A change's own entry is exactly one more than the changes
  of its origin to that record known here: changes arrive in their sender's log order, so
  none can be missing in between. No other entry counts more changes than are known here: a
  sender learns of other sites' changes only from this site or from above it, in order.
- The sender's own changes lie in the range of its log that the package declares.
- A change already known here (same origin and number) is a repeat and changes nothing, so
  it is not checked again: a full re-send of what this site already has stays harmless.

The checks read what the database knows about the records of a batch in a few statements
(one per record type and 900 ids), so a first import of a province stays fast.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import orjson

from kttt_desktop.core import units
from kttt_desktop.core.db.records import Site
from kttt_desktop.core.sync.change import Change
from kttt_desktop.core.sync.shape import Refused, preview
from kttt_desktop.core.sync.store import Peer, SyncStore


class Forbidden(Exception):
    """The change at `position` of a batch may not be made; `refusal` says why."""

    def __init__(self, position: int, refusal: Refused) -> None:
        super().__init__(refusal.code)
        self.position = position
        self.refusal = refusal


@dataclass
class _Record:
    """What this site knows of one record: its owner, whether it was created, and per unit
    the most changes of that unit to it that any known change had seen."""

    owner: str | None = None
    created: bool = False
    seen: dict[str, int] = field(default_factory=dict)


class Authority:
    """The rules for one package from `sender`, whose log range is (first, last]."""

    def __init__(self, store: SyncStore, site: Site, sender: Peer, peers: Iterable[Peer],
                 first: int, last: int) -> None:
        self.store = store
        self.here = site.unit_code
        self.sender = sender.unit_code
        self.from_below = sender.role == "lower"
        self.relaying = self.from_below and sender.level != "commune"
        self.first, self.last = first, last
        known = list(peers)
        self.peers = {p.unit_code for p in known}
        self.lower = {p.unit_code for p in known if p.role == "lower"}
        self.above = {code for code in (site.upper_code, site.province_code) if code}
        self._routes: dict[str, str | None] = {}
        self._allowed: dict[tuple[str, bool], bool | None] = {}
        self.claimed: set[str] = set()

    # --- units --------------------------------------------------------------------------------

    def _route(self, unit: str) -> str | None:
        """The lower site through which data of `unit` first reached this site, if any."""
        if unit not in self._routes:
            self._routes[unit] = self._first_sender(unit)
        return self._routes[unit]

    def _first_sender(self, unit: str) -> str | None:
        sender = self.store.first_sender_of_unit(unit)
        return sender if sender in self.lower else None

    def _below_here(self, unit: str) -> bool:
        return unit == self.here or unit in self.lower or self._route(unit) in self.lower

    def _speaks_for(self, unit: str) -> bool | None:
        """Whether the lower sender may send data of `unit`; None if `unit` is unknown here."""
        if unit == self.sender:
            return True
        if not self.relaying:
            return False
        route = self._route(unit)
        if route == self.sender or unit in self.claimed:
            return True
        if route is not None or unit == self.here or unit in self.peers or unit in self.above:
            return False
        found = units.find_unit(unit)
        if found is None or len(unit) != 5:
            return None
        self.claimed.add(unit)  # a commune below the area, whose data first arrives now
        return True

    def _may(self, unit: str, as_owner: bool) -> bool | None:
        if self.from_below:
            return self._speaks_for(unit)
        if self._below_here(unit) or (not as_owner and (unit == self.sender or unit in self.above)):
            return True
        return None if units.find_unit(unit) is None and unit not in self.peers else False

    def _allows(self, unit: str, as_owner: bool) -> bool | None:
        """`_may`, once per unit and role in a package (a province's package names few units)."""
        key = (unit, as_owner)
        if key not in self._allowed:
            self._allowed[key] = self._may(unit, as_owner)
        return self._allowed[key]

    def _check_unit(self, unit: str, as_owner: bool) -> None:
        allowed = self._allows(unit, as_owner)
        if allowed is None:
            raise Refused("change_unknown_unit", unit=unit)
        if not allowed:
            if as_owner:
                raise Refused("change_foreign_owner", owner=unit, sender=self.sender)
            raise Refused("change_foreign_origin", origin=unit, sender=self.sender)

    def _check_commune(self, commune: object) -> None:
        """An organisation is placed in a commune the sender may speak for: a commune does not
        put organisations into a sibling's figures, which follow the organisation's commune."""
        if isinstance(commune, str) and commune and not self._allows(units.commune_now(commune), as_owner=True):
            raise Refused("change_foreign_commune", commune=units.describe(commune), unit=commune,
                          sender=self.sender)

    # --- records ------------------------------------------------------------------------------

    def _records(self, changes: list[Change]) -> dict[tuple[str, str], _Record]:
        wanted: dict[str, set[str]] = {}
        for change in changes:
            wanted.setdefault(change.record_type, set()).add(change.record_id)
        known: dict[tuple[str, str], _Record] = {}
        for rtype, id_set in wanted.items():
            for record_id, owner, op, vv in self.store.log_entries(rtype, list(id_set)):
                record = known.setdefault((rtype, record_id), _Record())
                record.owner = record.owner or owner
                record.created = record.created or op == "create"
                for unit, count in orjson.loads(vv).items():
                    if count > record.seen.get(unit, 0):
                        record.seen[unit] = count
        return known

    def _organization_owners(self, changes: list[Change]) -> dict[str, str]:
        ids = list({c.fields["organization_id"] for c in changes
                    if c.op in ("create", "update") and c.fields.get("organization_id")})
        return self.store.organization_owners(ids)

    # --- the check ----------------------------------------------------------------------------

    def check(self, changes: list[Change], known: set[tuple[str, int]]) -> None:
        """Raise `Forbidden` for the first change of the batch that may not be made.

        `known` holds the changes this site already has (by origin and number): repeats."""
        fresh: list[int] = []
        keys: set[tuple[str, int]] = set()
        for position, change in enumerate(changes):
            key = change.key_in_log
            if key not in known and key not in keys:
                keys.add(key)
                fresh.append(position)
        if not fresh:
            return
        records = self._records([changes[p] for p in fresh])
        organizations = self._organization_owners([changes[p] for p in fresh])
        for position in fresh:
            try:
                self._check_one(changes[position], records, organizations)
            except Refused as refusal:
                raise Forbidden(position, refusal) from None

    def _check_one(self, change: Change, records: dict[tuple[str, str], _Record],
                   organizations: dict[str, str]) -> None:
        origin, owner = change.origin, change.owner
        self._check_unit(origin, as_owner=False)
        record = records.setdefault((change.record_type, change.record_id), _Record())
        # A record known here keeps its owner: a change naming another says so first (the
        # sender's own record claimed for a sibling is not "a sibling's record").
        if record.owner is not None and record.owner != owner:
            raise Refused("change_owner_differs", owner=owner, existing=record.owner)
        self._check_unit(owner, as_owner=True)
        if change.op == "create":
            if record.created:
                raise Refused("change_create_existing", existing=record.owner)
            if change.vv != {origin: 1}:
                raise Refused("change_create_vector", vector=preview(change.vv))
        known = record.seen.get(origin, 0)
        if change.number != known + 1:
            raise Refused("change_not_consecutive", number=change.number, origin=origin, known=known)
        for unit, count in change.vv.items():
            if unit != origin and count > record.seen.get(unit, 0):
                raise Refused("change_vector_ahead", count=count, unit=unit, known=record.seen.get(unit, 0))
        if origin == self.sender and not self.first < change.origin_seq <= self.last:
            raise Refused("change_outside_range", seq=change.origin_seq, first=self.first + 1, last=self.last)
        if change.record_type == "organization" and change.op in ("create", "update"):
            self._check_commune(change.fields.get("commune_code"))
        organization = change.fields.get("organization_id") if change.op in ("create", "update") else None
        if organization and change.record_type != "organization":
            organization_owner = organizations.get(organization)
            if organization_owner is None:  # its organisation always travels before it
                raise Refused("change_unknown_organization")
            if not self._allows(organization_owner, as_owner=True):
                raise Refused("change_foreign_organization", owner=organization_owner, sender=self.sender)
        record.owner = owner
        record.created = record.created or change.op == "create"
        for unit, count in change.vv.items():
            if count > record.seen.get(unit, 0):
                record.seen[unit] = count
        if change.record_type == "organization" and change.op == "create":
            organizations[change.record_id] = owner
