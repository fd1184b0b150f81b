; Inno Setup 6 script: the Windows installer, from the same PyInstaller build
; as the .deb (installer/mottagning.spec). Not built or run on the project's
; Linux machines; see installer/README.md.
;
;   python installer\build.py --windows-installer
; or, after `python installer\build.py`:
;   iscc /DAppVersion=0.1.0 installer\windows\mottagning.iss
;
; Per-machine install under Program Files, a Start-menu entry, an uninstaller
; that removes the program only: every user's data folder
; (%LOCALAPPDATA%\Mottagning\Mottagning) is left as it is.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z (build.py does)
#endif
#define Build "..\..\build\installer"

[Setup]
; The AppId ties upgrades and the uninstaller together: never change it.
AppId={{6F4B3C1E-2D7A-4C1B-9B52-5E0C6A8D2F10}
AppName=Mottagning
AppVersion={#AppVersion}
AppVerName=Mottagning {#AppVersion}
AppPublisher=Mottagning
DefaultDirName={autopf}\Mottagning
DefaultGroupName=Mottagning
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Build}
OutputBaseFilename=mottagning-{#AppVersion}-setup
SetupIconFile={#Build}\stage\icons\mottagning.ico
UninstallDisplayIcon={app}\mottagning.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
; IT signs with its own certificate: iscc /Ssigntool="signtool sign /fd sha256 /tr http://TIMESTAMP /td sha256 /f cert.pfx /p PASS $f"
; (see installer/README.md); without /S the installer is left unsigned.
#ifdef SignTool
SignTool=signtool
SignedUninstaller=yes
#endif

[Languages]
Name: "sv"; MessagesFile: "compiler:Languages\Swedish.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "{#Build}\dist\mottagning\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the whole program folder: no stale module from the old version is left.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\Mottagning"; Filename: "{app}\mottagning.exe"; Comment: "Journal och kalender för mottagningen"

[Run]
Filename: "{app}\mottagning.exe"; Description: "{cm:LaunchProgram,Mottagning}"; Flags: nowait postinstall skipifsilent
