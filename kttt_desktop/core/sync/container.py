"""The sync package file: a plain zip any engineer can open, whose payload only the receiver can read.

Layout (all members ZIP_STORED, so the zip layer cannot be a decompression bomb):

- ``manifest.json`` — who sends to whom, numbers and counts, and how the payload is sealed.
  Stored as canonical JSON (sorted keys, compact, UTF-8): exactly the bytes that are signed.
  It must never hold citizen data; it travels readable.
- ``payload.bin`` — the items as JSON Lines, compressed with zlib, then encrypted with
  libsodium's secretstream (XChaCha20-Poly1305) in frames of ``chunk`` plaintext bytes, the last
  one tagged FINAL, so truncation, reordering and appended data are all detected.
  The random stream key is sealed for the receiver (``SealedBox``) and kept in the manifest.
- ``signature.sig`` — the sender's Ed25519 signature of ``manifest.json``. The manifest names the
  payload's SHA-256, the sealed key and the stream header, so the one signature covers everything.

Reading refuses hostile files *before* touching their contents (size, zip structure, member
names, declared sizes), then checks receiver, sender and signature, and only then decrypts.
Every refusal is a `KtttError` with a code from the catalogue; the extra ``reason`` parameter is
not shown to officers but helps a developer reading a log.
"""

from __future__ import annotations

import base64
import binascii
import copy
import errno
import hashlib
import json
import os
import struct
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any, TypeGuard

import nacl.exceptions
import nacl.public
import orjson
from nacl.bindings import (
    crypto_secretstream_xchacha20poly1305_ABYTES as _ABYTES,
    crypto_secretstream_xchacha20poly1305_HEADERBYTES as _HEADERBYTES,
    crypto_secretstream_xchacha20poly1305_init_pull,
    crypto_secretstream_xchacha20poly1305_init_push,
    crypto_secretstream_xchacha20poly1305_KEYBYTES as _KEYBYTES,
    crypto_secretstream_xchacha20poly1305_keygen,
    crypto_secretstream_xchacha20poly1305_pull,
    crypto_secretstream_xchacha20poly1305_push,
    crypto_secretstream_xchacha20poly1305_state,
    crypto_secretstream_xchacha20poly1305_TAG_FINAL as _TAG_FINAL,
    crypto_secretstream_xchacha20poly1305_TAG_MESSAGE as _TAG_MESSAGE,
)

from kttt_desktop.core.canonical_json import canonical_json
from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.files import discard, replace_with_retry
from kttt_desktop.core.sync.keys import PublicKeys, SiteKeys, verify

FORMAT = "kttt-sync"
FORMAT_VERSION = 1

MANIFEST = "manifest.json"
PAYLOAD = "payload.bin"
SIGNATURE = "signature.sig"
MEMBERS = frozenset({MANIFEST, PAYLOAD, SIGNATURE})

MAX_PACKAGE_BYTES = 2 * 1024**3
"""Largest package file accepted; a province-wide snapshot is far below this."""
MAX_PLAIN_BYTES = 4 * 1024**3
"""Largest decompressed payload accepted, whatever the manifest declares."""
MAX_MANIFEST_BYTES = 1024**2
MAX_SIGNATURE_BYTES = 1024
MAX_ITEM_BYTES = 16 * 1024**2
"""Largest single JSON line; bounds memory even inside a payload that stays under its declared size."""
MAX_CENTRAL_DIRECTORY_BYTES = 64 * 1024
"""Three members need a few hundred bytes; bounding this stops a file with millions of
zip entries from exhausting memory while `zipfile` merely lists them."""

CHUNK = 64 * 1024
"""Plaintext bytes per encrypted frame: small enough to keep memory flat, large enough to be fast."""
_MIN_CHUNK = 1024
_MAX_CHUNK = 16 * 1024**2
_READ_STEP = 1024**2
_INFLATE_STEP = 256 * 1024
PROGRESS_EVERY = 5000
_BATCH_BYTES = 256 * 1024


