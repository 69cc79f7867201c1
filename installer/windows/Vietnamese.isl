; *** Inno Setup 6.4 messages in Vietnamese (Tiếng Việt), for KTTT Desktop ***
;
; Written for this project: the wizard's own texts, in the words Windows uses in Vietnamese
; (tệp, thư mục, lối tắt, menu Start, quyền quản trị). Keys and placeholders follow Inno
; Setup 6.4's Default.isl (installer/windows/inno-messages.txt lists them and
; tests/installer checks this file against that list).
;
; As in Default.isl: a message that had no final period must not get one here, because
; Inno Setup adds it; "&" marks the key of a button or an option (Alt+key), one per text.

[LangOptions]
LanguageName=Tiếng Việt
LanguageID=$042A
LanguageCodePage=0

[Messages]

; *** Application titles
SetupAppTitle=Cài đặt
SetupWindowTitle=Cài đặt - %1
UninstallAppTitle=Gỡ cài đặt
UninstallAppFullTitle=Gỡ cài đặt %1

; *** Misc. common
InformationTitle=Thông tin
ConfirmTitle=Xác nhận
ErrorTitle=Lỗi

; *** SetupLdr messages
SetupLdrStartupMessage=Chương trình này sẽ cài đặt %1. Bạn có muốn tiếp tục không?
LdrCannotCreateTemp=Không tạo được tệp tạm. Đã dừng cài đặt
LdrCannotExecTemp=Không chạy được tệp trong thư mục tạm. Đã dừng cài đặt
HelpTextNote=

; *** Startup error messages
LastErrorMessage=%1.%n%nLỗi %2: %3
SetupFileMissing=Thư mục cài đặt thiếu tệp %1. Hãy khắc phục sự cố hoặc lấy một bản mới của chương trình.
SetupFileCorrupt=Các tệp cài đặt bị hỏng. Hãy lấy một bản mới của chương trình.
SetupFileCorruptOrWrongVer=Các tệp cài đặt bị hỏng hoặc không hợp với phiên bản trình cài đặt này. Hãy khắc phục sự cố hoặc lấy một bản mới của chương trình.
InvalidParameter=Dòng lệnh có một tham số không hợp lệ:%n%n%1
SetupAlreadyRunning=Trình cài đặt đang chạy rồi.
WindowsVersionNotSupported=Chương trình này không hỗ trợ phiên bản Windows đang chạy trên máy tính của bạn.
WindowsServicePackRequired=Chương trình này cần %1 Service Pack %2 trở lên.
NotOnThisPlatform=Chương trình này không chạy được trên %1.
OnlyOnThisPlatform=Chương trình này phải chạy trên %1.
OnlyOnTheseArchitectures=Chương trình này chỉ cài được trên các phiên bản Windows dành cho các loại bộ xử lý sau:%n%n%1
WinVersionTooLowError=Chương trình này cần %1 phiên bản %2 trở lên.
WinVersionTooHighError=Không cài được chương trình này trên %1 phiên bản %2 trở lên.
AdminPrivilegesRequired=Phải đăng nhập bằng tài khoản quản trị (administrator) mới cài được chương trình này.
PowerUserPrivilegesRequired=Phải đăng nhập bằng tài khoản quản trị hoặc tài khoản thuộc nhóm Power Users mới cài được chương trình này.
SetupAppRunningError=Trình cài đặt thấy %1 đang chạy.%n%nHãy đóng mọi cửa sổ của chương trình này, rồi bấm OK để tiếp tục, hoặc bấm Hủy để thoát.
UninstallAppRunningError=Trình gỡ cài đặt thấy %1 đang chạy.%n%nHãy đóng mọi cửa sổ của chương trình này, rồi bấm OK để tiếp tục, hoặc bấm Hủy để thoát.

; *** Startup questions
PrivilegesRequiredOverrideTitle=Chọn cách cài đặt
PrivilegesRequiredOverrideInstruction=Chọn cách cài đặt
PrivilegesRequiredOverrideText1=Có thể cài %1 cho mọi người dùng máy này (cần quyền quản trị), hoặc chỉ cho riêng bạn.
PrivilegesRequiredOverrideText2=Có thể cài %1 chỉ cho riêng bạn, hoặc cho mọi người dùng máy này (cần quyền quản trị).
PrivilegesRequiredOverrideAllUsers=Cài cho &mọi người dùng
PrivilegesRequiredOverrideAllUsersRecommended=Cài cho &mọi người dùng (nên chọn)
PrivilegesRequiredOverrideCurrentUser=Chỉ cài cho &tôi
PrivilegesRequiredOverrideCurrentUserRecommended=Chỉ cài cho &tôi (nên chọn)

