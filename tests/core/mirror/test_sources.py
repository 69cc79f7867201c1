"""Several sources in one database: each site's role writes its own rows and no other's,
and it is the database that refuses, not only the program."""

from __future__ import annotations

import psycopg
import pytest

from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.mirror import service, writer
from kttt_desktop.core.registry import Registry
from tests.conftest import TODAY
from tests.core.factories import htx
from tests.core.mirror.test_mirror import assert_mirror_equals_register


@pytest.fixture
def bum_nua(tmp_path):
    registry = Registry.open(tmp_path / "bum-nua.sqlite", today=lambda: TODAY)
    registry.init_site("commune", "03466", "Xã Bum Nưa", "Lò Thị Mai")
    registry.create("organization", htx(name="HTX Sâm Bum Nưa", commune_code="03466"))
    yield registry
    registry.close()


@pytest.fixture
def two_sources(demo_registry, bum_nua, mirror_db, monkeypatch):
    """Both communes registered by the administrator, each with its own role and password."""
    roles = {"03433": "kttt_test_bum_to", "03466": "kttt_test_bum_nua"}
    for registry in (demo_registry, bum_nua):
        role = roles[registry.require_site().unit_code]
        service.setup_source(registry.conn, mirror_db.admin_url, role)
        mirror_db.set_password(role, "mat-khau-" + role)
    return roles


def as_role(monkeypatch, mirror_db, role: str) -> str:
    monkeypatch.setenv("PGPASSWORD", "mat-khau-" + role)
    return mirror_db.url(role)


def test_two_sources_mirror_side_by_side(demo_registry, bum_nua, mirror_db, two_sources, monkeypatch):
    for registry in (demo_registry, bum_nua):
        role = two_sources[registry.require_site().unit_code]
        result = service.mirror(registry.conn, as_role(monkeypatch, mirror_db, role))
        assert result.full and not result.unchanged
    counts = dict(mirror_db.query("SELECT source_site, count(*) FROM kttt.organization GROUP BY 1"))
    assert counts == {"03433": demo_registry.conn.execute("SELECT count(*) FROM organization").fetchone()[0],
                      "03466": 1}
    assert_mirror_equals_register(mirror_db, demo_registry)
    assert dict(mirror_db.query("SELECT source_site, seq FROM kttt.mirror_position")) == {
        "03433": demo_registry.last_change_seq(), "03466": bum_nua.last_change_seq()}
    # Each keeps its own position: one source's new changes do not disturb the other.
    bum_nua.create("organization", htx(name="HTX Chè Bum Nưa", commune_code="03466"))
    again = service.mirror(bum_nua.conn, as_role(monkeypatch, mirror_db, two_sources["03466"]))
    assert again.tables["organization"].new == 1
    assert service.mirror(demo_registry.conn, as_role(monkeypatch, mirror_db, two_sources["03433"])).unchanged


def test_a_source_cannot_write_another_sources_rows(demo_registry, bum_nua, mirror_db, two_sources, monkeypatch):
    service.mirror(bum_nua.conn, as_role(monkeypatch, mirror_db, two_sources["03466"]))
    service.mirror(demo_registry.conn, as_role(monkeypatch, mirror_db, two_sources["03433"]))
    [(other_id, other_name)] = mirror_db.query("SELECT id, name FROM kttt.organization WHERE source_site = '03466'")
    url = as_role(monkeypatch, mirror_db, two_sources["03433"])
    with psycopg.connect(url, autocommit=True) as conn:
        # A new row under the other source's code.
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            conn.execute("INSERT INTO kttt.organization (source_site, id, owner, version, deleted, name) "
                         "VALUES ('03466', 'ffffffffffffffffffffffffffffffff', '03466', 1, false, 'Giả mạo')")
        # Its rows are out of reach: an update finds nothing to change; no source may delete.
        assert conn.execute("UPDATE kttt.organization SET name = 'Giả mạo' WHERE id = %s",
                            (other_id,)).rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("DELETE FROM kttt.organization WHERE id = %s", (other_id,))
        # Moving one of its own rows over to the other source is refused too.
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            conn.execute("UPDATE kttt.organization SET source_site = '03466' WHERE source_site = '03433'")
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            conn.execute("INSERT INTO kttt.mirror_position VALUES ('03466', 'x', 0, now(), 'x')")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO kttt.source (unit_code, name, level, role_name) "
                         "VALUES ('03466', 'x', 'commune', current_user)")
    assert mirror_db.query("SELECT name FROM kttt.organization WHERE id = %s", (other_id,)) == [(other_name,)]


def test_mirroring_another_sites_file_is_refused_by_the_program_and_the_database(
        demo_registry, bum_nua, mirror_db, two_sources, monkeypatch):
    url = as_role(monkeypatch, mirror_db, two_sources["03433"])  # Bum Tở's account, Bum Nưa's file
    with pytest.raises(KtttError) as refused:
        service.mirror(bum_nua.conn, url)
    assert refused.value.code == "mirror_not_registered"
    # Without the program's own check the database still refuses, and nothing is written.
    monkeypatch.setattr(writer, "may_write", lambda conn, site: True)
    with pytest.raises(KtttError) as refused:
        service.mirror(bum_nua.conn, url)
    assert refused.value.code == "mirror_not_allowed"
    assert mirror_db.query("SELECT count(*) FROM kttt.organization") == [(0,)]
    assert mirror_db.query("SELECT count(*) FROM kttt.mirror_position") == [(0,)]


def test_a_source_role_may_not_change_the_structure(demo_registry, mirror_db, two_sources, monkeypatch):
    mirror_db.query("ALTER TABLE kttt.land DROP COLUMN to_on")
    with pytest.raises(KtttError) as refused:
        service.mirror(demo_registry.conn, as_role(monkeypatch, mirror_db, two_sources["03433"]))
    assert refused.value.code == "mirror_schema_older"
    assert "--setup-source" in refused.value.message("vi")
    assert mirror_db.query("SELECT count(*) FROM kttt.organization") == [(0,)]
    # The administrator's next run puts the column back, and the source can mirror again.
    monkeypatch.delenv("PGPASSWORD")
    service.setup_source(demo_registry.conn, mirror_db.admin_url, two_sources["03433"])
    assert not service.mirror(demo_registry.conn, as_role(monkeypatch, mirror_db, two_sources["03433"])).unchanged


def test_a_source_role_on_a_database_never_set_up_is_told_to_ask_the_administrator(demo_registry, mirror_db,
                                                                                     monkeypatch):
    role = "kttt_test_not_set_up"
    mirror_db.query(f"DROP ROLE IF EXISTS {role}")
    mirror_db.query(f"CREATE ROLE {role} LOGIN PASSWORD 'mat-khau-{role}'")
    mirror_db.query(f"REVOKE CREATE ON SCHEMA public FROM PUBLIC; REVOKE CREATE ON DATABASE {mirror_db.name} "
                    "FROM PUBLIC")
    with pytest.raises(KtttError) as refused:
        service.mirror(demo_registry.conn, as_role(monkeypatch, mirror_db, role))
    assert refused.value.code == "mirror_not_set_up"
    assert mirror_db.query("SELECT to_regclass('kttt.schema_version') IS NULL") == [(True,)]
