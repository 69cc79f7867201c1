"""Site keys: signatures verify only for the right key and data; fingerprints are readable aloud."""

from __future__ import annotations

import hashlib
import json
import re

import pytest

from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.sync.keys import PublicKeys, SiteKeys, verify

FINGERPRINT = re.compile(r"^\d{4}(-\d{4}){4}$")


def test_sign_and_verify() -> None:
    keys = SiteKeys.generate()
    signature = keys.sign(b"manifest")
    assert len(signature) == 64
    assert verify(keys.public(), b"manifest", signature)
    assert not verify(keys.public(), b"manifesT", signature)
    assert not verify(SiteKeys.generate().public(), b"manifest", signature)
    assert not verify(keys.public(), b"manifest", signature[:-1] + bytes([signature[-1] ^ 1]))
    assert not verify(keys.public(), b"manifest", b"short")
    assert not verify(keys.public(), b"manifest", b"")


def test_generated_keys_differ_and_public_keys_are_derived() -> None:
    first, second = SiteKeys.generate(), SiteKeys.generate()
    assert first.public() != second.public()
    assert first.public() == SiteKeys(first.sign_seed, first.box_secret).public()
    assert len(first.public().sign) == len(first.public().box) == 32


def test_json_round_trip_is_plain_json() -> None:
    keys = SiteKeys.generate()
    text = json.dumps({"site": keys.to_json(), "public": keys.public().to_json()})
    loaded = json.loads(text)
    assert SiteKeys.from_json(loaded["site"]) == keys
    assert PublicKeys.from_json(loaded["public"]) == keys.public()


def test_secrets_never_appear_in_repr() -> None:
    keys = SiteKeys.generate()
    shown = repr(keys)
    assert keys.sign_seed.hex() not in shown and repr(keys.sign_seed) not in shown
    assert repr(keys.box_secret) not in shown


@pytest.mark.parametrize("bad", [
    None,
    [],
    {},
    {"sign": "not base64!!", "box": "AAAA"},
    {"sign": "AAAA", "box": "AAAA"},
    {"sign": 5, "box": "AAAA"},
])
def test_bad_public_json_is_refused_with_a_code(bad: object) -> None:
    with pytest.raises(KtttError) as info:
        PublicKeys.from_json(bad)  # type: ignore[arg-type]
    assert info.value.code == "keys_invalid"


def test_bad_site_json_is_refused_with_a_code() -> None:
    with pytest.raises(KtttError) as info:
        SiteKeys.from_json({"sign_seed": "AAAA"})
    assert info.value.code == "keys_invalid"


def test_wrong_key_lengths_are_programming_errors() -> None:
    with pytest.raises(ValueError):
        PublicKeys(sign=b"x" * 31, box=b"y" * 32)
    with pytest.raises(ValueError):
        SiteKeys(sign_seed=b"x" * 32, box_secret=b"y" * 33)


def test_fingerprint_is_stable_distinct_and_only_digits() -> None:
    keys = SiteKeys.generate()
    fingerprint = keys.public().fingerprint()
    assert FINGERPRINT.match(fingerprint), fingerprint
    assert set(fingerprint) <= set("0123456789-")
    again = PublicKeys.from_json(json.loads(json.dumps(keys.public().to_json())))
    assert again.fingerprint() == fingerprint
    others = {SiteKeys.generate().public().fingerprint() for _ in range(50)}
    assert fingerprint not in others and len(others) == 50
    for other in others:
        assert FINGERPRINT.match(other)


def test_fingerprint_covers_both_keys() -> None:
    keys = SiteKeys.generate().public()
    other = SiteKeys.generate().public()
    assert PublicKeys(keys.sign, other.box).fingerprint() != keys.fingerprint()
    assert PublicKeys(other.sign, keys.box).fingerprint() != keys.fingerprint()


def test_fingerprint_of_known_keys_never_changes() -> None:
    """Officers compare fingerprints across program versions: the derivation is frozen."""
    keys = PublicKeys(sign=bytes(range(32)), box=bytes(range(32, 64)))
    number = int.from_bytes(hashlib.sha256(bytes(range(64))).digest(), "big") % 10**20
    digits = f"{number:020d}"
    assert keys.fingerprint() == "-".join(digits[i:i + 4] for i in range(0, 20, 4))
