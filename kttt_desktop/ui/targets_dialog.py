"""Chỉ tiêu kế hoạch: the targets of a unit for 2030 and 2045 (and any other year), and its
population, the base of the population share.

Targets are the site's settings, not records: they are written through
`Registry.set_target` / `set_population`, all in one `batch()`, so a refused value (a
negative number, a share above 100 %) leaves every target as it was and the dialog open
with core's sentence saying what to enter. Edits of several units are kept while the
officer switches between them and saved together.

Each indicator has a starting figure (the baseline on the base date): typed, or left empty
to be counted from the register. At an upper level, a table allocates the target chosen to
each commune and shows their sum against the level's own figure: a sum that falls short of or
exceeds it is a warning, not a refusal. The allocations are the communes' own targets, sent
down with the upper level's packages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kttt_desktop.core import units
from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.formats import format_money, parse_money
from kttt_desktop.core.plan.indicators import INDICATORS, Indicator
from kttt_desktop.core.plan.targets import (
    HORIZONS,
    MUONG_TE_DISTRICT,
    Target,
    allocation_sum,
    base_date,
)
from kttt_desktop.core.registry import Changes
from kttt_desktop.core.reports.summary import applicable_targets
from kttt_desktop.ui import prompts, styles
from kttt_desktop.ui.i18n import lang
from kttt_desktop.ui.screen_fit import fit_to_screen

if TYPE_CHECKING:
    from kttt_desktop.core.registry import Registry

_STYLE = (styles.rule("QLabel#hint", styles.NOTE) + styles.banner("QLabel#problem", styles.ERROR)
          + styles.rule('QLabel#allocationSum[warn="true"]', styles.WARNING_LINE + " font-weight: 600;")
          + styles.rule('QLineEdit[invalid="true"]',
                        f"border: 1px solid {styles.ERROR_COLOR}; background: {styles.ERROR_BACKGROUND};"))

_GROUPED = re.compile(r"[0-9]{1,3}(?:\.[0-9]{3})+")


def comparison_labels() -> dict[str, str]:
    return {
        "at_least": QCoreApplication.translate("TargetsDialog", "ít nhất"),
        "more_than": QCoreApplication.translate("TargetsDialog", "trên"),
        "about": QCoreApplication.translate("TargetsDialog", "khoảng"),
    }


def parse_number(text: str) -> float | None:
    """A target as officers type it: "1.500", "1500", "12,5", "5 %"; empty is None.

    A dot between groups of three digits separates thousands (as on Vietnamese documents);
    otherwise a dot or a comma is the decimal mark."""
    text = text.strip().rstrip("%").strip().replace(" ", "")
    if not text:
        return None
    if "," in text:
        text = text.replace(".", "").replace(",", ".")
    elif _GROUPED.fullmatch(text.lstrip("+-")):
        text = text.replace(".", "")
    value = float(text)  # ValueError for anything else
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError(text)
    return value


def parse_day(text: str) -> date | None:
    """A base date as officers type it, day/month/year; empty is None (ValueError otherwise)."""
    text = text.strip()
    return datetime.strptime(text, "%d/%m/%Y").date() if text else None


def _number_or_none(text: str) -> float | None:
    """A typed figure, or None when empty or not a number (the save says what is wrong)."""
    try:
        return parse_number(text)
    except ValueError:
        return None


def format_number(value: float) -> str:
    if float(value).is_integer():
        return format_money(int(value))
    return f"{value:g}".replace(".", ",")


def unit_name(registry: Registry, code: str) -> str:
    """How officers call a unit: its peer's name, the site's own name, else the list's."""
    site = registry.site
    if site is not None and code == site.unit_code:
        return site.name
    peer = next((p for p in registry.sync.peers() if p.unit_code == code), None)
    if peer is not None:
        return peer.name
    if code == MUONG_TE_DISTRICT:
        return QCoreApplication.translate("TargetsDialog", "Khu vực Mường Tè (huyện cũ)")
    return units.describe(code) or code


