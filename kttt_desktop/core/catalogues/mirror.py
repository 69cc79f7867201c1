"""What the mirror into PostgreSQL says when it cannot do its work: one sentence each, saying
that nothing was written and what to do."""

from __future__ import annotations

MIRROR_MESSAGES: dict[str, tuple[str, str]] = {
    "mirror_driver_missing": (
        "Máy này chưa cài phần kết nối PostgreSQL (gói psycopg) nên chưa đồng bộ được lên máy chủ dữ liệu. "
        "Hãy cài bản phần mềm dành cho cấp trên (có phần «mirror»).",
        "The PostgreSQL driver (psycopg) is not installed on this computer, so nothing can be mirrored. "
        "Install the upper-level edition of the program (with the “mirror” part).",
    ),
    "mirror_bad_address": (
        "Địa chỉ máy chủ dữ liệu «{address}» không đúng dạng; chưa ghi gì. Hãy ghi theo mẫu "
        "postgresql://TÀI_KHOẢN@MÁY_CHỦ/TÊN_CSDL.",
        "The database address “{address}” is malformed; nothing was written. Write it as "
        "postgresql://USER@HOST/DATABASE.",
    ),
    "mirror_password_in_address": (
        "Không ghi mật khẩu trong địa chỉ máy chủ (người khác có thể đọc được); chưa ghi gì. Hãy đặt mật "
        "khẩu trong biến môi trường PGPASSWORD hoặc tệp ~/.pgpass rồi chạy lại.",
        "Do not put the password in the address (others could read it); nothing was written. Put it in "
        "PGPASSWORD or ~/.pgpass and run again.",
    ),
    "mirror_bad_host": (
        "Không tìm thấy máy chủ dữ liệu «{host}»; chưa ghi gì. Hãy kiểm tra lại tên máy chủ trong địa chỉ.",
        "The database server “{host}” was not found; nothing was written. Check the server name in the address.",
    ),
    "mirror_no_connection": (
        "Không kết nối được máy chủ dữ liệu {host} (mạng không thông hoặc máy chủ chưa chạy); chưa ghi gì. "
        "Hãy kiểm tra mạng, cổng kết nối rồi chạy lại.",
        "Could not reach the database server {host} (no network, or the server is not running); nothing was "
        "written. Check the network and the port, then run again.",
    ),
    "mirror_bad_password": (
        "Máy chủ dữ liệu {host} từ chối tài khoản «{user}» (sai tài khoản hoặc mật khẩu); chưa ghi gì. "
        "Hãy kiểm tra mật khẩu trong PGPASSWORD hoặc tệp ~/.pgpass.",
        "The database server {host} refused the account “{user}” (wrong account or password); nothing was "
        "written. Check the password in PGPASSWORD or ~/.pgpass.",
    ),
    "mirror_bad_password_typed": (
        "Máy chủ dữ liệu {host} từ chối tài khoản «{user}» (sai tài khoản hoặc mật khẩu); chưa ghi gì. "
        "Hãy nhập lại mật khẩu, hoặc hỏi người quản trị máy chủ.",
        "The database server {host} refused the account “{user}” (wrong account or password); nothing was "
        "written. Type the password again, or ask the server's administrator.",
    ),
    "mirror_no_database": (
        "Máy chủ {host} không có cơ sở dữ liệu «{database}»; chưa ghi gì. Hãy kiểm tra tên cơ sở dữ liệu "
        "hoặc nhờ người quản trị tạo.",
        "Server {host} has no database “{database}”; nothing was written. Check the name or ask the "
        "administrator to create it.",
    ),
    "mirror_connect_failed": (
        "Không kết nối được máy chủ dữ liệu {host}: {detail}. Chưa ghi gì.",
        "Could not connect to the database server {host}: {detail}. Nothing was written.",
    ),
    "mirror_connection_lost": (
        "Mất kết nối với máy chủ dữ liệu {host} giữa chừng; máy chủ đã hủy phần đang ghi dở, dữ liệu giữ như "
        "lần đồng bộ trước. Hãy chạy lại khi mạng ổn định.",
        "The connection to {host} was lost midway; the server discarded the unfinished run and keeps the "
        "previous mirror. Run again when the network is stable.",
    ),
    "mirror_schema_newer": (
        "Cơ sở dữ liệu trên máy chủ có cấu trúc phiên bản {found}, mới hơn phần mềm này (đọc được đến phiên "
        "bản {supported}); chưa ghi gì. Hãy cập nhật phần mềm.",
        "The server's database has structure version {found}, newer than this program handles ({supported}); "
        "nothing was written. Please update the software.",
    ),
    "mirror_schema_older": (
        "Cơ sở dữ liệu trên máy chủ có cấu trúc phiên bản {found} (hoặc thiếu bảng, cột), phần mềm cần phiên "
        "bản {supported}, mà tài khoản này không được nâng cấp; chưa ghi gì. Hãy nhờ người quản trị chạy "
        "«kttt mirror --setup-source» bằng tài khoản quản trị.",
        "The server's database has structure version {found} (or lacks tables or columns), the program needs "
        "{supported}, and this account may not upgrade it; nothing was written. Ask the administrator to run "
        "“kttt mirror --setup-source” with the administrator's account.",
    ),
    "mirror_not_set_up": (
        "Cơ sở dữ liệu trên máy chủ chưa được chuẩn bị cho phần mềm KTTT và tài khoản này không được tạo "
        "bảng; chưa ghi gì. Hãy nhờ người quản trị chạy «kttt mirror --setup-source» bằng tài khoản quản trị.",
        "The server's database is not prepared for the KTTT program and this account may not create tables; "
        "nothing was written. Ask the administrator to run “kttt mirror --setup-source” with the "
        "administrator's account.",
    ),
    "mirror_not_registered": (
        "Tài khoản này chưa được phép ghi dữ liệu của {name} ({code}) lên máy chủ; chưa ghi gì. Hãy nhờ người "
        "quản trị chạy «kttt mirror --setup-source TÀI_KHOẢN» cho đơn vị này.",
        "This account may not write the data of {name} ({code}) on the server; nothing was written. Ask the "
        "administrator to run “kttt mirror --setup-source ACCOUNT” for this unit.",
    ),
    "mirror_not_allowed": (
        "Máy chủ dữ liệu từ chối ghi ({detail}); chưa ghi gì. Mỗi đơn vị chỉ được ghi dữ liệu của chính mình; "
        "hãy kiểm tra đúng tài khoản của đơn vị hoặc liên hệ người quản trị.",
        "The database refused the write ({detail}); nothing was written. Each unit may write only its own "
        "data; check the unit's account or contact the administrator.",
    ),
    "mirror_setup_not_allowed": (
        "Tài khoản này không được tạo tài khoản «{role}» hay cấp quyền trên máy chủ; chưa ghi gì. Hãy chạy "
        "lệnh bằng tài khoản quản trị cơ sở dữ liệu.",
        "This account may not create the account “{role}” or grant rights; nothing was written. Run the "
        "command with the database administrator's account.",
    ),
    "mirror_role_taken": (
        "Tài khoản «{role}» đã dùng để ghi dữ liệu của đơn vị {code}; mỗi đơn vị cần tài khoản riêng. Chưa ghi "
        "gì; hãy chọn tên tài khoản khác.",
        "Account “{role}” already writes the data of unit {code}; each unit needs its own. Nothing was "
        "written; choose another account name.",
    ),
    "mirror_bad_value": (
        "Máy chủ dữ liệu không nhận một giá trị trong sổ ({detail}); chưa ghi gì. Hãy báo cho bộ phận hỗ trợ "
        "kèm thông báo này.",
        "The database did not accept a value of the register ({detail}); nothing was written. Report this "
        "message to support.",
    ),
    "mirror_failed": (
        "Đồng bộ lên máy chủ dữ liệu không thành ({detail}); chưa ghi gì. Hãy chạy lại; nếu vẫn lỗi, hãy báo "
        "cho bộ phận hỗ trợ kèm thông báo này.",
        "Mirroring failed ({detail}); nothing was written. Run again; if it fails again, report this "
        "message to support.",
    ),
}