; *** Misc. errors
ErrorCreatingDir=Trình cài đặt không tạo được thư mục "%1"
ErrorTooManyFilesInDir=Không tạo được tệp trong thư mục "%1" vì thư mục này chứa quá nhiều tệp

; *** Setup common messages
ExitSetupTitle=Thoát cài đặt
ExitSetupMessage=Việc cài đặt chưa xong. Nếu thoát bây giờ, chương trình sẽ không được cài.%n%nBạn có thể chạy lại trình cài đặt vào lúc khác để cài cho xong.%n%nThoát cài đặt?
AboutSetupMenuItem=&Giới thiệu trình cài đặt...
AboutSetupTitle=Giới thiệu trình cài đặt
AboutSetupMessage=%1 phiên bản %2%n%3%n%nTrang chủ của %1:%n%4
AboutSetupNote=
TranslatorNote=Bản tiếng Việt viết cho KTTT Desktop.

; *** Buttons
ButtonBack=< &Quay lại
ButtonNext=&Tiếp >
ButtonInstall=&Cài đặt
ButtonOK=OK
ButtonCancel=Hủy
ButtonYes=&Có
ButtonYesToAll=Có cho &tất cả
ButtonNo=&Không
ButtonNoToAll=Khôn&g cho tất cả
ButtonFinish=&Hoàn tất
ButtonBrowse=&Chọn...
ButtonWizardBrowse=&Chọn...
ButtonNewFolder=Tạo thư mục &mới

; *** "Select Language" dialog messages
SelectLanguageTitle=Chọn ngôn ngữ cài đặt
SelectLanguageLabel=Chọn ngôn ngữ dùng trong khi cài đặt.

; *** Common wizard text
ClickNext=Bấm Tiếp để tiếp tục, hoặc bấm Hủy để thoát trình cài đặt.
BeveledLabel=
BrowseDialogTitle=Chọn thư mục
BrowseDialogLabel=Chọn một thư mục trong danh sách dưới đây, rồi bấm OK.
NewFolderName=Thư mục mới

; *** "Welcome" wizard page
WelcomeLabel1=Chào mừng bạn đến với trình cài đặt [name]
WelcomeLabel2=Trình cài đặt sẽ cài [name/ver] vào máy tính của bạn.%n%nBạn nên đóng các chương trình khác trước khi tiếp tục.

; *** "Password" wizard page
WizardPassword=Mật khẩu
PasswordLabel1=Bản cài đặt này có mật khẩu bảo vệ.
PasswordLabel3=Hãy nhập mật khẩu, rồi bấm Tiếp để tiếp tục. Mật khẩu phân biệt chữ hoa và chữ thường.
PasswordEditLabel=&Mật khẩu:
IncorrectPassword=Mật khẩu vừa nhập không đúng. Hãy thử lại.

; *** "License Agreement" wizard page
WizardLicense=Thỏa thuận cấp phép
LicenseLabel=Hãy đọc các thông tin quan trọng sau trước khi tiếp tục.
LicenseLabel3=Hãy đọc Thỏa thuận cấp phép sau. Bạn phải chấp nhận các điều khoản của thỏa thuận này thì mới tiếp tục cài đặt được.
LicenseAccepted=Tôi &đồng ý với thỏa thuận
LicenseNotAccepted=Tôi &không đồng ý với thỏa thuận

; *** "Information" wizard pages
WizardInfoBefore=Thông tin
InfoBeforeLabel=Hãy đọc các thông tin quan trọng sau trước khi tiếp tục.
InfoBeforeClickLabel=Khi đã sẵn sàng tiếp tục cài đặt, hãy bấm Tiếp.
WizardInfoAfter=Thông tin
InfoAfterLabel=Hãy đọc các thông tin quan trọng sau trước khi tiếp tục.
InfoAfterClickLabel=Khi đã sẵn sàng tiếp tục cài đặt, hãy bấm Tiếp.

; *** "User Information" wizard page
WizardUserInfo=Thông tin người dùng
UserInfoDesc=Hãy nhập thông tin của bạn.
UserInfoName=&Tên người dùng:
UserInfoOrg=Cơ &quan, đơn vị:
UserInfoSerial=&Số sê-ri:
UserInfoNameRequired=Bạn phải nhập tên.

