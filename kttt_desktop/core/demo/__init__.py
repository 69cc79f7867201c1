"""Realistic, reproducible demo data for a commune, a former district or a whole province.

`generate` yields plain dicts (the JSON keys of CLI.md, the fields of `records.fields`) one
commune at a time; whoever stores them (the `kttt demo` command) decides how to write them.
"""

from kttt_desktop.core.demo.generator import (
    SCALES,
    DemoBatch,
    ScaleSpec,
    commune_codes,
    expected_totals,
    generate,
)

__all__ = ["SCALES", "DemoBatch", "ScaleSpec", "commune_codes", "expected_totals", "generate"]