def _encode_line(item: dict[str, Any]) -> bytes:
    """One payload line: compact UTF-8 JSON and a newline (orjson: several times faster than
    the standard library on a province's hundreds of thousands of changes)."""
    return orjson.dumps(item, option=orjson.OPT_APPEND_NEWLINE)


# End-of-central-directory record of the zip format (APPNOTE 4.3.16) and the zip64 locator that
# may precede it (4.3.15); read only to bound the directory size before `zipfile` parses it.
_EOCD = struct.Struct("<4s4H2LH")
_EOCD_SIGNATURE = b"PK\x05\x06"
_ZIP_MAGIC = b"PK\x03\x04"
_ZIP64_LOCATOR_SIGNATURE = b"PK\x06\x07"
_ZIP64_LOCATOR_SIZE = 20


# --------------------------------------------------------------------------- helpers


def _size_text(n: int) -> str:
    """A limit an officer can read ("2 GB"), without decimals that differ between languages."""
    for unit, size in (("GB", 1024**3), ("MB", 1024**2), ("KB", 1024)):
        if n >= size:
            return f"{n // size} {unit}"
    return f"{n} byte"


def _corrupt(path: Path, reason: str) -> KtttError:
    return KtttError("package_corrupt", file=path.name, reason=reason)


def _unsafe(path: Path, reason: str) -> KtttError:
    return KtttError("package_unsafe", file=path.name, reason=reason)


def _too_large(path: Path, limit: int, reason: str) -> KtttError:
    return KtttError("package_too_large", file=path.name, limit=_size_text(limit), reason=reason)


def _cannot_read(path: Path, error: OSError) -> KtttError:
    return KtttError("package_cannot_read", path=str(path), detail=error.strerror or str(error))


def _is_int(value: Any) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


# --------------------------------------------------------------------------- writing


class _PayloadWriter:
    """Cuts compressed bytes into fixed frames and encrypts them, hashing what is written.

    Every frame but the last holds exactly `chunk` plaintext bytes, so the reader needs no
    length prefixes: it reads `chunk + ABYTES` at a time and the FINAL tag marks the end.
    """

    def __init__(self, out: IO[bytes], state: Any, chunk: int) -> None:
        self._out = out
        self._state = state
        self._chunk = chunk
        self._buffer = bytearray()
        self.sha256 = hashlib.sha256()
        self.size = 0

    def _emit(self, plain: bytes, tag: int) -> None:
        frame = crypto_secretstream_xchacha20poly1305_push(self._state, plain, None, tag)
        self._out.write(frame)
        self.sha256.update(frame)
        self.size += len(frame)

    def write(self, data: bytes) -> None:
        if not data:
            return
        self._buffer += data
        # Strictly more than a chunk: the last frame always keeps 1..chunk bytes for FINAL.
        if len(self._buffer) > self._chunk:
            view = memoryview(self._buffer)
            start = 0
            while len(self._buffer) - start > self._chunk:
                self._emit(bytes(view[start:start + self._chunk]), _TAG_MESSAGE)
                start += self._chunk
            view.release()
            del self._buffer[:start]

    def finish(self) -> None:
        self._emit(bytes(self._buffer), _TAG_FINAL)
        self._buffer.clear()


def _unit_code(manifest: dict[str, Any], side: str) -> str | None:
    party = manifest.get(side)
    if isinstance(party, dict) and isinstance(party.get("unit_code"), str) and party["unit_code"]:
        code: str = party["unit_code"]
        return code
    return None


def sender_code(manifest: dict[str, Any]) -> str | None:
    """The sender's unit code as a manifest claims it (authenticated only by `open_package`)."""
    return _unit_code(manifest, "sender")


