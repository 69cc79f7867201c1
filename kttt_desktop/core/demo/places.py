"""Where demo organisations live: communes, their villages (thôn/bản) and who lives there.

The demo is shown to officers of the former Mường Tè district first, so its eight current
communes get hand-written village lists and the ethnic make-up people there would expect
(Hà Nhì in Mù Cả and Thu Lũm, La Hủ in Pa Ủ, Thái and Cống around Bum Tở). Every other
commune of a province-scale run gets villages generated from local place-name syllables,
seeded by the commune code, so the same commune always has the same villages whatever the
demo seed: a commune's geography does not change between two demo runs.
"""

from __future__ import annotations

import csv
import hashlib
import random
from dataclasses import dataclass
from functools import cache

from vietnam_provinces import ProvinceCode, Ward

from kttt_desktop.core.resources import resource_path

LAI_CHAU = 12
# Neighbours used to fill a province-scale run up to about 150 communes, nearest first.
NEIGHBOUR_PROVINCES: tuple[tuple[int, int], ...] = ((11, 45), (15, 35), (14, 32))
PROVINCE_SCALE_COMMUNES = 150


@dataclass(frozen=True)
class ProvinceFacts:
    """Facts that shape identifiers: tax codes and CCCD numbers start with a province code."""

    name: str
    tax_prefix: str  # first two digits of an MST issued in the province (unverified for 11/14/15)
    cccd_code: str  # 3-digit birth-registration code printed first on a CCCD
    # Lowland provinces its Kinh settlers were born in (CCCD codes). Kept disjoint between
    # provinces so that CCCD numbers stay unique across a province-scale run.
    settler_cccd_codes: tuple[str, ...]


PROVINCES: dict[int, ProvinceFacts] = {
    12: ProvinceFacts("Lai Châu", "62", "012", ("034", "036", "035", "037")),
    11: ProvinceFacts("Điện Biên", "56", "011", ("033", "030", "038")),
    14: ProvinceFacts("Sơn La", "55", "014", ("040", "025", "001")),
    15: ProvinceFacts("Lào Cai", "53", "010", ("026", "031", "024")),
}

# ---------------------------------------------------------------------------------------------
# Villages of the eight communes that the former Mường Tè district became (plausible names;
# grouped by the former commune they come from, which also lends its name to organisations).
_MUONG_TE_VILLAGES: dict[str, tuple[str, ...]] = {
    "03433": ("Tổ dân phố số 1", "Tổ dân phố số 3", "Tổ dân phố số 6", "Bản Nậm Củm",
              "Bản Phìn Hồ", "Bản Bum Tở", "Bản Nậm Cấu", "Bản Pắc Pạ", "Bản Seo Hay",
              "Bản Xà Hồ", "Bản Nậm Sạ", "Bản Kan Hồ"),
    "03466": ("Bản Bum Nưa", "Bản Nậm Pắt", "Bản Pắc Ma", "Bản Nậm Pục", "Bản Cang",
              "Bản Mé Gióng", "Bản Pa Vệ Sử", "Bản Phìn Khò", "Bản Pa Sá", "Bản Tạng Ghênh"),
    "03445": ("Bản Mường Tè", "Bản Nậm Khao", "Bản Nậm Ngà", "Bản Huổi Sang", "Bản Nậm Dính",
              "Bản Xì Thâm", "Bản Hua Pắc", "Bản Nậm Luồng", "Bản Lai Hà", "Bản Lê Giàng"),
    "03439": ("Bản Thu Lũm", "Bản Ga Dần", "Bản Lò Ma", "Bản U Ma", "Bản Pa Ma", "Bản Là Pê",
              "Bản Hà Xi", "Bản Ka Lăng", "Bản Ma Ký", "Bản Lả Pé", "Bản Ga Lè"),
    "03442": ("Bản Pa Ủ", "Bản Nhú Ma", "Bản Tia Ma Mù", "Bản Phí Chi A", "Bản Phí Chi B",
              "Bản Cò Ký", "Bản Pa Lùng", "Bản Tá Bạ", "Bản Nhóm Pò", "Bản Mu Sang",
              "Bản Chang Cha", "Bản Lò Sử Thàng"),
    "03463": ("Bản Tà Tổng", "Bản Nậm Kha", "Bản Mù Su", "Bản Chang Chảo Pá",
              "Bản Xì Thâu Chải", "Bản Nậm Pặt", "Bản Tà Phìn", "Bản Hà Nê", "Bản Lồng Thàng",
              "Bản Sín Chải"),
    "03451": ("Bản Mù Cả", "Bản Gò Cứ", "Bản Xi Ma", "Bản Ma Ký", "Bản Pá Khà", "Bản Nậm Pì",
              "Bản Mạ Ma", "Bản Hà Xi", "Bản Xà Hồ"),
    "03460": ("Bản Hua Bum", "Bản Nậm Ngà", "Bản Nậm Vạc", "Bản Pa Cheo", "Bản Bụi Ma",
              "Bản Nậm Dê", "Bản Vàng San", "Bản Mô Si Sán", "Bản Nậm Xé"),
}

