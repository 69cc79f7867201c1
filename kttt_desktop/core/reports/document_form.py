"""The parts of an administrative document (Decree 30/2020/NĐ-CP) that do not depend on
where it is written: the date line, the issuing body, the signer's title and the recipients.

The printed PDF and the editable .docx both take them from here, so the two say the same
thing. The issuing body, the place, the signer and the recipients are settings of the site
(kept with its other settings, editable in the window), each with a default that fits the
site's level after 01/7/2025, when the district level was abolished: a commune's report is
issued by its People's Committee and goes to the province's bodies (the People's
Committee, the Finance department that took over planning and investment, the provincial
Cooperative Alliance).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from kttt_desktop.core import units
from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.formats import parse_date

if TYPE_CHECKING:
    from kttt_desktop.core.registry import Registry

# Settings keys (the site's key/value settings): one value each; recipients one per line.
ISSUER = "report_issuer"
PLACE = "report_place"
SIGNER_TITLE = "report_signer_title"
SIGNER_NAME = "report_signer_name"
RECIPIENTS = "report_recipients"
SETTING_KEYS = (ISSUER, PLACE, SIGNER_TITLE, SIGNER_NAME, RECIPIENTS)
SIGNED_ON = "report_signed_on"  # a planned signing day (ISO), used until it has passed

# The committee a document is issued by; its documents are signed "on behalf of" it.
COMMITTEE_PREFIXES = ("ỦY BAN NHÂN DÂN ", "PEOPLE'S COMMITTEE OF ")
ON_BEHALF = {"vi": "TM. ỦY BAN NHÂN DÂN", "en": "ON BEHALF OF THE PEOPLE'S COMMITTEE"}
DELEGATION_PREFIXES = ("TM.", "KT.", "Q.", "TL.", "TUQ.")


def decree_day(day: date) -> str:
    """"ngày 05 tháng 01 năm 2026", "ngày 20 tháng 3 năm 2026": the decree writes a leading
    zero only for days under 10 and for months 1 and 2 (so that nothing can be added)."""
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"ngày {day.day:02d} tháng {month} năm {day.year}"


def date_line(place: str, day: date, lang: str = "vi") -> str:
    """The place and date under the motto: "Bum Tở, ngày 05 tháng 01 năm 2026"."""
    if lang == "en":
        return f"{place}, {day.day} {day.strftime('%B %Y')}"
    return f"{place}, {decree_day(day)}"


def default_issuer(level: str, name: str, lang: str = "vi") -> str:
    """The issuing body from the site's level: a commune's or a province's People's
    Committee; an area (several communes, which has no committee of its own) its own name,
    until the officer names the unit that issues its reports."""
    if level == "district":
        return name.upper()
    if lang == "en":
        return f"PEOPLE'S COMMITTEE OF {name.upper()}"
    return f"ỦY BAN NHÂN DÂN {name.upper()}"


def default_place(unit_code: str, name: str) -> str:
    """The place of the date line: the unit's name without its type ("Bum Tở")."""
    unit = units.find_unit(unit_code)
    if unit is not None:
        return unit.short_name
    for prefix in ("Khu vực ", "Huyện ", "Tỉnh ", "Thành phố "):
        if name.startswith(prefix):
            return name[len(prefix):]
    return name


def is_committee(issuer: str) -> bool:
    return issuer.startswith(COMMITTEE_PREFIXES)


def issuer_lines(issuer: str) -> list[str]:
    """"ỦY BAN NHÂN DÂN XÃ BUM TỞ" is written on two lines: the body, then its unit."""
    for prefix in COMMITTEE_PREFIXES:
        if issuer.startswith(prefix) and len(issuer) > len(prefix):
            return [prefix.strip(), issuer[len(prefix):]]
    return [line for line in issuer.splitlines() if line.strip()] or [issuer]


def signer_lines(issuer: str, signer_title: str, lang: str = "vi") -> list[str]:
    """The signer's title as the signature block writes it: a committee's head signs "on
    behalf of" the committee ("TM. ỦY BAN NHÂN DÂN" above "CHỦ TỊCH") unless the title
    already says how (TM., KT., Q., TL., TUQ.). A title may span lines."""
    lines = [line.strip() for line in signer_title.splitlines() if line.strip()] or [signer_title]
    if is_committee(issuer) and not lines[0].upper().startswith(DELEGATION_PREFIXES):
        lines.insert(0, ON_BEHALF["en" if lang == "en" else "vi"])
    return lines


def province_committee(unit_code: str, lang: str = "vi") -> str | None:
    """The People's Committee of the province a unit lies in: "UBND tỉnh Lai Châu"."""
    unit = units.find_unit(unit_code)
    province = units.find_unit(unit.province_code) if unit is not None else None
    if province is None:
        return None
    if lang == "en":
        return f"People's Committee of {province.name}"
    name = province.name
    if name.startswith("Thành phố"):
        return f"UBND {name[0].lower()}{name[1:]}"
    return f"UBND tỉnh {name}"


