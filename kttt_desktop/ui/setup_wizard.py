"""First start: say which unit this database serves, start from the upper level's set-up
file, or try the program with demo data.

Set-up asks the level (commune, an area that adds up several communes, province), the unit
and the officer's name, then calls `Registry.init_site`. Nothing is chosen in advance: the
unit cannot be changed later, so an officer who only clicks "Tiếp" must not end up
registered as some other commune; the last page says so plainly. A set-up file (made by the district for this commune)
already names the unit and holds its keys: the officer only adds a name, and the
fingerprints are then shown for checking by phone. The trial sets up Xã Bum Tở and fills
it with generated data on a background thread, with a progress bar, so the window stays
responsive.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from kttt_desktop.core import catalogs, units
from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.sync.manager import SyncManager
from kttt_desktop.ui import prompts
from kttt_desktop.ui.forms.editors import SearchableComboBox
from kttt_desktop.ui.i18n import lang
from kttt_desktop.ui.screen_fit import fit_to_screen
from kttt_desktop.ui.styles import ERROR_LINE, NOTE, WARNING_LINE, required_mark
from kttt_desktop.ui.worker import BackgroundOp, Cancelled, Progress, run_op

if TYPE_CHECKING:
    from kttt_desktop.core.registry import Registry

DEMO_COMMUNE = "03433"  # Xã Bum Tở, Lai Châu: the trial only, never offered for a real set-up
DEMO_COMMUNE_NAME = "Xã Bum Tở"
DEMO_OFFICER = "Cán bộ dùng thử"


def _hint(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet(NOTE)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)  # no gap above in a tall row
    return label


def _problem(parent: QWidget) -> QLabel:
    """The line under a field that says what is wrong with it."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_LINE)
    return label


def province_title(name: str) -> str:
    """"Lai Châu" → "Tỉnh Lai Châu"; "Thành phố Hà Nội" already says what it is."""
    return name if name.startswith(("Tỉnh ", "Thành phố ")) else QCoreApplication.translate(
        "SetupWizard", "Tỉnh {name}").format(name=name)


def in_province(name: str) -> str:
    """"Lai Châu" → "tỉnh Lai Châu", for the middle of a sentence."""
    title = province_title(name)
    return title[:1].lower() + title[1:]


class ListedChoice(SearchableComboBox):
    """A searchable list whose typed text must name a listed item. Text that matches nothing
    leaves the field without a choice, stays as typed, and is sent out by `unknown` so the
    page can say so, instead of the field silently putting the previous choice back."""

    unknown = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, searchable=True, allow_empty=True)

    def commit_text(self) -> None:
        typed = self.search_line().text()
        if self.currentIndex() > 0 and typed == self.itemText(self.currentIndex()):
            # Already chosen (Enter, then leaving the field): clearing it for a moment would
            # disable the commune field just as Tab moves into it.
            return
        self.setCurrentIndex(0)  # the empty item: nothing is kept from before
        self.search_line().setText(typed)
        super().commit_text()
        if typed.strip() and self.value() is None:
            self.search_line().setText(typed)
            self.unknown.emit(typed.strip())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        # Enter picks what was typed (the line edit has committed it already); it must not
        # also press the wizard's default button and carry the officer on past a choice
        # they have not looked at.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            completer = self.completer()
            popup = completer.popup() if completer is not None else None
            if popup is not None and popup.isVisible():
                # The suggestion list sends its keys here first and, the key accepted, picks
                # nothing: choose what the line shows (the highlighted suggestion) now, not only
                # when the field is left, after Tab had passed the still disabled commune.
                popup.hide()
                self.commit_text()
            event.accept()
            return
        super().keyPressEvent(event)


