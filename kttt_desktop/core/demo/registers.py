"""The demo's registers behind the flags: managers, training, products, value-chain contracts,
loans and land, and the cooperation contract of each cooperative group.

A mountain commune's cooperative has a director (usually the member who represents it) and an
accountant, often a chair; only a few of them have been trained to standard, mostly through a
course the state paid for. Most cooperatives register a product; a few hold OCOP 3 stars
(certificates last three years, so an old one has expired), some grow to VietGAP, a few trace
their products. Value-chain contracts are with enterprises that buy tea, cardamom, rice or
cattle, some of them past their term; loans come from the cooperative development fund or the
social policy bank, as the support records that were loans say, and a few are overdue.

Everything is drawn from a stream of its own, so adding the registers leaves the register's
other records as they were. The flags of an organisation are set to agree with its entries.
"""

from __future__ import annotations

import datetime
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from kttt_desktop.core.demo.names import person_name
from kttt_desktop.core.demo.places import CommuneInfo
from kttt_desktop.core.records.identifiers import make_tax_code

OCOP_VALID_DAYS = 3 * 365  # an OCOP certificate is valid for 36 months
_ENDED = frozenset({"dissolved", "revoked", "bankrupt"})
_QUALIFICATIONS = (("none", 20), ("primary", 25), ("intermediate", 30), ("college", 12),
                   ("university", 13))
_PARTNERS = (  # (name, nine digits of the tax code, kind, product, stage)
    ("Công ty TNHH MTV Chè Tây Bắc", "620012345", "enterprise", "Chè búp tươi", "consumption"),
    ("Công ty Cổ phần Dược liệu Lai Châu", "620034567", "enterprise", "Thảo quả khô", "consumption"),
    ("Công ty TNHH Nông sản sạch Tây Bắc", "620056789", "enterprise", "Gạo Séng Cù", "consumption"),
    ("Công ty Cổ phần Giống cây trồng Lai Châu", "620078901", "enterprise", "Giống lúa, phân bón",
     "input_supply"),
    ("Công ty TNHH Chăn nuôi Mường Tè", "620090123", "enterprise", "Bò thịt", "production"),
    ("Công ty TNHH Chế biến nông sản Hoàng Liên", "620011223", "enterprise", "Thảo quả sấy", "processing"),
)
_PARTNER_TRADES = (("chè",), ("thảo quả", "dược liệu", "sa nhân"), ("lúa", "gạo"), ("lúa", "ngô", "nông nghiệp"),
                   ("chăn nuôi", "trâu", "bò"), ("thảo quả", "quế"))  # whom each partner buys from
_ORGANISERS = ("Liên minh HTX tỉnh {P}", "Sở Nông nghiệp và Môi trường {P}", "UBND {c}",
               "Trường Cao đẳng Cộng đồng {P}")
_COURSES = {
    "management": "Bồi dưỡng nghiệp vụ quản lý HTX (chuẩn hóa chức danh Giám đốc)",
    "accounting": "Đào tạo kế toán HTX theo chuẩn",
    "technical": "Tập huấn kỹ thuật canh tác lúa, chè, thảo quả",
    "digital": "Tập huấn chuyển đổi số, bán hàng trên sàn thương mại điện tử",
    "marketing": "Tập huấn xây dựng nhãn hiệu, xúc tiến thương mại",
}
_OCOP_LABELS = ("Chè Shan tuyết", "Thảo quả sấy khô", "Gạo Séng Cù", "Thịt bò gác bếp")
# What an organisation sells, by the first words of its main products; services have none.
_RENAMED = {"Lúa": "Gạo tẻ", "Trâu": "Trâu, bò thịt", "Quế": "Vỏ quế khô", "Ngô hàng hóa": "Ngô hạt"}
_SERVICES = ("Trồng,", "Cung ứng", "Thu mua", "Mua bán", "Homestay", "Vận tải", "Xây dựng", "Huy động",
             "Thu gom")
_FARMING = frozenset({"agriculture", "forestry"})
_MEMBER_TOPICS = ("technical", "technical", "technical", "digital", "marketing")