def write_package(
    path: Path,
    manifest: dict[str, Any],
    items: Iterable[dict[str, Any]],
    sender: SiteKeys,
    receiver: PublicKeys,
    progress: Callable[[int], None] | None = None,
) -> dict[str, Any]:
    """Write a package to `path` atomically and return its final manifest.

    `manifest` is the caller's part (kind, ``sender``/``receiver`` with ``unit_code``, sequence
    numbers, counts…); it is copied, never changed, and must hold no citizen data because it
    travels unencrypted. `items` is consumed once, streaming: memory stays flat however many
    there are. `progress(n)` is called every few thousand items and once at the end.

    The package is built in a temporary file beside `path` and renamed over it only when
    complete and flushed, so an interrupted export (error, full disk, pulled USB stick) leaves
    no half-written package under the final name — and an older package there stays intact.
    """
    final = copy.deepcopy(dict(manifest))
    if _unit_code(final, "sender") is None or _unit_code(final, "receiver") is None:
        raise ValueError("manifest needs sender.unit_code and receiver.unit_code")

    key = crypto_secretstream_xchacha20poly1305_keygen()
    state = crypto_secretstream_xchacha20poly1305_state()
    header = crypto_secretstream_xchacha20poly1305_init_push(state, key)
    sealed_key = nacl.public.SealedBox(nacl.public.PublicKey(receiver.box)).encrypt(key)

    folder = path.parent
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as error:
        raise _write_error(path, error) from error
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "w+b") as raw:
            with zipfile.ZipFile(raw, "w", compression=zipfile.ZIP_STORED, allowZip64=True) as archive:
                with archive.open(PAYLOAD, "w", force_zip64=True) as member:
                    writer = _PayloadWriter(member, state, CHUNK)
                    compressor = zlib.compressobj(6)
                    count = 0
                    plain_size = 0
                    # Lines are copied into one buffer at once: each encoded line may hold
                    # more memory than its length, so a list of them would not stay small.
                    batch = bytearray()
                    for item in items:
                        if not isinstance(item, dict):
                            raise TypeError(f"item {count} is {type(item).__name__}, not dict")
                        batch += _encode_line(item)
                        count += 1
                        if len(batch) >= _BATCH_BYTES:
                            writer.write(compressor.compress(batch))
                            plain_size += len(batch)
                            batch.clear()
                        if progress is not None and count % PROGRESS_EVERY == 0:
                            progress(count)
                    writer.write(compressor.compress(batch))
                    plain_size += len(batch)
                    writer.write(compressor.flush())
                    writer.finish()
                final["format"] = FORMAT
                final["format_version"] = FORMAT_VERSION
                final["payload"] = {
                    "sha256": writer.sha256.hexdigest(),
                    "size": writer.size,
                    "plain_size": plain_size,
                    "items": count,
                    "sealed_key": base64.b64encode(sealed_key).decode("ascii"),
                    "header": base64.b64encode(header).decode("ascii"),
                    "compression": "zlib",
                    "chunk": CHUNK,
                }
                manifest_bytes = canonical_json(final)
                archive.writestr(MANIFEST, manifest_bytes)
                archive.writestr(SIGNATURE, sender.sign(manifest_bytes))
            raw.flush()
            os.fsync(raw.fileno())
        replace_with_retry(temp, path)
    except BaseException as error:
        discard(temp)
        if isinstance(error, OSError):
            raise _write_error(path, error) from error
        raise
    if progress is not None and (count == 0 or count % PROGRESS_EVERY != 0):
        progress(count)
    return final


def _write_error(path: Path, error: OSError) -> KtttError:
    if error.errno == errno.ENOSPC:
        return KtttError("disk_full")
    return KtttError("package_write_failed", path=str(path), detail=error.strerror or str(error))


# --------------------------------------------------------------------------- reading: structure


