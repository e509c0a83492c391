"""The README inside every archive (Chinese, then English): what the files are, how to open
them without CounselRoom, and what every table of the database holds.

It is written for a reader twenty years from now with 7-Zip, an SQLite tool and a PDF
reader, not for this application's users, so it is plain text in both languages.
"""

from __future__ import annotations

from collections.abc import Iterable

from counselroom.domain.archive import Quarter

DATABASE_NAME = "records.sqlite"
MANIFEST_NAME = "manifest.json"
README_NAME = "README.txt"
CASE_FILES_DIR = "case-files"

#: table -> (中文说明, English description). A table without an entry is still listed with its columns.
TABLES: dict[str, tuple[str, str]] = {
    "archive_info": ("本归档的说明：季度、导出时间、导出人、审计链头等（键/值）。",
                     "About this archive: quarter, export time, who exported it, audit chain head (key/value)."),
    "clients": ("来访者登记信息：本季度有记录涉及的来访者（及本季度登记的来访者）。case_no 为档案编号。",
                "Client registration: every client a record of the quarter concerns (and those registered in "
                "it). case_no is the file number."),
    "cases": ("个案：开案原因、问题类别、咨询方案、结案小结与效果评价。client_id 指向 clients.id。",
              "Cases: reason, category, plan, closing summary and outcome. client_id refers to clients.id."),
    "visits": ("心理咨询记录（本季度日期 visit_date 的每一次咨询）。status = signed 为已签名封存的记录，"
               "draft 为未签名的草稿；seal 为签名校验码。",
               "Visit records (every session dated in the quarter). status 'signed' is a sealed record, "
               "'draft' an unsigned one; seal is the signature checksum."),
    "visit_participants": ("团体咨询的其他参与者（visit_id, client_id）。",
                           "Other participants of a group session (visit_id, client_id)."),
    "visit_addenda": ("咨询记录签名后的补充说明（按签名时间排列，各有校验码）。",
                      "Addenda to signed visit records (in order, each with its seal)."),
    "late_addenda": ("补记：咨询记录所在季度已归档之后才签署的补充说明；visit_quarter 为记录本身所在的归档。",
                     "Late addenda: signed after the visit's own quarter was archived; visit_quarter names the "
                     "archive that holds the visit."),
    "test_administrations": ("心理测验记录：答案（answers，题号→选项）、总分、分量表、等级与解释。",
                             "Psychological tests: answers (item -> option), total, subscales, band, "
                             "interpretation."),
    "scales": ("测验所用量表的完整定义（JSON），用于解读答案。",
               "The full definition (JSON) of every scale the tests used, to read their answers."),
    "crises": ("危机干预：本季度内处于进行中的每一次危机干预（风险等级、开始与结束时间）。由他人报告、直接开启的危机"
               "另有 source（报告来源）、reporter（报告人）、reporter_contact、report（报告内容）与 reported_at（本地时间）。",
               "Crisis interventions open at any time during the quarter (risk, opened, closed). One opened on a "
               "report also has source, reporter, reporter_contact, report and reported_at (local time)."),
    "crisis_steps": ("危机干预的必要步骤：告知监护人、报告学校领导、转介、安全计划、跟进。",
                     "The required steps of each crisis: guardian informed, leadership informed, referral, "
                     "safety plan, follow-up."),
    "referrals": ("转介：机构及其类别（destination_kind）、原因、监护人同意、反馈。",
                  "Referrals: institution and its kind (destination_kind), reason, guardian consent, feedback."),
    "contacts": ("家校沟通记录（本季度日期 contacted_at 的每一次）：联系了谁（contact_name, relation）、方式（method）、"
                 "谈了什么（said）、约定了什么（agreed）、由谁联系（staff_id）。属于个案（case_id）、危机（crisis_id）"
                 "或重点关注登记（register_entry_id）三者之一；contacted_at 为本地时间。",
                 "Contacts with parents and teachers dated in the quarter: who (contact_name, relation), how "
                 "(method), what was said and agreed, by whom (staff_id). Each belongs to one case (case_id), "
                 "crisis (crisis_id) or register entry (register_entry_id); contacted_at is local time."),
    "register_entries": ("重点关注学生登记（预警名单）：本季度内在册的每一位学生，等级（level1–level3 即一级至三级）、"
                         "原因类别、来源、负责人、班主任、一生一策（plan）、下次复评、出册时间与原因（导出时的状态）。",
                         "The register of students who need attention (重点关注): every entry open at some time in "
                         "the quarter, with level (level1–level3), reason, source, responsible counsellor, head "
                         "teacher, plan, next review, exit and its reason (as they were at the export)."),
    "register_changes": ("重点关注登记的变动（本季度内的）：登记、调整等级（level_before → level）、复评（reviewed_on）、"
                         "修改、出册，各有时间（at）、操作人（by_id）与说明（note）。只增不改。",
                         "Changes of register entries made in the quarter: entered, level changed (level_before -> "
                         "level), reviewed (reviewed_on), details edited, exited; each with when (at), by whom "
                         "(by_id) and why (note). Never rewritten."),
    "screening_campaigns": ("心理普查（筛查）活动：名称、时间窗口（starts_on–ends_on）、告知情况、状态（本季度内进行、"
                            "设立或修改的，及本季度答卷所属的）。",
                            "Screening campaigns (心理普查): name, window (starts_on to ends_on), notice given, status "
                            "(those running, set up or changed in the quarter, and those of the quarter's sheets)."),
    "screening_campaign_scales": ("普查所用量表（position 为顺序；code 与 digest 指明所用的量表定义，见 scales）。",
                                  "The scales of each campaign, in order (code and digest name the definition "
                                  "used; see scales)."),
    "screening_campaign_scope": ("普查范围：年级（class_name 为空表示整个年级）或某年级的某班。",
                                 "Who each campaign screens: a whole grade (class_name empty) or one class."),
    "screening_campaign_left_out": ("不参加普查的学生：excluded 为咨询室排除，opted_out 为家长选择退出。",
                                    "Students left out of a campaign: excluded by the room, or opted_out by their "
                                    "parents."),
    "screening_campaign_roll": ("已结束普查的名单：结束时范围内的每名学生及其当时的年级、班级（grade、class_name），"
                                "left_out 为 excluded（咨询室排除）、opted_out（家长选择退出）或空（应参加）；"
                                "普查汇总按此名单统计，不随此后的学生名册变化。",
                                "The roll of a closed campaign: every student in scope when it closed, with their "
                                "grade and class then (grade, class_name) and left_out (excluded by the room, "
                                "opted_out by their parents, or empty: to be screened); the campaign's summary "
                                "counts from it, whatever the roster says later."),
    "screening_sheets": ("普查答卷（本季度录入的，及本季度约谈学生的）：答案（answers，题号→选项）、总分、分量表及其等级、"
                         "是否有效（valid，invalid_hits 为无效原因）、是否阳性（positive，positive_hits 为符合的规则）、"
                         "危机预警（alert、critical）；grade 与 class_name 为录入时的年级班级。",
                         "Screening answer sheets entered in the quarter (and those of students interviewed in it): "
                         "answers (item -> option), total, subscales and their bands, valid (invalid_hits: why "
                         "not), positive (positive_hits: the rules met), alert and critical answers; grade and "
                         "class_name as they were when entered."),
    "screening_interviews": ("普查后的约谈：邀约日期、约谈日期与记录、结果（outcome：no_concern 无需关注、case 开案"
                             "（case_id）、register 列入重点关注（register_entry_id））。",
                             "Interviews after a screening: invited on, interviewed on and note, outcome (no_concern, "
                             "case: the case opened, case_id; register: the register entry added, "
                             "register_entry_id)."),
    "consents": ("知情同意：类别、同意人、日期、撤回（本季度签署或撤回的）。",
                 "Informed consent: kind, given by, date, withdrawal (given or withdrawn in the quarter)."),
    "consent_attachments": ("签字的知情同意书扫描件（data 列为文件内容，mime 为类型）。",
                            "Scanned signed consent forms (column data holds the file, mime its type)."),
    "appointments": ("预约：时间（本地时间）、状态、取消原因。", "Appointments: times (local), status, cancellation."),
    "duty_shifts": ("值班记录：值班人、起止时间、来访人数、情况记录（本季度的，及本季度内补结束或更正的）。",
                    "Duty log: who was on duty, from when to when, visitors, notes (the quarter's shifts, and "
                    "earlier ones ended or corrected in it)."),
    "closing_items": ("闭室检查的项目清单。", "The items of the end-of-day closing checklist."),
    "closings": ("每日闭室检查（已签名）：当时的项目与检查结果（JSON）。",
                 "Signed end-of-day closing checklists, with the items and checks as they were (JSON)."),
    "users": ("工作人员（咨询师、负责人、助理）：id 与姓名，供其他表的 *_id / *_by 列查阅。",
              "Staff (counsellors, supervisor, assistants): ids and names for the *_id / *_by columns."),
    "audit": ("本季度的审计日志（谁在何时做了什么）。每行的 mac 链接上一行的 prev_mac；链头见 archive_info。",
              "The quarter's audit log (who did what, when). Each row's prev_mac is the previous row's mac; "
              "the chain head is in archive_info."),
}


