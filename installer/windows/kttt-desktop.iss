; Inno Setup script for the Windows installer of KTTT Desktop. Needs Inno Setup 6.3 or newer.
;
; Build: «python installer\build.py setup» on Windows (PyInstaller, code signing when a
; certificate is configured, then this script), or by hand after «build.py pyinstaller»:
;     iscc /DAppVersion=0.1.0 installer\windows\kttt-desktop.iss
; AppVersion must be kttt_desktop.__version__ (build.py passes it).
; Output: dist\kttt-desktop-<AppVersion>-setup.exe
;
; - installs for the current user by default, with no administrator password, in
;   {autopf}\KTTT Desktop = %LOCALAPPDATA%\Programs\KTTT Desktop; an administrator may
;   choose "all users" in the first dialog (or run it with /ALLUSERS), then {autopf} is
;   C:\Program Files. Paths and shortcuts use only the auto constants ({autopf},
;   {autoprograms}, {autodesktop}) and any registry entry must use HKA, so both modes work;
; - Windows 10 1809 (build 17763) or newer, x64 only: what Qt 6 and Python 3.11 run on;
; - the AppId never changes, so a newer setup upgrades the same installation in place;
; - refuses to upgrade or uninstall while the program runs (AppMutex: the program creates
;   the mutex at start, kttt_desktop/ui/win_mutex.py), and checks again just before
;   replacing files, as the officer may have opened it while the wizard was shown;
; - the register (database, backups, logs) lives in %LOCALAPPDATA%\KTTT Desktop, written by
;   the program itself: this installer never puts data in {app} and, on uninstall, deletes
;   that folder only if the officer answers Yes twice (the default answer is No).

#if Ver < EncodeVer(6, 3, 0)
  #error Inno Setup 6.3 or newer is needed (x64compatible, UTF-8 without BOM): see installer\README.md
#endif

#ifndef AppVersion
  #error AppVersion is not defined: iscc /DAppVersion=<kttt_desktop.__version__> installer\windows\kttt-desktop.iss
#endif
; Windows file properties need four numbers; pass /DNumericVersion=0.2.0.1 for a pre-release.
#ifndef NumericVersion
  #define NumericVersion AppVersion
#endif

#define AppName "KTTT Desktop"
#define AppExeName "KTTT Desktop.exe"
#define CliExeName "kttt.exe"
#define AppPublisher "KTTT Desktop"
#define RepoRoot "..\.."
; The PyInstaller folder; build.py iss-check passes a copy of its file list.
#ifndef PayloadDir
  #define PayloadDir RepoRoot + "\dist\kttt-desktop"
#endif
#define DataFolderName "KTTT Desktop"
; Created by the running program (kttt_desktop/ui/win_mutex.py MUTEX_NAMES): keep equal.
#define AppMutexNames "KTTTDesktopRunning,Global\KTTTDesktopRunning"

