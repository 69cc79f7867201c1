"""What a new yearly result starts from (the register's members and workers on 31/12 of its
year), and an organisation's scale read from its yearly results."""

from __future__ import annotations

from datetime import date

from tests.core.factories import htx, member


def worker(org_id: str, **values):
    return {"organization_id": org_id, "full_name": "Vàng A Dế", "contract": "indefinite",
            "started_on": "2022-03-01", **values}


def test_counts_are_the_register_on_the_last_day_of_the_year(core_registry):
    org = core_registry.create("organization", htx()).record
    other = core_registry.create("organization", htx(name="HTX Lúa Mường Mô")).record
    create = core_registry.create
    create("member", member(org["id"], full_name="Lò Văn Một", joined_on="2020-01-15"))
    create("member", member(org["id"], full_name="Lò Văn Hai", joined_on="2024-12-31"))  # in on the day
    create("member", member(org["id"], full_name="Lò Văn Ba", joined_on="2025-01-02"))  # joined after
    create("member", member(org["id"], full_name="Lò Văn Bốn", left_on="2024-12-31"))  # left on the day
    create("member", member(org["id"], full_name="Lò Văn Năm", left_on="2025-06-30"))  # left after
    create("member", member(org["id"], full_name="Lò Văn Sáu", joined_on=None))  # unknown: from the day entered
    create("member", member(org["id"], full_name="Mào Thị Bảy", membership="associate_capital"))
    create("member", member(org["id"], full_name="Mào Thị Tám", membership="associate_no_capital",
                            capital_vnd=None))
    gone = create("member", member(org["id"], full_name="Mào Thị Chín")).record
    core_registry.delete("member", gone["id"], "Nhập nhầm")  # deleted: not counted
    create("member", member(other["id"], full_name="Người HTX khác"))  # another organisation
    create("worker", worker(org["id"]))
    create("worker", worker(org["id"], full_name="Giàng A Páo", contract="seasonal"))
    create("worker", worker(org["id"], full_name="Chu Văn Thắng", contract="none", started_on=None))  # likewise
    create("worker", worker(org["id"], full_name="Lò Thị Mai", ended_on="2024-10-01"))  # ended before
    create("worker", worker(org["id"], full_name="Pờ Xuân Hùng", started_on="2025-02-01"))  # started after

    # Sáu and Thắng, whose start is unknown, count from the day they were entered (this year),
    # as in the indicators and the year's report.
    assert core_registry.register_counts(org["id"], 2024) == {
        "members_official": 3, "members_associate": 2, "workers_total": 2, "workers_regular": 1}
    assert core_registry.register_counts(org["id"], 2025) == {
        "members_official": 3, "members_associate": 2, "workers_total": 3, "workers_regular": 2}
    assert core_registry.register_counts(org["id"], 2019) == {
        "members_official": 0, "members_associate": 0, "workers_total": 0, "workers_regular": 0}
    entered = date.today().year  # the records' entry day is the real clock's
    assert core_registry.register_counts(org["id"], entered) == {
        "members_official": 4, "members_associate": 2, "workers_total": 4, "workers_regular": 3}


def test_a_union_counts_its_cooperatives_not_people_as_official_members(core_registry):
    union = core_registry.create("organization", htx(kind="lhhtx", name="Liên hiệp HTX Mường Tè")).record
    core_registry.create("member", member(union["id"], kind="legal_entity", full_name="HTX Chè Bum Tở",
                                          birth_date=None, gender=None, id_number=None))
    assert core_registry.register_counts(union["id"], 2025)["members_official"] == 1


def test_yearly_results_and_scale_by_year_and_latest(core_registry):
    org = core_registry.create("organization", htx(sector="agriculture")).record
    assert core_registry.yearly_results(org["id"]) is None
    assert core_registry.scale(org["id"]) is None
    core_registry.create("annual_report", {"organization_id": org["id"], "year": 2024, "members_official": 49,
                                           "revenue_vnd": 9_000_000_000})
    core_registry.create("annual_report", {"organization_id": org["id"], "year": 2025, "members_official": 50,
                                           "revenue_vnd": 1_999_999_999, "total_capital_vnd": 1_000_000_000})
    assert core_registry.yearly_results(org["id"])["year"] == 2025
    assert core_registry.yearly_results(org["id"], 2024)["members_official"] == 49
    assert core_registry.yearly_results(org["id"], 2023) is None
    assert core_registry.scale(org["id"]) == (2025, "small")  # 50 members and capital at the threshold
    assert core_registry.scale(org["id"], 2024) == (2024, "micro")  # one member short of small
    assert core_registry.scale(org["id"], 2023) is None
