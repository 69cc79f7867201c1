"""Valid records to start tests from; each test changes only what it is about."""

from __future__ import annotations

from typing import Any

from kttt_desktop.core.records.identifiers import make_cccd, make_tax_code

_serial = iter(range(1, 10_000_000))


def tax_code() -> str:
    while True:
        try:
            return make_tax_code(f"62{next(_serial):07d}")
        except ValueError:
            continue


def htx(**overrides: Any) -> dict[str, Any]:
    values = {"kind": "htx", "name": "HTX Chè Shan tuyết Bum Tở", "registration_code": tax_code(),
              "registration_date": "2019-05-10", "status": "active", "village": "Bản Nậm Củm",
              "charter_capital_vnd": 1_000_000_000, "sector": "agriculture"}
    values.update(overrides)
    return values


def member(organization_id: str, **overrides: Any) -> dict[str, Any]:
    values = {"organization_id": organization_id, "kind": "individual", "membership": "official",
              "full_name": "Nguyễn Văn Đức", "birth_date": "1975-03-12", "gender": "male",
              "ethnicity_code": "35", "id_number": make_cccd("012", "male", 1975, next(_serial)),
              "capital_vnd": 20_000_000, "joined_on": "2020-01-15"}
    values.update(overrides)
    return values