; *** "Select Destination Location" wizard page
WizardSelectDir=Chọn thư mục cài đặt
SelectDirDesc=Cài [name] vào đâu?
SelectDirLabel3=Trình cài đặt sẽ cài [name] vào thư mục sau.
SelectDirBrowseLabel=Để tiếp tục, bấm Tiếp. Nếu muốn chọn thư mục khác, bấm Chọn.
DiskSpaceGBLabel=Cần ít nhất [gb] GB dung lượng trống trên ổ đĩa.
DiskSpaceMBLabel=Cần ít nhất [mb] MB dung lượng trống trên ổ đĩa.
CannotInstallToNetworkDrive=Không cài được vào ổ đĩa mạng.
CannotInstallToUNCPath=Không cài được vào đường dẫn UNC.
InvalidPath=Phải nhập đường dẫn đầy đủ, có ký tự ổ đĩa, ví dụ:%n%nC:\APP%n%nhoặc đường dẫn UNC dạng:%n%n\\server\share
InvalidDrive=Ổ đĩa hoặc thư mục chia sẻ UNC vừa chọn không có hoặc không truy cập được. Hãy chọn chỗ khác.
DiskSpaceWarningTitle=Không đủ dung lượng đĩa
DiskSpaceWarning=Trình cài đặt cần ít nhất %1 KB dung lượng trống, nhưng ổ đĩa đã chọn chỉ còn %2 KB.%n%nVẫn tiếp tục?
DirNameTooLong=Tên thư mục hoặc đường dẫn quá dài.
InvalidDirName=Tên thư mục không hợp lệ.
BadDirName32=Tên thư mục không được chứa các ký tự sau:%n%n%1
DirExistsTitle=Thư mục đã có
DirExists=Thư mục:%n%n%1%n%nđã có. Vẫn cài vào thư mục này?
DirDoesntExistTitle=Thư mục chưa có
DirDoesntExist=Thư mục:%n%n%1%n%nchưa có. Có tạo thư mục này không?

; *** "Select Components" wizard page
WizardSelectComponents=Chọn thành phần
SelectComponentsDesc=Cài những thành phần nào?
SelectComponentsLabel2=Đánh dấu các thành phần muốn cài, bỏ dấu các thành phần không muốn cài. Bấm Tiếp khi đã sẵn sàng.
FullInstallation=Cài đặt đầy đủ
CompactInstallation=Cài đặt gọn
CustomInstallation=Cài đặt tùy chọn
NoUninstallWarningTitle=Thành phần đã có
NoUninstallWarning=Trình cài đặt thấy các thành phần sau đã được cài trên máy tính của bạn:%n%n%1%n%nBỏ chọn các thành phần này không gỡ chúng khỏi máy.%n%nVẫn tiếp tục?
ComponentSize1=%1 KB
ComponentSize2=%1 MB
ComponentsDiskSpaceGBLabel=Lựa chọn hiện tại cần ít nhất [gb] GB dung lượng đĩa.
ComponentsDiskSpaceMBLabel=Lựa chọn hiện tại cần ít nhất [mb] MB dung lượng đĩa.

; *** "Select Additional Tasks" wizard page
WizardSelectTasks=Chọn việc làm thêm
SelectTasksDesc=Làm thêm những việc nào?
SelectTasksLabel2=Chọn những việc trình cài đặt làm thêm khi cài [name], rồi bấm Tiếp.

; *** "Select Start Menu Folder" wizard page
WizardSelectProgramGroup=Chọn thư mục trong menu Start
SelectStartMenuFolderDesc=Đặt các lối tắt của chương trình ở đâu?
SelectStartMenuFolderLabel3=Trình cài đặt sẽ tạo các lối tắt của chương trình trong thư mục sau của menu Start.
SelectStartMenuFolderBrowseLabel=Để tiếp tục, bấm Tiếp. Nếu muốn chọn thư mục khác, bấm Chọn.
MustEnterGroupName=Bạn phải nhập tên thư mục.
GroupNameTooLong=Tên thư mục hoặc đường dẫn quá dài.
InvalidGroupName=Tên thư mục không hợp lệ.
BadGroupName=Tên thư mục không được chứa các ký tự sau:%n%n%1
NoProgramGroupCheck2=&Không tạo thư mục trong menu Start

