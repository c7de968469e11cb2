; Inno Setup 6 script: a Windows installer for the one-folder bundle in dist\cairo-desktop.
; NOT exercised on this project's CI (Linux): see docs/PACKAGING.md, "Windows installer".
; Build it with packaging\windows\build.ps1, or by hand after `python packaging\build.py --test`:
;   "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\cairo-desktop.iss
; The installer needs no administrator rights (it offers a per-user install), and uninstalling
; keeps the user's database, backups and logs in %LOCALAPPDATA%\cairo-desktop.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Cairo Desktop"
#define Bundle "..\..\dist\cairo-desktop"

[Setup]
; The AppId identifies the product across versions: never change it, or upgrades install twice.
AppId={{0767CA1F-B8EE-42E9-8C9F-6E4F38244627}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Cairo Desktop developers
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
LicenseFile=..\..\LICENSE
SetupIconFile=..\..\resources\icons\app\cairo-desktop.ico
UninstallDisplayIcon={app}\cairo-desktop.exe
OutputDir=..\..\dist\installer
OutputBaseFilename=cairo-desktop-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; The whole bundle: the window program, the console program for the CLI, and _internal\.
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the program's files only; the user's data lives elsewhere.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\cairo-desktop.exe"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\cairo-desktop.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\cairo-desktop.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
