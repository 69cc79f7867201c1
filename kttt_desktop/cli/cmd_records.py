"""`kttt records list|get|put|delete|restore`: the records, as JSON, for scripts and batch jobs."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from kttt_desktop.cli.common import add_db_option, open_existing, print_json, stream_json_array
from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.records.fields import RECORD_TYPES, record_type_named

DEFAULT_DELETE_REASON = "Xóa bằng lệnh kttt (không ghi lý do)"
# Program-managed keys that `records list --json` prints; `put` ignores them so a listed
# record can be edited and put back. "version" is used to refuse overwriting a newer edit.
ROUND_TRIP_KEYS = ("owner", "created_at", "created_by", "updated_at", "updated_by", "deleted",
                   "deleted_at", "deleted_by", "delete_reason")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("records", help="xem, thêm, sửa, xóa bản ghi")
    actions = parser.add_subparsers(dest="action", metavar="THAO_TÁC", required=True)
    types = sorted(RECORD_TYPES)

    listing = actions.add_parser("list", help="liệt kê bản ghi")
    add_db_option(listing)
    listing.add_argument("--type", choices=types, required=True)
    listing.add_argument("--include-deleted", action="store_true", help="kể cả bản ghi đã xóa")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(run=run_list)

    get = actions.add_parser("get", help="xem một bản ghi")
    add_db_option(get)
    get.add_argument("--type", choices=types, required=True)
    get.add_argument("--id", required=True)
    get.set_defaults(run=run_get)

    put = actions.add_parser("put", help="thêm (không có \"id\") hoặc sửa (có \"id\") một bản ghi")
    add_db_option(put)
    put.add_argument("--type", choices=types, required=True)
    put.add_argument("--json", required=True, dest="payload", metavar="JSON",
                     help="các trường dạng JSON, ví dụ '{\"name\": \"HTX Chè Bum Tở\"}'")
    put.set_defaults(run=run_put)

    delete = actions.add_parser("delete", help="xóa (đánh dấu xóa, có thể khôi phục)")
    add_db_option(delete)
    delete.add_argument("--type", choices=types, required=True)
    delete.add_argument("--id", required=True)
    delete.add_argument("--reason", default="", help="lý do xóa")
    delete.set_defaults(run=run_delete)

    duplicates = actions.add_parser("duplicates", help="các bản ghi nghi trùng (cùng mã số thuế; "
                                                        "cùng CCCD trong một tổ chức)")
    add_db_option(duplicates)
    duplicates.add_argument("--json", action="store_true")
    duplicates.set_defaults(run=run_duplicates)

    restore = actions.add_parser("restore", help="khôi phục bản ghi đã xóa")
    add_db_option(restore)
    restore.add_argument("--type", choices=types, required=True)
    restore.add_argument("--id", required=True)
    restore.add_argument("--reason", default="", help="lý do khôi phục")
    restore.set_defaults(run=run_restore)


def run_list(args: argparse.Namespace) -> int:
    with open_existing(args) as registry:
        records = registry.list_records(args.type, include_deleted=args.include_deleted)
        if args.json:
            stream_json_array(records)
        else:
            rt = record_type_named(args.type)
            for record in records:
                mark = " [đã xóa]" if record["deleted"] else ""
                print(f"{record['id']}\t{rt.title_of(record)}{mark}")
    return 0


def run_get(args: argparse.Namespace) -> int:
    with open_existing(args) as registry:
        print_json(registry.get(args.type, args.id))
    return 0


# What the parser says went wrong (its message starts with one of these), as the message
# that tells an officer what to check; the parser's English never reaches them.
_JSON_FAULTS = (("Unterminated string", "bad_json_unclosed_string"),
                ("Invalid control character", "bad_json_control_character"),
                ("Invalid \\", "bad_json_escape"),
                ("Expecting property name", "bad_json_name"),
                ("Expecting ':'", "bad_json_colon"),
                ("Expecting ','", "bad_json_comma"),
                ("Expecting value", "bad_json_value"),
                ("Extra data", "bad_json_extra"),
                ("Illegal trailing comma", "bad_json_trailing_comma"))


def _unreadable(exc: json.JSONDecodeError) -> KtttError:
    """The coded error for JSON that does not parse: where (line, column) and what to check."""
    code = next((code for start, code in _JSON_FAULTS if exc.msg.startswith(start)), "bad_json_syntax")
    return KtttError(code, line=exc.lineno, column=exc.colno)


def _parse_payload(text: str) -> dict[str, Any]:
    try:
        payload = json.loads(text)
    except json.JSONDecodeError as exc:
        raise _unreadable(exc) from None
    except RecursionError:
        raise KtttError("bad_json", detail="các dấu ngoặc lồng nhau quá sâu") from None
    if not isinstance(payload, dict):
        raise KtttError("bad_json", detail="cần một đối tượng {...}")
    for key in ("id", "version"):
        if key in payload and payload[key] is not None and not isinstance(payload[key], (str, int)):
            raise KtttError("bad_json", detail=f"«{key}» phải là chữ hoặc số")
    return payload


def run_put(args: argparse.Namespace) -> int:
    payload = _parse_payload(args.payload)
    with open_existing(args) as registry:
        record_id = payload.pop("id", None)
        expected = payload.pop("version", None)
        for managed in ROUND_TRIP_KEYS:  # what `records list --json` prints may be put back as is
            payload.pop(managed, None)
        if record_id:
            result = registry.update(args.type, record_id, payload, expected_version=expected)
        else:
            result = registry.create(args.type, payload)
    for warning in result.warnings:
        print(f"Lưu ý: {warning.message()}", file=sys.stderr)
    print_json(result.record)
    return 0


def _print_after(args: argparse.Namespace, write: str) -> int:
    """Run one tombstone write (delete or restore) and print the record as it now is."""
    with open_existing(args) as registry:
        result = getattr(registry, write)(args.type, args.id, args.reason)
    print_json(result.record)
    return 0


def run_delete(args: argparse.Namespace) -> int:
    # A blank reason (`--reason ""`, spaces) is no reason, as leaving --reason out is: both are
    # recorded with the note that the command gave none, never refused one way and not the other.
    args.reason = args.reason.strip() or DEFAULT_DELETE_REASON
    return _print_after(args, "delete")


def run_restore(args: argparse.Namespace) -> int:
    return _print_after(args, "restore")


def run_duplicates(args: argparse.Namespace) -> int:
    with open_existing(args) as registry:
        groups = registry.likely_duplicates()
    if args.json:
        print_json([group.as_json() for group in groups])
        return 0
    if not groups:
        print("Không có bản ghi nghi trùng.")
    for group in groups:
        what = "Mã số thuế" if group.kind == "tax_code" else "Số CCCD (cùng tổ chức)"
        listed = "; ".join(f"{title} (xã {owner}, mã {record_id})"
                           for record_id, owner, title in zip(group.record_ids, group.owners, group.titles,
                                                              strict=True))
        print(f"{what} {group.key}: {listed}")
    return 0
