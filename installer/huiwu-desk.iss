; Inno Setup script: the Windows installer of 会务报到台 (installer/WINDOWS.md, step by step).
;
;   "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 installer\huiwu-desk.iss
;
; Packs dist\huiwu-desk\ (made by PyInstaller from installer\huiwu-desk.spec) into
; dist\huiwu-desk-<version>-setup.exe. Needs Inno Setup 6.3 or later.
;
; - Per user, no administrator rights: installs in %LOCALAPPDATA%\Programs\HuiwuDesk and writes
;   only HKEY_CURRENT_USER (PrivilegesRequired=lowest, so {autopf} and HKA are the user's).
; - Start menu entry (and a desktop one if ticked); .huiwu files open in the app.
; - Optional: the folder on the user's PATH, so `huiwu-desk-cli export …` works in scripts and
;   the Task Scheduler.
; - Uninstalling removes only what was installed: event files (*.huiwu, wherever they are,
;   their backups), the demo event, settings and logs (%LOCALAPPDATA%\huiwu-desk) stay.
; - Qt 6 needs Windows 10 1809 (build 17763) or later, 64-bit: older Windows is refused.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "会务报到台"
#define AppExe "huiwu-desk.exe"
#define CliExe "huiwu-desk-cli.exe"
#define ProgId "HuiwuDesk.Event"

[Setup]
AppId={{6F0C2B64-3D7A-4B52-9C1E-8A4D2F7B9E31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=huiwu_desk
DefaultDirName={autopf}\HuiwuDesk
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
MinVersion=10.0.17763
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
ChangesEnvironment=yes
CloseApplications=yes
OutputDir=..\dist
OutputBaseFilename=huiwu-desk-{#AppVersion}-setup
SetupIconFile=windows\huiwu-desk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
; Chinese first: the desk speaks Chinese. ChineseSimplified.isl ships with recent Inno Setup
; releases; with an older one, put it in Inno Setup's Languages folder (WINDOWS.md, step 3).
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "zh"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
en.AddToPath=Add huiwu-desk-cli to my PATH (for scripts and scheduled exports)
en.RunApp=Start Huiwu Desk
en.EventFile=Huiwu Desk event file
en.CommandLine=Huiwu Desk command line
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
zh.AddToPath=把 huiwu-desk-cli 加入 PATH（供脚本和计划任务导出使用）
zh.RunApp=启动会务报到台
zh.EventFile=会务报到台会议文件
zh.CommandLine=会务报到台命令行
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "addtopath"; Description: "{cm:AddToPath}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle: no file of an older version stays beside the new one.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\dist\huiwu-desk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; .huiwu → HuiwuDesk.Event → "huiwu-desk.exe" "%1" (the launcher opens a file given alone)
Root: HKA; Subkey: "Software\Classes\.huiwu"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.huiwu\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:EventFile}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"",0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".huiwu"; ValueData: ""; Flags: uninsdeletekey
; the user's PATH, when asked (removed again at uninstall, [Code] below)
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: addtopath; Check: NotOnPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:RunApp}"; Flags: nowait postinstall skipifsilent

[Code]
function PathHas(Paths, Dir: string): Boolean;
begin
  Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Paths) + ';') > 0;
end;

function NotOnPath(Dir: string): Boolean;
var
  Paths: string;
begin
  if not RegQueryStringValue(HKCU, 'Environment', 'Path', Paths) then
    Paths := '';
  Result := not PathHas(Paths, Dir);
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Paths, Dir: string;
  At: Integer;
begin
  if CurUninstallStep <> usPostUninstall then
    exit;
  if not RegQueryStringValue(HKCU, 'Environment', 'Path', Paths) then
    exit;
  Dir := ExpandConstant('{app}');
  At := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Paths) + ';');
  if At = 0 then
    exit;
  { ';' + Paths + ';' with ';' + Dir dropped, then the added ends taken off again }
  Paths := ';' + Paths + ';';
  Delete(Paths, At, Length(Dir) + 1);
  Paths := Copy(Paths, 2, Length(Paths) - 2);
  RegWriteExpandStringValue(HKCU, 'Environment', 'Path', Paths);
end;
