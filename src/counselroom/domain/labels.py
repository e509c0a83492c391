"""The words for every enum member the records show, in Chinese and English: one source.

Screens (``counselroom.ui.labels``) and paper (``counselroom.reports.labels``) both read this
table, so a visit "by phone" reads the same on the screen as in the printed case file.
``tests/domain/test_labels.py`` checks that every member of every enum listed here has both words.
"""

from __future__ import annotations

from enum import Enum
from counselroom.domain.accounts import AccountStatus, Role
from counselroom.domain.appointments import AppointmentStatus
from counselroom.domain.audit import Action
from counselroom.domain.backups import BackupKind
from counselroom.domain.cases import CaseStatus, Outcome, ProblemCategory
from counselroom.domain.clients import ClientType, Gender, ReferralSource
from counselroom.domain.closing import CheckId
from counselroom.domain.consent import ConsentGiver, ConsentKind
from counselroom.domain.crisis import CrisisStep, StepState
from counselroom.domain.materials import MaterialKind, MovementKind, StockChange
from counselroom.domain.referrals import ReferralStatus
from counselroom.domain.visits import RiskLevel, VisitKind, VisitStatus


#: Every enum whose members have words here; each member of each must have an entry.
LABELLED: tuple[type[Enum], ...] = (
    Gender, ClientType, ReferralSource, ProblemCategory, CaseStatus, Outcome, VisitKind, VisitStatus,
    RiskLevel, ConsentKind, ConsentGiver, CrisisStep, StepState, ReferralStatus, AppointmentStatus,
    Role, AccountStatus, MaterialKind, MovementKind, StockChange, BackupKind, CheckId, Action,
)

