; Inno Setup 6 script for the Windows installer of KTTT Desktop.
;
; Build (from the repository root, after «python installer\build.py pyinstaller»):
;     iscc /DAppVersion=0.1.0 installer\windows\kttt-desktop.iss
; AppVersion must be kttt_desktop.__version__ (installer\README.md shows how to pass it).
; Output: dist\kttt-desktop-<AppVersion>-setup.exe
;
; - installs for all users under {autopf}\KTTT Desktop (C:\Program Files\KTTT Desktop);
; - the AppId never changes, so a newer setup upgrades the same installation in place;
; - the register (database, backups, logs) lives in %LOCALAPPDATA%\KTTT Desktop, written by
;   the program itself: this installer never puts data in {app} and, on uninstall, deletes
;   that folder only if the officer answers Yes (the default answer is No).

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
#define SourceDir RepoRoot + "\dist\kttt-desktop"
#define DataFolderName "KTTT Desktop"

; Vietnamese wizard: Vietnamese.isl is an unofficial Inno Setup translation
; (jrsoftware.org/files/istrans/). It is used from the compiler's Languages folder, or from
; installer\windows\Languages\Vietnamese.isl; without it the wizard falls back to English
; (the messages of this script below stay Vietnamese).
#if FileExists(AddBackslash(CompilerPath) + "Languages\Vietnamese.isl")
  #define VietnameseIsl "compiler:Languages\Vietnamese.isl"
#elif FileExists(AddBackslash(SourcePath) + "Languages\Vietnamese.isl")
  #define VietnameseIsl "Languages\Vietnamese.isl"
#else
  #pragma warning "Vietnamese.isl not found: the setup wizard's own buttons will be in English"
  #define VietnameseIsl "compiler:Default.isl"
#endif

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
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#RepoRoot}\dist
OutputBaseFilename=kttt-desktop-{#AppVersion}-setup
SetupIconFile={#RepoRoot}\resources\icons\kttt.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
; An open window is closed (Restart Manager) before its files are replaced.
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=no

[Languages]
Name: "vietnamese"; MessagesFile: "{#VietnameseIsl}"

[CustomMessages]
vietnamese.DesktopIconTask=Tạo biểu tượng trên màn hình nền
vietnamese.ShortcutsGroup=Biểu tượng:
vietnamese.LaunchApp=Mở KTTT Desktop ngay
vietnamese.UninstallApp=Gỡ cài đặt KTTT Desktop
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
Source: "{#SourceDir}\{#AppExeName}"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#SourceDir}\{#CliExeName}"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#SourceDir}\_internal\*"; DestDir: "{app}\_internal"; Flags: ignoreversion recursesubdirs createallsubdirs

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
