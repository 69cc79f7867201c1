"""Personal names for demo people, per ethnic group and sex.

Demo data is what an officer sees first, so the names must look like the people of the
Lai Châu uplands: a Hà Nhì elder is "Lò Mạ Chừ", not "Nguyễn Văn A". Each group keeps its
own family names, middle names and given names; a woman never gets a man's middle name
("Văn", "A") because the member list shows sex next to the name and a mismatch reads as a
data-entry error. Pools are plain tuples (with repeats acting as weights) so picking a name
is three draws: the province-scale demo draws several hundred thousand of them.
"""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True)
class NamePool:
    """The parts of names used by one ethnic group; repeats in a tuple make it more likely."""

    families: tuple[str, ...]
    male_middles: tuple[str, ...]
    female_middles: tuple[str, ...]
    male_givens: tuple[str, ...]
    female_givens: tuple[str, ...]


def _w(*parts: tuple[str, int] | str) -> tuple[str, ...]:
    """Expand ("Nguyễn", 30) style weights into repeats so `rng.choice` stays O(1)."""
    out: list[str] = []
    for part in parts:
        if isinstance(part, tuple):
            out.extend([part[0]] * part[1])
        else:
            out.append(part)
    return tuple(out)


# Given names that the Tai-speaking and many neighbouring groups share with each other.
_TAI_MALE = _w("Hương", "Chăn", "Pánh", "Xôm", "Phanh", "Khăm", "Thoong", "Pọm", "Bun", "Piên",
               "Thanh", "Inh", "Tiến", "Hải", "Quyết", "Cương", "Khải", "Hưởng", "Sơn", "Xiêng",
               "Ngoan", "Tính", "Thương", "Chiến", "Ương", "Hặc", "Lả", "Nọi", "Pắn", "Phóng",
               "Dũng", "Thắng", "Tuấn", "Hùng", "Đức")
_TAI_FEMALE = _w("Xuân", "Ín", "Xiêm", "Chiêng", "Bun", "Phanh", "Ngọc", "Hoa", "Lả", "Ởn",
                 "Hiên", "Thoan", "Vân", "Mai", "Hòa", "Ánh", "Diên", "Lan", "Kim", "Ương",
                 "Xương", "Thảo", "Hương", "Phương", "Yến", "Nhung", "Duyên", "Hằng")

_KINH_MALE = _w("Đức", "Hùng", "Dũng", "Tuấn", "Long", "Nam", "Hải", "Sơn", "Thắng", "Hoàng",
                "Quân", "Cường", "Huy", "Tiến", "Bình", "Phúc", "Trung", "Thành", "Khánh",
                "Việt", "Hiếu", "Toàn", "Mạnh", "Quyết", "Lâm", "Tùng", "Kiên", "Hưng", "Thịnh")
_KINH_FEMALE = _w("Hoa", "Lan", "Hương", "Mai", "Thảo", "Hằng", "Nga", "Hạnh", "Huyền", "Trang",
                  "Linh", "Yến", "Dung", "Thủy", "Nhung", "Phương", "Loan", "Hà", "Oanh", "Tâm",
                  "Hiền", "Vân", "Quỳnh", "Giang", "Thơm", "Lý", "Tuyết", "Hồng")

_VAN_THI_M = _w(("Văn", 1))
_VAN_THI_F = _w(("Thị", 1))

