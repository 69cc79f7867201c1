"""Each site's keys: one to sign what it sends, one to open what is sent to it.

Signing (Ed25519) lets a receiver refuse forged or altered packages; the box key (X25519)
lets a sender encrypt for one receiver only, so a lost USB stick reveals no citizen data.
All cryptography is PyNaCl's (libsodium); this module only stores and names the keys.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass, field
from typing import Any

import nacl.exceptions
import nacl.public
import nacl.signing
import nacl.utils

from kttt_desktop.core.errors import KtttError

KEY_BYTES = 32
SIGNATURE_BYTES = 64
FINGERPRINT_GROUPS = 5
FINGERPRINT_GROUP_DIGITS = 4


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(d: Any, name: str) -> bytes:
    """Decode one base64 key field; a setup file typed or copied badly says so plainly."""
    if not isinstance(d, dict):
        raise KtttError("keys_invalid", detail="not a JSON object")
    value = d.get(name)
    if not isinstance(value, str):
        raise KtttError("keys_invalid", detail=f"{name} missing")
    try:
        raw = base64.b64decode(value.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        raise KtttError("keys_invalid", detail=f"{name} is not base64") from None
    if len(raw) != KEY_BYTES:
        raise KtttError("keys_invalid", detail=f"{name} has {len(raw)} bytes, expected {KEY_BYTES}")
    return raw


def _check_length(name: str, value: bytes) -> None:
    if not isinstance(value, bytes) or len(value) != KEY_BYTES:
        raise ValueError(f"{name} must be {KEY_BYTES} bytes")


@dataclass(frozen=True)
class PublicKeys:
    """What a site shows the world: its signature-verifying key and its encryption key."""

    sign: bytes  # Ed25519 verify key
    box: bytes  # X25519 public key

    def __post_init__(self) -> None:
        _check_length("sign", self.sign)
        _check_length("box", self.box)

    def fingerprint(self) -> str:
        """20 digits in 5 groups, e.g. "4821-0937-5512-8840-1206", naming both keys.

        Officers check keys by reading this aloud over the phone; digits survive a phone line
        and a Vietnamese or English speaker alike, where hex letters (b/d, e/3) do not. The
        digits are SHA-256(sign + box) read as a number, modulo 10^20 (~66 bits: the bias is
        negligible and finding other keys with the same fingerprint is out of reach).
        """
        digest = hashlib.sha256(self.sign + self.box).digest()
        total = FINGERPRINT_GROUPS * FINGERPRINT_GROUP_DIGITS
        digits = str(int.from_bytes(digest, "big") % 10**total).zfill(total)
        step = FINGERPRINT_GROUP_DIGITS
        return "-".join(digits[i:i + step] for i in range(0, total, step))

    def to_json(self) -> dict[str, str]:
        """Base64 strings, so keys fit a setup file or a settings row."""
        return {"sign": _b64(self.sign), "box": _b64(self.box)}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> PublicKeys:
        """Read keys written by `to_json`; anything else raises `keys_invalid`."""
        return cls(sign=_unb64(d, "sign"), box=_unb64(d, "box"))


@dataclass(frozen=True)
class SiteKeys:
    """A site's secret keys. Never printed: `repr` hides them, so logs and tracebacks stay clean."""

    sign_seed: bytes = field(repr=False)  # Ed25519 seed
    box_secret: bytes = field(repr=False)  # X25519 secret key

    def __post_init__(self) -> None:
        _check_length("sign_seed", self.sign_seed)
        _check_length("box_secret", self.box_secret)

    @classmethod
    def generate(cls) -> SiteKeys:
        """Fresh random keys from libsodium's generator (made once, when a site is set up)."""
        return cls(
            sign_seed=nacl.utils.random(KEY_BYTES),
            box_secret=nacl.public.PrivateKey.generate().encode(),
        )

    def public(self) -> PublicKeys:
        return PublicKeys(
            sign=nacl.signing.SigningKey(self.sign_seed).verify_key.encode(),
            box=nacl.public.PrivateKey(self.box_secret).public_key.encode(),
        )

    def sign(self, data: bytes) -> bytes:
        """A detached 64-byte signature, kept apart so the signed bytes stay readable as they are."""
        return nacl.signing.SigningKey(self.sign_seed).sign(data).signature

    def to_json(self) -> dict[str, str]:
        return {"sign_seed": _b64(self.sign_seed), "box_secret": _b64(self.box_secret)}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> SiteKeys:
        return cls(sign_seed=_unb64(d, "sign_seed"), box_secret=_unb64(d, "box_secret"))


def verify(public: PublicKeys, data: bytes, signature: bytes) -> bool:
    """True only if `signature` is `public`'s signature of exactly `data`; never raises for bad input."""
    if not isinstance(signature, bytes) or len(signature) != SIGNATURE_BYTES:
        return False
    try:
        nacl.signing.VerifyKey(public.sign).verify(data, signature)
    except (nacl.exceptions.CryptoError, ValueError, TypeError):
        return False
    return True