def default_recipients(level: str, unit_code: str, lang: str = "vi") -> list[str]:
    """Who receives a report, after 01/7/2025: the province's People's Committee (not for a
    province's own report), the Finance department, the provincial Cooperative Alliance,
    and the issuer's archive."""
    if lang == "en":
        upper = None if level == "province" else province_committee(unit_code, lang)
        lines = [f"- {upper} (for information);"] if upper else []
        return [*lines, "- Department of Finance;", "- Provincial Cooperative Alliance;", "- Archive: office."]
    upper = None if level == "province" else province_committee(unit_code, lang)
    lines = [f"- {upper} (để báo cáo);"] if upper else []
    if level == "province":
        lines.append("- Bộ Tài chính (để báo cáo);")
    return [*lines, "- Sở Tài chính;", "- Liên minh HTX tỉnh;", "- Lưu: VT."]


@dataclass(frozen=True)
class DocumentForm:
    """What a document's heading and signature block say, for one site and language."""

    issuer: str  # upper case: "ỦY BAN NHÂN DÂN XÃ BUM TỞ"
    place: str  # "Bum Tở"
    signer_title: str  # as set: "CHỦ TỊCH" (the "TM." line is added by `signer_lines`)
    signer_name: str
    recipients: tuple[str, ...]


def default_form(registry: Registry, lang: str = "vi") -> DocumentForm:
    """What the documents say when the officer has set nothing: from the site's level,
    name and unit."""
    site = registry.require_site()
    return DocumentForm(
        issuer=default_issuer(site.level, site.name, lang), place=default_place(site.unit_code, site.name),
        signer_title="CHAIRPERSON" if lang == "en" else "CHỦ TỊCH", signer_name="",
        recipients=tuple(default_recipients(site.level, site.unit_code, lang)))


def document_form(registry: Registry, lang: str = "vi") -> DocumentForm:
    """The site's settings for its documents, each falling back to its default."""
    defaults = default_form(registry, lang)
    recipients = registry.setting(RECIPIENTS)
    return DocumentForm(
        issuer=registry.setting(ISSUER) or defaults.issuer,
        place=registry.setting(PLACE) or defaults.place,
        signer_title=registry.setting(SIGNER_TITLE) or defaults.signer_title,
        signer_name=registry.setting(SIGNER_NAME) or defaults.signer_name,
        recipients=tuple(line.strip() for line in recipients.splitlines() if line.strip()) if recipients
        else defaults.recipients)


def save_document_form(registry: Registry, values: dict[str, str], lang: str = "vi") -> None:
    """Keep the officer's settings. An empty value, or the default itself, is not kept: the
    documents then follow the default (which follows the site's name and level)."""
    defaults = default_form(registry, lang)
    default_of = {ISSUER: defaults.issuer, PLACE: defaults.place, SIGNER_TITLE: defaults.signer_title,
                  SIGNER_NAME: defaults.signer_name, RECIPIENTS: "\n".join(defaults.recipients)}
    for key in SETTING_KEYS:
        if key in values:
            value = "\n".join(line.strip() for line in values[key].strip().splitlines() if line.strip())
            registry.set_setting(key, value if value and value != default_of[key] else None)


def signing_date(text: str) -> date:
    """The signing date the officer typed ("05/01/2026"); `report_bad_signing_date` when it
    is not a day. A day to come is allowed: a report is often prepared before it is signed."""
    try:
        iso = parse_date(text)
    except ValueError:
        iso = None
    if iso is None:
        raise KtttError("report_bad_signing_date", value=text)
    return date.fromisoformat(iso)


def signing_day(registry: Registry) -> date:
    """The day the documents are dated (the date line is the signing date, Decree 30/2020):
    the signing day the officer planned, while it has not passed, else today. A planned day
    that has passed is forgotten rather than printed on every later document."""
    planned = registry.setting(SIGNED_ON)
    if planned:
        try:
            day = date.fromisoformat(planned)
        except ValueError:
            return registry.today
        if day >= registry.today:
            return day
    return registry.today


def plan_signing_day(registry: Registry, text: str) -> date | None:
    """Keep the signing day the officer typed ("31/12/2026"; empty: the day a document is
    made). `report_bad_signing_date` when it is not a day, `report_signing_day_passed` when it
    is before today."""
    if not text.strip():
        registry.set_setting(SIGNED_ON, None)
        return None
    day = signing_date(text.strip())
    if day < registry.today:
        raise KtttError("report_signing_day_passed", value=day.strftime("%d/%m/%Y"),
                        today=registry.today.strftime("%d/%m/%Y"))
    registry.set_setting(SIGNED_ON, day.isoformat())
    return day