def _check_central_directory(handle: IO[bytes], size: int, path: Path) -> None:
    """Refuse a zip whose directory is big enough to exhaust memory while being listed.

    Mirrors how `zipfile` finds the end record (last 22 bytes, else the last occurrence within
    the 64 KiB comment window), so both read the same record. Our writer never needs zip64
    end records below 2 GiB, so one present is refused rather than trusted.
    """
    tail_size = min(size, _EOCD.size + 0xFFFF)
    handle.seek(size - tail_size)
    tail = handle.read(tail_size)
    if tail[-_EOCD.size:][:4] == _EOCD_SIGNATURE and tail[-2:] == b"\x00\x00":
        at = len(tail) - _EOCD.size
    else:
        at = tail.rfind(_EOCD_SIGNATURE)
        if at < 0 or len(tail) - at < _EOCD.size:
            raise _corrupt(path, "no end of central directory")
    (_sig, _disk, _cd_disk, entries_here, entries, cd_size, cd_offset,
     _comment) = _EOCD.unpack(tail[at:at + _EOCD.size])
    if at >= _ZIP64_LOCATOR_SIZE and tail[at - _ZIP64_LOCATOR_SIZE:at].startswith(
            _ZIP64_LOCATOR_SIGNATURE):
        raise _unsafe(path, "zip64 end record")
    if entries in (0xFFFF,) or cd_size == 0xFFFFFFFF or cd_offset == 0xFFFFFFFF:
        raise _unsafe(path, "zip64 end record")
    if cd_size > MAX_CENTRAL_DIRECTORY_BYTES or entries > 64 or entries_here > 64:
        raise _unsafe(path, f"central directory of {entries} entries, {cd_size} bytes")


def _open_archive(path: Path) -> zipfile.ZipFile:
    """Open `path` as a package zip after every structural check; the caller closes it."""
    try:
        if not path.is_file():
            raise KtttError("package_not_found", path=str(path))
        size = path.stat().st_size
        if size > MAX_PACKAGE_BYTES:
            raise _too_large(path, MAX_PACKAGE_BYTES, f"file of {size} bytes")
        if not zipfile.is_zipfile(path):
            with open(path, "rb") as handle:
                magic = handle.read(len(_ZIP_MAGIC))
            # A file that never began as a zip was picked by mistake; one that did was cut short.
            if len(magic) == len(_ZIP_MAGIC) and magic != _ZIP_MAGIC:
                raise KtttError("package_not_a_package", file=path.name, reason="not a zip file")
            raise _corrupt(path, "zip file cut short or damaged")
        with open(path, "rb") as handle:
            _check_central_directory(handle, size, path)
    except OSError as error:
        raise _cannot_read(path, error) from error
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, OSError,
            NotImplementedError, struct.error) as error:
        # OSError too: a lying directory makes zipfile seek before the start of the file.
        raise _corrupt(path, f"zip: {error}") from error
    try:
        _check_members(archive, size, path)
    except BaseException:
        archive.close()
        raise
    return archive


def _check_members(archive: zipfile.ZipFile, size: int, path: Path) -> None:
    """Exactly our three members, stored, unencrypted, with sizes the file can actually hold.

    Requiring the exact names refuses directories, ``..``, absolute paths and backslashes in
    one stroke; nothing is ever extracted to disk, but a name like that only comes from a
    forged file.
    """
    infos = archive.infolist()
    names = [info.filename for info in infos]
    if any(_dangerous_name(info.orig_filename) for info in infos):
        raise _unsafe(path, f"members {names!r}")
    if MANIFEST not in names:
        # Another kind of zip (a workbook, a photo archive) chosen by mistake.
        raise KtttError("package_not_a_package", file=path.name, reason=f"members {names[:5]!r}")
    if len(infos) != len(MEMBERS) or set(names) != MEMBERS:
        raise _unsafe(path, f"members {names!r}")
    total = 0
    for info in infos:
        if info.orig_filename != info.filename or info.is_dir():
            raise _unsafe(path, f"member name {info.orig_filename!r}")
        if info.compress_type != zipfile.ZIP_STORED or info.flag_bits & 0x1:
            raise _unsafe(path, f"{info.filename} compressed or encrypted")
        if (info.compress_size != info.file_size or info.header_offset < 0
                or info.header_offset + info.compress_size > size):
            raise _corrupt(path, f"{info.filename} claims {info.file_size} bytes")
        total += info.compress_size
    if total > size:
        raise _corrupt(path, "members claim more bytes than the file holds")
    if archive.getinfo(MANIFEST).file_size > MAX_MANIFEST_BYTES:
        raise _unsafe(path, "manifest too large")
    if archive.getinfo(SIGNATURE).file_size > MAX_SIGNATURE_BYTES:
        raise _unsafe(path, "signature too large")