POOLS: dict[str, NamePool] = {
    # Kinh
    "01": NamePool(
        families=_w(("Nguyễn", 30), ("Trần", 10), ("Lê", 9), ("Phạm", 7), ("Hoàng", 5),
                    ("Vũ", 5), ("Đỗ", 4), ("Bùi", 4), ("Đặng", 3), ("Ngô", 3), ("Đinh", 3),
                    ("Phan", 2), ("Dương", 2), ("Lương", 2), ("Trịnh", 2), ("Hà", 2), ("Đào", 2),
                    ("Mai", 1), ("Tạ", 1), ("Lại", 1), ("Cao", 1)),
        male_middles=_w(("Văn", 10), ("Đức", 3), ("Minh", 3), ("Quang", 2), ("Hữu", 2),
                        ("Công", 2), ("Xuân", 1), ("Thanh", 1), ("Ngọc", 1), ("Trọng", 1)),
        female_middles=_w(("Thị", 12), ("Thu", 2), ("Thanh", 2), ("Ngọc", 1), ("Minh", 1),
                          ("Hồng", 1), ("Phương", 1), ("Kim", 1)),
        male_givens=_KINH_MALE,
        female_givens=_KINH_FEMALE,
    ),
    # Tày
    "02": NamePool(
        families=_w(("Hoàng", 5), ("Nông", 4), ("Lương", 3), ("Ma", 2), ("Triệu", 2), ("Vi", 2),
                    ("Lục", 1), ("La", 1), ("Hà", 2), ("Đàm", 1)),
        male_middles=_VAN_THI_M, female_middles=_VAN_THI_F,
        male_givens=_KINH_MALE, female_givens=_KINH_FEMALE,
    ),
    # Thái
    "03": NamePool(
        families=_w(("Lò", 10), ("Lường", 5), ("Tao", 4), ("Cầm", 4), ("Quàng", 4), ("Vì", 4),
                    ("Điêu", 3), ("Hoàng", 2), ("Lù", 2), ("Tòng", 3), ("Mào", 1), ("Khoàng", 1),
                    ("Hà", 2), ("Bạc", 1), ("Lự", 1)),
        male_middles=_VAN_THI_M, female_middles=_VAN_THI_F,
        male_givens=_TAI_MALE, female_givens=_TAI_FEMALE,
    ),
    # Mường
    "06": NamePool(
        families=_w(("Bùi", 6), ("Đinh", 5), ("Quách", 2), ("Hà", 2), ("Xa", 1), ("Cao", 1),
                    ("Bạch", 1)),
        male_middles=_VAN_THI_M, female_middles=_VAN_THI_F,
        male_givens=_KINH_MALE, female_givens=_KINH_FEMALE,
    ),
    # Nùng
    "07": NamePool(
        families=_w(("Hoàng", 4), ("Nông", 3), ("Lý", 2), ("Vi", 2), ("Lương", 1), ("Lộc", 1),
                    ("Sầm", 1)),
        male_middles=_VAN_THI_M, female_middles=_VAN_THI_F,
        male_givens=_KINH_MALE, female_givens=_KINH_FEMALE,
    ),
    # Mông
    "08": NamePool(
        families=_w(("Giàng", 8), ("Sùng", 6), ("Vàng", 6), ("Lý", 4), ("Thào", 5), ("Hầu", 3),
                    ("Mùa", 3), ("Cứ", 2), ("Hạng", 2), ("Vừ", 2), ("Lầu", 2), ("Tráng", 2),
                    ("Thò", 1), ("Phàng", 2), ("Sình", 1), ("Mua", 1), ("Hờ", 1), ("Chang", 1)),
        male_middles=_w(("A", 12), ("Seo", 2), ("Chứ", 1), ("Văn", 1)),
        female_middles=_w(("Thị", 10), ("Seo", 1)),
        male_givens=_w("Páo", "Pó", "Sùng", "Chư", "Dính", "Lử", "Tủa", "Chá", "Sinh", "Sử",
                       "Của", "Phừ", "Dế", "Khua", "Lầu", "Vừ", "Nhè", "Chinh", "Súa", "Sếnh",
                       "Mang", "Xá", "Say", "Dơ", "Cở", "Pềnh", "Giống", "Chớ", "Thề", "Vàng"),
        female_givens=_w("Mai", "Mỷ", "Dợ", "Dua", "Pà", "Sua", "Xúa", "Chở", "Dung", "Máy",
                         "Sông", "Lan", "Mái", "Dinh", "Chía", "Nhìa", "Phềnh", "Ca", "Dính",
                         "Say", "Chi", "Pằng", "Súa", "Lỳ"),
    ),
    # Dao
    "09": NamePool(
        families=_w(("Tẩn", 5), ("Lý", 4), ("Phùng", 4), ("Chảo", 4), ("Triệu", 3), ("Đặng", 3),
                    ("Bàn", 3), ("Sần", 1), ("Chìu", 1), ("Chẻo", 1), ("Phàn", 2), ("Lò", 1)),
        male_middles=_w(("Láo", 4), ("Văn", 4), ("A", 2), ("Kiều", 1), ("San", 1), ("Quẩy", 1)),
        female_middles=_w(("Thị", 6), ("Mỷ", 2), ("Mẩy", 2)),
        male_givens=_w("Lở", "San", "Phù", "Sành", "Kiềm", "Phẩu", "Chòi", "Quẩy", "Vần", "Sinh",
                       "Chàn", "Phây", "Tạ", "Kháy", "Lìn", "Vạn", "Tài", "Phin", "Chiêu", "Dìn"),
        female_givens=_w("Chiêu", "Liều", "Mẩy", "Phin", "Dùn", "Siểu", "Chạn", "Phương",
                         "Mai", "Xuân", "Kiều", "Dung", "Nái", "Sao", "Chài", "Lìn"),
    ),
    # Giáy
    "25": NamePool(
        families=_w(("Vàng", 5), ("Lò", 4), ("Giàng", 2), ("Hoàng", 3), ("Lù", 3), ("Sần", 1),
                    ("Lồ", 1), ("Lý", 2), ("Thào", 1), ("Mã", 1)),
        male_middles=_VAN_THI_M, female_middles=_VAN_THI_F,
        male_givens=_w("Sếnh", "Thành", "Dền", "Chung", "Sơn", "Pao", "Tuyên", "Minh", "Vinh",
                       "Quang", "Dương", "Lâm", "Tiến", "Hải", "Dín"),
        female_givens=_w("Mai", "Nga", "Xuân", "Dung", "Lan", "Pâng", "Quyên", "Thu", "Lương",
                         "Hoa", "Dần", "Nhung"),
    ),
    # Khơ-mú
    "29": NamePool(
        families=_w(("Lò", 4), ("Quàng", 4), ("Vì", 3), ("Cà", 3), ("Lường", 2), ("Lù", 1),
                    ("Tòng", 1)),
        male_middles=_VAN_THI_M, female_middles=_VAN_THI_F,
        male_givens=_TAI_MALE, female_givens=_TAI_FEMALE,
    ),
    # Kháng
    "33": NamePool(
        families=_w(("Lò", 3), ("Quàng", 3), ("Lường", 2), ("Cầm", 1), ("Vì", 2)),
        male_middles=_VAN_THI_M, female_middles=_VAN_THI_F,
        male_givens=_TAI_MALE, female_givens=_TAI_FEMALE,
    ),
    # Xinh-mun
    "34": NamePool(
        families=_w(("Lò", 3), ("Vì", 3), ("Lường", 2), ("Quàng", 2), ("Lù", 1)),
        male_middles=_VAN_THI_M, female_middles=_VAN_THI_F,
        male_givens=_TAI_MALE, female_givens=_TAI_FEMALE,
    ),
    # Hà Nhì: three-syllable names; the middle syllable often echoes the father's given name.
    "35": NamePool(
        families=_w(("Lò", 8), ("Pờ", 6), ("Chu", 6), ("Lỳ", 4), ("Phu", 4), ("Chang", 3),
                    ("Lý", 3), ("Ly", 2), ("Hù", 1), ("Ma", 1), ("Vàng", 1)),
        male_middles=_w(("A", 4), ("Mạ", 2), ("Gò", 2), ("Chà", 2), ("Xé", 1), ("Hà", 1),
                        ("Pà", 1), ("Mò", 1), ("Sừ", 1), ("Lừ", 1), ("Văn", 2)),
        female_middles=_w(("Thị", 5), ("Mỳ", 2), ("Mé", 2), ("Mì", 1), ("Lọ", 1)),
        male_givens=_w("Sáu", "Chừ", "Sừ", "Xá", "Hù", "Giờ", "Ngư", "Lừ", "Phù", "Gò", "Chè",
                       "Xè", "Pó", "Chó", "Hừ", "Dì", "Chờ", "Phá", "Xo", "Gia", "Thừ", "Cà"),
        female_givens=_w("Xá", "Sạ", "Cà", "Giò", "Chừ", "Pó", "Xè", "Gơ", "Phà", "Dà", "Mé",
                         "Chà", "Sừ", "Hà", "Lừ", "Ngọ"),
    ),
    # Lào
    "37": NamePool(
        families=_w(("Lò", 4), ("Vì", 2), ("Lường", 2), ("Cầm", 2), ("Lay", 1), ("Tòng", 1)),
        male_middles=_VAN_THI_M, female_middles=_VAN_THI_F,
        male_givens=_TAI_MALE, female_givens=_TAI_FEMALE,
    ),
    # La Hủ
    "41": NamePool(
        families=_w(("Lò", 6), ("Chà", 4), ("Lý", 3), ("Phu", 2), ("Pu", 1), ("Ly", 2), ("Chu", 2),
                    ("Sì", 1)),
        male_middles=_w(("A", 4), ("Gạ", 3), ("Ạ", 1), ("Phì", 1), ("Văn", 1)),
        female_middles=_w(("Thị", 4), ("Na", 2), ("Mò", 1), ("Xó", 1)),
        male_givens=_w("Sơ", "Pa", "Nhò", "Ha", "Giá", "Ká", "Xe", "Thừ", "Mò", "Phì", "Ló",
                       "Chừ", "Cha", "Pú", "Sì", "Mạ", "Nu"),
        female_givens=_w("Mé", "Na", "Xó", "Mỳ", "Pa", "Ha", "Sà", "Gơ", "Nụ", "Chì", "Ló",
                         "Giá"),
    ),
    # Lự
    "42": NamePool(
        families=_w(("Lò", 4), ("Tao", 3), ("Vàng", 2), ("Đao", 2), ("Chang", 1), ("Pạc", 1)),
        male_middles=_VAN_THI_M, female_middles=_VAN_THI_F,
        male_givens=_TAI_MALE, female_givens=_TAI_FEMALE,
    ),
    # Mảng
    "45": NamePool(
        families=_w(("Lò", 4), ("Chảo", 2), ("Hoàng", 1), ("Lý", 2), ("Chìn", 2), ("Vàng", 1),
                    ("Tao", 1)),
        male_middles=_VAN_THI_M, female_middles=_VAN_THI_F,
        male_givens=_w("Sính", "Thắng", "Tăng", "Diên", "Chăn", "Chí", "Páo", "Sở", "Hải",
                       "Phúc", "Xóm", "Thanh"),
        female_givens=_w("Thoa", "Xá", "Mai", "Hoa", "Phi", "Diên", "Lan", "Nhàn", "Lả",
                         "Ánh"),
    ),
    # Cống
    "48": NamePool(
        families=_w(("Chang", 4), ("Lò", 4), ("Pạc", 3), ("Lỳ", 2), ("Hoàng", 2), ("Pờ", 2),
                    ("Lý", 1)),
        male_middles=_VAN_THI_M, female_middles=_VAN_THI_F,
        male_givens=_w("Ngàn", "Xiêng", "Phúc", "Hoàng", "Chăn", "Duyên", "Thạch", "Cường",
                       "Pạ", "Khăm", "Hiển", "Thủy", "Thái", "Lả"),
        female_givens=_w("Ánh", "Xiêng", "Kim", "Pả", "Thu", "Dương", "Mai", "Hiên", "Nhung",
                         "Chăm", "Vân", "Ngọc"),
    ),
    # Si La
    "50": NamePool(
        families=_w(("Hù", 4), ("Pờ", 3), ("Lò", 3), ("Vàng", 2), ("Lỳ", 2), ("Giàng", 1)),
        male_middles=_VAN_THI_M, female_middles=_VAN_THI_F,
        male_givens=_w("Tính", "Dừ", "Phì", "Hồng", "Chừ", "Lợi", "Xe", "Thanh", "Hù", "Sính",
                       "Vàng", "Đức"),
        female_givens=_w("Lý", "Nhẫm", "Cà", "Mẩy", "Xá", "Sơ", "Chờ", "Ngọc", "Ly", "Dung"),
    ),
}

# Groups with no pool of their own (rare in this area) get Kinh names, the most neutral choice.
_FALLBACK = "01"


def pool_for(ethnicity_code: str) -> NamePool:
    """Name pool of a group; groups not listed use Kinh names (they are rare in this area)."""
    return POOLS.get(ethnicity_code) or POOLS[_FALLBACK]


def person_name(rng: random.Random, ethnicity_code: str, male: bool) -> str:
    """One full name in the order family–middle–given, the way ID cards print it."""
    pool = POOLS.get(ethnicity_code) or POOLS[_FALLBACK]
    # Indexing with rng.random() instead of rng.choice: same determinism, a third of the cost,
    # and this runs a few hundred thousand times in a province-scale demo.
    r = rng.random
    if male:
        middles, givens = pool.male_middles, pool.male_givens
    else:
        middles, givens = pool.female_middles, pool.female_givens
    middle = middles[int(r() * len(middles))]
    given = givens[int(r() * len(givens))]
    while given == middle:  # "Minh Minh" reads as a typo
        given = givens[int(r() * len(givens))]
    families = pool.families
    return f"{families[int(r() * len(families))]} {middle} {given}"
