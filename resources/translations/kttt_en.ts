<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>BackgroundOp</name>
    <message>
        <location filename="../../kttt_desktop/ui/worker.py" line="79"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/worker.py" line="80"/>
        <source>Đang xử lý</source>
        <translation>Working</translation>
    </message>
</context>
<context>
    <name>ChildTab</name>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="68"/>
        <source>Thêm thành viên</source>
        <translation>Add member</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="68"/>
        <source>Thêm người lao động</source>
        <translation>Add worker</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="69"/>
        <source>Thêm khoản hỗ trợ</source>
        <translation>Add support</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="71"/>
        <source>Thêm vào tổ chức này (Ctrl+N)</source>
        <translation>Add to this organisation (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="72"/>
        <source>Sửa</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="73"/>
        <source>Sửa dòng đang chọn (Enter, F2)</source>
        <translation>Edit the selected row (Enter, F2)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="74"/>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="75"/>
        <source>Xóa dòng đang chọn, có ghi lý do (Delete)</source>
        <translation>Delete the selected row, giving a reason (Delete)</translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="59"/>
        <source>Chào mừng đến với Sổ theo dõi kinh tế tập thể</source>
        <translation>Welcome to the Collective Economy Register</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="60"/>
        <source>Lần đầu mở chương trình trên máy này. Bạn muốn làm gì?</source>
        <translation>This is the first time the program has been opened on this computer. What would you like to do?</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="61"/>
        <source>Thiết lập đơn vị</source>
        <translation>Set up a unit</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="63"/>
        <source>Dùng thử với dữ liệu mẫu</source>
        <translation>Try it with sample data</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="77"/>
        <source>Chọn xã (phường), huyện (khu vực) hoặc tỉnh mà máy này theo dõi và ghi tên cán bộ nhập liệu. Dữ liệu chỉ nằm trên máy này cho đến khi bạn gửi lên cấp trên.</source>
        <translation>Choose the commune (ward), district (area) or province this computer keeps the register for, and enter the name of the data-entry officer. The data stays on this computer until you send it to the upper level.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="83"/>
        <source>Tạo một đơn vị dùng thử (Xã Bum Tở, tỉnh Lai Châu) với các hợp tác xã, tổ hợp tác, thành viên và khoản hỗ trợ do máy sinh ra, để làm quen với chương trình. Không dùng đơn vị dùng thử để báo cáo.</source>
        <translation>Create a trial unit (Bum Tở commune, Lai Châu province) with computer-generated cooperatives, cooperative groups, members and support records, to get to know the program. Do not use the trial unit for reporting.</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="242"/>
        <source>Xác nhận</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="243"/>
        <source>Kiểm tra lại rồi bấm «Hoàn thành» để bắt đầu.</source>
        <translation>Check the details, then click “Finish” to start.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="251"/>
        <source>Đơn vị và cấp không đổi được sau khi thiết lập; tên cán bộ đổi được trong Thiết lập.</source>
        <translation>The unit and level cannot be changed after set-up; the officer&apos;s name can be changed in Settings.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="258"/>
        <source>Cấp</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="258"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="260"/>
        <source>Tỉnh / thành phố</source>
        <translation>Province / city</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="261"/>
        <source>Cán bộ nhập liệu</source>
        <translation>Data-entry officer</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../../kttt_desktop/ui/models/columns.py" line="212"/>
        <source>{count} tổ chức</source>
        <translation>
            <numerusform>{count} organisation</numerusform>
            <numerusform>{count} organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kttt_desktop/ui/models/columns.py" line="214"/>
        <source>{count} thành viên</source>
        <translation>
            <numerusform>{count} member</numerusform>
            <numerusform>{count} members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kttt_desktop/ui/models/columns.py" line="216"/>
        <source>{count} người lao động</source>
        <translation>
            <numerusform>{count} worker</numerusform>
            <numerusform>{count} workers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kttt_desktop/ui/models/columns.py" line="218"/>
        <source>{count} khoản hỗ trợ</source>
        <translation>
            <numerusform>{count} support record</numerusform>
            <numerusform>{count} support records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../kttt_desktop/ui/crash.py" line="97"/>
        <location filename="../../kttt_desktop/ui/crash.py" line="99"/>
        <source>Đã xảy ra lỗi không mong muốn</source>
        <translation>An unexpected error occurred</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/crash.py" line="102"/>
        <source>Dữ liệu đã cất vẫn an toàn: mỗi lần cất được ghi trọn vẹn hoặc không ghi gì. Thao tác vừa làm có thể chưa xong; hãy kiểm tra lại rồi làm lại nếu cần.
Hãy bấm «Sao chép báo cáo» và gửi cho người hỗ trợ kỹ thuật để sửa lỗi.</source>
        <translation>Saved data is safe: every save is written completely or not at all. What you just did may not have finished; check it and do it again if needed.
Please click “Copy report” and send the report to technical support so the error can be fixed.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/crash.py" line="110"/>
        <source>Báo cáo đã lưu tại: {path}</source>
        <translation>Report saved to: {path}</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/crash.py" line="111"/>
        <source>Không lưu được tệp báo cáo (ổ đĩa có thể đã đầy).</source>
        <translation>The report file could not be saved (the disk may be full).</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/crash.py" line="115"/>
        <source>Sao chép báo cáo</source>
        <translation>Copy report</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/crash.py" line="118"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/crash.py" line="134"/>
        <source>Đã sao chép</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <location filename="../../kttt_desktop/ui/dialogs.py" line="70"/>
        <source>Xóa bản ghi</source>
        <translation>Delete record</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dialogs.py" line="87"/>
        <source>Bản ghi bị xóa vẫn được lưu lại kèm lý do và có thể khôi phục.</source>
        <translation>A deleted record is kept, together with the reason, and can be restored.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dialogs.py" line="97"/>
        <source>Chọn hoặc gõ lý do…</source>
        <translation>Choose or type a reason…</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dialogs.py" line="100"/>
        <source>Lý do xóa &lt;span style=&quot;color:#b3261e&quot;&gt;*&lt;/span&gt;</source>
        <translation>Reason &lt;span style=&quot;color:#b3261e&quot;&gt;*&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dialogs.py" line="105"/>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dialogs.py" line="107"/>
        <source>Hoãn</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="279"/>
        <source>Dùng thử với dữ liệu mẫu</source>
        <translation>Try it with sample data</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="280"/>
        <source>Bấm «Hoàn thành» để tạo đơn vị dùng thử.</source>
        <translation>Click “Finish” to create the trial unit.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="283"/>
        <source>&lt;p&gt;Chương trình sẽ:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;thiết lập đơn vị &lt;b&gt;Xã Bum Tở&lt;/b&gt; (mã 03433, tỉnh Lai Châu), cán bộ «{officer}»;&lt;/li&gt;&lt;li&gt;tạo một số hợp tác xã, tổ hợp tác cùng vài trăm thành viên, người lao động và các khoản hỗ trợ của Nhà nước, do máy sinh ra.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Việc này mất vài giây. Dữ liệu mẫu không phải số liệu thật; khi dùng chính thức, hãy tạo một cơ sở dữ liệu mới.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The program will:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;set up the unit &lt;b&gt;Xã Bum Tở&lt;/b&gt; (code 03433, Lai Châu province), with officer “{officer}”;&lt;/li&gt;&lt;li&gt;create some computer-generated cooperatives and cooperative groups with a few hundred members, workers and State support records.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;This takes a few seconds. The sample data are not real figures; for real work, create a new database.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../kttt_desktop/ui/list_page.py" line="137"/>
        <source>Tìm theo tên, mã số, CCCD, điện thoại (gõ không dấu cũng được)</source>
        <translation>Search by name, code, citizen ID or phone (diacritics optional)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/list_page.py" line="148"/>
        <source>Hiện cả bản ghi đã xóa</source>
        <translation>Show deleted records too</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/list_page.py" line="152"/>
        <source>Chỉ người đang tham gia</source>
        <translation>Current only</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/list_page.py" line="153"/>
        <source>Ẩn người đã ra khỏi tổ chức hoặc đã thôi việc</source>
        <translation>Hide people who have left the organisation or stopped working</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/list_page.py" line="209"/>
        <source>Loại hình:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/list_page.py" line="210"/>
        <source>Tình trạng:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/list_page.py" line="211"/>
        <location filename="../../kttt_desktop/ui/list_page.py" line="222"/>
        <source>Thôn/bản:</source>
        <translation>Village:</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/list_page.py" line="212"/>
        <location filename="../../kttt_desktop/ui/list_page.py" line="220"/>
        <source>Xã:</source>
        <translation>Commune:</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/list_page.py" line="219"/>
        <source>Loại hình tổ chức:</source>
        <translation>Organisation kind:</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/list_page.py" line="223"/>
        <source>Thôn/bản của tổ chức:</source>
        <translation>Organisation&apos;s village:</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/list_page.py" line="244"/>
        <source>Tất cả</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/list_page.py" line="376"/>
        <source>Tìm thấy {shown} trong số {total}</source>
        <translation>Found {shown} of {total}</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/list_page.py" line="384"/>
        <source>Không tìm thấy bản ghi nào. Hãy thử bỏ bớt điều kiện lọc hoặc gõ ít chữ hơn.</source>
        <translation>No records found. Try removing some filters or typing fewer letters.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/list_page.py" line="387"/>
        <source>Chưa có bản ghi nào. Bấm «Thêm» (Ctrl+N) để nhập.</source>
        <translation>There are no records yet. Click “Add” (Ctrl+N) to enter one.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="82"/>
        <source>Tổng quan</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="83"/>
        <source>Tổ chức</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="84"/>
        <source>Thành viên</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="85"/>
        <source>Người lao động</source>
        <translation>Workers</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="86"/>
        <source>Hỗ trợ</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="90"/>
        <source>{title} (Ctrl+{number})</source>
        <translation>{title} (Ctrl+{number})</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="130"/>
        <source>Thêm</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="131"/>
        <source>Thêm bản ghi mới vào danh sách đang xem (Ctrl+N)</source>
        <translation>Add a new record to the list shown (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="133"/>
        <source>Sửa</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="134"/>
        <source>Mở bản ghi đang chọn để xem, sửa (Enter hoặc F2)</source>
        <translation>Open the selected record to view or edit it (Enter or F2)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="136"/>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="137"/>
        <source>Xóa bản ghi đang chọn, có ghi lý do (Delete)</source>
        <translation>Delete the selected record, giving a reason (Delete)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="139"/>
        <source>Nạp</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="140"/>
        <source>Đọc lại dữ liệu từ sổ (F5)</source>
        <translation>Read the data again from the register (F5)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="142"/>
        <location filename="../../kttt_desktop/ui/main_window.py" line="144"/>
        <location filename="../../kttt_desktop/ui/main_window.py" line="534"/>
        <location filename="../../kttt_desktop/ui/main_window.py" line="536"/>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="142"/>
        <source>Hoàn tác thao tác vừa làm (Ctrl+Z)</source>
        <translation>Undo the last action (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="146"/>
        <source>Tìm</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="147"/>
        <source>Tìm theo tên, mã số, CCCD (Ctrl+F)</source>
        <translation>Find by name, code or citizen ID (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="148"/>
        <source>Thoát tìm kiếm / trở về</source>
        <translation>Leave the search / go back</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="149"/>
        <source>Cài đặt…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="150"/>
        <source>Người nhập liệu, sao lưu, ngôn ngữ</source>
        <translation>Data-entry officer, backup, language</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="151"/>
        <source>Thoát</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="153"/>
        <source>Giới thiệu</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="162"/>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="166"/>
        <source>&amp;Sửa</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="173"/>
        <source>&amp;Xem</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="178"/>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="181"/>
        <source>Thanh công cụ</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="210"/>
        <source>Chưa thiết lập đơn vị</source>
        <translation>No unit set up</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="212"/>
        <source>Người nhập: {officer}</source>
        <translation>Officer: {officer}</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="213"/>
        <source>(chưa ghi)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="215"/>
        <source>Dữ liệu: {path}</source>
        <translation>Data: {path}</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="398"/>
        <source>Đã xóa. Bấm Ctrl+Z để hoàn tác.</source>
        <translation>Deleted. Press Ctrl+Z to undo.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="414"/>
        <source>Đã nạp lại dữ liệu.</source>
        <translation>Data reloaded.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="423"/>
        <source>Không hoàn tác được</source>
        <translation>Cannot undo</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="427"/>
        <source>Đã hoàn tác: {action}</source>
        <translation>Undone: {action}</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="467"/>
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
        <location filename="../../kttt_desktop/ui/main_window.py" line="473"/>
        <source>Giới thiệu KTTT Desktop</source>
        <translation>About KTTT Desktop</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="511"/>
        <source>Thêm {noun} vào tổ chức này (Ctrl+N)</source>
        <translation>Add a {noun} to this organisation (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="515"/>
        <source>Thêm tổ chức mới (Ctrl+N)</source>
        <translation>Add a new organisation (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="519"/>
        <source>Thêm {noun} mới (Ctrl+N)</source>
        <translation>Add a new {noun} (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="531"/>
        <source>Hoàn tác: {action}</source>
        <translation>Undo: {action}</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="532"/>
        <source>Hoàn tác: {action} (Ctrl+Z)</source>
        <translation>Undo: {action} (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/main_window.py" line="535"/>
        <source>Chưa có thao tác nào để hoàn tác</source>
        <translation>Nothing to undo yet</translation>
    </message>
</context>
<context>
    <name>OrganizationView</name>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="200"/>
        <source>← Danh sách</source>
        <translation>← List</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="201"/>
        <source>Trở về danh sách tổ chức (Esc)</source>
        <translation>Back to the list of organisations (Esc)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="204"/>
        <source>◀ Trước</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="205"/>
        <source>Tổ chức đứng trước trong danh sách (Alt+←)</source>
        <translation>The previous organisation in the list (Alt+←)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="209"/>
        <source>Sau ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="210"/>
        <source>Tổ chức đứng sau trong danh sách (Alt+→)</source>
        <translation>The next organisation in the list (Alt+→)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="225"/>
        <source>Sửa</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="226"/>
        <source>Sửa thông tin tổ chức (F2)</source>
        <translation>Edit the organisation&apos;s details (F2)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="227"/>
        <source>Cất</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="228"/>
        <source>Lưu các thay đổi (Ctrl+S)</source>
        <translation>Save the changes (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="230"/>
        <source>Hoãn</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="231"/>
        <source>Bỏ các thay đổi chưa cất</source>
        <translation>Discard the unsaved changes</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="252"/>
        <source>Thông tin chung</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="301"/>
        <source>Không mở được tổ chức</source>
        <translation>Cannot open the organisation</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="309"/>
        <source>Mã số {code}</source>
        <translation>Code {code}</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="314"/>
        <source>ĐÃ XÓA</source>
        <translation>DELETED</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="338"/>
        <source>Thành viên ({count})</source>
        <translation>Members ({count})</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="339"/>
        <source>Người lao động ({count})</source>
        <translation>Workers ({count})</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="340"/>
        <source>Hỗ trợ ({count})</source>
        <translation>Support ({count})</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="398"/>
        <source>Chưa cất được</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="425"/>
        <source>Thay đổi chưa cất</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="426"/>
        <source>Thông tin tổ chức đã sửa nhưng chưa cất. Bỏ các thay đổi này?</source>
        <translation>The organisation&apos;s details were changed but not saved. Discard these changes?</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="427"/>
        <source>Bỏ thay đổi</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="491"/>
        <source>Tổ chức đã xóa</source>
        <translation>Organisation deleted</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/organization_view.py" line="492"/>
        <source>Tổ chức này đã bị xóa; không thêm được bản ghi vào đó.</source>
        <translation>This organisation has been deleted; records cannot be added to it.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../kttt_desktop/ui/overview_page.py" line="95"/>
        <source>Thêm tổ chức</source>
        <translation>Add organisation</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/overview_page.py" line="96"/>
        <source>Nhập một hợp tác xã, tổ hợp tác hoặc liên hiệp mới (Ctrl+N)</source>
        <translation>Enter a new cooperative, cooperative group or union of cooperatives (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/overview_page.py" line="98"/>
        <source>Tìm thành viên</source>
        <translation>Find member</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/overview_page.py" line="99"/>
        <source>Tìm một người theo tên hoặc số CCCD</source>
        <translation>Find a person by name or citizen ID number</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/overview_page.py" line="106"/>
        <source>Hợp tác xã</source>
        <translation>Cooperatives</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/overview_page.py" line="107"/>
        <source>Tổ hợp tác</source>
        <translation>Cooperative groups</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/overview_page.py" line="108"/>
        <source>Liên hiệp hợp tác xã</source>
        <translation>Unions of cooperatives</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/overview_page.py" line="109"/>
        <source>Thành viên đang tham gia</source>
        <translation>Current members</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/overview_page.py" line="110"/>
        <source>Người lao động đang làm việc</source>
        <translation>Workers in employment</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/overview_page.py" line="111"/>
        <source>Khoản hỗ trợ của Nhà nước</source>
        <translation>State support records</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/overview_page.py" line="122"/>
        <source>Tổ chức theo tình trạng pháp lý</source>
        <translation>Organisations by legal status</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/overview_page.py" line="128"/>
        <source>Sổ chưa có tổ chức nào. Bấm «Thêm tổ chức» để nhập hợp tác xã, tổ hợp tác đầu tiên.</source>
        <translation>The register has no organisations yet. Click “Add organisation” to enter the first cooperative or cooperative group.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/overview_page.py" line="180"/>
        <source>mã đơn vị {code}</source>
        <translation>unit code {code}</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/overview_page.py" line="182"/>
        <source>người nhập: {officer}</source>
        <translation>officer: {officer}</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/overview_page.py" line="193"/>
        <source>Tổng số tiền: {amount}</source>
        <translation>Total amount: {amount}</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/overview_page.py" line="208"/>
        <source>Xem danh sách các tổ chức này</source>
        <translation>Show the list of these organisations</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../kttt_desktop/ui/forms/record_dialog.py" line="84"/>
        <source>Cất</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/forms/record_dialog.py" line="86"/>
        <source>Cất bản ghi và đóng (Ctrl+S)</source>
        <translation>Save the record and close (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/forms/record_dialog.py" line="89"/>
        <source>Cất và thêm tiếp</source>
        <translation>Save and add another</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/forms/record_dialog.py" line="91"/>
        <source>Cất rồi mở ô trống để nhập bản ghi tiếp theo (Ctrl+Shift+S)</source>
        <translation>Save, then open an empty form for the next record (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/forms/record_dialog.py" line="93"/>
        <location filename="../../kttt_desktop/ui/forms/record_dialog.py" line="143"/>
        <location filename="../../kttt_desktop/ui/forms/record_dialog.py" line="254"/>
        <source>Hoãn</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/forms/record_dialog.py" line="95"/>
        <source>Bỏ qua những gì chưa cất (Esc)</source>
        <translation>Discard anything not yet saved (Esc)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/forms/record_dialog.py" line="143"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/forms/record_dialog.py" line="148"/>
        <source>Thêm {kind}</source>
        <translation>Add {kind}</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/forms/record_dialog.py" line="150"/>
        <source>Xem {kind} «{title}»</source>
        <translation>View {kind} “{title}”</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/forms/record_dialog.py" line="152"/>
        <source>Sửa {kind} «{title}»</source>
        <translation>Edit {kind} “{title}”</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/forms/record_dialog.py" line="200"/>
        <source>Đã cất «{title}».</source>
        <translation>Saved “{title}”.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/forms/record_dialog.py" line="202"/>
        <source>Lưu ý:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/forms/record_dialog.py" line="255"/>
        <source>Những gì vừa nhập chưa được cất. Bỏ qua và đóng cửa sổ?</source>
        <translation>What you have just entered is not saved. Discard it and close the window?</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/forms/record_dialog.py" line="256"/>
        <source>Bỏ qua</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/forms/record_dialog.py" line="268"/>
        <source>Không mở được</source>
        <translation>Cannot open</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../kttt_desktop/ui/forms/record_form.py" line="91"/>
        <source>Thông tin chung</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/forms/record_form.py" line="92"/>
        <source>Địa chỉ – liên hệ</source>
        <translation>Address and contact</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/forms/record_form.py" line="93"/>
        <source>Hoạt động</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/forms/record_form.py" line="94"/>
        <source>Tình hình</source>
        <translation>Current situation</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/forms/record_form.py" line="95"/>
        <source>Tổ chức</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/forms/record_form.py" line="96"/>
        <source>Thông tin cá nhân</source>
        <translation>Personal details</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/forms/record_form.py" line="97"/>
        <source>Giấy tờ tùy thân</source>
        <translation>Identity document</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/forms/record_form.py" line="98"/>
        <source>Góp vốn – tham gia</source>
        <translation>Capital and membership</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/forms/record_form.py" line="99"/>
        <source>Làm việc</source>
        <translation>Employment</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/forms/record_form.py" line="100"/>
        <source>Nội dung hỗ trợ</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/forms/record_form.py" line="101"/>
        <source>Kinh phí</source>
        <translation>Funding</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/forms/record_form.py" line="102"/>
        <source>Khác</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/forms/record_form.py" line="103"/>
        <source>Thông tin</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/forms/record_form.py" line="529"/>
        <source>Chưa cất được</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/forms/record_form.py" line="565"/>
        <source>Lỗi:</source>
        <translation>Error:</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/forms/record_form.py" line="567"/>
        <source>Lưu ý:</source>
        <translation>Note:</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <location filename="../../kttt_desktop/ui/models/record_table.py" line="201"/>
        <source>Không sắp xếp được theo cột này</source>
        <translation>This column cannot be sorted</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/record_table.py" line="242"/>
        <source>Đã xóa ngày {date}</source>
        <translation>Deleted on {date}</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/record_table.py" line="244"/>
        <source> bởi {officer}</source>
        <translation> by {officer}</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/record_table.py" line="246"/>
        <source>. Lý do: {reason}</source>
        <translation>. Reason: {reason}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../kttt_desktop/ui/dialogs.py" line="213"/>
        <location filename="../../kttt_desktop/ui/dialogs.py" line="279"/>
        <source>Thiết lập</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dialogs.py" line="218"/>
        <source>Họ và tên cán bộ nhập liệu</source>
        <translation>Full name of the data-entry officer</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dialogs.py" line="228"/>
        <source>Người dùng</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dialogs.py" line="230"/>
        <source>Cán bộ nhập liệu</source>
        <translation>Data-entry officer</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dialogs.py" line="231"/>
        <location filename="../../kttt_desktop/ui/dialogs.py" line="293"/>
        <source>Ngôn ngữ</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dialogs.py" line="232"/>
        <source>Ngôn ngữ mới được áp dụng khi mở lại chương trình.</source>
        <translation>A new language takes effect when the program is opened again.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dialogs.py" line="237"/>
        <source>Đơn vị sử dụng</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dialogs.py" line="244"/>
        <source>Cấp</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dialogs.py" line="245"/>
        <location filename="../../kttt_desktop/ui/dialogs.py" line="252"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dialogs.py" line="248"/>
        <source>Tỉnh</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dialogs.py" line="250"/>
        <source>Cấp trên</source>
        <translation>Upper level</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dialogs.py" line="252"/>
        <source>(chưa thiết lập)</source>
        <translation>(not set up)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dialogs.py" line="253"/>
        <source>Tệp dữ liệu</source>
        <translation>Data file</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dialogs.py" line="264"/>
        <source>Cất</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dialogs.py" line="266"/>
        <source>Hoãn</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dialogs.py" line="280"/>
        <source>Hãy ghi họ và tên cán bộ nhập liệu; tên này được ghi vào nhật ký thay đổi.</source>
        <translation>Please enter the full name of the data-entry officer; it is written to the change log.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dialogs.py" line="287"/>
        <source>Chưa cất được</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dialogs.py" line="294"/>
        <source>Ngôn ngữ mới sẽ được áp dụng khi mở lại chương trình.</source>
        <translation>The new language will be used when the program is opened again.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="50"/>
        <source>Tỉnh {name}</source>
        <translation>Tỉnh {name}</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="228"/>
        <source>Huyện Mường Tè (khu vực)</source>
        <translation>Huyện Mường Tè (khu vực)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="316"/>
        <source>Thiết lập ban đầu</source>
        <translation>Initial set-up</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="319"/>
        <source>&lt; Quay lại</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="320"/>
        <source>Tiếp &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="321"/>
        <source>Hoàn thành</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="322"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="344"/>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="367"/>
        <source>Chưa thiết lập được</source>
        <translation>Could not set up</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="384"/>
        <source>Đang tạo dữ liệu mẫu…</source>
        <translation>Creating sample data…</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="398"/>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="402"/>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="406"/>
        <source>Dùng thử</source>
        <translation>Trial</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="399"/>
        <source>Đã dừng tạo dữ liệu mẫu. Đơn vị dùng thử đã được thiết lập nhưng chưa có dữ liệu; bạn có thể nhập thử bằng tay.</source>
        <translation>Creating the sample data was stopped. The trial unit is set up but has no data; you can try entering some by hand.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="403"/>
        <source>Không tạo được dữ liệu mẫu: {message} Đơn vị dùng thử vẫn dùng được.</source>
        <translation>Could not create the sample data: {message} The trial unit can still be used.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="407"/>
        <source>Bản cài đặt này không có dữ liệu mẫu. Đơn vị dùng thử vẫn dùng được.</source>
        <translation>This installation has no sample data. The trial unit can still be used.</translation>
    </message>
</context>
<context>
    <name>UnitPage</name>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="102"/>
        <source>Đơn vị sử dụng</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="103"/>
        <source>Chọn đơn vị mà máy này theo dõi. Cấp và đơn vị không đổi được sau khi thiết lập.</source>
        <translation>Choose the unit this computer keeps the register for. The level and unit cannot be changed after set-up.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="128"/>
        <source>Ví dụ: Lò Văn Hương</source>
        <translation>For example: Lò Văn Hương</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="135"/>
        <source>Xã / phường</source>
        <translation>Commune / ward</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="136"/>
        <source>Gõ vài chữ của tên xã để tìm, có dấu hay không dấu đều được.</source>
        <translation>Type a few letters of the commune&apos;s name to search, with or without diacritics.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="140"/>
        <source>Mã đơn vị</source>
        <translation>Unit code</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="141"/>
        <source>Tên đơn vị</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="146"/>
        <source>Cấp</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="147"/>
        <source>Tỉnh / thành phố</source>
        <translation>Province / city</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/setup_wizard.py" line="152"/>
        <source>Cán bộ nhập liệu</source>
        <translation>Data-entry officer</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../kttt_desktop/ui/app.py" line="141"/>
        <source>KTTT Desktop đang mở</source>
        <translation>KTTT Desktop is already open</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/app.py" line="148"/>
        <source>Không mở được dữ liệu</source>
        <translation>Cannot open the data</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="117"/>
        <source>Tên tổ chức</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="118"/>
        <source>Loại hình</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="119"/>
        <source>Mã số</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="120"/>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="121"/>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="135"/>
        <source>Thôn/bản</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="122"/>
        <source>Xã</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="123"/>
        <source>Thành viên</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="124"/>
        <source>Vốn điều lệ (đ)</source>
        <translation>Charter capital (VND)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="125"/>
        <source>Ngày đăng ký</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="128"/>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="141"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="129"/>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="142"/>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="130"/>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="143"/>
        <source>Giới tính</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="131"/>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="144"/>
        <source>Dân tộc</source>
        <translation>Ethnic group</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="132"/>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="145"/>
        <source>Số CCCD</source>
        <translation>Citizen ID</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="133"/>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="146"/>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="155"/>
        <source>Tổ chức</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="134"/>
        <source>Hình thức</source>
        <translation>Membership</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="136"/>
        <source>Vốn góp (đ)</source>
        <translation>Capital (VND)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="137"/>
        <source>Ngày gia nhập</source>
        <translation>Joined on</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="138"/>
        <source>Ngày ra khỏi</source>
        <translation>Left on</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="147"/>
        <source>Là thành viên</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="148"/>
        <source>Hợp đồng</source>
        <translation>Contract</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="149"/>
        <source>BHXH</source>
        <translation>Social insurance</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="150"/>
        <source>Ngày bắt đầu</source>
        <translation>Started on</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="151"/>
        <source>Ngày thôi việc</source>
        <translation>Ended on</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="154"/>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="156"/>
        <source>Nhóm chính sách</source>
        <translation>Policy category</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="157"/>
        <source>Nguồn kinh phí</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="159"/>
        <source>Số tiền (đ)</source>
        <translation>Amount (VND)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="160"/>
        <source>Giai đoạn</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="161"/>
        <source>Số quyết định</source>
        <translation>Decision no.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="162"/>
        <source>Ngày quyết định</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="163"/>
        <source>Tài sản không chia</source>
        <translation>Indivisible asset</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="199"/>
        <source>tổ chức</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="200"/>
        <source>thành viên</source>
        <translation>member</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="201"/>
        <source>người lao động</source>
        <translation>worker</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/models/columns.py" line="202"/>
        <source>khoản hỗ trợ</source>
        <translation>support record</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../kttt_desktop/ui/crash.py" line="159"/>
        <source>Không thực hiện được</source>
        <translation>Could not be done</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../kttt_desktop/ui/dialogs.py" line="52"/>
        <source>Nhập trùng</source>
        <translation>Entered twice</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dialogs.py" line="53"/>
        <source>Nhập nhầm</source>
        <translation>Entered by mistake</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dialogs.py" line="54"/>
        <source>Tổ chức đã giải thể</source>
        <translation>The organisation has been dissolved</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dialogs.py" line="55"/>
        <source>Thành viên ra khỏi tổ chức</source>
        <translation>The member left the organisation</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dialogs.py" line="165"/>
        <source>Xóa {kind} «{title}»?</source>
        <translation>Delete {kind} “{title}”?</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dialogs.py" line="178"/>
        <source>Tổ chức này chưa có thành viên, người lao động hay khoản hỗ trợ nào.</source>
        <translation>This organisation has no members, workers or support records.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dialogs.py" line="180"/>
        <source>Sẽ xóa cùng với {parts} của tổ chức này.</source>
        <translation>Deleted with it: {parts}.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/dialogs.py" line="190"/>
        <location filename="../../kttt_desktop/ui/dialogs.py" line="198"/>
        <source>Không xóa được</source>
        <translation>Cannot delete</translation>
    </message>
</context>
<context>
    <name>editors</name>
    <message>
        <location filename="../../kttt_desktop/ui/forms/editors.py" line="221"/>
        <source>ngày/tháng/năm</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/forms/editors.py" line="228"/>
        <source>Nhập ngày/tháng/năm, ví dụ 15/06/1975 hoặc 15061975. Alt+↓ mở lịch.</source>
        <translation>Enter day/month/year, e.g. 15/06/1975 or 15061975. Alt+↓ opens the calendar.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/forms/editors.py" line="232"/>
        <source>Chọn ngày trên lịch (Alt+↓)</source>
        <translation>Pick the date on a calendar (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/forms/editors.py" line="289"/>
        <source>Hãy nhập đủ ngày/tháng/năm (ví dụ 01/01/{year}); chỉ có năm thì chưa lưu được.</source>
        <translation>Enter the full day/month/year (e.g. 01/01/{year}); a year alone cannot be saved.</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/forms/editors.py" line="533"/>
        <source>Gõ để tìm…</source>
        <translation>Type to search…</translation>
    </message>
</context>
<context>
    <name>prompts</name>
    <message>
        <location filename="../../kttt_desktop/ui/prompts.py" line="16"/>
        <source>Đồng ý</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../kttt_desktop/ui/prompts.py" line="18"/>
        <source>Không</source>
        <translation>No</translation>
    </message>
</context>
</TS>
