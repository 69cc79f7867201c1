"""Trợ giúp: a short guide to the tasks an officer does every week, and the keyboard shortcuts.

The shortcut table is read from the window's own actions, so it can never list a key that
does nothing or miss one that was added later.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kttt_desktop.core import catalogs
from kttt_desktop.core.reports import scale
from kttt_desktop.ui.i18n import QT_TRANSLATE_NOOP, lang
from kttt_desktop.ui.screen_fit import fit_to_screen


def guide_html() -> str:
    """The guide: one short section per common task, in the words of the window."""
    sections = [
        (QCoreApplication.translate("HelpDialog", "Thêm một hợp tác xã, tổ hợp tác"),
         QCoreApplication.translate("HelpDialog", "Chọn trang <b>Tổ chức</b> (Ctrl+2), bấm <b>Thêm</b> (Ctrl+N), "
             "điền các ô có dấu *, "
             "rồi bấm <b>Cất</b> (Ctrl+S). Mã số HTX sai chữ số kiểm tra, ngày không có thật được "
             "báo ngay dưới ô và chưa cất.")),
        (QCoreApplication.translate("HelpDialog", "Thêm thành viên, người lao động, khoản hỗ trợ"),
         QCoreApplication.translate("HelpDialog", "Mở hồ sơ tổ chức (nhấn đúp hoặc Enter trên dòng của tổ chức), "
             "chọn thẻ <b>Thành viên</b>, "
             "<b>Người lao động</b> hoặc <b>Hỗ trợ</b>, rồi bấm <b>Thêm</b>. Danh sách có sẵn trong "
             "Excel thì dùng <b>Báo cáo → Nhập từ Excel</b>.")),
        (QCoreApplication.translate("HelpDialog", "Sửa, cất, hoãn"),
         QCoreApplication.translate("HelpDialog", "Chọn bản ghi rồi bấm <b>Sửa</b> (Enter hoặc F2). <b>Cất</b> "
             "(Ctrl+S) lưu lại; "
             "<b>Hoãn</b> (Esc) thôi sửa, không lưu gì. Thao tác vừa làm có thể <b>Hoàn tác</b> (Ctrl+Z).")),
        (QCoreApplication.translate("HelpDialog", "Xóa và khôi phục"),
         QCoreApplication.translate("HelpDialog", "<b>Xóa</b> (Delete) hỏi lý do rồi đánh dấu bản ghi đã xóa; không "
             "mất gì. Muốn lấy lại: "
             "đánh dấu <b>Hiện cả bản ghi đã xóa</b> trên danh sách, chọn bản ghi (gạch ngang) rồi bấm "
             "<b>Khôi phục</b>, hoặc bấm chuột phải vào dòng đó.")),
        (QCoreApplication.translate("HelpDialog", "Tìm"),
         QCoreApplication.translate("HelpDialog", "Bấm Ctrl+F rồi gõ tên, mã số thuế, số định danh cá nhân (CCCD) "
             "hoặc số điện thoại; "
             "không cần gõ dấu: «nguyen van duc» tìm ra «Nguyễn Văn Đức».")),
        (QCoreApplication.translate("HelpDialog", "In và xuất báo cáo"),
         QCoreApplication.translate("HelpDialog", "Trang <b>Báo cáo – chỉ tiêu</b> (Ctrl+6) so số liệu với chỉ tiêu "
             "kế hoạch. "
             "<b>Báo cáo → In báo cáo tổng hợp</b> (Ctrl+P) xem trước rồi in; cũng xuất được ra PDF "
             "hoặc Excel. Hồ sơ và danh sách thành viên của một tổ chức in từ menu Báo cáo.")),
        (QCoreApplication.translate("HelpDialog", "Gửi số liệu lên cấp trên"),
         QCoreApplication.translate("HelpDialog", "<b>Đồng bộ → Xuất gói gửi cấp trên</b> (Ctrl+E) ghi một tệp gói; "
             "chép tệp đó vào "
             "USB hoặc gửi thư điện tử. Gói điều chỉnh và biên nhận của cấp trên nhập bằng "
             "<b>Nhập gói</b> (Ctrl+I): chương trình cho xem trước, rồi mới nhập.")),
        (QCoreApplication.translate("HelpDialog", "Sao lưu"),
         QCoreApplication.translate("HelpDialog", "Chương trình tự sao lưu mỗi ngày khi mở. <b>Tệp → Sao lưu ra USB "
             "/ thư mục</b> ghi thêm một bản "
             "(ví dụ vào USB); <b>Tệp → Khôi phục từ bản sao lưu</b> đưa dữ liệu về một bản sao lưu, sau khi giữ "
             "lại bản hiện tại.")),
    ]
    parts = [f"<h3>{title}</h3><p>{body}</p>" for title, body in sections]
    return "".join(parts) + scale_and_rating_html()


def _billions(amount: int) -> str:
    return QCoreApplication.translate("HelpDialog", "{amount} tỷ đồng").format(
        amount=f"{amount / 1_000_000_000:g}".replace(".", ","))


def scale_and_rating_html() -> str:
    """How the program derives an organisation's scale and reads its rating, from the same
    table it computes with (resources/reference/scale_thresholds.csv), with the figures not
    yet checked against the legal text marked as such."""
    translate = QCoreApplication.translate
    unverified = translate("HelpDialog", "chưa kiểm chứng")
    rows = []
    for sector, levels in scale.thresholds().items():
        if sector == scale.DEFAULT_SECTOR:
            name = translate("HelpDialog", "Các ngành khác")
        else:
            name = catalogs.label("sector", sector, lang())
        for level in reversed(levels):
            mark = "" if level.verified else f" <i>({unverified})</i>"
            rows.append(
                f"<tr><td>{name}</td><td>{scale.scale_label(level.scale, lang())}{mark}</td>"
                f"<td>≥ {level.min_official_members}</td><td>≥ {_billions(level.min_revenue_vnd)}</td>"
                f"<td>≥ {_billions(level.min_capital_vnd)}</td></tr>")
    headers = (QT_TRANSLATE_NOOP("HelpDialog", "Ngành"), QT_TRANSLATE_NOOP("HelpDialog", "Quy mô"),
               QT_TRANSLATE_NOOP("HelpDialog", "Thành viên chính thức"), QT_TRANSLATE_NOOP("HelpDialog", "Doanh thu"),
               QT_TRANSLATE_NOOP("HelpDialog", "hoặc tổng nguồn vốn"))
    head = "".join(f"<th>{translate('HelpDialog', text)}</th>" for text in headers)
    title = QCoreApplication.translate("HelpDialog", "Quy mô và xếp loại hợp tác xã")
    scale_text = QCoreApplication.translate(
        "HelpDialog", "Quy mô tính theo từng năm từ kết quả hoạt động năm: đủ số thành viên chính thức và "
        "đạt doanh thu hoặc tổng nguồn vốn của mức đó (Nghị định 113/2024/NĐ-CP); không đạt mức "
        "nhỏ là siêu nhỏ. Ngưỡng ghi «chưa kiểm chứng» là tạm dùng, chưa đối chiếu văn bản.")
    rating_text = QCoreApplication.translate(
        "HelpDialog", "Xếp loại hằng năm theo điểm: Tốt 80–100, Khá 65 đến dưới 80, Trung bình 50 đến "
        "dưới 65, Yếu dưới 50; tổ chức hoạt động chưa đủ 12 tháng trong năm thì chưa xếp loại "
        "(Thông tư 01/2020/TT-BKHĐT; <i>chưa kiểm chứng</i> theo Luật Hợp tác xã 2023).")
    return (f"<h3>{title}</h3><p>{scale_text}</p><table border='1' cellspacing='0' cellpadding='3'>"
            f"<tr>{head}</tr>{''.join(rows)}</table><p>{rating_text}</p>")


def shortcut_rows(window: QWidget) -> list[tuple[str, str]]:
    """(what it does, keys) for every action of `window` that has a shortcut, in the order
    the window made them; the keys as Windows users read them ("Ctrl+N")."""
    rows: list[tuple[str, str]] = []
    seen: set[str] = set()
    for action in window.findChildren(QAction):
        keys = [key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts()]
        keys = [key for key in keys if key]
        text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()
        if not keys or not text or text in seen:
            continue
        seen.add(text)
        rows.append((text, QCoreApplication.translate("HelpDialog", " hoặc ").join(keys)))
    return rows


class HelpDialog(QDialog):
    """Two tabs: the guide, and the shortcuts of `window`."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Trợ giúp – KTTT Desktop"))
        self.tabs = QTabWidget(self)
        self.guide = QTextBrowser(self)
        self.guide.setOpenExternalLinks(False)
        self.guide.setHtml(guide_html())
        self.tabs.addTab(self.guide, self.tr("Hướng dẫn"))
        rows = shortcut_rows(window)
        self.shortcuts = QTableWidget(len(rows), 2, self)
        self.shortcuts.setHorizontalHeaderLabels([self.tr("Việc"), self.tr("Phím")])
        self.shortcuts.verticalHeader().hide()
        self.shortcuts.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.shortcuts.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        for row, (text, keys) in enumerate(rows):
            self.shortcuts.setItem(row, 0, QTableWidgetItem(text))
            self.shortcuts.setItem(row, 1, QTableWidgetItem(keys))
        header = self.shortcuts.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tabs.addTab(self.shortcuts, self.tr("Phím tắt"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Đóng"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons, 0, Qt.AlignmentFlag.AlignRight)
        fit_to_screen(self, QSize(720, 620))
