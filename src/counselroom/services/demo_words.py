"""The words of generated demo data (`admin demo`): names, what clients bring, what counsellors write.

Chinese, as a room's records are. Rare name characters (䶮, 堃, 喆…) are there on purpose: they
are what breaks fonts, sorting and search in real rooms.
"""

from __future__ import annotations

from counselroom.domain.cases import Outcome, ProblemCategory

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤康易乔赖文单"
GIVEN = ("子涵 欣怡 梓萱 思涵 一诺 雨桐 浩然 宇轩 子墨 梓睿 俊杰 博文 佳怡 可馨 诗琪 若曦 明轩 天佑 "
         "䶮 晓䶮 堃 子堃 喆 一喆 赟 玥 珺 昇 淼 犇 焱 垚 思远 嘉懿 奕辰 沐阳 语桐 安琪 子轩 浩宇").split()
#: Grades and the age a student usually has in the autumn of that grade.
GRADES = (("初一", 12), ("初二", 13), ("初三", 14), ("高一", 15), ("高二", 16), ("高三", 17))
GUARDIANS = ("母亲", "父亲", "奶奶", "外婆")

COMPLAINTS: dict[ProblemCategory, tuple[str, ...]] = {
    ProblemCategory.STUDY: ("最近考试压力很大，晚上睡不着", "上课注意力不集中，成绩下滑", "一到考试就紧张，脑子一片空白",
                            "作业总是拖到很晚，第二天没精神"),
    ProblemCategory.RELATIONSHIPS: ("和同学闹矛盾，不想去学校", "和好朋友绝交了，很难过", "在宿舍里总觉得被排挤",
                                    "不知道怎么和新同学相处"),
    ProblemCategory.EMOTION: ("情绪低落，对什么都提不起兴趣", "经常莫名其妙地想哭", "容易发脾气，事后又后悔",
                              "总是担心会发生不好的事情"),
    ProblemCategory.FAMILY: ("父母经常吵架，心里很烦", "和妈妈沟通困难，一说话就吵", "父母离异后不知道该跟谁",
                             "家里对成绩要求太高，压力很大"),
    ProblemCategory.ROMANCE: ("喜欢上一个同学，不知道怎么办", "分手后一直走不出来", "恋爱影响了学习，很矛盾"),
    ProblemCategory.SELF_AWARENESS: ("觉得自己什么都做不好", "很在意别人怎么看自己", "对自己的外貌很不满意"),
    ProblemCategory.CAREER: ("对未来的专业选择很迷茫", "选科时和父母意见不一致", "不知道自己适合做什么"),
    ProblemCategory.INTERNET: ("晚上玩手机停不下来，白天犯困", "沉迷网络游戏，成绩下降", "一没有手机就心烦意乱"),
    ProblemCategory.ADJUSTMENT: ("刚住校，很想家", "转学后跟不上进度，也没有朋友", "升入高中后很不适应"),
    ProblemCategory.OTHER: ("总是担心被老师批评", "最近总做噩梦", "想找人说说话"),
}
FOLLOW_UPS = ("本周情绪比上周平稳", "按计划完成了呼吸练习", "这周又和同学发生了冲突", "睡眠有所改善",
              "考试前焦虑明显", "和父母的沟通好了一些", "作业完成情况有进步", "仍感到压力较大")
PROCESSES = ("倾听来访者的叙述，共情其感受，澄清问题", "进行放松训练，布置呼吸练习作业",
             "运用认知调整技术，讨论不合理信念", "角色扮演练习人际沟通", "探讨家庭关系，绘制家谱图",
             "生涯探索，完成兴趣量表讨论", "回顾上次作业完成情况，巩固应对策略", "运用沙盘进行表达性工作")
ASSESSMENTS = ("焦虑情绪明显，社会功能基本正常", "情绪低落，需持续关注", "人际适应问题，资源较多",
               "一般心理问题，预后良好", "学业压力相关的适应问题", "情绪较前平稳，应对方式有所改善")
PLANS = ("下周同一时间继续咨询", "布置情绪日记，两周后复诊", "与班主任沟通，争取支持", "结束咨询，一个月后随访",
         "继续放松训练，下次讨论考试应对")
CASE_PLANS = ("每周一次个体咨询，先建立关系，再进行认知调整", "每两周一次，情绪管理与放松训练",
              "短程焦点解决取向，约六次", "与家长和班主任协作，每周一次")
RISK_NOTES = ("来访者提到有伤害自己的念头，已评估并启动危机干预流程", "来访者近期有自伤行为，需立即告知监护人")

SUMMARIES: dict[Outcome, str] = {
    Outcome.RESOLVED: "经过{n}次咨询，来访者的困扰基本解决，能独立运用所学方法应对，双方商定结案。",
    Outcome.IMPROVED: "经过{n}次咨询，来访者情绪明显改善，社会功能良好，双方商定结案，一个月后随访。",
    Outcome.SOMEWHAT: "经过{n}次咨询，来访者有所改善，但仍有一定困扰，已告知可随时再来。",
    Outcome.UNCHANGED: "经过{n}次咨询，来访者变化不明显，建议家长关注，必要时再来咨询。",
    Outcome.REFERRED: "经过{n}次咨询，来访者已转介至专业机构继续治疗，校内结案，保持联系。",
    Outcome.DISCONTINUED: "来访者连续未按约前来，电话联系后表示暂不需要咨询，共咨询{n}次，结案。",
}
CANCEL_REASONS = ("考试周，学生申请改期", "班级活动冲突", "学生请病假", "家长要求改到下周", "咨询师外出培训")

INSTITUTIONS = ("市精神卫生中心", "市第三人民医院心理门诊", "区妇幼保健院儿童心理科")
REFERRAL_REASONS = ("情绪问题持续，需要专业评估", "睡眠问题严重，建议就医评估", "需要进一步诊断和药物评估")
FEEDBACKS = ("医院反馈：已就诊，诊断为焦虑状态，门诊随访", "医院反馈：已开始治疗，建议学校继续关注",
             "家长反馈：已就诊，暂不需要用药，定期复查")
LEADERS = ("德育处主任", "分管副校长", "年级组长")
CRISIS_CLOSINGS = ("危机已解除：各项措施已落实，来访者情绪稳定，转入常规咨询。",
                   "随访期内未再出现风险行为，监护人配合良好，危机结束。")
REFERRAL_NOT_NEEDED = "评估后暂不需转介，校内持续跟进"
ADULT_NO_GUARDIAN = "来访者为成年人，已告知其本人确定的紧急联系人"
SAFETY_PLAN = "与来访者共同制定安全计划，明确求助电话和紧急联系人"
DUTY_NOTES = ("今日来访较多，候诊区需要加椅子", "空调遥控器电池需要更换", "放松椅使用正常", "沙盘室已整理",
              "有家长来电咨询，已登记回电")
CLOSING_REASONS = {
    "visits_signed": "有一份记录尚未写完，明早补签",
    "crises_reviewed": "危机个案今日未能复核，明早第一时间跟进",
}