def readme_text(*, quarter: Quarter, room_name: str, exported_at: str, exported_by: str,
                tables: Iterable[tuple[str, list[tuple[str, str]], int]], case_files: int) -> str:
    """``tables``: (name, [(column, type)], rows) for every table of the database."""
    first, last = quarter.first_day.isoformat(), quarter.last_day.isoformat()
    lines = [
        f"CounselRoom 心理咨询室档案 · 季度归档 {quarter}",
        f"CounselRoom counselling-room records · quarterly archive {quarter}",
        "=" * 60,
        "",
        f"单位 Room: {room_name}",
        f"季度 Quarter: {quarter}  ({first} – {last})",
        f"导出时间 Exported: {exported_at}",
        f"导出人 Exported by: {exported_by}",
        "",
        "【中文】",
        "本文件是学校心理咨询室一个季度的档案，属机密资料，仅限按规定保管与查阅。",
        "打开方法：用 7-Zip（或任何支持 AES-256 的 7z 软件）输入归档密码解压，无需 CounselRoom 程序。",
        "操作步骤：7-Zip → 打开（本文件）→ 输入密码 → 确定，再点“提取”解压。",
        "归档密码必须与归档回执上印的（或导出时抄下的）完全一致地输入：大写字母不能改成小写，",
        "连字符“-”不能省略，也不能换成空格。7-Zip 逐字比较密码，有一处不同就打不开。",
        "内含文件：",
        f"  {README_NAME}          本说明",
        f"  {MANIFEST_NAME}        清单：每个文件的 SHA-256 校验值与各类记录数",
        f"  {DATABASE_NAME}       全部记录（SQLite 数据库，可用任何 SQLite 工具打开，如 DB Browser for SQLite）",
        f"  {CASE_FILES_DIR}/<档案编号>.pdf  每位来访者的咨询档案（可打印装订），共 {case_files} 份；"
        "仅因心理普查而在本归档中的学生没有档案，其答卷见数据库",
        "核对：对每个文件计算 SHA-256（如 Windows: certutil -hashfile 文件名 SHA256），应与 manifest.json 一致。",
        "manifest.json 末尾的 seal 是导出本归档的咨询室的防篡改封印（HMAC-SHA256），只有该室电脑上的 CounselRoom 能核验；",
        "它与归档回执上印的一致，且核验通过，才说明归档内容确为该室导出、未经改动。",
        "日期均为咨询室本地日期；以 _at 结尾的时间为 UTC（ISO 8601），预约与值班时间为本地时间。",
        "",
        "【English】",
        "This file is one quarter of a school counselling room's records. It is confidential.",
        "To open it use 7-Zip (or any 7z program with AES-256) and the archive passphrase; "
        "CounselRoom is not needed.",
        "Steps: 7-Zip → Open (this file) → Enter password → OK, then Extract.",
        "Type the passphrase exactly as printed on the archive receipt (or as written down at the export):",
        "capital letters stay capitals, and the hyphens (-) are typed too, not left out or replaced by spaces.",
        "7-Zip compares the passphrase byte for byte: any difference and the archive does not open.",
        "Files:",
        f"  {README_NAME}          this text",
        f"  {MANIFEST_NAME}        the SHA-256 of every file and the number of records of each kind",
        f"  {DATABASE_NAME}       all records (an SQLite database: any SQLite tool opens it)",
        f"  {CASE_FILES_DIR}/<file number>.pdf  one printable case file per client, {case_files} in all; "
        "students here only for a screening have none (their sheets are in the database)",
        "Check: the SHA-256 of each file (e.g. `sha256sum FILE`) must equal the one in manifest.json.",
        "The seal in manifest.json (HMAC-SHA256) is the exporting room's: only CounselRoom on that room's "
        "computer can check it.",
        "Only when it is the one on the archive receipt and it checks out are the contents as that room "
        "exported them.",
        "Dates are the room's local days; times ending in _at are UTC (ISO 8601); appointment and duty "
        "times are local wall-clock times.",
        "",
        "数据表 Tables",
        "-" * 60,
    ]
    for name, columns, rows in tables:
        zh, en = TABLES.get(name, ("", ""))
        lines.append("")
        lines.append(f"{name}  ({rows} 行 rows)")
        if zh:
            lines.append(f"  {zh}")
        if en:
            lines.append(f"  {en}")
        lines.append("  " + ", ".join(f"{col} {typ}".strip() for col, typ in columns))
    lines.append("")
    return "\r\n".join(lines)