def _dangerous_name(name: str) -> bool:
    """A name that would escape a folder if someone extracted the zip: a forgery, not a mistake."""
    parts = name.replace("\\", "/").split("/")
    return (name.startswith(("/", "\\")) or "\\" in name or "\x00" in name or ".." in parts
            or (len(name) > 1 and name[1] == ":"))


def _read_member(archive: zipfile.ZipFile, name: str, path: Path) -> bytes:
    try:
        return archive.read(name)
    except (zipfile.BadZipFile, EOFError, ValueError, NotImplementedError, struct.error) as error:
        raise _corrupt(path, f"{name}: {error}") from error


def read_manifest(path: Path) -> tuple[dict[str, Any], bytes, bytes]:
    """The manifest, its exact bytes and the signature, after every structural check.

    Nothing here is authenticated yet: it is what the file *claims*. The format version is
    checked before the signature on purpose — a newer format may sign differently, and the
    officer needs "update the software", not "forged".
    """
    with _open_archive(path) as archive:
        try:
            manifest_bytes = _read_member(archive, MANIFEST, path)
            signature = _read_member(archive, SIGNATURE, path)
        except OSError as error:
            raise _cannot_read(path, error) from error
    try:
        manifest = json.loads(manifest_bytes.decode("utf-8"))
    except (ValueError, RecursionError):
        raise KtttError("package_not_a_package", file=path.name, reason="manifest is not JSON") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise KtttError("package_not_a_package", file=path.name, reason="format is not kttt-sync")
    version = manifest.get("format_version")
    if not _is_int(version) or version < 1:
        raise _corrupt(path, f"format_version {version!r}")
    if version > FORMAT_VERSION:
        raise KtttError("package_newer_format", file=path.name, version=version,
                        supported=FORMAT_VERSION)
    return manifest, manifest_bytes, signature


# --------------------------------------------------------------------------- reading: contents


def _payload_fields(manifest: dict[str, Any], path: Path) -> dict[str, Any]:
    """Check the signed payload description; malformed means a broken sender, so corrupt."""
    payload = manifest.get("payload")
    if not isinstance(payload, dict):
        raise _corrupt(path, "no payload description")
    sha = payload.get("sha256")
    if not isinstance(sha, str) or len(sha) != 64 or any(c not in "0123456789abcdef" for c in sha):
        raise _corrupt(path, "payload.sha256")
    for name in ("size", "plain_size", "items", "chunk"):
        if not _is_int(payload.get(name)) or payload[name] < 0:
            raise _corrupt(path, f"payload.{name}")
    if not _MIN_CHUNK <= payload["chunk"] <= _MAX_CHUNK:
        raise _corrupt(path, "payload.chunk")
    if payload.get("compression") != "zlib":
        raise _corrupt(path, "payload.compression")
    try:
        header = base64.b64decode(str(payload.get("header", "")), validate=True)
        sealed_key = base64.b64decode(str(payload.get("sealed_key", "")), validate=True)
    except (binascii.Error, ValueError):
        raise _corrupt(path, "payload header or sealed key") from None
    if len(header) != _HEADERBYTES or not sealed_key:
        raise _corrupt(path, "payload header or sealed key")
    if payload["plain_size"] > MAX_PLAIN_BYTES:
        raise _too_large(path, MAX_PLAIN_BYTES, f"declared plain_size {payload['plain_size']}")
    return {**payload, "header": header, "sealed_key": sealed_key}


