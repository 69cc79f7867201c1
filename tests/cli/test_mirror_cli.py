"""`kttt mirror`: the register into PostgreSQL from the command line, its JSON, the
administrator's set-up, and the one-line refusals that write nothing."""

from __future__ import annotations

import json
import socket
import sys

import pytest

from kttt_desktop.core.messages import texts
from tests.cli.cli_tools import demo_commune, run


@pytest.fixture
def demo(capsys, tmp_path) -> str:
    return demo_commune(capsys, tmp_path)


def counts(mirror_db) -> list[tuple[object, ...]]:
    return mirror_db.query("SELECT (SELECT count(*) FROM kttt.organization), (SELECT count(*) FROM kttt.member), "
                           "(SELECT coalesce(max(seq), 0) FROM kttt.mirror_position)")


def test_mirror_prints_counts_per_table_then_says_nothing_changed(capsys, demo, mirror_db):
    code, out, err = run(capsys, "mirror", "--db", demo, "--to", mirror_db.admin_url, "--json")
    assert code == 0, err
    first = json.loads(out)
    [(organizations, members, seq)] = counts(mirror_db)
    assert first["unchanged"] is False and first["full"] is True and first["source"] == "03433"
    assert first["tables"]["organization"] == {"new": organizations, "updated": 0, "deleted": 0}
    assert first["tables"]["member"]["new"] == members > 0
    assert first["position"] == {"before": 0, "after": seq}

    code, out, err = run(capsys, "mirror", "--db", demo, "--to", mirror_db.admin_url, "--json")
    assert code == 0, err
    second = json.loads(out)
    assert second["unchanged"] is True and second["position"] == {"before": seq, "after": seq}

    code, out, _ = run(capsys, "mirror", "--db", demo, "--to", mirror_db.admin_url)
    assert code == 0 and out.startswith("Không có gì mới kể từ lần đồng bộ trước")

    run(capsys, "records", "put", "--db", demo, "--type", "organization", "--json",
        json.dumps({"name": "HTX Mới Thành Lập", "commune_code": "03433"}))
    code, out, _ = run(capsys, "mirror", "--db", demo, "--to", mirror_db.admin_url)
    assert code == 0 and "  Tổ chức kinh tế tập thể: 1 mới, 0 sửa\n" in out


def test_the_administrator_sets_up_a_source_that_then_mirrors_with_its_own_account(capsys, demo, mirror_db,
                                                                                   monkeypatch):
    role = "kttt_test_cli_source"
    code, out, err = run(capsys, "mirror", "--db", demo, "--to", mirror_db.admin_url, "--setup-source", role,
                         "--json")
    assert code == 0, err
    assert json.loads(out)["role"] == role and json.loads(out)["source"] == "03433"
    assert mirror_db.query("SELECT unit_code, role_name FROM kttt.source") == [("03433", role)]
    assert counts(mirror_db)[0][0] == 0  # setting up sends no data
    mirror_db.set_password(role, "mat-khau-dung")
    monkeypatch.setenv("PGPASSWORD", "mat-khau-dung")
    code, out, err = run(capsys, "mirror", "--db", demo, "--to", mirror_db.url(role))
    assert code == 0, err
    assert out.startswith("Đã đồng bộ lên postgresql://kttt_test_cli_source@127.0.0.1")
    assert counts(mirror_db)[0][0] > 0


def refused(capsys, demo: str, url: str, mirror_db=None) -> str:
    """Run a mirror that must be refused: exit 1, one line on stderr, nothing on stdout."""
    before = counts(mirror_db) if mirror_db is not None else None
    code, out, err = run(capsys, "mirror", "--db", demo, "--to", url)
    assert (code, out) == (1, ""), err
    assert err.endswith("\n") and err.count("\n") == 1 and "Traceback" not in err
    if mirror_db is not None:
        assert counts(mirror_db) == before
    return err.strip()


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_a_wrong_address_or_no_connection_is_one_vietnamese_line(capsys, demo):
    assert refused(capsys, demo, "postgresql://kttt@may-chu-khong-co.invalid/kttt") == texts(
        "mirror_bad_host", "vi", host="may-chu-khong-co.invalid")
    assert refused(capsys, demo, f"postgresql://kttt@127.0.0.1:{_closed_port()}/kttt") == texts(
        "mirror_no_connection", "vi", host="127.0.0.1")
    assert refused(capsys, demo, "http://may-chu/kttt") == texts("mirror_bad_address", "vi",
                                                                  address="http://may-chu/kttt")
    assert refused(capsys, demo, "postgresql://kttt:bi-mat@may-chu/kttt") == texts("mirror_password_in_address", "vi")


def test_a_refused_password_is_one_vietnamese_line_and_writes_nothing(capsys, demo, mirror_db, monkeypatch):
    role = "kttt_test_cli_password"
    run(capsys, "mirror", "--db", demo, "--to", mirror_db.admin_url, "--setup-source", role)
    mirror_db.set_password(role, "mat-khau-dung")
    monkeypatch.setenv("PGPASSWORD", "mat-khau-sai")
    assert refused(capsys, demo, mirror_db.url(role), mirror_db) == texts(
        "mirror_bad_password", "vi", user=role, host="127.0.0.1")
    monkeypatch.setenv("PGPASSWORD", "mat-khau-dung")
    code, _, err = run(capsys, "mirror", "--db", demo, "--to", mirror_db.url(role))
    assert code == 0, err


def test_a_database_of_another_schema_version_is_refused_and_left_as_it_was(capsys, demo, mirror_db):
    run(capsys, "mirror", "--db", demo, "--to", mirror_db.admin_url)
    run(capsys, "records", "put", "--db", demo, "--type", "organization", "--json",
        json.dumps({"name": "HTX Mới Thành Lập", "commune_code": "03433"}))
    mirror_db.query("UPDATE kttt.schema_version SET version = 7")
    line = refused(capsys, demo, mirror_db.admin_url, mirror_db)
    from kttt_desktop.core.mirror.schema import latest_version

    assert line == texts("mirror_schema_newer", "vi", found=7, supported=latest_version())
    assert "Hãy cập nhật phần mềm" in line


def test_without_the_driver_the_command_says_what_to_install(capsys, demo, monkeypatch):
    for name in [name for name in sys.modules if name.startswith(("psycopg", "kttt_desktop.core.mirror."))]:
        monkeypatch.delitem(sys.modules, name)
    import kttt_desktop.core.mirror as package

    for name in ("service", "schema", "writer", "connect"):
        monkeypatch.delattr(package, name, raising=False)
    monkeypatch.setitem(sys.modules, "psycopg", None)
    assert refused(capsys, demo, "postgresql://kttt@may-chu/kttt") == texts("mirror_driver_missing", "vi")


def test_help_names_the_command_and_where_the_password_comes_from(capsys):
    code, out, _ = run(capsys, "--help")
    assert code == 0 and "mirror" in out
    code, out, _ = run(capsys, "mirror", "--help")
    assert code == 0
    assert "PGPASSWORD" in out and "~/.pgpass" in out and "--setup-source" in out