@dataclass
class _Draft:
    """One unit's targets and population as shown, and as they were when loaded."""

    targets: dict[tuple[str, int], tuple[str, str]]  # (indicator, year) -> (value text, comparison)
    years: list[int]
    basis: str
    population: list[tuple[str, str]]  # (year text, population text), in the order shown
    original_targets: dict[tuple[str, int], Target] = field(default_factory=dict)
    original_population: dict[int, int] = field(default_factory=dict)
    original_basis: str = ""
    baselines: dict[str, str] = field(default_factory=dict)  # indicator -> baseline text ("": counted)
    base_on: str = ""  # the base date as typed ("": the end of the base year)


@dataclass(frozen=True)
class _Write:
    """One target to set (or, with value None, to remove), and the text it was typed as."""

    unit_code: str
    indicator: str
    year: int
    value: float | None
    comparison: str
    basis: str
    text: str
    baseline: float | None = None
    baseline_on: date | None = None


class TargetCell(QWidget):
    """One target: how it compares (ít nhất / trên / khoảng) and the number."""

    def __init__(self, indicator: Indicator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.indicator = indicator
        self.comparison = QComboBox(self)
        for code, label in comparison_labels().items():
            self.comparison.addItem(label, code)
        self.value = QLineEdit(self)
        self.value.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.value.setPlaceholderText("—")
        self.value.setToolTip(self.tr("Để trống nếu không có chỉ tiêu"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 1, 2, 1)
        layout.setSpacing(4)
        layout.addWidget(self.comparison)
        layout.addWidget(self.value, 1)
        suffix = QLabel("%" if indicator.unit == "percent" else "", self)
        suffix.setFixedWidth(suffix.fontMetrics().horizontalAdvance("%") + 2)
        layout.addWidget(suffix)

    def set(self, text: str, comparison: str) -> None:
        self.value.setText(text)
        self.comparison.setCurrentIndex(max(0, self.comparison.findData(comparison)))

    def get(self) -> tuple[str, str]:
        return self.value.text().strip(), self.comparison.currentData()

    def mark_invalid(self, invalid: bool) -> None:
        self.value.setProperty("invalid", invalid)
        self.value.style().unpolish(self.value)
        self.value.style().polish(self.value)


def _editing_view(widget: QWidget | None) -> QAbstractItemView | None:
    """The table whose cell `widget` is the editor of, if a cell is being typed."""
    while widget is not None:
        if isinstance(widget, QAbstractItemView):
            return widget if widget.state() == QAbstractItemView.State.EditingState else None
        widget = widget.parentWidget()
    return None


class TargetsDialog(QDialog):
    """Targets per unit and year, and population per unit and year. After Cất, `changes`
    says what was written (its `targets` flag is set when anything changed)."""

    def __init__(self, registry: Registry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.registry = registry
        self.changes = Changes()
        self.setWindowTitle(self.tr("Chỉ tiêu kế hoạch và số dân"))
        self.setStyleSheet(_STYLE)
        fit_to_screen(self, QSize(920, 660))
        self._drafts: dict[str, _Draft] = {}
        self._current: str | None = None
        self._cells: dict[tuple[str, int], TargetCell] = {}
        self._baseline_edits: dict[str, QLineEdit] = {}
        site = registry.require_site()

        self.unit_combo = QComboBox(self)
        self.unit_combo.setMinimumContentsLength(30)
        for code in self._units(site):
            label = unit_name(registry, code)
            if code == site.unit_code:
                label = self.tr("{name} (đơn vị này)").format(name=label)
            self.unit_combo.addItem(f"{label} – {code}" if code not in label else label, code)
        applied, _ = applicable_targets(registry)
        start = self.unit_combo.findData(applied) if applied else -1
        self.unit_combo.setCurrentIndex(max(0, start))
        self.unit_combo.currentIndexChanged.connect(self._unit_changed)
        self.unit_note = QLabel(self)
        self.unit_note.setObjectName("hint")
        self.unit_note.setWordWrap(True)

        self.table = QTableWidget(self)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 13)
        self.add_year_button = QPushButton(self.tr("Thêm năm…"), self)
        self.add_year_button.setToolTip(self.tr("Thêm một năm khác 2030, 2045 (ví dụ chỉ tiêu năm 2025)"))
        self.add_year_button.clicked.connect(self._ask_year)
        self.basis_edit = QLineEdit(self)
        self.basis_edit.setPlaceholderText(self.tr("Ví dụ: Kế hoạch số …/KH-UBND ngày …"))
        self.basis_edit.setToolTip(self.tr("Văn bản giao các chỉ tiêu này; in kèm trong báo cáo"))
        self.base_date_edit = QLineEdit(self)
        self.base_date_edit.setPlaceholderText(base_date().strftime("%d/%m/%Y"))
        self.base_date_edit.setMaximumWidth(120)
        self.base_date_edit.setToolTip(self.tr(
            "Ngày lấy số liệu gốc, cũng là ngày bắt đầu tính thời gian của kế hoạch. "
            "Để trống: ngày 31/12 của năm gốc."))

        self.targets_page = targets_box = QWidget(self)
        targets_layout = QVBoxLayout(targets_box)
        targets_layout.addWidget(QLabel(self.tr(
            "Nhập số cần đạt; để trống nếu không giao chỉ tiêu. «khoảng 15» được tính là đạt từ 90 % trở lên."),
            targets_box))
        baseline_hint = QLabel(self.tr(
            "Số liệu gốc: số tại ngày gốc, để tính tiến độ = (hiện nay − số gốc) ÷ (chỉ tiêu − số gốc). "
            "Để trống thì phần mềm tự đếm từ sổ theo dõi đến ngày gốc; nhập số thì dùng số đã nhập."), targets_box)
        baseline_hint.setObjectName("hint")
        baseline_hint.setWordWrap(True)
        targets_layout.addWidget(baseline_hint)
        targets_layout.addWidget(self.table, 1)
        basis_row = QFormLayout()
        basis_row.addRow(self.tr("Căn cứ"), self.basis_edit)
        basis_row.addRow(self.tr("Ngày gốc"), self.base_date_edit)
        year_row = QHBoxLayout()
        year_row.addLayout(basis_row, 1)
        year_row.addWidget(self.add_year_button)
        targets_layout.addLayout(year_row)

        self.population_table = QTableWidget(0, 2, self)
        self.population_table.setHorizontalHeaderLabels([self.tr("Năm"), self.tr("Số dân (người)")])
        self.population_table.verticalHeader().setVisible(False)
        self.population_table.horizontalHeader().setStretchLastSection(True)
        self.population_table.setColumnWidth(0, 90)
        self.add_population_button = QPushButton(self.tr("Thêm năm"), self)
        self.add_population_button.clicked.connect(self._add_population_row)
        self.remove_population_button = QPushButton(self.tr("Xóa dòng"), self)
        self.remove_population_button.clicked.connect(self._remove_population_row)
        self.population_box = population_box = QGroupBox(self)
        population_layout = QHBoxLayout(population_box)
        population_layout.addWidget(self.population_table, 1)
        population_buttons = QVBoxLayout()
        population_buttons.addWidget(self.add_population_button)
        population_buttons.addWidget(self.remove_population_button)
        population_buttons.addStretch(1)
        population_layout.addLayout(population_buttons)

        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("problem")
        self.problem_label.setWordWrap(True)
        self.problem_label.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        # Cất and Hoãn, as in every dialog that edits data (the words officers know from MISA).
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Cất"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hoãn"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        self.allocation_box = self._allocation_box(site)

        # The targets, their allocation to the communes and the population each on a page of
        # its own: on a 1024×700 screen the targets' table keeps its height.
        self.sections = QTabWidget(self)
        self.sections.addTab(targets_box, self.tr("Chỉ tiêu"))
        self._allocation_tab = self.sections.addTab(self.allocation_box, self.tr("Giao chỉ tiêu cho các xã"))
        self.sections.addTab(population_box, self.tr("Số dân"))

        unit_row = QFormLayout()
        unit_row.addRow(self.tr("Đơn vị"), self.unit_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(unit_row)
        layout.addWidget(self.unit_note)
        layout.addWidget(self.sections, 1)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)
        self._show_unit(self.current_unit())

    # --- units ---------------------------------------------------------------------------------

    def _units(self, site: Any) -> list[str]:
        """This site's unit first; at an upper level each commune it knows; and any unit that
        already has targets or population here (for example the district plan's)."""
        found = [site.unit_code]
        known: set[str] = set()
        if site.level != "commune":
            known.update(p.unit_code for p in self.registry.sync.peers() if p.role == "lower")
            for column in ("commune_code", "owner"):
                known.update(code for code in self.registry.distinct_values("organization", column)
                             if code and code.isdigit() and len(code) == 5)
        known.update(t.unit_code for t in self.registry.targets())
        known.update(unit for unit, _, _ in self.registry.population())
        known.discard(site.unit_code)
        upper = [code for code in known if len(code) < 5]
        communes = sorted((code for code in known if len(code) >= 5), key=lambda c: unit_name(self.registry, c))
        return found + sorted(upper) + communes

    def current_unit(self) -> str:
        return self.unit_combo.currentData()

    def select_unit(self, unit_code: str) -> bool:
        index = self.unit_combo.findData(unit_code)
        if index < 0:
            return False
        self.unit_combo.setCurrentIndex(index)
        return True

    def _unit_changed(self, _index: int) -> None:
        self._collect()
        self._show_unit(self.current_unit())

    def _draft(self, code: str) -> _Draft:
        if code not in self._drafts:
            targets = {(t.indicator, t.year): t for t in self.registry.targets(code)}
            years = sorted(set(HORIZONS) | {year for _, year in targets})
            basis = next((t.basis for t in targets.values() if t.basis), "") or ""
            population = {year: figure for unit, year, figure in self.registry.population() if unit == code}
            baselines = {t.indicator: format_number(t.baseline) for t in targets.values() if t.baseline is not None}
            base_on = next((t.baseline_on.strftime("%d/%m/%Y") for t in targets.values() if t.baseline_on), "")
            self._drafts[code] = _Draft(
                {key: (format_number(t.value), t.comparison) for key, t in targets.items()}, years, basis,
                [(str(year), format_money(figure)) for year, figure in sorted(population.items())],
                targets, population, basis, baselines, base_on)
        return self._drafts[code]

    def _show_unit(self, code: str) -> None:
        self._current = code
        draft = self._draft(code)
        site = self.registry.require_site()
        sources = {t.source for t in draft.original_targets.values()} - {site.unit_code, None}
        if sources:
            self.unit_note.setText(self.tr(
                "Các chỉ tiêu này do cấp trên giao. Sửa ở đây chỉ đổi bản trên máy này; khi cấp trên gửi gói "
                "đồng bộ mới, chỉ tiêu cấp trên giao sẽ được cập nhật lại."))
            self.unit_note.show()
        else:
            self.unit_note.hide()
        self._build_table(draft)
        self.basis_edit.setText(draft.basis)
        self.base_date_edit.setText(draft.base_on)
        self.sections.setTabVisible(self._allocation_tab, self.allocating())
        if self.allocating():
            self._fill_allocation_years()
        self.population_box.setTitle(self.tr(
            "Số dân của {unit} (để tính tỷ lệ dân số tham gia tổ chức kinh tế tập thể)").format(
            unit=unit_name(self.registry, code)))
        self.population_table.setRowCount(0)
        for year, figure in draft.population:
            self._append_population(year, figure)

    def _build_table(self, draft: _Draft) -> None:
        self._cells = {}
        self.table.clear()
        self._baseline_edits = {}
        self.table.setRowCount(len(INDICATORS))
        self.table.setColumnCount(2 + len(draft.years))
        self.table.setHorizontalHeaderLabels([self.tr("Chỉ tiêu"), self.tr("Số liệu gốc")] + [
            self.tr("Năm {year}").format(year=year) for year in draft.years])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.table.setColumnWidth(1, 110)
        for column in range(2, 2 + len(draft.years)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            self.table.setColumnWidth(column, 210)
        own_unit = self._current == self.registry.require_site().unit_code
        for row, ind in enumerate(INDICATORS):
            item = QTableWidgetItem(ind.label(lang()))
            item.setToolTip(ind.label(lang()))
            self.table.setItem(row, 0, item)
            baseline = QLineEdit(draft.baselines.get(ind.key, ""), self.table)
            baseline.setAlignment(Qt.AlignmentFlag.AlignRight)
            baseline.setPlaceholderText(self.tr("từ sổ"))
            baseline.setToolTip(self.tr(
                "Để trống: đếm từ sổ theo dõi đến ngày gốc. Nhập số: dùng số đã nhập làm số liệu gốc."))
            self.table.setCellWidget(row, 1, baseline)
            self._baseline_edits[ind.key] = baseline
            for column, year in enumerate(draft.years, start=2):
                cell = TargetCell(ind, self.table)
                text, comparison = draft.targets.get((ind.key, year), ("", "at_least"))
                cell.set(text, comparison)
                original = draft.original_targets.get((ind.key, year))
                if original is not None and original.source:
                    cell.setToolTip(self.tr("Nguồn: {unit}").format(unit=unit_name(self.registry, original.source)))
                self.table.setCellWidget(row, column, cell)
                self._cells[(ind.key, year)] = cell
                if own_unit:  # the upper figure the allocations are summed against
                    cell.value.textChanged.connect(self._update_allocation_sum)

    def cell(self, indicator: str, year: int) -> TargetCell:
        """The editor of one target of the unit shown."""
        return self._cells[(indicator, year)]

    def baseline_edit(self, indicator: str) -> QLineEdit:
        """The starting figure of one indicator of the unit shown (empty: counted from the register)."""
        return self._baseline_edits[indicator]

    def _collect(self) -> None:
        """Keep what is typed for the unit shown, so switching units loses nothing."""
        if self._current is None:
            return
        draft = self._drafts[self._current]
        for key, cell in self._cells.items():
            text, comparison = cell.get()
            if text or key in draft.targets:
                draft.targets[key] = (text, comparison)
        draft.basis = self.basis_edit.text().strip()
        draft.base_on = self.base_date_edit.text().strip()
        for indicator_key, edit in self._baseline_edits.items():
            draft.baselines[indicator_key] = edit.text().strip()
        rows = []
        for row in range(self.population_table.rowCount()):
            year = self.population_table.item(row, 0)
            figure = self.population_table.item(row, 1)
            rows.append(((year.text() if year else "").strip(), (figure.text() if figure else "").strip()))
        draft.population = rows

    def add_year(self, year: int) -> None:
        """Another target year (beside 2030 and 2045) for the unit shown."""
        self._collect()
        draft = self._drafts[self._current or self.current_unit()]
        if year not in draft.years:
            draft.years = sorted(draft.years + [year])
            self._build_table(draft)
            if self.allocating():
                self._fill_allocation_years()

    def _ask_year(self) -> None:
        text = prompts.ask_text(self, self.tr("Thêm năm"), self.tr("Năm của chỉ tiêu (ví dụ 2025):"))
        if text is None or not text.strip():
            return
        year = text.strip()
        if not year.isdigit() or not 2000 <= int(year) <= 2100:
            self._show_problem(KtttError("bad_target_year", year=year).message())
            return
        self.add_year(int(year))

    # --- allocations to the communes -----------------------------------------------------------

    def allocating(self) -> bool:
        """Whether the unit shown allocates its targets: an upper level's own, with communes."""
        return bool(self._communes) and self.current_unit() == self.registry.require_site().unit_code

    def _allocation_box(self, site: Any) -> QWidget:
        """At an upper level: one target, chosen by indicator and year, allocated to each commune,
        with the sum against the level's own figure."""
        box = QWidget(self)
        self._communes = [code for code in self._units(site) if site.level != "commune"
                          and units.is_unit_code(code, "commune") and code != site.unit_code]
        self._filling = False
        self.allocation_indicator = QComboBox(box)
        for ind in INDICATORS:
            self.allocation_indicator.addItem(ind.label(lang()), ind.key)
        self.allocation_year = QComboBox(box)
        self.allocation_table = QTableWidget(0, 2, box)
        self.allocation_table.setHorizontalHeaderLabels([self.tr("Xã"), self.tr("Chỉ tiêu giao")])
        self.allocation_table.verticalHeader().setVisible(False)
        self.allocation_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.allocation_table.setColumnWidth(1, 160)
        self.allocation_sum = QLabel(box)
        self.allocation_sum.setObjectName("allocationSum")
        self.allocation_sum.setWordWrap(True)
        choice = QHBoxLayout()
        choice.addWidget(QLabel(self.tr("Chỉ tiêu"), box))
        choice.addWidget(self.allocation_indicator, 1)
        choice.addWidget(QLabel(self.tr("Năm"), box))
        choice.addWidget(self.allocation_year)
        layout = QVBoxLayout(box)
        layout.addLayout(choice)
        layout.addWidget(self.allocation_table, 1)
        layout.addWidget(self.allocation_sum)
        self.allocation_indicator.currentIndexChanged.connect(self._fill_allocations)
        self.allocation_year.currentIndexChanged.connect(self._fill_allocations)
        self.allocation_table.itemChanged.connect(self._allocation_edited)
        return box

    def choose_allocation(self, indicator: str, year: int) -> None:
        """Show the allocations of one target of this level."""
        self.allocation_indicator.setCurrentIndex(self.allocation_indicator.findData(indicator))
        self.allocation_year.setCurrentIndex(self.allocation_year.findData(year))

    def set_allocation(self, unit_code: str, text: str) -> None:
        """Type the figure allocated to one commune for the target shown."""
        item = self.allocation_table.item(self._communes.index(unit_code), 1)
        assert item is not None  # every commune has its row
        item.setText(text)

    def _fill_allocation_years(self) -> None:
        years = self._draft(self.registry.require_site().unit_code).years
        chosen = self.allocation_year.currentData()
        self.allocation_year.blockSignals(True)
        self.allocation_year.clear()
        for year in years:
            self.allocation_year.addItem(str(year), year)
        self.allocation_year.setCurrentIndex(max(0, self.allocation_year.findData(chosen)))
        self.allocation_year.blockSignals(False)
        self._fill_allocations()

    def _fill_allocations(self, _index: int = 0) -> None:
        key, year = self.allocation_indicator.currentData(), self.allocation_year.currentData()
        if key is None or year is None:
            return
        self._filling = True
        self.allocation_table.setRowCount(len(self._communes))
        for row, code in enumerate(self._communes):
            name = QTableWidgetItem(unit_name(self.registry, code))
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.allocation_table.setItem(row, 0, name)
            value = QTableWidgetItem(self._draft(code).targets.get((key, year), ("", ""))[0])
            value.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.allocation_table.setItem(row, 1, value)
        self._filling = False
        self._update_allocation_sum()

    def _allocation_edited(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 1:
            return
        key, year = self.allocation_indicator.currentData(), self.allocation_year.currentData()
        draft = self._draft(self._communes[item.row()])
        upper = self._cells.get((key, year))
        comparison = draft.targets.get((key, year), ("", ""))[1] or (upper.get()[1] if upper else "at_least")
        draft.targets[(key, year)] = (item.text().strip(), comparison)
        if year not in draft.years:
            draft.years = sorted(draft.years + [year])
        self._update_allocation_sum()

    def _update_allocation_sum(self, _text: str = "") -> None:
        """The sum of the allocations against this level's own figure: a warning when it falls
        short of or exceeds it (allowed: a level may keep a reserve or ask more of its communes)."""
        if not self._communes or self.allocation_indicator.currentData() is None:
            return
        key, year = self.allocation_indicator.currentData(), self.allocation_year.currentData()
        own = self._cells.get((key, year))
        upper = _number_or_none(own.get()[0]) if own is not None else None
        values = [_number_or_none(self._draft(code).targets.get((key, year), ("", ""))[0])
                  for code in self._communes]
        found = allocation_sum(key, upper, values)
        unit = unit_name(self.registry, self.registry.require_site().unit_code)
        numbers = {"count": found.allocated, "total": format_number(found.total), "unit": unit,
                   "upper": format_number(upper) if upper is not None else "",
                   "gap": format_number(abs(found.difference or 0))}
        if found.state == "rate":
            text = self.tr("Chỉ tiêu tỷ lệ: mỗi xã có tỷ lệ riêng, không cộng lại để so với {unit}.")
        elif found.allocated == 0:
            text = self.tr("Chưa giao chỉ tiêu này cho xã nào.")
        elif found.state == "no_upper":
            text = self.tr("Tổng đã giao cho {count} xã: {total}; {unit} chưa có chỉ tiêu này để so.")
        elif found.state == "short":
            text = self.tr("Tổng đã giao cho {count} xã: {total}, còn thiếu {gap} so với chỉ tiêu của "
                           "{unit} ({upper}). Vẫn cất được; hãy xem lại nếu chưa giao hết.")
        elif found.state == "over":
            text = self.tr("Tổng đã giao cho {count} xã: {total}, vượt {gap} so với chỉ tiêu của "
                           "{unit} ({upper}). Vẫn cất được; hãy xem lại nếu không chủ ý.")
        else:
            text = self.tr("Tổng đã giao cho {count} xã: {total}, bằng chỉ tiêu của {unit}.")
        self.allocation_sum.setText(text.format(**numbers))
        warn = found.allocated > 0 and found.state in ("short", "over")
        self.allocation_sum.setProperty("warn", warn)
        self.allocation_sum.style().unpolish(self.allocation_sum)
        self.allocation_sum.style().polish(self.allocation_sum)

    # --- population ------------------------------------------------------------------------------

    def _append_population(self, year: str, figure: str) -> None:
        row = self.population_table.rowCount()
        self.population_table.insertRow(row)
        year_item = QTableWidgetItem(year)
        figure_item = QTableWidgetItem(figure)
        figure_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.population_table.setItem(row, 0, year_item)
        self.population_table.setItem(row, 1, figure_item)

    def _add_population_row(self) -> None:
        used = set()
        for row in range(self.population_table.rowCount()):
            item = self.population_table.item(row, 0)
            if item is not None and item.text().strip().isdigit():
                used.add(int(item.text().strip()))
        year = self.registry.today.year
        while year in used:
            year += 1
        self.set_population(year, "")
        row = self.population_table.rowCount() - 1
        self.population_table.setCurrentCell(row, 1)
        item = self.population_table.item(row, 1)
        assert item is not None  # set_population has just filled the row
        self.population_table.editItem(item)

    def set_population(self, year: int, text: str) -> None:
        """Type a population figure for a year of the unit shown (a new row if needed)."""
        for row in range(self.population_table.rowCount()):
            item = self.population_table.item(row, 0)
            if item is not None and item.text().strip() == str(year):
                figure = self.population_table.item(row, 1)
                assert figure is not None  # every row has its figure cell
                figure.setText(text)
                return
        self._append_population(str(year), text)

    def _remove_population_row(self) -> None:
        row = self.population_table.currentRow()
        if row >= 0:
            self.population_table.removeRow(row)

    # --- saving ----------------------------------------------------------------------------------

    def _wanted(self, point: bool = True) -> tuple[list[_Write], list[tuple[str, int, int | None]]]:
        """Every target and population figure that differs from what is stored; raises the
        core's message for anything that is not a number (and, with `point`, shows the unit and
        the cell that holds it)."""
        self._collect()
        targets: list[_Write] = []
        population: list[tuple[str, int, int | None]] = []
        by_key = {ind.key: ind for ind in INDICATORS}
        for code, draft in self._drafts.items():
            basis_changed = draft.basis != draft.original_basis
            try:
                base_on = parse_day(draft.base_on)
            except ValueError:
                if point:
                    self._point_at(code)
                raise KtttError("bad_target_baseline_date", value=draft.base_on) from None
            for (key, year), (text, comparison) in draft.targets.items():
                try:
                    value = parse_number(text)
                except ValueError:
                    if point:
                        self._point_at(code, key, year)
                    ind = by_key[key]
                    raise KtttError("bad_target_percent" if ind.unit == "percent" else "bad_target_value",
                                    value=text, indicator=ind.label(lang())) from None
                old = draft.original_targets.get((key, year))
                if value is None:
                    if old is not None:
                        targets.append(_Write(code, key, year, None, comparison, draft.basis, text))
                    continue
                baseline_text = draft.baselines.get(key, "")
                try:
                    baseline = parse_number(baseline_text)
                except ValueError:
                    if point:
                        self._point_at(code)
                    raise KtttError("bad_target_baseline", value=baseline_text,
                                    indicator=by_key[key].label(lang())) from None
                if (old is None or old.value != value or old.comparison != comparison or basis_changed
                        or old.baseline != baseline or old.baseline_on != base_on):
                    targets.append(_Write(code, key, year, value, comparison, draft.basis, text, baseline, base_on))
            seen: set[int] = set()
            for year_text, figure_text in draft.population:
                if not year_text and not figure_text:
                    continue
                if not year_text.isdigit():
                    if point:
                        self._point_at(code, page=self.population_box)
                    raise KtttError("bad_target_year", year=year_text)
                year = int(year_text)
                try:
                    figure = parse_money(figure_text) if figure_text else None
                except ValueError:
                    if point:
                        self._point_at(code, page=self.population_box)
                    raise KtttError("bad_population", value=figure_text) from None
                seen.add(year)
                if figure != draft.original_population.get(year):
                    population.append((code, year, figure))
            for year in draft.original_population:
                if year not in seen:  # the row was removed
                    population.append((code, year, None))
        return targets, population

    def _point_at(self, code: str, key: str | None = None, year: int | None = None,
                  page: QWidget | None = None) -> None:
        """Show the unit, the page (the targets unless said) and the cell that holds a refused value."""
        if code != self._current:
            self.unit_combo.blockSignals(True)
            self.select_unit(code)
            self.unit_combo.blockSignals(False)
            self._show_unit(code)
        self.sections.setCurrentWidget(page or self.targets_page)
        if key is not None and year is not None and (key, year) in self._cells:
            cell = self._cells[(key, year)]
            cell.mark_invalid(True)
            self.table.scrollTo(self.table.model().index([i.key for i in INDICATORS].index(key), 0))
            cell.value.setFocus()
            cell.value.selectAll()

    def _show_problem(self, message: str) -> None:
        self.problem_label.setText(message)
        self.problem_label.show()

    def has_edits(self) -> bool:
        try:
            targets, population = self._wanted(point=False)
        except KtttError:
            return True
        return bool(targets or population)

    def save(self) -> bool:
        """Write every change at once; on a refused value nothing is written and the dialog
        stays open with the message. Returns True when saved."""
        self.problem_label.hide()
        for cell in self._cells.values():
            cell.mark_invalid(False)
        try:
            targets, population = self._wanted()
            changes = Changes()
            with self.registry.batch():
                for write in targets:
                    try:
                        changes.merge(self.registry.set_target(write.unit_code, write.indicator, write.year,
                                                               write.value, write.comparison, write.basis or None,
                                                               write.baseline, write.baseline_on))
                    except KtttError as exc:
                        self._point_at(write.unit_code, write.indicator, write.year)
                        if exc.code in ("bad_target_value", "bad_target_percent", "bad_target_baseline"):
                            # say it as it was typed
                            typed = write.text if exc.code != "bad_target_baseline" else \
                                self._drafts[write.unit_code].baselines.get(write.indicator, "")
                            raise KtttError(exc.code, **{**exc.params, "value": typed}) from exc
                        raise
                for code, year, figure in population:
                    try:
                        changes.merge(self.registry.set_population(code, year, figure))
                    except KtttError:
                        self._point_at(code, page=self.population_box)
                        raise
        except KtttError as exc:
            self._show_problem(exc.message())
            return False
        self.changes = changes
        super().accept()
        return True

    def accept(self) -> None:
        self.save()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Enter in a cell being typed confirms the cell, not the dialog: the table hands the
        typed figure over only after this key, so saving now would lose it."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and _editing_view(self.focusWidget()) is not None:
            event.accept()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        """Cancel: ask first if something was typed, so edits are not lost by a slip."""
        if self.has_edits() and not prompts.confirm(
                self, self.tr("Thay đổi chưa cất"),
                self.tr("Các chỉ tiêu và số dân vừa nhập chưa được cất. Bỏ các thay đổi này?"),
                yes=self.tr("Bỏ thay đổi")):
            return
        super().reject()

    @classmethod
    def edit(cls, registry: Registry, parent: QWidget | None = None) -> Changes | None:
        """Open the dialog; the changes saved, or None if the officer cancelled."""
        dialog = cls(registry, parent)
        return dialog.changes if dialog.exec() == QDialog.DialogCode.Accepted else None