_WORDS: dict[Enum, tuple[str, str]] = {
    # BackupKind
    BackupKind.DAILY: ("每日", "Daily"),
    BackupKind.MANUAL: ("手动", "On demand"),
    BackupKind.PRE_MIGRATION: ("更新前", "Before an update"),
    BackupKind.BEFORE_RESTORE: ("恢复时被替换", "Replaced by a restore"),
    # ProblemCategory
    ProblemCategory.STUDY: ("学业", "Study"),
    ProblemCategory.RELATIONSHIPS: ("人际关系", "Relationships"),
    ProblemCategory.EMOTION: ("情绪", "Emotions"),
    ProblemCategory.FAMILY: ("家庭", "Family"),
    ProblemCategory.ROMANCE: ("恋爱", "Romance"),
    ProblemCategory.SELF_AWARENESS: ("自我意识", "Self-awareness"),
    ProblemCategory.CAREER: ("生涯规划", "Career"),
    ProblemCategory.INTERNET: ("网络/手机依赖", "Internet / phone overuse"),
    ProblemCategory.ADJUSTMENT: ("适应问题", "Adjustment"),
    ProblemCategory.OTHER: ("其他", "Other"),
    # Outcome
    Outcome.RESOLVED: ("基本解决", "Essentially resolved"),
    Outcome.IMPROVED: ("明显改善", "Clearly improved"),
    Outcome.SOMEWHAT: ("有所改善", "Somewhat improved"),
    Outcome.UNCHANGED: ("无明显变化", "No notable change"),
    Outcome.REFERRED: ("已转介", "Referred elsewhere"),
    Outcome.DISCONTINUED: ("来访者中止咨询", "Discontinued by the client"),
    # CaseStatus
    CaseStatus.OPEN: ("进行中", "Open"),
    CaseStatus.CLOSED: ("已结案", "Closed"),
    # Gender
    Gender.FEMALE: ("女", "Female"),
    Gender.MALE: ("男", "Male"),
    Gender.OTHER: ("其他", "Other"),
    Gender.UNSPECIFIED: ("未填写", "Not stated"),
    # ClientType
    ClientType.STUDENT: ("学生", "Student"),
    ClientType.PARENT: ("家长", "Parent"),
    ClientType.STAFF: ("教职工", "Staff"),
    # ReferralSource
    ReferralSource.SELF: ("自己", "Self"),
    ReferralSource.HEAD_TEACHER: ("班主任", "Head teacher"),
    ReferralSource.PARENT: ("家长", "Parent"),
    ReferralSource.PEER_COUNSELLOR: ("心理委员", "Class peer counsellor"),
    ReferralSource.SCREENING: ("心理普查/筛查", "Screening"),
    ReferralSource.OTHER: ("其他", "Other"),
    # ConsentKind
    ConsentKind.COUNSELLING: ("心理咨询", "Counselling"),
    ConsentKind.TESTING: ("心理测评", "Psychological testing"),
    ConsentKind.REFERRAL: ("转介", "Referral"),
    ConsentKind.RECORDING: ("录音", "Audio recording"),
    # ConsentGiver
    ConsentGiver.CLIENT: ("来访者本人", "Client"),
    ConsentGiver.GUARDIAN: ("监护人", "Guardian"),
    # CrisisStep
    CrisisStep.GUARDIAN_INFORMED: ("告知监护人", "Guardian informed"),
    CrisisStep.LEADERSHIP_INFORMED: ("报告学校领导", "School leadership informed"),
    CrisisStep.REFERRAL: ("转介或会诊", "Referral or consultation"),
    CrisisStep.SAFETY_PLAN: ("安全计划", "Safety plan"),
    CrisisStep.FOLLOW_UP: ("跟进安排", "Follow-up plan"),
    # MaterialKind
    MaterialKind.FORM: ("纸质问卷", "Paper form"),
    MaterialKind.KIT: ("测验工具", "Kit"),
    # MovementKind
    MovementKind.ADDED: ("新增入库", "New copies"),
    MovementKind.WRITTEN_OFF: ("核销", "Written off"),
    MovementKind.CORRECTED: ("更正数量", "Count corrected"),
    MovementKind.HANDED_OUT: ("领用", "Handed out"),
    MovementKind.RETURNED: ("归还", "Taken back"),
    MovementKind.MISSING: ("缺失核销", "Written off as missing"),
    # StockChange
    StockChange.ADD: ("新增入库", "Add new copies"),
    StockChange.WRITE_OFF: ("核销损坏或作废的材料", "Write off damaged or spoilt copies"),
    StockChange.CORRECT: ("更正柜中数量", "Correct the count in the cabinet"),
    # AccountStatus
    AccountStatus.ACTIVE: ("正常", "Active"),
    AccountStatus.DISABLED: ("已停用", "Disabled"),
    AccountStatus.LOCKED: ("已锁定", "Locked"),
    AccountStatus.MUST_CHANGE_PASSWORD: ("须修改密码", "Must change password"),
    # AppointmentStatus
    AppointmentStatus.BOOKED: ("已预约", "Booked"),
    AppointmentStatus.ATTENDED: ("已到访", "Attended"),
    AppointmentStatus.NO_SHOW: ("未到", "No-show"),
    AppointmentStatus.CANCELLED: ("已取消", "Cancelled"),
    # Role
    Role.SUPERVISOR: ("负责人", "Supervisor"),
    Role.COUNSELLOR: ("咨询师", "Counsellor"),
    Role.ASSISTANT: ("助理", "Assistant"),
    # Action (the audit log)
    Action.SETUP: ("初始设置", "Set-up"),
    Action.LOGIN: ("登录", "Logged in"),
    Action.LOGIN_FAILED: ("登录失败", "Login failed"),
    Action.LOGOUT: ("退出登录", "Logged out"),
    Action.LOCK: ("档案锁定", "Records locked"),
    Action.UNLOCK: ("档案解锁", "Records unlocked"),
    Action.UNLOCK_FAILED: ("解锁失败", "Unlock failed"),
    Action.ACCOUNT_LOCKED: ("账户锁定（密码输错）", "Account locked (wrong passwords)"),
    Action.ACCOUNT_UNLOCKED: ("账户解锁", "Account unlocked"),
    Action.ACCOUNT_CREATED: ("创建账户", "Account created"),
    Action.ACCOUNT_DISABLED: ("停用账户", "Account disabled"),
    Action.ACCOUNT_ENABLED: ("启用账户", "Account enabled"),
    Action.ACCOUNT_PASSWORD_RESET: ("重置密码", "Password reset"),
    Action.PASSWORD_CHANGED: ("修改本人密码", "Own password changed"),
    Action.RECOVERY: ("使用恢复码恢复", "Recovery with the recovery code"),
    Action.RECOVERY_CODE_RENEWED: ("生成新的恢复码", "New recovery code"),
    Action.RECOVERY_SHEET_PRINTED: ("打印恢复密钥单", "Recovery sheet printed"),
    Action.SETTINGS_CHANGED: ("修改设置", "Settings changed"),
    Action.MIGRATION: ("数据库升级到新版本", "Database updated to a new version"),
    Action.INTEGRITY_CHECK: ("完整性检查", "Integrity check"),
    Action.INTEGRITY_ALERT: ("完整性警报", "Integrity alert"),
    Action.INTEGRITY_ACKNOWLEDGED: ("确认完整性警报", "Integrity alert confirmed"),
    Action.AUDIT_VIEWED: ("查看审计日志", "Audit log viewed"),
    Action.CLIENT_CREATED: ("来访者已登记", "Client registered"),
    Action.CLIENT_UPDATED: ("来访者信息已修改", "Client details changed"),
    Action.CLIENT_VIEWED: ("查看来访者", "Client viewed"),
    Action.CLIENT_DEACTIVATED: ("来访者设为停用", "Client set inactive"),
    Action.CLIENT_REACTIVATED: ("来访者重新启用", "Client active again"),
    Action.CLIENTS_IMPORTED: ("导入来访者名单", "Clients imported"),
    Action.CASE_OPENED: ("开案", "Case opened"),
    Action.CASE_UPDATED: ("个案已修改", "Case changed"),
    Action.CASE_VIEWED: ("查看个案", "Case viewed"),
    Action.CASE_BREAK_GLASS: ("紧急查阅个案", "Emergency access to a case"),
    Action.CASE_CLOSED: ("结案", "Case closed"),
    Action.CASE_REOPENED: ("个案重新开启", "Case reopened"),
    Action.CASE_REASSIGNED: ("个案转交其他咨询师", "Case handed to another counsellor"),
    Action.CASE_SHARED: ("个案已共享", "Case shared"),
    Action.CASE_UNSHARED: ("取消个案共享", "Case no longer shared"),
    Action.APPOINTMENT_BOOKED: ("预约", "Appointment booked"),
    Action.APPOINTMENT_CHANGED: ("预约已修改", "Appointment changed"),
    Action.APPOINTMENT_STATUS: ("预约状态", "Appointment status"),
    Action.VISIT_CREATED: ("新建咨询记录", "Visit record started"),
    Action.VISIT_DRAFT_SAVED: ("保存咨询记录草稿", "Visit draft saved"),
    Action.VISIT_DRAFT_DISCARDED: ("删除咨询记录草稿", "Visit draft discarded"),
    Action.VISIT_VIEWED: ("查看咨询记录", "Visit record viewed"),
    Action.VISIT_SIGNED: ("签署咨询记录", "Visit record signed"),
    Action.VISIT_ADDENDUM: ("添加补充说明", "Addendum added"),
    Action.CRISIS_OPENED: ("启动危机干预", "Crisis opened"),
    Action.CRISIS_STEP: ("记录危机干预步骤", "Crisis step recorded"),
    Action.CRISIS_REVIEWED: ("复查危机", "Crisis reviewed"),
    Action.CRISIS_CLOSED: ("结束危机干预", "Crisis closed"),
    Action.REFERRAL_CREATED: ("登记转介", "Referral recorded"),
    Action.REFERRAL_FEEDBACK: ("记录转介反馈", "Referral feedback recorded"),
    Action.REFERRAL_CLOSED: ("结束转介", "Referral closed"),
    Action.NOTES_SEARCHED: ("检索全部个案记录", "Notes of all cases searched"),
    Action.DEMO_DATA: ("添加演示数据", "Demo data added"),
    Action.RECORD_PRINTED: ("打印或保存记录", "Record printed or saved"),
    Action.CONSENT_RECORDED: ("登记知情同意", "Consent recorded"),
    Action.CONSENT_ATTACHED: ("附上签字同意书", "Signed consent form attached"),
    Action.CONSENT_VIEWED: ("查看签字同意书", "Signed consent form viewed"),
    Action.CONSENT_WITHDRAWN: ("撤回知情同意", "Consent withdrawn"),
    Action.SCALE_INSTALLED: ("添加内置量表到量表库", "Built-in scale added to the library"),
    Action.SCALE_IMPORTED: ("导入量表", "Scale imported"),
    Action.TEST_STARTED: ("新建测验记录", "Test record started"),
    Action.TEST_SAVED: ("保存测验作答", "Test answers saved"),
    Action.TEST_DISCARDED: ("删除测验草稿", "Test draft discarded"),
    Action.TEST_VIEWED: ("查看测验结果", "Test results viewed"),
    Action.TEST_SIGNED: ("签署测验记录", "Test record signed"),
    Action.MATERIAL_ADDED: ("添加测验材料", "Test material added"),
    Action.MATERIAL_UPDATED: ("修改测验材料信息", "Test material details changed"),
    Action.MATERIAL_STOCK_CHANGED: ("调整测验材料库存", "Test material stock changed"),
    Action.MATERIAL_HANDED_OUT: ("领用测验材料", "Test material handed out"),
    Action.MATERIAL_RETURNED: ("归还测验材料", "Test material taken back"),
    Action.MATERIAL_MISSING: ("核销缺失的测验材料", "Test material written off as missing"),
    Action.BACKUP_MADE: ("创建备份", "Backup made"),
    Action.BACKUP_FAILED: ("备份失败", "Backup failed"),
    Action.BACKUP_VERIFIED: ("校验备份", "Backup verified"),
    Action.BACKUP_RESTORE_REFUSED: ("拒绝恢复：备份未通过校验", "Restore refused: the backup failed its check"),
    Action.BACKUP_RESTORE_REPLACED: ("档案已替换为恢复的备份", "Records replaced by a restored backup"),
    Action.BACKUP_RESTORED: ("从备份恢复档案", "Records restored from a backup"),
    Action.BACKUP_RESTORE_FAILED: ("恢复失败，档案保持原样", "Restore failed; the records were left as they were"),
    Action.DUTY_STARTED: ("开始值班", "Duty started"),
    Action.DUTY_ENDED: ("结束值班", "Duty ended"),
    Action.DUTY_RECORDED: ("补录值班时段", "Past duty shift entered"),
    Action.DUTY_UPDATED: ("更新值班时段", "Duty shift updated"),
    Action.DUTY_CORRECTED: ("更正值班时段", "Duty shift corrected"),
    Action.DUTY_WITHDRAWN: ("撤回值班时段", "Duty shift withdrawn"),
    Action.CLOSING_SIGNED: ("签署闭室检查", "Closing checklist signed"),
    Action.CLOSING_ITEMS_CHANGED: ("修改闭室检查项", "Closing checklist items changed"),
    Action.ARCHIVE_EXPORT_STARTED: ("开始导出季度归档", "Quarterly archive export started"),
    Action.ARCHIVE_EXPORTED: ("季度已归档（导出已校验）", "Quarter archived (export verified)"),
    Action.ARCHIVE_EXPORT_FAILED: ("季度归档导出失败", "Quarterly archive export failed"),
    Action.ARCHIVE_OPENED: ("打开归档查阅", "Archive opened for reference"),
    Action.ARCHIVE_VERIFIED: ("校验归档", "Archive checked"),
    Action.ARCHIVE_PRINTED: ("打印或保存归档中的记录", "Record from an archive printed or saved"),
    # CheckId
    CheckId.VISITS_SIGNED: ("咨询记录已全部签署", "Visit records all signed"),
    CheckId.APPOINTMENTS_RESOLVED: ("预约均已处理", "Appointments all settled"),
    CheckId.CRISES_REVIEWED: ("处理中的危机已复查", "Open crises reviewed"),
    CheckId.MATERIALS_RETURNED: ("测验材料已归还、数目相符", "Test materials back, counts add up"),
    CheckId.BACKUP_MADE: ("已做本机备份", "Local backup made"),
    CheckId.DUTY_ENDED: ("值班已结束", "Duty ended"),
    # StepState
    StepState.PENDING: ("待处理", "To do"),
    StepState.DONE: ("已完成", "Done"),
    StepState.NOT_APPLICABLE: ("不适用", "Not applicable"),
    # ReferralStatus
    ReferralStatus.SENT: ("等待反馈", "Awaiting feedback"),
    ReferralStatus.FEEDBACK: ("已收到反馈", "Feedback received"),
    ReferralStatus.CLOSED: ("已结束", "Closed"),
    # VisitKind
    VisitKind.INDIVIDUAL: ("个体", "Individual"),
    VisitKind.GROUP: ("团体", "Group"),
    VisitKind.PHONE: ("电话", "Phone"),
    VisitKind.ONLINE: ("网络", "Online"),
    # RiskLevel
    RiskLevel.NONE: ("无", "None"),
    RiskLevel.LOW: ("低", "Low"),
    RiskLevel.MEDIUM: ("中", "Medium"),
    RiskLevel.HIGH: ("高", "High"),
    # VisitStatus
    VisitStatus.DRAFT: ("草稿", "Draft"),
    VisitStatus.SIGNED: ("已签署", "Signed"),
}

#: A risk level standing alone as a grade ("高风险"), e.g. a crisis's badge; ``_WORDS`` has the
#: bare level ("高") for a form's field or a table's column headed "risk".
_GRADES: dict[RiskLevel, tuple[str, str]] = {
    RiskLevel.NONE: ("无风险", "No risk"),
    RiskLevel.LOW: ("低风险", "Low risk"),
    RiskLevel.MEDIUM: ("中风险", "Medium risk"),
    RiskLevel.HIGH: ("高风险", "High risk"),
}


def english(lang: str) -> bool:
    """A locale name ("zh_CN", "en", "en_US", …): English for anything starting with "en"."""
    return lang.lower().startswith("en")


def label(member: Enum, lang: str) -> str:
    zh, en = _WORDS[member]
    return en if english(lang) else zh


def risk_grade(risk: RiskLevel, lang: str) -> str:
    zh, en = _GRADES[risk]
    return en if english(lang) else zh
