"""The "program is running" mutex the Windows setup looks for (installer's AppMutex)."""

from __future__ import annotations

import logging
import sys

import pytest

from kttt_desktop.ui import win_mutex


class FakeCreateMutex:
    """CreateMutexW's calls, answering a handle, or 0 (failure) for the names in `refuse`."""

    def __init__(self, refuse: tuple[str, ...] = ()) -> None:
        self.calls: list[tuple[object, bool, str]] = []
        self.refuse = refuse

    def __call__(self, attributes: object, initial_owner: bool, name: str) -> int:
        self.calls.append((attributes, initial_owner, name))
        return 0 if name in self.refuse else 100 + len(self.calls)


@pytest.fixture(autouse=True)
def _forget_held_handles(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(win_mutex, "_held", [])


def test_both_names_are_created_unowned_and_kept_for_the_life_of_the_process() -> None:
    create = FakeCreateMutex()
    handles = win_mutex.hold_running_mutex(create)
    assert [call[2] for call in create.calls] == ["KTTTDesktopRunning", "Global\\KTTTDesktopRunning"]
    # Not owned: a second window only adds a handle to the same mutex, it never waits on it.
    assert all(call[:2] == (None, False) for call in create.calls)
    assert handles == [101, 102] and win_mutex._held == [101, 102]


def test_a_name_that_cannot_be_created_is_logged_and_the_program_starts_anyway(
        caplog: pytest.LogCaptureFixture) -> None:
    create = FakeCreateMutex(refuse=("Global\\KTTTDesktopRunning",))
    with caplog.at_level(logging.WARNING, logger=win_mutex.__name__):
        handles = win_mutex.hold_running_mutex(create)
    assert handles == [101]
    assert "could not create the mutex Global\\KTTTDesktopRunning" in caplog.text


@pytest.mark.skipif(sys.platform == "win32", reason="the no-op is for other systems")
def test_elsewhere_than_windows_nothing_is_created(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_windows_api() -> None:
        raise AssertionError("the Windows API must not be loaded here")

    monkeypatch.setattr(win_mutex, "_create_mutex_w", no_windows_api)
    assert win_mutex.hold_running_mutex() == []
    assert win_mutex._held == []