; *** "Ready to Install" wizard page
WizardReady=Sẵn sàng cài đặt
ReadyLabel1=Trình cài đặt đã sẵn sàng cài [name] vào máy tính của bạn.
ReadyLabel2a=Bấm Cài đặt để bắt đầu, hoặc bấm Quay lại nếu muốn xem lại hay đổi lựa chọn.
ReadyLabel2b=Bấm Cài đặt để bắt đầu.
ReadyMemoUserInfo=Thông tin người dùng:
ReadyMemoDir=Thư mục cài đặt:
ReadyMemoType=Kiểu cài đặt:
ReadyMemoComponents=Các thành phần đã chọn:
ReadyMemoGroup=Thư mục trong menu Start:
ReadyMemoTasks=Việc làm thêm:

; *** TDownloadWizardPage wizard page and DownloadTemporaryFile
DownloadingLabel=Đang tải thêm tệp...
ButtonStopDownload=&Dừng tải
StopDownload=Có chắc muốn dừng tải không?
ErrorDownloadAborted=Đã dừng tải
ErrorDownloadFailed=Tải không được: %1 %2
ErrorDownloadSizeFailed=Không lấy được kích thước: %1 %2
ErrorFileHash1=Không tính được mã băm của tệp: %1
ErrorFileHash2=Mã băm của tệp không đúng: cần %1, nhận được %2
ErrorProgress=Tiến độ không hợp lệ: %1 trên %2
ErrorFileSize=Kích thước tệp không đúng: cần %1, nhận được %2

; *** TExtractionWizardPage wizard page and Extract7ZipArchive
ExtractionLabel=Đang giải nén thêm tệp...
ButtonStopExtraction=&Dừng giải nén
StopExtraction=Có chắc muốn dừng giải nén không?
ErrorExtractionAborted=Đã dừng giải nén
ErrorExtractionFailed=Giải nén không được: %1

; *** "Preparing to Install" wizard page
WizardPreparing=Chuẩn bị cài đặt
PreparingDesc=Trình cài đặt đang chuẩn bị cài [name] vào máy tính của bạn.
PreviousInstallNotCompleted=Lần cài đặt hoặc gỡ bỏ một chương trình trước đây chưa xong. Cần khởi động lại máy tính để làm nốt việc đó.%n%nSau khi khởi động lại máy, hãy chạy lại trình cài đặt để cài xong [name].
CannotContinue=Trình cài đặt không thể tiếp tục. Hãy bấm Hủy để thoát.
ApplicationsFound=Các chương trình sau đang dùng những tệp mà trình cài đặt cần thay. Nên để trình cài đặt tự đóng các chương trình này.
ApplicationsFound2=Các chương trình sau đang dùng những tệp mà trình cài đặt cần thay. Nên để trình cài đặt tự đóng các chương trình này. Cài xong, trình cài đặt sẽ thử mở lại chúng.
CloseApplications=&Tự động đóng các chương trình
DontCloseApplications=&Không đóng các chương trình
ErrorCloseApplications=Trình cài đặt không tự đóng được mọi chương trình. Hãy tự đóng các chương trình đang dùng những tệp cần thay rồi mới tiếp tục.
PrepareToInstallNeedsRestart=Trình cài đặt phải khởi động lại máy tính. Sau khi khởi động lại, hãy chạy lại trình cài đặt để cài xong [name].%n%nKhởi động lại máy ngay bây giờ?

; *** "Installing" wizard page
WizardInstalling=Đang cài đặt
InstallingLabel=Xin chờ trong khi trình cài đặt cài [name] vào máy tính của bạn.

; *** "Setup Completed" wizard page
FinishedHeadingLabel=Cài đặt [name] xong
FinishedLabelNoIcons=Trình cài đặt đã cài xong [name] vào máy tính của bạn.
FinishedLabel=Trình cài đặt đã cài xong [name] vào máy tính của bạn. Có thể mở chương trình bằng các lối tắt vừa tạo.
ClickFinish=Bấm Hoàn tất để thoát trình cài đặt.
FinishedRestartLabel=Để cài xong [name], trình cài đặt phải khởi động lại máy tính. Khởi động lại ngay bây giờ?
FinishedRestartMessage=Để cài xong [name], trình cài đặt phải khởi động lại máy tính.%n%nKhởi động lại ngay bây giờ?
ShowReadmeCheck=Có, tôi muốn xem tệp README
YesRadio=&Có, khởi động lại máy ngay bây giờ
NoRadio=&Không, tôi sẽ khởi động lại máy sau
; used for example as 'Run MyProg.exe'
RunEntryExec=Chạy %1
; used for example as 'View Readme.txt'
RunEntryShellExec=Xem %1

