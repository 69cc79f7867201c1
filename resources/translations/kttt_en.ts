<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>AsOfDate</name>
    <message>
        <location filename="../../kttt_desktop/ui/as_of_date.py" line="37"/>
        <source>Tính đến ngày</source>
        <translation>As of</translation>
    </message>
</context>
<context>
    <name>AttentionPage</name>
    <message>
        <location filename="../../kttt_desktop/ui/attention_page.py" line="97"/>
        <source>Tổ chức cần quan tâm</source>
        <translation>Organisations needing attention</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/attention_page.py" line="100"/>
        <source>Tổ chức xếp loại yếu, lỗ hai năm liền, có nợ quá hạn, chưa có kết quả năm trước, tạm ngừng quá 12 tháng, không hoạt động tại địa chỉ đăng ký hoặc thiếu thành viên; bên cạnh là những gì đã quyết định. Nhấn Enter hoặc nhấp đúp để mở hồ sơ tổ chức.</source>
        <translation>Organisations rated weak, loss-making two years running, with overdue debt, without last year&apos;s results, suspended over 12 months, not at their registered address or short of members; beside them, what was decided. Press Enter or double-click to open the organisation.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/attention_page.py" line="106"/>
        <source>Danh sách được lập như vào cuối ngày này</source>
        <translation>The list is drawn up as at the end of this day</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/attention_page.py" line="109"/>
        <source>Làm mới</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/attention_page.py" line="110"/>
        <source>Lập lại danh sách</source>
        <translation>Draw up the list again</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/attention_page.py" line="112"/>
        <source>Đang lập danh sách…</source>
        <translation>Drawing up the list…</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/attention_page.py" line="115"/>
        <source>In danh sách…</source>
        <translation>Print the list…</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/attention_page.py" line="116"/>
        <source>Xem trước và in danh sách tổ chức cần quan tâm (khổ A4)</source>
        <translation>Preview and print the list of organisations needing attention (A4)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/attention_page.py" line="118"/>
        <source>Xuất PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/attention_page.py" line="119"/>
        <source>Ghi danh sách ra tệp PDF để gửi hoặc in sau</source>
        <translation>Save the list as a PDF file to send or print later</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/attention_page.py" line="121"/>
        <source>Mở hồ sơ tổ chức</source>
        <translation>Open the organisation</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/attention_page.py" line="122"/>
        <source>Mở hồ sơ của tổ chức đang chọn (Enter hoặc nhấp đúp)</source>
        <translation>Open the selected organisation (Enter or double-click)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/attention_page.py" line="151"/>
        <source>Không có tổ chức nào cần quan tâm vào ngày này.</source>
        <translation>No organisation needs attention on this day.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/attention_page.py" line="200"/>
        <source>Không lập được danh sách: {message}</source>
        <translation>The list could not be drawn up: {message}</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/attention_page.py" line="209"/>
        <source>{count} tổ chức cần quan tâm, tính đến ngày {day}</source>
        <translation>{count} organisations needing attention, as of {day}</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/attention_page.py" line="256"/>
        <source>Danh sách đang được lập</source>
        <translation>The list is being drawn up</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/attention_page.py" line="257"/>
        <source>Hãy đợi danh sách hiện xong rồi in lại.</source>
        <translation>Wait until the list is shown, then print again.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/attention_page.py" line="280"/>
        <source>Lưu danh sách PDF</source>
        <translation>Save the list as PDF</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/attention_page.py" line="281"/>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/attention_page.py" line="290"/>
        <source>Chưa xuất được</source>
        <translation>Not exported</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/attention_page.py" line="293"/>
        <source>Đã xuất danh sách</source>
        <translation>List exported</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/attention_page.py" line="293"/>
        <source>Đã ghi tệp:
{path}</source>
        <translation>File written:
{path}</translation>
    </message>
</context>
<context>
    <name>AttentionTableModel</name>
    <message>
        <location filename="../../kttt_desktop/ui/attention_page.py" line="60"/>
        <source>Tổ chức</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/attention_page.py" line="60"/>
        <source>Xã</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/attention_page.py" line="60"/>
        <source>Loại hình</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/attention_page.py" line="60"/>
        <source>Lý do cần quan tâm</source>
        <translation>Why it needs attention</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/attention_page.py" line="61"/>
        <source>Đã quyết định</source>
        <translation>What was decided</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/attention_page.py" line="62"/>
        <source>Quyết định mới nhất về tình trạng và hỗ trợ trong 12 tháng qua</source>
        <translation>Latest status decision and support in the past 12 months</translation>
    </message>
</context>
<context>
    <name>BackgroundOp</name>
    <message>
        <location filename="../../kttt_desktop/ui/worker.py" line="100"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/worker.py" line="101"/>
        <source>Đang xử lý</source>
        <translation>Working</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../kttt_desktop/ui/backup_actions.py" line="38"/>
        <source>Sao lưu ra USB / thư mục…</source>
        <translation>Back up to USB / folder…</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/backup_actions.py" line="40"/>
        <source>Ghi một bản sao lưu đầy đủ vào thư mục chọn (ví dụ ổ USB)</source>
        <translation>Write a full backup to a chosen folder (for example a USB stick)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/backup_actions.py" line="42"/>
        <source>Sao lưu có mật khẩu (mã hóa)…</source>
        <translation>Password-protected backup (encrypted)…</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/backup_actions.py" line="44"/>
        <source>Bản sao lưu chỉ mở được bằng mật khẩu: nên dùng khi mang dữ liệu đi bằng USB</source>
        <translation>A backup that only opens with a password: use it when carrying data on a USB stick</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/backup_actions.py" line="46"/>
        <source>Khôi phục từ bản sao lưu…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/backup_actions.py" line="47"/>
        <source>Thay dữ liệu bằng một bản sao lưu (bản hiện tại được giữ lại)</source>
        <translation>Replace the data with a backup (the current data is kept aside)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/backup_actions.py" line="52"/>
        <source>Chọn nơi ghi bản sao lưu</source>
        <translation>Choose where to write the backup</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/backup_actions.py" line="64"/>
        <source>Đang sao lưu…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/backup_actions.py" line="68"/>
        <source>Đã sao lưu</source>
        <translation>Backed up</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/backup_actions.py" line="69"/>
        <source>Đã ghi bản sao lưu:
{path}</source>
        <translation>Backup written:
{path}</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/backup_actions.py" line="74"/>
        <source>Chưa sao lưu được</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/backup_actions.py" line="79"/>
        <source>Chọn bản sao lưu</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/backup_actions.py" line="80"/>
        <source>Bản sao lưu KTTT (*.sqlite *.enc);;Mọi tệp (*)</source>
        <translation>KTTT backups (*.sqlite *.enc);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/backup_actions.py" line="91"/>
        <source>Sao lưu có mật khẩu</source>
        <translation>Password-protected backup</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/backup_actions.py" line="93"/>
        <source>Đặt mật khẩu cho bản sao lưu (ít nhất 8 ký tự). Hãy ghi mật khẩu ở nơi an toàn, tách khỏi USB: quên mật khẩu thì không ai mở lại được bản sao lưu này.</source>
        <translation>Set a password for the backup (at least 8 characters). Keep the password somewhere safe, apart from the USB stick: if it is forgotten nobody can open this backup again.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/backup_actions.py" line="106"/>
        <source>Bản sao lưu có mật khẩu</source>
        <translation>Password-protected backup</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/backup_actions.py" line="107"/>
        <source>Nhập mật khẩu đã đặt khi sao lưu {file}.</source>
        <translation>Enter the password set when {file} was backed up.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/backup_actions.py" line="116"/>
        <source>Đang giải mã bản sao lưu…</source>
        <translation>Decrypting the backup…</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/backup_actions.py" line="123"/>
        <location filename="../../kttt_desktop/ui/backup_actions.py" line="134"/>
        <source>Không khôi phục được</source>
        <translation>Cannot restore</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/backup_actions.py" line="137"/>
        <source>Thay toàn bộ dữ liệu của {name} bằng bản sao lưu {file}?

Dữ liệu hiện tại được giữ lại trong thư mục sao lưu; chương trình sẽ mở lại sau khi khôi phục.</source>
        <translation>Replace all data of {name} with the backup {file}?

The current data is kept in the backup folder; the program reopens after the restore.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/backup_actions.py" line="142"/>
        <source>Khôi phục từ bản sao lưu</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/backup_actions.py" line="142"/>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
