"""Printed labels for the domain's enums, and the fixed wording of the printed records.

Plain dictionaries, no Qt. The enums' words come from ``counselroom.domain.labels``, the table the
screens read too, so paper and screen say the same. ``lang`` is a locale name ("zh_CN", "en",
"en_US", …); anything starting with "en" prints English, everything else Chinese.
"""

from __future__ import annotations

from enum import Enum

from counselroom.domain import labels as words

#: Fixed wording of the printed records, keyed by the Chinese text.
_TERMS: dict[str, str] = {
    # referral letter and guardian notice
    "转介函": "Referral letter", "沿此线剪下": "cut here", "家长告知书": "Notice to the guardian", "回执": "Return slip",
    "经来访者及其监护人同意，现将以下来访者转介贵单位，请予接诊并惠予反馈。":
        "With the consent of the client and the guardian, we refer the following client to you and "
        "kindly ask you to see them and send us your feedback.",
    "来访者": "Client", "转介日期": "Referred on", "监护人同意": "Guardian's consent", "是": "yes", "否": "no",
    "联系人": "Contact", "转介原因": "Reason for referral", "家长": "Parent",
    "您的孩子{who}近期在学校心理咨询室接受心理辅导。为了更好地帮助孩子，经评估，建议到{inst}进一步评估与帮助。"
    "转介原因已与您沟通。请您在收到本通知后尽快带孩子就诊，并将就诊情况反馈给学校心理咨询室。本通知涉及孩子的个人信息，请妥善保管。":
        "Your child {who} has recently been seen at the school's counselling room. To help your child "
        "further, we recommend an assessment at {inst}; the reasons were discussed with you. Please arrange "
        "the appointment soon and let the counselling room know how it went. This notice contains your "
        "child's personal information: please keep it safe.",
    "已收到通知": "Notice received", "就诊安排": "Appointment arranged", "监护人签名": "Guardian's signature",
    "日期": "Date", "请将回执交回学校心理咨询室。": "Please return this slip to the school counselling room.",

    "心理咨询记录": "Counselling session record",
    "心理咨询档案": "Counselling case file",
    "机密": "CONFIDENTIAL",
    "档案编号": "Case no.",
    "姓名": "Name",
    "性别": "Gender",
    "年龄": "Age",
    "年级班级": "Grade / class",
    "年龄/年级班级": "Age / class",
    "来访者类别": "Client type",
    "咨询日期": "Date",
    "时间": "Time",
    "次数": "Session",
    "形式": "Format",
    "咨询师": "Counsellor",
    "来访问题": "Presenting issue",
    "主诉": "Presenting complaint",
    "咨询过程": "Session process",
    "咨询师评估": "Counsellor's assessment",
    "下一步计划": "Next steps",
    "风险评估": "Risk assessment",
    "风险等级": "Risk level",
    "自伤/自杀风险": "Self-harm / suicide risk",
    "伤害他人风险": "Risk of harming others",
    "受到他人伤害": "Being harmed by others",
    "下次预约": "Next appointment",
    "未预约": "None booked",
    "签署状态": "Status",
    "已签署": "Signed",
    "校验码": "check code",
    "记录校验码": "Record check code",
    "草稿（未签署）": "DRAFT (NOT SIGNED)",
    "草稿": "DRAFT",
    "本记录尚未签署，内容仍可修改，不作为正式记录。":
        "This record has not been signed; it may still change and is not the official record.",
    "补充说明": "Addenda",
    "补充说明人": "Added by",
    "签署时间": "Signed at",
    "（未填写）": "(not filled in)",
    "（无）": "(none)",
    "打印人": "Printed by",
    "打印时间": "Printed at",
    "个案": "Case",
    "开案": "Opening",
    "开案日期": "Opened on",
    "来访原因": "Reason for referral",
    "问题类别": "Problem category",
    "咨询方案": "Counselling plan",
    "结案": "Closing",
    "结案日期": "Closed on",
    "结案小结": "Closing summary",
    "效果评价": "Outcome evaluation",
    "满意度": "Satisfaction",
    "个案状态": "Case status",
    "尚未结案": "The case is still open.",
    "来访者基本信息": "Client registration data",
    "出生日期": "Date of birth",
    "学号": "Student no.",
    "联系方式": "Contact",
    "监护人": "Guardian",
    "监护人联系方式": "Guardian contact",
    "来源": "Referred by",
    "转介说明": "Referral note",
    "备注": "Notes",
    "登记日期": "Registered on",
    "目录": "Contents",
    "起止日期": "Period",
    "至今": "present",
    "个案数": "Cases",
    "咨询次数": "Sessions",
    "借阅/查阅登记": "Access log",
    "借阅/查阅人": "Name",
    "事由": "Purpose",
    "批准人": "Approved by",
    "归还日期": "Returned",
    "本档案属机密资料，仅限心理咨询室按规定保管与查阅，不得复印、拍照或外借。":
        "Confidential. Kept and consulted only as the counselling room's rules allow; "
        "do not copy, photograph or lend.",
    "参与者": "Participants",
    "人": "people",
    # crisis interventions and referrals in the case file
    "未完成": "Not done yet", "不适用": "Not applicable", "告知对象": "informed:", "方式": "by",
    "跟进日期": "Follow-up dates", "状态": "Status", "已结束": "Closed", "处理中": "Open",
    "启动时间": "Opened", "结束时间": "Closed", "必要步骤": "Required step", "完成情况": "What was done",
    "结束说明": "Closing note", "告知监护人": "Guardian informed", "报告学校领导": "School leadership informed",
    "转介或会诊": "Referral or consultation", "安全计划": "Safety plan", "跟进安排": "Follow-up",
    "转介机构": "Referred to", "反馈日期": "Feedback received", "转介结果与反馈": "Outcome and feedback",
    "启动依据": "Opened by", "第 {n} 次咨询记录（{date}）": "Session record {n} ({date})",
    "{scale} 测验（{date}）": "{scale} test ({date})", "报告来源": "Reported by", "报告时间": "Reported at",
    "报告人": "Reporter", "报告内容": "What was reported",
    # the test report (心理测验报告)
    "心理测验报告": "Psychological test report",
    "量表": "Scale",
    "版本": "Version",
    "施测日期": "Test date",
    "施测人": "Examiner",
    "目的说明": "Purpose explained",
    "已向来访者说明测验的目的和意义": "The purpose and meaning of the test were explained to the client.",
    "未说明": "Not explained",
    "知情同意": "Consent",
    "已于 {date} 撤回": "withdrawn on {date}",
    "，": ", ",
    "测验结果": "Results",
    "总分": "Total",
    "范围 {range}": "range {range}",
    "尚有 {n} 题未作答，暂无总分。": "No total yet; items not answered: {n}.",
    "结果分级": "Severity band",
    "分量表": "Subscale",
    "所含题目": "Items",
    "计分方式": "Scoring",
    "平均分": "Mean",
    "总和": "Sum",
    "得分": "Score",
    "危急项目提示": "Critical answers",
    "第 {n} 题": "Item {n}",
    "回答：{answer}（{score} 分）": "Answer: {answer} (score {score})",
    "总分 {total} 属于“{band}”，该分级需要启动危机干预。":
        "The total of {total} is in the band \"{band}\", which calls for crisis intervention.",
    "本测验签署时已启动危机干预流程。": "Signing this test opened the crisis intervention workflow.",
    "答卷无效：{rules}。本次作答不作分级，也不判定阳性。":
        "Not valid: {rules}. The answers are not banded or screened as positive.",
    "阳性：{rules}": "Positive: {rules}",
    "未达阳性标准。": "Meets no positive criterion.",
    "分量表“{subscale}”得分 {score} 属于“{band}”，该分级需要启动危机干预。":
        "Subscale \"{subscale}\" scores {score}, in the band \"{band}\", which calls for crisis intervention.",
    "符合阳性标准“{rule}”，该标准需要启动危机干预。":
        "Positive by \"{rule}\", a criterion that calls for crisis intervention.",
    "签署本测验将启动危机干预流程；请立即进行风险评估。":
        "Signing this test will open the crisis intervention workflow; assess the risk now.",
    "结果解释": "Counsellor's interpretation",
    "历次测验趋势": "Scores over time",
    "本量表历次已签署测验的总分，背景为结果分级；大圆点为本次测验。":
        "Totals of every signed administration of this scale over its severity bands; "
        "the large dot is this administration.",
    "本次测验尚未签署。": "This administration is not signed yet.",
    "{kind}（{giver}，{date}）": "{kind} · {giver} · {date}",
    "暂无已签署的测验结果。": "No signed results yet.",
    "作答明细": "Answers",
    "指导语": "Instructions",
    "题号": "No.",
    "题目": "Item",
    "回答": "Answer",
    "（未作答）": "(not answered)",
    "〔反向计分〕": "(reverse-scored)",
    "标有〔反向计分〕的题目按反向计分：得分 = 该题最高分 + 最低分 − 所选选项的分数。":
        "Items marked (reverse-scored) are scored in reverse: score = the item's highest + lowest "
        "option score − the chosen option's score.",
    "量表来源": "Source",
    "版权说明": "Licence",

}


def english(lang: str) -> bool:
    return words.english(lang or "")


def label(enum_value: Enum | None, lang: str = "zh_CN") -> str:
    """The printed label of an enum value ("" for None; the raw value if unknown)."""
    if enum_value is None:
        return ""
    try:
        return words.label(enum_value, lang or "")
    except KeyError:
        return str(getattr(enum_value, "value", enum_value))


def term(zh: str, lang: str = "zh_CN") -> str:
    """A fixed wording of the records in ``lang`` (keyed by its Chinese text)."""
    if english(lang):
        return _TERMS.get(zh, zh)
    return zh