; *** "Setup Needs the Next Disk" stuff
ChangeDiskTitle=Trình cài đặt cần đĩa tiếp theo
SelectDiskLabel2=Hãy đưa đĩa %1 vào rồi bấm OK.%n%nNếu các tệp trên đĩa này nằm trong một thư mục khác thư mục ghi dưới đây, hãy nhập đúng đường dẫn hoặc bấm Chọn.
PathLabel=Đường &dẫn:
FileNotInDir2=Không tìm thấy tệp "%1" trong "%2". Hãy đưa đúng đĩa vào hoặc chọn thư mục khác.
SelectDirectoryLabel=Hãy cho biết vị trí của đĩa tiếp theo.

; *** Installation phase messages
SetupAborted=Việc cài đặt chưa xong.%n%nHãy khắc phục sự cố rồi chạy lại trình cài đặt.
AbortRetryIgnoreSelectAction=Chọn cách xử lý
AbortRetryIgnoreRetry=&Thử lại
AbortRetryIgnoreIgnore=Bỏ qua &lỗi và tiếp tục
AbortRetryIgnoreCancel=Hủy cài đặt

; *** Installation status messages
StatusClosingApplications=Đang đóng các chương trình...
StatusCreateDirs=Đang tạo thư mục...
StatusExtractFiles=Đang giải nén tệp...
StatusCreateIcons=Đang tạo lối tắt...
StatusCreateIniEntries=Đang ghi mục INI...
StatusCreateRegistryEntries=Đang ghi vào registry...
StatusRegisterFiles=Đang đăng ký tệp...
StatusSavingUninstall=Đang lưu thông tin gỡ cài đặt...
StatusRunProgram=Đang hoàn tất cài đặt...
StatusRestartingApplications=Đang mở lại các chương trình...
StatusRollback=Đang hoàn tác các thay đổi...

; *** Misc. errors
ErrorInternal2=Lỗi nội bộ: %1
ErrorFunctionFailedNoCode=%1 không thành công
ErrorFunctionFailed=%1 không thành công; mã lỗi %2
ErrorFunctionFailedWithMessage=%1 không thành công; mã lỗi %2.%n%3
ErrorExecutingProgram=Không chạy được tệp:%n%1

; *** Registry errors
ErrorRegOpenKey=Lỗi khi mở khóa registry:%n%1\%2
ErrorRegCreateKey=Lỗi khi tạo khóa registry:%n%1\%2
ErrorRegWriteKey=Lỗi khi ghi vào khóa registry:%n%1\%2

; *** INI errors
ErrorIniEntry=Lỗi khi ghi mục INI vào tệp "%1".

; *** File copying errors
FileAbortRetryIgnoreSkipNotRecommended=&Bỏ qua tệp này (không nên)
FileAbortRetryIgnoreIgnoreNotRecommended=Bỏ qua &lỗi và tiếp tục (không nên)
SourceIsCorrupted=Tệp nguồn bị hỏng
SourceDoesntExist=Không có tệp nguồn "%1"
ExistingFileReadOnly2=Không thay được tệp đang có vì tệp này chỉ cho đọc.
ExistingFileReadOnlyRetry=&Bỏ thuộc tính chỉ đọc rồi thử lại
ExistingFileReadOnlyKeepExisting=&Giữ tệp đang có
ErrorReadingExistingDest=Có lỗi khi đọc tệp đang có:
FileExistsSelectAction=Chọn cách xử lý
FileExists2=Tệp này đã có.
FileExistsOverwriteExisting=&Ghi đè tệp đang có
FileExistsKeepExisting=Giữ tệp đang &có
FileExistsOverwriteOrKeepAll=&Làm như vậy với các tệp trùng tiếp theo
ExistingFileNewerSelectAction=Chọn cách xử lý
ExistingFileNewer2=Tệp đang có mới hơn tệp trình cài đặt định chép vào.
ExistingFileNewerOverwriteExisting=&Ghi đè tệp đang có
ExistingFileNewerKeepExisting=Giữ tệp đang &có (nên chọn)
ExistingFileNewerOverwriteOrKeepAll=&Làm như vậy với các tệp trùng tiếp theo
ErrorChangingAttr=Có lỗi khi đổi thuộc tính của tệp đang có:
ErrorCreatingTemp=Có lỗi khi tạo tệp trong thư mục cài đặt:
ErrorReadingSource=Có lỗi khi đọc tệp nguồn:
ErrorCopying=Có lỗi khi chép tệp:
ErrorReplacingExistingFile=Có lỗi khi thay tệp đang có:
ErrorRestartReplace=Không hẹn được việc thay tệp khi khởi động lại (RestartReplace):
ErrorRenamingTemp=Có lỗi khi đổi tên tệp trong thư mục cài đặt:
ErrorRegisterServer=Không đăng ký được DLL/OCX: %1
ErrorRegSvr32Failed=RegSvr32 không thành công, mã thoát %1
ErrorRegisterTypeLib=Không đăng ký được thư viện kiểu (type library): %1

