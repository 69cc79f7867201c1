"""Version vectors: how a site knows whether one change to a record had seen another.

A record's vector maps each site code to the number of changes that site has made to the
record. Change A had seen change B when A's vector counts at least B's number at B's
site. Two changes neither of which had seen the other are concurrent; if they touch the
same field, that is a conflict for a person to resolve. Because all of this is a pure
function of the set of changes, sites that receive the same changes in any order, or
twice, reach the same state.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

VersionVector = dict[str, int]


def load_vv(text: str | Mapping[str, int] | None) -> VersionVector:
    if not text:
        return {}
    if isinstance(text, Mapping):
        return dict(text)
    return {str(site): int(count) for site, count in json.loads(text).items()}


def bump(vv: Mapping[str, int], site: str) -> VersionVector:
    """The vector after `site` makes one more change."""
    out = dict(vv)
    out[site] = out.get(site, 0) + 1
    return out


def merge(a: Mapping[str, int], b: Mapping[str, int]) -> VersionVector:
    """Everything either side has seen."""
    out = dict(a)
    for site, count in b.items():
        if count > out.get(site, 0):
            out[site] = count
    return out


def covers(a: Mapping[str, int], b: Mapping[str, int]) -> bool:
    """True when `a` has seen everything `b` has (a ≥ b component-wise)."""
    return all(a.get(site, 0) >= count for site, count in b.items())


def has_seen(vv: Mapping[str, int], origin: str, number: int) -> bool:
    """Whether a state with vector `vv` includes change number `number` made at `origin`."""
    return vv.get(origin, 0) >= number
