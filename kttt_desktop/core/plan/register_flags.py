"""Which of one organisation's yes/no flags the registers stand in for, and what they say.

The indicators count an organisation with register entries from those entries, not from its
flags (`indicators._Evidence`); the organisation's page and form say so beside each flag, so
an officer is not left wondering why a ticked box is not counted. The rule is the same
`in_force` as the indicators', read here for one organisation only.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from kttt_desktop.core.db.records import RecordStore
from kttt_desktop.core.plan.indicators import in_force

# The organisation's flags a register can stand in for.
FLAGS = ("value_chain", "ocop_stars", "traceability", "high_tech")


@dataclass(frozen=True)
class RegisterFlags:
    """What the registers say of one organisation on `day` (ISO).

    `contracts` / `products` are the live entries recorded; a flag follows the registers
    when its register has any (value chain: contracts; the others: products)."""

    day: str
    declared_high_tech: bool
    contracts: int = 0
    contracts_in_force: int = 0
    products: int = 0
    ocop_valid: dict[int, int] = field(default_factory=dict)  # stars -> products valid on the day
    traceable: int = 0
    high_tech_products: int = 0

    def follows(self, flag: str) -> bool:
        """Whether the indicator counts `flag` from the registers rather than from the flag."""
        return self.contracts > 0 if flag == "value_chain" else self.products > 0

    @property
    def value_chain(self) -> bool:
        return self.contracts_in_force > 0

    @property
    def ocop_stars(self) -> int | None:
        """The best stars among the products whose certificate is valid on the day."""
        return max(self.ocop_valid) if self.ocop_valid else None

    @property
    def traceability(self) -> bool:
        return self.traceable > 0

    @property
    def high_tech(self) -> bool:
        """A product applying it, or the organisation's own declaration."""
        return self.declared_high_tech or self.high_tech_products > 0


def register_flags(store: RecordStore, organization_id: str, day: str, declared_high_tech: bool) -> RegisterFlags:
    """The registers' word on `organization_id`'s flags on `day`, by the indicators' rule."""
    contracts = store.linkage_days_of(organization_id)
    products = store.product_marks_of(organization_id)
    valid = Counter(stars for stars, certified, expires, _, _ in products
                    if stars and certified and in_force(certified, expires, day))
    return RegisterFlags(
        day=day, declared_high_tech=declared_high_tech, contracts=len(contracts),
        contracts_in_force=sum(in_force(signed, expires, day) for signed, expires in contracts),
        products=len(products), ocop_valid=dict(valid),
        traceable=sum(1 for *_, traceable, _ in products if traceable),
        high_tech_products=sum(1 for *_, high_tech in products if high_tech))


__all__ = ["FLAGS", "RegisterFlags", "register_flags"]