@dataclass
class Registers:
    """One commune's register entries, ready for `Registry.create_many`."""

    managers: list[dict[str, Any]] = field(default_factory=list)
    trainings: list[dict[str, Any]] = field(default_factory=list)
    products: list[dict[str, Any]] = field(default_factory=list)
    linkages: list[dict[str, Any]] = field(default_factory=list)
    loans: list[dict[str, Any]] = field(default_factory=list)
    lands: list[dict[str, Any]] = field(default_factory=list)


def _iso(ordinal: int) -> str:
    return datetime.date.fromordinal(ordinal).isoformat()


def _partner_tax_code(digits: str) -> str:
    """A valid tax code near `digits` (the first serial whose check digit exists)."""
    for step in range(20):
        try:
            return make_tax_code(f"{int(digits) + step:09d}")
        except ValueError:
            continue
    raise ValueError(digits)  # pragma: no cover - one in eleven prefixes fails, never twenty


_PARTNER_CODES = {name: _partner_tax_code(digits) for name, digits, *_ in _PARTNERS}


class _Builder:
    """Builds the entries of one commune's organisations."""

    def __init__(self, rng: random.Random, info: CommuneInfo, today: int, owner: str,
                 new_id: Callable[[], str], story: bool) -> None:
        self.rng = rng
        self.info = info
        self.today = today
        self.owner = owner
        self.new_id = new_id
        self.story = story
        self.out = Registers()

    def _between(self, low: int, high: int) -> int:
        return low + int(self.rng.random() * (high - low + 1)) if high > low else high

    def _record(self, org: dict[str, Any], **values: Any) -> dict[str, Any]:
        return {"id": self.new_id(), "owner": self.owner, "organization_id": org["id"], **values}

    def _person(self, male: bool | None = None) -> tuple[str, str, str]:
        """(name, sex, ethnicity) of someone of the commune who is not in the member list."""
        rng = self.rng
        ethnicity = rng.choice(self.info.ethnic_draw)
        male = rng.random() < 0.5 if male is None else male
        return person_name(rng, ethnicity, male), "male" if male else "female", ethnicity

    # -- managers and training ------------------------------------------------------------------
    def managers(self, org: dict[str, Any], start: int, first: dict[str, Any] | None,
                 supports: Sequence[dict[str, Any]], accountant_left: bool) -> None:
        rng = self.rng
        posts = ["tht_leader"] if org["kind"] == "tht" else ["director", "accountant"]
        if org["kind"] != "tht" and rng.random() < 0.45:
            posts.insert(0, "chair")
        training_supports = [s for s in supports if s["category"] == "training"
                             and s["stage"] in ("disbursed", "completed") and s["decision_date"]]
        for post in posts:
            since = start
            if post == "director" and self.today - start > 6 * 365 and rng.random() < 0.3:
                # A director before the present one, who retired.
                retired = self._between(start + 2 * 365, self.today - 365)
                self._manager(org, post, start, retired, None, [])
                since = retired + 1
            to_on = None
            if post == "accountant" and accountant_left:
                to_on = max(since + 1, self._between(max(since, self.today - 200), self.today - 30))
            person = first if post in ("director", "tht_leader") and since == start else None
            if person is not None and person.get("joined_on"):  # in post once a member
                since = max(since, datetime.date.fromisoformat(person["joined_on"]).toordinal())
            self._manager(org, post, since, to_on, person, training_supports)

    def _manager(self, org: dict[str, Any], post: str, since: int, until: int | None,
                 person: dict[str, Any] | None, supports: list[dict[str, Any]]) -> None:
        rng = self.rng
        if person is not None and person.get("birth_date"):
            name = person["representative"] or person["full_name"]
            sex, ethnicity = person["gender"], person["ethnicity_code"]
            birth, id_number = person["birth_date"], person["id_number"]
        else:
            name, sex, ethnicity = self._person(rng.random() < (0.35 if post == "accountant" else 0.7))
            birth, id_number = _iso(since - self._between(24 * 365, 50 * 365)), None
        qualification = rng.choices([q for q, _ in _QUALIFICATIONS], [w for _, w in _QUALIFICATIONS])[0]
        trained = post != "tht_leader" and rng.random() < (0.45 if post == "accountant" else 0.3)
        manager = self._record(
            org, full_name=name, role=post, from_on=_iso(since), to_on=_iso(until) if until else None,
            birth_date=birth, gender=sex, ethnicity_code=ethnicity, id_number=id_number,
            qualification=qualification, trained_to_standard=trained, phone=None)
        self.out.managers.append(manager)
        if trained:
            topic = "accounting" if post == "accountant" else "management"
            paid_by = supports.pop() if supports else None
            self._training(org, topic, since, manager=manager, support=paid_by)

    def _training(self, org: dict[str, Any], topic: str, since: int,
                  manager: dict[str, Any] | None = None, support: dict[str, Any] | None = None,
                  trainee: str | None = None) -> None:
        rng = self.rng
        if support is not None:
            began = datetime.date.fromisoformat(support["decision_date"]).toordinal() + rng.randint(10, 60)
        else:
            recent = max(since, self.today - 4 * 365)
            began = self._between(recent, self.today - 5)
        began = min(began, self.today - 5)
        days = 5 if topic in ("technical", "digital", "marketing") else rng.choice((10, 15, 30))
        organiser = rng.choice(_ORGANISERS).format(P=self.info.province.name, c=self.info.full_name)
        certified = topic in ("management", "accounting")
        self.out.trainings.append(self._record(
            org, course=_COURSES[topic], full_name=manager["full_name"] if manager else trainee,
            manager_id=manager["id"] if manager else None, topic=topic, started_on=_iso(began),
            ended_on=_iso(min(self.today, began + days)), organiser=organiser,
            certificate_no=f"{rng.randint(1, 900):03d}/CC-ĐT" if certified else None,
            support_id=support["id"] if support else None))

    def member_trainings(self, org: dict[str, Any], start: int, members: Sequence[dict[str, Any]]) -> None:
        rng = self.rng
        people = [m for m in members if m.get("birth_date") and not m.get("left_on")]
        for member in rng.sample(people, min(len(people), rng.randint(0, 3))):
            self._training(org, rng.choice(_MEMBER_TOPICS), start,
                           trainee=member["representative"] or member["full_name"])

    # -- products, contracts, loans, land -------------------------------------------------------
    def products(self, org: dict[str, Any], start: int, ocop: int) -> None:
        """`ocop`: 0 none, else the stars; a negative number is an expired certificate."""
        rng = self.rng
        label = org["ocop_products"] or _product_label(org)
        if ocop and not org["ocop_products"]:
            label = f"{label or rng.choice(_OCOP_LABELS)} {self.info.name}"
        certified = expires = decision = None
        stars = None
        if ocop:
            stars = abs(ocop)
            if ocop < 0:  # certified long ago, not renewed
                day = self._between(max(start, self.today - 6 * 365), self.today - OCOP_VALID_DAYS - 30)
            else:
                day = self._between(max(start, self.today - OCOP_VALID_DAYS + 60), self.today - 30)
            certified, expires = _iso(day), _iso(day + OCOP_VALID_DAYS)
            decision = f"{rng.randint(100, 3000)}/QĐ-UBND"
        farming = org["sector"] in _FARMING
        certification = ("vietgap" if farming and rng.random() < 0.3 else
                         "organic" if farming and rng.random() < 0.05 else None)
        self.out.products.append(self._record(
            org, name=label, ocop_stars=stars, ocop_decision_no=decision, ocop_certified_on=certified,
            ocop_expires_on=expires, certification=certification,
            brand=f"Nhãn hiệu tập thể «{label}»" if ocop else None,
            traceability=bool(org["traceability"]) or bool(ocop and rng.random() < 0.4),
            high_tech=bool(org["high_tech"])))
        if ocop > 0:
            org["ocop_products"], org["ocop_stars"] = label, stars
        elif ocop < 0:  # the flag says what holds today: no valid certificate
            org["ocop_products"] = org["ocop_stars"] = None
        org["traceability"] = org["traceability"] or self.out.products[-1]["traceability"]

    def linkage(self, org: dict[str, Any], start: int, expired: bool) -> None:
        rng = self.rng
        trade = f"{org['name']} {org['main_products']}".lower()
        fitting = [p for p, words in zip(_PARTNERS, _PARTNER_TRADES, strict=True)
                   if any(word in trade for word in words)]
        name, _, kind, product, stage = rng.choice(fitting or _PARTNERS)
        term = rng.choice((2, 3, 5)) * 365
        if expired:
            signed = self._between(max(start, self.today - term - 3 * 365), self.today - term - 30)
        else:
            signed = self._between(max(start, self.today - term + 30), self.today - 15)
        volume = rng.choice(("20 tấn/năm", "50 tấn/năm", "5 tấn/năm", "100 con/năm", "toàn bộ sản lượng"))
        self.out.linkages.append(self._record(
            org, partner_name=name, partner_tax_code=_PARTNER_CODES[name], partner_kind=kind,
            product=product, contract_no=f"{rng.randint(1, 99):02d}/{_iso(signed)[:4]}/HĐLK",
            signed_on=_iso(signed), expires_on=_iso(signed + term), stage=stage, volume=volume,
            value_vnd=rng.randint(2, 60) * 50_000_000))
        org["value_chain"] = not expired

    def loan(self, org: dict[str, Any], support: dict[str, Any] | None, start: int, overdue: bool) -> None:
        rng = self.rng
        if support is not None:
            disbursed = datetime.date.fromisoformat(support["decision_date"]).toordinal() + rng.randint(5, 30)
            lender = ("social_policy_bank" if "Ngân hàng" in (support["agency"] or "")
                      else "cooperative_fund_provincial")
            amount = support["amount_vnd"]
        else:
            disbursed = self._between(max(start, self.today - 3 * 365), self.today - 200)
            lender = "cooperative_fund_provincial"
            amount = rng.randint(3, 20) * 50_000_000
        disbursed = min(disbursed, self.today - 1)
        term = rng.choice((24, 36, 60))
        paid = min(1.0, (self.today - disbursed) / (term * 30.4))
        outstanding = int(amount * (1 - paid) * rng.uniform(0.9, 1.0)) // 1_000_000 * 1_000_000
        if overdue:
            outstanding = max(outstanding, amount // 3 // 1_000_000 * 1_000_000)
        overdue_vnd = outstanding * rng.randint(20, 60) // 100 // 1_000_000 * 1_000_000 if overdue else 0
        self.out.loans.append(self._record(
            org, lender=lender, contract_no=f"{rng.randint(1, 300):03d}/{_iso(disbursed)[:4]}/HĐTD",
            disbursed_on=_iso(disbursed), amount_vnd=amount, term_months=term,
            interest_rate=rng.choice(("4,8", "5,4", "6,0", "3,0")),
            interest_support_vnd=amount * rng.randint(1, 3) // 100 if lender != "commercial_bank" else None,
            guaranteed=False, outstanding_vnd=outstanding, overdue_vnd=overdue_vnd, as_of=_iso(self.today)))

    def land(self, org: dict[str, Any], start: int) -> None:
        rng = self.rng
        use = "forestry" if org["sector"] == "forestry" else "agriculture"
        tenure = rng.choice(("contributed_by_members", "leased", "allocated"))
        certificate = (None if tenure == "contributed_by_members" else
                       f"{rng.randint(1, 99):02d}/HĐTĐ" if tenure == "leased" else f"CS {rng.randint(1, 99999):05d}")
        self.out.lands.append(self._record(
            org, use=use, area_m2=rng.randint(5, 200) * 1000, tenure=tenure, certificate_no=certificate,
            from_on=_iso(start), to_on=_iso(start + 50 * 365) if tenure != "contributed_by_members" else None))
        if rng.random() < 0.3:
            self.out.lands.append(self._record(
                org, use="office", area_m2=rng.randint(1, 6) * 100, tenure="leased",
                certificate_no=f"{rng.randint(1, 99):02d}/HĐTĐ", from_on=_iso(start), to_on=None))


def fill_registers(rng: random.Random, info: CommuneInfo, today: int, owner: str,
                   organizations: Sequence[dict[str, Any]], members: Sequence[dict[str, Any]],
                   supports: Sequence[dict[str, Any]], new_id: Callable[[], str], story: bool) -> Registers:
    """The register entries of one commune's organisations (whose flags are brought in line,
    and whose cooperative groups get their contracts). `story` (the commune demo) makes sure
    the stories a trainer shows are there: OCOP 3-star products, one expired; two enterprise
    contracts, one expired; a fund loan and an overdue one; an accountant who left."""
    builder = _Builder(rng, info, today, owner, new_id, story)
    first_member: dict[str, dict[str, Any]] = {}
    members_of: dict[str, list[dict[str, Any]]] = {}
    for member in members:
        first_member.setdefault(member["organization_id"], member)
        members_of.setdefault(member["organization_id"], []).append(member)
    supports_of: dict[str, list[dict[str, Any]]] = {}
    for support in supports:
        supports_of.setdefault(support["organization_id"], []).append(support)
    # The stories are told by cooperatives that sell a product, farming ones first.
    operating_htx = sorted((org for org in organizations if org["kind"] == "htx" and org["status"] == "active"),
                           key=lambda org: (_product_label(org) is None, org["sector"] not in _FARMING))
    told: dict[str, str] = {}
    if story and len(operating_htx) >= 4:
        roles = ("ocop_expired", "contract_expired", "overdue", "accountant_left", "ocop_contract", "ocop_loan")
        told = {org["id"]: role for org, role in zip(operating_htx, roles, strict=False)}
    for org in organizations:
        start = _start(org, today)
        role = told.get(org["id"], "")
        own_supports = supports_of.get(org["id"], [])
        if org["kind"] == "tht":
            _tht_contract(rng, org, start)
        if org["kind"] != "tht" or org["status"] in ("active", "unregistered"):
            builder.managers(org, start, first_member.get(org["id"]), list(own_supports),
                             role == "accountant_left")
        builder.member_trainings(org, start, members_of.get(org["id"], []))
        ocop = _ocop(rng, org, role)
        share = 0.3 if org["kind"] == "tht" else 0.8  # a group seldom sells under its own name
        if ocop or (_product_label(org) and (role or rng.random() < share)):
            builder.products(org, start, ocop)
        if role in ("contract_expired", "ocop_contract") or org["value_chain"]:
            builder.linkage(org, start, expired=role == "contract_expired")
        loans = [s for s in own_supports if s["is_loan"] and s["stage"] in ("disbursed", "completed")]
        for support in loans:
            builder.loan(org, support, start, overdue=bool(org["long_standing_debt"]) or role == "overdue")
        if not loans and role in ("overdue", "ocop_loan"):
            builder.loan(org, None, start, overdue=role == "overdue")
        if org["status"] not in _ENDED and rng.random() < 0.5:
            builder.land(org, start)
    return builder.out


def _product_label(org: dict[str, Any]) -> str | None:
    """The organisation's first product as it is sold, or None for a service."""
    products = org["main_products"] or ""
    if not products or products.startswith(_SERVICES):
        return None
    first = products.split(",")[0].split(";")[0].strip()
    return _RENAMED.get(first, first)


def _start(org: dict[str, Any], today: int) -> int:
    """The day the organisation began (the generator's own, else its registration)."""
    if "_start" in org:
        return int(org["_start"])
    day = org.get("registration_date")
    return datetime.date.fromisoformat(day).toordinal() if day else today - 3 * 365


def _ocop(rng: random.Random, org: dict[str, Any], role: str) -> int:
    if role == "ocop_expired":
        return -3
    if role in ("ocop_contract", "ocop_loan"):
        return 3
    stars = org["ocop_stars"]
    if stars:
        return -int(stars) if rng.random() < 0.15 else int(stars)
    return 0


def _tht_contract(rng: random.Random, org: dict[str, Any], start: int) -> None:
    """A cooperative group's cooperation contract, signed when it was set up."""
    org["contract_no"] = f"{rng.randint(1, 60):02d}/HĐHT"
    org["contract_signed_on"] = _iso(start)
    org["contract_term_months"] = rng.choice((36, 60, 60, 120))
