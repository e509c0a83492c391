; CounselRoom 心理咨询室档案管理 — Windows installer (NSIS 3, Unicode, Modern UI 2)
;
; Build (paths absolute: makensis changes into this script's folder before it reads it):
;
;   makensis -DVERSION=0.1.0 -DBUNDLE_DIR=C:\src\counselroom\dist\CounselRoom ^
;            -DOUTFILE=C:\src\counselroom\dist\CounselRoom-0.1.0-setup.exe installer\counselroom.nsi
;
; installer\build-windows.ps1 does this after PyInstaller; tests/nsis_build.py does it on Linux
; (Debian's nsis package) with a stand-in bundle.  Optional defines: ICON (an .ico),
; WIZARD_BITMAP (164x314 .bmp), PUBLISHER, LICENSES_SUBDIR (where the licence texts are inside the bundle).
;
; What it does
; - Per user without administrator rights (default for a standard account):
;   %LOCALAPPDATA%\Programs\CounselRoom, HKCU.  Per machine when run by an administrator
;   (UAC prompt): %ProgramFiles%\CounselRoom, HKLM.  An administrator chooses on the
;   install-mode page; command line: /CurrentUser or /AllUsers.  /S is silent.
;   /NoDesktopShortcut leaves out the desktop shortcut; /D=<folder> (last, unquoted) chooses
;   the folder of a first installation.
; - An existing installation (same mode) is upgraded in place, in its folder: a running
;   CounselRoom is refused (retry/cancel), the old program files are removed (only the
;   files this installer puts there), the new ones written.
; - The uninstaller removes the program files, the shortcuts and the registry entries it
;   wrote, and nothing else.  It never touches the data folder (%LOCALAPPDATA%\CounselRoom:
;   records, backups, preferences) or the Windows Credential Manager entries (the device
;   secret and the other "CounselRoom…" key-store entries): without them the records could
;   not be opened again after a reinstall, short of the printed recovery code.
;
; This file is UTF-8 with a byte-order mark, so makensis on Windows reads the Chinese
; text as UTF-8 whatever the code page of the machine.

Unicode true
ManifestDPIAware true
SetCompressor /SOLID lzma
SetCompressorDictSize 32

;--------------------------------------------------------------------------------------
; Compile-time parameters

!ifndef VERSION
  !error "VERSION is not defined. Build with: makensis -DVERSION=0.1.0 -DBUNDLE_DIR=<path to dist\CounselRoom> -DOUTFILE=<path to setup.exe> counselroom.nsi"
!endif
!ifndef BUNDLE_DIR
  !error "BUNDLE_DIR is not defined. Pass -DBUNDLE_DIR=<absolute path to dist\CounselRoom> (the PyInstaller one-folder bundle holding CounselRoom.exe)."
!endif
!ifndef OUTFILE
  !error "OUTFILE is not defined. Pass -DOUTFILE=<absolute path of the setup .exe to write>, e.g. dist\CounselRoom-${VERSION}-setup.exe."
!endif
; Relative paths are taken from this script's folder (makensis changes into it, unless /NOCD).
!define /ifndef ICON "..\resources\icons\counselroom.ico"
!define /ifndef WIZARD_BITMAP "installer-wizard.bmp"
!define /ifndef PUBLISHER "CounselRoom"
!define /ifndef LICENSES_SUBDIR "_internal\counselroom\resources\licenses"

!define APP_NAME "CounselRoom"
!define APP_NAME_ZH "心理咨询室档案管理"
!define APP_EXE "CounselRoom.exe"
!define ADMIN_EXE "counselroom-admin.exe"
!define APP_ICON_NAME "CounselRoom.ico"
!define UNINSTALLER "uninstall.exe"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\CounselRoom"

!if ! /FileExists "${BUNDLE_DIR}\${APP_EXE}"
  !error "BUNDLE_DIR=${BUNDLE_DIR} holds no ${APP_EXE}: build the bundle first (pyinstaller installer\counselroom.spec --noconfirm) and pass the absolute path of dist\CounselRoom."
!endif
!if ! /FileExists "${BUNDLE_DIR}\${ADMIN_EXE}"
  !error "BUNDLE_DIR=${BUNDLE_DIR} holds no ${ADMIN_EXE} (the console tool for IT staff)."
!endif
!if ! /FileExists "${BUNDLE_DIR}\_internal\*.*"
  !error "BUNDLE_DIR=${BUNDLE_DIR} holds no _internal folder: is it a PyInstaller one-folder bundle?"
!endif
!if ! /FileExists "${BUNDLE_DIR}\${LICENSES_SUBDIR}\*.*"
  !error "The licence texts are missing from the bundle (${BUNDLE_DIR}\${LICENSES_SUBDIR}): they must ship with the application."
!endif
!if ! /FileExists "${ICON}"
  !error "No icon at ${ICON}: run installer/build_icon.py or pass -DICON=<path to an .ico>."
!endif
!if ! /FileExists "${WIZARD_BITMAP}"
  !error "No picture at ${WIZARD_BITMAP}: run installer/build_icon.py or pass -DWIZARD_BITMAP=<path to a 164x314 .bmp>."
!endif

; VERSION is x.y.z (PEP 440 release); Windows version resources want four numbers.
!searchparse /noerrors "${VERSION}" "" VER_MAJOR "." VER_MINOR "." VER_PATCH
!ifndef VER_PATCH
  !error "VERSION=${VERSION} is not of the form MAJOR.MINOR.PATCH (e.g. 0.1.0)."
!endif
!define /math _VER_CHECK_MAJOR ${VER_MAJOR} * 1
!define /math _VER_CHECK_MINOR ${VER_MINOR} * 1
!define /math _VER_CHECK_PATCH ${VER_PATCH} * 1
!if "${_VER_CHECK_MAJOR}.${_VER_CHECK_MINOR}.${_VER_CHECK_PATCH}" != "${VERSION}"
  !error "VERSION=${VERSION} is not three plain numbers MAJOR.MINOR.PATCH (e.g. 0.1.0); Windows version resources cannot hold it."
!endif
!define VER_QUAD "${VER_MAJOR}.${VER_MINOR}.${VER_PATCH}.0"

;--------------------------------------------------------------------------------------
; General

Name "$(PRODUCT_NAME)"
OutFile "${OUTFILE}"
BrandingText "${APP_NAME} ${VERSION}"
ShowInstDetails show
ShowUninstDetails show
AllowRootDirInstall false
; A file that cannot be written fails the installation (Retry/Cancel; /S: exit code 2)
; instead of leaving a program with a file missing.
AllowSkipFiles off

; Per-user or per-machine (NSIS's MultiUser.nsh).  "Highest": a standard account installs
; for itself without a prompt; an administrator gets the UAC prompt and may choose.
!define MULTIUSER_EXECUTIONLEVEL Highest
!define MULTIUSER_MUI
!define MULTIUSER_INSTALLMODE_COMMANDLINE
!define MULTIUSER_USE_PROGRAMFILES64
!define MULTIUSER_INSTALLMODE_INSTDIR "${APP_NAME}"
; A previous installation's folder and mode come back from its Apps & features entry.
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_KEY "${UNINST_KEY}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_VALUENAME "InstallLocation"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_KEY "${UNINST_KEY}"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_VALUENAME "InstallLocation"
!define MULTIUSER_INIT_TEXT_ALLUSERSNOTPOSSIBLE "$(ALLUSERS_NOT_POSSIBLE)"
!include MultiUser.nsh
!include MUI2.nsh
!include LogicLib.nsh
!include FileFunc.nsh
!include x64.nsh

Var DataDir          ; the user's data folder, never written or removed here
Var NoDesktop        ; 1 with /NoDesktopShortcut
Var SavedInstDir     ; /D= (installer) or the uninstaller's folder, kept across MultiUser's defaults

;--------------------------------------------------------------------------------------
; Modern UI

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_WELCOMEFINISHPAGE_BITMAP "${WIZARD_BITMAP}"
!define MUI_UNWELCOMEFINISHPAGE_BITMAP "${WIZARD_BITMAP}"
!define MUI_ABORTWARNING
!define MUI_LANGDLL_ALLLANGUAGES
!define MUI_LANGDLL_WINDOWTITLE "安装语言 / Installer Language"
!define MUI_LANGDLL_INFO "请选择安装程序的语言。$\r$\nPlease select the language of the installer."
; The chosen language is remembered in the Apps & features entry (the uninstaller uses it).
!define MUI_LANGDLL_REGISTRY_ROOT SHCTX
!define MUI_LANGDLL_REGISTRY_KEY "${UNINST_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MULTIUSER_PAGE_INSTALLMODE
!define MUI_PAGE_CUSTOMFUNCTION_PRE DirectoryPre
!define MUI_PAGE_CUSTOMFUNCTION_LEAVE DirectoryLeave
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN
!define MUI_FINISHPAGE_RUN_FUNCTION LaunchApp
!define MUI_FINISHPAGE_TEXT "$(FINISH_TEXT)"
!insertmacro MUI_PAGE_FINISH

!define MUI_UNCONFIRMPAGE_TEXT_TOP "$(UN_KEEPS_DATA)"
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the default where Windows' language is neither of the two.
!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

;--------------------------------------------------------------------------------------
; Texts (Chinese first, then English)

LangString PRODUCT_NAME ${LANG_SIMPCHINESE} "${APP_NAME_ZH}"
LangString PRODUCT_NAME ${LANG_ENGLISH} "${APP_NAME}"
LangString DISPLAY_NAME ${LANG_SIMPCHINESE} "${APP_NAME_ZH} (${APP_NAME})"
LangString DISPLAY_NAME ${LANG_ENGLISH} "${APP_NAME}"
LangString SHORTCUT_NAME ${LANG_SIMPCHINESE} "${APP_NAME_ZH}"
LangString SHORTCUT_NAME ${LANG_ENGLISH} "${APP_NAME}"
LangString SHORTCUT_DESC ${LANG_SIMPCHINESE} "学校心理咨询室的加密离线档案"
LangString SHORTCUT_DESC ${LANG_ENGLISH} "Encrypted offline records of the school counselling room"

LangString NEEDS_X64 ${LANG_SIMPCHINESE} "${APP_NAME_ZH} 需要 64 位的 Windows 10 或 11。"
LangString NEEDS_X64 ${LANG_ENGLISH} "${APP_NAME} needs 64-bit Windows 10 or 11."
LangString ALLUSERS_NOT_POSSIBLE ${LANG_SIMPCHINESE} "为本机所有用户安装或卸载（/AllUsers）需要管理员权限，请由管理员运行。只为您自己安装时不要加 /AllUsers。"
LangString ALLUSERS_NOT_POSSIBLE ${LANG_ENGLISH} "Installing or removing it for all users of this computer (/AllUsers) needs administrator rights: please ask an administrator. To install it for yourself only, leave out /AllUsers."
LangString APP_RUNNING ${LANG_SIMPCHINESE} "${APP_NAME_ZH} 正在运行（$INSTDIR）。$\r$\n$\r$\n请先在程序中锁定并关闭所有窗口，然后点击“重试”。"
LangString APP_RUNNING ${LANG_ENGLISH} "${APP_NAME} is running ($INSTDIR).$\r$\n$\r$\nPlease lock it and close all its windows, then click Retry."
LangString BAD_INSTDIR ${LANG_SIMPCHINESE} "不能安装到这个文件夹：$INSTDIR$\r$\n$\r$\n它是（或位于）数据文件夹 $DataDir 之内，或者是磁盘的根目录。请选择另一个文件夹。"
LangString BAD_INSTDIR ${LANG_ENGLISH} "Cannot install into this folder: $INSTDIR$\r$\n$\r$\nIt is (or is inside) the data folder $DataDir, or it is the root of a drive. Please choose another folder."
LangString REMOVING_OLD ${LANG_SIMPCHINESE} "正在删除旧版本的程序文件（数据文件夹不受影响）……"
LangString REMOVING_OLD ${LANG_ENGLISH} "Removing the previous version's program files (the data folder is not touched)…"
LangString FINISH_TEXT ${LANG_SIMPCHINESE} "${APP_NAME_ZH} ${VERSION} 已安装。$\r$\n$\r$\n记录保存在每位用户自己的数据文件夹（%LOCALAPPDATA%\CounselRoom）中，卸载或升级程序都不会删除它们。"
LangString FINISH_TEXT ${LANG_ENGLISH} "${APP_NAME} ${VERSION} is installed.$\r$\n$\r$\nThe records are kept in each user's own data folder (%LOCALAPPDATA%\CounselRoom); uninstalling or upgrading the program never deletes them."
LangString UN_KEEPS_DATA ${LANG_SIMPCHINESE} "只删除程序文件、快捷方式和注册表项。您的咨询记录、备份和钥匙串中的密钥不会被删除：数据文件夹 %LOCALAPPDATA%\CounselRoom 和 Windows 凭据管理器中的条目都会保留。"
LangString UN_KEEPS_DATA ${LANG_ENGLISH} "Your counselling records, backups and keys are not deleted: the data folder %LOCALAPPDATA%\CounselRoom and the Credential Manager entries stay. Only the program files, shortcuts and registry entries go."
LangString UN_DATA_KEPT ${LANG_SIMPCHINESE} "数据文件夹和凭据管理器中的密钥已保留，未作任何改动。"
LangString UN_DATA_KEPT ${LANG_ENGLISH} "The data folder and the keys in Credential Manager were kept, untouched."

;--------------------------------------------------------------------------------------
; Version information of setup.exe

VIProductVersion "${VER_QUAD}"
VIFileVersion "${VER_QUAD}"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "ProductName" "${APP_NAME_ZH} (${APP_NAME})"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "FileDescription" "${APP_NAME_ZH} 安装程序"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "LegalCopyright" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "${APP_NAME} Setup"
VIAddVersionKey /LANG=${LANG_ENGLISH} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductVersion" "${VERSION}"

;--------------------------------------------------------------------------------------
; Shared between installer and uninstaller

; The program files this installer writes, and only those.  Keep in step with the
; bundle's top level (installer\build-windows.ps1 and tests/nsis_build.py check it):
; CounselRoom.exe, counselroom-admin.exe and _internal\ (everything else).
!macro REMOVE_PROGRAM_FILES
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\${ADMIN_EXE}"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_ICON_NAME}"
!macroend

; Both shortcut names, whatever language the earlier installation used.
!macro REMOVE_SHORTCUTS
  Delete "$SMPROGRAMS\${APP_NAME_ZH}.lnk"
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  Delete "$DESKTOP\${APP_NAME_ZH}.lnk"
  Delete "$DESKTOP\${APP_NAME}.lnk"
!macroend

; A running CounselRoom (or a running counselroom-admin) keeps its .exe open: Windows then
; refuses to open it for writing.  Nothing is written; the file is only opened and closed.
!macro CHECK_NOT_RUNNING_FUNCTION PREFIX
Function ${PREFIX}CheckNotRunning
  Push $0
  Push $1
  StrCpy $1 "${APP_EXE}"
  check:
  ${If} ${FileExists} "$INSTDIR\$1"
    ClearErrors
    FileOpen $0 "$INSTDIR\$1" a
    ${If} ${Errors}
      MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(APP_RUNNING)" /SD IDCANCEL IDRETRY check
      SetErrorLevel 3
      Quit
    ${EndIf}
    FileClose $0
  ${EndIf}
  ${If} $1 == "${APP_EXE}"
    StrCpy $1 "${ADMIN_EXE}"
    Goto check
  ${EndIf}
  Pop $1
  Pop $0
FunctionEnd
!macroend
!insertmacro CHECK_NOT_RUNNING_FUNCTION ""
!insertmacro CHECK_NOT_RUNNING_FUNCTION "un."

;--------------------------------------------------------------------------------------
; /AllUsers without administrator rights: MultiUser.nsh would show its message box even in
; a silent run (it has no /SD) and wait for a click.  Checked first, here, with /SD.

!macro REFUSE_ALLUSERS_WITHOUT_ADMIN
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/AllUsers" $R1
  ${IfNot} ${Errors}
    UserInfo::GetAccountType
    Pop $R1
    ${If} $R1 != "Admin"
    ${AndIf} $R1 != "Power"
      MessageBox MB_OK|MB_ICONSTOP "$(ALLUSERS_NOT_POSSIBLE)" /SD IDOK
      SetErrorLevel 2
      Quit
    ${EndIf}
  ${EndIf}
!macroend

;--------------------------------------------------------------------------------------
; Installer

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_OK|MB_ICONSTOP "$(NEEDS_X64)" /SD IDOK
    SetErrorLevel 2
    Quit
  ${EndIf}
  SetRegView 64
  ; The user's data folder, before MultiUser may switch to the all-users context.
  SetShellVarContext current
  StrCpy $DataDir "$LOCALAPPDATA\${APP_NAME}"
  !insertmacro REFUSE_ALLUSERS_WITHOUT_ADMIN
  ; /D=<folder> on the command line sets $INSTDIR before .onInit; MultiUser would replace it.
  StrCpy $SavedInstDir $INSTDIR
  !insertmacro MULTIUSER_INIT
  ${If} $SavedInstDir != ""
    StrCpy $INSTDIR $SavedInstDir
  ${EndIf}
  !insertmacro MUI_LANGDLL_DISPLAY
  StrCpy $NoDesktop 0
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/NoDesktopShortcut" $R1
  ${IfNot} ${Errors}
    StrCpy $NoDesktop 1
  ${EndIf}
FunctionEnd

; 1 on the stack when $INSTDIR may not be used: the data folder, inside it, or a drive root.
Function IsBadInstDir
  Push $0
  Push $1
  StrCpy $0 0
  StrLen $1 $INSTDIR
  ${If} $1 <= 3
    StrCpy $0 1
  ${EndIf}
  ${If} $INSTDIR == $DataDir
    StrCpy $0 1
  ${EndIf}
  StrLen $1 "$DataDir\"
  StrCpy $1 $INSTDIR $1
  ${If} $1 == "$DataDir\"
    StrCpy $0 1
  ${EndIf}
  Pop $1
  Exch $0
FunctionEnd

; An upgrade goes into the installed folder: the folder page is skipped then.
Function DirectoryPre
  ReadRegStr $0 SHCTX "${UNINST_KEY}" "InstallLocation"
  ${If} $0 != ""
  ${AndIf} ${FileExists} "$0\${APP_EXE}"
    StrCpy $INSTDIR $0
    Abort
  ${EndIf}
FunctionEnd

Function DirectoryLeave
  Call IsBadInstDir
  Pop $0
  ${If} $0 == 1
    MessageBox MB_OK|MB_ICONSTOP "$(BAD_INSTDIR)"
    Abort
  ${EndIf}
FunctionEnd

; Started through Explorer, so it runs as the signed-in user even from an elevated setup.
Function LaunchApp
  Exec '"$WINDIR\explorer.exe" "$INSTDIR\${APP_EXE}"'
FunctionEnd

Section "CounselRoom" SecMain
  SectionIn RO
  SetRegView 64

  Call IsBadInstDir
  Pop $0
  ${If} $0 == 1
    MessageBox MB_OK|MB_ICONSTOP "$(BAD_INSTDIR)" /SD IDOK
    SetErrorLevel 2
    Quit
  ${EndIf}

  Call CheckNotRunning

  ; Upgrade in place: the old program files go, nothing else in the folder is touched.
  ${If} ${FileExists} "$INSTDIR\${APP_EXE}"
  ${OrIf} ${FileExists} "$INSTDIR\_internal\*.*"
    DetailPrint "$(REMOVING_OLD)"
    !insertmacro REMOVE_PROGRAM_FILES
  ${EndIf}

  SetOutPath "$INSTDIR"
  SetOverwrite on
  File /r "${BUNDLE_DIR}\*.*"
  File "/oname=${APP_ICON_NAME}" "${ICON}"
  WriteUninstaller "$INSTDIR\${UNINSTALLER}"

  ; Shortcuts: the working folder is the program's folder (set by SetOutPath above).
  !insertmacro REMOVE_SHORTCUTS
  CreateShortcut "$SMPROGRAMS\$(SHORTCUT_NAME).lnk" "$INSTDIR\${APP_EXE}" "" \
      "$INSTDIR\${APP_ICON_NAME}" 0 SW_SHOWNORMAL "" "$(SHORTCUT_DESC)"
  ${If} $NoDesktop != 1
    CreateShortcut "$DESKTOP\$(SHORTCUT_NAME).lnk" "$INSTDIR\${APP_EXE}" "" \
        "$INSTDIR\${APP_ICON_NAME}" 0 SW_SHOWNORMAL "" "$(SHORTCUT_DESC)"
  ${EndIf}

  ; Apps & features (HKCU per user, HKLM per machine: SHCTX follows the install mode).
  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayName" "$(DISPLAY_NAME)"
  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINST_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${APP_ICON_NAME}"
  WriteRegStr SHCTX "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINST_KEY}" "UninstallString" '"$INSTDIR\${UNINSTALLER}" /$MultiUser.InstallMode'
  WriteRegStr SHCTX "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\${UNINSTALLER}" /$MultiUser.InstallMode /S'
  WriteRegStr SHCTX "${UNINST_KEY}" "InstallerLanguage" "$LANGUAGE"
  WriteRegDWORD SHCTX "${UNINST_KEY}" "VersionMajor" ${VER_MAJOR}
  WriteRegDWORD SHCTX "${UNINST_KEY}" "VersionMinor" ${VER_MINOR}
  WriteRegDWORD SHCTX "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD SHCTX "${UNINST_KEY}" "EstimatedSize" "$0"
SectionEnd

;--------------------------------------------------------------------------------------
; Uninstaller: program files, shortcuts, registry entries.  Never $DataDir, never the
; Credential Manager.

Function un.onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_OK|MB_ICONSTOP "$(NEEDS_X64)" /SD IDOK
    SetErrorLevel 2
    Quit
  ${EndIf}
  SetRegView 64
  SetShellVarContext current
  StrCpy $DataDir "$LOCALAPPDATA\${APP_NAME}"
  ; MultiUser reads InstallLocation into $INSTDIR; the uninstaller works on its own folder.
  !insertmacro REFUSE_ALLUSERS_WITHOUT_ADMIN
  StrCpy $SavedInstDir $INSTDIR
  !insertmacro MULTIUSER_UNINIT
  StrCpy $INSTDIR $SavedInstDir
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Section "Uninstall"
  SetRegView 64
  Call un.CheckNotRunning

  !insertmacro REMOVE_SHORTCUTS

  !insertmacro REMOVE_PROGRAM_FILES
  Delete "$INSTDIR\${UNINSTALLER}"
  ; Only if empty: anything else someone put there stays.
  RMDir "$INSTDIR"

  ; The Apps & features entry, if it is this installation's.
  ReadRegStr $0 SHCTX "${UNINST_KEY}" "InstallLocation"
  ${If} $0 == $INSTDIR
  ${OrIf} $0 == ""
    DeleteRegKey SHCTX "${UNINST_KEY}"
  ${EndIf}

  DetailPrint "$(UN_DATA_KEPT)"
SectionEnd
