"""The sync story from the command line, exactly as CLI.md says: the district makes set-up
files, two communes start from them, enter and edit data, export; the district imports,
resolves a conflict, sends a correction and receipts back; the communes import them."""

from __future__ import annotations

import json
from pathlib import Path

from kttt_desktop.cli.main import main
from kttt_desktop.core.formats import format_time
from tests.core.factories import htx


def kttt(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        code = main([str(a) for a in argv])
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def ok(capsys, *argv: str) -> dict | list | str:
    code, out, err = kttt(capsys, *argv)
    assert code == 0, err
    try:
        return json.loads(out)
    except json.JSONDecodeError:
        return out


def test_district_and_two_communes(tmp_path: Path, capsys) -> None:
    district, bum_to, bum_nua = (tmp_path / f"{n}.sqlite" for n in ("district", "bumto", "bumnua"))
    ok(capsys, "init", "--db", district, "--level", "district", "--unit-code", "107",
       "--name", "Khu vực Mường Tè", "--officer", "Cán bộ huyện")
    setups = {}
    for code, name in (("03433", "Xã Bum Tở"), ("03466", "Xã Bum Nưa")):
        setups[code] = tmp_path / f"setup-{code}.json"
        made = ok(capsys, "sync", "setup-file", "--db", district, "--unit-code", code, "--name", name,
                  "--out", setups[code], "--json")
        assert made["fingerprint"] and made["upper_fingerprint"]
    ok(capsys, "init", "--db", bum_to, "--setup-file", setups["03433"], "--officer", "Lò Văn Hương")
    ok(capsys, "init", "--db", bum_nua, "--setup-file", setups["03466"], "--officer", "Chu Thị Sáu")

    org = ok(capsys, "records", "put", "--db", bum_to, "--type", "organization",
             "--json", json.dumps(htx(), ensure_ascii=False))
    ok(capsys, "records", "put", "--db", bum_nua, "--type", "organization",
       "--json", json.dumps(htx(name="HTX Sâm Bum Nưa", commune_code="03466"), ensure_ascii=False))
    up = tmp_path / "up"
    up.mkdir()
    first = ok(capsys, "sync", "export", "--db", bum_to, "--out", up, "--json")
    ok(capsys, "sync", "export", "--db", bum_nua, "--out", up, "--json")
    assert first["package_no"] == 1 and first["receiver"] == "107"

    files = sorted(up.glob("*.kttt"))
    preview = ok(capsys, "sync", "import", "--db", district, *files, "--dry-run", "--json")
    assert [p["status"] for p in preview["packages"]] == ["applied", "applied"]
    assert ok(capsys, "records", "list", "--db", district, "--type", "organization", "--json") == []
    receipts = tmp_path / "receipts"
    summary = ok(capsys, "sync", "import", "--db", district, *files, "--receipt-dir", receipts, "--json")
    assert summary["packages"][0]["counts"]["organization"]["new"] == 1
    assert {p["sender"] for p in summary["packages"]} == {"03433", "03466"}
    again = ok(capsys, "sync", "import", "--db", district, files[0], "--json")
    assert again["packages"][0]["status"] == "already_imported"
    listed = ok(capsys, "records", "list", "--db", district, "--type", "organization", "--json")
    assert {r["owner"] for r in listed} == {"03433", "03466"}

    # Same field edited at both levels: a conflict the district resolves.
    ok(capsys, "records", "put", "--db", district, "--type", "organization",
       "--json", json.dumps({"id": org["id"], "phone": "0912345678"}))
    ok(capsys, "records", "put", "--db", bum_to, "--type", "organization",
       "--json", json.dumps({"id": org["id"], "phone": "0987654321"}))
    second = tmp_path / "second"
    second.mkdir()
    ok(capsys, "sync", "export", "--db", bum_to, "--out", second)
    ok(capsys, "sync", "import", "--db", district, *second.glob("*.kttt"), "--receipt-dir", receipts)
    [conflict] = ok(capsys, "sync", "conflicts", "--db", district, "--json")
    said = ok(capsys, "sync", "conflicts", "--db", district)
    assert conflict["mine"]["at"] not in said and format_time(conflict["mine"]["at"]) in said
    assert conflict["field"] == "phone" and conflict["theirs"]["value"] == "0987654321"
    ok(capsys, "sync", "resolve", "--db", district, "--conflict", conflict["id"], "--take", "theirs")
    assert ok(capsys, "sync", "conflicts", "--db", district, "--json") == []

    # A correction goes down; the commune imports it with its receipts.
    ok(capsys, "records", "put", "--db", district, "--type", "organization",
       "--json", json.dumps({"id": org["id"], "village": "Bản Pa Ủ"}))
    down = tmp_path / "down"
    down.mkdir()
    correction = ok(capsys, "sync", "export", "--db", district, "--to", "03433", "--out", down, "--json")
    assert correction["kind"] == "correction"
    result = ok(capsys, "sync", "import", "--db", bum_to, correction["file"],
                *sorted(receipts.glob("*gui-03433*")), "--json")
    assert {p["kind"] for p in result["packages"]} == {"correction", "receipt"}
    record = ok(capsys, "records", "get", "--db", bum_to, "--type", "organization", "--id", org["id"])
    assert record["village"] == "Bản Pa Ủ" and record["phone"] == "0987654321"
    assert ok(capsys, "sync", "conflicts", "--db", bum_to, "--json") == []
    status = ok(capsys, "sync", "status", "--db", bum_to, "--json")
    [upper] = status["peers"]
    assert upper["unit_code"] == "107" and upper["acknowledged"] == upper["sent"] == 2


def test_a_bad_package_exits_1_with_a_vietnamese_line(tmp_path: Path, capsys) -> None:
    db = tmp_path / "district.sqlite"
    ok(capsys, "init", "--db", db, "--level", "district", "--unit-code", "107", "--name", "Khu vực Mường Tè")
    junk = tmp_path / "goi.kttt"
    junk.write_text("không phải gói", encoding="utf-8")
    code, out, err = kttt(capsys, "sync", "import", "--db", db, junk)
    assert code == 1 and "Traceback" not in err and err.strip()
    code, out, err = kttt(capsys, "sync", "import", "--db", db, junk, "--json")
    assert code == 1 and json.loads(out)["packages"][0]["status"] == "rejected"


def test_a_commune_without_an_upper_level_is_told_what_to_do(tmp_path: Path, capsys) -> None:
    db = tmp_path / "alone.sqlite"
    ok(capsys, "init", "--db", db, "--level", "commune", "--unit-code", "03433", "--name", "Xã Bum Tở")
    code, _, err = kttt(capsys, "sync", "export", "--db", db, "--out", tmp_path)
    assert code == 1 and "tệp thiết lập" in err


def district_and_communes(tmp_path: Path, capsys) -> tuple[Path, dict[str, Path]]:
    """A district (107) and two communes started from its set-up files, all by `kttt`."""
    district = tmp_path / "district.sqlite"
    ok(capsys, "init", "--db", district, "--level", "district", "--unit-code", "107", "--name", "Khu vực Mường Tè")
    communes = {}
    for code, name in (("03433", "Xã Bum Tở"), ("03466", "Xã Bum Nưa")):
        setup = tmp_path / f"setup-{code}.json"
        ok(capsys, "sync", "setup-file", "--db", district, "--unit-code", code, "--name", name, "--out", setup)
        communes[code] = tmp_path / f"{code}.sqlite"
        ok(capsys, "init", "--db", communes[code], "--setup-file", setup)
    return district, communes


def test_targets_go_to_all_communes(tmp_path: Path, capsys) -> None:
    from kttt_desktop.core.registry import Registry

    district, communes = district_and_communes(tmp_path, capsys)
    with Registry.open(district) as registry:
        registry.set_target("03466", "htx_count", 2030, 6)
    down = tmp_path / "down"
    down.mkdir()
    made = ok(capsys, "sync", "export", "--db", district, "--all-lower", "--out", down, "--json")
    assert sorted(p["receiver"] for p in made["packages"]) == ["03433", "03466"]
    to_bum_nua = next(p["file"] for p in made["packages"] if p["receiver"] == "03466")
    summary = ok(capsys, "sync", "import", "--db", communes["03466"], to_bum_nua, "--json")
    assert summary["packages"][0]["targets_updated"] is True
    with Registry.open(communes["03466"]) as registry:
        assert [(t.indicator, t.value) for t in registry.targets("03466")] == [("htx_count", 6.0)]

    code, _, err = kttt(capsys, "sync", "export", "--db", district, "--all-lower", "--out", tmp_path / "nowhere")
    assert code == 1 and "không phải là thư mục" in err


def test_a_package_with_a_change_the_commune_may_not_make_exits_1_and_the_district_sees_it(
        tmp_path: Path, capsys) -> None:
    from kttt_desktop.core.registry import Registry
    from tests.core.sync import forge

    district, communes = district_and_communes(tmp_path, capsys)
    org = ok(capsys, "records", "put", "--db", communes["03433"], "--type", "organization",
             "--json", json.dumps(htx(), ensure_ascii=False))
    up = tmp_path / "up"
    up.mkdir()
    ok(capsys, "sync", "import", "--db", district,
       ok(capsys, "sync", "export", "--db", communes["03433"], "--out", up, "--json")["file"])
    with Registry.open(communes["03466"]) as attacker:
        seq = attacker.last_change_seq() + 1
        hostile = forge.package(attacker, [forge.change("03466", seq, "organization", org["id"], "03433", "delete",
                                                        {"reason": "Giải thể"}, {"03433": 1, "03466": 1})],
                                up)
    named = hostile.rename(up / "goi-\x1b[31m.kttt")
    before = ok(capsys, "records", "list", "--db", district, "--type", "organization", "--json")

    code, out, err = kttt(capsys, "sync", "import", "--db", district, named)
    assert code == 1 and "Traceback" not in err and "\x1b" not in out + err
    assert err.count("\n") == 1 and "thay đổi thứ 1" in err and "03466" in err
    assert ok(capsys, "records", "list", "--db", district, "--type", "organization", "--json") == before
    code, out, _ = kttt(capsys, "sync", "import", "--db", district, named, "--json")
    assert code == 1 and json.loads(out)["packages"][0]["status"] == "rejected"

    status = ok(capsys, "sync", "status", "--db", district)
    assert "Xã Bum Nưa (03466) đã gửi thay đổi không được phép: 1 gói bị từ chối" in status  # the same one twice
    peers = {p["unit_code"]: p for p in ok(capsys, "sync", "status", "--db", district, "--json")["peers"]}
    assert peers["03466"]["refused"]["count"] == 1 and peers["03433"]["refused"]["count"] == 0
    assert peers["03466"]["refused"]["last"][0]["code"] == "package_forbidden_change"


def test_a_set_up_file_for_a_code_in_other_digits_exits_1(tmp_path: Path, capsys) -> None:
    district = tmp_path / "district.sqlite"
    ok(capsys, "init", "--db", district, "--level", "district", "--unit-code", "107", "--name", "Khu vực Mường Tè")
    setup = tmp_path / "setup.json"
    code, out, err = kttt(capsys, "sync", "setup-file", "--db", district, "--unit-code", "٠٣٤٦٦",
                          "--name", "Xã Bum Nưa", "--out", setup)
    assert code == 1 and err.count("\n") == 1 and "Traceback" not in err
    assert not setup.exists()
    code, out, err = kttt(capsys, "sync", "setup-file", "--db", district, "--unit-code", "03466",
                          "--name", "Xã\x1b[31m Bum Nưa", "--out", setup)
    assert code == 1 and "\x1b" not in err and not setup.exists()


def test_the_text_summaries_name_types_outcomes_and_targets_in_vietnamese(tmp_path: Path, capsys) -> None:
    from kttt_desktop.core.registry import Registry

    district, communes = district_and_communes(tmp_path, capsys)
    ok(capsys, "records", "put", "--db", communes["03433"], "--type", "organization",
       "--json", json.dumps(htx(), ensure_ascii=False))
    up = tmp_path / "up"
    up.mkdir()
    made = ok(capsys, "sync", "export", "--db", communes["03433"], "--out", up)
    assert "(2 thay đổi)" in made
    said = ok(capsys, "sync", "import", "--db", district, *up.glob("*.kttt"))
    assert "Tổ chức kinh tế tập thể: 1 mới" in said and "organization" not in said and " new " not in said

    with Registry.open(district) as registry:
        registry.set_target("03466", "htx_count", 2030, 6)
    down = tmp_path / "down"
    down.mkdir()
    made = ok(capsys, "sync", "export", "--db", district, "--to", "03466", "--out", down)
    assert "(0 thay đổi)" not in made
    assert "(không có thay đổi bản ghi, kèm " in made and " chỉ tiêu kế hoạch)" in made
    package = next(down.glob("*.kttt"))
    preview = ok(capsys, "sync", "import", "--db", communes["03466"], package, "--dry-run")
    assert "Sẽ cập nhật chỉ tiêu kế hoạch và dân số" in preview
    said = ok(capsys, "sync", "import", "--db", communes["03466"], package)
    assert "Đã cập nhật chỉ tiêu kế hoạch và dân số" in said