[Setup]
; Never change this AppId: it is how a newer setup finds the installation to upgrade.
AppId={{C971C07E-54E1-4D3A-92BC-7B006ECAC705}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#NumericVersion}
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} – trình cài đặt
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
; Per-user by default: a commune officer seldom has the administrator password. An
; upgrade keeps the mode of the installation it upgrades (UsePreviousPrivileges).
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
UsePreviousPrivileges=yes
MinVersion=10.0.17763
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
AppMutex={#AppMutexNames}
SetupMutex=KTTTDesktopSetup,Global\KTTTDesktopSetup
; Anything else holding the program's files (the kttt command, a file viewer) is closed
; through the Restart Manager, with the officer's agreement, before files are replaced.
CloseApplications=yes
CloseApplicationsFilter=*.exe,*.dll,*.pyd
RestartApplications=no
OutputDir={#RepoRoot}\dist
OutputBaseFilename=kttt-desktop-{#AppVersion}-setup
SetupIconFile={#RepoRoot}\resources\icons\kttt.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
ShowLanguageDialog=no
#ifdef SignToolName
; build.py setup passes /S<SignToolName>=<command> when a certificate is configured:
; the setup and its uninstaller are signed as they are made.
SignTool={#SignToolName}
SignedUninstaller=yes
#endif

[Languages]
; Inno Setup ships no Vietnamese: Vietnamese.isl is the project's own.
Name: "vietnamese"; MessagesFile: "Vietnamese.isl"

[CustomMessages]
vietnamese.DesktopIconTask=Tạo biểu tượng trên màn hình nền
vietnamese.ShortcutsGroup=Biểu tượng:
vietnamese.LaunchApp=Mở KTTT Desktop ngay
vietnamese.UninstallApp=Gỡ cài đặt KTTT Desktop
vietnamese.AppStillRunning=%1 đang mở. Hãy lưu công việc, đóng %1, rồi chạy lại tệp cài đặt.%n%nChưa có tệp nào của chương trình bị thay đổi.
vietnamese.DeleteDataQuestion=Có XÓA LUÔN dữ liệu của chương trình không?%n%nThư mục dữ liệu:%n%1%n%nThư mục này chứa sổ theo dõi, các bản sao lưu và nhật ký. Nếu định cài lại hoặc chuyển sang máy khác, hãy chọn «Không» (nên chọn) để giữ nguyên dữ liệu.
vietnamese.DeleteDataConfirm=Xác nhận lần cuối: xóa vĩnh viễn toàn bộ dữ liệu trong%n%1 ?%n%nKhông thể hoàn tác.
vietnamese.DataKept=Dữ liệu vẫn được giữ tại:%n%1

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIconTask}"; GroupDescription: "{cm:ShortcutsGroup}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the program folder wholesale, so no file of an older version is
; left behind in _internal (data is never here, see above).
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#PayloadDir}\{#AppExeName}"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#PayloadDir}\{#CliExeName}"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#PayloadDir}\_internal\*"; DestDir: "{app}\_internal"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"; Comment: "Sổ theo dõi kinh tế tập thể cấp xã"
Name: "{autoprograms}\{cm:UninstallApp}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchApp}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program may leave in its own folder (e.g. Python caches); never data.
Type: dirifempty; Name: "{app}"

[Code]
function PrepareToInstall(var NeedsRestart: Boolean): String;
begin
  { AppMutex was checked when the setup started; the program may have been opened since.
    Stop here, before [InstallDelete] removes anything: a half-replaced program folder
    would not start. }
  if CheckForMutexes('{#AppMutexNames}') then
    Result := FmtMessage(CustomMessage('AppStillRunning'), ['{#AppName}'])
  else
    Result := '';
end;

function DataFolder(): String;
begin
  { platformdirs' user_data_path("KTTT Desktop", appauthor=False): %LOCALAPPDATA%\KTTT Desktop
    (the logs are in its Logs subfolder). }
  Result := ExpandConstant('{localappdata}\{#DataFolderName}');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Folder: String;
begin
  if CurUninstallStep <> usPostUninstall then
    exit;
  Folder := DataFolder();
  if not DirExists(Folder) then
    exit;
  { A silent uninstall (/SILENT, /VERYSILENT: upgrades scripted by IT) always keeps data. }
  if UninstallSilent() then
    exit;
  if (MsgBox(FmtMessage(CustomMessage('DeleteDataQuestion'), [Folder]), mbConfirmation,
             MB_YESNO or MB_DEFBUTTON2) = IDYES)
     and (MsgBox(FmtMessage(CustomMessage('DeleteDataConfirm'), [Folder]), mbError,
                 MB_YESNO or MB_DEFBUTTON2) = IDYES) then
    DelTree(Folder, True, True, True)
  else
    MsgBox(FmtMessage(CustomMessage('DataKept'), [Folder]), mbInformation, MB_OK);
end;