class OpenedPackage:
    """A package whose sender, receiver and signature are checked, ready to be read.

    `items()` decrypts while it reads, so its guarantees hold only once it is exhausted:
    **callers must consume `items()` fully inside their database transaction and roll back on
    any exception** (the importer does). `open_package` already verified the payload's SHA-256,
    so a damaged or swapped file fails before anything is yielded; what can still fail midway
    comes from a validly signed but faulty package (or a file changed on disk meanwhile).
    `items()` may be called again (for a preview, then the import); each call re-reads the file.
    """

    def __init__(self, path: Path, manifest: dict[str, Any], manifest_bytes: bytes,
                 signature: bytes, payload: dict[str, Any], key: bytes) -> None:
        self.path = path
        self.manifest = manifest
        self.manifest_bytes = manifest_bytes
        self.signature = signature
        self._payload = payload
        self._key = key

    def __repr__(self) -> str:
        return f"OpenedPackage({str(self.path)!r}, items={self._payload['items']})"

    def _frames(self, archive: zipfile.ZipFile) -> Iterator[bytes]:
        """Encrypted frames of payload.bin, hashed and counted as they pass."""
        path = self.path
        frame_size = self._payload["chunk"] + _ABYTES
        digest = hashlib.sha256()
        size = 0
        with archive.open(PAYLOAD) as member:
            while True:
                frame = _read_exact(member, frame_size)
                if not frame:
                    break
                digest.update(frame)
                size += len(frame)
                if size > self._payload["size"]:
                    raise _corrupt(path, "payload longer than declared")
                yield frame
        if size != self._payload["size"] or digest.hexdigest() != self._payload["sha256"]:
            raise _corrupt(path, "payload changed since it was opened")

    def items(self) -> Iterator[dict[str, Any]]:
        """Yield the items in the order they were written; see the class docstring for the contract."""
        path = self.path
        try:
            with _open_archive(path) as archive:
                yield from self._decode(archive)
        except OSError as error:
            raise _cannot_read(path, error) from error
        except (zipfile.BadZipFile, EOFError, struct.error) as error:
            raise _corrupt(path, f"zip: {error}") from error

    def _decode(self, archive: zipfile.ZipFile) -> Iterator[dict[str, Any]]:
        path = self.path
        declared_plain = self._payload["plain_size"]
        limit = min(declared_plain, MAX_PLAIN_BYTES)
        state = crypto_secretstream_xchacha20poly1305_state()
        try:
            crypto_secretstream_xchacha20poly1305_init_pull(state, self._payload["header"], self._key)
        except (nacl.exceptions.CryptoError, ValueError, TypeError) as error:
            raise _corrupt(path, "stream header") from error
        inflater = zlib.decompressobj()
        produced = 0
        count = 0
        pending = b""
        finished = False
        for frame in self._frames(archive):
            if finished:
                raise _corrupt(path, "data after the final frame")
            try:
                compressed, tag = crypto_secretstream_xchacha20poly1305_pull(state, frame, None)
            except (nacl.exceptions.CryptoError, ValueError, TypeError) as error:
                raise _corrupt(path, "frame does not decrypt") from error
            if tag == _TAG_FINAL:
                finished = True
            elif tag != _TAG_MESSAGE:
                raise _corrupt(path, f"unexpected frame tag {tag}")
            data = compressed
            while True:
                if inflater.eof:
                    if data or inflater.unused_data:
                        raise _corrupt(path, "data after the compressed stream")
                    break
                try:
                    out = inflater.decompress(data, _INFLATE_STEP)
                except zlib.error as error:
                    raise _corrupt(path, f"zlib: {error}") from error
                produced += len(out)
                if produced > limit:
                    raise _too_large(path, limit, f"payload inflates beyond {limit} bytes")
                if out:
                    lines = (pending + out).split(b"\n")
                    pending = lines.pop()
                    if len(pending) > MAX_ITEM_BYTES:
                        raise _too_large(path, MAX_ITEM_BYTES, "one item is too large")
                    for line in lines:
                        count += 1
                        if count > self._payload["items"]:
                            raise _corrupt(path, "more items than declared")
                        yield _parse_line(line, path)
                data = inflater.unconsumed_tail
                # Output filled the step: zlib may hold more even with no input left.
                if not data and len(out) < _INFLATE_STEP:
                    break
        if not finished:
            raise _corrupt(path, "final frame missing")
        if inflater.unused_data:
            raise _corrupt(path, "data after the compressed stream")
        if not inflater.eof or pending:
            raise _corrupt(path, "compressed stream incomplete")
        if produced != declared_plain:
            raise _corrupt(path, f"{produced} plain bytes, {declared_plain} declared")
        if count != self._payload["items"]:
            raise _corrupt(path, f"{count} items, {self._payload['items']} declared")