class ChoicePage(QWizardPage):
    """Set up a real unit, or try the program with demo data."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Chào mừng đến với Sổ theo dõi kinh tế tập thể"))
        self.setSubTitle(self.tr("Lần đầu mở chương trình trên máy này. Bạn muốn làm gì?"))
        self.setup_radio = QRadioButton(self.tr("Thiết lập đơn vị"), self)
        self.setup_radio.setObjectName("setup_radio")
        self.file_radio = QRadioButton(self.tr("Bắt đầu từ tệp thiết lập của cấp trên"), self)
        self.file_radio.setObjectName("file_radio")
        self.demo_radio = QRadioButton(self.tr("Dùng thử với dữ liệu mẫu"), self)
        self.demo_radio.setObjectName("demo_radio")
        for radio in (self.setup_radio, self.file_radio, self.demo_radio):
            font = radio.font()
            font.setBold(True)
            radio.setFont(font)
        group = QButtonGroup(self)
        group.addButton(self.setup_radio)
        group.addButton(self.file_radio)
        group.addButton(self.demo_radio)
        self.setup_radio.setChecked(True)
        group.buttonToggled.connect(lambda *_: self.completeChanged.emit())
        layout = QVBoxLayout(self)
        layout.addWidget(self.setup_radio)
        setup_hint = _hint(self.tr(
            "Chọn xã (phường), tỉnh, hoặc khu vực gộp nhiều xã mà máy này theo dõi và ghi tên cán bộ "
            "nhập liệu. Dữ liệu chỉ nằm trên máy này cho đến khi bạn gửi lên cấp trên."), self)
        setup_hint.setContentsMargins(24, 0, 0, 12)
        layout.addWidget(setup_hint)
        layout.addWidget(self.file_radio)
        file_hint = _hint(self.tr(
            "Cấp trên (tỉnh hoặc khu vực) đã chuẩn bị cho đơn vị này một tệp thiết lập, thường trao bằng USB. "
            "Tệp cho biết "
            "đơn vị, cấp trên và khóa để gửi nhận gói đồng bộ."), self)
        file_hint.setContentsMargins(24, 0, 0, 12)
        layout.addWidget(file_hint)
        layout.addWidget(self.demo_radio)
        demo_hint = _hint(self.tr(
            "Tạo một đơn vị dùng thử (Xã Bum Tở, tỉnh Lai Châu) với các hợp tác xã, tổ hợp tác, "
            "thành viên và khoản hỗ trợ do máy sinh ra, để làm quen với chương trình. "
            "Không dùng đơn vị dùng thử để báo cáo."), self)
        demo_hint.setContentsMargins(24, 0, 0, 0)
        layout.addWidget(demo_hint)
        layout.addStretch(1)

    def demo_chosen(self) -> bool:
        return self.demo_radio.isChecked()

    def nextId(self) -> int:  # noqa: N802 - Qt override
        if self.demo_chosen():
            return SetupWizard.DEMO_PAGE
        if self.file_radio.isChecked():
            return SetupWizard.FILE_PAGE
        return SetupWizard.UNIT_PAGE


class SetupFilePage(QWizardPage):
    """The set-up file from the upper level, and the officer's name."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.path: Path | None = None
        self.document: dict[str, Any] | None = None
        self.setTitle(self.tr("Bắt đầu từ tệp thiết lập của cấp trên"))
        self.setSubTitle(self.tr("Chọn tệp thiết lập nhận từ cấp trên và ghi tên cán bộ nhập liệu."))
        self.choose_button = QPushButton(self.tr("Chọn tệp…"), self)
        self.choose_button.setObjectName("choose_file")
        self.choose_button.clicked.connect(self.choose_file)
        self.file_label = QLabel(self.tr("(chưa chọn tệp)"), self)
        self.file_label.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setObjectName("file_summary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.officer_edit = QLineEdit(self)
        self.officer_edit.setObjectName("file_officer")
        self.officer_edit.setPlaceholderText(self.tr("Ví dụ: Lò Văn Hương"))
        self.officer_edit.textChanged.connect(lambda *_: self.completeChanged.emit())
        file_row = QHBoxLayout()
        file_row.addWidget(self.choose_button)
        file_row.addWidget(self.file_label, 1)
        form = QFormLayout()
        form.addRow(self.tr("Tệp thiết lập"), file_row)
        form.addRow("", self.summary)
        form.addRow(self.tr("Cán bộ nhập liệu"), self.officer_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_hint(self.tr(
            "Tệp thiết lập chứa khóa bí mật của đơn vị: giữ kín, không chuyển cho người khác. Sau khi hoàn thành, "
            "chương trình hiện hai mã vân tay để đọc đối chiếu với cấp trên qua điện thoại."), self))
        layout.addStretch(1)

    def choose_file(self) -> None:
        files = prompts.choose_open_files(self, self.tr("Chọn tệp thiết lập nhận từ cấp trên"),
                                          self.tr("Tệp thiết lập KTTT (*.json);;Mọi tệp (*)"), prompts.PACKAGES)
        if files:
            self.set_file(files[0])

    def set_file(self, path: Path) -> bool:
        """Read the file (its signature checked); False with a warning if it is not a set-up file."""
        try:
            document = SyncManager.read_setup_file(path)
        except KtttError as exc:
            prompts.warn(self, self.tr("Tệp thiết lập không dùng được"), exc.message())
            return False
        self.path, self.document = Path(path), document
        self.file_label.setText(str(path))
        site, upper = document["site"], document["upper"]
        level = catalogs.label("site_level", site["level"], lang())
        rows = [(self.tr("Đơn vị"), f"{site['name']} ({site['unit_code']})"), (self.tr("Cấp"), level),
                (self.tr("Cấp trên"), f"{upper['name']} ({upper['unit_code']})")]
        self.summary.setText("<table cellspacing='4'>" + "".join(
            f"<tr><td>{html.escape(k)}</td><td><b>{html.escape(v)}</b></td></tr>" for k, v in rows) + "</table>")
        self.completeChanged.emit()
        return True

    def officer(self) -> str:
        return self.officer_edit.text().strip()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self.path is not None and bool(self.officer())

    def nextId(self) -> int:  # noqa: N802 - Qt override
        return -1

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        return self._wizard.set_up_from_file()


def level_tip(level: str) -> str:
    """What each level means since local government has two tiers (01/7/2025)."""
    tips = {
        "commune": QCoreApplication.translate(
            "SetupWizard", "Một xã, phường hoặc đặc khu trong danh mục đơn vị hành chính."),
        "district": QCoreApplication.translate(
            "SetupWizard", "Từ 01/7/2025 chính quyền địa phương chỉ còn hai cấp: tỉnh và xã. «Khu vực» là "
            "cấp gộp số liệu của nhiều xã, chỉ có ở nơi cấp trên lập ra (ví dụ địa bàn một huyện cũ); "
            "mã và tên khu vực do cấp trên đặt."),
        "province": QCoreApplication.translate(
            "SetupWizard", "Tỉnh hoặc thành phố trực thuộc trung ương, gộp số liệu của các xã trong tỉnh."),
    }
    return tips.get(level, "")


class UnitPage(QWizardPage):
    """Level, unit and officer. Nothing is chosen in advance: the officer picks the province
    and the commune (or names the area), and Tiếp stays disabled until they are valid."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Đơn vị sử dụng"))
        self.setSubTitle(self.tr("Chọn đơn vị mà máy này theo dõi. Cấp và đơn vị không đổi được sau khi thiết lập."))

        self.level_combo = QComboBox(self)
        self.level_combo.setObjectName("level")
        for value in catalogs.SITE_LEVELS:
            self.level_combo.addItem(value.label(lang()), value.code)
            self.level_combo.setItemData(self.level_combo.count() - 1, level_tip(value.code),
                                         Qt.ItemDataRole.ToolTipRole)

        self.province_combo = ListedChoice(self)
        self.province_combo.setObjectName("province")
        self.province_combo.set_items((p.code, p.name) for p in units.provinces())
        self.province_problem = _problem(self)
        self.province_problem.setObjectName("province_problem")

        self.commune_combo = ListedChoice(self)
        self.commune_combo.setObjectName("commune")
        self.commune_combo.setMinimumContentsLength(26)
        self.commune_problem = _problem(self)
        self.commune_problem.setObjectName("commune_problem")

        self.unit_code_edit = QLineEdit(self)
        self.unit_code_edit.setObjectName("unit_code")
        self.unit_code_edit.setMaxLength(5)
        self.unit_code_edit.setMaximumWidth(self.unit_code_edit.fontMetrics().horizontalAdvance("000000") + 24)
        self.unit_name_edit = QLineEdit(self)
        self.unit_name_edit.setObjectName("unit_name")
        self.area_hint = _hint(level_tip("district"), self)
        self.area_hint.setObjectName("area_hint")

        self.officer_edit = QLineEdit(self)
        self.officer_edit.setObjectName("officer")
        self.officer_edit.setPlaceholderText(self.tr("Ví dụ: Lò Văn Hương"))

        # Commune level picks from the official list; an area and a province name themselves.
        self.unit_stack = QStackedWidget(self)
        commune_box = QWidget(self)
        commune_form = QFormLayout(commune_box)
        commune_form.setContentsMargins(0, 0, 0, 0)
        commune_form.addRow(self._required(self.tr("Xã / phường")), self.commune_combo)
        commune_form.addRow("", self.commune_problem)
        commune_form.addRow("", _hint(self.tr("Gõ vài chữ của tên xã để tìm, có dấu hay không dấu đều được."), self))
        named_box = QWidget(self)
        named_form = QFormLayout(named_box)
        named_form.setContentsMargins(0, 0, 0, 0)
        named_form.addRow(self._required(self.tr("Mã đơn vị")), self.unit_code_edit)
        named_form.addRow(self._required(self.tr("Tên đơn vị")), self.unit_name_edit)
        named_form.addRow("", self.area_hint)
        self.unit_stack.addWidget(commune_box)
        self.unit_stack.addWidget(named_box)

        form = QFormLayout()
        form.addRow(self.tr("Cấp"), self.level_combo)
        form.addRow(self._required(self.tr("Tỉnh / thành phố")), self.province_combo)
        form.addRow("", self.province_problem)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.unit_stack)
        officer_form = QFormLayout()
        officer_form.addRow(self._required(self.tr("Cán bộ nhập liệu")), self.officer_edit)
        layout.addSpacing(8)
        layout.addLayout(officer_form)
        layout.addStretch(1)
        # Line the label columns of the three forms up.
        width = max(form.labelForField(self.province_combo).sizeHint().width(),
                    named_form.labelForField(self.unit_code_edit).sizeHint().width(),
                    officer_form.labelForField(self.officer_edit).sizeHint().width(),
                    commune_form.labelForField(self.commune_combo).sizeHint().width())
        for f, w in ((form, self.level_combo), (form, self.province_combo),
                     (commune_form, self.commune_combo), (named_form, self.unit_code_edit),
                     (named_form, self.unit_name_edit), (officer_form, self.officer_edit)):
            f.labelForField(w).setMinimumWidth(width)

        # A problem line takes no room while there is nothing to say.
        self._problem_rows = {self.province_problem: form, self.commune_problem: commune_form}
        for label in self._problem_rows:
            self._say(label, "")
        self._filled: tuple[str, str] = ("", "")  # what _fill_named last put in the name fields
        self.level_combo.currentIndexChanged.connect(self._level_changed)
        self.province_combo.changed.connect(self._province_changed)
        self.province_combo.unknown.connect(self._unknown_province)
        self.province_combo.search_line().textEdited.connect(lambda *_: self._say(self.province_problem, ""))
        self.commune_combo.unknown.connect(self._unknown_commune)
        self.commune_combo.search_line().textEdited.connect(lambda *_: self._say(self.commune_problem, ""))
        for signal in (self.commune_combo.changed, self.unit_code_edit.textChanged,
                       self.unit_name_edit.textChanged, self.officer_edit.textChanged):
            signal.connect(lambda *_: self.completeChanged.emit())
        self._province_changed()
        self._level_changed()

    def _required(self, text: str) -> QLabel:
        label = QLabel(f"{html.escape(text)} {required_mark()}", self)
        label.setTextFormat(Qt.TextFormat.RichText)
        return label

    def _say(self, problem: QLabel, text: str) -> None:
        problem.setText(text)
        self._problem_rows[problem].setRowVisible(problem, bool(text))

    # state

    def level(self) -> str:
        return self.level_combo.currentData()

    def province_code(self) -> str | None:
        return self.province_combo.value()

    def unit(self) -> tuple[str, str]:
        """(unit code, unit name) as they will be written."""
        if self.level() == "commune":
            code = self.commune_combo.value() or ""
            unit = units.find_unit(code) if code else None
            return code, unit.name if unit else ""
        return self.unit_code_edit.text().strip(), self.unit_name_edit.text().strip()

    def upper_code(self) -> str | None:
        """The province above an area (a commune's upper level is set later, if any)."""
        return self.province_code() if self.level() == "district" else None

    def officer(self) -> str:
        return self.officer_edit.text().strip()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        code, name = self.unit()
        return bool(self.province_code() and code and name and code.isdigit() and self.officer())

    # reactions

    def _province_changed(self) -> None:
        province = self.province_code()
        items = [(u.code, f"{u.name} ({u.code})") for u in units.communes(province)] if province else []
        self.commune_combo.set_items(items)
        self.commune_combo.setEnabled(province is not None)
        self.commune_combo.search_line().setPlaceholderText(
            QCoreApplication.translate("editors", "Gõ để tìm…") if province
            else self.tr("Chọn tỉnh / thành phố trước"))
        self._say(self.commune_problem, "")
        if province is not None:
            self._say(self.province_problem, "")
        self._fill_named()
        self.completeChanged.emit()

    def _unknown_province(self, typed: str) -> None:
        self._say(self.province_problem, self.tr(
            "Không có tỉnh, thành phố «{typed}»; hãy chọn trong danh sách.").format(typed=typed))

    def _unknown_commune(self, typed: str) -> None:
        province = units.find_unit(self.province_code() or "")
        self._say(self.commune_problem, self.tr(
            "Không có xã «{typed}» trong {province}; hãy chọn trong danh sách.").format(
            typed=typed, province=in_province(province.name) if province else ""))

    def _level_changed(self) -> None:
        level = self.level()
        self.unit_stack.setCurrentIndex(0 if level == "commune" else 1)
        self.area_hint.setVisible(level == "district")
        self.level_combo.setToolTip(level_tip(level))
        placeholders = {"district": (self.tr("Ví dụ: 107"), self.tr("Ví dụ: Khu vực Mường Tè"))}
        code_hint, name_hint = placeholders.get(level, ("", ""))
        self.unit_code_edit.setPlaceholderText(code_hint)
        self.unit_name_edit.setPlaceholderText(name_hint)
        self._fill_named()
        self.completeChanged.emit()

    def _fill_named(self) -> None:
        """A province site is the chosen province; an area is named by the officer, so what was
        filled in for a province is taken away again."""
        filled = ("", "")
        if self.level() == "province":
            province = units.find_unit(self.province_code() or "")
            filled = (province.code, province_title(province.name)) if province else ("", "")
        if self.level() == "province" or (self.unit_code_edit.text(), self.unit_name_edit.text()) == self._filled:
            self.unit_code_edit.setText(filled[0])
            self.unit_name_edit.setText(filled[1])
        self._filled = filled


class ConfirmPage(QWizardPage):
    """Says what will be written, and that the unit is for good, and writes it when the
    officer presses Hoàn thành."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Xác nhận đơn vị"))
        self.setSubTitle(self.tr("Kiểm tra lại rồi bấm «Hoàn thành» để bắt đầu."))
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.for_good = QLabel(self)
        self.for_good.setObjectName("for_good")
        self.for_good.setTextFormat(Qt.TextFormat.RichText)
        self.for_good.setWordWrap(True)
        self.for_good.setStyleSheet(WARNING_LINE)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addSpacing(8)
        layout.addWidget(self.for_good)
        layout.addWidget(_hint(self.tr("Tên cán bộ nhập liệu đổi được sau, trong Tệp → Cài đặt."), self))
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        page = self._wizard.unit_page
        code, name = page.unit()
        level = catalogs.label("site_level", page.level(), lang())
        rows = [(self.tr("Cấp"), level), (self.tr("Đơn vị"), f"{name} ({code})")]
        if page.level() != "province" and page.province_code():
            rows.append((self.tr("Tỉnh / thành phố"), units.describe(page.province_code())))
        rows.append((self.tr("Cán bộ nhập liệu"), page.officer()))
        self.summary.setText("<table cellspacing='6'>" + "".join(
            f"<tr><td>{html.escape(k)}</td><td><b>{html.escape(v)}</b></td></tr>" for k, v in rows)
            + "</table>")
        self.for_good.setText(self.tr(
            "<b>Sau khi bấm «Hoàn thành», cơ sở dữ liệu này thuộc về {unit} và không đổi sang đơn vị "
            "khác được nữa.</b> Nếu chưa đúng đơn vị của mình, hãy bấm «Quay lại» để chọn lại.").format(
            unit=html.escape(name)))

    def nextId(self) -> int:  # noqa: N802 - Qt override
        return -1

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        return self._wizard.set_up_site()


class DemoPage(QWizardPage):
    """Says what the trial makes; Hoàn thành starts it."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Dùng thử với dữ liệu mẫu"))
        self.setSubTitle(self.tr("Bấm «Hoàn thành» để tạo đơn vị dùng thử."))
        layout = QVBoxLayout(self)
        facts = QLabel(self.tr(
            "<p>Chương trình sẽ:</p><ul>"
            "<li>thiết lập đơn vị <b>Xã Bum Tở</b> (mã 03433, tỉnh Lai Châu), cán bộ «{officer}»;</li>"
            "<li>tạo một số hợp tác xã, tổ hợp tác cùng vài trăm thành viên, người lao động "
            "và các khoản hỗ trợ của Nhà nước, do máy sinh ra.</li></ul>"
            "<p>Việc này mất vài giây. Dữ liệu mẫu không phải số liệu thật; "
            "khi dùng chính thức, hãy tạo một cơ sở dữ liệu mới.</p>").format(officer=DEMO_OFFICER), self)
        facts.setTextFormat(Qt.TextFormat.RichText)
        facts.setWordWrap(True)
        layout.addWidget(facts)
        layout.addStretch(1)

    def nextId(self) -> int:  # noqa: N802 - Qt override
        return -1

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        return self._wizard.run_demo_step()


