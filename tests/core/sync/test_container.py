"""Sync package files: round trip, atomic writing, bounded memory, and a corpus of hostile files.

Every bad file must be refused with its own code and without a single item handed out,
because the importer writes what `items()` yields.
"""

from __future__ import annotations

import hashlib
import json
import struct
import time
import tracemalloc
import zipfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.sync import container
from kttt_desktop.core.sync.container import (
    FORMAT,
    FORMAT_VERSION,
    MANIFEST,
    PAYLOAD,
    SIGNATURE,
    OpenedPackage,
    canonical_json,
    open_package,
    read_manifest,
    write_package,
)
from kttt_desktop.core.sync.keys import PublicKeys, SiteKeys, verify

COMMUNE = "03433"
DISTRICT = "089"

COMMUNE_KEYS = SiteKeys.generate()
DISTRICT_KEYS = SiteKeys.generate()
FORGER_KEYS = SiteKeys.generate()


def base_manifest() -> dict[str, Any]:
    return {
        "kind": "changes",
        "sender": {"unit_code": COMMUNE, "level": "commune", "name": "Xã Bum Tở"},
        "receiver": {"unit_code": DISTRICT, "level": "district"},
        "sequence": {"first": 1, "last": 10},
        "counts": {"member": 10},
    }


def sample_items(count: int, start: int = 0) -> Iterator[dict[str, Any]]:
    """Items with Vietnamese text and characters that must not split JSON lines."""
    for i in range(start, start + count):
        yield {
            "seq": i + 1,
            "type": "member",
            "id": f"00000000-0000-4000-8000-{i:012d}",
            "fields": {"full_name": "Nguyễn Thị Hương", "id_number": f"0010{i:08d}",
                       "note": "dòng một\ndòng hai\u2028\u0085 «hết»"},
        }


def known_senders(code: str) -> PublicKeys | None:
    return COMMUNE_KEYS.public() if code == COMMUNE else None


def make(path: Path, items: Iterable[dict[str, Any]] | None = None, *,
         receiver: PublicKeys | None = None, manifest: dict[str, Any] | None = None) -> dict[str, Any]:
    return write_package(path, manifest or base_manifest(),
                         sample_items(50) if items is None else items,
                         COMMUNE_KEYS, receiver or DISTRICT_KEYS.public())


def open_as_district(path: Path, code: str = DISTRICT,
                     senders: Callable[[str], PublicKeys | None] = known_senders) -> OpenedPackage:
    return open_package(path, DISTRICT_KEYS, code, senders)


def refusal(path: Path, code: str = DISTRICT,
            senders: Callable[[str], PublicKeys | None] = known_senders) -> KtttError:
    """Open and read `path` as the importer would; it must fail before yielding anything."""
    yielded: list[dict[str, Any]] = []
    with pytest.raises(KtttError) as info:
        opened = open_as_district(path, code, senders)
        for item in opened.items():
            yielded.append(item)
    assert yielded == []
    return info.value


