"""A backup under a password, for the USB stick that may be lost on the way to the district.

A plain backup is the whole registry: names, citizen ID numbers, dates of birth, phones of
every member and worker, and the site's private keys. Encrypted, the stick shows nothing
without the password. Built from libsodium (PyNaCl, already used for the sync packages):

- the key comes from the password through Argon2id (`crypto_pwhash`, moderate cost: about a
  second and 256 MB once, so guessing passwords from a stolen file is slow), with a random
  salt stored in the file along with the cost;
- the backup is encrypted with secretstream (XChaCha20-Poly1305) in frames of 1 MB, so a
  province's file never has to fit in memory; the last frame is tagged FINAL, so a truncated,
  reordered or extended file is detected, and every frame is authenticated;
- the first frame holds the original file's name, size and SHA-256, and authenticates the
  file's header with it: a wrong password fails on that frame alone, before anything is written.

Layout: MAGIC, version, salt, opslimit, memlimit, stream header, then frames, each a 4-byte
big-endian length and the encrypted bytes.
"""

from __future__ import annotations

import hashlib
import json
import os
import struct
import unicodedata
from pathlib import Path
from typing import IO, Any

import nacl.exceptions
import nacl.pwhash.argon2id as argon2id
import nacl.utils
from nacl.bindings import (
    crypto_secretstream_xchacha20poly1305_ABYTES as _ABYTES,
    crypto_secretstream_xchacha20poly1305_HEADERBYTES as _HEADERBYTES,
    crypto_secretstream_xchacha20poly1305_init_pull,
    crypto_secretstream_xchacha20poly1305_init_push,
    crypto_secretstream_xchacha20poly1305_KEYBYTES as _KEYBYTES,
    crypto_secretstream_xchacha20poly1305_pull,
    crypto_secretstream_xchacha20poly1305_push,
    crypto_secretstream_xchacha20poly1305_state,
    crypto_secretstream_xchacha20poly1305_TAG_FINAL as _TAG_FINAL,
    crypto_secretstream_xchacha20poly1305_TAG_MESSAGE as _TAG_MESSAGE,
)

from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.files import (
    PRIVATE_MODE,
    discard,
    replace_with_retry,
    unlink_with_retry,
)

__all__ = ["ENCRYPTED_SUFFIX", "MIN_PASSWORD", "check_password", "decrypt_file", "encrypt_file", "is_encrypted"]

MAGIC = b"KTTT-SAO-LUU-MK\n"
VERSION = 1
ENCRYPTED_SUFFIX = ".enc"
MIN_PASSWORD = 8
OPSLIMIT = argon2id.OPSLIMIT_MODERATE
MEMLIMIT = argon2id.MEMLIMIT_MODERATE
CHUNK = 1 << 20
_HEADER = struct.Struct(f">B{argon2id.SALTBYTES}sQQ")
_LENGTH = struct.Struct(">I")
_MAX_INFO = 64 * 1024
# Costs a file may ask for: a hostile file must not make the key derivation take hours or
# gigabytes.
_MAX_OPSLIMIT = argon2id.OPSLIMIT_SENSITIVE
_MAX_MEMLIMIT = argon2id.MEMLIMIT_SENSITIVE


def is_encrypted(path: Path) -> bool:
    """A backup this module wrote (by its first bytes, whatever its name)."""
    try:
        with open(path, "rb") as source:
            return source.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def check_password(password: str, again: str | None = None) -> str:
    """The password as keys are made from it, or the coded reason it cannot be used.

    Vietnamese input methods may type the same letter composed or decomposed, so it is
    normalised (NFC): "Hà Nội" typed on another PC still opens the backup.
    """
    if again is not None and unicodedata.normalize("NFC", password) != unicodedata.normalize("NFC", again):
        raise KtttError("backup_passwords_differ")
    if len(password) < MIN_PASSWORD:
        raise KtttError("backup_password_too_short", min=MIN_PASSWORD)
    return unicodedata.normalize("NFC", password)


def _key(password: str, salt: bytes, opslimit: int, memlimit: int) -> bytes:
    return argon2id.kdf(_KEYBYTES, unicodedata.normalize("NFC", password).encode("utf-8"), salt,
                        opslimit=opslimit, memlimit=memlimit)


def _write_frame(out: IO[bytes], state: Any, plain: bytes, tag: int, extra: bytes | None = None) -> None:
    frame = crypto_secretstream_xchacha20poly1305_push(state, plain, extra, tag)
    out.write(_LENGTH.pack(len(frame)))
    out.write(frame)


