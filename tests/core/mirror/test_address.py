"""The address typed or passed to the mirror is outside input: a malformed one is refused
with its coded sentence before any connection is tried, its password never echoed."""

from __future__ import annotations

import pytest

pytest.importorskip("psycopg")

from kttt_desktop.core.errors import KtttError  # noqa: E402
from kttt_desktop.core.mirror.connect import check_address  # noqa: E402


@pytest.mark.parametrize("address, code", [
    ("postgresql://kttt@may-chu:99999/kttt", "mirror_bad_address"),  # a port out of range
    ("postgresql://kttt@may-chu:cong/kttt", "mirror_bad_address"),  # a port that is no number
    ("postgresql://kttt@may-chu", "mirror_bad_address"),  # no database named
    ("postgresql://kttt@may-chu/", "mirror_bad_address"),
    ("mysql://kttt@may-chu/kttt", "mirror_bad_address"),  # another kind of database
    ("may-chu/kttt", "mirror_bad_address"),  # no scheme at all
    ("postgres://kttt:bi-mat@may-chu/kttt", "mirror_password_in_address"),
])
def test_a_malformed_address_is_refused_with_its_sentence(address, code):
    with pytest.raises(KtttError) as caught:
        check_address(address)
    assert caught.value.code == code
    assert "bi-mat" not in caught.value.message()


def test_a_refused_address_never_shows_its_password():
    with pytest.raises(KtttError) as caught:
        check_address("http://kttt:bi-mat@may-chu/kttt")
    assert caught.value.code == "mirror_bad_address" and "bi-mat" not in caught.value.message()


@pytest.mark.parametrize("address", ["postgresql://kttt@may-chu/kttt", "postgres://kttt@10.0.0.5:5433/kttt",
                                     "postgresql:///kttt"])
def test_a_usable_address_passes(address):
    check_address(address)


@pytest.mark.parametrize("address", ["postgresql://kttt:bi-mat@may-chu:99999/kttt",
                                     "postgresql://kttt:bi@mat@may-chu:cong/kttt"])
def test_an_address_too_malformed_to_parse_never_shows_its_password(address):
    with pytest.raises(KtttError) as caught:
        check_address(address)
    assert caught.value.code == "mirror_bad_address"
    assert "mat" not in caught.value.message() and "may-chu" in caught.value.message()