def _parse_line(line: bytes, path: Path) -> dict[str, Any]:
    try:
        item = orjson.loads(line)  # validates UTF-8 too; several times faster than json
    except (ValueError, RecursionError):
        raise _corrupt(path, "a line is not JSON") from None
    if not isinstance(item, dict):
        raise _corrupt(path, "a line is not a JSON object")
    return item


def _read_exact(stream: IO[bytes], n: int) -> bytes:
    """Up to `n` bytes, fewer only at the end (a single read may legally return less)."""
    parts: list[bytes] = []
    wanted = n
    while wanted:
        part = stream.read(wanted)
        if not part:
            break
        parts.append(part)
        wanted -= len(part)
    return b"".join(parts)


def _verify_payload_digest(archive: zipfile.ZipFile, payload: dict[str, Any], path: Path) -> None:
    """One streaming pass over payload.bin before anything is decrypted or yielded.

    A damaged copy or a payload swapped from another package is refused here, whole, rather
    than after some items were already handed out.
    """
    info = archive.getinfo(PAYLOAD)
    if info.file_size != payload["size"]:
        raise _corrupt(path, f"payload.bin has {info.file_size} bytes, {payload['size']} declared")
    digest = hashlib.sha256()
    try:
        with archive.open(PAYLOAD) as member:
            while block := member.read(_READ_STEP):
                digest.update(block)
    except (zipfile.BadZipFile, EOFError, struct.error) as error:
        raise _corrupt(path, f"payload.bin: {error}") from error
    if digest.hexdigest() != payload["sha256"]:
        raise _corrupt(path, "payload.bin does not match the signed digest")


def open_package(
    path: Path,
    receiver_keys: SiteKeys,
    receiver_code: str,
    sender_public: Callable[[str], PublicKeys | None],
) -> OpenedPackage:
    """Check that the package is for us, from a sender we know, and signed by it; nothing is written.

    Order matters for the message an officer reads: a file for another commune is named as
    such before any cryptography, and an unknown sender before a signature can be tried.
    Then the payload's digest is checked and its key unsealed, so what `items()` later meets
    can only be a fault of a genuinely signed package.
    """
    manifest, manifest_bytes, signature = read_manifest(path)
    receiver = _unit_code(manifest, "receiver")
    sender = _unit_code(manifest, "sender")
    if receiver is None or sender is None:
        raise _corrupt(path, "sender or receiver missing")
    if receiver != receiver_code:
        raise KtttError("package_wrong_receiver", file=path.name, receiver=receiver, ours=receiver_code)
    public = sender_public(sender)
    if public is None:
        raise KtttError("package_unknown_sender", file=path.name, sender=sender)
    if not verify(public, manifest_bytes, signature):
        raise KtttError("package_bad_signature", file=path.name, sender=sender)
    try:
        if canonical_json(manifest) != manifest_bytes:
            raise _corrupt(path, "manifest is not canonical")
    except ValueError as error:
        raise _corrupt(path, "manifest is not canonical") from error
    payload = _payload_fields(manifest, path)
    try:
        key = nacl.public.SealedBox(nacl.public.PrivateKey(receiver_keys.box_secret)).decrypt(
            payload["sealed_key"])
    except (nacl.exceptions.CryptoError, ValueError, TypeError):
        raise KtttError("package_wrong_key", file=path.name, sender=sender) from None
    if len(key) != _KEYBYTES:
        raise _corrupt(path, "sealed key has the wrong length")
    with _open_archive(path) as archive:
        try:
            _verify_payload_digest(archive, payload, path)
        except OSError as error:
            raise _cannot_read(path, error) from error
    return OpenedPackage(path, manifest, manifest_bytes, signature, payload, key)
