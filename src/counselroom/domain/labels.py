"""The words for every enum member the records show, in Chinese and English: one source.

Screens (``counselroom.ui.labels``) and paper (``counselroom.reports.labels``) both read this
table, so a visit "by phone" reads the same on the screen as in the printed case file.
``tests/domain/test_labels.py`` checks that every member of every enum listed here has both words.
"""

from __future__ import annotations

from enum import Enum
from counselroom.domain.accounts import AccountStatus, Role
from counselroom.domain.activities import ActivityKind, Audience
from counselroom.domain.appointments import AppointmentStatus
from counselroom.domain.audit import Action
from counselroom.domain.backups import BackupKind
from counselroom.domain.care_register import ChangeKind, ReasonCategory
from counselroom.domain.care_register import Source as RegisterSource, Status as RegisterStatus
from counselroom.domain.cases import CaseStatus, Outcome, ProblemCategory
from counselroom.domain.clients import ClientType, Gender, ReferralSource
from counselroom.domain.closing import CheckId
from counselroom.domain.consent import ConsentGiver, ConsentKind
from counselroom.domain.contacts import ContactMethod, ContactRelation
from counselroom.domain.crisis import CrisisSource, CrisisStep, StepState
from counselroom.domain.deidentify_patterns import FlagReason, ReplacementKind
from counselroom.domain.materials import MaterialKind, MovementKind, StockChange
from counselroom.domain.referrals import DestinationKind, ReferralStatus
from counselroom.domain.screening import (
    CampaignStatus, EntryMethod, FollowUpState, InterviewOutcome, LeftOut, SheetState,
)
from counselroom.domain.statistics import (
    Blank, ScreeningTableId, Section, SheetValidity, TableId, Unit, ValueId, VisitOrder,
)
from counselroom.domain.visits import RiskLevel, VisitKind, VisitStatus
from counselroom.domain.work_reports import ReportKind


#: Every enum whose members have words here; each member of each must have an entry.
LABELLED: tuple[type[Enum], ...] = (
    Gender, ClientType, ReferralSource, ProblemCategory, CaseStatus, Outcome, VisitKind, VisitStatus,
    RiskLevel, ConsentKind, ConsentGiver, CrisisStep, StepState, CrisisSource, ReferralStatus, DestinationKind,
    AppointmentStatus,
    Role, AccountStatus, MaterialKind, MovementKind, StockChange, BackupKind, CheckId, Action,
    ReplacementKind, FlagReason,
    ActivityKind, Audience, Section, Unit, TableId, ValueId, VisitOrder, Blank, SheetValidity,
    ContactRelation, ContactMethod,
    ReportKind, ReasonCategory, RegisterSource, RegisterStatus, ChangeKind,
    CampaignStatus, EntryMethod, LeftOut, InterviewOutcome, SheetState, FollowUpState, ScreeningTableId,
)


def _key(member: Enum) -> tuple[type[Enum], str]:
    # Text enums compare and hash as their value, so CaseStatus.CLOSED and ReferralStatus.CLOSED
    # ("closed") would be one dict key and one would read the other's word.
    return type(member), member.name