; *** Uninstall display name markings
; used for example as 'My Program (32-bit)'
UninstallDisplayNameMark=%1 (%2)
; used for example as 'My Program (32-bit, All users)'
UninstallDisplayNameMarks=%1 (%2, %3)
UninstallDisplayNameMark32Bit=32-bit
UninstallDisplayNameMark64Bit=64-bit
UninstallDisplayNameMarkAllUsers=mọi người dùng
UninstallDisplayNameMarkCurrentUser=người dùng hiện tại

; *** Post-installation errors
ErrorOpeningReadme=Có lỗi khi mở tệp README.
ErrorRestartingComputer=Trình cài đặt không khởi động lại được máy tính. Hãy tự khởi động lại.

; *** Uninstaller messages
UninstallNotFound=Không có tệp "%1". Không gỡ cài đặt được.
UninstallOpenError=Không mở được tệp "%1". Không gỡ cài đặt được
UninstallUnsupportedVer=Trình gỡ cài đặt phiên bản này không đọc được định dạng của tệp nhật ký gỡ cài đặt "%1". Không gỡ cài đặt được
UninstallUnknownEntry=Gặp một mục lạ (%1) trong nhật ký gỡ cài đặt
ConfirmUninstall=Có chắc muốn gỡ %1 và mọi thành phần của chương trình khỏi máy không?
UninstallOnlyOnWin64=Chỉ gỡ được bản cài đặt này trên Windows 64-bit.
OnlyAdminCanUninstall=Chỉ người dùng có quyền quản trị mới gỡ được bản cài đặt này.
UninstallStatusLabel=Xin chờ trong khi gỡ %1 khỏi máy tính của bạn.
UninstalledAll=Đã gỡ xong %1 khỏi máy tính của bạn.
UninstalledMost=Đã gỡ xong %1.%n%nMột số mục không gỡ được; bạn có thể tự xóa chúng.
UninstalledAndNeedsRestart=Để gỡ xong %1, cần khởi động lại máy tính.%n%nKhởi động lại ngay bây giờ?
UninstallDataCorrupted=Tệp "%1" bị hỏng. Không gỡ cài đặt được

; *** Uninstallation phase messages
ConfirmDeleteSharedFileTitle=Xóa tệp dùng chung?
ConfirmDeleteSharedFile2=Theo hệ thống, tệp dùng chung sau không còn chương trình nào dùng. Trình gỡ cài đặt có xóa tệp này không?%n%nNếu vẫn còn chương trình dùng tệp này mà tệp bị xóa, chương trình đó có thể chạy sai. Nếu không chắc, hãy chọn Không: để tệp lại trên máy không gây hại gì.
SharedFileNameLabel=Tên tệp:
SharedFileLocationLabel=Vị trí:
WizardUninstalling=Tình trạng gỡ cài đặt
StatusUninstalling=Đang gỡ %1...

; *** Shutdown block reasons
ShutdownBlockReasonInstallingApp=Đang cài %1.
ShutdownBlockReasonUninstallingApp=Đang gỡ %1.

; The custom messages below aren't used by Setup itself, but a script may use them.

[CustomMessages]

NameAndVersion=%1 phiên bản %2
AdditionalIcons=Lối tắt khác:
CreateDesktopIcon=Tạo lối tắt trên &màn hình nền
CreateQuickLaunchIcon=Tạo lối tắt trên thanh &Quick Launch
ProgramOnTheWeb=%1 trên mạng
UninstallProgram=Gỡ cài đặt %1
LaunchProgram=Mở %1
AssocFileExtension=&Gắn %1 với phần mở rộng tệp %2
AssocingFileExtension=Đang gắn %1 với phần mở rộng tệp %2...
AutoStartProgramGroupDescription=Khởi động cùng Windows:
AutoStartProgram=Tự động mở %1
AddonHostProgramNotFound=Không tìm thấy %1 trong thư mục vừa chọn.%n%nVẫn tiếp tục?