</context>
<context>
    <name>ChildTab</name>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="101"/>
        <source>Thêm thành viên</source>
        <translation>Add member</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="101"/>
        <source>Thêm người lao động</source>
        <translation>Add worker</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="102"/>
        <source>Thêm khoản hỗ trợ</source>
        <translation>Add support</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="102"/>
        <source>Thêm kết quả năm</source>
        <translation>Add yearly results</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="103"/>
        <source>Ghi quyết định về tình trạng…</source>
        <translation>Record a status decision…</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="104"/>
        <source>Thêm cán bộ quản lý</source>
        <translation>Add a manager</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="104"/>
        <source>Thêm lượt đào tạo</source>
        <translation>Add a training</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="105"/>
        <source>Thêm sản phẩm</source>
        <translation>Add a product</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="105"/>
        <source>Thêm hợp đồng liên kết</source>
        <translation>Add a value-chain contract</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="106"/>
        <source>Thêm khoản vay</source>
        <translation>Add a loan</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="106"/>
        <source>Thêm đất, mặt bằng</source>
        <translation>Add land</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="108"/>
        <source>Thêm vào tổ chức này (Ctrl+N)</source>
        <translation>Add to this organisation (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="109"/>
        <source>Sửa</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="110"/>
        <source>Sửa dòng đang chọn (Enter, F2)</source>
        <translation>Edit the selected row (Enter, F2)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="111"/>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="112"/>
        <source>Xóa dòng đang chọn, có ghi lý do (Delete)</source>
        <translation>Delete the selected row, giving a reason (Delete)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="113"/>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="114"/>
        <source>Khôi phục dòng đã xóa đang chọn</source>
        <translation>Restore the selected deleted row</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="115"/>
        <source>Hiện cả bản ghi đã xóa</source>
        <translation>Show deleted records too</translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="130"/>
        <source>Chào mừng đến với Sổ theo dõi kinh tế tập thể</source>
        <translation>Welcome to the Collective Economy Register</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="131"/>
        <source>Lần đầu mở chương trình trên máy này. Bạn muốn làm gì?</source>
        <translation>This is the first time the program has been opened on this computer. What would you like to do?</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="132"/>
        <source>Thiết lập đơn vị</source>
        <translation>Set up a unit</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="134"/>
        <source>Bắt đầu từ tệp thiết lập của cấp trên</source>
        <translation>Start from the upper level&apos;s set-up file</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="136"/>
        <source>Dùng thử với dữ liệu mẫu</source>
        <translation>Try it with sample data</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="151"/>
        <source>Chọn xã (phường), tỉnh, hoặc khu vực gộp nhiều xã mà máy này theo dõi và ghi tên cán bộ nhập liệu. Dữ liệu chỉ nằm trên máy này cho đến khi bạn gửi lên cấp trên.</source>
        <translation>Choose the commune (ward), province, or area of several communes this computer keeps the register of, and enter the officer&apos;s name. The data stays on this computer until you send it to the upper level.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="157"/>
        <source>Cấp trên (tỉnh hoặc khu vực) đã chuẩn bị cho đơn vị này một tệp thiết lập, thường trao bằng USB. Tệp cho biết đơn vị, cấp trên và khóa để gửi nhận gói đồng bộ.</source>
        <translation>The upper level (province or area) has prepared a set-up file for this unit, usually handed over on a USB stick. It names the unit, the upper level and the keys for exchanging sync packages.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="164"/>
        <source>Tạo một đơn vị dùng thử (Xã Bum Tở, tỉnh Lai Châu) với các hợp tác xã, tổ hợp tác, thành viên và khoản hỗ trợ do máy sinh ra, để làm quen với chương trình. Không dùng đơn vị dùng thử để báo cáo.</source>
        <translation>Create a trial unit (Bum Tở commune, Lai Châu province) with computer-generated cooperatives, cooperative groups, members and support records, to get to know the program. Do not use the trial unit for reporting.</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="463"/>
        <source>Kiểm tra lại rồi bấm «Hoàn thành» để bắt đầu.</source>
        <translation>Check the details, then click “Finish” to start.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="462"/>
        <source>Xác nhận đơn vị</source>
        <translation>Confirm the unit</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="477"/>
        <source>Tên cán bộ nhập liệu đổi được sau, trong Tệp → Cài đặt.</source>
        <translation>The officer&apos;s name can be changed later, in File → Settings.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="484"/>
        <source>Cấp</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="484"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="486"/>
        <source>Tỉnh / thành phố</source>
        <translation>Province / city</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="487"/>
        <source>Cán bộ nhập liệu</source>
        <translation>Data-entry officer</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="492"/>
        <source>&lt;b&gt;Sau khi bấm «Hoàn thành», cơ sở dữ liệu này thuộc về {unit} và không đổi sang đơn vị khác được nữa.&lt;/b&gt; Nếu chưa đúng đơn vị của mình, hãy bấm «Quay lại» để chọn lại.</source>
        <translation>&lt;b&gt;After you press «Finish», this database belongs to {unit} and cannot be changed to another unit.&lt;/b&gt; If this is not your unit, press «Back» and choose again.</translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <location filename="../../kttt_desktop/ui/conflicts_page.py" line="121"/>
        <source>Bản ghi</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/conflicts_page.py" line="121"/>
        <source>Trường</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/conflicts_page.py" line="121"/>
        <source>Giá trị của đơn vị mình</source>
        <translation>Our value</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/conflicts_page.py" line="122"/>
        <source>Giá trị nhận được</source>
        <translation>Received value</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../../kttt_desktop/ui/conflicts_page.py" line="65"/>
        <source>(để trống)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/conflicts_page.py" line="79"/>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/conflicts_page.py" line="80"/>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/conflicts_page.py" line="99"/>
        <source>Đã xóa (lý do: {reason})</source>
        <translation>Deleted (reason: {reason})</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/conflicts_page.py" line="100"/>
        <source>Đã xóa</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/conflicts_page.py" line="110"/>
        <source>Sửa sau khi bị xóa</source>
        <translation>Edited after it was deleted</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/conflicts_page.py" line="177"/>
        <source>Xung đột cần giải quyết</source>
        <translation>Conflicts to resolve</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/conflicts_page.py" line="180"/>
        <source>Cùng một trường đã được sửa ở hai nơi với giá trị khác nhau. Trong lúc chờ, bản ghi tạm hiện một giá trị và giữ giá trị kia; hãy chọn giá trị đúng. Lựa chọn được gửi đi cùng gói đồng bộ tiếp theo.</source>
        <translation>The same field was changed in two places to different values. Meanwhile the record shows one value and keeps the other; choose the right one. Your choice is sent with the next sync package.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/conflicts_page.py" line="196"/>
        <source>Không có xung đột nào.</source>
        <translation>There are no conflicts.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/conflicts_page.py" line="201"/>
        <source>Giá trị của đơn vị mình</source>
        <translation>Our value</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/conflicts_page.py" line="202"/>
        <source>Giá trị nhận được</source>
        <translation>Received value</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/conflicts_page.py" line="207"/>
        <location filename="../../kttt_desktop/ui/conflicts_page.py" line="340"/>
        <source>Giữ giá trị của đơn vị mình</source>
        <translation>Keep our value</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/conflicts_page.py" line="209"/>
        <location filename="../../kttt_desktop/ui/conflicts_page.py" line="340"/>
        <source>Lấy giá trị nhận được</source>
        <translation>Take the received value</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/conflicts_page.py" line="211"/>
        <source>Mở bản ghi</source>
        <translation>Open record</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/conflicts_page.py" line="212"/>
        <source>Xem toàn bộ bản ghi (Enter hoặc nhấp đúp)</source>
        <translation>See the whole record (Enter or double-click)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/conflicts_page.py" line="285"/>
        <source>Xóa hay giữ bản ghi</source>
        <translation>Delete or keep the record</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/conflicts_page.py" line="318"/>
        <source>&lt;b&gt;{field}&lt;/b&gt; của &lt;b&gt;{record}&lt;/b&gt; ({kind})</source>
        <translation>&lt;b&gt;{field}&lt;/b&gt; of &lt;b&gt;{record}&lt;/b&gt; ({kind})</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/conflicts_page.py" line="334"/>
        <source>Giữ giá trị của đơn vị mình cho «{field}» của {record}?</source>
        <translation>Keep our value for “{field}” of {record}?</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/conflicts_page.py" line="336"/>
        <source>Lấy giá trị nhận được cho «{field}» của {record}?</source>
        <translation>Take the received value for “{field}” of {record}?</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/conflicts_page.py" line="338"/>
        <source>Giá trị sẽ dùng: {value}</source>
        <translation>Value to use: {value}</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/conflicts_page.py" line="339"/>
        <source>Lựa chọn được ghi như một lần sửa và gửi đi cùng gói đồng bộ tiếp theo.</source>
        <translation>The choice is saved as an edit and sent with the next sync package.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/conflicts_page.py" line="341"/>
        <source>Giải quyết xung đột</source>
        <translation>Resolve conflict</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/conflicts_page.py" line="347"/>
        <source>Chưa giải quyết được</source>
        <translation>Could not resolve the conflict</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/conflicts_page.py" line="366"/>
        <source>Xung đột ({count})</source>
        <translation>Conflicts ({count})</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/conflicts_page.py" line="367"/>
        <source>Xung đột</source>
        <translation>Conflicts</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../../kttt_desktop/ui/models/columns.py" line="337"/>
        <source>{count} tổ chức</source>
        <translation>
            <numerusform>{count} organisation</numerusform>
            <numerusform>{count} organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kttt_desktop/ui/models/columns.py" line="339"/>
        <source>{count} thành viên</source>
        <translation>
            <numerusform>{count} member</numerusform>
            <numerusform>{count} members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kttt_desktop/ui/models/columns.py" line="341"/>
        <source>{count} người lao động</source>
        <translation>
            <numerusform>{count} worker</numerusform>
            <numerusform>{count} workers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kttt_desktop/ui/models/columns.py" line="343"/>
        <source>{count} kết quả năm</source>
        <translation>
            <numerusform>{count} yearly result</numerusform>
            <numerusform>{count} yearly results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kttt_desktop/ui/models/columns.py" line="345"/>
        <source>{count} quyết định về tình trạng</source>
        <translation>
            <numerusform>{count} status decision</numerusform>
            <numerusform>{count} status decisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kttt_desktop/ui/models/columns.py" line="347"/>
        <source>{count} cán bộ quản lý</source>
        <translation>
            <numerusform>{count} manager</numerusform>
            <numerusform>{count} managers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kttt_desktop/ui/models/columns.py" line="349"/>
        <source>{count} lượt đào tạo</source>
        <translation>
            <numerusform>{count} training</numerusform>
            <numerusform>{count} trainings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kttt_desktop/ui/models/columns.py" line="351"/>
        <source>{count} sản phẩm</source>
        <translation>
            <numerusform>{count} product</numerusform>
            <numerusform>{count} products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kttt_desktop/ui/models/columns.py" line="353"/>
        <source>{count} hợp đồng liên kết</source>
        <translation>
            <numerusform>{count} value-chain contract</numerusform>
            <numerusform>{count} value-chain contracts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kttt_desktop/ui/models/columns.py" line="355"/>
        <source>{count} khoản vay</source>
        <translation>
            <numerusform>{count} loan</numerusform>
            <numerusform>{count} loans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kttt_desktop/ui/models/columns.py" line="357"/>
        <source>{count} thửa đất, mặt bằng</source>
        <translation>
            <numerusform>{count} plot of land</numerusform>
            <numerusform>{count} plots of land</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kttt_desktop/ui/models/columns.py" line="359"/>
        <source>{count} khoản hỗ trợ</source>
        <translation>
            <numerusform>{count} support record</numerusform>
            <numerusform>{count} support records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountsModel</name>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/tables.py" line="30"/>
        <source>Loại bản ghi</source>
        <translation>Record type</translation>
    </message>
</context>
<context>
    <name>CountsTableModel</name>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="215"/>
        <source>Loại bản ghi</source>
        <translation>Record type</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../kttt_desktop/ui/crash.py" line="160"/>
        <location filename="../../kttt_desktop/ui/crash.py" line="162"/>
        <source>Đã xảy ra lỗi không mong muốn</source>
        <translation>An unexpected error occurred</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/crash.py" line="165"/>
        <source>Dữ liệu đã cất vẫn an toàn: mỗi lần cất được ghi trọn vẹn hoặc không ghi gì. Thao tác vừa làm có thể chưa xong; hãy kiểm tra lại rồi làm lại nếu cần.
Hãy bấm «Sao chép báo cáo» và gửi cho người hỗ trợ kỹ thuật để sửa lỗi.</source>
        <translation>Saved data is safe: every save is written completely or not at all. What you just did may not have finished; check it and do it again if needed.
Please click “Copy report” and send the report to technical support so the error can be fixed.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/crash.py" line="173"/>
        <source>Báo cáo đã lưu tại: {path}</source>
        <translation>Report saved to: {path}</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/crash.py" line="174"/>
        <source>Không lưu được tệp báo cáo (ổ đĩa có thể đã đầy).</source>
        <translation>The report file could not be saved (the disk may be full).</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/crash.py" line="178"/>
        <source>Sao chép báo cáo</source>
        <translation>Copy report</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/crash.py" line="181"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/crash.py" line="197"/>
        <source>Đã sao chép</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../kttt_desktop/ui/dashboard_page.py" line="108"/>
        <source>Đã đạt</source>
        <translation>Reached</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dashboard_page.py" line="109"/>
        <source>Đúng tiến độ</source>
        <translation>On track</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dashboard_page.py" line="110"/>
        <source>Chậm tiến độ</source>
        <translation>Behind</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dashboard_page.py" line="111"/>
        <source>Chưa có chỉ tiêu</source>
        <translation>No target</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dashboard_page.py" line="112"/>
        <source>Chưa được giao chỉ tiêu</source>
        <translation>No target allocated</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dashboard_page.py" line="113"/>
        <source>Chưa có số liệu</source>
        <translation>No data</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dashboard_page.py" line="121"/>
        <source>Cấp trên chưa giao chỉ tiêu năm này cho đơn vị; chỉ tiêu của cấp trên chỉ để tham khảo.</source>
        <translation>The upper level has not allocated this year&apos;s target to the unit; the upper level&apos;s target is for reference only.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dashboard_page.py" line="124"/>
        <source>Chưa có chỉ tiêu cho năm này.</source>
        <translation>No target for this year.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dashboard_page.py" line="126"/>
        <source>Chưa có số liệu để so với chỉ tiêu {target}.</source>
        <translation>No data yet to compare with the target {target}.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dashboard_page.py" line="129"/>
        <source>{state}: {progress} so với chỉ tiêu {target}.</source>
        <translation>{state}: {progress} against the target {target}.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dashboard_page.py" line="132"/>
        <source>{state}: đạt {percent} % chỉ tiêu {target}.</source>
        <translation>{state}: {percent} % of the target {target}.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dashboard_page.py" line="135"/>
        <source>Tính từ số liệu năm gốc {baseline} ({how}, ngày {day}).</source>
        <translation>Measured from the baseline {baseline} ({how}, on {day}).</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dashboard_page.py" line="138"/>
        <source>đếm từ sổ</source>
        <translation>counted from the register</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dashboard_page.py" line="139"/>
        <source>nhập tay</source>
        <translation>entered</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dashboard_page.py" line="142"/>
        <source>Theo thời gian của kế hoạch, đến nay cần khoảng {expected} %.</source>
        <translation>By the plan&apos;s timeline, about {expected} % is expected by now.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dashboard_page.py" line="381"/>
        <source>Báo cáo – chỉ tiêu</source>
        <translation>Reports – targets</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dashboard_page.py" line="386"/>
        <source>Số liệu được tính như vào cuối ngày này</source>
        <translation>Figures are computed as at the end of this day</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dashboard_page.py" line="390"/>
        <source>Làm mới</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dashboard_page.py" line="391"/>
        <source>Tính lại các số liệu</source>
        <translation>Compute the figures again</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dashboard_page.py" line="393"/>
        <source>Đang tính…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dashboard_page.py" line="396"/>
        <source>Chỉ tiêu kế hoạch…</source>
        <translation>Plan targets…</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dashboard_page.py" line="397"/>
        <source>Xem, sửa chỉ tiêu năm 2030, 2045 và số dân</source>
        <translation>View and edit the 2030 and 2045 targets and the population</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dashboard_page.py" line="411"/>
        <source>Các chỉ tiêu chủ yếu</source>
        <translation>Main indicators</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dashboard_page.py" line="413"/>
        <source>Xem chỉ tiêu của</source>
        <translation>Show targets of</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dashboard_page.py" line="455"/>
        <source>Chỉ tính tổ chức đang hoạt động và thành viên, lao động của chúng; tổ chức tạm ngừng, không ở địa chỉ đăng ký, đang giải thể được báo cáo kèm theo dưới đây. Rê chuột lên tên một chỉ tiêu để xem cách tính.</source>
        <translation>Only operating organisations and their members and workers are counted; suspended organisations, those not at their registered address and those being dissolved are reported alongside, below. Hover over an indicator&apos;s name to see how it is counted.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dashboard_page.py" line="462"/>
        <source>Số liệu báo cáo kèm theo</source>
        <translation>Figures reported alongside</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dashboard_page.py" line="467"/>
        <source>Các sổ chuyên đề</source>
        <translation>The registers</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dashboard_page.py" line="472"/>
        <location filename="../../kttt_desktop/ui/dashboard_page.py" line="698"/>
        <source>Biểu đồ</source>
        <translation>Charts</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dashboard_page.py" line="480"/>
        <source>Theo từng xã</source>
        <translation>By commune</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dashboard_page.py" line="482"/>
        <source>Bấm vào một xã để xem các chỉ tiêu của xã đó ở bảng trên.</source>
        <translation>Click a commune to see its indicators in the table above.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dashboard_page.py" line="490"/>
        <source>Các sổ chuyên đề theo từng xã</source>
        <translation>The registers by commune</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dashboard_page.py" line="585"/>
        <source>Không tính được số liệu: {message}</source>
        <translation>Could not compute the figures: {message}</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dashboard_page.py" line="593"/>
        <source>{site} · số liệu tính đến ngày {day}</source>
        <translation>{site} · figures as of {day}</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dashboard_page.py" line="599"/>
        <location filename="../../kttt_desktop/ui/dashboard_page.py" line="600"/>
        <source>Tổng cộng</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dashboard_page.py" line="664"/>
        <source>Toàn {site}</source>
        <translation>All of {site}</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dashboard_page.py" line="699"/>
        <source>Biểu đồ (toàn {site})</source>
        <translation>Charts (all of {site})</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dashboard_page.py" line="714"/>
        <source>Chỉ tiêu riêng của {name}.</source>
        <translation>Targets of {name}.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dashboard_page.py" line="715"/>
        <source>{name} chưa được giao chỉ tiêu; hãy giao ở «Chỉ tiêu kế hoạch…». Chỉ tiêu của cấp trên chỉ để tham khảo.</source>
        <translation>{name} has no target allocated; allocate one in «Plan targets…». The upper level&apos;s target is for reference only.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dashboard_page.py" line="722"/>
        <source>│ vạch đen: mức cần đạt theo thời gian của kế hoạch</source>
        <translation>│ black mark: the level expected by now on the plan&apos;s timeline</translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <location filename="../../kttt_desktop/ui/dialogs.py" line="77"/>
        <source>Xóa bản ghi</source>
        <translation>Delete record</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dialogs.py" line="94"/>
        <source>Bản ghi bị xóa vẫn được lưu lại kèm lý do và có thể khôi phục.</source>
        <translation>A deleted record is kept, together with the reason, and can be restored.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dialogs.py" line="106"/>
        <source>Chọn hoặc gõ lý do…</source>
        <translation>Choose or type a reason…</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dialogs.py" line="109"/>
        <source>Lý do xóa</source>
        <translation>Reason for deleting</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dialogs.py" line="114"/>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dialogs.py" line="116"/>
        <source>Hoãn</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DeletedBanner</name>
    <message>
        <location filename="../../kttt_desktop/ui/deleted_records.py" line="112"/>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/deleted_records.py" line="114"/>
        <source>Khôi phục bản ghi này (và những gì bị xóa cùng nó)</source>
        <translation>Restore this record (and what was deleted with it)</translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="509"/>
        <source>Dùng thử với dữ liệu mẫu</source>
        <translation>Try it with sample data</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="510"/>
        <source>Bấm «Hoàn thành» để tạo đơn vị dùng thử.</source>
        <translation>Click “Finish” to create the trial unit.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="513"/>
        <source>&lt;p&gt;Chương trình sẽ:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;thiết lập đơn vị &lt;b&gt;Xã Bum Tở&lt;/b&gt; (mã 03433, tỉnh Lai Châu), cán bộ «{officer}»;&lt;/li&gt;&lt;li&gt;tạo một số hợp tác xã, tổ hợp tác cùng vài trăm thành viên, người lao động và các khoản hỗ trợ của Nhà nước, do máy sinh ra.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Việc này mất vài giây. Dữ liệu mẫu không phải số liệu thật; khi dùng chính thức, hãy tạo một cơ sở dữ liệu mới.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The program will:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;set up the unit &lt;b&gt;Xã Bum Tở&lt;/b&gt; (code 03433, Lai Châu province), with officer “{officer}”;&lt;/li&gt;&lt;li&gt;create some computer-generated cooperatives and cooperative groups with a few hundred members, workers and State support records.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;This takes a few seconds. The sample data are not real figures; for real work, create a new database.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>DocumentSettingsDialog</name>
    <message>
        <location filename="../../kttt_desktop/ui/document_settings_dialog.py" line="41"/>
        <source>Thông tin trên văn bản</source>
        <translation>Document details</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/document_settings_dialog.py" line="64"/>
        <source>ngày/tháng/năm; để trống: ngày in văn bản</source>
        <translation>day/month/year; empty: the day the document is printed</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/document_settings_dialog.py" line="66"/>
        <source>Họ và tên người ký</source>
        <translation>Full name of the signer</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/document_settings_dialog.py" line="70"/>
        <source>Cơ quan ban hành</source>
        <translation>Issuing body</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/document_settings_dialog.py" line="71"/>
        <source>Địa danh</source>
        <translation>Place name</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/document_settings_dialog.py" line="72"/>
        <source>Ngày ký</source>
        <translation>Signing date</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/document_settings_dialog.py" line="73"/>
        <source>Chức vụ người ký</source>
        <translation>Signer&apos;s title</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/document_settings_dialog.py" line="74"/>
        <source>Họ tên người ký</source>
        <translation>Signer&apos;s name</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/document_settings_dialog.py" line="75"/>
        <source>Nơi nhận</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/document_settings_dialog.py" line="77"/>
        <source>Theo Nghị định 30/2020/NĐ-CP. Cơ quan ban hành, chức vụ người ký: mỗi dòng một dòng in, chữ in hoa (ví dụ «TM. ỦY BAN NHÂN DÂN» rồi «CHỦ TỊCH»; với UBND, dòng «TM.» được thêm khi chưa ghi). Nơi nhận: mỗi dòng một nơi. Ngày ký (dòng địa danh, ngày tháng) dùng đến hết ngày đó, sau đó văn bản lại ghi ngày in. Để trống một ô để dùng nội dung mặc định theo cấp của đơn vị.</source>
        <translation>As Decree 30/2020/NĐ-CP sets out. Issuing body and signer&apos;s title: one printed line per line, in capitals (e.g. «TM. ỦY BAN NHÂN DÂN» then «CHỦ TỊCH»; for a People&apos;s Committee the «TM.» line is added when missing). Recipients: one per line. The signing date (place and date line) is used until that day is over; after it, documents carry the day they are printed again. Leave a box empty to use the default for the unit&apos;s level.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/document_settings_dialog.py" line="102"/>
        <source>Chưa cất được</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>DuplicateTableModel</name>
    <message>
        <location filename="../../kttt_desktop/ui/duplicates_page.py" line="76"/>
        <source>Nhóm</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/duplicates_page.py" line="76"/>
        <source>Bản ghi</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/duplicates_page.py" line="76"/>
        <source>Xã</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/duplicates_page.py" line="76"/>
        <source>Mã bản ghi</source>
        <translation>Record ID</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/duplicates_page.py" line="77"/>
        <source>Điều làm các bản ghi trông như trùng nhau</source>
        <translation>What makes these records look like duplicates</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/duplicates_page.py" line="78"/>
        <source>Xã đã nhập bản ghi</source>
        <translation>The commune that entered the record</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <location filename="../../kttt_desktop/ui/duplicates_page.py" line="129"/>
        <source>Bản ghi nghi trùng</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/duplicates_page.py" line="132"/>
        <source>Hai xã có thể cùng nhập một HTX; mỗi bản ghi vẫn được giữ nguyên. Hãy xem từng nhóm và xóa bản nhập trùng (lý do «Nhập trùng») hoặc để nguyên nếu khác nhau.</source>
        <translation>Two communes may have entered the same cooperative; both records are kept as they are. Look at each group and delete the copy entered twice (reason “Entered twice”), or leave them if they differ.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/duplicates_page.py" line="147"/>
        <source>Không có bản ghi nghi trùng.</source>
        <translation>No possible duplicates.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/duplicates_page.py" line="151"/>
        <source>Mở bản ghi</source>
        <translation>Open record</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/duplicates_page.py" line="152"/>
        <source>Xem toàn bộ bản ghi để so sánh (Enter hoặc nhấp đúp)</source>
        <translation>See the whole record to compare (Enter or double-click)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/duplicates_page.py" line="154"/>
        <source>Xóa bản nhập trùng…</source>
        <translation>Delete duplicate entry…</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/duplicates_page.py" line="155"/>
        <source>Xóa bản ghi đang chọn, có ghi lý do</source>
        <translation>Delete the selected record, giving a reason</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/duplicates_page.py" line="216"/>
        <source>{groups} nhóm, {records} bản ghi</source>
        <translation>Groups: {groups}, records: {records}</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/duplicates_page.py" line="260"/>
        <source>Mã số thuế {code}</source>
        <translation>Tax code {code}</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/duplicates_page.py" line="268"/>
        <source>CCCD {number}</source>
        <translation>Citizen ID {number}</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/duplicates_page.py" line="269"/>
        <source>CCCD {number} trong {organization}</source>
        <translation>Citizen ID {number} in {organization}</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/duplicates_page.py" line="323"/>
        <source>Nghi trùng ({count})</source>
        <translation>Duplicates ({count})</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/duplicates_page.py" line="324"/>
        <source>Nghi trùng</source>
        <translation>Duplicates</translation>
    </message>
</context>
<context>
    <name>ExcelActions</name>
    <message>
        <location filename="../../kttt_desktop/ui/excel_actions.py" line="48"/>
        <source>Xuất danh sách ra Excel…</source>
        <translation>Export lists to Excel…</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/excel_actions.py" line="49"/>
        <source>Ghi danh sách tổ chức, thành viên, người lao động, hỗ trợ ra một tệp Excel</source>
        <translation>Write the lists of organisations, members, workers and support to one Excel file</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/excel_actions.py" line="51"/>
        <source>Tải mẫu Excel để nhập…</source>
        <translation>Save the Excel template for import…</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/excel_actions.py" line="52"/>
        <source>Ghi tệp mẫu có sẵn tiêu đề cột và danh mục chọn, để điền rồi nhập vào sổ</source>
        <translation>Write a template with column headers and drop-down lists, to fill in and import</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/excel_actions.py" line="54"/>
        <source>Nhập từ Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/excel_actions.py" line="55"/>
        <source>Nhập danh sách từ tệp Excel (mẫu của chương trình hoặc danh sách sẵn có)</source>
        <translation>Import lists from an Excel file (the program&apos;s template or an existing list)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/excel_actions.py" line="67"/>
        <source>Lưu danh sách Excel</source>
        <translation>Save Excel lists</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/excel_actions.py" line="68"/>
        <location filename="../../kttt_desktop/ui/excel_actions.py" line="104"/>
        <source>Tệp Excel (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/excel_actions.py" line="81"/>
        <source>Đang xuất danh sách ra Excel…</source>
        <translation>Exporting the lists to Excel…</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/excel_actions.py" line="90"/>
        <source>Toàn bộ sổ (mọi tổ chức)</source>
        <translation>The whole register (every organisation)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/excel_actions.py" line="91"/>
        <source>Chỉ {name} (thành viên, người lao động, hỗ trợ)</source>
        <translation>Only {name} (members, workers, support)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/excel_actions.py" line="92"/>
        <source>Xuất danh sách ra Excel</source>
        <translation>Export lists to Excel</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/excel_actions.py" line="93"/>
        <source>Xuất những gì?</source>
        <translation>What should be exported?</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/excel_actions.py" line="103"/>
        <source>Lưu mẫu Excel</source>
        <translation>Save Excel template</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/excel_actions.py" line="128"/>
        <source>Đã ghi tệp Excel</source>
        <translation>Excel file written</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/excel_actions.py" line="129"/>
        <source>Đã ghi tệp:
{path}</source>
        <translation>File written:
{path}</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/excel_actions.py" line="133"/>
        <source>Đã dừng xuất Excel; chưa ghi tệp nào.</source>
        <translation>The Excel export was stopped; no file was written.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/excel_actions.py" line="135"/>
        <source>Chưa ghi được tệp Excel</source>
        <translation>Could not write the Excel file</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/file_page.py" line="29"/>
        <source>Chọn tệp Excel</source>
        <translation>Choose an Excel file</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/file_page.py" line="30"/>
        <source>Tệp mẫu đã điền, tệp đã xuất từ chương trình, hoặc danh sách do xã tự lập.</source>
        <translation>A filled-in template, a file exported by the program, or a list the commune made itself.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/file_page.py" line="33"/>
        <source>Đường dẫn tới tệp .xlsx</source>
        <translation>Path of the .xlsx file</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/file_page.py" line="36"/>
        <source>Chọn tệp…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/file_page.py" line="40"/>
        <source>&amp;Tệp Excel</source>
        <translation>Excel &amp;file</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/file_page.py" line="50"/>
        <source>Chương trình tự tìm dòng tiêu đề cột của từng sheet (kể cả khi phía trên có tên cơ quan, tiêu đề danh sách) và đoán mỗi cột chứa thông tin gì. Bước sau cho xem lại và sửa nếu cần. Chưa có gì được ghi vào sổ cho đến khi bấm «Nhập» ở bước cuối.</source>
        <translation>The program finds the row of column headers on each sheet (even below an agency name or a list title) and guesses what each column holds. The next step lets you review and correct this. Nothing is written to the register until you press «Import» at the last step.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/file_page.py" line="54"/>
        <source>Tệp .xls cũ: hãy mở bằng Excel rồi lưu lại dạng .xlsx trước khi nhập.</source>
        <translation>Old .xls file: open it in Excel and save it as .xlsx before importing.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/file_page.py" line="65"/>
        <source>Chọn tệp Excel để nhập</source>
        <translation>Choose the Excel file to import</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/file_page.py" line="66"/>
        <source>Bảng tính Excel (*.xlsx *.xlsm);;Mọi tệp (*)</source>
        <translation>Excel workbooks (*.xlsx *.xlsm);;All files (*)</translation>
    </message>
</context>
<context>
    <name>FilePreview</name>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="363"/>
        <source>Nơi gửi</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="364"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="365"/>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="393"/>
        <source>Gói không có thay đổi nào.</source>
        <translation>The package holds no changes.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../kttt_desktop/ui/help_dialog.py" line="32"/>
        <source>Thêm một hợp tác xã, tổ hợp tác</source>
        <translation>Add a cooperative or cooperative group</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/help_dialog.py" line="33"/>
        <source>Chọn trang &lt;b&gt;Tổ chức&lt;/b&gt; (Ctrl+2), bấm &lt;b&gt;Thêm&lt;/b&gt; (Ctrl+N), điền các ô có dấu *, rồi bấm &lt;b&gt;Cất&lt;/b&gt; (Ctrl+S). Mã số HTX sai chữ số kiểm tra, ngày không có thật được báo ngay dưới ô và chưa cất.</source>
        <translation>Open the &lt;b&gt;Organisations&lt;/b&gt; page (Ctrl+2), press &lt;b&gt;Add&lt;/b&gt; (Ctrl+N), fill in the fields marked *, then press &lt;b&gt;Save&lt;/b&gt; (Ctrl+S). A cooperative code with a wrong check digit or a date that does not exist is shown under its field and nothing is saved.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/help_dialog.py" line="37"/>
        <source>Thêm thành viên, người lao động, khoản hỗ trợ</source>
        <translation>Add members, workers, support</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/help_dialog.py" line="38"/>
        <source>Mở hồ sơ tổ chức (nhấn đúp hoặc Enter trên dòng của tổ chức), chọn thẻ &lt;b&gt;Thành viên&lt;/b&gt;, &lt;b&gt;Người lao động&lt;/b&gt; hoặc &lt;b&gt;Hỗ trợ&lt;/b&gt;, rồi bấm &lt;b&gt;Thêm&lt;/b&gt;. Danh sách có sẵn trong Excel thì dùng &lt;b&gt;Báo cáo → Nhập từ Excel&lt;/b&gt;.</source>
        <translation>Open the organisation (double-click or Enter on its row), choose the &lt;b&gt;Members&lt;/b&gt;, &lt;b&gt;Workers&lt;/b&gt; or &lt;b&gt;Support&lt;/b&gt; tab, then press &lt;b&gt;Add&lt;/b&gt;. For a list already kept in Excel use &lt;b&gt;Reports → Import from Excel&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/help_dialog.py" line="42"/>
        <source>Sửa, cất, hoãn</source>
        <translation>Edit, save, cancel</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/help_dialog.py" line="43"/>
        <source>Chọn bản ghi rồi bấm &lt;b&gt;Sửa&lt;/b&gt; (Enter hoặc F2). &lt;b&gt;Cất&lt;/b&gt; (Ctrl+S) lưu lại; &lt;b&gt;Hoãn&lt;/b&gt; (Esc) thôi sửa, không lưu gì. Thao tác vừa làm có thể &lt;b&gt;Hoàn tác&lt;/b&gt; (Ctrl+Z).</source>
        <translation>Select a record and press &lt;b&gt;Edit&lt;/b&gt; (Enter or F2). &lt;b&gt;Save&lt;/b&gt; (Ctrl+S) keeps it; &lt;b&gt;Cancel&lt;/b&gt; (Esc) stops editing and saves nothing. The last action can be &lt;b&gt;undone&lt;/b&gt; (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/help_dialog.py" line="46"/>
        <source>Xóa và khôi phục</source>
        <translation>Delete and restore</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/help_dialog.py" line="47"/>
        <source>&lt;b&gt;Xóa&lt;/b&gt; (Delete) hỏi lý do rồi đánh dấu bản ghi đã xóa; không mất gì. Muốn lấy lại: đánh dấu &lt;b&gt;Hiện cả bản ghi đã xóa&lt;/b&gt; trên danh sách, chọn bản ghi (gạch ngang) rồi bấm &lt;b&gt;Khôi phục&lt;/b&gt;, hoặc bấm chuột phải vào dòng đó.</source>
        <translation>&lt;b&gt;Delete&lt;/b&gt; asks for a reason, then marks the record deleted; nothing is lost. To bring it back, tick &lt;b&gt;Show deleted records too&lt;/b&gt; on the list, select the record (struck through) and press &lt;b&gt;Restore&lt;/b&gt;, or right-click its row.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/help_dialog.py" line="51"/>
        <source>Tìm</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/help_dialog.py" line="52"/>
        <source>Bấm Ctrl+F rồi gõ tên, mã số thuế, số định danh cá nhân (CCCD) hoặc số điện thoại; không cần gõ dấu: «nguyen van duc» tìm ra «Nguyễn Văn Đức».</source>
        <translation>Press Ctrl+F and type a name, tax code, personal ID number or phone number; diacritics are optional: «nguyen van duc» finds «Nguyễn Văn Đức».</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/help_dialog.py" line="55"/>
        <source>In và xuất báo cáo</source>
        <translation>Print and export reports</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/help_dialog.py" line="56"/>
        <source>Trang &lt;b&gt;Báo cáo – chỉ tiêu&lt;/b&gt; (Ctrl+6) so số liệu với chỉ tiêu kế hoạch. &lt;b&gt;Báo cáo → In báo cáo tổng hợp&lt;/b&gt; (Ctrl+P) xem trước rồi in; cũng xuất được ra PDF hoặc Excel. Hồ sơ và danh sách thành viên của một tổ chức in từ menu Báo cáo.</source>
        <translation>The &lt;b&gt;Reports – targets&lt;/b&gt; page (Ctrl+6) compares the figures with the plan&apos;s targets. &lt;b&gt;Reports → Print summary report&lt;/b&gt; (Ctrl+P) shows a preview, then prints; it can also be exported to PDF or Excel. An organisation&apos;s record and member list are printed from the Reports menu.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/help_dialog.py" line="60"/>
        <source>Gửi số liệu lên cấp trên</source>
        <translation>Send the figures to the upper level</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/help_dialog.py" line="61"/>
        <source>&lt;b&gt;Đồng bộ → Xuất gói gửi cấp trên&lt;/b&gt; (Ctrl+E) ghi một tệp gói; chép tệp đó vào USB hoặc gửi thư điện tử. Gói điều chỉnh và biên nhận của cấp trên nhập bằng &lt;b&gt;Nhập gói&lt;/b&gt; (Ctrl+I): chương trình cho xem trước, rồi mới nhập.</source>
        <translation>&lt;b&gt;Sync → Export package for the upper level&lt;/b&gt; (Ctrl+E) writes a package file; copy it to a USB stick or send it by email. The upper level&apos;s corrections and receipts come in with &lt;b&gt;Import package&lt;/b&gt; (Ctrl+I): the program shows a preview first, then imports.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/help_dialog.py" line="65"/>
        <source>Sao lưu</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/help_dialog.py" line="66"/>
        <source>Chương trình tự sao lưu mỗi ngày khi mở. &lt;b&gt;Tệp → Sao lưu ra USB / thư mục&lt;/b&gt; ghi thêm một bản (ví dụ vào USB); &lt;b&gt;Tệp → Khôi phục từ bản sao lưu&lt;/b&gt; đưa dữ liệu về một bản sao lưu, sau khi giữ lại bản hiện tại.</source>
        <translation>The program backs up by itself each day when it opens. &lt;b&gt;File → Back up to USB / folder&lt;/b&gt; writes another copy (to a USB stick, for example); &lt;b&gt;File → Restore from a backup&lt;/b&gt; brings the data back to a backup, after keeping the current data aside.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/help_dialog.py" line="76"/>
        <source>{amount} tỷ đồng</source>
        <translation>{amount} billion VND</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/help_dialog.py" line="85"/>
        <source>chưa kiểm chứng</source>
        <translation>not verified</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/help_dialog.py" line="89"/>
        <source>Các ngành khác</source>
        <translation>Other sectors</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/help_dialog.py" line="98"/>
        <source>Ngành</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/help_dialog.py" line="98"/>
        <source>Quy mô</source>
        <translation>Scale</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/help_dialog.py" line="99"/>
        <source>Thành viên chính thức</source>
        <translation>Official members</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/help_dialog.py" line="99"/>
        <source>Doanh thu</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/help_dialog.py" line="100"/>
        <source>hoặc tổng nguồn vốn</source>
        <translation>or total capital</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/help_dialog.py" line="102"/>
        <source>Quy mô và xếp loại hợp tác xã</source>
        <translation>Scale and rating of cooperatives</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/help_dialog.py" line="103"/>
        <source>Quy mô tính theo từng năm từ kết quả hoạt động năm: đủ số thành viên chính thức và đạt doanh thu hoặc tổng nguồn vốn của mức đó (Nghị định 113/2024/NĐ-CP); không đạt mức nhỏ là siêu nhỏ. Ngưỡng ghi «chưa kiểm chứng» là tạm dùng, chưa đối chiếu văn bản.</source>
        <translation>Scale is worked out for each year from the yearly results: enough official members and the revenue or total capital of that level (Decree 113/2024/NĐ-CP); below small is micro. Thresholds marked “not verified” are provisional and not yet checked against the legal text.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/help_dialog.py" line="107"/>
        <source>Xếp loại hằng năm theo điểm: Tốt 80–100, Khá 65 đến dưới 80, Trung bình 50 đến dưới 65, Yếu dưới 50; tổ chức hoạt động chưa đủ 12 tháng trong năm thì chưa xếp loại (Thông tư 01/2020/TT-BKHĐT; &lt;i&gt;chưa kiểm chứng&lt;/i&gt; theo Luật Hợp tác xã 2023).</source>
        <translation>Yearly rating by score: Good 80–100, Fair 65 to under 80, Average 50 to under 65, Weak under 50; an organisation operating under 12 months in the year is not rated (Circular 01/2020/TT-BKHĐT; &lt;i&gt;not verified&lt;/i&gt; under the 2023 Law on Cooperatives).</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/help_dialog.py" line="127"/>
        <source> hoặc </source>
        <translation> or </translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/help_dialog.py" line="136"/>
        <source>Trợ giúp – KTTT Desktop</source>
        <translation>Help – KTTT Desktop</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/help_dialog.py" line="141"/>
        <source>Hướng dẫn</source>
        <translation>Guide</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/help_dialog.py" line="144"/>
        <source>Việc</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/help_dialog.py" line="144"/>
        <source>Phím</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/help_dialog.py" line="154"/>
        <source>Phím tắt</source>
        <translation>Shortcuts</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/help_dialog.py" line="156"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="425"/>
        <source>Xem trước khi nhập</source>
        <translation>Preview before importing</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="427"/>
        <source>Chưa có gì được ghi vào sổ. Kiểm tra nội dung các tệp dưới đây rồi bấm «Nhập»; trước khi nhập, chương trình tự sao lưu dữ liệu.</source>
        <translation>Nothing has been written to the register yet. Check what the files below hold, then press “Import”; the program backs up the data before importing.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="439"/>
        <source>Không rõ</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="453"/>
        <source>Chọn thư mục khác…</source>
        <translation>Choose another folder…</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="455"/>
        <source>Dùng thư mục mặc định</source>
        <translation>Use the default folder</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="463"/>
        <source>Nhập</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="464"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="471"/>
        <source>Không có tệp nào nhập được</source>
        <translation>None of the files can be imported</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="487"/>
        <source>{count} sẽ nhập</source>
        <translation>{count} to import</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="487"/>
        <source>{count} sẽ giữ lại</source>
        <translation>{count} to hold</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="488"/>
        <source>{count} đã nhập trước đó</source>
        <translation>{count} already imported</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="489"/>
        <source>{count} không nhập được</source>
        <translation>{count} refused</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="491"/>
        <source>{count} tệp: {parts}</source>
        <translation>Files: {count} ({parts})</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="503"/>
        <source>Chọn thư mục đặt biên nhận</source>
        <translation>Choose the folder for receipts</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="515"/>
        <source>Biên nhận gửi lại nơi gửi sẽ được đặt trong thư mục mặc định (cạnh tệp dữ liệu).</source>
        <translation>Receipts for the senders will be put in the default folder (next to the data file).</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="517"/>
        <source>Biên nhận gửi lại nơi gửi sẽ được đặt trong: {folder}</source>
        <translation>Receipts for the senders will be put in: {folder}</translation>
    </message>
</context>
<context>
    <name>IndicatorTableModel</name>
    <message>
        <location filename="../../kttt_desktop/ui/dashboard_page.py" line="158"/>
        <source>Chỉ tiêu</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dashboard_page.py" line="158"/>
        <source>Thực hiện</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dashboard_page.py" line="160"/>
        <source>Mục tiêu {year}</source>
        <translation>Target {year}</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dashboard_page.py" line="161"/>
        <source>Tiến độ {year}</source>
        <translation>Progress {year}</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dashboard_page.py" line="194"/>
        <source>Chưa tính được: hãy nhập số dân ở «Chỉ tiêu kế hoạch…».</source>
        <translation>Cannot compute: enter the population under «Plan targets…».</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dashboard_page.py" line="228"/>
        <source>Chỉ tiêu của cấp trên: {target}{actual} (chỉ để tham khảo)</source>
        <translation>The upper level&apos;s target: {target}{actual} (for reference only)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dashboard_page.py" line="230"/>
        <source>; toàn địa bàn hiện có {value}</source>
        <translation>; the whole area now has {value}</translation>
    </message>
</context>
<context>
    <name>IssueModel</name>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/tables.py" line="109"/>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/tables.py" line="109"/>
        <source>Hàng</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/tables.py" line="109"/>
        <source>Cột</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/tables.py" line="109"/>
        <source>Mức</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/tables.py" line="109"/>
        <source>Nội dung</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../kttt_desktop/ui/list_page.py" line="193"/>
        <source>Tìm theo tên, mã số, CCCD, điện thoại (gõ không dấu cũng được)</source>
        <translation>Search by name, code, citizen ID or phone (diacritics optional)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/list_page.py" line="204"/>
        <source>Hiện cả bản ghi đã xóa</source>
        <translation>Show deleted records too</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/list_page.py" line="208"/>
        <source>Chỉ người đang tham gia</source>
        <translation>Current only</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/list_page.py" line="209"/>
        <source>Ẩn người đã ra khỏi tổ chức hoặc đã thôi việc</source>
        <translation>Hide people who have left the organisation or stopped working</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/list_page.py" line="285"/>
        <source>Loại hình:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/list_page.py" line="281"/>
        <location filename="../../kttt_desktop/ui/list_page.py" line="286"/>
        <source>Tình trạng:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/list_page.py" line="287"/>
        <location filename="../../kttt_desktop/ui/list_page.py" line="296"/>
        <source>Thôn/bản:</source>
        <translation>Village:</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/list_page.py" line="275"/>
        <location filename="../../kttt_desktop/ui/list_page.py" line="288"/>
        <source>Xã:</source>
        <translation>Commune:</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/list_page.py" line="274"/>
        <source>Loại hình tổ chức:</source>
        <translation>Organisation kind:</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/list_page.py" line="278"/>
        <source>Năm:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/list_page.py" line="279"/>
        <source>Xếp loại:</source>
        <translation>Rating:</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/list_page.py" line="297"/>
        <source>Thôn/bản của tổ chức:</source>
        <translation>Organisation&apos;s village:</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/list_page.py" line="301"/>
        <location filename="../../kttt_desktop/ui/list_page.py" line="326"/>
        <source>Tất cả</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/list_page.py" line="472"/>
        <source>Tìm thấy {shown} trong số {total}</source>
        <translation>Found {shown} of {total}</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/list_page.py" line="480"/>
        <source>Không tìm thấy bản ghi nào. Hãy thử bỏ bớt điều kiện lọc hoặc gõ ít chữ hơn.</source>
        <translation>No records found. Try removing some filters or typing fewer letters.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/list_page.py" line="485"/>
        <source>Không còn bản ghi nào chưa xóa. Đánh dấu «Hiện cả bản ghi đã xóa» để xem các bản ghi đã xóa, hoặc bấm Ctrl+Z để hoàn tác lần xóa vừa rồi.</source>
        <translation>No records left that are not deleted. Tick “Show deleted records too” to see the deleted ones, or press Ctrl+Z to undo the last deletion.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/list_page.py" line="489"/>
        <source>Chưa có bản ghi nào. Bấm «Thêm» (Ctrl+N) để nhập.</source>
        <translation>There are no records yet. Click “Add” (Ctrl+N) to enter one.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/list_page.py" line="518"/>
        <source>Thêm {noun} mới (Ctrl+N)</source>
        <translation>Add a new {noun} (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/list_page.py" line="552"/>
        <source>Đã xóa. Bấm Ctrl+Z để hoàn tác.</source>
        <translation>Deleted. Press Ctrl+Z to undo.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/list_page.py" line="567"/>
        <source>Đã khôi phục. Bấm Ctrl+Z để hoàn tác.</source>
        <translation>Restored. Press Ctrl+Z to undo.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/list_page.py" line="578"/>
        <source>Không mở được</source>
        <translation>Cannot open</translation>
    </message>
</context>
<context>
    <name>LowerUnitDialog</name>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="280"/>
        <source>Tạo tệp thiết lập cho cấp dưới</source>
        <translation>Set-up file for a lower level</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="284"/>
        <source>Ví dụ: 03433</source>
        <translation>For example: 03433</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="292"/>
        <source>Với xã, phường: gõ mã đơn vị hành chính, tên được điền sẵn.</source>
        <translation>For a commune or ward, type its administrative code and the name is filled in.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="296"/>
        <source>Cấp</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="297"/>
        <source>Mã đơn vị</source>
        <translation>Unit code</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="298"/>
        <source>Tên đơn vị</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="300"/>
        <source>Tiếp tục…</source>
        <translation>Continue…</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="301"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="223"/>
        <source>Tổng quan</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="213"/>
        <source>Tổ chức</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="213"/>
        <source>Thành viên</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="214"/>
        <source>Người lao động</source>
        <translation>Workers</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="214"/>
        <source>Hỗ trợ</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="215"/>
        <source>Kết quả hằng năm</source>
        <translation>Yearly results</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="216"/>
        <source>Quyết định về tình trạng</source>
        <translation>Status decisions</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="217"/>
        <source>Cán bộ quản lý</source>
        <translation>Managers</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="217"/>
        <source>Đào tạo, bồi dưỡng</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="218"/>
        <source>Sản phẩm, OCOP</source>
        <translation>Products, OCOP</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="218"/>
        <source>Hợp đồng liên kết</source>
        <translation>Value-chain contracts</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="219"/>
        <source>Khoản vay</source>
        <translation>Loans</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="219"/>
        <source>Đất đai, mặt bằng</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="225"/>
        <source>Báo cáo – chỉ tiêu</source>
        <translation>Reports – targets</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="226"/>
        <source>Cần quan tâm</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="228"/>
        <source>Các sổ chuyên đề</source>
        <translation>Registers</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="229"/>
        <source>Đồng bộ</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="250"/>
        <source>{title} (Ctrl+{number})</source>
        <translation>{title} (Ctrl+{number})</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="279"/>
        <source>Thêm</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="280"/>
        <source>Thêm bản ghi mới vào danh sách đang xem (Ctrl+N)</source>
        <translation>Add a new record to the list shown (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="282"/>
        <source>Sửa</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="283"/>
        <source>Mở bản ghi đang chọn để xem, sửa (Enter hoặc F2)</source>
        <translation>Open the selected record to view or edit it (Enter or F2)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="285"/>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="286"/>
        <source>Xóa bản ghi đang chọn, có ghi lý do (Delete)</source>
        <translation>Delete the selected record, giving a reason (Delete)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="288"/>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="289"/>
        <source>Khôi phục bản ghi đã xóa đang chọn, cùng những gì bị xóa cùng nó</source>
        <translation>Restore the selected deleted record, with what was deleted with it</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="292"/>
        <source>Mở hồ sơ tổ chức</source>
        <translation>Open the organisation</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="293"/>
        <source>Mở trang của tổ chức mà bản ghi đang chọn thuộc về</source>
        <translation>Open the page of the organisation the selected record belongs to</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="295"/>
        <source>Ghi quyết định về tình trạng…</source>
        <translation>Record a status decision…</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="296"/>
        <source>Ghi quyết định tạm ngừng, hoạt động trở lại, giải thể… của tổ chức đang xem (Ctrl+T)</source>
        <translation>Record a suspension, resumption, dissolution… of the organisation shown (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="298"/>
        <source>Nạp</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="299"/>
        <source>Đọc lại dữ liệu từ sổ (F5)</source>
        <translation>Read the data again from the register (F5)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="301"/>
        <location filename="../../kttt_desktop/ui/main_window.py" line="303"/>
        <location filename="../../kttt_desktop/ui/main_window.py" line="781"/>
        <location filename="../../kttt_desktop/ui/main_window.py" line="783"/>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="301"/>
        <source>Hoàn tác thao tác vừa làm (Ctrl+Z)</source>
        <translation>Undo the last action (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="305"/>
        <source>Tìm</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="306"/>
        <source>Tìm theo tên, mã số, CCCD (Ctrl+F)</source>
        <translation>Find by name, code or citizen ID (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="307"/>
        <source>Thoát tìm kiếm / trở về</source>
        <translation>Leave the search / go back</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="308"/>
        <source>Cài đặt…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="309"/>
        <source>Người nhập liệu, sao lưu, ngôn ngữ</source>
        <translation>Data-entry officer, backup, language</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="310"/>
        <source>Thoát</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="312"/>
        <source>Giới thiệu</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="313"/>
        <source>Hướng dẫn và phím tắt</source>
        <translation>Guide and shortcuts</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="314"/>
        <source>Cách làm các việc thường ngày và danh sách phím tắt (F1)</source>
        <translation>How to do everyday tasks, and the list of shortcuts (F1)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="324"/>
        <source>Xuất gói gửi cấp trên…</source>
        <translation>Export package for the upper level…</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="325"/>
        <source>Ghi các thay đổi cấp trên chưa xác nhận vào một tệp gói (Ctrl+E)</source>
        <translation>Write the changes the upper level has not confirmed into a package file (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="327"/>
        <source>Nhập gói hoặc biên nhận…</source>
        <translation>Import packages or receipts…</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="328"/>
        <source>Xem trước rồi nhập gói, gói điều chỉnh hoặc biên nhận (Ctrl+I)</source>
        <translation>Preview, then import packages, correction packages or receipts (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="330"/>
        <source>Gửi điều chỉnh, chỉ tiêu cho cấp dưới…</source>
        <translation>Send corrections and targets to lower levels…</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="333"/>
        <source>Tạo tệp thiết lập cho cấp dưới…</source>
        <translation>Create a set-up file for a lower level…</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="336"/>
        <source>Tham gia cấp trên bằng tệp thiết lập…</source>
        <translation>Join the upper level with a set-up file…</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="339"/>
        <source>Đồng bộ lên máy chủ dữ liệu…</source>
        <translation>Mirror to the data server…</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="340"/>
        <source>Ghi sổ đã gộp lên cơ sở dữ liệu PostgreSQL dùng chung của các cơ quan cấp trên</source>
        <translation>Write the merged register into the shared PostgreSQL database of the offices above</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="343"/>
        <source>Chỉ tiêu kế hoạch và số dân…</source>
        <translation>Plan targets and population…</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="344"/>
        <source>Xem, sửa chỉ tiêu năm 2030, 2045 và số dân</source>
        <translation>View and edit the 2030 and 2045 targets and the population</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="357"/>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="358"/>
        <source>Đồng &amp;bộ</source>
        <translation>S&amp;ync</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="376"/>
        <source>&amp;Sửa</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="385"/>
        <source>&amp;Xem</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="390"/>
        <source>&amp;Báo cáo</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="405"/>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="409"/>
        <source>Thanh công cụ</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="443"/>
        <source>Chưa thiết lập đơn vị</source>
        <translation>No unit set up</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="445"/>
        <source>Người nhập: {officer}</source>
        <translation>Officer: {officer}</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="446"/>
        <source>(chưa ghi)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="448"/>
        <source>Dữ liệu: {path}</source>
        <translation>Data: {path}</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="646"/>
        <source>Đã nạp lại dữ liệu.</source>
        <translation>Data reloaded.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="655"/>
        <source>Không hoàn tác được</source>
        <translation>Cannot undo</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="659"/>
        <source>Đã hoàn tác: {action}</source>
        <translation>Undone: {action}</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="678"/>
        <source>Đã cất chỉ tiêu kế hoạch và số dân.</source>
        <translation>The plan&apos;s targets and the population were saved.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="679"/>
        <source>Không có gì thay đổi: chỉ tiêu và số dân giữ như cũ.</source>
        <translation>Nothing changed: the targets and the population stay as they were.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="708"/>
        <source>KTTT Desktop, phiên bản {version}

Sổ theo dõi kinh tế tập thể cấp xã: hợp tác xã, tổ hợp tác, liên hiệp hợp tác xã, thành viên, người lao động và hỗ trợ của Nhà nước.

Đơn vị: {site}
Tệp dữ liệu: {path}</source>
        <translation>KTTT Desktop, version {version}

The commune&apos;s collective economy register: cooperatives, cooperative groups, unions of cooperatives, their members, workers and State support.

Unit: {site}
Data file: {path}</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="714"/>
        <source>Giới thiệu KTTT Desktop</source>
        <translation>About KTTT Desktop</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="765"/>
        <source>Mở một danh sách để thêm bản ghi</source>
        <translation>Open a list to add a record</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="778"/>
        <source>Hoàn tác: {action}</source>
        <translation>Undo: {action}</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="779"/>
        <source>Hoàn tác: {action} (Ctrl+Z)</source>
        <translation>Undo: {action} (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="782"/>
        <source>Chưa có thao tác nào để hoàn tác</source>
        <translation>Nothing to undo yet</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/mapping_page.py" line="46"/>
        <source>Ghép cột</source>
        <translation>Match columns</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/mapping_page.py" line="47"/>
        <source>Kiểm tra mỗi cột của tệp được nhập vào trường nào. Cột không cần nhập thì chọn «(bỏ qua cột này)».</source>
        <translation>Check which field each column of the file goes into. For a column not to import, choose «(skip this column)».</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/mapping_page.py" line="53"/>
        <source>Nhập sheet này</source>
        <translation>Import this sheet</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/mapping_page.py" line="66"/>
        <source>Cột</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/mapping_page.py" line="66"/>
        <source>Tiêu đề trong tệp</source>
        <translation>Header in the file</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/mapping_page.py" line="66"/>
        <source>Giá trị mẫu</source>
        <translation>Sample value</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/mapping_page.py" line="67"/>
        <source>Nhập vào trường</source>
        <translation>Import into field</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/mapping_page.py" line="85"/>
        <source>&amp;Tổ chức của danh sách</source>
        <translation>&amp;Organisation of the list</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/mapping_page.py" line="91"/>
        <source>Các hàng không ghi mã số thuế hay tên tổ chức thuộc tổ chức này; bắt buộc chọn khi danh sách không có cột tổ chức. Trường có dấu * là trường bắt buộc.</source>
        <translation>Rows that name no tax code or organisation belong to this organisation; required when the list has no organisation column. Fields marked * are required.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/mapping_page.py" line="95"/>
        <source>&amp;Sheet</source>
        <translation>&amp;Sheet</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/mapping_page.py" line="101"/>
        <source>&amp;Loại bản ghi</source>
        <translation>Record &amp;type</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/mapping_page.py" line="106"/>
        <source>&amp;Dòng tiêu đề</source>
        <translation>&amp;Header row</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/mapping_page.py" line="149"/>
        <source>Hãy chọn ít nhất một sheet để nhập.</source>
        <translation>Choose at least one sheet to import.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/mapping_page.py" line="155"/>
        <source>Sheet «{sheet}» chưa có cột {fields}: hãy chọn cột chứa thông tin này, hoặc bỏ chọn «Nhập sheet này».</source>
        <translation>Sheet «{sheet}» has no column for {fields}: choose the column that holds it, or untick «Import this sheet».</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/mapping_page.py" line="160"/>
        <source>Sheet «{sheet}» không có cột tổ chức, mà sổ chưa có tổ chức nào để chọn. Hãy thêm tổ chức trước (nút «Thêm tổ chức» ở trang Tổng quan, hoặc điền sheet «Tổ chức» của tệp mẫu rồi nhập tệp đó), sau đó nhập lại danh sách này.</source>
        <translation>Sheet “{sheet}” has no organisation column, and the register has no organisation to choose yet. Add the organisation first (the “Add organisation” button on the Overview, or fill the template's “Organisations” sheet and import it), then import this list again.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/mapping_page.py" line="165"/>
        <source>Sheet «{sheet}» không có cột tổ chức: hãy chọn tổ chức mà danh sách thuộc về ở ô «Tổ chức của danh sách» bên dưới.</source>
        <translation>Sheet «{sheet}» has no organisation column: choose the organisation the list belongs to in «Organisation of the list» below.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/mapping_page.py" line="194"/>
        <source>{sheet} (không nhập)</source>
        <translation>{sheet} (not imported)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/mapping_page.py" line="222"/>
        <source>(bỏ qua cột này)</source>
        <translation>(skip this column)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/mapping_page.py" line="240"/>
        <source>Cột {letter}</source>
        <translation>Column {letter}</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/mapping_page.py" line="265"/>
        <source>Các cột không nhập: {columns}.</source>
        <translation>Columns not imported: {columns}.</translation>
    </message>
</context>
<context>
    <name>MirrorDialog</name>
    <message>
        <location filename="../../kttt_desktop/ui/mirror_dialog.py" line="31"/>
        <source>Đồng bộ lên máy chủ dữ liệu</source>
        <translation>Mirror to the data server</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/mirror_dialog.py" line="35"/>
        <source>Ghi sổ đã gộp của đơn vị lên cơ sở dữ liệu PostgreSQL dùng chung của các cơ quan cấp trên. Lần đầu gửi toàn bộ, các lần sau chỉ gửi phần đã thay đổi. Địa chỉ và tài khoản do người quản trị máy chủ cấp.</source>
        <translation>Writes the unit&apos;s merged register into the shared PostgreSQL database of the offices above. The first time sends everything; later runs send only what changed. The address and account are given by the server&apos;s administrator.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/mirror_dialog.py" line="43"/>
        <source>Địa chỉ:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/mirror_dialog.py" line="46"/>
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/mirror_dialog.py" line="48"/>
        <source>Mật khẩu không được lưu trên máy này: mỗi lần đồng bộ hãy nhập lại.</source>
        <translation>The password is not saved on this computer: type it each time.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/mirror_dialog.py" line="58"/>
        <source>Đồng bộ</source>
        <translation>Mirror</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/mirror_dialog.py" line="59"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/mirror_dialog.py" line="101"/>
        <source>Không ghi mật khẩu trong địa chỉ (người khác có thể đọc được): hãy xóa nó khỏi địa chỉ và nhập vào ô «Mật khẩu».</source>
        <translation>Do not write the password in the address (others could read it): remove it from the address and type it in the «Password» box.</translation>
    </message>
</context>
<context>
    <name>OrganizationView</name>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="72"/>
        <source>Chưa có kết quả hoạt động năm nào.</source>
        <translation>No yearly results yet.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="75"/>
        <source>Kết quả năm {year}: doanh thu {revenue}, lợi nhuận {profit}, xếp loại {rating}</source>
        <translation>Results {year}: revenue {revenue}, profit {profit}, rating {rating}</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="80"/>
        <source>Quy mô: {scale}</source>
        <translation>Scale: {scale}</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="278"/>
        <source>← Danh sách</source>
        <translation>← List</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="279"/>
        <source>Trở về danh sách tổ chức (Esc)</source>
        <translation>Back to the list of organisations (Esc)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="282"/>
        <source>◀ Trước</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="283"/>
        <source>Tổ chức đứng trước trong danh sách (Alt+←)</source>
        <translation>The previous organisation in the list (Alt+←)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="287"/>
        <source>Sau ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="288"/>
        <source>Tổ chức đứng sau trong danh sách (Alt+→)</source>
        <translation>The next organisation in the list (Alt+→)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="302"/>
        <source>Ghi quyết định về tình trạng…</source>
        <translation>Record a status decision…</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="305"/>
        <source>Tạm ngừng, hoạt động trở lại, giải thể, thu hồi giấy chứng nhận…: ghi quyết định và ngày có hiệu lực (Ctrl+T)</source>
        <translation>Suspension, resumption, dissolution, revocation…: record the decision and the day it takes effect (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="313"/>
        <source>Tình trạng gửi thông tin tổ chức này lên cấp trên, theo lần sửa gần nhất tại đơn vị này</source>
        <translation>Whether this organisation has reached the upper level, as of its latest change made here</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="324"/>
        <source>Sửa</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="325"/>
        <source>Sửa thông tin tổ chức (F2)</source>
        <translation>Edit the organisation&apos;s details (F2)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="326"/>
        <source>Cất</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="327"/>
        <source>Cất các thay đổi (Ctrl+S)</source>
        <translation>Save the changes (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="329"/>
        <source>Hoãn</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="330"/>
        <source>Bỏ các thay đổi chưa cất</source>
        <translation>Discard the unsaved changes</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="351"/>
        <source>Thông tin chung</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="427"/>
        <source>Không mở được tổ chức</source>
        <translation>Cannot open the organisation</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="435"/>
        <source>Mã số {code}</source>
        <translation>Code {code}</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="440"/>
        <source>ĐÃ XÓA</source>
        <translation>DELETED</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="466"/>
        <source>Chưa gửi cấp trên</source>
        <translation>Not sent to the upper level</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="467"/>
        <source>Đã gửi, chờ cấp trên xác nhận</source>
        <translation>Sent, awaiting the upper level&apos;s receipt</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="468"/>
        <source>Cấp trên đã nhận</source>
        <translation>Received by the upper level</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="494"/>
        <source>Thành viên ({count})</source>
        <translation>Members ({count})</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="495"/>
        <source>Người lao động ({count})</source>
        <translation>Workers ({count})</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="496"/>
        <source>Hỗ trợ ({count})</source>
        <translation>Support ({count})</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="497"/>
        <source>Kết quả hằng năm ({count})</source>
        <translation>Yearly results ({count})</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="498"/>
        <source>Tình trạng pháp lý ({count})</source>
        <translation>Legal status ({count})</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="499"/>
        <source>Cán bộ quản lý ({count})</source>
        <translation>Managers ({count})</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="500"/>
        <source>Đào tạo ({count})</source>
        <translation>Training ({count})</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="501"/>
        <source>Sản phẩm ({count})</source>
        <translation>Products ({count})</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="502"/>
        <source>Liên kết ({count})</source>
        <translation>Contracts ({count})</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="503"/>
        <source>Vốn vay ({count})</source>
        <translation>Loans ({count})</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="504"/>
        <source>Đất đai ({count})</source>
        <translation>Land ({count})</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="570"/>
        <source>Chưa cất được</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="597"/>
        <source>Thay đổi chưa cất</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="598"/>
        <source>Thông tin tổ chức đã sửa nhưng chưa cất. Bỏ các thay đổi này?</source>
        <translation>The organisation&apos;s details were changed but not saved. Discard these changes?</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="599"/>
        <source>Bỏ thay đổi</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="627"/>
        <source>Thêm {noun} vào tổ chức này (Ctrl+N)</source>
        <translation>Add a {noun} to this organisation (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="709"/>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="726"/>
        <source>Tổ chức đã xóa</source>
        <translation>Organisation deleted</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="710"/>
        <source>Tổ chức này đã bị xóa; không thêm được bản ghi vào đó.</source>
        <translation>This organisation has been deleted; records cannot be added to it.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="727"/>
        <source>Tổ chức này đã bị xóa; không ghi được quyết định về tình trạng.</source>
        <translation>This organisation is deleted; no status decision can be recorded.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../kttt_desktop/ui/overview_page.py" line="118"/>
        <source>Thêm tổ chức</source>
        <translation>Add organisation</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/overview_page.py" line="119"/>
        <source>Nhập một hợp tác xã, tổ hợp tác hoặc liên hiệp mới (Ctrl+N)</source>
        <translation>Enter a new cooperative, cooperative group or union of cooperatives (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/overview_page.py" line="121"/>
        <source>Tìm thành viên</source>
        <translation>Find member</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/overview_page.py" line="122"/>
        <source>Tìm một người theo tên hoặc số CCCD</source>
        <translation>Find a person by name or citizen ID number</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/overview_page.py" line="191"/>
        <source>Thêm tổ chức mới (Ctrl+N)</source>
        <translation>Add a new organisation (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/overview_page.py" line="242"/>
        <source>Không tính được số liệu: {message}</source>
        <translation>Could not compute the figures: {message}</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/overview_page.py" line="143"/>
        <source>Tổ chức theo tình trạng pháp lý</source>
        <translation>Organisations by legal status</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/overview_page.py" line="149"/>
        <source>Sổ chưa có tổ chức nào. Bấm «Thêm tổ chức» để nhập hợp tác xã, tổ hợp tác đầu tiên.</source>
        <translation>The register has no organisations yet. Click “Add organisation” to enter the first cooperative or cooperative group.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/overview_page.py" line="213"/>
        <source>mã đơn vị {code}</source>
        <translation>unit code {code}</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/overview_page.py" line="215"/>
        <source>người nhập: {officer}</source>
        <translation>officer: {officer}</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/overview_page.py" line="257"/>
        <source>Xem danh sách các tổ chức này</source>
        <translation>Show the list of these organisations</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../kttt_desktop/ui/password_dialog.py" line="27"/>
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/password_dialog.py" line="32"/>
        <source>Nhập lại mật khẩu:</source>
        <translation>Repeat the password:</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/password_dialog.py" line="35"/>
        <source>Hai lần nhập chưa giống nhau.</source>
        <translation>The two entries do not match.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/password_dialog.py" line="40"/>
        <source>Đồng ý</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/password_dialog.py" line="41"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PeerTableModel</name>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="131"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="131"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="131"/>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="131"/>
        <source>Mã vân tay</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="132"/>
        <source>Đã gửi</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="132"/>
        <source>Đã được xác nhận</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="132"/>
        <source>Đã nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="132"/>
        <source>Đang giữ</source>
        <translation>Held</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="133"/>
        <source>Còn thiếu</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="136"/>
        <source>Mã vân tay khóa của đơn vị kia; đọc qua điện thoại để đối chiếu</source>
        <translation>The other unit&apos;s key fingerprint; read it over the phone to compare</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="137"/>
        <source>Số gói đã xuất gửi đơn vị này</source>
        <translation>Packages exported for this unit</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="138"/>
        <source>Số gói đơn vị này đã gửi biên nhận xác nhận</source>
        <translation>Packages this unit has confirmed with a receipt</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="139"/>
        <source>Số gói nhận từ đơn vị này đã nhập</source>
        <translation>Packages from this unit that were imported</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="140"/>
        <source>Gói nhận từ đơn vị này đang giữ lại, chờ gói còn thiếu</source>
        <translation>Packages from this unit held back until a missing one arrives</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="141"/>
        <source>Gói chưa tới nơi: đơn vị kia báo thiếu, hoặc ở đây còn thiếu</source>
        <translation>Packages that have not arrived: reported missing by the other unit, or missing here</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="171"/>
        <source>Cấp trên</source>
        <translation>Upper level</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="171"/>
        <source>Cấp dưới</source>
        <translation>Lower level</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="181"/>
        <source>gói số {numbers}</source>
        <translation>no. {numbers}</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="184"/>
        <source>bên kia thiếu gói số {numbers}</source>
        <translation>they lack no. {numbers}</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="186"/>
        <source>ở đây thiếu gói số {numbers}</source>
        <translation>missing here: no. {numbers}</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="191"/>
        <source>Mã vân tay của {name}: {theirs}
Mã vân tay của đơn vị này, như {name} biết: {mine}</source>
        <translation>Fingerprint of {name}: {theirs}
This unit&apos;s fingerprint as {name} knows it: {mine}</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="195"/>
        <source>{name} báo chưa nhận được gói số {numbers}. Gói xuất tiếp theo sẽ tự gửi lại các thay đổi đó.</source>
        <translation>{name} reports that package no. {numbers} has not arrived. The next export sends those changes again by itself.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="198"/>
        <source>Chưa nhận được gói số {numbers} của {name}; các gói sau nó đang được giữ lại. Hãy đề nghị {name} xuất gói mới.</source>
        <translation>Package no. {numbers} from {name} has not arrived; the packages after it are held back. Ask {name} to export a new package.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="202"/>
        <source>Các gói này sẽ tự được nhập khi gói còn thiếu tới.</source>
        <translation>These packages are imported by themselves once the missing package arrives.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/preview_page.py" line="46"/>
        <source>Xem trước</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/preview_page.py" line="47"/>
        <source>Chưa có gì được ghi vào sổ. Kiểm tra rồi bấm «Nhập».</source>
        <translation>Nothing has been written yet. Check, then press «Import».</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/preview_page.py" line="63"/>
        <source>Không có hàng nào để nhập.</source>
        <translation>There are no rows to import.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/preview_page.py" line="64"/>
        <source>Không có lỗi hay lưu ý nào.</source>
        <translation>No errors or warnings.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/preview_page.py" line="82"/>
        <source>&amp;Bỏ qua các hàng có lỗi, nhập các hàng còn lại</source>
        <translation>&amp;Skip the rows in error, import the others</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/preview_page.py" line="107"/>
        <source>Hàng có lỗi tô đỏ. Có thể sửa tệp Excel theo các ghi chú rồi nhập lại: hàng đã nhập sẽ không bị nhập trùng.</source>
        <translation>Rows in error are shown in red. You can correct the Excel file and import it again: rows already imported will not be duplicated.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/preview_page.py" line="156"/>
        <source>Các hàng ({count})</source>
        <translation>Rows ({count})</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/preview_page.py" line="157"/>
        <source>Lỗi ({errors}) và lưu ý ({warnings})</source>
        <translation>Errors ({errors}) and warnings ({warnings})</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/preview_page.py" line="169"/>
        <source>Đang đọc và kiểm tra các hàng…</source>
        <translation>Reading and checking the rows…</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/preview_page.py" line="171"/>
        <source>Sẽ ghi {count} hàng vào sổ.</source>
        <translation>{count} rows will be written to the register.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/preview_page.py" line="172"/>
        <source>Không có gì mới để ghi: mọi hàng đã có trong sổ như trong tệp.</source>
        <translation>Nothing new to write: every row is already in the register as in the file.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/preview_page.py" line="175"/>
        <source>Có {errors} lỗi, ở {rows} hàng. Hãy sửa tệp Excel rồi nhập lại, hoặc đánh dấu «Bỏ qua các hàng có lỗi» để nhập các hàng còn lại.</source>
        <translation>There are {errors} errors, in {rows} rows. Correct the Excel file and import again, or tick «Skip the rows in error» to import the other rows.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../kttt_desktop/ui/forms/record_dialog.py" line="95"/>
        <source>Cất</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/forms/record_dialog.py" line="97"/>
        <source>Cất bản ghi và đóng (Ctrl+S)</source>
        <translation>Save the record and close (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/forms/record_dialog.py" line="100"/>
        <source>Cất và thêm tiếp</source>
        <translation>Save and add another</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/forms/record_dialog.py" line="102"/>
        <source>Cất rồi mở ô trống để nhập bản ghi tiếp theo (Ctrl+Shift+S)</source>
        <translation>Save, then open an empty form for the next record (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/forms/record_dialog.py" line="104"/>
        <location filename="../../kttt_desktop/ui/forms/record_dialog.py" line="155"/>
        <source>Hoãn</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/forms/record_dialog.py" line="106"/>
        <source>Thôi sửa, bỏ những gì chưa cất (Esc)</source>
        <translation>Stop editing, dropping what is not saved (Esc)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/forms/record_dialog.py" line="155"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/forms/record_dialog.py" line="160"/>
        <source>Thêm {kind}</source>
        <translation>Add {kind}</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/forms/record_dialog.py" line="162"/>
        <source>Xem {kind} «{title}»</source>
        <translation>View {kind} “{title}”</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/forms/record_dialog.py" line="164"/>
        <source>Sửa {kind} «{title}»</source>
        <translation>Edit {kind} “{title}”</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/forms/record_dialog.py" line="205"/>
        <source>Đã cất «{title}».</source>
        <translation>Saved “{title}”.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/forms/record_dialog.py" line="207"/>
        <source>Lưu ý:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/forms/record_dialog.py" line="264"/>
        <source>Đã khôi phục «{title}». Bấm Ctrl+Z ở cửa sổ chính để hoàn tác.</source>
        <translation>Restored «{title}». Press Ctrl+Z in the main window to undo.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/forms/record_dialog.py" line="278"/>
        <source>Thay đổi chưa cất</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/forms/record_dialog.py" line="279"/>
        <source>Những gì vừa nhập chưa được cất. Bỏ các thay đổi này và đóng cửa sổ?</source>
        <translation>What you entered is not saved. Discard these changes and close the window?</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/forms/record_dialog.py" line="280"/>
        <source>Bỏ thay đổi</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/forms/record_dialog.py" line="292"/>
        <source>Không mở được</source>
        <translation>Cannot open</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../kttt_desktop/ui/forms/record_form.py" line="121"/>
        <source>Thông tin chung</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/forms/record_form.py" line="122"/>
        <source>Địa chỉ – liên hệ</source>
        <translation>Address and contact</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/forms/record_form.py" line="123"/>
        <source>Hoạt động</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/forms/record_form.py" line="124"/>
        <source>Tình hình</source>
        <translation>Current situation</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/forms/record_form.py" line="125"/>
        <source>Tổ chức</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/forms/record_form.py" line="126"/>
        <source>Thông tin cá nhân</source>
        <translation>Personal details</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/forms/record_form.py" line="127"/>
        <source>Giấy tờ tùy thân</source>
        <translation>Identity document</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/forms/record_form.py" line="128"/>
        <source>Góp vốn – tham gia</source>
        <translation>Capital and membership</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/forms/record_form.py" line="129"/>
        <source>Làm việc</source>
        <translation>Employment</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/forms/record_form.py" line="130"/>
        <source>Nội dung hỗ trợ</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/forms/record_form.py" line="131"/>
        <source>Kinh phí</source>
        <translation>Funding</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/forms/record_form.py" line="132"/>
        <source>Năm và tổ chức</source>
        <translation>Year and organisation</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/forms/record_form.py" line="133"/>
        <source>Thành viên và lao động</source>
        <translation>Members and workers</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/forms/record_form.py" line="134"/>
        <source>Xếp loại</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/forms/record_form.py" line="135"/>
        <source>Kết quả kinh doanh</source>
        <translation>Business results</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/forms/record_form.py" line="136"/>
        <source>Vốn, tài sản, nợ</source>
        <translation>Capital, assets, debt</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/forms/record_form.py" line="137"/>
        <source>Quyết định</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/forms/record_form.py" line="138"/>
        <source>Khác</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/forms/record_form.py" line="139"/>
        <source>Thông tin</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/forms/record_form.py" line="146"/>
        <source>Tình trạng đổi theo quyết định: dùng «Ghi quyết định về tình trạng…» (Ctrl+T) trên trang tổ chức.</source>
        <translation>The status changes by decision: use “Record a status decision…” (Ctrl+T) on the organisation page.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/forms/record_form.py" line="692"/>
        <source>Chưa cất được</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/forms/record_form.py" line="736"/>
        <source>Lỗi:</source>
        <translation>Error:</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/forms/record_form.py" line="738"/>
        <source>Lưu ý:</source>
        <translation>Note:</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <location filename="../../kttt_desktop/ui/models/record_table.py" line="218"/>
        <source>Số thứ tự, theo cách sắp xếp và điều kiện lọc đang chọn</source>
        <translation>Row number, in the current sort order and filter</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/record_table.py" line="220"/>
        <source>Không sắp xếp được theo cột này</source>
        <translation>This column cannot be sorted</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/record_table.py" line="263"/>
        <source>Đã xóa ngày {date}</source>
        <translation>Deleted on {date}</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/record_table.py" line="265"/>
        <source> bởi {officer}</source>
        <translation> by {officer}</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/record_table.py" line="267"/>
        <source>. Lý do: {reason}</source>
        <translation>. Reason: {reason}</translation>
    </message>
</context>
<context>
    <name>RegisterListsPage</name>
    <message>
        <location filename="../../kttt_desktop/ui/register_lists_page.py" line="39"/>
        <source>Sổ:</source>
        <translation>Register:</translation>
    </message>
</context>
<context>
    <name>RegisterPanel</name>
    <message>
        <location filename="../../kttt_desktop/ui/register_panel.py" line="133"/>
        <source>{header} (tr. đ)</source>
        <translation>{header} (million VND)</translation>
    </message>
</context>
<context>
    <name>RegisterUnitTableModel</name>
    <message>
        <location filename="../../kttt_desktop/ui/register_panel.py" line="189"/>
        <source>Xã / đơn vị</source>
        <translation>Commune / unit</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/register_panel.py" line="190"/>
        <source>{header} (tr. đ)</source>
        <translation>{header} (million VND)</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../../kttt_desktop/ui/report_actions.py" line="81"/>
        <source>In báo cáo tổng hợp…</source>
        <translation>Print summary report…</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/report_actions.py" line="82"/>
        <source>Xem trước và in báo cáo tổng hợp (khổ A4)</source>
        <translation>Preview and print the summary report (A4)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/report_actions.py" line="84"/>
        <source>Xuất báo cáo PDF…</source>
        <translation>Export report as PDF…</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/report_actions.py" line="85"/>
        <source>Ghi báo cáo tổng hợp ra tệp PDF để gửi hoặc in sau</source>
        <translation>Save the summary report as a PDF file to send or print later</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/report_actions.py" line="86"/>
        <source>Xuất báo cáo Excel…</source>
        <translation>Export report to Excel…</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/report_actions.py" line="87"/>
        <source>Ghi báo cáo tổng hợp ra tệp Excel</source>
        <translation>Save the summary report as an Excel file</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/report_actions.py" line="88"/>
        <source>Xuất báo cáo Word…</source>
        <translation>Export the report to Word…</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/report_actions.py" line="89"/>
        <source>Ghi báo cáo ra tệp Word (.docx) có sẵn các phần đánh giá để viết tiếp rồi trình ký</source>
        <translation>Write the report as a Word file (.docx) with its assessment sections ready to complete and submit for signature</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/report_actions.py" line="92"/>
        <source>Thông tin trên văn bản…</source>
        <translation>Document details…</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/report_actions.py" line="93"/>
        <source>Cơ quan ban hành, địa danh, người ký và nơi nhận in trên báo cáo</source>
        <translation>The issuing body, place, signer and recipients printed on reports</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/report_actions.py" line="94"/>
        <source>Báo cáo năm…</source>
        <translation>Year&apos;s report…</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/report_actions.py" line="95"/>
        <source>Báo cáo tình hình kinh tế tập thể của một năm: so với năm trước, biến động, kết quả sản xuất kinh doanh, hỗ trợ và các phần đánh giá</source>
        <translation>The report on the collective economy for one year: against last year, changes, business results, support and the assessment sections</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/report_actions.py" line="97"/>
        <source>In hồ sơ tổ chức…</source>
        <translation>Print organisation record…</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/report_actions.py" line="98"/>
        <source>Xem trước và in hồ sơ đầy đủ của tổ chức đang chọn</source>
        <translation>Preview and print the full record of the selected organisation</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/report_actions.py" line="99"/>
        <source>In danh sách thành viên…</source>
        <translation>Print member list…</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/report_actions.py" line="100"/>
        <source>Xem trước và in danh sách thành viên của tổ chức đang chọn</source>
        <translation>Preview and print the member list of the selected organisation</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/report_actions.py" line="140"/>
        <source>Đang tổng hợp báo cáo…</source>
        <translation>Compiling the report…</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/report_actions.py" line="146"/>
        <source>Báo cáo năm</source>
        <translation>Year&apos;s report</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/report_actions.py" line="146"/>
        <source>Năm báo cáo:</source>
        <translation>Year of the report:</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/report_actions.py" line="151"/>
        <source>Xem trước và in</source>
        <translation>Preview and print</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/report_actions.py" line="151"/>
        <source>Ghi tệp PDF</source>
        <translation>Write a PDF file</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/report_actions.py" line="151"/>
        <source>Ghi tệp Excel</source>
        <translation>Write an Excel file</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/report_actions.py" line="152"/>
        <source>Ghi tệp Word để viết tiếp</source>
        <translation>Write a Word file to complete</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/report_actions.py" line="153"/>
        <source>Báo cáo năm {year}</source>
        <translation>Report for {year}</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/report_actions.py" line="154"/>
        <source>Báo cáo năm {year} (số liệu đến {day}):</source>
        <translation>Report for {year} (figures up to {day}):</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/report_actions.py" line="157"/>
        <source>Đang tổng hợp báo cáo năm…</source>
        <translation>Compiling the year&apos;s report…</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/report_actions.py" line="191"/>
        <source>Lưu báo cáo PDF</source>
        <translation>Save PDF report</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/report_actions.py" line="191"/>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/report_actions.py" line="194"/>
        <source>Đang xuất báo cáo PDF…</source>
        <translation>Exporting the PDF report…</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/report_actions.py" line="214"/>
        <source>Lưu báo cáo Excel</source>
        <translation>Save Excel report</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/report_actions.py" line="214"/>
        <source>Tệp Excel (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/report_actions.py" line="224"/>
        <source>Đang xuất báo cáo Excel…</source>
        <translation>Exporting the Excel report…</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/report_actions.py" line="232"/>
        <source>Lưu báo cáo Word</source>
        <translation>Save the Word report</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/report_actions.py" line="232"/>
        <source>Tệp Word (*.docx)</source>
        <translation>Word files (*.docx)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/report_actions.py" line="242"/>
        <source>Đang xuất báo cáo Word…</source>
        <translation>Writing the Word report…</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/report_actions.py" line="246"/>
        <location filename="../../kttt_desktop/ui/report_actions.py" line="261"/>
        <source>Đã xuất báo cáo</source>
        <translation>Report exported</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/report_actions.py" line="247"/>
        <source>Đã ghi tệp:
{path}

Hãy viết tiếp các phần được tô vàng, rồi in và trình ký.</source>
        <translation>File written:
{path}

Complete the parts highlighted in yellow, then print it and submit it for signature.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/report_actions.py" line="248"/>
        <source>Mở bằng Word/LibreOffice</source>
        <translation>Open in Word/LibreOffice</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/report_actions.py" line="262"/>
        <source>Đã ghi tệp:
{path}</source>
        <translation>File written:
{path}</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/report_actions.py" line="266"/>
        <source>Chưa in hoặc xuất được</source>
        <translation>Could not print or export</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/report_actions.py" line="275"/>
        <source>Chưa chọn tổ chức</source>
        <translation>No organisation selected</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/report_actions.py" line="276"/>
        <source>Hãy chọn một tổ chức trong danh sách rồi in lại.</source>
        <translation>Select an organisation in the list, then print again.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/report_actions.py" line="291"/>
        <source>Đang chuẩn bị trang in…</source>
        <translation>Preparing the pages…</translation>
    </message>
</context>
<context>
    <name>RowPlanModel</name>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/tables.py" line="65"/>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/tables.py" line="65"/>
        <source>Hàng</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/tables.py" line="65"/>
        <source>Loại bản ghi</source>
        <translation>Record type</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/tables.py" line="65"/>
        <source>Sẽ làm</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/tables.py" line="66"/>
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/tables.py" line="66"/>
        <source>Chi tiết</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>SaveOrCancel</name>
    <message>
        <location filename="../../kttt_desktop/ui/dialogs.py" line="226"/>
        <source>Cất</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dialogs.py" line="228"/>
        <source>Hoãn</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../kttt_desktop/ui/dialogs.py" line="242"/>
        <location filename="../../kttt_desktop/ui/dialogs.py" line="304"/>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dialogs.py" line="247"/>
        <source>Họ và tên cán bộ nhập liệu</source>
        <translation>Full name of the data-entry officer</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dialogs.py" line="257"/>
        <source>Người dùng</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dialogs.py" line="259"/>
        <source>Cán bộ nhập liệu</source>
        <translation>Data-entry officer</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dialogs.py" line="260"/>
        <location filename="../../kttt_desktop/ui/dialogs.py" line="318"/>
        <source>Ngôn ngữ</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dialogs.py" line="261"/>
        <source>Ngôn ngữ mới được áp dụng khi mở lại chương trình.</source>
        <translation>A new language takes effect when the program is opened again.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dialogs.py" line="266"/>
        <source>Đơn vị sử dụng</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dialogs.py" line="273"/>
        <source>Cấp</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dialogs.py" line="274"/>
        <location filename="../../kttt_desktop/ui/dialogs.py" line="281"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dialogs.py" line="277"/>
        <source>Tỉnh</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dialogs.py" line="279"/>
        <source>Cấp trên</source>
        <translation>Upper level</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dialogs.py" line="281"/>
        <source>(chưa thiết lập)</source>
        <translation>(not set up)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dialogs.py" line="282"/>
        <source>Tệp dữ liệu</source>
        <translation>Data file</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dialogs.py" line="305"/>
        <source>Hãy ghi họ và tên cán bộ nhập liệu; tên này được ghi vào nhật ký thay đổi.</source>
        <translation>Please enter the full name of the data-entry officer; it is written to the change log.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dialogs.py" line="312"/>
        <source>Chưa cất được</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dialogs.py" line="319"/>
        <source>Ngôn ngữ mới sẽ được áp dụng khi mở lại chương trình.</source>
        <translation>The new language will be used when the program is opened again.</translation>
    </message>
</context>
<context>
    <name>SetupFilePage</name>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="190"/>
        <source>Bắt đầu từ tệp thiết lập của cấp trên</source>
        <translation>Start from the upper level&apos;s set-up file</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="191"/>
        <source>Chọn tệp thiết lập nhận từ cấp trên và ghi tên cán bộ nhập liệu.</source>
        <translation>Choose the set-up file from the upper level and enter the data-entry officer&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="192"/>
        <source>Chọn tệp…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="195"/>
        <source>(chưa chọn tệp)</source>
        <translation>(no file chosen)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="203"/>
        <source>Ví dụ: Lò Văn Hương</source>
        <translation>For example: Lò Văn Hương</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="209"/>
        <source>Tệp thiết lập</source>
        <translation>Set-up file</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="211"/>
        <source>Cán bộ nhập liệu</source>
        <translation>Data-entry officer</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="215"/>
        <source>Tệp thiết lập chứa khóa bí mật của đơn vị: giữ kín, không chuyển cho người khác. Sau khi hoàn thành, chương trình hiện hai mã vân tay để đọc đối chiếu với cấp trên qua điện thoại.</source>
        <translation>The set-up file holds the unit&apos;s secret keys: keep it private and do not pass it on. When you finish, the program shows two fingerprints to read out and compare with the upper level over the phone.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="220"/>
        <source>Chọn tệp thiết lập nhận từ cấp trên</source>
        <translation>Choose the set-up file from the upper level</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="221"/>
        <source>Tệp thiết lập KTTT (*.json);;Mọi tệp (*)</source>
        <translation>KTTT set-up files (*.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="230"/>
        <source>Tệp thiết lập không dùng được</source>
        <translation>The set-up file cannot be used</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="236"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="236"/>
        <source>Cấp</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="237"/>
        <source>Cấp trên</source>
        <translation>Upper level</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="74"/>
        <source>Tỉnh {name}</source>
        <translation>Tỉnh {name}</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="259"/>
        <source>Một xã, phường hoặc đặc khu trong danh mục đơn vị hành chính.</source>
        <translation>A commune, ward or special zone in the list of administrative units.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="261"/>
        <source>Từ 01/7/2025 chính quyền địa phương chỉ còn hai cấp: tỉnh và xã. «Khu vực» là cấp gộp số liệu của nhiều xã, chỉ có ở nơi cấp trên lập ra (ví dụ địa bàn một huyện cũ); mã và tên khu vực do cấp trên đặt.</source>
        <translation>Since 01/7/2025 local government has two tiers only: province and commune. An «area» adds up the figures of several communes and exists only where the upper level sets one up (for example the territory of a former district); the upper level gives its code and name.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="265"/>
        <source>Tỉnh hoặc thành phố trực thuộc trung ương, gộp số liệu của các xã trong tỉnh.</source>
        <translation>A province or centrally governed city, adding up the figures of its communes.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="546"/>
        <source>Thiết lập ban đầu</source>
        <translation>Initial set-up</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="549"/>
        <source>&lt; Quay lại</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="550"/>
        <source>Tiếp &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="551"/>
        <source>Hoàn thành</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="552"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="577"/>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="592"/>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="622"/>
        <source>Chưa thiết lập được</source>
        <translation>Could not set up</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="596"/>
        <source>Đối chiếu mã vân tay</source>
        <translation>Compare fingerprints</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="597"/>
        <source>Đã thiết lập {site}.

Mã vân tay của đơn vị này: {mine}
Mã vân tay của {upper}: {theirs}

Hãy gọi điện cho {upper} và đọc cho nhau hai mã này. Nếu có mã không khớp, đừng gửi gói nào: báo ngay cho cấp trên để nhận tệp thiết lập mới.</source>
        <translation>{site} is set up.

This unit&apos;s fingerprint: {mine}
Fingerprint of {upper}: {theirs}

Phone {upper} and read these two fingerprints to each other. If either does not match, send no packages: tell the upper level at once and ask for a new set-up file.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="634"/>
        <source>Đang tạo dữ liệu mẫu…</source>
        <translation>Creating sample data…</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="647"/>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="651"/>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="655"/>
        <source>Dùng thử</source>
        <translation>Trial</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="648"/>
        <source>Đã dừng tạo dữ liệu mẫu. Đơn vị dùng thử đã được thiết lập nhưng chưa có dữ liệu; bạn có thể nhập thử bằng tay.</source>
        <translation>Creating the sample data was stopped. The trial unit is set up but has no data; you can try entering some by hand.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="652"/>
        <source>Không tạo được dữ liệu mẫu: {message} Đơn vị dùng thử vẫn dùng được.</source>
        <translation>Could not create the sample data: {message} The trial unit can still be used.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="656"/>
        <source>Bản cài đặt này không có dữ liệu mẫu. Đơn vị dùng thử vẫn dùng được.</source>
        <translation>This installation has no sample data. The trial unit can still be used.</translation>
    </message>
</context>
<context>
    <name>StatusDecisionDialog</name>
    <message>
        <location filename="../../kttt_desktop/ui/status_decision_dialog.py" line="36"/>
        <source>Tạm ngừng kinh doanh</source>
        <translation>Temporarily suspended</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/status_decision_dialog.py" line="37"/>
        <source>Hoạt động trở lại</source>
        <translation>Resumed</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/status_decision_dialog.py" line="38"/>
        <source>Giải thể / chấm dứt</source>
        <translation>Dissolved / terminated</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/status_decision_dialog.py" line="39"/>
        <source>Thu hồi giấy chứng nhận</source>
        <translation>Certificate revoked</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/status_decision_dialog.py" line="40"/>
        <source>Không hoạt động tại địa chỉ đăng ký</source>
        <translation>Not at the registered address</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/status_decision_dialog.py" line="41"/>
        <source>Đang làm thủ tục giải thể</source>
        <translation>Dissolving</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/status_decision_dialog.py" line="42"/>
        <source>Phá sản</source>
        <translation>Bankrupt</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/status_decision_dialog.py" line="57"/>
        <source>Ghi quyết định về tình trạng</source>
        <translation>Record a status decision</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/status_decision_dialog.py" line="60"/>
        <source>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;Tình trạng hiện nay: {status}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;Status now: {status}</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/status_decision_dialog.py" line="90"/>
        <source>ví dụ: UBND {site}</source>
        <translation>e.g. People&apos;s Committee of {site}</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/status_decision_dialog.py" line="93"/>
        <source>Tình trạng của tổ chức theo quyết định có hiệu lực muộn nhất; Hoàn tác (Ctrl+Z) bỏ cả quyết định vừa ghi.</source>
        <translation>The organisation&apos;s status follows the latest decision in effect; Undo (Ctrl+Z) takes back the decision just recorded.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/status_decision_dialog.py" line="101"/>
        <source>Việc gì xảy ra</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/status_decision_dialog.py" line="102"/>
        <source>Có hiệu lực từ ngày</source>
        <translation>In effect from</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/status_decision_dialog.py" line="103"/>
        <source>Số quyết định / thông báo</source>
        <translation>Decision or notice no.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/status_decision_dialog.py" line="104"/>
        <source>Ngày quyết định</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/status_decision_dialog.py" line="105"/>
        <source>Cơ quan quyết định</source>
        <translation>Deciding agency</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/status_decision_dialog.py" line="106"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/status_decision_dialog.py" line="109"/>
        <source>Ghi</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/status_decision_dialog.py" line="111"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/status_decision_dialog.py" line="158"/>
        <source>Chưa ghi được:</source>
        <translation>Not recorded:</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="93"/>
        <source>Mới</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="94"/>
        <source>Cập nhật</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="95"/>
        <source>Không đổi</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="96"/>
        <source>Xóa</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="97"/>
        <source>Xung đột</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="98"/>
        <source>Từ chối</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="102"/>
        <source>Gói thay đổi</source>
        <translation>Change package</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="103"/>
        <source>Gói điều chỉnh</source>
        <translation>Correction package</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="104"/>
        <source>Gói toàn bộ</source>
        <translation>Full package</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="105"/>
        <source>Biên nhận</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="106"/>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="953"/>
        <source>Không rõ</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="115"/>
        <source>Mở thư mục</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="402"/>
        <source>Sẽ ghi nhận biên nhận</source>
        <translation>The receipt will be recorded</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="403"/>
        <source>Đã ghi nhận biên nhận</source>
        <translation>Receipt recorded</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="404"/>
        <source>Sẽ nhập</source>
        <translation>Will be imported</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="405"/>
        <source>Đã nhập</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="407"/>
        <source>Đã nhập trước đó, sẽ bỏ qua</source>
        <translation>Already imported, will be skipped</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="408"/>
        <source>Đã nhập trước đó, bỏ qua</source>
        <translation>Already imported, skipped</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="410"/>
        <source>Sẽ giữ lại, chờ gói còn thiếu</source>
        <translation>Will be held until a missing package arrives</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="411"/>
        <source>Đang giữ lại, chờ gói còn thiếu</source>
        <translation>Held until a missing package arrives</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="412"/>
        <source>Không nhập được</source>
        <translation>Cannot be imported</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="579"/>
        <source>Đồng bộ</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="582"/>
        <source>Trao đổi gói dữ liệu với cấp trên và cấp dưới bằng tệp (USB, thư điện tử). Gói được ký và mã hóa: chỉ đơn vị nhận mở được.</source>
        <translation>Exchange data packages with the upper and lower levels as files (USB stick, email). Packages are signed and encrypted: only the receiving unit can open them.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="602"/>
        <source>Xuất gói gửi cấp trên…</source>
        <translation>Export package for the upper level…</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="603"/>
        <source>Ghi các thay đổi cấp trên chưa xác nhận vào một tệp gói (Ctrl+E)</source>
        <translation>Write the changes the upper level has not confirmed into a package file (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="605"/>
        <source>Nhập gói hoặc biên nhận…</source>
        <translation>Import packages or receipts…</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="606"/>
        <source>Xem trước rồi nhập gói, gói điều chỉnh hoặc biên nhận nhận được (Ctrl+I)</source>
        <translation>Preview, then import received packages, correction packages or receipts (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="608"/>
        <source>Tham gia cấp trên bằng tệp thiết lập…</source>
        <translation>Join the upper level with a set-up file…</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="609"/>
        <source>Mở tệp thiết lập do cấp trên chuẩn bị cho đơn vị này</source>
        <translation>Open the set-up file the upper level prepared for this unit</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="610"/>
        <source>Gửi điều chỉnh, chỉ tiêu cho cấp dưới…</source>
        <translation>Send corrections and targets to lower levels…</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="611"/>
        <source>Gửi cho cấp dưới các điều chỉnh, xung đột đã giải quyết, chỉ tiêu kế hoạch và dân số</source>
        <translation>Send lower levels the corrections, resolved conflicts, plan targets and population</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="614"/>
        <source>Tạo tệp thiết lập cho cấp dưới…</source>
        <translation>Create a set-up file for a lower level…</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="615"/>
        <source>Chuẩn bị tệp để một xã (hoặc khu vực) bắt đầu đồng bộ với đơn vị này</source>
        <translation>Prepare a file with which a commune (or area) starts syncing with this unit</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="617"/>
        <source>Đồng bộ lên máy chủ dữ liệu…</source>
        <translation>Mirror to the data server…</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="618"/>
        <source>Ghi sổ đã gộp lên cơ sở dữ liệu PostgreSQL dùng chung của các cơ quan cấp trên; lần sau chỉ gửi phần đã thay đổi</source>
        <translation>Write the merged register into the shared PostgreSQL database of the offices above; later runs send only what changed</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="625"/>
        <source>Với cấp dưới:</source>
        <translation>Lower levels:</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="632"/>
        <source>Với máy chủ dữ liệu:</source>
        <translation>With the data server:</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="649"/>
        <source>Các đơn vị đồng bộ</source>
        <translation>Units this site syncs with</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="728"/>
        <source>Mã vân tay của đơn vị này với cấp trên ({name})</source>
        <translation>This unit&apos;s fingerprint with the upper level ({name})</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="730"/>
        <source>Đọc mã này qua điện thoại để cấp trên đối chiếu.</source>
        <translation>Read this out over the phone so the upper level can compare it.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="731"/>
        <source>Mã vân tay của {name}: {fingerprint}</source>
        <translation>Fingerprint of {name}: {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="738"/>
        <source>Mã vân tay của đơn vị này với cấp dưới</source>
        <translation>This unit&apos;s fingerprint with lower levels</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="740"/>
        <source>Đọc mã này qua điện thoại để cấp dưới đối chiếu.</source>
        <translation>Read this out over the phone so the lower level can compare it.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="741"/>
        <source>Mã này có trong mọi tệp thiết lập mà đơn vị này tạo ({count} đơn vị cấp dưới).</source>
        <translation>Every set-up file this unit creates carries it ({count} lower-level units).</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="746"/>
        <source>Đơn vị này chưa kết nối với cấp trên. Hãy nhận tệp thiết lập do cấp trên chuẩn bị (trao tay bằng USB), rồi bấm «Tham gia cấp trên bằng tệp thiết lập…».</source>
        <translation>This unit is not connected to an upper level yet. Get the set-up file the upper level prepared (handed over on a USB stick), then press “Join the upper level with a set-up file…”.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="761"/>
        <source>Chưa có đơn vị nào. Bấm «Tạo tệp thiết lập cho cấp dưới…» để thêm một xã.</source>
        <translation>No units yet. Press “Create a set-up file for a lower level…” to add a commune.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="762"/>
        <source>Chưa có đơn vị nào để đồng bộ.</source>
        <translation>No units to sync with yet.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="814"/>
        <source>Đã dừng theo yêu cầu. Phần đang làm dở không được ghi; dữ liệu vẫn như trước.</source>
        <translation>Stopped as asked. The unfinished part was not written; the data is as it was.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="821"/>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="1073"/>
        <source>Không đọc, ghi được tệp: {error}</source>
        <translation>Could not read or write the file: {error}</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="835"/>
        <source>Chưa có cấp trên</source>
        <translation>No upper level yet</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="836"/>
        <source>Đơn vị này chưa kết nối với cấp trên. Hãy nhận tệp thiết lập từ cấp trên rồi bấm «Tham gia cấp trên bằng tệp thiết lập…» trên trang Đồng bộ.</source>
        <translation>This unit is not connected to an upper level yet. Get the set-up file from the upper level, then press “Join the upper level with a set-up file…” on the Sync page.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="839"/>
        <source>Chọn thư mục để lưu gói gửi {name} (ví dụ: USB)</source>
        <translation>Choose the folder for the package for {name} (for example a USB stick)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="851"/>
        <source>Chưa có cấp dưới</source>
        <translation>No lower levels yet</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="852"/>
        <source>Đơn vị này chưa có đơn vị cấp dưới nào. Hãy tạo tệp thiết lập cho cấp dưới trước.</source>
        <translation>This unit has no lower-level units yet. Create a set-up file for a lower level first.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="856"/>
        <source>Tất cả đơn vị cấp dưới ({count})</source>
        <translation>All lower-level units ({count})</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="857"/>
        <source>Xuất gói điều chỉnh</source>
        <translation>Export corrections</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="857"/>
        <source>Gửi cho đơn vị:</source>
        <translation>Send to unit:</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="862"/>
        <source>Chọn thư mục để lưu gói điều chỉnh</source>
        <translation>Choose the folder for the correction packages</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="874"/>
        <source>Đang xuất gói…</source>
        <translation>Exporting the package…</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="874"/>
        <source>Chưa xuất được gói</source>
        <translation>The package was not exported</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="884"/>
        <source>{count} thay đổi</source>
        <translation>changes: {count}</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="885"/>
        <source>không có thay đổi mới</source>
        <translation>no new changes</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="886"/>
        <source>Gói số {number} gửi {receiver} ({changes})</source>
        <translation>Package no. {number} for {receiver} ({changes})</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="891"/>
        <source>Chép tệp này sang USB hoặc gửi qua thư điện tử. Khi nơi nhận gửi lại biên nhận, hãy nhập biên nhận để biết gói đã tới.</source>
        <translation>Copy this file to a USB stick or send it by email. When the receiver sends a receipt back, import it to know the package arrived.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="895"/>
        <source>Đã xuất gói</source>
        <translation>Package exported</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="904"/>
        <source>Chọn gói hoặc biên nhận để nhập</source>
        <translation>Choose packages or receipts to import</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="905"/>
        <source>Gói đồng bộ KTTT (*.kttt);;Mọi tệp (*)</source>
        <translation>KTTT sync packages (*.kttt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="914"/>
        <source>Đang đọc và kiểm tra gói…</source>
        <translation>Reading and checking the packages…</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="914"/>
        <source>Chưa xem trước được</source>
        <translation>Could not preview</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="940"/>
        <source>Đang nhập gói (đã sao lưu dữ liệu trước khi nhập)…</source>
        <translation>Importing (the data was backed up first)…</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="941"/>
        <source>Chưa nhập được</source>
        <translation>The import did not complete</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="970"/>
        <source>Đã cập nhật chỉ tiêu kế hoạch và dân số do cấp trên gửi.</source>
        <translation>Updated the plan targets and population sent by the upper level.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="972"/>
        <source>Biên nhận gửi lại: {path}</source>
        <translation>Receipt to send back: {path}</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="979"/>
        <source>Hãy gửi biên nhận cho nơi gửi (USB, thư điện tử) để họ biết gói đã tới.</source>
        <translation>Send the receipt to the sender (USB stick, email) so they know the package arrived.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="981"/>
        <source>Có {count} xung đột cần giải quyết: xem trang «Xung đột».</source>
        <translation>Conflicts to resolve: {count}. See the “Conflicts” page.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="983"/>
        <source>Lần nhập gói không hoàn tác được bằng Ctrl+Z: muốn bỏ nó, hãy khôi phục bản sao lưu tự động «…truoc-nhap-…» lập ngay trước khi nhập (Tệp → Khôi phục từ bản sao lưu…).</source>
        <translation>A package import cannot be undone with Ctrl+Z: to take it back, restore the automatic backup “…truoc-nhap-…” made just before the import (File → Restore from a backup…).</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="992"/>
        <source>Kết quả nhập</source>
        <translation>Import results</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="1021"/>
        <source>Đang đồng bộ lên máy chủ dữ liệu…</source>
        <translation>Mirroring to the data server…</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="1022"/>
        <source>Chưa đồng bộ được lên máy chủ</source>
        <translation>Not mirrored to the server</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="1026"/>
        <source>Không có gì thay đổi kể từ lần đồng bộ trước: máy chủ dữ liệu giữ nguyên.</source>
        <translation>Nothing changed since the last mirror: the data server is unchanged.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="1029"/>
        <source>Chỉ tiêu kế hoạch</source>
        <translation>Plan targets</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="1029"/>
        <source>Dân số</source>
        <translation>Population</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="1030"/>
        <source>Đã đồng bộ lên {address}.</source>
        <translation>Mirrored to {address}.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="1033"/>
        <source>{table}: {new} mới, {updated} sửa</source>
        <translation>{table}: {new} new, {updated} changed</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="1036"/>
        <source>, {deleted} bỏ</source>
        <translation>, {deleted} removed</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="1041"/>
        <source>Kết quả đồng bộ lên máy chủ</source>
        <translation>Mirror results</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="1056"/>
        <source>Tạo lại tệp thiết lập</source>
        <translation>Create the set-up file again</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="1057"/>
        <source>{name} ({code}) đã có tệp thiết lập. Tạo lại sẽ thay khóa cũ: tệp thiết lập cũ và các gói làm bằng nó sẽ không dùng được nữa. Tiếp tục?</source>
        <translation>{name} ({code}) already has a set-up file. Creating it again replaces the old keys: the old set-up file and packages made with it will no longer work. Continue?</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="1059"/>
        <source>Tạo lại</source>
        <translation>Create again</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="1061"/>
        <source>Lưu tệp thiết lập cho {name}</source>
        <translation>Save the set-up file for {name}</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="1062"/>
        <source>Tệp thiết lập KTTT (*.json)</source>
        <translation>KTTT set-up files (*.json)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="1069"/>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="1072"/>
        <source>Chưa tạo được tệp thiết lập</source>
        <translation>The set-up file was not created</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="1076"/>
        <source>Mã vân tay của {name}: {lower}
Mã vân tay của đơn vị này: {mine}</source>
        <translation>Fingerprint of {name}: {lower}
This unit&apos;s fingerprint: {mine}</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="1078"/>
        <source>Tệp này chứa khóa bí mật của {name}. Hãy trao tận tay (USB) hoặc qua kênh an toàn, không gửi qua nhóm chat hay thư điện tử công cộng. Khi {name} đã mở tệp, hai bên gọi điện đọc cho nhau hai mã vân tay trên để đối chiếu.</source>
        <translation>This file holds the secret keys of {name}. Hand it over in person (USB stick) or by another safe channel, never through a chat group or public email. Once {name} has opened the file, phone each other and read out the two fingerprints above to compare them.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="1083"/>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="1087"/>
        <source>Đã tạo tệp thiết lập: {path}</source>
        <translation>Set-up file created: {path}</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="1086"/>
        <source>Đã tạo tệp thiết lập</source>
        <translation>Set-up file created</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="1094"/>
        <source>Chọn tệp thiết lập nhận từ cấp trên</source>
        <translation>Choose the set-up file from the upper level</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="1095"/>
        <source>Tệp thiết lập KTTT (*.json);;Mọi tệp (*)</source>
        <translation>KTTT set-up files (*.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="1101"/>
        <source>Chưa tham gia được cấp trên</source>
        <translation>Could not join the upper level</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="1105"/>
        <source>Đã kết nối với {name}.

Mã vân tay của đơn vị này: {mine}
Mã vân tay của {name}: {upper}

Gọi điện cho {name} và đọc cho nhau hai mã này để đối chiếu.</source>
        <translation>Connected to {name}.

This unit&apos;s fingerprint: {mine}
Fingerprint of {name}: {upper}

Phone {name} and read these two fingerprints to each other to compare them.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/sync_page.py" line="1112"/>
        <source>Đã tham gia cấp trên</source>
        <translation>Joined the upper level</translation>
    </message>
</context>
<context>
    <name>TargetCell</name>
    <message>
        <location filename="../../kttt_desktop/ui/targets_dialog.py" line="174"/>
        <source>Để trống nếu không có chỉ tiêu</source>
        <translation>Leave empty if there is no target</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <location filename="../../kttt_desktop/ui/targets_dialog.py" line="75"/>
        <source>ít nhất</source>
        <translation>at least</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/targets_dialog.py" line="76"/>
        <source>trên</source>
        <translation>more than</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/targets_dialog.py" line="77"/>
        <source>khoảng</source>
        <translation>about</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/targets_dialog.py" line="128"/>
        <source>Khu vực Mường Tè (huyện cũ)</source>
        <translation>Mường Tè area (former district)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/targets_dialog.py" line="214"/>
        <source>Chỉ tiêu kế hoạch và số dân</source>
        <translation>Plan targets and population</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/targets_dialog.py" line="228"/>
        <source>{name} (đơn vị này)</source>
        <translation>{name} (this unit)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/targets_dialog.py" line="243"/>
        <source>Thêm năm…</source>
        <translation>Add year…</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/targets_dialog.py" line="244"/>
        <source>Thêm một năm khác 2030, 2045 (ví dụ chỉ tiêu năm 2025)</source>
        <translation>Add a year other than 2030 and 2045 (for example the 2025 targets)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/targets_dialog.py" line="247"/>
        <source>Ví dụ: Kế hoạch số …/KH-UBND ngày …</source>
        <translation>For example: Plan No. …/KH-UBND of …</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/targets_dialog.py" line="248"/>
        <source>Văn bản giao các chỉ tiêu này; in kèm trong báo cáo</source>
        <translation>The document that set these targets; printed in the report</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/targets_dialog.py" line="253"/>
        <source>Ngày lấy số liệu gốc, cũng là ngày bắt đầu tính thời gian của kế hoạch. Để trống: ngày 31/12 của năm gốc.</source>
        <translation>The day the baseline is taken, which is also the day the plan&apos;s time starts. Empty: 31/12 of the base year.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/targets_dialog.py" line="312"/>
        <location filename="../../kttt_desktop/ui/targets_dialog.py" line="404"/>
        <location filename="../../kttt_desktop/ui/targets_dialog.py" line="511"/>
        <source>Chỉ tiêu</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/targets_dialog.py" line="259"/>
        <source>Nhập số cần đạt; để trống nếu không giao chỉ tiêu. «khoảng 15» được tính là đạt từ 90 % trở lên.</source>
        <translation>Enter the figure to reach; leave empty if no target is set. «about 15» counts as reached from 90 % upwards.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/targets_dialog.py" line="262"/>
        <source>Số liệu gốc: số tại ngày gốc, để tính tiến độ = (hiện nay − số gốc) ÷ (chỉ tiêu − số gốc). Để trống thì phần mềm tự đếm từ sổ theo dõi đến ngày gốc; nhập số thì dùng số đã nhập.</source>
        <translation>Baseline: the figure on the base date, for progress = (now − baseline) ÷ (target − baseline). Empty: the program counts it from the register on the base date; a number: that number is used.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/targets_dialog.py" line="269"/>
        <source>Căn cứ</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/targets_dialog.py" line="270"/>
        <source>Ngày gốc</source>
        <translation>Base date</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/targets_dialog.py" line="277"/>
        <location filename="../../kttt_desktop/ui/targets_dialog.py" line="513"/>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/targets_dialog.py" line="277"/>
        <source>Số dân (người)</source>
        <translation>Population (people)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/targets_dialog.py" line="281"/>
        <location filename="../../kttt_desktop/ui/targets_dialog.py" line="476"/>
        <source>Thêm năm</source>
        <translation>Add year</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/targets_dialog.py" line="283"/>
        <source>Xóa dòng</source>
        <translation>Delete row</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/targets_dialog.py" line="302"/>
        <source>Cất</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/targets_dialog.py" line="303"/>
        <source>Hoãn</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/targets_dialog.py" line="314"/>
        <source>Số dân</source>
        <translation>Population</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/targets_dialog.py" line="404"/>
        <source>Số liệu gốc</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/targets_dialog.py" line="420"/>
        <source>từ sổ</source>
        <translation>from the register</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/targets_dialog.py" line="422"/>
        <source>Để trống: đếm từ sổ theo dõi đến ngày gốc. Nhập số: dùng số đã nhập làm số liệu gốc.</source>
        <translation>Empty: counted from the register on the base date. A number: used as the baseline.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/targets_dialog.py" line="313"/>
        <source>Giao chỉ tiêu cho các xã</source>
        <translation>Allocate targets to the communes</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/targets_dialog.py" line="503"/>
        <source>Xã</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/targets_dialog.py" line="503"/>
        <source>Chỉ tiêu giao</source>
        <translation>Allocated target</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/targets_dialog.py" line="590"/>
        <source>Chỉ tiêu tỷ lệ: mỗi xã có tỷ lệ riêng, không cộng lại để so với {unit}.</source>
        <translation>A rate target: each commune has its own rate; they are not added up to compare with {unit}.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/targets_dialog.py" line="592"/>
        <source>Chưa giao chỉ tiêu này cho xã nào.</source>
        <translation>This target is not allocated to any commune yet.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/targets_dialog.py" line="594"/>
        <source>Tổng đã giao cho {count} xã: {total}; {unit} chưa có chỉ tiêu này để so.</source>
        <translation>Allocated to {count} communes in total: {total}; {unit} has no such target to compare with.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/targets_dialog.py" line="596"/>
        <source>Tổng đã giao cho {count} xã: {total}, còn thiếu {gap} so với chỉ tiêu của {unit} ({upper}). Vẫn cất được; hãy xem lại nếu chưa giao hết.</source>
        <translation>Allocated to {count} communes in total: {total}, {gap} short of the target of {unit} ({upper}). It can still be saved; check it if not all was allocated.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/targets_dialog.py" line="599"/>
        <source>Tổng đã giao cho {count} xã: {total}, vượt {gap} so với chỉ tiêu của {unit} ({upper}). Vẫn cất được; hãy xem lại nếu không chủ ý.</source>
        <translation>Allocated to {count} communes in total: {total}, {gap} above the target of {unit} ({upper}). It can still be saved; check it if that was not meant.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/targets_dialog.py" line="602"/>
        <source>Tổng đã giao cho {count} xã: {total}, bằng chỉ tiêu của {unit}.</source>
        <translation>Allocated to {count} communes in total: {total}, equal to the target of {unit}.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/targets_dialog.py" line="795"/>
        <source>Thay đổi chưa cất</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/targets_dialog.py" line="796"/>
        <source>Các chỉ tiêu và số dân vừa nhập chưa được cất. Bỏ các thay đổi này?</source>
        <translation>The targets and population you entered are not saved. Discard these changes?</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/targets_dialog.py" line="317"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/targets_dialog.py" line="380"/>
        <source>Các chỉ tiêu này do cấp trên giao. Sửa ở đây chỉ đổi bản trên máy này; khi cấp trên gửi gói đồng bộ mới, chỉ tiêu cấp trên giao sẽ được cập nhật lại.</source>
        <translation>These targets were set by the upper level. Editing them here changes only this computer&apos;s copy; when the upper level sends a new sync package, its targets will be applied again.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/targets_dialog.py" line="392"/>
        <source>Số dân của {unit} (để tính tỷ lệ dân số tham gia tổ chức kinh tế tập thể)</source>
        <translation>Population of {unit} (to compute the share of the population in collective organisations)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/targets_dialog.py" line="405"/>
        <source>Năm {year}</source>
        <translation>Year {year}</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/targets_dialog.py" line="431"/>
        <source>Nguồn: {unit}</source>
        <translation>Source: {unit}</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/targets_dialog.py" line="476"/>
        <source>Năm của chỉ tiêu (ví dụ 2025):</source>
        <translation>Year of the targets (for example 2025):</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/targets_dialog.py" line="797"/>
        <source>Bỏ thay đổi</source>
        <translation>Discard changes</translation>
    </message>
</context>
<context>
    <name>TotalsBar</name>
    <message>
        <location filename="../../kttt_desktop/ui/totals_bar.py" line="25"/>
        <source>Tổng cộng</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>UnitPage</name>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="277"/>
        <source>Đơn vị sử dụng</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="278"/>
        <source>Chọn đơn vị mà máy này theo dõi. Cấp và đơn vị không đổi được sau khi thiết lập.</source>
        <translation>Choose the unit this computer keeps the register for. The level and unit cannot be changed after set-up.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="310"/>
        <source>Ví dụ: Lò Văn Hương</source>
        <translation>For example: Lò Văn Hương</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="317"/>
        <source>Xã / phường</source>
        <translation>Commune / ward</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="319"/>
        <source>Gõ vài chữ của tên xã để tìm, có dấu hay không dấu đều được.</source>
        <translation>Type a few letters of the commune&apos;s name to search, with or without diacritics.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="323"/>
        <source>Mã đơn vị</source>
        <translation>Unit code</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="324"/>
        <source>Tên đơn vị</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="330"/>
        <source>Cấp</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="331"/>
        <source>Tỉnh / thành phố</source>
        <translation>Province / city</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="337"/>
        <source>Cán bộ nhập liệu</source>
        <translation>Data-entry officer</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="413"/>
        <source>Chọn tỉnh / thành phố trước</source>
        <translation>Choose the province / city first</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="422"/>
        <source>Không có tỉnh, thành phố «{typed}»; hãy chọn trong danh sách.</source>
        <translation>There is no province or city «{typed}»; choose one from the list.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="427"/>
        <source>Không có xã «{typed}» trong {province}; hãy chọn trong danh sách.</source>
        <translation>There is no commune «{typed}» in {province}; choose one from the list.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="435"/>
        <source>Ví dụ: 107</source>
        <translation>For example: 107</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="435"/>
        <source>Ví dụ: Khu vực Mường Tè</source>
        <translation>For example: Mường Tè area</translation>
    </message>
</context>
<context>
    <name>UnitTableModel</name>
    <message>
        <location filename="../../kttt_desktop/ui/dashboard_page.py" line="307"/>
        <source>Xã / đơn vị</source>
        <translation>Commune / unit</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dashboard_page.py" line="311"/>
        <source>HTX</source>
        <translation>Coops</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dashboard_page.py" line="311"/>
        <source>TV HTX</source>
        <translation>Coop members</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dashboard_page.py" line="311"/>
        <source>THT</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dashboard_page.py" line="312"/>
        <source>TV THT</source>
        <translation>Group members</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dashboard_page.py" line="312"/>
        <source>LHHTX</source>
        <translation>Unions</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dashboard_page.py" line="312"/>
        <source>LĐ thường xuyên</source>
        <translation>Regular workers</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dashboard_page.py" line="313"/>
        <source>% dân số</source>
        <translation>% of population</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dashboard_page.py" line="313"/>
        <source>Hỗ trợ (tr. đ)</source>
        <translation>Support (million VND)</translation>
    </message>
</context>
<context>
    <name>XlsxImport</name>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/texts.py" line="35"/>
        <source>Mã định danh (tệp xuất từ chương trình)</source>
        <translation>Identifier (file exported by the program)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/texts.py" line="36"/>
        <source>Mã số thuế của tổ chức</source>
        <translation>Organisation&apos;s tax code</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/texts.py" line="37"/>
        <source>Tên tổ chức</source>
        <translation>Organisation name</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/texts.py" line="50"/>
        <source>Đổi: {fields}</source>
        <translation>Changes: {fields}</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/texts.py" line="57"/>
        <source>Tạo mới</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/texts.py" line="58"/>
        <source>Cập nhật</source>
        <translation>Update</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/texts.py" line="59"/>
        <source>Không đổi</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/texts.py" line="60"/>
        <location filename="../../kttt_desktop/ui/xlsx_import/texts.py" line="72"/>
        <source>Lỗi</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/texts.py" line="73"/>
        <source>Lưu ý</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/texts.py" line="85"/>
        <source>Sheet «{sheet}»</source>
        <translation>Sheet «{sheet}»</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/texts.py" line="87"/>
        <source>hàng {row}</source>
        <translation>row {row}</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/texts.py" line="89"/>
        <source>cột {column}</source>
        <translation>column {column}</translation>
    </message>
</context>
<context>
    <name>XlsxImportWizard</name>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/wizard.py" line="70"/>
        <source>Nhập từ Excel</source>
        <translation>Import from Excel</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/wizard.py" line="73"/>
        <source>&lt; Quay lại</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/wizard.py" line="74"/>
        <source>Tiếp &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/wizard.py" line="75"/>
        <source>Nhập</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/wizard.py" line="76"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/wizard.py" line="141"/>
        <source>Không đọc, ghi được tệp: {error}</source>
        <translation>Could not read or write the file: {error}</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/wizard.py" line="157"/>
        <source>Không nhập được tệp này</source>
        <translation>This file cannot be imported</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/wizard.py" line="158"/>
        <source>Không tìm thấy danh sách nào trong tệp «{path}»: các sheet đều trống. Hãy chọn đúng tệp đã điền.</source>
        <translation>No list was found in «{path}»: every sheet is empty. Choose the file that was filled in.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/wizard.py" line="166"/>
        <source>Đang đọc tệp Excel…</source>
        <translation>Reading the Excel file…</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/wizard.py" line="167"/>
        <source>Không đọc được tệp</source>
        <translation>Cannot read the file</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/wizard.py" line="185"/>
        <source>Chưa xem trước được</source>
        <translation>Could not preview</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/wizard.py" line="187"/>
        <source>Đang đọc và kiểm tra các hàng…</source>
        <translation>Reading and checking the rows…</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/wizard.py" line="207"/>
        <source>Chưa nhập được</source>
        <translation>Could not import</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/wizard.py" line="211"/>
        <source>Đang nhập vào sổ…</source>
        <translation>Importing into the register…</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/wizard.py" line="219"/>
        <source>Đã nhập xong</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/wizard.py" line="226"/>
        <source>Đã nhập tệp «{name}».</source>
        <translation>Imported «{name}».</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/wizard.py" line="231"/>
        <source>Sổ không thay đổi: mọi hàng đã có như trong tệp.</source>
        <translation>The register is unchanged: every row was already as in the file.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/wizard.py" line="233"/>
        <source>Sổ trước khi nhập được sao lưu tại:
{path}</source>
        <translation>The register as it was before the import is backed up at:
{path}</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/xlsx_import/wizard.py" line="234"/>
        <source>Lần nhập này không hoàn tác được bằng Ctrl+Z: muốn bỏ nó, hãy khôi phục bản sao lưu trên (Tệp → Khôi phục từ bản sao lưu…).</source>
        <translation>This import cannot be undone with Ctrl+Z: to take it back, restore the backup above (File → Restore from a backup…).</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../kttt_desktop/ui/app.py" line="122"/>
        <source>{problem}

Khôi phục từ bản sao lưu gần nhất ({backup})? Tệp hỏng được giữ lại trong thư mục sao lưu.</source>
        <translation>{problem}

Restore from the newest backup ({backup})? The damaged file is kept in the backup folder.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/app.py" line="125"/>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/app.py" line="161"/>
        <source>KTTT Desktop đang mở</source>
        <translation>KTTT Desktop is already open</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/app.py" line="202"/>
        <source>Khôi phục từ bản sao lưu</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/app.py" line="208"/>
        <source>Đã khôi phục {name} từ {file}. Dữ liệu trước khi khôi phục được giữ tại:
{kept}</source>
        <translation>Restored {name} from {file}. The data from before the restore is kept at:
{kept}</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/app.py" line="117"/>
        <source>Không mở được dữ liệu</source>
        <translation>Cannot open the data</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="129"/>
        <source>Tên tổ chức</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="130"/>
        <source>Loại hình</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="131"/>
        <source>Mã số</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="132"/>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="195"/>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="133"/>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="148"/>
        <source>Thôn/bản</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="134"/>
        <source>Xã</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="135"/>
        <source>Thành viên</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="136"/>
        <source>Quy mô (năm)</source>
        <translation>Scale (year)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="137"/>
        <source>Vốn điều lệ (đ)</source>
        <translation>Charter capital (VND)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="138"/>
        <source>Ngày đăng ký</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="141"/>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="154"/>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="203"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="142"/>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="155"/>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="143"/>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="156"/>
        <source>Giới tính</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="144"/>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="157"/>
        <source>Dân tộc</source>
        <translation>Ethnic group</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="145"/>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="158"/>
        <source>Số định danh (CCCD)</source>
        <translation>Personal ID no. (CCCD)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="146"/>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="159"/>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="168"/>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="180"/>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="194"/>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="204"/>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="215"/>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="223"/>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="233"/>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="243"/>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="254"/>
        <source>Tổ chức</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="147"/>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="256"/>
        <source>Hình thức</source>
        <translation>Membership</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="149"/>
        <source>Vốn góp (đ)</source>
        <translation>Capital (VND)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="150"/>
        <source>Ngày gia nhập</source>
        <translation>Joined on</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="151"/>
        <source>Ngày ra khỏi</source>
        <translation>Left on</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="160"/>
        <source>Là thành viên</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="161"/>
        <source>Hợp đồng</source>
        <translation>Contract</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="162"/>
        <source>BHXH</source>
        <translation>Social insurance</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="163"/>
        <source>Ngày bắt đầu</source>
        <translation>Started on</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="164"/>
        <source>Ngày thôi việc</source>
        <translation>Ended on</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="167"/>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="216"/>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="169"/>
        <source>Nhóm chính sách</source>
        <translation>Policy category</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="170"/>
        <source>Nguồn kinh phí</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="172"/>
        <source>Số tiền (đ)</source>
        <translation>Amount (VND)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="173"/>
        <source>Giai đoạn</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="174"/>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="196"/>
        <source>Số quyết định</source>
        <translation>Decision no.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="175"/>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="197"/>
        <source>Ngày quyết định</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="176"/>
        <source>Tài sản không chia</source>
        <translation>Indivisible asset</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="179"/>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="181"/>
        <source>Doanh thu (đ)</source>
        <translation>Revenue (VND)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="182"/>
        <source>Lợi nhuận (đ)</source>
        <translation>Profit (VND)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="183"/>
        <source>Thu nhập BQ thành viên (đ)</source>
        <translation>Avg. income per member (VND)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="185"/>
        <source>Thành viên chính thức</source>
        <translation>Official members</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="186"/>
        <source>Lao động thường xuyên</source>
        <translation>Regular workers</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="187"/>
        <source>Xếp loại</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="188"/>
        <source>Điểm</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="189"/>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="248"/>
        <source>Nợ quá hạn (đ)</source>
        <translation>Overdue debt (VND)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="192"/>
        <source>Có hiệu lực từ</source>
        <translation>In effect from</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="198"/>
        <source>Cơ quan quyết định</source>
        <translation>Deciding agency</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="199"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="200"/>
        <source>Chuyển từ sổ cũ</source>
        <translation>Carried over</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="205"/>
        <source>Chức danh</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="206"/>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="217"/>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="258"/>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="207"/>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="218"/>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="259"/>
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="208"/>
        <source>Trình độ</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="209"/>
        <source>Đào tạo đạt chuẩn</source>
        <translation>Trained to standard</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="210"/>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="213"/>
        <source>Khóa học</source>
        <translation>Course</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="214"/>
        <source>Người học</source>
        <translation>Trainee</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="219"/>
        <source>Đơn vị tổ chức</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="222"/>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="234"/>
        <source>Sản phẩm</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="224"/>
        <source>Sao OCOP</source>
        <translation>OCOP stars</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="225"/>
        <source>OCOP hết hạn</source>
        <translation>OCOP expires</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="226"/>
        <source>Chứng nhận</source>
        <translation>Certification</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="227"/>
        <source>Nhãn hiệu</source>
        <translation>Trademark</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="228"/>
        <source>Truy xuất nguồn gốc</source>
        <translation>Traceability</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="229"/>
        <source>Công nghệ cao</source>
        <translation>High technology</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="232"/>
        <source>Đối tác</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="235"/>
        <source>Khâu</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="236"/>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="244"/>
        <source>Số hợp đồng</source>
        <translation>Contract no.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="237"/>
        <source>Ngày ký</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="238"/>
        <source>Hết hạn</source>
        <translation>Expires</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="239"/>
        <source>Giá trị (đ)</source>
        <translation>Value (VND)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="242"/>
        <source>Bên cho vay</source>
        <translation>Lender</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="245"/>
        <source>Ngày giải ngân</source>
        <translation>Disbursed on</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="246"/>
        <source>Số tiền vay (đ)</source>
        <translation>Amount (VND)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="247"/>
        <source>Dư nợ (đ)</source>
        <translation>Outstanding (VND)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="249"/>
        <source>Hỗ trợ lãi suất (đ)</source>
        <translation>Interest support (VND)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="252"/>
        <source>Mục đích sử dụng</source>
        <translation>Use</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="255"/>
        <source>Diện tích (m²)</source>
        <translation>Area (m²)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="257"/>
        <source>Số giấy chứng nhận</source>
        <translation>Certificate no.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="264"/>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="316"/>
        <source>tổ chức</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="317"/>
        <source>thành viên</source>
        <translation>member</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="318"/>
        <source>người lao động</source>
        <translation>worker</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="319"/>
        <source>khoản hỗ trợ</source>
        <translation>support record</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="320"/>
        <source>kết quả năm</source>
        <translation>yearly results</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="321"/>
        <source>quyết định về tình trạng</source>
        <translation>status decision</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="322"/>
        <source>cán bộ quản lý</source>
        <translation>manager</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="323"/>
        <source>lượt đào tạo</source>
        <translation>training</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="324"/>
        <source>sản phẩm</source>
        <translation>product</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="325"/>
        <source>hợp đồng liên kết</source>
        <translation>value-chain contract</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="326"/>
        <source>khoản vay</source>
        <translation>loan</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="327"/>
        <source>thửa đất, mặt bằng</source>
        <translation>plot of land</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../kttt_desktop/ui/crash.py" line="222"/>
        <source>Không thực hiện được</source>
        <translation>Could not be done</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../kttt_desktop/ui/dialogs.py" line="59"/>
        <source>Nhập trùng</source>
        <translation>Entered twice</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dialogs.py" line="60"/>
        <source>Nhập nhầm</source>
        <translation>Entered by mistake</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dialogs.py" line="61"/>
        <source>Tổ chức đã giải thể</source>
        <translation>The organisation has been dissolved</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dialogs.py" line="62"/>
        <source>Thành viên ra khỏi tổ chức</source>
        <translation>The member left the organisation</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dialogs.py" line="176"/>
        <source>Xóa {kind} «{title}»?</source>
        <translation>Delete {kind} “{title}”?</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dialogs.py" line="190"/>
        <source>Tổ chức này chưa có thành viên, người lao động hay khoản hỗ trợ nào.</source>
        <translation>This organisation has no members, workers or support records.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dialogs.py" line="192"/>
        <source>Sẽ xóa cùng với {parts} của tổ chức này.</source>
        <translation>Deleted with it: {parts}.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dialogs.py" line="207"/>
        <location filename="../../kttt_desktop/ui/dialogs.py" line="215"/>
        <source>Không xóa được</source>
        <translation>Cannot delete</translation>
    </message>
</context>
<context>
    <name>editors</name>
    <message>
        <location filename="../../kttt_desktop/ui/forms/editors.py" line="231"/>
        <source>ngày/tháng/năm</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/forms/editors.py" line="238"/>
        <source>Nhập ngày/tháng/năm, ví dụ 15/06/1975 hoặc 15061975. Alt+↓ mở lịch.</source>
        <translation>Enter day/month/year, e.g. 15/06/1975 or 15061975. Alt+↓ opens the calendar.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/forms/editors.py" line="242"/>
        <source>Chọn ngày trên lịch (Alt+↓)</source>
        <translation>Pick the date on a calendar (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/forms/editors.py" line="300"/>
        <source>Hãy nhập đủ ngày/tháng/năm (ví dụ 01/01/{year}); chỉ có năm thì chưa lưu được.</source>
        <translation>Enter the full day/month/year (e.g. 01/01/{year}); a year alone cannot be saved.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/forms/editors.py" line="549"/>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="412"/>
        <source>Gõ để tìm…</source>
        <translation>Type to search…</translation>
    </message>
</context>
<context>
    <name>prompts</name>
    <message>
        <location filename="../../kttt_desktop/ui/prompts.py" line="30"/>
        <source>Đồng ý</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/prompts.py" line="32"/>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/prompts.py" line="120"/>
        <source>Mở tệp</source>
        <translation>Open file</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/prompts.py" line="122"/>
        <source>Mở thư mục</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/prompts.py" line="124"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/prompts.py" line="139"/>
        <source>Không mở được</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/prompts.py" line="139"/>
        <source>Máy tính chưa có chương trình nào mở được:
{path}

Tệp vẫn được giữ nguyên ở đó; hãy tìm đến nó bằng trình quản lý tệp.</source>
        <translation>No program on this computer can open:
{path}

The file is still there; find it with the file manager.</translation>
    </message>
</context>
</TS>
