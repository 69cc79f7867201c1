"""The one byte form of a signed document: what the signer signs is what the reader checks."""

import math

import pytest

from kttt_desktop.core.canonical_json import canonical_json


def test_keys_are_sorted_without_spaces_and_vietnamese_kept_as_utf8():
    assert canonical_json({"b": [1, 2.5], "a": "Xã Bum Tở"}) == '{"a":"Xã Bum Tở","b":[1,2.5]}'.encode()


def test_the_same_document_in_another_order_gives_the_same_bytes():
    assert canonical_json({"x": {"d": 1, "c": 2}, "y": None}) == canonical_json({"y": None, "x": {"c": 2, "d": 1}})


def test_a_number_json_cannot_hold_is_refused():
    with pytest.raises(ValueError):
        canonical_json({"value": math.nan})