# Ethnic make-up (percent, by official code). Mường Tè communes are hand-set; the rest of Lai
# Châu follows its former districts; neighbouring provinces use a province-wide mix.
_MIX_MUONG_TE: dict[str, dict[str, int]] = {
    "03433": {"03": 30, "01": 25, "35": 18, "50": 8, "48": 7, "29": 6, "25": 6},
    "03466": {"35": 40, "03": 20, "48": 14, "01": 14, "29": 6, "25": 6},
    "03445": {"03": 35, "48": 18, "50": 14, "35": 15, "01": 12, "42": 6},
    "03439": {"35": 85, "41": 10, "01": 5},
    "03442": {"41": 60, "35": 30, "01": 5, "08": 5},
    "03463": {"08": 35, "41": 30, "35": 20, "09": 10, "01": 5},
    "03451": {"35": 80, "41": 10, "08": 5, "01": 5},
    "03460": {"41": 35, "08": 30, "09": 25, "01": 10},
}
_LAI_CHAU_AREAS: tuple[tuple[frozenset[int], dict[str, int]], ...] = (
    (frozenset({3434, 3472, 3487}),  # former Nậm Nhùn
     {"03": 30, "45": 15, "08": 20, "09": 10, "01": 15, "29": 5, "35": 5}),
    (frozenset({3478, 3503, 3508, 3517, 3529, 3532, 3538, 3544}),  # former Sìn Hồ
     {"08": 40, "09": 20, "03": 20, "35": 5, "01": 10, "42": 5}),
    (frozenset({3549, 3562, 3571, 3583}),  # former Phong Thổ
     {"09": 30, "08": 30, "25": 15, "03": 10, "35": 5, "01": 5, "42": 5}),
    (frozenset({3388, 3390, 3394, 3405, 3408, 3424, 3430}),  # Lai Châu city, Tam Đường
     {"01": 30, "25": 15, "09": 15, "08": 20, "03": 15, "42": 5}),
    (frozenset({3595, 3598, 3601, 3613, 3616, 3618, 3637, 3640}),  # Than Uyên, Tân Uyên
     {"03": 50, "01": 20, "08": 18, "29": 7, "09": 5}),
)
_PROVINCE_MIX: dict[int, dict[str, int]] = {
    12: {"35": 25, "03": 25, "41": 15, "08": 15, "01": 10, "48": 5, "50": 5},
    11: {"03": 38, "08": 35, "01": 18, "29": 4, "09": 2, "37": 2, "35": 1},
    14: {"03": 54, "01": 17, "08": 16, "06": 8, "09": 2, "29": 2, "34": 1},
    15: {"01": 35, "08": 25, "09": 14, "02": 10, "25": 5, "07": 5, "03": 6},
}

_FIRST_SYLLABLES = ("Nà", "Nậm", "Pá", "Phiêng", "Huổi", "Co", "Hua", "Púng", "Na", "Tà", "Sin",
                    "Phìn", "Lao", "Tả", "Sán", "Ngải", "Pa", "Mường", "Xá", "Khuổi", "Tát",
                    "Hô", "Chiềng", "Pu", "Lả", "Cang", "Nong", "Kéo", "Séo", "Lùng")
_SECOND_SYLLABLES = ("Sài", "Cuổi", "Hăn", "Khăn", "Lay", "Mạ", "Lùng", "Hồ", "Chải", "Chảy",
                     "Tẩu", "Pó", "Hum", "Cại", "Lếch", "Khoang", "Nghè", "Tủa", "Mu", "Lằn",
                     "Son", "Hỏm", "Pục", "Cút", "Bó", "Lóng", "Pẻn", "Sáng", "Phàng", "Ten",
                     "Khá", "Đông", "Mòn", "Hẻo", "Ngựu")


@dataclass(frozen=True)
class CommuneInfo:
    """Everything the generator needs to know about one commune, computed once."""

    code: str  # 5-digit
    name: str  # "Bum Tở"
    full_name: str  # "xã Bum Tở" / "phường Tân Phong"
    province_code: int
    province: ProvinceFacts
    villages: tuple[str, ...]
    place_names: tuple[str, ...]  # names organisations are called after
    ethnic_draw: tuple[str, ...]  # ethnicity codes repeated by weight, for rng.choice
    former_district: str | None = None  # the district that signed papers before 01/7/2025

    @property
    def authority(self) -> str:
        """"UBND xã Bum Tở": the registration authority since 01/7/2025."""
        return f"UBND {self.full_name}"

    @property
    def province_full_name(self) -> str:
        return f"tỉnh {self.province.name}"


@cache
def _muong_te_units() -> tuple[dict[str, str], ...]:
    with resource_path("reference", "muong_te_units.csv").open(encoding="utf-8") as fh:
        return tuple(csv.DictReader(fh))


