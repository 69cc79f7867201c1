"""The list of organisations that need attention, ready to show and print.

Plain data with every value already in words (the commune's name, the kind's label, the
reasons and what was decided as sentences), gathered on a background thread: the page's
table and the printed list read the same lines, under the heading every printed paper of
the commune carries (issuer, place and date, signer).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from kttt_desktop.core import catalogs, units
from kttt_desktop.core.reports.document_form import date_line
from kttt_desktop.core.reports.summary import issuer_and_place

if TYPE_CHECKING:
    from kttt_desktop.core.registry import Registry


@dataclass(frozen=True)
class AttentionLine:
    organization_id: str
    name: str
    commune: str
    kind: str  # its label: "Hợp tác xã"
    reasons: str
    decided: str
    reason_codes: tuple[str, ...]


@dataclass
class AttentionSheet:
    """What the list shows on one date, in one language."""

    as_of: date
    lang: str
    issuer: str
    place: str
    officer: str
    signer_title: str
    signer_name: str
    lines: list[AttentionLine] = field(default_factory=list)

    def date_line(self) -> str:
        """The place and date of the printed list, as its heading writes it."""
        return date_line(self.place, self.as_of, self.lang)


def attention_sheet(registry: Registry, as_of: date | None = None, lang: str = "vi") -> AttentionSheet:
    """Gather the list on `as_of` (today if None) in `lang`."""
    site = registry.require_site()
    as_of = as_of or registry.today
    issuer, place = issuer_and_place(registry, lang)
    sheet = AttentionSheet(
        as_of=as_of, lang=lang, issuer=issuer, place=place, officer=site.officer or "",
        signer_title=registry.setting("report_signer_title") or ("CHAIRPERSON" if lang == "en" else "CHỦ TỊCH"),
        signer_name=registry.setting("report_signer_name") or "")
    for item in registry.attention_list(as_of):
        sheet.lines.append(AttentionLine(
            organization_id=item.organization_id, name=item.name,
            commune=units.describe(item.commune_code) or item.commune_code,
            kind=catalogs.label("organization_kind", item.kind, lang),
            reasons=item.reasons_text(lang), decided=item.decided_text(lang), reason_codes=item.codes()))
    return sheet


__all__ = ["AttentionLine", "AttentionSheet", "attention_sheet"]