def encrypt_file(source: Path, destination: Path, password: str) -> Path:
    """Write `source` encrypted under `password` to `destination`, through a partial file
    that is removed if anything fails. The password must have passed `check_password`."""
    salt = nacl.utils.random(argon2id.SALTBYTES)
    header = MAGIC + _HEADER.pack(VERSION, salt, OPSLIMIT, MEMLIMIT)
    key = _key(password, salt, OPSLIMIT, MEMLIMIT)
    state = crypto_secretstream_xchacha20poly1305_state()
    stream_header = crypto_secretstream_xchacha20poly1305_init_push(state, key)
    info = {"name": source.name, "size": source.stat().st_size, "sha256": _sha256(source)}
    partial = destination.with_name(destination.name + ".partial")
    unlink_with_retry(partial)
    try:
        with open(source, "rb") as plain, os.fdopen(
                os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_MODE), "wb") as out:
            out.write(header + stream_header)
            _write_frame(out, state, json.dumps(info).encode("utf-8"), _TAG_MESSAGE, header)
            chunk = plain.read(CHUNK)
            while True:
                following = plain.read(CHUNK)
                _write_frame(out, state, chunk, _TAG_MESSAGE if following else _TAG_FINAL)
                if not following:
                    break
                chunk = following
        replace_with_retry(partial, destination)
    except BaseException:
        discard(partial)
        raise
    return destination


def _sha256(path: Path) -> str:
    with open(path, "rb") as source:
        return hashlib.file_digest(source, "sha256").hexdigest()


def _read_frame(source: IO[bytes], limit: int) -> bytes | None:
    prefix = source.read(_LENGTH.size)
    if not prefix:
        return None
    if len(prefix) < _LENGTH.size:
        raise ValueError("cut frame length")
    (length,) = _LENGTH.unpack(prefix)
    if length < _ABYTES or length > limit + _ABYTES:
        raise ValueError("frame length")
    frame = source.read(length)
    if len(frame) < length:
        raise ValueError("cut frame")
    return frame


def decrypt_file(source: Path, destination: Path, password: str) -> dict[str, Any]:
    """Decrypt `source` into `destination` (readable by its owner only), or refuse with
    `backup_wrong_password` / `backup_damaged`, leaving no partial file behind. Returns what
    the file says of the original backup (name, size, sha256), all of it checked."""
    partial = destination.with_name(destination.name + ".partial")
    unlink_with_retry(partial)
    try:
        with open(source, "rb") as encrypted:
            state, header = _open_stream(encrypted, password)
            first = _read_frame(encrypted, _MAX_INFO)
            if first is None:
                raise ValueError("no frame")
            try:
                plain, tag = crypto_secretstream_xchacha20poly1305_pull(state, first, header)
            except nacl.exceptions.CryptoError:
                raise KtttError("backup_wrong_password", path=str(source)) from None
            info = json.loads(plain)
            if tag != _TAG_MESSAGE or not isinstance(info, dict):
                raise ValueError("info")
            digest = hashlib.sha256()
            size = 0
            with _PrivateOut(partial, destination) as out:
                while tag != _TAG_FINAL:
                    frame = _read_frame(encrypted, CHUNK)
                    if frame is None:
                        raise ValueError("cut before the last frame")
                    plain, tag = crypto_secretstream_xchacha20poly1305_pull(state, frame, None)
                    out.write(plain)
                    digest.update(plain)
                    size += len(plain)
            if encrypted.read(1):
                raise ValueError("bytes after the last frame")
            if size != info.get("size") or digest.hexdigest() != info.get("sha256"):
                raise ValueError("size or checksum")
        replace_with_retry(partial, destination)
    except (ValueError, nacl.exceptions.CryptoError, OSError) as exc:
        discard(partial)
        raise KtttError("backup_damaged", path=str(source)) from exc
    except BaseException:
        discard(partial)
        raise
    return info


def _open_stream(encrypted: IO[bytes], password: str) -> tuple[Any, bytes]:
    """The decryption state from the file's header, and the header (checked with the first
    frame)."""
    header = encrypted.read(len(MAGIC) + _HEADER.size)
    stream_header = encrypted.read(_HEADERBYTES)
    if not header.startswith(MAGIC) or len(header) < len(MAGIC) + _HEADER.size or \
            len(stream_header) < _HEADERBYTES:
        raise ValueError("header")
    version, salt, opslimit, memlimit = _HEADER.unpack(header[len(MAGIC):])
    if version != VERSION or not (argon2id.OPSLIMIT_MIN <= opslimit <= _MAX_OPSLIMIT) or \
            not (argon2id.MEMLIMIT_MIN <= memlimit <= _MAX_MEMLIMIT):
        raise ValueError("header values")
    state = crypto_secretstream_xchacha20poly1305_state()
    crypto_secretstream_xchacha20poly1305_init_pull(state, stream_header, _key(password, salt, opslimit, memlimit))
    return state, header


class _PrivateOut:
    """The decrypted file being written: a write that fails (disk full, folder gone) is
    `backup_failed`, not a damaged backup."""

    def __init__(self, partial: Path, destination: Path) -> None:
        self.partial = partial
        self.destination = destination

    def __enter__(self) -> _PrivateOut:
        try:
            self.out = os.fdopen(os.open(self.partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_MODE), "wb")
        except OSError as exc:
            raise self._failed(exc) from exc
        return self

    def write(self, data: bytes) -> None:
        try:
            self.out.write(data)
        except OSError as exc:
            raise self._failed(exc) from exc

    def __exit__(self, *exc: object) -> None:
        try:
            self.out.close()
        except OSError as error:
            if exc[0] is None:
                raise self._failed(error) from error

    def _failed(self, exc: OSError) -> KtttError:
        return KtttError("backup_failed", path=str(self.destination), detail=exc.strerror or str(exc))