class SetupWizard(QWizard):
    """Shown when the database has no site yet. After `exec()` returns Accepted,
    `site_ready` is True and the registry's site is set (and `demo_counts` holds the
    number of demo records made, for the trial)."""

    CHOICE_PAGE, UNIT_PAGE, CONFIRM_PAGE, DEMO_PAGE, FILE_PAGE = 0, 1, 2, 3, 4

    def __init__(self, registry: Registry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.registry = registry
        self.site_ready = registry.site is not None
        self.demo_counts: dict[str, int] | None = None
        self.operation: BackgroundOp | None = None
        self._demo_over = False
        self.setObjectName("setup_wizard")
        self.setWindowTitle(self.tr("Thiết lập ban đầu"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Quay lại"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Tiếp >"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Hoàn thành"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Hủy"))
        self.choice_page = ChoicePage(self)
        self.unit_page = UnitPage(self)
        self.confirm_page = ConfirmPage(self)
        self.demo_page = DemoPage(self)
        self.file_page = SetupFilePage(self)
        self.setPage(self.CHOICE_PAGE, self.choice_page)
        self.setPage(self.UNIT_PAGE, self.unit_page)
        self.setPage(self.CONFIRM_PAGE, self.confirm_page)
        self.setPage(self.DEMO_PAGE, self.demo_page)
        self.setPage(self.FILE_PAGE, self.file_page)
        self.setMinimumSize(640, 480)
        fit_to_screen(self, QSize(640, 480))

    # --- set-up ----------------------------------------------------------------------------

    def set_up_site(self) -> bool:
        """Write the chosen site; False (with a message) if core refuses."""
        if self.site_ready and self.registry.site is not None:
            return True
        page = self.unit_page
        code, name = page.unit()
        try:
            self.registry.init_site(page.level(), code, name, page.officer(), page.upper_code())
        except KtttError as exc:
            prompts.warn(self, self.tr("Chưa thiết lập được"), exc.message())
            return False
        self.site_ready = True
        return True

    def set_up_from_file(self) -> bool:
        """Start the site from the upper level's set-up file, then show the fingerprints."""
        if self.site_ready and self.registry.site is not None:
            return True
        page = self.file_page
        if page.path is None:
            return False
        try:
            site = self.registry.sync.init_from_setup_file(page.path, officer=page.officer())
        except KtttError as exc:
            prompts.warn(self, self.tr("Chưa thiết lập được"), exc.message())
            return False
        self.site_ready = True
        upper = self.registry.sync.upper_peer()
        prompts.inform(self, self.tr("Đối chiếu mã vân tay"), self.tr(
            "Đã thiết lập {site}.\n\nMã vân tay của đơn vị này: {mine}\nMã vân tay của {upper}: {theirs}\n\n"
            "Hãy gọi điện cho {upper} và đọc cho nhau hai mã này. Nếu có mã không khớp, đừng gửi gói nào: "
            "báo ngay cho cấp trên để nhận tệp thiết lập mới.").format(
            site=site.name, mine=self.registry.sync.fingerprint(),
            upper=upper.name if upper else "", theirs=upper.fingerprint if upper else ""))
        return True

    # --- trial -----------------------------------------------------------------------------

    def run_demo_step(self) -> bool:
        """Hoàn thành on the trial page: True once the demo data is in, else start it and
        say False (the wizard closes itself when the background work ends)."""
        if self._demo_over:
            return True
        self.start_demo()
        return False

    def start_demo(self) -> None:
        """Set up the trial commune, then fill it with demo data in the background."""
        if self.operation is not None:
            return
        if self.registry.site is None:
            try:
                self.registry.init_site("commune", DEMO_COMMUNE, DEMO_COMMUNE_NAME, DEMO_OFFICER)
            except KtttError as exc:
                prompts.warn(self, self.tr("Chưa thiết lập được"), exc.message())
                return
        self.site_ready = True
        registry = self.registry

        def work(other: Any, progress: Progress) -> dict[str, int]:
            # Runs on the background thread, with its own connection; touches no widget.
            from kttt_desktop.core.demo.loader import fill_demo

            return fill_demo(other, seed=1, scale="commune", progress=progress)

        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.operation = run_op(self, registry, self.tr("Đang tạo dữ liệu mẫu…"), work,
                                self._demo_done, self._demo_failed)

    def _demo_done(self, counts: dict[str, int]) -> None:
        self.operation = None
        self.demo_counts = counts
        self._demo_over = True
        self.accept()

    def _demo_failed(self, exc: BaseException) -> None:
        self.operation = None
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        if isinstance(exc, Cancelled):
            prompts.inform(self, self.tr("Dùng thử"), self.tr(
                "Đã dừng tạo dữ liệu mẫu. Đơn vị dùng thử đã được thiết lập nhưng chưa có dữ liệu; "
                "bạn có thể nhập thử bằng tay."))
        elif isinstance(exc, KtttError):
            prompts.warn(self, self.tr("Dùng thử"), self.tr(
                "Không tạo được dữ liệu mẫu: {message} Đơn vị dùng thử vẫn dùng được.").format(
                message=exc.message()))
        elif isinstance(exc, ImportError):
            prompts.warn(self, self.tr("Dùng thử"), self.tr(
                "Bản cài đặt này không có dữ liệu mẫu. Đơn vị dùng thử vẫn dùng được."))
        else:
            raise exc
        self._demo_over = True
        self.accept()

    def reject(self) -> None:
        if self.operation is not None:  # cancel through the progress dialog instead
            return
        super().reject()
