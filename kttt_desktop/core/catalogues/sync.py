"""What an import says when a signed package holds something it may not: the package-level
sentence, and the reason for one change that it names (`why`), in both languages."""

from __future__ import annotations

SYNC_MESSAGES: dict[str, tuple[str, str]] = {
    # the package is refused whole
    "package_bad_manifest": (
        "Gói {file} bị từ chối, không ghi gì: mục «{field}» trong phần khai báo của gói có giá trị "
        "«{value}» không hợp lệ. Hãy đề nghị nơi gửi xuất lại gói.",
        "Package {file} was refused and nothing was written: its declared “{field}” has the invalid "
        "value “{value}”. Ask the sender to export it again.",
    ),
    "package_bad_change": (
        "Gói {file} của {sender} bị từ chối, không ghi gì: thay đổi thứ {number} ({record}) {why}. "
        "Hãy đề nghị nơi gửi kiểm tra dữ liệu rồi xuất lại gói.",
        "Package {file} from {sender} was refused and nothing was written: change {number} ({record}) "
        "{why}. Ask the sender to check its data and export again.",
    ),
    "package_forbidden_change": (
        "Gói {file} của {sender} bị từ chối, không ghi gì: thay đổi thứ {number} ({record}) {why}. "
        "Đơn vị {sender} không được phép thay đổi như vậy; hãy liên hệ đơn vị đó để kiểm tra.",
        "Package {file} from {sender} was refused and nothing was written: change {number} ({record}) "
        "{why}. Unit {sender} may not make such a change; contact it to find out why.",
    ),
    "package_number_taken": (
        "Gói {file} mang số {number}, trùng số với một gói khác của {sender} đang chờ hoặc đã nhập; "
        "gói không được nhập, không ghi gì. Hãy liên hệ {sender} để kiểm tra.",
        "Package {file} is numbered {number}, the number of another package from {sender} that is held "
        "or imported; it was not imported and nothing was written. Contact {sender} to find out why.",
    ),
    "sync_refused_from": (
        "{name} ({code}) đã gửi thay đổi không được phép: {count} gói bị từ chối, lần gần nhất "
        "lúc {at}: {message}",
        "{name} ({code}) sent changes it may not make: {count} package(s) refused, the last at "
        "{at}: {message}",
    ),
    # why one change is malformed (shape)
    "change_missing_key": ("thiếu mục «{key}»", "lacks “{key}”"),
    "change_extra_key": ("có mục lạ «{key}»", "has an unknown entry “{key}”"),
    "change_bad_entry": ("có mục «{key}» không hợp lệ («{value}»)", "has an invalid “{key}” (“{value}”)"),
    "change_unknown_field": (
        "có trường «{field}» mà loại bản ghi này không có",
        "has a field “{field}” that this record type does not have",
    ),
    "change_bad_value": ("có giá trị không hợp lệ: {detail}", "has an invalid value: {detail}"),
    # why one change is not the sender's to make (authority)
    "change_foreign_origin": (
        "ghi là thay đổi do đơn vị {origin} làm, mà {sender} không được gửi thay đổi thay cho đơn vị đó",
        "claims to be made by unit {origin}, which {sender} may not send changes for",
    ),
    "change_foreign_owner": (
        "sửa bản ghi của đơn vị {owner}, không thuộc quyền của {sender}",
        "changes a record of unit {owner}, which is not {sender}'s to change",
    ),
    "change_unknown_unit": (
        "nêu đơn vị «{unit}» mà nơi này không biết",
        "names unit “{unit}”, which is not known here",
    ),
    "change_owner_differs": (
        "ghi bản ghi là của đơn vị {owner}, nhưng ở đây bản ghi này là của đơn vị {existing}",
        "says the record belongs to unit {owner}, but here it belongs to unit {existing}",
    ),
    "change_create_existing": (
        "tạo mới một bản ghi đã có (của đơn vị {existing})",
        "creates a record that already exists (belonging to unit {existing})",
    ),
    "change_create_vector": (
        "là thao tác tạo mới nhưng mang dấu phiên bản {vector}",
        "is a creation but carries the version vector {vector}",
    ),
    "change_not_consecutive": (
        "là thay đổi thứ {number} của đơn vị {origin} trên bản ghi này, trong khi ở đây mới có "
        "{known} thay đổi của đơn vị đó",
        "is change number {number} by unit {origin} to this record, while {known} of that unit's "
        "changes are known here",
    ),
    "change_vector_ahead": (
        "ghi là đã thấy {count} thay đổi của đơn vị {unit} trên bản ghi này, trong khi ở đây chỉ có {known}",
        "claims to have seen {count} changes by unit {unit} to this record, while {known} are known here",
    ),
    "change_outside_range": (
        "mang số {seq}, ngoài khoảng {first}–{last} mà gói khai báo",
        "is numbered {seq}, outside the range {first}–{last} the package declares",
    ),
    "change_without_organization": (
        "không thuộc tổ chức nào (thành viên, người lao động và hỗ trợ luôn thuộc một tổ chức)",
        "belongs to no organisation (members, workers and support always belong to one)",
    ),
    "change_unknown_organization": (
        "gắn bản ghi vào một tổ chức mà ở đây không có",
        "attaches the record to an organisation that does not exist here",
    ),
    "change_foreign_commune": (
        "ghi tổ chức ở {commune} ({unit}), không thuộc quyền của {sender}",
        "places an organisation in {commune} ({unit}), which is not {sender}'s",
    ),
    "change_foreign_organization": (
        "gắn bản ghi vào tổ chức của đơn vị {owner}, không thuộc quyền của {sender}",
        "attaches the record to an organisation of unit {owner}, which is not {sender}'s",
    ),
}
