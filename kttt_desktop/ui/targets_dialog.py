"""Chỉ tiêu kế hoạch: the targets of a unit for 2030 and 2045 (and any other year), and its
population, the base of the population share.

Targets are the site's settings, not records: they are written through
`Registry.set_target` / `set_population`, all in one `batch()`, so a refused value (a
negative number, a share above 100 %) leaves every target as it was and the dialog open
with core's sentence saying what to enter. Edits of several units are kept while the
officer switches between them and saved together.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
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
    QVBoxLayout,
    QWidget,
)

from kttt_desktop.core import units
from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.formats import format_money, parse_money
from kttt_desktop.core.plan.indicators import INDICATORS, Indicator
from kttt_desktop.core.plan.targets import HORIZONS, MUONG_TE_DISTRICT, Target
from kttt_desktop.core.registry import Changes
from kttt_desktop.core.reports.summary import applicable_targets
from kttt_desktop.ui import prompts, styles
from kttt_desktop.ui.i18n import lang
from kttt_desktop.ui.screen_fit import fit_to_screen

if TYPE_CHECKING:
    from kttt_desktop.core.registry import Registry

_STYLE = (styles.rule("QLabel#hint", styles.NOTE) + styles.banner("QLabel#problem", styles.ERROR)
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


class TargetsDialog(QDialog):
    """Targets per unit and year, and population per unit and year. After Cất, `changes`
    says what was written (its `targets` flag is set when anything changed)."""

    def __init__(self, registry: Registry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.registry = registry
        self.changes = Changes()
        self.setWindowTitle(self.tr("Chỉ tiêu kế hoạch và số dân"))
        self.setStyleSheet(_STYLE)
        fit_to_screen(self, QSize(920, 780))
        self._drafts: dict[str, _Draft] = {}
        self._current: str | None = None
        self._cells: dict[tuple[str, int], TargetCell] = {}
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

        targets_box = QGroupBox(self.tr("Chỉ tiêu"), self)
        targets_layout = QVBoxLayout(targets_box)
        targets_layout.addWidget(QLabel(self.tr(
            "Nhập số cần đạt; để trống nếu không giao chỉ tiêu. «khoảng 15» được tính là đạt từ 90 % trở lên."),
            targets_box))
        targets_layout.addWidget(self.table, 1)
        basis_row = QFormLayout()
        basis_row.addRow(self.tr("Căn cứ"), self.basis_edit)
        year_row = QHBoxLayout()
        year_row.addLayout(basis_row, 1)
        year_row.addWidget(self.add_year_button)
        targets_layout.addLayout(year_row)

        self.population_table = QTableWidget(0, 2, self)
        self.population_table.setHorizontalHeaderLabels([self.tr("Năm"), self.tr("Số dân (người)")])
        self.population_table.verticalHeader().setVisible(False)
        self.population_table.horizontalHeader().setStretchLastSection(True)
        self.population_table.setColumnWidth(0, 90)
        self.population_table.setMinimumHeight(100)
        self.population_table.setMaximumHeight(120)
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

        unit_row = QFormLayout()
        unit_row.addRow(self.tr("Đơn vị"), self.unit_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(unit_row)
        layout.addWidget(self.unit_note)
        layout.addWidget(targets_box, 1)
        layout.addWidget(population_box)
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
            self._drafts[code] = _Draft(
                {key: (format_number(t.value), t.comparison) for key, t in targets.items()}, years, basis,
                [(str(year), format_money(figure)) for year, figure in sorted(population.items())],
                targets, population, basis)
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
        self.population_box.setTitle(self.tr(
            "Số dân của {unit} (để tính tỷ lệ dân số tham gia tổ chức kinh tế tập thể)").format(
            unit=unit_name(self.registry, code)))
        self.population_table.setRowCount(0)
        for year, figure in draft.population:
            self._append_population(year, figure)

    def _build_table(self, draft: _Draft) -> None:
        self._cells = {}
        self.table.clear()
        self.table.setRowCount(len(INDICATORS))
        self.table.setColumnCount(1 + len(draft.years))
        self.table.setHorizontalHeaderLabels([self.tr("Chỉ tiêu")] + [
            self.tr("Năm {year}").format(year=year) for year in draft.years])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 1 + len(draft.years)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            self.table.setColumnWidth(column, 210)
        for row, ind in enumerate(INDICATORS):
            item = QTableWidgetItem(ind.label(lang()))
            item.setToolTip(ind.label(lang()))
            self.table.setItem(row, 0, item)
            for column, year in enumerate(draft.years, start=1):
                cell = TargetCell(ind, self.table)
                text, comparison = draft.targets.get((ind.key, year), ("", "at_least"))
                cell.set(text, comparison)
                original = draft.original_targets.get((ind.key, year))
                if original is not None and original.source:
                    cell.setToolTip(self.tr("Nguồn: {unit}").format(unit=unit_name(self.registry, original.source)))
                self.table.setCellWidget(row, column, cell)
                self._cells[(ind.key, year)] = cell

    def cell(self, indicator: str, year: int) -> TargetCell:
        """The editor of one target of the unit shown."""
        return self._cells[(indicator, year)]

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

    def _ask_year(self) -> None:
        text = prompts.ask_text(self, self.tr("Thêm năm"), self.tr("Năm của chỉ tiêu (ví dụ 2025):"))
        if text is None or not text.strip():
            return
        year = text.strip()
        if not year.isdigit() or not 2000 <= int(year) <= 2100:
            self._show_problem(KtttError("bad_target_year", year=year).message())
            return
        self.add_year(int(year))

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
                if old is None or old.value != value or old.comparison != comparison or basis_changed:
                    targets.append(_Write(code, key, year, value, comparison, draft.basis, text))
            seen: set[int] = set()
            for year_text, figure_text in draft.population:
                if not year_text and not figure_text:
                    continue
                if not year_text.isdigit():
                    if point:
                        self._point_at(code)
                    raise KtttError("bad_target_year", year=year_text)
                year = int(year_text)
                try:
                    figure = parse_money(figure_text) if figure_text else None
                except ValueError:
                    if point:
                        self._point_at(code)
                    raise KtttError("bad_population", value=figure_text) from None
                seen.add(year)
                if figure != draft.original_population.get(year):
                    population.append((code, year, figure))
            for year in draft.original_population:
                if year not in seen:  # the row was removed
                    population.append((code, year, None))
        return targets, population

    def _point_at(self, code: str, key: str | None = None, year: int | None = None) -> None:
        """Show the unit and the cell that holds a refused value."""
        if code != self._current:
            self.unit_combo.blockSignals(True)
            self.select_unit(code)
            self.unit_combo.blockSignals(False)
            self._show_unit(code)
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
                                                               write.value, write.comparison, write.basis or None))
                    except KtttError as exc:
                        self._point_at(write.unit_code, write.indicator, write.year)
                        if exc.code in ("bad_target_value", "bad_target_percent"):  # say it as it was typed
                            raise KtttError(exc.code, **{**exc.params, "value": write.text}) from exc
                        raise
                for code, year, figure in population:
                    try:
                        changes.merge(self.registry.set_population(code, year, figure))
                    except KtttError:
                        self._point_at(code)
                        raise
        except KtttError as exc:
            self._show_problem(exc.message())
            return False
        self.changes = changes
        super().accept()
        return True

    def accept(self) -> None:
        self.save()

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
