"""Test-wide set-up: headless Qt, Windows' file semantics, no test ever touches the real user
data folder, and under CI no test skips for want of a tool."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# tests/test_ci_skips.py runs pytest on a small file of its own; tests/windows_files.py makes
# replacing or deleting an open file fail here as it fails on Windows, in every run.
# tests/core/mirror/server.py starts one PostgreSQL server for the mirror's tests, core and CLI alike.
pytest_plugins = ["pytester", "tests.windows_files", "tests.core.mirror.server"]

TODAY = date(2026, 11, 26)

# How the tests say a program they need is absent ("pdftotext not found", "LibreOffice
# (soffice) is not installed", "dpkg-deb not available"). A skip for another reason — a
# platform without file modes, root ignoring folder permissions — stays a skip.
MISSING_TOOL = re.compile(r"\bnot (found|installed|available)\b", re.IGNORECASE)


def _under_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):  # noqa: ARG001 - pytest's signature
    """Under CI a test skipped because a tool is missing fails: CI installs every tool
    (.ci/run), so such a skip means a check silently stopped running."""
    outcome = yield
    report = outcome.get_result()
    if not (report.skipped and _under_ci() and isinstance(report.longrepr, tuple)):
        return
    reason = str(report.longrepr[2])
    if MISSING_TOOL.search(reason):
        report.outcome = "failed"
        report.longrepr = f"{reason}\nCI runs every test: install the missing tool (see .ci/run)."


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path_factory.mktemp("kttt-data")
    monkeypatch.setenv("KTTT_DATA_DIR", str(folder))
    monkeypatch.setenv("KTTT_LANG", "vi")
    return folder


@pytest.fixture(autouse=True)
def _language_restored() -> Iterator[None]:
    """`kttt --lang en` sets the language of the process: each test leaves it as it found it,
    so the tests after it still speak Vietnamese."""
    from kttt_desktop.core import messages

    before = messages.language()
    yield
    messages.set_language(before)


@pytest.fixture
def core_registry(tmp_path: Path):
    """A fresh commune database (Xã Bum Tở, 03433) with a fixed 'today' for date rules."""
    from kttt_desktop.core.registry import Registry

    registry = Registry.open(tmp_path / "kttt.sqlite", today=lambda: TODAY)
    registry.init_site("commune", "03433", "Xã Bum Tở", "Lò Văn Hương")
    yield registry
    registry.close()


@pytest.fixture
def quick_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    """Backups under a password made with the cheapest Argon2id cost, so the tests stay quick
    (an encrypted file records its cost and is decrypted with it); one core test keeps the
    real cost."""
    import nacl.pwhash.argon2id as argon2id

    from kttt_desktop.core.backup import crypto as backup_crypto

    monkeypatch.setattr(backup_crypto, "OPSLIMIT", argon2id.OPSLIMIT_MIN)
    monkeypatch.setattr(backup_crypto, "MEMLIMIT", argon2id.MEMLIMIT_MIN)
