"""The one cancel and the one progress protocol that core's long work uses."""

from __future__ import annotations

from pathlib import Path

import pytest

from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.progress import Cancelled, NoProgress, Progress, Share, Ticker
from tests.core.progress_watch import Watched


def test_a_cancel_is_a_coded_error_the_window_and_command_line_can_show() -> None:
    stopped = Cancelled()
    assert not isinstance(stopped, KtttError)  # a loop that skips refused rows or files must not swallow it
    assert stopped.code == "work_cancelled"
    assert stopped.message("vi").startswith("Đã dừng") and stopped.message("en").startswith("Stopped")
    assert Cancelled("import_cancelled").message("vi").startswith("Đã dừng nhập Excel")


def test_the_ticker_reports_every_few_units_and_stops_with_the_one_cancel() -> None:
    watched = Watched()
    seen = watched.seen
    ticker = Ticker(10, watched, "export_cancelled", every=4)
    for _ in range(9):
        ticker.advance()
    assert seen == [(4, 10), (8, 10)]
    watched.stop = True
    with pytest.raises(Cancelled) as caught:
        ticker.finish()
    assert caught.value.code == "export_cancelled"
    assert seen == [(4, 10), (8, 10)]  # no report after the cancel


def test_nobody_watching_never_cancels() -> None:
    progress: Progress = NoProgress()
    progress.report(1, 2, "nửa")
    assert progress.cancelled is False


def test_an_excel_import_cancelled_raises_the_one_cancel(core_registry) -> None:
    from kttt_desktop.core.xlsx.importer import (
        apply_import,
        open_workbook,
        plan_workbook,
    )
    book = open_workbook(Path(__file__).parent / "xlsx" / "fixtures" / "danh_sach_thanh_vien_HTX_mau.xlsx")
    with pytest.raises(Cancelled) as caught:
        apply_import(core_registry, book, plan_workbook(book), skip_errors=True, progress=Watched(cancel_after=0))
    assert caught.value.code == "import_cancelled"


class _CancelAtFirstReport:
    """An officer who presses «Hủy» as soon as the first figures arrive."""

    def __init__(self) -> None:
        self.reports: list[tuple[int, int]] = []

    def report(self, done: int, total: int, label: str = "") -> None:
        self.reports.append((done, total))
        raise Cancelled()

    @property
    def cancelled(self) -> bool:
        return bool(self.reports)


def test_demo_data_cancelled_through_the_protocol_leaves_the_register_as_it_was(core_registry) -> None:
    from kttt_desktop.core.db.queries import ListQuery
    from kttt_desktop.core.demo.loader import fill_demo

    progress = _CancelAtFirstReport()
    with pytest.raises(Cancelled):
        fill_demo(core_registry, seed=1, scale="commune", progress=progress)
    assert progress.reports and progress.reports[0][0] > 0  # it had written a batch before the cancel
    assert core_registry.count(ListQuery("organization", include_deleted=True)) == 0


def test_a_stage_shows_on_the_whole_jobs_bar() -> None:
    whole = Watched()
    reading, writing = Share(whole, 0, 10, 20), Share(whole, 10, 10, 20)
    reading.report(5, 10)
    writing.report(0, 4)
    writing.report(4, 4)
    assert whole.seen == [(5, 20), (10, 20), (20, 20)]
    whole.stop = True
    assert writing.cancelled