def members_of(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def rebuild(path: Path, members: Iterable[tuple[str, bytes]],
            compression: int = zipfile.ZIP_STORED) -> Path:
    with zipfile.ZipFile(path, "w", compression=compression) as archive:
        for name, data in members:
            archive.writestr(zipfile.ZipInfo(name), data, compress_type=compression)
    return path


def resign(src: Path, dst: Path, change: Callable[[dict[str, Any]], None],
           key: SiteKeys = COMMUNE_KEYS) -> Path:
    """A copy of `src` with its manifest changed and signed by `key`."""
    members = members_of(src)
    manifest = json.loads(members[MANIFEST])
    change(manifest)
    members[MANIFEST] = canonical_json(manifest)
    members[SIGNATURE] = key.sign(members[MANIFEST])
    return rebuild(dst, members.items())


@pytest.fixture
def good(tmp_path: Path) -> Path:
    path = tmp_path / "good.kttt"
    make(path)
    return path


# ------------------------------------------------------------------------------ round trip


def test_round_trip_keeps_content_and_order(tmp_path: Path) -> None:
    path = tmp_path / "round.kttt"
    final = make(path, sample_items(10_000))
    opened = open_as_district(path)
    assert list(opened.items()) == list(sample_items(10_000))
    assert opened.manifest == final
    assert opened.path == path
    # Re-readable: a preview, then the import.
    assert sum(1 for _ in opened.items()) == 10_000


def test_manifest_is_completed_signed_and_caller_copy_untouched(tmp_path: Path) -> None:
    path = tmp_path / "fields.kttt"
    given = base_manifest()
    final = make(path, sample_items(123), manifest=given)
    assert given == base_manifest()
    assert final["format"] == FORMAT and final["format_version"] == FORMAT_VERSION
    assert final["kind"] == "changes" and final["sender"]["unit_code"] == COMMUNE
    members = members_of(path)
    assert list(members) == [PAYLOAD, MANIFEST, SIGNATURE]
    payload = final["payload"]
    assert payload["sha256"] == hashlib.sha256(members[PAYLOAD]).hexdigest()
    assert payload["size"] == len(members[PAYLOAD])
    assert payload["items"] == 123
    lines = b"".join(json.dumps(item, ensure_ascii=False, separators=(",", ":")).encode() + b"\n"
                     for item in sample_items(123))
    assert payload["plain_size"] == len(lines)
    assert payload["compression"] == "zlib" and payload["chunk"] == container.CHUNK
    assert payload["sealed_key"] and payload["header"]
    manifest, manifest_bytes, signature = read_manifest(path)
    assert manifest == final
    assert manifest_bytes == canonical_json(final) == members[MANIFEST]
    assert verify(COMMUNE_KEYS.public(), manifest_bytes, signature)
    with zipfile.ZipFile(path) as archive:
        assert all(info.compress_type == zipfile.ZIP_STORED for info in archive.infolist())


def test_payload_reveals_no_citizen_data(tmp_path: Path) -> None:
    path = tmp_path / "private.kttt"
    make(path, sample_items(200))
    raw = path.read_bytes()
    assert b"00100000001" not in raw and "Hương".encode() not in raw


def test_empty_and_multi_chunk_packages(tmp_path: Path) -> None:
    empty = tmp_path / "empty.kttt"
    assert make(empty, [])["payload"]["items"] == 0
    assert list(open_as_district(empty).items()) == []
    # Incompressible text spreads over many frames.
    big = [{"seq": i, "blob": "".join(hashlib.sha512(f"{i}-{j}".encode()).hexdigest() for j in range(8))}
           for i in range(400)]
    path = tmp_path / "chunks.kttt"
    final = make(path, big)
    assert final["payload"]["size"] > 3 * container.CHUNK
    assert list(open_as_district(path).items()) == big


def test_progress_is_reported(tmp_path: Path) -> None:
    seen: list[int] = []
    write_package(tmp_path / "p.kttt", base_manifest(), sample_items(12_345), COMMUNE_KEYS,
                  DISTRICT_KEYS.public(), progress=seen.append)
    assert seen == sorted(seen) and seen[-1] == 12_345 and len(seen) >= 2


def test_manifest_without_units_is_a_programming_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        write_package(tmp_path / "x.kttt", {"kind": "changes"}, [], COMMUNE_KEYS, DISTRICT_KEYS.public())
    assert list(tmp_path.iterdir()) == []


# ------------------------------------------------------------------------------ atomic writing


def test_failure_mid_stream_leaves_no_file_and_no_temp(tmp_path: Path) -> None:
    final_path = tmp_path / "out.kttt"

    def failing() -> Iterator[dict[str, Any]]:
        for n, item in enumerate(sample_items(20_000)):
            if n == 7_000:
                assert not final_path.exists(), "package visible before it is complete"
                raise RuntimeError("power cut")
            yield item

    with pytest.raises(RuntimeError, match="power cut"):
        write_package(final_path, base_manifest(), failing(), COMMUNE_KEYS, DISTRICT_KEYS.public())
    assert list(tmp_path.iterdir()) == []


def test_failure_keeps_the_previous_package_intact(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "out.kttt"
    make(path, sample_items(10))
    before = path.read_bytes()

    def no_space(*args: Any, **kwargs: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(container.os, "fsync", no_space)
    with pytest.raises(KtttError) as info:
        make(path, sample_items(100))
    assert info.value.code == "disk_full"
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["out.kttt"]


def test_unwritable_destination_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(KtttError) as info:
        make(tmp_path / "no such folder" / "out.kttt")
    assert info.value.code == "package_write_failed"


# ------------------------------------------------------------------------------ refusals


def test_wrong_receiver_names_both_codes(good: Path) -> None:
    error = refusal(good, code="090")
    assert error.code == "package_wrong_receiver"
    assert DISTRICT in str(error) and "090" in str(error)


def test_unknown_sender(good: Path) -> None:
    error = refusal(good, senders=lambda code: None)
    assert error.code == "package_unknown_sender" and COMMUNE in str(error)


def test_sender_key_mismatch_is_a_bad_signature(good: Path) -> None:
    error = refusal(good, senders=lambda code: FORGER_KEYS.public())
    assert error.code == "package_bad_signature"
    assert "chưa nhập gì" in str(error).lower()


def test_manifest_altered_without_resigning(good: Path, tmp_path: Path) -> None:
    members = members_of(good)
    manifest = json.loads(members[MANIFEST])
    manifest["counts"]["member"] = 11
    members[MANIFEST] = canonical_json(manifest)
    assert refusal(rebuild(tmp_path / "altered.kttt", members.items())).code == "package_bad_signature"


def test_manifest_resigned_by_a_forger(good: Path, tmp_path: Path) -> None:
    forged = resign(good, tmp_path / "forged.kttt",
                    lambda m: m["counts"].update(member=999), key=FORGER_KEYS)
    assert refusal(forged).code == "package_bad_signature"


def test_signature_swapped_in_from_another_package(good: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.kttt"
    make(other, sample_items(5))
    members = members_of(good)
    members[SIGNATURE] = members_of(other)[SIGNATURE]
    assert refusal(rebuild(tmp_path / "mixed.kttt", members.items())).code == "package_bad_signature"


def test_payload_swapped_from_another_package(good: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.kttt"
    make(other, sample_items(50, start=1000))
    members = members_of(good)
    members[PAYLOAD] = members_of(other)[PAYLOAD]
    assert refusal(rebuild(tmp_path / "swapped.kttt", members.items())).code == "package_corrupt"


@pytest.mark.parametrize("where", [0, 23, 100, -17, -1])
def test_one_byte_flipped_in_payload(good: Path, tmp_path: Path, where: int) -> None:
    members = members_of(good)
    payload = bytearray(members[PAYLOAD])
    payload[where] ^= 0x01
    members[PAYLOAD] = bytes(payload)
    assert refusal(rebuild(tmp_path / "flipped.kttt", members.items())).code == "package_corrupt"


def test_one_byte_flipped_in_place(good: Path) -> None:
    """Not rebuilt: the zip's own CRC no longer matches either."""
    raw = bytearray(good.read_bytes())
    raw[len(raw) // 3] ^= 0x40
    good.write_bytes(bytes(raw))
    assert refusal(good).code == "package_corrupt"


def test_truncated_at_many_offsets(good: Path, tmp_path: Path) -> None:
    raw = good.read_bytes()
    for cut in (4, 30, 100, len(raw) // 3, len(raw) // 2, len(raw) - 200, len(raw) - 23, len(raw) - 1):
        path = tmp_path / f"cut-{cut}.kttt"
        path.write_bytes(raw[:cut])
        assert refusal(path).code == "package_corrupt", cut


def test_payload_encrypted_for_another_key_of_the_receiver(tmp_path: Path) -> None:
    """Same unit code, but the district reinstalled and has new keys."""
    path = tmp_path / "old-key.kttt"
    make(path, receiver=SiteKeys.generate().public())
    assert refusal(path).code == "package_wrong_key"


def test_newer_format_asks_for_an_update(good: Path, tmp_path: Path) -> None:
    newer = resign(good, tmp_path / "newer.kttt", lambda m: m.update(format_version=FORMAT_VERSION + 1))
    error = refusal(newer)
    assert error.code == "package_newer_format"
    assert "hãy cập nhật phần mềm" in str(error).lower()
    assert "update the software" in error.message("en")


@pytest.mark.parametrize("version", [0, -1, "1", 1.0, None, True])
def test_nonsense_format_version(good: Path, tmp_path: Path, version: Any) -> None:
    odd = resign(good, tmp_path / "odd.kttt", lambda m: m.update(format_version=version))
    assert refusal(odd).code == "package_corrupt"


@pytest.mark.parametrize("change", [
    lambda m: m["payload"].update(items=m["payload"]["items"] + 1),
    lambda m: m["payload"].update(items=m["payload"]["items"] - 1),
    lambda m: m["payload"].update(plain_size=m["payload"]["plain_size"] + 1),
    lambda m: m["payload"].update(size=m["payload"]["size"] + 1),
    lambda m: m["payload"].update(compression="bz2"),
    lambda m: m["payload"].update(header="AAAA"),
    lambda m: m.pop("payload"),
    lambda m: m["receiver"].pop("unit_code"),
])
def test_signed_but_inconsistent_manifest(good: Path, tmp_path: Path, change: Callable) -> None:
    """A genuine sender with a bug: the signature holds, the numbers do not."""
    path = resign(good, tmp_path / "inconsistent.kttt", change)
    yielded: list[dict[str, Any]] = []
    with pytest.raises(KtttError) as info:
        for item in open_as_district(path).items():
            yielded.append(item)
    assert info.value.code == "package_corrupt"
    # Counting stops at the first surplus item; a shortfall shows only at the end, which is
    # why the importer consumes everything inside its transaction.
    assert len(yielded) <= 50


@pytest.mark.parametrize("chunk", [container.CHUNK // 2, container.CHUNK * 2, 100])
def test_signed_but_wrong_frame_size(tmp_path: Path, chunk: int) -> None:
    """Frames are cut at the declared size; any other size breaks authentication or the format."""
    path = tmp_path / "frames.kttt"
    make(path, [{"blob": hashlib.sha512(str(i).encode()).hexdigest()} for i in range(3000)])
    assert refusal(resign(path, tmp_path / "chunk.kttt",
                          lambda m: m["payload"].update(chunk=chunk))).code == "package_corrupt"


def test_zip_bomb_inside_a_genuine_package(tmp_path: Path) -> None:
    """Decryption succeeds, but the payload inflates far beyond its declared plain size."""
    path = tmp_path / "bomb-source.kttt"
    final = make(path, [{"blob": "a" * 30_000_000}])
    assert final["payload"]["size"] < 100_000
    bomb = resign(path, tmp_path / "bomb.kttt", lambda m: m["payload"].update(plain_size=1000))
    error = refusal(bomb)
    assert error.code == "package_too_large"


def test_declared_plain_size_above_the_hard_cap(good: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(container, "MAX_PLAIN_BYTES", 100)
    assert refusal(good).code == "package_too_large"


def test_one_giant_line_within_the_declared_size(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "line.kttt"
    make(path, [{"blob": "b" * 2_000_000}])
    monkeypatch.setattr(container, "MAX_ITEM_BYTES", 1_000_000)
    assert refusal(path).code == "package_too_large"


def test_file_larger_than_the_limit(good: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(container, "MAX_PACKAGE_BYTES", good.stat().st_size - 1)
    error = refusal(good)
    assert error.code == "package_too_large"


@pytest.mark.parametrize("line", ["[1, 2]", "{not json", "", "\"text\"", "{\"a\": 1} {\"b\": 2}"])
def test_lines_that_are_not_json_objects(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         line: str) -> None:
    path = tmp_path / "lines.kttt"
    monkeypatch.setattr(container, "_encode_line", lambda item: line.encode("utf-8") + b"\n")
    make(path, sample_items(3))
    monkeypatch.undo()
    assert refusal(path).code == "package_corrupt"


def test_extra_member(good: Path, tmp_path: Path) -> None:
    members = list(members_of(good).items()) + [("readme.txt", b"hello")]
    assert refusal(rebuild(tmp_path / "extra.kttt", members)).code == "package_unsafe"


@pytest.mark.parametrize("name", ["../evil.txt", "/abs", "..\\evil.txt", "C:/evil.txt", "dir/"])
def test_path_traversal_member(good: Path, tmp_path: Path, name: str) -> None:
    members = list(members_of(good).items()) + [(name, b"evil")]
    assert refusal(rebuild(tmp_path / "evil.kttt", members)).code == "package_unsafe"


@pytest.mark.parametrize("name", ["../payload.bin", "/payload.bin", "sub/payload.bin"])
def test_member_renamed_outside(good: Path, tmp_path: Path, name: str) -> None:
    members = [(name if n == PAYLOAD else n, data) for n, data in members_of(good).items()]
    assert refusal(rebuild(tmp_path / "renamed.kttt", members)).code == "package_unsafe"


def test_duplicate_member(good: Path, tmp_path: Path) -> None:
    members = list(members_of(good).items())
    with pytest.warns(UserWarning):
        path = rebuild(tmp_path / "dup.kttt", members + [members[0]])
    assert refusal(path).code == "package_unsafe"


def test_compressed_members_are_refused(good: Path, tmp_path: Path) -> None:
    path = rebuild(tmp_path / "deflated.kttt", members_of(good).items(), zipfile.ZIP_DEFLATED)
    assert refusal(path).code == "package_unsafe"


def test_oversized_manifest_and_signature(good: Path, tmp_path: Path) -> None:
    members = members_of(good)
    big = dict(members, **{MANIFEST: b" " * (container.MAX_MANIFEST_BYTES + 1)})
    assert refusal(rebuild(tmp_path / "m.kttt", big.items())).code == "package_unsafe"
    long_signature = dict(members, **{SIGNATURE: b"s" * 2048})
    assert refusal(rebuild(tmp_path / "s.kttt", long_signature.items())).code == "package_unsafe"


def test_member_claiming_more_bytes_than_the_file(good: Path) -> None:
    raw = bytearray(good.read_bytes())
    entry = raw.find(b"PK\x01\x02")  # central directory entries; find payload.bin's
    while raw[entry + 46:entry + 46 + len(PAYLOAD)] != PAYLOAD.encode():
        entry = raw.find(b"PK\x01\x02", entry + 4)
        assert entry > 0
    struct.pack_into("<LL", raw, entry + 20, 0x7FFF0000, 0x7FFF0000)
    good.write_bytes(bytes(raw))
    assert refusal(good).code == "package_corrupt"


def test_huge_central_directory(tmp_path: Path) -> None:
    """Thousands of entries: refused before zipfile builds an object for each."""
    path = rebuild(tmp_path / "many.kttt", ((f"f{i}", b"") for i in range(3000)))
    assert refusal(path).code == "package_unsafe"


def test_not_a_package(tmp_path: Path, good: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("Biên bản họp xã\n", encoding="utf-8")
    assert refusal(text).code == "package_not_a_package"
    workbook = rebuild(tmp_path / "book.xlsx", [("[Content_Types].xml", b"<x/>"), ("xl/workbook.xml", b"<w/>")])
    assert refusal(workbook).code == "package_not_a_package"
    members = members_of(good)
    members[MANIFEST] = b'{"format": "something-else", "format_version": 1}'
    assert refusal(rebuild(tmp_path / "other.kttt", members.items())).code == "package_not_a_package"
    members[MANIFEST] = b"\xff\xfe not json"
    assert refusal(rebuild(tmp_path / "garbage.kttt", members.items())).code == "package_not_a_package"
    members[MANIFEST] = b"[1, 2, 3]"
    assert refusal(rebuild(tmp_path / "array.kttt", members.items())).code == "package_not_a_package"


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.kttt"
    path.write_bytes(b"")
    assert refusal(path).code == "package_corrupt"


def test_missing_file(tmp_path: Path) -> None:
    assert refusal(tmp_path / "gone.kttt").code == "package_not_found"
    assert refusal(tmp_path).code == "package_not_found"


def test_file_replaced_after_opening(good: Path, tmp_path: Path) -> None:
    """The USB stick's file changes between preview and import: still caught while streaming."""
    opened = open_as_district(good)
    other = tmp_path / "other.kttt"
    make(other, sample_items(50, start=500))
    good.write_bytes(other.read_bytes())
    with pytest.raises(KtttError) as info:
        list(opened.items())
    assert info.value.code == "package_corrupt"


def test_every_refusal_has_a_vietnamese_message_that_says_what_to_do() -> None:
    from kttt_desktop.core.messages import CATALOGUE

    codes = ["package_not_found", "package_cannot_read", "package_write_failed", "package_too_large",
             "package_corrupt", "package_unsafe", "package_not_a_package", "package_newer_format",
             "package_wrong_receiver", "package_unknown_sender", "package_bad_signature",
             "package_wrong_key", "keys_invalid"]
    for code in codes:
        vi, en = CATALOGUE[code]
        assert "Hãy" in vi or "hãy" in vi, code


# ------------------------------------------------------------------------------ scale


def test_memory_stays_bounded_while_streaming(tmp_path: Path) -> None:
    """Peak memory must not grow with the package: 40,000 items (about 4 MB of JSON) are
    written and read with far less than that held at once. The province-sized run (300,000
    items) is in the sync benchmark."""
    path = tmp_path / "province.kttt"
    count = 40_000
    small = ({"seq": i + 1, "id": f"{i:032x}", "op": "update", "fields": {"phone": "0912345678"}}
             for i in range(count))
    tracemalloc.start()
    try:
        started = time.perf_counter()
        final = make(path, small)
        written = time.perf_counter() - started
        _, write_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        started = time.perf_counter()
        seen = 0
        last_seq = 0
        for item in open_as_district(path).items():
            seen += 1
            assert item["seq"] == last_seq + 1
            last_seq = item["seq"]
        read = time.perf_counter() - started
        _, read_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert seen == count == final["payload"]["items"]
    print(f"\n{count} items under tracemalloc: write {written:.1f}s (peak {write_peak / 1e6:.1f} MB), "
          f"read {read:.1f}s (peak {read_peak / 1e6:.1f} MB), file {path.stat().st_size / 1e6:.1f} MB")
    plain = final["payload"]["plain_size"]
    assert plain > 3_000_000
    assert write_peak < plain / 2  # holding the package would take at least `plain`
    assert read_peak < plain / 2
