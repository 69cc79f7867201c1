"""Step 2, «Ghép cột»: per sheet, whether to import it, its record type, the row of its
headers, and which field each column goes into. «Tiếp» stays disabled while an included
sheet lacks a required column, or a list that names no organisation has none chosen."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from openpyxl.utils import get_column_letter
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from kttt_desktop.core.xlsx.mapping import mapping_choices, required_keys
from kttt_desktop.core.xlsx.sheet_layout import SHEET_NAMES
from kttt_desktop.ui import styles
from kttt_desktop.ui.forms.editors import RefEditor, SearchableComboBox
from kttt_desktop.ui.list_page import configure_table
from kttt_desktop.ui.xlsx_import import texts
from kttt_desktop.ui.xlsx_import.choices import SheetChoice
from kttt_desktop.ui.xlsx_import.file_page import hint

if TYPE_CHECKING:
    from kttt_desktop.ui.xlsx_import.wizard import XlsxImportWizard

SKIP = "-"  # the drop-down's code for "(bỏ qua cột này)"; no field is named so
LETTER, HEADER, SAMPLE, FIELD = range(4)


class MappingPage(QWizardPage):
    def __init__(self, wizard: XlsxImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self._combos: dict[int, SearchableComboBox] = {}
        self.setTitle(self.tr("Ghép cột"))
        self.setSubTitle(self.tr("Kiểm tra mỗi cột của tệp được nhập vào trường nào. Cột không cần nhập thì chọn "
                                 "«(bỏ qua cột này)»."))

        self.sheet_combo = QComboBox(self)
        self.sheet_combo.setObjectName("sheet")
        self.sheet_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.include_box = QCheckBox(self.tr("Nhập sheet này"), self)
        self.include_box.setObjectName("include_sheet")
        self.type_combo = QComboBox(self)
        self.type_combo.setObjectName("record_type")
        for record_type in SHEET_NAMES:
            self.type_combo.addItem(texts.record_type_label(record_type), record_type)
        self.header_spin = QSpinBox(self)
        self.header_spin.setObjectName("header_row")
        self.header_spin.setMinimum(1)
        self.header_spin.setKeyboardTracking(False)  # re-read once the number is typed

        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("columns")
        self.table.setHorizontalHeaderLabels([self.tr("Cột"), self.tr("Tiêu đề trong tệp"), self.tr("Giá trị mẫu"),
                                              self.tr("Nhập vào trường")])
        configure_table(self.table)
        self.table.horizontalHeader().setSectionsMovable(False)
        self.table.verticalHeader().setDefaultSectionSize(self.type_combo.sizeHint().height() + 4)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(LETTER, QHeaderView.ResizeMode.ResizeToContents)

        self.problems_label = QLabel(self)
        self.problems_label.setObjectName("problems")
        self.problems_label.setWordWrap(True)
        self.problems_label.setTextFormat(Qt.TextFormat.RichText)
        self.problems_label.setStyleSheet(styles.ERROR_LINE)
        self.ignored_label = hint("", self)
        self.ignored_label.setObjectName("ignored")

        self.organization_combo = RefEditor(wizard.registry, "organization", self)
        self.organization_combo.setObjectName("default_organization")
        self.organization_combo.setMinimumContentsLength(40)
        org_label = QLabel(self.tr("&Tổ chức của danh sách"), self)
        org_label.setBuddy(self.organization_combo)
        org_row = QHBoxLayout()
        org_row.addWidget(org_label)
        org_row.addWidget(self.organization_combo, 1)
        org_hint = hint(self.tr(
            "Các hàng không ghi mã số thuế hay tên tổ chức thuộc tổ chức này; bắt buộc chọn khi danh sách không có "
            "cột tổ chức. Trường có dấu * là trường bắt buộc."), self)

        sheet_row = QHBoxLayout()
        sheet_label = QLabel(self.tr("&Sheet"), self)
        sheet_label.setBuddy(self.sheet_combo)
        sheet_row.addWidget(sheet_label)
        sheet_row.addWidget(self.sheet_combo, 1)
        sheet_row.addWidget(self.include_box)
        sheet_row.addSpacing(16)
        type_label = QLabel(self.tr("&Loại bản ghi"), self)
        type_label.setBuddy(self.type_combo)
        sheet_row.addWidget(type_label)
        sheet_row.addWidget(self.type_combo)
        sheet_row.addSpacing(16)
        header_label = QLabel(self.tr("&Dòng tiêu đề"), self)
        header_label.setBuddy(self.header_spin)
        sheet_row.addWidget(header_label)
        sheet_row.addWidget(self.header_spin)
        layout = QVBoxLayout(self)
        layout.addLayout(sheet_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.ignored_label)
        layout.addSpacing(6)
        layout.addLayout(org_row)
        layout.addWidget(org_hint)

        self.sheet_combo.currentIndexChanged.connect(self._show_sheet)
        self.include_box.toggled.connect(self._include_toggled)
        self.type_combo.currentIndexChanged.connect(self._type_chosen)
        self.header_spin.valueChanged.connect(self._header_row_chosen)
        self.organization_combo.changed.connect(self._organization_chosen)

    # --- state ------------------------------------------------------------------------

    @property
    def choices(self) -> list[SheetChoice]:
        return self._wizard.choices

    def current(self) -> SheetChoice | None:
        index = self.sheet_combo.currentIndex()
        return self.choices[index] if 0 <= index < len(self.choices) else None

    def select_sheet(self, name: str) -> None:
        index = next((n for n, c in enumerate(self.choices) if c.name == name), -1)
        self.sheet_combo.setCurrentIndex(index)

    def field_combo(self, column: int | str) -> SearchableComboBox:
        """The drop-down of a column of the current sheet, by number (A = 1) or letter."""
        if isinstance(column, str):
            column = next(c for c in self._combos if get_column_letter(c) == column.upper())
        return self._combos[column]

    def problems(self) -> list[str]:
        """Why «Tiếp» is disabled, in the officer's words (plain text)."""
        included = [c for c in self.choices if c.included]
        if not included:
            return [self.tr("Hãy chọn ít nhất một sheet để nhập.")]
        found = []
        for choice in included:
            missing = choice.missing()
            if missing:
                fields = ", ".join(f"«{texts.column_label(column)}»" for column in missing)
                found.append(self.tr("Sheet «{sheet}» chưa có cột {fields}: hãy chọn cột chứa thông tin này, "
                                     "hoặc bỏ chọn «Nhập sheet này».").format(sheet=choice.name, fields=fields))
        needing = [c.name for c in included if c.needs_organization()]
        if needing and not self._has_organizations():
            # Nothing to choose from: say where organisations come from instead of an empty list.
            found.append(self.tr("Sheet «{sheet}» không có cột tổ chức, mà sổ chưa có tổ chức nào để chọn. Hãy thêm "
                                 "tổ chức trước (nút «Thêm tổ chức» ở trang Tổng quan, hoặc điền sheet «Tổ chức» "
                                 "của tệp mẫu rồi nhập tệp đó), sau đó nhập lại danh sách này.").format(
                sheet="», «".join(needing)))
        elif needing and not self.organization_combo.value():
            found.append(self.tr("Sheet «{sheet}» không có cột tổ chức: hãy chọn tổ chức mà danh sách thuộc về "
                                 "ở ô «Tổ chức của danh sách» bên dưới.").format(sheet="», «".join(needing)))
        return found

    def _has_organizations(self) -> bool:
        """Whether «Tổ chức của danh sách» has anything to offer (its empty choice aside)."""
        combo = self.organization_combo
        return any(combo.itemData(n) for n in range(combo.count()))

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return not self.problems()

    # --- showing ----------------------------------------------------------------------

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        for choice in self.choices:
            self.sheet_combo.addItem(self._sheet_text(choice))
        first = next((n for n, c in enumerate(self.choices) if c.included), 0)
        self.sheet_combo.setCurrentIndex(first if self.choices else -1)
        self.sheet_combo.blockSignals(False)
        self.organization_combo.refresh()
        self.organization_combo.set_value(self._wizard.default_organization_id)
        self.organization_combo.setEnabled(self._has_organizations())
        self._show_sheet()

    def _sheet_text(self, choice: SheetChoice) -> str:
        text = f"{choice.name} — {texts.record_type_label(choice.mapping.record_type)}"
        return text if choice.included else self.tr("{sheet} (không nhập)").format(sheet=text)

    def _show_sheet(self, *_args: object) -> None:
        choice = self.current()
        for widget in (self.include_box, self.type_combo, self.header_spin, self.table):
            widget.setEnabled(choice is not None)
        if choice is not None:
            for widget in (self.include_box, self.type_combo, self.header_spin):
                widget.blockSignals(True)
            self.include_box.setChecked(choice.included)
            self.type_combo.setCurrentIndex(self.type_combo.findData(choice.mapping.record_type))
            self.header_spin.setMaximum(max(1, choice.sheet.max_row))
            self.header_spin.setValue(choice.mapping.header_row)
            for widget in (self.include_box, self.type_combo, self.header_spin):
                widget.blockSignals(False)
        self._fill_table()
        self._update_status()

    def _fill_table(self) -> None:
        choice = self.current()
        self._combos = {}
        self.table.clearContents()
        if choice is None:
            self.table.setRowCount(0)
            return
        mapping = choice.mapping
        columns = choice.columns()
        required = required_keys(mapping.record_type)
        items = [(SKIP, self.tr("(bỏ qua cột này)"))] + [
            (c.key, texts.column_label(c) + (" *" if c.key in required else ""))
            for c in mapping_choices(mapping.record_type)]
        self.table.setRowCount(len(columns))
        for row, column in enumerate(columns):
            letter = QTableWidgetItem(get_column_letter(column))
            letter.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            header = QTableWidgetItem(mapping.headers.get(column, ""))
            header.setToolTip(mapping.headers.get(column, ""))
            sample = QTableWidgetItem(texts.sample_text(choice.samples.get(column)))
            sample.setForeground(self.palette().placeholderText())
            for number, item in ((LETTER, letter), (HEADER, header), (SAMPLE, sample)):
                self.table.setItem(row, number, item)
            combo = SearchableComboBox(self.table, searchable=False, allow_empty=False)
            combo.setObjectName(f"field_{get_column_letter(column)}")
            combo.setMinimumContentsLength(24)
            combo.set_items(items)
            combo.set_value(mapping.keys.get(column, SKIP))
            combo.setAccessibleName(self.tr("Cột {letter}").format(letter=get_column_letter(column)))
            combo.changed.connect(lambda column=column, combo=combo: self._field_chosen(column, combo))
            self.table.setCellWidget(row, FIELD, combo)
            self._combos[column] = combo
        self.table.resizeColumnToContents(LETTER)
        self.table.setColumnWidth(HEADER, 220)
        self.table.setColumnWidth(SAMPLE, 180)

    def _sync_combos(self) -> None:
        """Show the mapping again after a key moved from one column to another."""
        choice = self.current()
        if choice is None:
            return
        for column, combo in self._combos.items():
            combo.blockSignals(True)
            combo.set_value(choice.mapping.keys.get(column, SKIP))
            combo.blockSignals(False)

    def _update_status(self) -> None:
        problems = self.problems()
        self.problems_label.setText("<br>".join(html.escape(p) for p in problems))
        self.problems_label.setVisible(bool(problems))
        choice = self.current()
        left = [f"{get_column_letter(c)} «{h}»" for c, h in sorted(choice.mapping.headers.items())
                if c not in choice.mapping.keys] if choice is not None else []
        self.ignored_label.setText(self.tr("Các cột không nhập: {columns}.").format(columns=", ".join(left))
                                   if left else "")
        self.ignored_label.setVisible(bool(left))
        index = self.sheet_combo.currentIndex()
        if choice is not None:
            self.sheet_combo.setItemText(index, self._sheet_text(choice))
        self.completeChanged.emit()

    # --- the officer's changes --------------------------------------------------------

    def _field_chosen(self, column: int, combo: SearchableComboBox) -> None:
        choice = self.current()
        if choice is None:
            return
        key = combo.value()
        choice.mapping.assign(column, None if key in (None, SKIP) else key)
        self._sync_combos()
        self._update_status()

    def _include_toggled(self, on: bool) -> None:
        choice = self.current()
        if choice is not None:
            choice.included = on
            self._update_status()

    def _type_chosen(self, *_args: object) -> None:
        choice = self.current()
        if choice is not None:
            choice.remap(self.type_combo.currentData(), choice.mapping.header_row)
            self._fill_table()
            self._update_status()

    def _header_row_chosen(self, row: int) -> None:
        choice = self.current()
        if choice is not None and row != choice.mapping.header_row:
            choice.remap(choice.mapping.record_type, row)
            self._fill_table()
            self._update_status()

    def _organization_chosen(self) -> None:
        self._wizard.default_organization_id = self.organization_combo.value()
        self._update_status()