def district_commune_codes() -> list[str]:
    """The current communes that the former Mường Tè district became, in file order."""
    seen: dict[str, None] = {}
    for row in _muong_te_units():
        seen.setdefault(row["new_code"], None)
    return list(seen)


def _former_names(new_code: str) -> tuple[str, ...]:
    """Names of the former units merged into a commune (old names stay in people's mouths)."""
    return tuple(dict.fromkeys(row["old_name"] for row in _muong_te_units()
                               if row["new_code"] == new_code))


@cache
def province_commune_codes() -> tuple[str, ...]:
    """About 150 communes: all of Lai Châu, then the nearest wards of its neighbours.

    Wards of a neighbour are taken in code order, which follows the old district order and
    so starts with the districts that border Lai Châu.
    """
    codes = [f"{int(w.code):05d}" for w in sorted(Ward.iter_by_province(ProvinceCode(LAI_CHAU)),
                                                   key=lambda w: int(w.code))]
    for province, count in NEIGHBOUR_PROVINCES:
        wards = sorted(Ward.iter_by_province(ProvinceCode(province)), key=lambda w: int(w.code))
        codes.extend(f"{int(w.code):05d}" for w in wards[:count])
    return tuple(codes[:PROVINCE_SCALE_COMMUNES])


def _expand(mix: dict[str, int]) -> tuple[str, ...]:
    return tuple(code for code, weight in mix.items() for _ in range(weight))


def _mix_for(code: str, province_code: int) -> dict[str, int]:
    if code in _MIX_MUONG_TE:
        return _MIX_MUONG_TE[code]
    if province_code == LAI_CHAU and code.isdigit():
        number = int(code)
        for codes, mix in _LAI_CHAU_AREAS:
            if number in codes:
                return mix
    return _PROVINCE_MIX.get(province_code, _PROVINCE_MIX[LAI_CHAU])


def _place_rng(code: str, purpose: str) -> random.Random:
    """A generator fixed by the commune code alone: geography does not change with the seed."""
    digest = hashlib.sha256(f"{purpose}:{code}".encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def _made_up_name(code: str) -> str:
    """A place name for a unit code the catalogue does not know (e.g. a test site)."""
    rng = _place_rng(code, "name")
    return f"{rng.choice(_FIRST_SYLLABLES)} {rng.choice(_SECOND_SYLLABLES)}"


def _generated_villages(code: str, is_ward: bool, province_code: int) -> tuple[str, ...]:
    """Plausible village names for a commune without a hand-written list."""
    rng = _place_rng(code, "villages")
    prefix = "Thôn" if province_code == 15 and rng.random() < 0.6 else "Bản"
    names: list[str] = []
    if is_ward:
        numbers = sorted(rng.sample(range(1, 21), rng.randint(5, 9)))
        names.extend(f"Tổ dân phố số {n}" for n in numbers)
    target = len(names) + rng.randint(3 if is_ward else 7, 5 if is_ward else 13)
    while len(names) < target:
        first, second = rng.choice(_FIRST_SYLLABLES), rng.choice(_SECOND_SYLLABLES)
        name = f"{prefix} {first} {second}"
        if name not in names:
            names.append(name)
    return tuple(names)


def _village_stem(village: str) -> str | None:
    """"Bản Nậm Củm" → "Nậm Củm"; numbered quarters make poor organisation names."""
    for prefix in ("Bản ", "Thôn "):
        if village.startswith(prefix):
            return village[len(prefix):]
    return None


@cache
def commune_info(code: str) -> CommuneInfo:
    """Facts about a commune; an unknown code still works (a site may use its own code)."""
    ward = None
    if len(code) == 5 and code.isdigit():  # commune codes are 5 digits; "107" is a district
        try:
            ward = Ward.from_code(int(code))  # type: ignore[arg-type]  # the library's lookups take a plain int code too
        except (ValueError, KeyError):
            ward = None
    if ward is not None:
        kind = ward.division_type.value  # "xã" / "phường" / "đặc khu"
        name = ward.name
        if name.lower().startswith(kind + " "):
            name = name[len(kind) + 1:]
        province_code = int(ward.province_code)
    else:
        kind, name, province_code = "xã", _made_up_name(code), LAI_CHAU
    province = PROVINCES.get(province_code, PROVINCES[LAI_CHAU])
    is_ward = kind == "phường"
    villages = _MUONG_TE_VILLAGES.get(code) or _generated_villages(code, is_ward, province_code)
    stems = [s for s in map(_village_stem, villages) if s]
    place_names = [name, *_former_names(code)]
    if code in _MUONG_TE_VILLAGES:
        place_names.append("Mường Tè")
    place_names.extend(stems)
    return CommuneInfo(
        code=code,
        name=name,
        full_name=f"{kind} {name}",
        province_code=province_code,
        province=province,
        villages=villages,
        place_names=tuple(dict.fromkeys(place_names)),
        ethnic_draw=_expand(_mix_for(code, province_code)),
        former_district="Mường Tè" if code in _MUONG_TE_VILLAGES else None,
    )
