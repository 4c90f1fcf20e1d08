; Inno Setup 6 definition of the Windows installer: per-machine, into Program Files, with the
; office database written as the machine-wide default for every user of the computer.
; Build on Windows after the bundle (see docs/install.md):
;   iscc /DAppVersion=0.5.0 packaging\iok-desk.iss
; Silent install with the office database ({login} stands for each clerk's login):
;   IOK-Desk-0.5.0-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /DATABASE="postgresql+psycopg://{login}@serwer/iok"

#ifndef AppVersion
  #define AppVersion "0.5.0"
#endif

[Setup]
; Fixed for ever: the same AppId makes a newer setup an upgrade of the installed desk.
AppId={{B04E5A1E-8043-4F21-8F26-F1AAAA0F6F15}
AppName=IOK Desk
AppVersion={#AppVersion}
AppPublisher=Młodzieżowa Spółdzielnia Mieszkaniowa w Gdyni
DefaultDirName={autopf}\IOK Desk
DefaultGroupName=IOK Desk
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SetupIconFile=..\iok_desk\resources\icons\iok-desk.ico
UninstallDisplayIcon={app}\IOK Desk.exe
OutputDir=..\dist
OutputBaseFilename=IOK-Desk-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
CloseApplications=yes
WizardStyle=modern

[Languages]
Name: "polish"; MessagesFile: "compiler:Languages\Polish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; An upgrade replaces the whole bundle: nothing of the previous version stays behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\dist\IOK Desk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Dirs]
Name: "{commonappdata}\iok-desk"

[Icons]
Name: "{group}\IOK Desk"; Filename: "{app}\IOK Desk.exe"
Name: "{autodesktop}\IOK Desk"; Filename: "{app}\IOK Desk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\IOK Desk.exe"; Description: "{cm:LaunchProgram,IOK Desk}"; Flags: nowait postinstall skipifsilent unchecked

[Code]
var
  DatabasePage: TInputQueryWizardPage;

{ The machine-wide settings the desk reads before asking (platformdirs' site config dir). }
function MachineIni: String;
begin
  Result := ExpandConstant('{commonappdata}\iok-desk\iok-desk.ini');
end;

{ /DATABASE=... on the command line, else what an earlier install wrote. Not passed through
  ExpandConstant: "{login}" in the address is the desk's placeholder, not Inno's. }
function InitialDatabaseUrl: String;
begin
  Result := ExpandConstant('{param:DATABASE}');
  if Result = '' then
    Result := GetIniString('database', 'url', '', MachineIni);
end;

procedure InitializeWizard;
begin
  DatabasePage := CreateInputQueryPage(wpSelectDir,
    'Baza danych biura', 'Adres bazy danych dla wszystkich użytkowników tego komputera',
    'Np. postgresql+psycopg://{login}@serwer/iok ({login} to login pracownika; hasło każdy ' +
    'poda przy pierwszym uruchomieniu i zostanie ono tylko w Menedżerze poświadczeń). ' +
    'Puste pole: każdy użytkownik wybierze przy pierwszym uruchomieniu.');
  DatabasePage.Add('Adres bazy:', False);
  DatabasePage.Values[0] := InitialDatabaseUrl;
end;

procedure CurStepChanged(CurStep: TSetupStep);
var
  Url: String;
begin
  if CurStep = ssPostInstall then
  begin
    Url := Trim(DatabasePage.Values[0]);
    if Url <> '' then
      SetIniString('database', 'url', Url, MachineIni);
  end;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  { The machine-wide default goes with the program; databases and users' settings stay. }
  if CurUninstallStep = usPostUninstall then
    DeleteFile(MachineIni);
end;