_WORDS: dict[tuple[type[Enum], str], tuple[str, str]] = {
    # BackupKind
    _key(BackupKind.DAILY): ("每日", "Daily"),
    _key(BackupKind.MANUAL): ("手动", "On demand"),
    _key(BackupKind.PRE_MIGRATION): ("更新前", "Before an update"),
    _key(BackupKind.BEFORE_RESTORE): ("恢复时被替换", "Replaced by a restore"),
    # ProblemCategory
    _key(ProblemCategory.STUDY): ("学业", "Study"),
    _key(ProblemCategory.RELATIONSHIPS): ("人际关系", "Relationships"),
    _key(ProblemCategory.EMOTION): ("情绪", "Emotions"),
    _key(ProblemCategory.FAMILY): ("家庭", "Family"),
    _key(ProblemCategory.ROMANCE): ("恋爱", "Romance"),
    _key(ProblemCategory.SELF_AWARENESS): ("自我意识", "Self-awareness"),
    _key(ProblemCategory.CAREER): ("生涯规划", "Career"),
    _key(ProblemCategory.INTERNET): ("网络/手机依赖", "Internet / phone overuse"),
    _key(ProblemCategory.ADJUSTMENT): ("适应问题", "Adjustment"),
    _key(ProblemCategory.OTHER): ("其他", "Other"),
    # Outcome
    _key(Outcome.RESOLVED): ("基本解决", "Essentially resolved"),
    _key(Outcome.IMPROVED): ("明显改善", "Clearly improved"),
    _key(Outcome.SOMEWHAT): ("有所改善", "Somewhat improved"),
    _key(Outcome.UNCHANGED): ("无明显变化", "No notable change"),
    _key(Outcome.REFERRED): ("已转介", "Referred elsewhere"),
    _key(Outcome.DISCONTINUED): ("来访者中止咨询", "Discontinued by the client"),
    # CaseStatus
    _key(CaseStatus.OPEN): ("进行中", "Open"),
    _key(CaseStatus.CLOSED): ("已结案", "Closed"),
    # Gender
    _key(Gender.FEMALE): ("女", "Female"),
    _key(Gender.MALE): ("男", "Male"),
    _key(Gender.OTHER): ("其他", "Other"),
    _key(Gender.UNSPECIFIED): ("未填写", "Not stated"),
    # ClientType
    _key(ClientType.STUDENT): ("学生", "Student"),
    _key(ClientType.PARENT): ("家长", "Parent"),
    _key(ClientType.STAFF): ("教职工", "Staff"),
    # ReferralSource
    _key(ReferralSource.SELF): ("自己", "Self"),
    _key(ReferralSource.HEAD_TEACHER): ("班主任", "Head teacher"),
    _key(ReferralSource.PARENT): ("家长", "Parent"),
    _key(ReferralSource.PEER_COUNSELLOR): ("心理委员", "Class peer counsellor"),
    _key(ReferralSource.SCREENING): ("心理普查/筛查", "Screening"),
    _key(ReferralSource.OTHER): ("其他", "Other"),
    # ConsentKind
    _key(ConsentKind.COUNSELLING): ("心理咨询", "Counselling"),
    _key(ConsentKind.TESTING): ("心理测评", "Psychological testing"),
    _key(ConsentKind.REFERRAL): ("转介", "Referral"),
    _key(ConsentKind.RECORDING): ("录音", "Audio recording"),
    # ConsentGiver
    _key(ConsentGiver.CLIENT): ("来访者本人", "Client"),
    _key(ConsentGiver.GUARDIAN): ("监护人", "Guardian"),
    # CrisisStep
    _key(CrisisStep.GUARDIAN_INFORMED): ("告知监护人", "Guardian informed"),
    _key(CrisisStep.LEADERSHIP_INFORMED): ("报告学校领导", "School leadership informed"),
    _key(CrisisStep.REFERRAL): ("转介或会诊", "Referral or consultation"),
    _key(CrisisStep.SAFETY_PLAN): ("安全计划", "Safety plan"),
    _key(CrisisStep.FOLLOW_UP): ("跟进安排", "Follow-up plan"),
    # MaterialKind
    _key(MaterialKind.FORM): ("纸质问卷", "Paper form"),
    _key(MaterialKind.KIT): ("测验工具", "Kit"),
    # MovementKind
    _key(MovementKind.ADDED): ("新增入库", "New copies"),
    _key(MovementKind.WRITTEN_OFF): ("核销", "Written off"),
    _key(MovementKind.CORRECTED): ("更正数量", "Count corrected"),
    _key(MovementKind.HANDED_OUT): ("领用", "Handed out"),
    _key(MovementKind.RETURNED): ("归还", "Taken back"),
    _key(MovementKind.MISSING): ("缺失核销", "Written off as missing"),
    # StockChange
    _key(StockChange.ADD): ("新增入库", "Add new copies"),
    _key(StockChange.WRITE_OFF): ("核销损坏或作废的材料", "Write off damaged or spoilt copies"),
    _key(StockChange.CORRECT): ("更正柜中数量", "Correct the count in the cabinet"),
    # AccountStatus
    _key(AccountStatus.ACTIVE): ("正常", "Active"),
    _key(AccountStatus.DISABLED): ("已停用", "Disabled"),
    _key(AccountStatus.LOCKED): ("已锁定", "Locked"),
    _key(AccountStatus.MUST_CHANGE_PASSWORD): ("须修改密码", "Must change password"),
    # AppointmentStatus
    _key(AppointmentStatus.BOOKED): ("已预约", "Booked"),
    _key(AppointmentStatus.ATTENDED): ("已到访", "Attended"),
    _key(AppointmentStatus.NO_SHOW): ("未到", "No-show"),
    _key(AppointmentStatus.CANCELLED): ("已取消", "Cancelled"),
    # Role
    _key(Role.SUPERVISOR): ("负责人", "Supervisor"),
    _key(Role.COUNSELLOR): ("咨询师", "Counsellor"),
    _key(Role.ASSISTANT): ("助理", "Assistant"),
    # Action (the audit log)
    _key(Action.SETUP): ("初始设置", "Set-up"),
    _key(Action.LOGIN): ("登录", "Logged in"),
    _key(Action.LOGIN_FAILED): ("登录失败", "Login failed"),
    _key(Action.LOGOUT): ("退出登录", "Logged out"),
    _key(Action.LOCK): ("档案锁定", "Records locked"),
    _key(Action.UNLOCK): ("档案解锁", "Records unlocked"),
    _key(Action.UNLOCK_FAILED): ("解锁失败", "Unlock failed"),
    _key(Action.ACCOUNT_LOCKED): ("账户锁定（密码输错）", "Account locked (wrong passwords)"),
    _key(Action.ACCOUNT_UNLOCKED): ("账户解锁", "Account unlocked"),
    _key(Action.ACCOUNT_CREATED): ("创建账户", "Account created"),
    _key(Action.ACCOUNT_DISABLED): ("停用账户", "Account disabled"),
    _key(Action.ACCOUNT_ENABLED): ("启用账户", "Account enabled"),
    _key(Action.ACCOUNT_PASSWORD_RESET): ("重置密码", "Password reset"),
    _key(Action.PASSWORD_CHANGED): ("修改本人密码", "Own password changed"),
    _key(Action.RECOVERY): ("使用恢复码恢复", "Recovery with the recovery code"),
    _key(Action.RECOVERY_CODE_RENEWED): ("生成新的恢复码", "New recovery code"),
    _key(Action.RECOVERY_SHEET_PRINTED): ("打印恢复密钥单", "Recovery sheet printed"),
    _key(Action.SETTINGS_CHANGED): ("修改设置", "Settings changed"),
    _key(Action.MIGRATION): ("数据库升级到新版本", "Database updated to a new version"),
    _key(Action.INTEGRITY_CHECK): ("完整性检查", "Integrity check"),
    _key(Action.INTEGRITY_ALERT): ("完整性警报", "Integrity alert"),
    _key(Action.INTEGRITY_ACKNOWLEDGED): ("确认完整性警报", "Integrity alert confirmed"),
    _key(Action.AUDIT_VIEWED): ("查看审计日志", "Audit log viewed"),
    _key(Action.CLIENT_CREATED): ("来访者已登记", "Client registered"),
    _key(Action.CLIENT_UPDATED): ("来访者信息已修改", "Client details changed"),
    _key(Action.CLIENT_VIEWED): ("查看来访者", "Client viewed"),
    _key(Action.CLIENT_DEACTIVATED): ("来访者设为停用", "Client set inactive"),
    _key(Action.CLIENT_REACTIVATED): ("来访者重新启用", "Client active again"),
    _key(Action.CLIENTS_IMPORTED): ("导入来访者名单", "Clients imported"),
    _key(Action.CASE_OPENED): ("开案", "Case opened"),
    _key(Action.CASE_UPDATED): ("个案已修改", "Case changed"),
    _key(Action.CASE_VIEWED): ("查看个案", "Case viewed"),
    _key(Action.CASE_BREAK_GLASS): ("紧急查阅个案", "Emergency access to a case"),
    _key(Action.CASE_CLOSED): ("结案", "Case closed"),
    _key(Action.CASE_REOPENED): ("个案重新开启", "Case reopened"),
    _key(Action.CASE_REASSIGNED): ("个案转交其他咨询师", "Case handed to another counsellor"),
    _key(Action.CASE_SHARED): ("个案已共享", "Case shared"),
    _key(Action.CASE_UNSHARED): ("取消个案共享", "Case no longer shared"),
    _key(Action.CASE_DEIDENTIFIED_OUTPUT): ("输出去标识化个案", "De-identified case printed or saved"),
    # ReplacementKind, FlagReason (de-identified case export, R14)
    _key(ReplacementKind.NAME): ("姓名", "Name"),
    _key(ReplacementKind.TITLE): ("姓氏加称呼", "Surname with a title"),
    _key(ReplacementKind.PHONE): ("电话号码", "Phone number"),
    _key(ReplacementKind.ID_NUMBER): ("身份证号", "ID card number"),
    _key(ReplacementKind.ACCOUNT): ("QQ或微信号", "QQ or WeChat id"),
    _key(ReplacementKind.NUMBER): ("编号或学号", "Number or student number"),
    _key(ReplacementKind.CASE_NUMBER): ("档案编号", "Case number"),
    _key(ReplacementKind.DATE): ("日期", "Date"),
    _key(ReplacementKind.AGE): ("年龄", "Age"),
    _key(ReplacementKind.CLASS): ("班级", "Class"),
    _key(ReplacementKind.SCHOOL): ("学校", "School"),
    _key(ReplacementKind.ROOM): ("咨询室名称", "Room name"),
    _key(ReplacementKind.INSTITUTION): ("转介机构", "Referral institution"),
    _key(FlagReason.DIGITS): ("数字", "Digits"),
    _key(FlagReason.NAME_LIKE): ("疑似人名", "Looks like a name"),
    _key(FlagReason.NAME_IN_RECORDS): ("与档案中的姓名相同", "Same as a name in the records"),
    _key(FlagReason.PLACE_LIKE): ("疑似地名", "Looks like a place"),
    _key(FlagReason.EMAIL): ("电子邮箱", "E-mail address"),
    _key(FlagReason.URL): ("网址", "Web address"),
    _key(FlagReason.TYPED_IDENTIFIER): ("修改中输入的可识别信息", "Identifying detail typed in an edit"),
    _key(Action.APPOINTMENT_BOOKED): ("预约", "Appointment booked"),
    _key(Action.APPOINTMENT_CHANGED): ("预约已修改", "Appointment changed"),
    _key(Action.APPOINTMENT_STATUS): ("预约状态", "Appointment status"),
    _key(Action.VISIT_CREATED): ("新建咨询记录", "Visit record started"),
    _key(Action.VISIT_DRAFT_SAVED): ("保存咨询记录草稿", "Visit draft saved"),
    _key(Action.VISIT_DRAFT_DISCARDED): ("删除咨询记录草稿", "Visit draft discarded"),
    _key(Action.VISIT_VIEWED): ("查看咨询记录", "Visit record viewed"),
    _key(Action.VISIT_SIGNED): ("签署咨询记录", "Visit record signed"),
    _key(Action.VISIT_ADDENDUM): ("添加补充说明", "Addendum added"),
    _key(Action.CRISIS_OPENED): ("启动危机干预", "Crisis opened"),
    _key(Action.CRISIS_STEP): ("记录危机干预步骤", "Crisis step recorded"),
    _key(Action.CRISIS_REVIEWED): ("复查危机", "Crisis reviewed"),
    _key(Action.CRISIS_CLOSED): ("结束危机干预", "Crisis closed"),
    _key(Action.REFERRAL_CREATED): ("登记转介", "Referral recorded"),
    _key(Action.REFERRAL_FEEDBACK): ("记录转介反馈", "Referral feedback recorded"),
    _key(Action.REFERRAL_CLOSED): ("结束转介", "Referral closed"),
    _key(Action.CONTACT_RECORDED): ("记录家校沟通", "Contact with family or school recorded"),
    _key(Action.CONTACT_CORRECTED): ("更正家校沟通记录", "Contact record corrected"),
    _key(Action.CONTACT_VIEWED): ("查看家校沟通记录", "Contact records viewed"),
    # ContactRelation
    _key(ContactRelation.FATHER): ("父亲", "Father"),
    _key(ContactRelation.MOTHER): ("母亲", "Mother"),
    _key(ContactRelation.GUARDIAN): ("其他监护人", "Other guardian"),
    _key(ContactRelation.HEAD_TEACHER): ("班主任", "Head teacher"),
    _key(ContactRelation.TEACHER): ("任课教师", "Subject teacher"),
    _key(ContactRelation.LEADERSHIP): ("学校领导", "School leadership"),
    _key(ContactRelation.OTHER): ("其他", "Other"),
    # ContactMethod
    _key(ContactMethod.PHONE): ("电话", "Phone"),
    _key(ContactMethod.MEETING): ("到校面谈", "Meeting at school"),
    _key(ContactMethod.HOME_VISIT): ("家访", "Home visit"),
    _key(ContactMethod.ONLINE): ("网络留言", "Online message"),
    _key(ContactMethod.OTHER): ("其他方式", "Other"),
    _key(Action.NOTES_SEARCHED): ("检索全部个案记录", "Notes of all cases searched"),
    _key(Action.DEMO_DATA): ("添加演示数据", "Demo data added"),
    _key(Action.RECORD_PRINTED): ("打印或保存记录", "Record printed or saved"),
    _key(Action.CONSENT_RECORDED): ("登记知情同意", "Consent recorded"),
    _key(Action.CONSENT_ATTACHED): ("附上签字同意书", "Signed consent form attached"),
    _key(Action.CONSENT_VIEWED): ("查看签字同意书", "Signed consent form viewed"),
    _key(Action.CONSENT_WITHDRAWN): ("撤回知情同意", "Consent withdrawn"),
    _key(Action.SCALE_INSTALLED): ("添加内置量表到量表库", "Built-in scale added to the library"),
    _key(Action.SCALE_IMPORTED): ("导入量表", "Scale imported"),
    _key(Action.TEST_STARTED): ("新建测验记录", "Test record started"),
    _key(Action.TEST_SAVED): ("保存测验作答", "Test answers saved"),
    _key(Action.TEST_DISCARDED): ("删除测验草稿", "Test draft discarded"),
    _key(Action.TEST_VIEWED): ("查看测验结果", "Test results viewed"),
    _key(Action.TEST_SIGNED): ("签署测验记录", "Test record signed"),
    _key(Action.SCREENING_CAMPAIGN_CREATED): ("创建心理普查", "Screening campaign created"),
    _key(Action.SCREENING_CAMPAIGN_UPDATED): ("修改心理普查", "Screening campaign changed"),
    _key(Action.SCREENING_CAMPAIGN_OPENED): ("开始心理普查", "Screening campaign opened"),
    _key(Action.SCREENING_CAMPAIGN_CLOSED): ("结束心理普查", "Screening campaign closed"),
    _key(Action.SCREENING_SHEETS_RECORDED): ("录入普查答卷", "Screening answer sheets entered"),
    _key(Action.SCREENING_SHEET_REPLACED): ("重新录入普查答卷", "Screening answer sheet replaced"),
    _key(Action.SCREENING_RESULTS_VIEWED): ("查看普查结果", "Screening results viewed"),
    _key(Action.SCREENING_POSITIVES_VIEWED): ("查看普查约谈名单", "Students to interview after a screening viewed"),
    _key(Action.SCREENING_INVITED): ("邀请普查约谈", "Student invited to a screening interview"),
    _key(Action.SCREENING_INTERVIEWED): ("记录普查约谈", "Screening interview recorded"),
    _key(Action.SCREENING_OUTCOME): ("普查约谈结论", "Screening interview outcome"),
    _key(Action.MATERIAL_ADDED): ("添加测验材料", "Test material added"),
    _key(Action.MATERIAL_UPDATED): ("修改测验材料信息", "Test material details changed"),
    _key(Action.MATERIAL_STOCK_CHANGED): ("调整测验材料库存", "Test material stock changed"),
    _key(Action.MATERIAL_HANDED_OUT): ("领用测验材料", "Test material handed out"),
    _key(Action.MATERIAL_RETURNED): ("归还测验材料", "Test material taken back"),
    _key(Action.MATERIAL_MISSING): ("核销缺失的测验材料", "Test material written off as missing"),
    _key(Action.BACKUP_MADE): ("创建备份", "Backup made"),
    _key(Action.BACKUP_FAILED): ("备份失败", "Backup failed"),
    _key(Action.BACKUP_VERIFIED): ("校验备份", "Backup verified"),
    _key(Action.BACKUP_RESTORE_REFUSED): ("拒绝恢复：备份未通过校验", "Restore refused: the backup failed its check"),
    _key(Action.BACKUP_RESTORE_REPLACED): ("档案已替换为恢复的备份", "Records replaced by a restored backup"),
    _key(Action.BACKUP_RESTORED): ("从备份恢复档案", "Records restored from a backup"),
    _key(Action.BACKUP_RESTORE_FAILED): ("恢复失败，档案保持原样", "Restore failed; the records were left as they were"),
    _key(Action.DUTY_STARTED): ("开始值班", "Duty started"),
    _key(Action.DUTY_ENDED): ("结束值班", "Duty ended"),
    _key(Action.DUTY_RECORDED): ("补录值班时段", "Past duty shift entered"),
    _key(Action.DUTY_UPDATED): ("更新值班时段", "Duty shift updated"),
    _key(Action.DUTY_CORRECTED): ("更正值班时段", "Duty shift corrected"),
    _key(Action.DUTY_WITHDRAWN): ("撤回值班时段", "Duty shift withdrawn"),
    _key(Action.CLOSING_SIGNED): ("签署闭室检查", "Closing checklist signed"),
    _key(Action.CLOSING_ITEMS_CHANGED): ("修改闭室检查项", "Closing checklist items changed"),
    _key(Action.ARCHIVE_EXPORT_STARTED): ("开始导出季度归档", "Quarterly archive export started"),
    _key(Action.ARCHIVE_EXPORTED): ("季度已归档（导出已校验）", "Quarter archived (export verified)"),
    _key(Action.ARCHIVE_EXPORT_FAILED): ("季度归档导出失败", "Quarterly archive export failed"),
    _key(Action.ARCHIVE_OPENED): ("打开归档查阅", "Archive opened for reference"),
    _key(Action.ARCHIVE_VERIFIED): ("校验归档", "Archive checked"),
    _key(Action.ARCHIVE_PRINTED): ("打印或保存归档中的记录", "Record from an archive printed or saved"),
    _key(Action.ACTIVITY_RECORDED): ("登记活动", "Activity logged"),
    _key(Action.ACTIVITY_UPDATED): ("修改活动记录", "Activity record changed"),
    _key(Action.ACTIVITY_DELETED): ("删除活动记录", "Activity record deleted"),
    _key(Action.ACTIVITY_FILE_ADDED): ("添加活动附件", "Activity file attached"),
    _key(Action.ACTIVITY_FILE_REMOVED): ("删除活动附件", "Activity file removed"),
    _key(Action.ACTIVITY_FILE_VIEWED): ("查看活动附件", "Activity file viewed"),
    _key(Action.ACTIVITY_FILE_OUTPUT): ("打印或另存活动附件", "Activity file printed or saved"),
    _key(Action.WORK_REPORT_SAVED): ("保存工作报告", "Work report saved"),
    _key(Action.WORK_REPORT_SIGNED): ("签署工作报告", "Work report signed"),
    _key(Action.WORK_REPORT_OUTPUT): ("打印或导出工作报告", "Work report printed or exported"),
    _key(Action.REGISTER_ENTERED): ("列入重点关注", "Added to the attention register"),
    _key(Action.REGISTER_VIEWED): ("查看重点关注记录", "Attention register entry viewed"),
    _key(Action.REGISTER_LISTED): ("查看重点关注名单", "Attention register listed"),
    _key(Action.REGISTER_LEVEL_CHANGED): ("调整关注等级", "Attention level changed"),
    _key(Action.REGISTER_REVIEWED): ("重点关注复评", "Attention register review"),
    _key(Action.REGISTER_UPDATED): ("修改重点关注记录", "Attention register entry edited"),
    _key(Action.REGISTER_EXITED): ("解除重点关注", "Taken off the attention register"),
    # ActivityKind
    _key(ActivityKind.LESSON): ("心理健康课", "Mental health lesson"),
    _key(ActivityKind.LECTURE): ("心理讲座", "Talk"),
    _key(ActivityKind.GROUP): ("团体辅导", "Group guidance"),
    _key(ActivityKind.PARENTS): ("家长讲座/家长会", "Parents' talk or meeting"),
    _key(ActivityKind.PEER_TRAINING): ("心理委员培训", "Peer counsellor training"),
    _key(ActivityKind.CAMPAIGN): ("宣传活动", "Awareness campaign"),
    _key(ActivityKind.TEACHER_TRAINING): ("教师培训", "Teacher training"),
    _key(ActivityKind.OTHER): ("其他", "Other"),
    # Audience
    _key(Audience.GRADE): ("年级", "A grade"),
    _key(Audience.CLASS): ("班级", "A class"),
    _key(Audience.PARENTS): ("家长", "Parents"),
    _key(Audience.TEACHERS): ("教师", "Teachers"),
    _key(Audience.WHOLE_SCHOOL): ("全校", "Whole school"),
    _key(Audience.OTHER): ("其他", "Other"),
    # CheckId
    _key(CheckId.VISITS_SIGNED): ("咨询记录已全部签署", "Visit records all signed"),
    _key(CheckId.APPOINTMENTS_RESOLVED): ("预约均已处理", "Appointments all settled"),
    _key(CheckId.CRISES_REVIEWED): ("处理中的危机已复查", "Open crises reviewed"),
    _key(CheckId.MATERIALS_RETURNED): ("测验材料已归还、数目相符", "Test materials back, counts add up"),
    _key(CheckId.BACKUP_MADE): ("已做本机备份", "Local backup made"),
    _key(CheckId.DUTY_ENDED): ("值班已结束", "Duty ended"),
    # StepState
    _key(StepState.PENDING): ("待处理", "To do"),
    _key(StepState.DONE): ("已完成", "Done"),
    _key(StepState.NOT_APPLICABLE): ("不适用", "Not applicable"),
    # CrisisSource: who reported a crisis opened by hand
    _key(CrisisSource.HEAD_TEACHER): ("班主任/任课教师", "Head teacher / teacher"),
    _key(CrisisSource.PARENT): ("家长", "Parent"),
    _key(CrisisSource.SELF): ("学生本人", "The student"),
    _key(CrisisSource.CLASSMATE): ("同学", "A classmate"),
    _key(CrisisSource.STAFF): ("其他教职工", "Other staff"),
    _key(CrisisSource.OTHER): ("其他", "Other"),
    # DestinationKind: where a referral goes
    _key(DestinationKind.PSYCHIATRIC_HOSPITAL): ("精神专科医院", "Psychiatric hospital"),
    _key(DestinationKind.GENERAL_HOSPITAL): ("综合医院心理科", "General hospital (psychology dept.)"),
    _key(DestinationKind.MENTAL_HEALTH_CENTRE): ("心理健康中心（卫生机构）", "Mental health centre (health service)"),
    _key(DestinationKind.SOCIAL_SERVICE): ("社会心理服务机构", "Community psychological service"),
    _key(DestinationKind.OTHER): ("其他", "Other"),
    # ReferralStatus
    _key(ReferralStatus.SENT): ("等待反馈", "Awaiting feedback"),
    _key(ReferralStatus.FEEDBACK): ("已收到反馈", "Feedback received"),
    _key(ReferralStatus.CLOSED): ("已结束", "Closed"),
    # VisitKind
    _key(VisitKind.INDIVIDUAL): ("个体", "Individual"),
    _key(VisitKind.GROUP): ("团体", "Group"),
    _key(VisitKind.PHONE): ("电话", "Phone"),
    _key(VisitKind.ONLINE): ("网络", "Online"),
    # RiskLevel
    _key(RiskLevel.NONE): ("无", "None"),
    _key(RiskLevel.LOW): ("低", "Low"),
    _key(RiskLevel.MEDIUM): ("中", "Medium"),
    _key(RiskLevel.HIGH): ("高", "High"),
    # VisitStatus
    _key(VisitStatus.DRAFT): ("草稿", "Draft"),
    _key(VisitStatus.SIGNED): ("已签署", "Signed"),
    # Section (statistics)
    _key(Section.VISITS): ("咨询", "Visits"),
    _key(Section.CASES): ("个案", "Cases"),
    _key(Section.CRISES): ("危机干预", "Crisis intervention"),
    _key(Section.REGISTER): ("重点关注学生", "Attention register"),
    _key(Section.REFERRALS): ("转介", "Referrals"),
    _key(Section.TESTS): ("心理测评", "Tests"),
    _key(Section.SCREENING): ("心理普查", "Screening"),
    _key(Section.DUTY): ("值班与开放", "Duty and opening"),
    _key(Section.ACTIVITIES): ("心理健康教育活动", "Activities"),
    # Unit (statistics)
    _key(Unit.SESSIONS): ("次数", "Sessions"),
    _key(Unit.ATTENDANCES): ("人次", "Attendances"),
    _key(Unit.PEOPLE): ("人数", "People"),
    _key(Unit.CASES): ("个案数", "Cases"),
    _key(Unit.APPOINTMENTS): ("预约数", "Appointments"),
    _key(Unit.CRISES): ("危机数", "Crises"),
    _key(Unit.STEPS): ("步骤数", "Steps"),
    _key(Unit.REFERRALS): ("转介数", "Referrals"),
    _key(Unit.TESTS): ("测验数", "Tests"),
    _key(Unit.DAYS): ("天数", "Days"),
    _key(Unit.WEEKS): ("周数", "Weeks"),
    _key(Unit.MINUTES): ("分钟", "Minutes"),
    _key(Unit.SCORE): ("分", "Score"),
    _key(Unit.ACTIVITIES): ("活动次数", "Activities"),
    _key(Unit.LESSONS): ("课时", "Class periods"),
    _key(Unit.SHEETS): ("答卷份数", "Sheets"),
    _key(Unit.INTERVIEWS): ("约谈人次", "Interviews"),
    # TableId (statistics)
    _key(TableId.VISITS_BY_KIND): ("咨询次数（按咨询形式）", "Visits by kind"),
    _key(TableId.VISITS_BY_MONTH): ("各月咨询次数（按咨询形式）", "Visits by month and kind"),
    _key(TableId.VISITS_BY_CLIENT_TYPE): ("咨询次数（按来访者类别）", "Visits by type of client"),
    _key(TableId.VISITS_BY_GRADE_SEX): ("学生咨询次数（年级×性别）", "Students' visits by grade and sex"),
    _key(TableId.VISITS_BY_CATEGORY): ("咨询次数（按问题类别）", "Visits by presenting problem"),
    _key(TableId.VISITS_BY_GRADE_CATEGORY): ("学生咨询次数（年级×问题类别）", "Students' visits by grade and presenting problem"),
    _key(TableId.FIRST_AND_FOLLOW_UP): ("初访与复访", "First visits and follow-ups"),
    _key(TableId.APPOINTMENTS_BY_STATUS): ("预约情况", "Appointments by status"),
    _key(TableId.CASES_OPENED_BY_CATEGORY): ("新开个案（按问题类别）", "Cases opened by presenting problem"),
    _key(TableId.CASE_OUTCOMES): ("结案个案的效果评价", "Outcomes of the cases closed"),
    _key(TableId.SATISFACTION): ("结案时来访者的满意度", "Clients' satisfaction at closing"),
    _key(TableId.CRISES_OPENED_BY_LEVEL): ("启动的危机干预（按风险等级）", "Crises opened by risk level"),
    _key(TableId.CRISES_CLOSED_BY_LEVEL): ("结束的危机干预（按风险等级）", "Crises closed by risk level"),
    _key(TableId.CRISIS_STEPS_OVERDUE): ("逾期未完成的危机干预步骤", "Crisis steps overdue"),
    _key(TableId.REFERRALS_BY_STATUS): ("转介（按反馈情况）", "Referrals by feedback status"),
    _key(TableId.REFERRALS_BY_DESTINATION): ("转介（按转介机构类别×反馈情况）",
                                             "Referrals by kind of institution and feedback status"),
    _key(TableId.TESTS_BY_SCALE): ("心理测评（按量表）", "Tests by scale"),
    _key(TableId.TEST_BANDS): ("测评结果分布", "Results by band"),
    _key(TableId.DUTY_BY_WEEK): ("每周开放时长", "Time open each week"),
    _key(TableId.ACTIVITIES_BY_KIND): ("活动次数（按活动类别）", "Activities by kind"),
    _key(TableId.ACTIVITY_ATTENDANCE_BY_KIND): ("活动参加人次（按活动类别）", "Attendance at activities by kind"),
    _key(TableId.ACTIVITY_LESSONS_BY_KIND): ("活动课时（按活动类别）", "Class periods by kind of activity"),
    _key(TableId.ACTIVITIES_BY_MONTH): ("各月活动次数（按活动类别）", "Activities by month and kind"),
    _key(TableId.REGISTER_OPEN_BY_LEVEL): ("期末在册重点关注学生（按等级）", "On the register at the end, by level"),
    _key(TableId.REGISTER_OPEN_BY_SOURCE): ("期末在册重点关注学生（按来源）", "On the register at the end, by source"),
    _key(TableId.REGISTER_ADDED_BY_LEVEL): ("本期新列入重点关注（按等级）", "Added to the register, by level"),
    _key(TableId.REGISTER_ADDED_BY_SOURCE): ("本期新列入重点关注（按来源）", "Added to the register, by source"),
    _key(TableId.SCREENED_BY_GRADE): ("参加普查的学生（按年级）", "Students screened by grade"),
    _key(TableId.SCREENING_SHEETS_BY_GRADE): ("普查答卷（年级×有效性）", "Screening sheets by grade and validity"),
    _key(TableId.SCREENING_POSITIVES_BY_GRADE): ("普查筛出需约谈的学生（按年级）", "Students to interview, by grade"),
    _key(TableId.SCREENING_INTERVIEWS): ("普查后约谈（按结果）", "Screening interviews held, by outcome"),
    # ValueId (statistics)
    _key(ValueId.CLIENTS_SEEN): ("来访人数", "Clients seen"),
    _key(ValueId.NEW_CLIENTS): ("新来访者", "New clients"),
    _key(ValueId.GROUP_ATTENDANCE): ("团体咨询参加人次", "Attendance at group sessions"),
    _key(ValueId.UNSIGNED_DRAFTS): ("尚未签署的咨询记录草稿", "Visit drafts not signed yet"),
    _key(ValueId.SATISFACTION_MEAN): ("平均满意度", "Mean satisfaction"),
    _key(ValueId.MEDIAN_DAYS_TO_CLOSE): ("危机干预结束所用天数（中位数）", "Median days to close a crisis"),
    _key(ValueId.FEEDBACK_OVERDUE): ("逾期未收到反馈的转介", "Referrals with feedback overdue"),
    _key(ValueId.DUTY_MINUTES): ("开放总时长", "Time open in the period"),
    _key(ValueId.MIN_WEEKLY_MINUTES): ("每周最少开放时长", "Minimum open time a week"),
    _key(ValueId.WEEKS_BELOW_MINIMUM): ("开放时长不足的周数", "Weeks below the minimum"),
    _key(ValueId.OPENING_DAYS): ("开放天数", "Days open"),
    _key(ValueId.MISSED_CLOSINGS): ("未做闭室检查的开放日", "Open days without a closing check"),
    # VisitOrder, Blank (statistics)
    _key(VisitOrder.FIRST): ("初访", "First visit"),
    _key(VisitOrder.FOLLOW_UP): ("复访", "Follow-up"),
    _key(Blank.NOT_RECORDED): ("未填写", "Not recorded"),
    _key(SheetValidity.VALID): ("有效", "Valid"),
    _key(SheetValidity.INVALID): ("无效", "Invalid"),
    # ReportKind (work reports)
    _key(ReportKind.MONTH): ("月度工作报告", "Monthly work report"),
    _key(ReportKind.TERM): ("学期工作总结", "Term work report"),
    _key(ReportKind.YEAR): ("学年工作报告", "School-year work report"),
    # Screening campaigns (心理普查)
    _key(CampaignStatus.DRAFT): ("筹备中", "Being set up"),
    _key(CampaignStatus.OPEN): ("进行中", "Open"),
    _key(CampaignStatus.CLOSED): ("已结束", "Closed"),
    _key(EntryMethod.IMPORT): ("文件导入", "Imported from a file"),
    _key(EntryMethod.KEYBOARD): ("手工录入", "Typed in"),
    _key(LeftOut.EXCLUDED): ("不参加", "Excluded"),
    _key(LeftOut.OPTED_OUT): ("家长申请不参加", "Opted out by parents"),
    _key(InterviewOutcome.NO_CONCERN): ("无需跟进", "No concern"),
    _key(InterviewOutcome.CASE): ("建立个案", "Case opened"),
    _key(InterviewOutcome.REGISTER): ("列入重点关注", "Added to the attention register"),
    _key(SheetState.EXCLUDED): ("不参加", "Excluded"),
    _key(SheetState.OPTED_OUT): ("家长申请不参加", "Opted out by parents"),
    _key(SheetState.NOT_SCREENED): ("未测", "Not screened"),
    _key(SheetState.INVALID): ("无效答卷", "Invalid"),
    _key(SheetState.NEGATIVE): ("未检出", "Not positive"),
    _key(SheetState.POSITIVE): ("阳性", "Positive"),
    _key(FollowUpState.NOT_INVITED): ("未邀请", "Not invited"),
    _key(FollowUpState.INVITED): ("已邀请", "Invited"),
    _key(FollowUpState.INTERVIEWED): ("已约谈", "Interviewed"),
    _key(FollowUpState.NO_CONCERN): ("无需跟进", "No concern"),
    _key(FollowUpState.CASE): ("建立个案", "Case opened"),
    _key(FollowUpState.REGISTER): ("列入重点关注", "Added to the attention register"),
    _key(ScreeningTableId.RESULTS_BY_GRADE): ("普查结果（按年级）", "Screening results by grade"),
    _key(ScreeningTableId.RESULTS_BY_CLASS): ("普查结果（按班级）", "Screening results by class"),
    _key(ScreeningTableId.FOLLOW_UP_BY_GRADE): ("约谈跟进（按年级）", "Interviews and outcomes by grade"),
    _key(ScreeningTableId.FOLLOW_UP_BY_CLASS): ("约谈跟进（按班级）", "Interviews and outcomes by class"),
    # the attention register (重点关注, R20)
    _key(ReasonCategory.SELF_HARM): ("自伤、自杀风险", "Risk of self-harm or suicide"),
    _key(ReasonCategory.MENTAL_ILLNESS): ("精神障碍（确诊或疑似）", "Mental disorder (diagnosed or suspected)"),
    _key(ReasonCategory.EMOTIONAL): ("抑郁、焦虑等情绪困扰", "Depression, anxiety or other distress"),
    _key(ReasonCategory.FAMILY): ("家庭变故", "Upheaval in the family"),
    _key(ReasonCategory.RELATIONSHIPS): ("人际冲突、校园欺凌", "Conflict with others or bullying"),
    _key(ReasonCategory.STUDY): ("学业压力", "Pressure of study"),
    _key(ReasonCategory.BEHAVIOUR): ("行为问题", "Behaviour"),
    _key(ReasonCategory.OTHER): ("其他", "Other"),
    _key(RegisterSource.SCREENING): ("心理普查", "Screening"),
    _key(RegisterSource.TEACHER): ("班主任或老师反映", "Head teacher or teacher"),
    _key(RegisterSource.PARENT): ("家长反映", "Parent"),
    _key(RegisterSource.CRISIS): ("危机干预", "Crisis intervention"),
    _key(RegisterSource.SELF): ("学生本人求助", "The student"),
    _key(RegisterSource.COUNSELLOR): ("咨询师评估", "Counsellor's judgement"),
    _key(RegisterStatus.OPEN): ("关注中", "On the register"),
    _key(RegisterStatus.EXITED): ("已解除", "Taken off"),
    _key(ChangeKind.ENTERED): ("列入", "Added"),
    _key(ChangeKind.LEVEL): ("调整等级", "Level changed"),
    _key(ChangeKind.REVIEW): ("复评", "Review"),
    _key(ChangeKind.DETAILS): ("修改信息", "Details edited"),
    _key(ChangeKind.EXITED): ("解除关注", "Taken off"),
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
    zh, en = _WORDS[_key(member)]
    return en if english(lang) else zh


def risk_grade(risk: RiskLevel, lang: str) -> str:
    zh, en = _GRADES[risk]
    return en if english(lang) else zh
