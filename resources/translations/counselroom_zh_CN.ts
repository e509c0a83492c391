<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountPage</name>
    <message>
        <source>The supervisor&apos;s account</source>
        <translation>负责人账户</translation>
    </message>
    <message>
        <source>The supervisor (负责人) manages accounts, settings and the quarterly archive.</source>
        <translation>负责人负责管理账户、系统设置和季度归档。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Used to log in, e.g. wang or 王老师</source>
        <translation>登录时使用，例如 wang 或 王老师</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>At least 8 characters. A short sentence you can remember is better than a complicated word.</source>
        <translation>至少 8 个字符。一句自己记得住的短句，胜过一串复杂的字符。</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>Create the records</source>
        <translation>创建档案</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>须修改密码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>上次登录</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Has not logged in yet</source>
        <translation>尚未登录</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>Everyone who works with the records has an account of their own. A disabled account keeps its history and can be enabled again.</source>
        <translation>每位接触档案的工作人员都使用各自的账户。账户停用后仍保留其历史记录，之后可以重新启用。</translation>
    </message>
    <message>
        <source>New account…</source>
        <translation>新建账户…</translation>
    </message>
    <message>
        <source>Create an account with a one-time password for a new colleague</source>
        <translation>为新同事创建账户，并生成一次性密码</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户管理</translation>
    </message>
    <message>
        <source>The person can no longer log in; their records and history stay.</source>
        <translation>停用后此人无法再登录；其记录和历史保留不变。</translation>
    </message>
    <message>
        <source>The person can log in again with their password.</source>
        <translation>此人可以重新用自己的密码登录。</translation>
    </message>
    <message>
        <source>Give the person a new one-time password, for example when they forgot theirs.</source>
        <translation>为此人生成新的一次性密码，例如在其忘记密码时。</translation>
    </message>
    <message>
        <source>Let the person log in again after too many wrong passwords.</source>
        <translation>此人因密码输错次数过多被锁定后，让其可以重新登录。</translation>
    </message>
    <message>
        <source>This account is not locked.</source>
        <translation>此账户未被锁定。</translation>
    </message>
    <message>
        <source>Select an account to disable, unlock or reset it.</source>
        <translation>请选择一个账户，以停用、解锁或重置密码。</translation>
    </message>
    <message>
        <source>This is your own account. Change your password under Settings; another supervisor can reset it.</source>
        <translation>这是您自己的账户。请在“设置”中修改密码；也可由另一位负责人重置。</translation>
    </message>
    <message>
        <source>Account {username} created.</source>
        <translation>账户 {username} 已创建。</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>停用账户</translation>
    </message>
    <message>
        <source>Disable the account of {name} ({username})?

They can no longer log in. Their records and the history stay, and you can enable the account again at any time.</source>
        <translation>要停用 {name}（{username}）的账户吗？

停用后此人将无法登录。其记录和历史会保留，您可以随时重新启用该账户。</translation>
    </message>
    <message>
        <source>Account {username} enabled.</source>
        <translation>账户 {username} 已启用。</translation>
    </message>
    <message>
        <source>Account {username} disabled.</source>
        <translation>账户 {username} 已停用。</translation>
    </message>
    <message>
        <source>Account {username} unlocked: the person can log in again with their password.</source>
        <translation>账户 {username} 已解锁：此人可以重新用自己的密码登录。</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Reset the password of {name} ({username})?

Their current password stops working at once. You will see a new one-time password to hand over; they choose their own at the next login.</source>
        <translation>要重置 {name}（{username}）的密码吗？

其当前密码将立即失效。随后会显示一个新的一次性密码，请转交本人；本人下次登录时再设置自己的密码。</translation>
    </message>
    <message>
        <source>Password of {username} reset.</source>
        <translation>{username} 的密码已重置。</translation>
    </message>
</context>
<context>
    <name>AcknowledgeAlertDialog</name>
    <message>
        <source>Confirm the integrity alert</source>
        <translation>确认完整性警报</translation>
    </message>
    <message>
        <source>Confirm only after you have found out what happened — for example a backup that was restored on purpose. Describe it below; the note is kept in the audit log. From then on the records as they are now count as the reference.</source>
        <translation>请在查明原因后再确认，例如确系有意恢复了备份。请在下方写明情况，该说明将保存在审计日志中。确认之后，档案的当前状态将作为今后核对的基准。</translation>
    </message>
    <message>
        <source>What happened, who checked it, and why the records can be trusted (required)</source>
        <translation>发生了什么、由谁核查、为何可以信任这些档案（必填）</translation>
    </message>
    <message>
        <source>Confirm checked</source>
        <translation>确认已核查</translation>
    </message>
</context>
<context>
    <name>Appointments</name>
    <message>
        <source>Booked</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>已到访</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>未到</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message>
        <source>‹ Previous week</source>
        <translation>‹ 上一周</translation>
    </message>
    <message>
        <source>Show the week before</source>
        <translation>显示上一周</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Back to this week</source>
        <translation>回到本周</translation>
    </message>
    <message>
        <source>Next week ›</source>
        <translation>下一周 ›</translation>
    </message>
    <message>
        <source>Show the week after</source>
        <translation>显示下一周</translation>
    </message>
    <message>
        <source>Book…</source>
        <translation>预约…</translation>
    </message>
    <message>
        <source>Book the room (Ctrl+N); double-click a free time to book it</source>
        <translation>预约咨询室（Ctrl+N）；双击空闲时段即可预约</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>来访者</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>咨询师</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>已到访</translation>
    </message>
    <message>
        <source>The client came (已到访)</source>
        <translation>来访者已到访</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>未到</translation>
    </message>
    <message>
        <source>The client did not come (未到)</source>
        <translation>来访者未到</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>取消…</translation>
    </message>
    <message>
        <source>Cancel the booking; you are asked for the reason</source>
        <translation>取消该预约；需要填写原因</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>改期…</translation>
    </message>
    <message>
        <source>Move the booking to another time</source>
        <translation>将预约改到其他时间</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>原因：{reason}</translation>
    </message>
    <message>
        <source>Select a booking in the week or in the list to settle or move it.</source>
        <translation>在周视图或列表中选择一个预约，以登记到访情况或改期。</translation>
    </message>
    <message>
        <source>{day} {start}–{end} · {client} · {counsellor} · {status}</source>
        <translation>{day} {start}–{end} · {client} · {counsellor} · {status}</translation>
    </message>
    <message>
        <source>{count} booking(s) this week. Double-click a free time, or press Ctrl+N, to book the room.</source>
        <translation>本周共 {count} 个预约。双击空闲时段或按 Ctrl+N 即可预约咨询室。</translation>
    </message>
    <message>
        <source>{client} moved to {day} {start}.</source>
        <translation>已将 {client} 的预约改到 {day} {start}。</translation>
    </message>
    <message>
        <source>{client} booked for {day} {start}.</source>
        <translation>已为 {client} 预约 {day} {start}。</translation>
    </message>
    <message>
        <source>Cancel appointment</source>
        <translation>取消预约</translation>
    </message>
    <message>
        <source>Cancel {client}&apos;s booking on {day} {start}?
Reason (e.g. exam, rescheduled by the class teacher):</source>
        <translation>要取消 {client} 在 {day} {start} 的预约吗？
原因（例如：考试、班主任另行安排）：</translation>
    </message>
    <message>
        <source>{client} ({day} {start}): {status}.</source>
        <translation>{client}（{day} {start}）：{status}。</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>涉及对象</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Set-up</source>
        <translation>初始设置</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Records locked</source>
        <translation>档案锁定</translation>
    </message>
    <message>
        <source>Records unlocked</source>
        <translation>档案解锁</translation>
    </message>
    <message>
        <source>Unlock failed</source>
        <translation>解锁失败</translation>
    </message>
    <message>
        <source>Account locked (wrong passwords)</source>
        <translation>账户锁定（密码输错）</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>账户解锁</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>创建账户</translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation>停用账户</translation>
    </message>
    <message>
        <source>Account enabled</source>
        <translation>启用账户</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Own password changed</source>
        <translation>修改本人密码</translation>
    </message>
    <message>
        <source>Recovery with the recovery code</source>
        <translation>使用恢复码恢复</translation>
    </message>
    <message>
        <source>New recovery code</source>
        <translation>生成新的恢复码</translation>
    </message>
    <message>
        <source>Recovery sheet printed</source>
        <translation>打印恢复密钥单</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <source>Database updated to a new version</source>
        <translation>数据库升级到新版本</translation>
    </message>
    <message>
        <source>Integrity check</source>
        <translation>完整性检查</translation>
    </message>
    <message>
        <source>Integrity alert</source>
        <translation>完整性警报</translation>
    </message>
    <message>
        <source>Integrity alert confirmed</source>
        <translation>确认完整性警报</translation>
    </message>
    <message>
        <source>Audit log viewed</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <source>Client registered</source>
        <translation>来访者已登记</translation>
    </message>
    <message>
        <source>Client details changed</source>
        <translation>来访者信息已修改</translation>
    </message>
    <message>
        <source>Client viewed</source>
        <translation>查看来访者</translation>
    </message>
    <message>
        <source>Client set inactive</source>
        <translation>来访者设为停用</translation>
    </message>
    <message>
        <source>Client active again</source>
        <translation>来访者重新启用</translation>
    </message>
    <message>
        <source>Clients imported</source>
        <translation>导入来访者名单</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>开案</translation>
    </message>
    <message>
        <source>Case changed</source>
        <translation>个案已修改</translation>
    </message>
    <message>
        <source>Case viewed</source>
        <translation>查看个案</translation>
    </message>
    <message>
        <source>Emergency access to a case</source>
        <translation>紧急查阅个案</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Case reopened</source>
        <translation>个案重新开启</translation>
    </message>
    <message>
        <source>Case handed to another counsellor</source>
        <translation>个案转交其他咨询师</translation>
    </message>
    <message>
        <source>Case shared</source>
        <translation>个案已共享</translation>
    </message>
    <message>
        <source>Case no longer shared</source>
        <translation>取消个案共享</translation>
    </message>
    <message>
        <source>Appointment booked</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Appointment changed</source>
        <translation>预约已修改</translation>
    </message>
    <message>
        <source>Appointment status</source>
        <translation>预约状态</translation>
    </message>
    <message>
        <source>Visit record started</source>
        <translation>新建咨询记录</translation>
    </message>
    <message>
        <source>Visit draft saved</source>
        <translation>保存咨询记录草稿</translation>
    </message>
    <message>
        <source>Visit draft discarded</source>
        <translation>删除咨询记录草稿</translation>
    </message>
    <message>
        <source>Visit record viewed</source>
        <translation>查看咨询记录</translation>
    </message>
    <message>
        <source>Visit record signed</source>
        <translation>签署咨询记录</translation>
    </message>
    <message>
        <source>Addendum added</source>
        <translation>添加补充说明</translation>
    </message>
    <message>
        <source>Crisis opened</source>
        <translation>启动危机干预</translation>
    </message>
    <message>
        <source>Crisis step recorded</source>
        <translation>记录危机干预步骤</translation>
    </message>
    <message>
        <source>Crisis reviewed</source>
        <translation>复查危机</translation>
    </message>
    <message>
        <source>Crisis closed</source>
        <translation>结束危机干预</translation>
    </message>
    <message>
        <source>Referral recorded</source>
        <translation>登记转介</translation>
    </message>
    <message>
        <source>Referral feedback recorded</source>
        <translation>记录转介反馈</translation>
    </message>
    <message>
        <source>Referral closed</source>
        <translation>结束转介</translation>
    </message>
    <message>
        <source>Notes of all cases searched</source>
        <translation>检索全部个案记录</translation>
    </message>
    <message>
        <source>Demo data added</source>
        <translation>添加演示数据</translation>
    </message>
    <message>
        <source>Record printed or saved</source>
        <translation>打印或保存记录</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>登记知情同意</translation>
    </message>
    <message>
        <source>Signed consent form attached</source>
        <translation>附上签字同意书</translation>
    </message>
    <message>
        <source>Signed consent form viewed</source>
        <translation>查看签字同意书</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>撤回知情同意</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>findings</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>failed attempts</source>
        <translation>失败次数</translation>
    </message>
    <message>
        <source>room name</source>
        <translation>咨询室名称</translation>
    </message>
    <message>
        <source>idle lock (minutes)</source>
        <translation>自动锁定（分钟）</translation>
    </message>
    <message>
        <source>opening hours</source>
        <translation>开放时间</translation>
    </message>
    <message>
        <source>output</source>
        <translation>输出方式</translation>
    </message>
    <message>
        <source>version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>recorded at the next login</source>
        <translation>于下次登录时记录</translation>
    </message>
    <message>
        <source>new computer key</source>
        <translation>本机密钥已更新</translation>
    </message>
    <message>
        <source>database restored</source>
        <translation>已恢复数据库</translation>
    </message>
    <message>
        <source>accounts needing a new password</source>
        <translation>需要新密码的账户</translation>
    </message>
    <message>
        <source>case number</source>
        <translation>档案编号</translation>
    </message>
    <message>
        <source>fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>client</source>
        <translation>来访者</translation>
    </message>
    <message>
        <source>counsellor</source>
        <translation>咨询师</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>效果评价</translation>
    </message>
    <message>
        <source>from</source>
        <translation>原</translation>
    </message>
    <message>
        <source>to</source>
        <translation>改为</translation>
    </message>
    <message>
        <source>with</source>
        <translation>共享给</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>locked by hand</source>
        <translation>手动锁定</translation>
    </message>
    <message>
        <source>nobody used the computer</source>
        <translation>无人操作</translation>
    </message>
    <message>
        <source>printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>PDF 文件</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>不开放</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Account #{id}</source>
        <translation>账户 #{id}</translation>
    </message>
    <message>
        <source>Account {name}</source>
        <translation>账户 {name}</translation>
    </message>
    <message>
        <source>Client #{id}</source>
        <translation>来访者 #{id}</translation>
    </message>
    <message>
        <source>Case #{id}</source>
        <translation>个案 #{id}</translation>
    </message>
    <message>
        <source>Room settings</source>
        <translation>咨询室设置</translation>
    </message>
    <message>
        <source>◀ Previous page</source>
        <translation>◀ 上一页</translation>
    </message>
    <message>
        <source>Newer entries</source>
        <translation>较新的记录</translation>
    </message>
    <message>
        <source>Next page ▶</source>
        <translation>下一页 ▶</translation>
    </message>
    <message>
        <source>Older entries</source>
        <translation>较早的记录</translation>
    </message>
    <message>
        <source>Integrity alert: the records may have been replaced</source>
        <translation>完整性警报：档案可能已被替换</translation>
    </message>
    <message>
        <source>At login CounselRoom found that the database is not the one this computer remembers: an older copy may have been put back, or the history was changed outside the application. Find out what happened (was a backup restored? who had access to this computer?) before you rely on the records.</source>
        <translation>登录时，CounselRoom 发现数据库与本机记录的不一致：可能有人放回了较旧的副本，或在本程序之外改动了历史记录。在继续使用这些档案之前，请先查明情况（是否恢复过备份？哪些人接触过这台计算机？）。</translation>
    </message>
    <message>
        <source>Confirm checked…</source>
        <translation>确认已核查…</translation>
    </message>
    <message>
        <source>Record what you found and lift the alert</source>
        <translation>记录核查结果并解除警报</translation>
    </message>
    <message>
        <source>Entries of this day are included</source>
        <translation>包含当天的记录</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Search again, including entries added since</source>
        <translation>重新查询，包括此后新增的记录</translation>
    </message>
    <message>
        <source>Check integrity</source>
        <translation>检查完整性</translation>
    </message>
    <message>
        <source>Check that the database is undamaged and that no audit entry was changed, removed or rolled back. This can take a while on a large database.</source>
        <translation>检查数据库是否完好，以及审计日志中是否有记录被修改、删除或回滚。数据库较大时可能需要一些时间。</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>所有操作</translation>
    </message>
    <message>
        <source>Entries {first}–{last}{more}</source>
        <translation>第 {first}–{last} 条{more}</translation>
    </message>
    <message>
        <source>, more on the next page</source>
        <translation>，下一页还有更多</translation>
    </message>
    <message>
        <source>No entries match these filters.</source>
        <translation>没有符合筛选条件的记录。</translation>
    </message>
    <message>
        <source>Checking the database and the audit log…</source>
        <translation>正在检查数据库和审计日志…</translation>
    </message>
    <message>
        <source>All sound.</source>
        <translation>一切正常。</translation>
    </message>
    <message>
        <source>The database is undamaged and the audit log is complete and unchanged (checked at {time}).</source>
        <translation>数据库完好，审计日志完整且未被改动（检查时间：{time}）。</translation>
    </message>
    <message>
        <source>Problems found (checked at {time}):</source>
        <translation>发现问题（检查时间：{time}）：</translation>
    </message>
    <message>
        <source>Keep this computer as it is and contact whoever looks after it; a backup may be needed.</source>
        <translation>请保持这台计算机的现状，并联系负责维护它的人员；可能需要使用备份。</translation>
    </message>
    <message>
        <source>The alert is confirmed and your note is in the audit log.</source>
        <translation>警报已确认，您的说明已记入审计日志。</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>Move appointment</source>
        <translation>预约改期</translation>
    </message>
    <message>
        <source>Book the room</source>
        <translation>预约咨询室</translation>
    </message>
    <message>
        <source>Name, pinyin initials (e.g. zs) or case no.</source>
        <translation>姓名、拼音首字母（如 zs）或档案号</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>来访者</translation>
    </message>
    <message>
        <source>Choose the counsellor</source>
        <translation>选择咨询师</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>咨询师</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Free start times are listed; you may also type one, e.g. 16:30.</source>
        <translation>列表中为空闲的开始时间；也可以直接输入，例如 16:30。</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Practical only, e.g. “comes after PE”. No clinical content here.</source>
        <translation>仅填写事务性信息，例如“体育课后过来”。请勿在此填写咨询内容。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save new time</source>
        <translation>保存新时间</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>{name} · case no. {case_no}</source>
        <translation>{name} · 档案号 {case_no}</translation>
    </message>
    <message>
        <source>Type to find the client, then pick them from the list.</source>
        <translation>输入以查找来访者，然后从列表中选择。</translation>
    </message>
    <message>
        <source>No registered client matches “{text}”. Register the client on the Clients page first.</source>
        <translation>没有与“{text}”匹配的已登记来访者。请先在“来访者”页面登记。</translation>
    </message>
    <message>
        <source>✓ {name} · case no. {case_no}</source>
        <translation>✓ {name} · 档案号 {case_no}</translation>
    </message>
    <message>
        <source>Choose the client from the list.</source>
        <translation>请从列表中选择来访者。</translation>
    </message>
    <message>
        <source>Choose the counsellor.</source>
        <translation>请选择咨询师。</translation>
    </message>
    <message>
        <source>Enter a start time like 9:30.</source>
        <translation>请输入开始时间，例如 9:30。</translation>
    </message>
    <message>
        <source>{day} {start}–{end} is outside the room&apos;s opening hours.

Book it anyway?</source>
        <translation>{day} {start}–{end} 不在咨询室的开放时间内。

仍要预约吗？</translation>
    </message>
</context>
<context>
    <name>BreakGlass</name>
    <message>
        <source>Reason for opening</source>
        <translation>查阅原因</translation>
    </message>
    <message>
        <source>This case belongs to another counsellor. Give the reason for opening it; it is recorded in the audit log.</source>
        <translation>该个案属于另一位咨询师。请填写查阅原因；该原因将记入审计日志。</translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation>必须填写原因。</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>You logged in with a one-time password. Choose your own password now; nobody else will know it.</source>
        <translation>您是用一次性密码登录的。请现在设置自己的密码，这个密码只有您自己知道。</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>At least 8 characters; a short sentence is fine.</source>
        <translation>至少 8 个字符；用一句短句即可。</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>再次输入新密码</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Psychological Counselling Room</source>
        <translation>心理咨询室</translation>
    </message>
    <message>
        <source>This is the recovery code. Write it on the recovery sheet and keep it locked away; it is shown only once.</source>
        <translation>这是恢复码。请将其抄写在恢复密钥单上并锁好保管；它只显示这一次。</translation>
    </message>
    <message>
        <source>All checks passed: database pages, structure and audit chain are sound.</source>
        <translation>全部检查通过：数据库页面、结构和审计链均完好。</translation>
    </message>
    <message>
        <source>Access restored.</source>
        <translation>已恢复访问。</translation>
    </message>
    <message>
        <source>These accounts need a new password from the supervisor: {names}</source>
        <translation>以下账户需要负责人为其重新设置密码：{names}</translation>
    </message>
    <message>
        <source>The file was rejected, nothing was imported: {n} problem(s).</source>
        <translation>文件未通过检查，未导入任何记录：共 {n} 处问题。</translation>
    </message>
    <message>
        <source>Imported {imported} client(s); {skipped} already registered were skipped.</source>
        <translation>已导入 {imported} 名来访者；{skipped} 名已登记，已跳过。</translation>
    </message>
    <message>
        <source>Row {row}, {field}: {problem}</source>
        <translation>第 {row} 行，{field}：{problem}</translation>
    </message>
    <message>
        <source>Added {clients} clients, {cases} cases, {visits} visit records, {crises} crises, {referrals} referrals.</source>
        <translation>已添加 {clients} 名来访者、{cases} 个个案、{visits} 份咨询记录、{crises} 次危机干预、{referrals} 次转介。</translation>
    </message>
</context>
<context>
    <name>ClientDetail</name>
    <message>
        <source>Cases</source>
        <translation>个案</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>档案号</translation>
    </message>
    <message>
        <source>Grade / class</source>
        <translation>年级 / 班级</translation>
    </message>
    <message>
        <source>No client selected</source>
        <translation>未选择来访者</translation>
    </message>
    <message>
        <source>Select a client in the list to see the details.</source>
        <translation>在列表中选择一位来访者，即可在这里查看详情。</translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation>{name}（已停用）</translation>
    </message>
    <message>
        <source>Cases are shown to counsellors and the supervisor only.</source>
        <translation>个案仅对咨询师和负责人显示。</translation>
    </message>
    <message>
        <source>No case opened yet.</source>
        <translation>尚未建立个案。</translation>
    </message>
</context>
<context>
    <name>ClientFormDialog</name>
    <message>
        <source>Edit client {case_no}</source>
        <translation>编辑来访者 {case_no}</translation>
    </message>
    <message>
        <source>Register a client</source>
        <translation>登记来访者</translation>
    </message>
    <message>
        <source>Only the name is always required. A student needs a grade or a class; everything else can be added later.</source>
        <translation>只有姓名必填。学生还需填写年级或班级；其他信息可以以后补充。</translation>
    </message>
    <message>
        <source>e.g. 王䶮</source>
        <translation>例如：王䶮</translation>
    </message>
    <message>
        <source>Birth date unknown</source>
        <translation>出生日期未知</translation>
    </message>
    <message>
        <source>e.g. 初二</source>
        <translation>例如：初二</translation>
    </message>
    <message>
        <source>e.g. 3班</source>
        <translation>例如：3班</translation>
    </message>
    <message>
        <source>Optional; helps to recognise the same student in a list.</source>
        <translation>选填；便于在名单中识别同一名学生。</translation>
    </message>
    <message>
        <source>e.g. 138 0000 0000</source>
        <translation>例如：138 0000 0000</translation>
    </message>
    <message>
        <source>e.g. who referred and why, in a few words</source>
        <translation>例如：由谁转介、为什么，简单几句即可</translation>
    </message>
    <message>
        <source>Registration notes only; session notes belong in the visit records.</source>
        <translation>仅限登记备注；咨询内容请写在咨询记录中。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Students: enter the grade or the class (or both).</source>
        <translation>学生：请填写年级或班级（或两者都填）。</translation>
    </message>
    <message>
        <source>Optional for parents and staff.</source>
        <translation>家长和教职工可不填。</translation>
    </message>
    <message>
        <source>Possibly registered already</source>
        <translation>可能已经登记过</translation>
    </message>
    <message>
        <source>These clients look like the same person:

{clients}

Register a new client anyway? Choose No to go back and check.</source>
        <translation>以下来访者可能是同一个人：

{clients}

仍要登记为新来访者吗？选择“否”返回核对。</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <source>Close the form and discard what you typed?</source>
        <translation>关闭表单并放弃已填写的内容吗？</translation>
    </message>
</context>
<context>
    <name>ClientLabels</name>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>家长</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>教职工</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>自己</translation>
    </message>
    <message>
        <source>Head teacher</source>
        <translation>班主任</translation>
    </message>
    <message>
        <source>Age unknown</source>
        <translation>年龄未知</translation>
    </message>
    <message>
        <source>{age} years</source>
        <translation>{age} 岁</translation>
    </message>
</context>
<context>
    <name>ClientsModel</name>
    <message>
        <source>Case no.</source>
        <translation>档案号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Grade / class</source>
        <translation>年级 / 班级</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>转介来源</translation>
    </message>
    <message>
        <source>Inactive: kept with its history, hidden from the everyday list.</source>
        <translation>已停用：档案和历史保留，不在日常列表中显示。</translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation>{name}（已停用）</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Find: name, pinyin initials (e.g. zs), case no. or class</source>
        <translation>查找：姓名、拼音首字母（如 zs）、档案号或班级</translation>
    </message>
    <message>
        <source>Show inactive</source>
        <translation>显示已停用</translation>
    </message>
    <message>
        <source>Register client…</source>
        <translation>登记来访者…</translation>
    </message>
    <message>
        <source>Register a new client (来访者)</source>
        <translation>登记一位新的来访者</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Edit the selected client&apos;s registration</source>
        <translation>编辑所选来访者的登记信息</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Import list…</source>
        <translation>导入名单…</translation>
    </message>
    <message>
        <source>Register a class or grade from an Excel or CSV student list</source>
        <translation>从 Excel 或 CSV 学生名单登记整个班级或年级</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>来访者</translation>
    </message>
    <message>
        <source>open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Case {number} · {status} · {counsellor} · opened {date}</source>
        <translation>个案 {number} · {status} · {counsellor} · {date} 开案</translation>
    </message>
    <message>
        <source>Hide the client from the everyday list; nothing is deleted.</source>
        <translation>在日常列表中隐藏该来访者；不会删除任何内容。</translation>
    </message>
    <message>
        <source>Show the client in the everyday list again.</source>
        <translation>让该来访者重新显示在日常列表中。</translation>
    </message>
    <message>
        <source>No client matches “{text}”.</source>
        <translation>没有与“{text}”匹配的来访者。</translation>
    </message>
    <message>
        <source>No clients yet. Register one, or import a student list.</source>
        <translation>还没有来访者。请登记一位，或导入学生名单。</translation>
    </message>
    <message>
        <source>{count} client(s). Double-click a row to edit the registration.</source>
        <translation>共 {count} 位来访者。双击某一行可编辑登记信息。</translation>
    </message>
    <message>
        <source>{name} saved (case no. {case_no}).</source>
        <translation>已保存 {name}（档案号 {case_no}）。</translation>
    </message>
    <message>
        <source>Deactivate client</source>
        <translation>停用来访者</translation>
    </message>
    <message>
        <source>Deactivate {name} ({case_no})?

The client disappears from the everyday list; the registration, cases and history stay and you can reactivate at any time.</source>
        <translation>停用 {name}（{case_no}）吗？

该来访者将不再显示在日常列表中；登记信息、个案和历史记录都会保留，可随时重新启用。</translation>
    </message>
    <message>
        <source>{name} reactivated.</source>
        <translation>已启用 {name}。</translation>
    </message>
    <message>
        <source>{name} deactivated.</source>
        <translation>已停用 {name}。</translation>
    </message>
    <message>
        <source>{imported} client(s) imported; {skipped} already registered were skipped.</source>
        <translation>已导入 {imported} 位来访者；跳过已登记的 {skipped} 位。</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Check the recovery code</source>
        <translation>核对恢复码</translation>
    </message>
    <message>
        <source>From your sheet, type group {a} and group {b} of the recovery code.</source>
        <translation>请对照恢复密钥单，输入恢复码的第 {a} 组和第 {b} 组。</translation>
    </message>
    <message>
        <source>Group {n}</source>
        <translation>第 {n} 组</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Client type</source>
        <translation>来访者类型</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>年级</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>学号</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>Guardian&apos;s contact</source>
        <translation>监护人电话</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>转介来源</translation>
    </message>
    <message>
        <source>Referral note</source>
        <translation>转介说明</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>CounselRoom — first set-up</source>
        <translation>CounselRoom — 首次设置</translation>
    </message>
    <message>
        <source>Start using CounselRoom</source>
        <translation>开始使用 CounselRoom</translation>
    </message>
    <message>
        <source>The records are already created. If you leave now without keeping the recovery code, the supervisor can issue a new one later in Settings. Leave?</source>
        <translation>档案已经创建。如果现在离开而没有保存恢复码，负责人之后可以在“设置”中生成新的恢复码。确定离开吗？</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>The records are encrypted on this computer. They lock by themselves when nobody uses the computer for a few minutes, and with the Lock button when you step away.</source>
        <translation>档案在这台计算机上加密保存。计算机数分钟无人操作时，档案会自动锁定；您暂时离开时，也可以点击“锁定”按钮手动锁定。</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Hello, {name}</source>
        <translation>{name}，您好</translation>
    </message>
    <message>
        <source>Logged in as {username} ({role}).</source>
        <translation>当前登录：{username}（{role}）。</translation>
    </message>
    <message>
        <source>Previous login: {when}.</source>
        <translation>上次登录：{when}。</translation>
    </message>
    <message>
        <source>{n} wrong password(s) were tried on your account since your last login. If that was not you, tell the supervisor.</source>
        <translation>自您上次登录以来，您的账户被输错密码 {n} 次。如果不是您本人所为，请告知负责人。</translation>
    </message>
    <message>
        <source>Check the Audit log page and acknowledge once you know why.</source>
        <translation>请查看“审计日志”页面，查明原因后再确认。</translation>
    </message>
    <message>
        <source>Tell the supervisor at once.</source>
        <translation>请立即告知负责人。</translation>
    </message>
    <message>
        <source>Integrity warning:</source>
        <translation>完整性警告：</translation>
    </message>
    <message>
        <source>{case_no} {name}: risk {risk}, {pending} step(s) open, since {since}</source>
        <translation>{case_no} {name}：{risk}风险，{pending} 个步骤未完成，始于 {since}</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>…另有 {n} 个</translation>
    </message>
    <message>
        <source>Open crises ({n}):</source>
        <translation>尚未结束的危机干预（{n}）：</translation>
    </message>
    <message>
        <source>To do: {unsigned} unsigned visit record(s), {others} other follow-up(s) due.</source>
        <translation>待办：{unsigned} 份咨询记录未签署，{others} 项跟进到期。</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>The records are locked</source>
        <translation>档案已锁定</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Close this session so another person can log in</source>
        <translation>结束本次会话，以便其他人登录</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Locked {reason}. {name} ({username}) can unlock with their password.</source>
        <translation>{reason}锁定。{name}（{username}）可输入本人密码解锁。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>CounselRoom — log in</source>
        <translation>CounselRoom — 登录</translation>
    </message>
    <message>
        <source>Psychological counselling records</source>
        <translation>心理咨询档案</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Forgot password…</source>
        <translation>忘记密码…</translation>
    </message>
    <message>
        <source>Reset a password with the recovery code from the recovery sheet</source>
        <translation>使用恢复密钥单上的恢复码重置密码</translation>
    </message>
    <message>
        <source>Open the records</source>
        <translation>打开档案</translation>
    </message>
    <message>
        <source>Opening the records…</source>
        <translation>正在打开档案…</translation>
    </message>
    <message>
        <source>The records could not be opened ({error}).</source>
        <translation>无法打开档案（{error}）。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Session</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Lock the records now (Ctrl+L)</source>
        <translation>立即锁定档案（Ctrl+L）</translation>
    </message>
    <message>
        <source>CounselRoom</source>
        <translation>CounselRoom</translation>
    </message>
    <message>
        <source>after a few idle minutes</source>
        <translation>因数分钟无人操作已自动</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>已手动</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The database file cannot be opened: {path}</source>
        <translation>无法打开数据库文件：{path}</translation>
    </message>
    <message>
        <source>The database cannot be opened with this key.</source>
        <translation>无法用此密钥打开数据库。</translation>
    </message>
    <message>
        <source>The database file is missing: {path}</source>
        <translation>数据库文件不存在：{path}</translation>
    </message>
    <message>
        <source>The database file is empty: {path}</source>
        <translation>数据库文件为空：{path}</translation>
    </message>
    <message>
        <source>A file already exists at {path}; it was left untouched.</source>
        <translation>{path} 处已有文件，未作任何改动。</translation>
    </message>
    <message>
        <source>The records are locked.</source>
        <translation>档案已锁定。</translation>
    </message>
    <message>
        <source>These records were saved by a newer version of CounselRoom (schema {found}; this version knows up to {supported}). Install the newer version; nothing was changed.</source>
        <translation>这些档案由更新版本的 CounselRoom 保存（数据结构版本 {found}；本版本最高支持 {supported}）。请安装新版本；未作任何改动。</translation>
    </message>
    <message>
        <source>The database reported an error.</source>
        <translation>数据库报告了错误。</translation>
    </message>
    <message>
        <source>The database file is damaged: a part of it fails its integrity check. Restore the latest backup (supervisor).</source>
        <translation>数据库文件已损坏：部分内容未通过完整性检查。请（由负责人）恢复最近的备份。</translation>
    </message>
    <message>
        <source>This computer&apos;s key for the records is missing from the system key store (new computer, new Windows account or a reset key store). Use the recovery code from the recovery sheet to open the records again.</source>
        <translation>系统密钥库中缺少本机用于打开档案的密钥（可能是更换了计算机、换了新的 Windows 账户或密钥库被重置）。请使用恢复密钥单上的恢复码重新打开档案。</translation>
    </message>
    <message>
        <source>The database file is missing from the data folder. Choose a backup of the records and enter the recovery code to restore it.</source>
        <translation>数据文件夹中缺少数据库文件。请选择一个档案备份并输入恢复码进行恢复。</translation>
    </message>
    <message>
        <source>The database file is empty (0 bytes) — it may have been damaged by a crash or a copy that did not finish. Choose a backup of the records and enter the recovery code to restore it. The empty file will be kept aside, not deleted.</source>
        <translation>数据库文件为空（0 字节），可能因程序崩溃或复制未完成而损坏。请选择一个档案备份并输入恢复码进行恢复。该空文件会另行保留，不会删除。</translation>
    </message>
    <message>
        <source>The database file in the data folder does not belong to this installation. Choose this installation&apos;s database or backup and enter the recovery code.</source>
        <translation>数据文件夹中的数据库文件不属于本次安装。请选择属于本次安装的数据库或备份，并输入恢复码。</translation>
    </message>
    <message>
        <source>The database file is damaged and cannot be read. Choose a backup of the records and enter the recovery code to restore it.</source>
        <translation>数据库文件已损坏，无法读取。请选择一个档案备份并输入恢复码进行恢复。</translation>
    </message>
    <message>
        <source>The key file (counselroom.keys) is missing from the data folder. Put back the copy from a backup (counselroom.keys or counselroom.keys.previous); without it the records cannot be opened.</source>
        <translation>数据文件夹中缺少密钥文件（counselroom.keys）。请从备份中放回副本（counselroom.keys 或 counselroom.keys.previous）；没有它将无法打开档案。</translation>
    </message>
    <message>
        <source>The key file (counselroom.keys) is damaged. Put back the copy counselroom.keys.previous or one from a backup.</source>
        <translation>密钥文件（counselroom.keys）已损坏。请放回副本 counselroom.keys.previous，或使用备份中的副本。</translation>
    </message>
    <message>
        <source>This recovery code does not open these records. Check it against the recovery sheet.</source>
        <translation>此恢复码无法打开这些档案。请对照恢复密钥单核对。</translation>
    </message>
    <message>
        <source>There is no account with this user name.</source>
        <translation>不存在使用此用户名的账户。</translation>
    </message>
    <message>
        <source>The chosen file is not a backup of these records: {path}</source>
        <translation>所选文件不是这些档案的备份：{path}</translation>
    </message>
    <message>
        <source>The records need to be recovered.</source>
        <translation>需要恢复档案。</translation>
    </message>
    <message>
        <source>Group {group} of the recovery code has a typing mistake. Compare it with the sheet.</source>
        <translation>恢复码第 {group} 组有输入错误，请对照恢复密钥单核对。</translation>
    </message>
    <message>
        <source>The recovery code has {groups} groups of {digits} digits.</source>
        <translation>恢复码共 {groups} 组，每组 {digits} 位数字。</translation>
    </message>
    <message>
        <source>No system key store is available. CounselRoom keeps this computer&apos;s key in Windows Credential Manager, the macOS Keychain or the Secret Service (GNOME Keyring / KWallet). Start one and try again; nothing was created.</source>
        <translation>没有可用的系统密钥库。CounselRoom 将本机密钥保存在 Windows 凭据管理器、macOS 钥匙串或 Secret Service（GNOME 密钥环 / KWallet）中。请启动其中之一后重试；未创建任何内容。</translation>
    </message>
    <message>
        <source>The key store in use ({backend}) is not safe for the records (it would keep the key in a plain file or lose it). Use Windows Credential Manager, the macOS Keychain or the Secret Service; nothing was created.</source>
        <translation>当前使用的密钥库（{backend}）不能安全保存档案密钥（它会把密钥存为明文文件，或可能丢失密钥）。请使用 Windows 凭据管理器、macOS 钥匙串或 Secret Service；未创建任何内容。</translation>
    </message>
    <message>
        <source>The system key store reported an error ({detail}).</source>
        <translation>系统密钥库报告了错误（{detail}）。</translation>
    </message>
    <message>
        <source>The system key store did not keep the secret that was written to it. Nothing was relied on; check the key store and try again.</source>
        <translation>系统密钥库没有保存写入其中的密钥。程序未使用该密钥；请检查密钥库后重试。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>This account is locked after too many wrong passwords. The supervisor can unlock it (or use the recovery code).</source>
        <translation>此账户因密码输错次数过多已被锁定。负责人可以为其解锁（也可使用恢复码）。</translation>
    </message>
    <message>
        <source>Too many wrong passwords. Please wait {seconds} seconds and try again.</source>
        <translation>密码输错次数过多。请等待 {seconds} 秒后重试。</translation>
    </message>
    <message>
        <source>This account has been disabled. Ask the supervisor.</source>
        <translation>此账户已被停用。请联系负责人。</translation>
    </message>
    <message>
        <source>Please change your one-time password first.</source>
        <translation>请先修改您的一次性密码。</translation>
    </message>
    <message>
        <source>The login failed.</source>
        <translation>登录失败。</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>您的角色无权执行此操作。</translation>
    </message>
    <message>
        <source>The records are locked. Unlock them first.</source>
        <translation>档案已锁定。请先解锁。</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>A user name has at most {max} characters.</source>
        <translation>用户名最多 {max} 个字符。</translation>
    </message>
    <message>
        <source>Use letters, digits, Chinese characters, dot, dash or underscore (no spaces).</source>
        <translation>请使用字母、数字、汉字、点、连字符或下划线（不能含空格）。</translation>
    </message>
    <message>
        <source>This user name is already in use.</source>
        <translation>此用户名已被使用。</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>请输入此人的姓名。</translation>
    </message>
    <message>
        <source>A name has at most {max} characters.</source>
        <translation>姓名最多 {max} 个字符。</translation>
    </message>
    <message>
        <source>Use at least {min} characters — a short sentence is easy to remember and hard to guess.</source>
        <translation>请至少使用 {min} 个字符——一句短句既好记又难猜。</translation>
    </message>
    <message>
        <source>A password has at most {max} characters.</source>
        <translation>密码最多 {max} 个字符。</translation>
    </message>
    <message>
        <source>The password starts or ends with a space.</source>
        <translation>密码不能以空格开头或结尾。</translation>
    </message>
    <message>
        <source>This password is too easy to guess (repeated or consecutive characters).</source>
        <translation>此密码太容易被猜到（含重复或连续的字符）。</translation>
    </message>
    <message>
        <source>This is one of the most common passwords. Choose another.</source>
        <translation>这是最常见的密码之一，请换一个。</translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation>密码中不能包含用户名。</translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <source>Choose a password different from the current one.</source>
        <translation>新密码不能与当前密码相同。</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>此账户已不存在。</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>不能停用自己的账户。</translation>
    </message>
    <message>
        <source>The last active supervisor account cannot be disabled.</source>
        <translation>不能停用最后一个正常使用的负责人账户。</translation>
    </message>
    <message>
        <source>Change your own password with “Change password”.</source>
        <translation>请通过“修改密码”修改自己的密码。</translation>
    </message>
    <message>
        <source>Enter the room&apos;s name.</source>
        <translation>请输入咨询室名称。</translation>
    </message>
    <message>
        <source>The room&apos;s name has at most {max} characters.</source>
        <translation>咨询室名称最多 {max} 个字符。</translation>
    </message>
    <message>
        <source>Choose between {min} and {max} minutes.</source>
        <translation>请选择 {min} 到 {max} 分钟之间的时长。</translation>
    </message>
    <message>
        <source>“{text}” is not a time range like 9:00-12:00.</source>
        <translation>“{text}”不是 9:00-12:00 这样的时间段。</translation>
    </message>
    <message>
        <source>In “{text}” the end is not after the start.</source>
        <translation>“{text}”中的结束时间没有晚于开始时间。</translation>
    </message>
    <message>
        <source>{first} and {second} overlap.</source>
        <translation>{first} 与 {second} 时间重叠。</translation>
    </message>
    <message>
        <source>The data folder already holds records or keys: {path}. Set-up never overwrites them.</source>
        <translation>数据文件夹中已有档案或密钥：{path}。初始设置绝不会覆盖它们。</translation>
    </message>
    <message>
        <source>There are no records in {path}. Start CounselRoom to set them up there, or give the right data folder.</source>
        <translation>{path} 中没有档案。请启动 CounselRoom 在该位置进行初始设置，或指定正确的数据文件夹。</translation>
    </message>
    <message>
        <source>CounselRoom is already open with this data folder (perhaps in another window or by another user).</source>
        <translation>CounselRoom 已在使用此数据文件夹运行（可能在另一个窗口中，或由另一位用户打开）。</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>未找到。</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>出现错误。</translation>
    </message>
    <message>
        <source>At most {max} characters.</source>
        <translation>最多 {max} 个字符。</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>此项必填。</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>该日期晚于今天。</translation>
    </message>
    <message>
        <source>Enter a phone number with digits only, e.g. 138 0000 0000 or 010-12345678.</source>
        <translation>请输入电话号码（仅数字），例如 138 0000 0000 或 010-12345678。</translation>
    </message>
    <message>
        <source>Enter the client&apos;s name.</source>
        <translation>请输入来访者姓名。</translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation>出生日期晚于今天。</translation>
    </message>
    <message>
        <source>Check the birth year.</source>
        <translation>请核对出生年份。</translation>
    </message>
    <message>
        <source>For a student, enter the grade or the class.</source>
        <translation>学生请填写年级或班级。</translation>
    </message>
    <message>
        <source>This client no longer exists.</source>
        <translation>该来访者已不存在。</translation>
    </message>
    <message>
        <source>This case no longer exists.</source>
        <translation>该个案已不存在。</translation>
    </message>
    <message>
        <source>This case belongs to another counsellor. The supervisor can share it with you.</source>
        <translation>该个案属于另一位咨询师。负责人可以将其共享给您。</translation>
    </message>
    <message>
        <source>This case is not yours: give the reason for opening it. It is recorded.</source>
        <translation>这不是您负责的个案：请说明查阅原因。原因将被记录。</translation>
    </message>
    <message>
        <source>Only the supervisor assigns a case to another counsellor.</source>
        <translation>只有负责人可以把个案分配给其他咨询师。</translation>
    </message>
    <message>
        <source>Choose an active counsellor or the supervisor.</source>
        <translation>请选择一位在职的咨询师或负责人。</translation>
    </message>
    <message>
        <source>This case is already closed.</source>
        <translation>该个案已结案。</translation>
    </message>
    <message>
        <source>The closing date is before the opening date.</source>
        <translation>结案日期早于开案日期。</translation>
    </message>
    <message>
        <source>Satisfaction is rated from 1 to 5.</source>
        <translation>满意度评分为 1 到 5 分。</translation>
    </message>
    <message>
        <source>This appointment no longer exists.</source>
        <translation>该预约已不存在。</translation>
    </message>
    <message>
        <source>An appointment lasts between 5 and {max} minutes.</source>
        <translation>预约时长应在 5 到 {max} 分钟之间。</translation>
    </message>
    <message>
        <source>An appointment ends on the day it starts.</source>
        <translation>预约须在当天结束。</translation>
    </message>
    <message>
        <source>This time is outside the room&apos;s opening hours.</source>
        <translation>该时间不在咨询室开放时间内。</translation>
    </message>
    <message>
        <source>The room is already booked from {start} to {end}.</source>
        <translation>咨询室在 {start} 至 {end} 已被预约。</translation>
    </message>
    <message>
        <source>This appointment is already settled and cannot be changed this way.</source>
        <translation>该预约已有结果，不能这样修改。</translation>
    </message>
    <message>
        <source>Give the reason for cancelling.</source>
        <translation>请填写取消原因。</translation>
    </message>
    <message>
        <source>This case belongs to another client.</source>
        <translation>该个案属于另一位来访者。</translation>
    </message>
    <message>
        <source>This visit record no longer exists.</source>
        <translation>该咨询记录已不存在。</translation>
    </message>
    <message>
        <source>Choose other registered clients as the group&apos;s participants.</source>
        <translation>请选择其他已登记的来访者作为团体成员。</translation>
    </message>
    <message>
        <source>The case is closed. Reopen it to record a new visit.</source>
        <translation>该个案已结案。如需新增咨询记录，请先重新开启个案。</translation>
    </message>
    <message>
        <source>Mark the appointment as attended first.</source>
        <translation>请先将该预约标记为“已到访”。</translation>
    </message>
    <message>
        <source>This appointment is not linked to a case. Open or choose the client&apos;s case first.</source>
        <translation>该预约未关联个案。请先为来访者开案或选择个案。</translation>
    </message>
    <message>
        <source>This record is signed and locked. Add an addendum instead.</source>
        <translation>该记录已签署并锁定，请改为添加补充说明。</translation>
    </message>
    <message>
        <source>Only the counsellor who wrote this record can edit or sign it.</source>
        <translation>只有撰写该记录的咨询师可以修改或签署。</translation>
    </message>
    <message>
        <source>Addenda are added to signed records; edit the draft instead.</source>
        <translation>补充说明只能添加到已签署的记录；草稿请直接修改。</translation>
    </message>
    <message>
        <source>The end is not after the start.</source>
        <translation>结束时间须晚于开始时间。</translation>
    </message>
    <message>
        <source>A risk is ticked: choose its level (low, medium or high).</source>
        <translation>已勾选风险项：请选择风险等级（低、中或高）。</translation>
    </message>
    <message>
        <source>A group session needs its other participants.</source>
        <translation>团体咨询需要填写其他成员。</translation>
    </message>
    <message>
        <source>Signed visit record #{visit} was changed outside the application.</source>
        <translation>已签署的咨询记录 #{visit} 在本程序之外被改动。</translation>
    </message>
    <message>
        <source>An addendum of visit record #{visit} was changed or removed outside the application.</source>
        <translation>咨询记录 #{visit} 的补充说明在本程序之外被改动或删除。</translation>
    </message>
    <message>
        <source>This crisis record no longer exists.</source>
        <translation>该危机记录已不存在。</translation>
    </message>
    <message>
        <source>This crisis is already closed.</source>
        <translation>该危机已结束。</translation>
    </message>
    <message>
        <source>Mark the step as done or as not applicable.</source>
        <translation>请将该步骤标记为“已完成”或“不适用”。</translation>
    </message>
    <message>
        <source>Enter at least one follow-up date.</source>
        <translation>请至少填写一个跟进日期。</translation>
    </message>
    <message>
        <source>{steps} required step(s) are not settled yet: each must be done or marked not applicable with a reason.</source>
        <translation>还有 {steps} 个必需步骤未处理：每一步都须完成，或注明原因后标记为不适用。</translation>
    </message>
    <message>
        <source>This case has an open crisis. Close the crisis first.</source>
        <translation>该个案有尚未结束的危机，请先结束危机干预。</translation>
    </message>
    <message>
        <source>Choose between 1 and 1,000,000 clients.</source>
        <translation>来访者数量应在 1 到 1,000,000 之间。</translation>
    </message>
    <message>
        <source>This consent record no longer exists.</source>
        <translation>该知情同意记录已不存在。</translation>
    </message>
    <message>
        <source>No signed form is attached.</source>
        <translation>未附签字的同意书。</translation>
    </message>
    <message>
        <source>Consent is informed only once the limits of confidentiality (保密例外) were explained. Explain them, then tick this.</source>
        <translation>只有向对方说明保密例外之后，才算知情同意。请先说明，再勾选此项。</translation>
    </message>
    <message>
        <source>The scan is larger than {max_mb} MB. Scan at a lower resolution.</source>
        <translation>扫描件超过 {max_mb} MB，请以较低分辨率扫描。</translation>
    </message>
    <message>
        <source>Attach the scan as a PDF, PNG or JPEG file.</source>
        <translation>请以 PDF、PNG 或 JPEG 文件附上扫描件。</translation>
    </message>
    <message>
        <source>This consent was already withdrawn.</source>
        <translation>该同意已被撤回。</translation>
    </message>
    <message>
        <source>The withdrawal date is before the consent was given.</source>
        <translation>撤回日期早于同意日期。</translation>
    </message>
    <message>
        <source>Unknown way of printing.</source>
        <translation>未知的打印方式。</translation>
    </message>
    <message>
        <source>This referral no longer exists.</source>
        <translation>该转介记录已不存在。</translation>
    </message>
    <message>
        <source>A student is referred only with the guardian&apos;s consent. Record it first.</source>
        <translation>学生转介须征得监护人同意，请先记录同意情况。</translation>
    </message>
    <message>
        <source>The follow-up date is before the referral.</source>
        <translation>跟进日期早于转介日期。</translation>
    </message>
    <message>
        <source>The feedback date is before the referral.</source>
        <translation>反馈日期早于转介日期。</translation>
    </message>
    <message>
        <source>This referral is already closed.</source>
        <translation>该转介已结束。</translation>
    </message>
    <message>
        <source>The file&apos;s text encoding is neither UTF-8 nor GBK/GB18030. Save it again from Excel as “CSV UTF-8” or as .xlsx.</source>
        <translation>文件编码既不是 UTF-8 也不是 GBK/GB18030。请在 Excel 中另存为“CSV UTF-8”或 .xlsx 格式。</translation>
    </message>
    <message>
        <source>The file cannot be read as an Excel workbook (.xlsx).</source>
        <translation>无法作为 Excel 工作簿（.xlsx）读取该文件。</translation>
    </message>
    <message>
        <source>The file is too large for a student list.</source>
        <translation>文件过大，不像是学生名单。</translation>
    </message>
    <message>
        <source>The file cannot be read: {path}</source>
        <translation>无法读取文件：{path}</translation>
    </message>
    <message>
        <source>Files of type {suffix} are not supported; use .xlsx or .csv.</source>
        <translation>不支持 {suffix} 类型的文件，请使用 .xlsx 或 .csv。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>The file has more than {max} rows.</source>
        <translation>文件超过 {max} 行。</translation>
    </message>
    <message>
        <source>No column is chosen for this field, and it is required.</source>
        <translation>此项为必填，但尚未对应到任何列。</translation>
    </message>
    <message>
        <source>The same person appears again (row {other}).</source>
        <translation>同一人重复出现（见第 {other} 行）。</translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation>文件中没有可导入的行。</translation>
    </message>
    <message>
        <source>“{value}” is not a gender (男/女).</source>
        <translation>“{value}”不是有效的性别（男/女）。</translation>
    </message>
    <message>
        <source>“{value}” is not a client type (学生/家长/教职工).</source>
        <translation>“{value}”不是有效的来访者类型（学生/家长/教职工）。</translation>
    </message>
    <message>
        <source>“{value}” is not a date like 2010-05-01.</source>
        <translation>“{value}”不是有效日期（例如 2010-05-01）。</translation>
    </message>
    <message>
        <source>The file was rejected; nothing was imported ({count} problem(s)).</source>
        <translation>文件未通过检查，未导入任何记录（共 {count} 处问题）。</translation>
    </message>
    <message>
        <source>Database integrity: {detail}</source>
        <translation>数据库完整性：{detail}</translation>
    </message>
    <message>
        <source>Audit log: row {expected} is missing (next row is {found}).</source>
        <translation>审计日志：缺少第 {expected} 条（下一条为第 {found} 条）。</translation>
    </message>
    <message>
        <source>Audit log: row {seq} does not follow the row before it.</source>
        <translation>审计日志：第 {seq} 条与前一条衔接不上。</translation>
    </message>
    <message>
        <source>Audit log: row {seq} was altered.</source>
        <translation>审计日志：第 {seq} 条已被改动。</translation>
    </message>
    <message>
        <source>Audit log: more problems than listed.</source>
        <translation>审计日志：还有更多问题未列出。</translation>
    </message>
    <message>
        <source>Audit log: empty — its rows were removed.</source>
        <translation>审计日志：为空——其中的记录已被删除。</translation>
    </message>
    <message>
        <source>Audit log: the reference kept in the system key store is missing, so a rolled-back copy could not be detected.</source>
        <translation>审计日志：系统密钥库中保存的核对基准缺失，因此无法发现被回滚的旧副本。</translation>
    </message>
    <message>
        <source>Audit log: the database is older than this computer remembers (it has {found} rows, {expected} were recorded) — an older copy of the file may have been put back.</source>
        <translation>审计日志：数据库比本机记录的更旧（现有 {found} 条，本机记录为 {expected} 条）——可能有人放回了较旧的文件副本。</translation>
    </message>
    <message>
        <source>Audit log: row {seq} differs from the one this computer remembers — the history was replaced.</source>
        <translation>审计日志：第 {seq} 条与本机记录的不一致——历史记录已被替换。</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <source>New account</source>
        <translation>新建账户</translation>
    </message>
    <message>
        <source>The new colleague gets a one-time password, which you hand over in person. They choose their own password at the first login.</source>
        <translation>新同事会获得一个一次性密码，请您当面转交。对方首次登录时再设置自己的密码。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>As colleagues know the person, for example 张明 or 张老师.</source>
        <translation>按同事间的习惯称呼填写，例如 张明 或 张老师。</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Typed at login, for example zhangming. Letters, digits or Chinese characters; no spaces.</source>
        <translation>登录时输入，例如 zhangming。可使用字母、数字或汉字，不能含空格。</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>创建账户</translation>
    </message>
</context>
<context>
    <name>OneTimePasswordDialog</name>
    <message>
        <source>One-time password</source>
        <translation>一次性密码</translation>
    </message>
    <message>
        <source>One-time password for {who}</source>
        <translation>{who} 的一次性密码</translation>
    </message>
    <message>
        <source>User name: {username}</source>
        <translation>用户名：{username}</translation>
    </message>
    <message>
        <source>Hand it to the person in private — do not send it by chat or e-mail.</source>
        <translation>请私下交给本人，不要通过聊天软件或电子邮件发送。</translation>
    </message>
    <message>
        <source>They must change it at their first login.</source>
        <translation>对方首次登录时必须修改此密码。</translation>
    </message>
    <message>
        <source>It is shown only this once and is not stored anywhere. If it gets lost, reset the password again.</source>
        <translation>此密码只显示这一次，不会保存在任何地方。如果遗失，请再次重置密码。</translation>
    </message>
    <message>
        <source>I have handed it over</source>
        <translation>我已转交</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>New recovery code</source>
        <translation>新的恢复码</translation>
    </message>
    <message>
        <source>The new recovery code is active</source>
        <translation>新的恢复码已生效</translation>
    </message>
    <message>
        <source>The old recovery sheet no longer works: destroy it. Print the new sheet now and lock it away. This code is shown only this once.</source>
        <translation>旧的恢复密钥单已失效，请将其销毁。请立即打印新的恢复密钥单并锁好保管。此恢复码只显示这一次。</translation>
    </message>
    <message>
        <source>Print recovery sheet…</source>
        <translation>打印恢复密钥单…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Only to take it to a printer on a USB stick; delete the file afterwards</source>
        <translation>仅用于以 U 盘拷到打印机处打印；打印后请删除该文件</translation>
    </message>
    <message>
        <source>The new sheet has not been printed. Without it the records cannot be opened again after a disk failure. Close anyway?</source>
        <translation>新的恢复密钥单尚未打印。没有它，硬盘一旦发生故障，将无法再打开档案。仍要关闭吗？</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>CounselRoom — recovery</source>
        <translation>CounselRoom — 恢复访问</translation>
    </message>
    <message>
        <source>Open the records with the recovery code</source>
        <translation>用恢复码打开档案</translation>
    </message>
    <message>
        <source>Reset a forgotten password</source>
        <translation>重置忘记的密码</translation>
    </message>
    <message>
        <source>The supervisor&apos;s recovery sheet resets any account&apos;s password. The recovery is recorded in the audit log.</source>
        <translation>负责人保管的恢复密钥单可以重置任何账户的密码。此次恢复操作会记入审计日志。</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>恢复码</translation>
    </message>
    <message>
        <source>48 digits in 8 groups, as printed on the recovery sheet</source>
        <translation>共 8 组、48 位数字，与恢复密钥单上印的一致</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>At least 8 characters; a short sentence is fine.</source>
        <translation>至少 8 个字符；用一句短句即可。</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <source>Choose backup…</source>
        <translation>选择备份…</translation>
    </message>
    <message>
        <source>Backup of the records</source>
        <translation>档案备份</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Choose a backup of the records</source>
        <translation>选择档案备份</translation>
    </message>
    <message>
        <source>CounselRoom database (*.db);;All files (*)</source>
        <translation>CounselRoom 数据库 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose the backup file to restore.</source>
        <translation>请选择要恢复的备份文件。</translation>
    </message>
    <message>
        <source>Access restored. Because this computer&apos;s key was renewed, these accounts need a new one-time password from the supervisor (Accounts page): {names}</source>
        <translation>已恢复访问。由于本机密钥已更新，以下账户需要负责人在“账户管理”页面为其重新生成一次性密码：{names}</translation>
    </message>
    <message>
        <source>Recovery failed ({error}).</source>
        <translation>恢复失败（{error}）。</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Your recovery code</source>
        <translation>您的恢复码</translation>
    </message>
    <message>
        <source>Shown only this once. Print the recovery sheet now.</source>
        <translation>仅显示这一次。请立即打印恢复密钥单。</translation>
    </message>
    <message>
        <source>Creating the encrypted records…</source>
        <translation>正在创建加密档案…</translation>
    </message>
    <message>
        <source>Print recovery sheet…</source>
        <translation>打印恢复密钥单…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>I have printed or written down the recovery code and will keep it in a locked cabinet.</source>
        <translation>我已打印或抄下恢复码，并会将其存放在上锁的柜子中。</translation>
    </message>
    <message>
        <source>The records are ready. This code opens them on a new computer and resets a forgotten password. Whoever has it and a copy of the records can read them: keep the sheet locked away, never photograph it or store it on a computer.</source>
        <translation>档案已创建完成。凭此恢复码可在新计算机上打开档案，也可重置忘记的密码。任何人只要同时拿到恢复码和档案副本，就能读取档案：请将恢复密钥单锁好保管，切勿拍照，也不要保存在计算机上。</translation>
    </message>
    <message>
        <source>The records could not be created ({error}).</source>
        <translation>无法创建档案（{error}）。</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>Recovery sheet</source>
        <translation>恢复密钥单</translation>
    </message>
    <message>
        <source>The PDF contains the recovery code. Save it only to a USB stick you take straight to a printer, print it, then delete the file. Never keep it on this computer.</source>
        <translation>此 PDF 文件包含恢复码。请只将其保存到 U 盘，直接拿到打印机处打印，打印后删除该文件。切勿将其保存在这台计算机上。</translation>
    </message>
</context>
<context>
    <name>Risk</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Supervisor</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>咨询师</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助理</translation>
    </message>
    <message>
        <source>A counsellor works with their own cases: the clients they counsel, with visit records, tests, crises and referrals, plus registration and appointments.</source>
        <translation>咨询师负责自己的个案：本人所咨询的来访者及其咨询记录、心理测验、危机干预和转介，另外还可办理来访登记和预约。</translation>
    </message>
    <message>
        <source>An assistant only registers clients and manages appointments. An assistant never sees visit records, tests or crisis records.</source>
        <translation>助理只负责来访者登记和预约管理，看不到咨询记录、心理测验或危机干预记录。</translation>
    </message>
    <message>
        <source>A supervisor sees all records and also runs the administration: accounts, audit log, settings, archive export and the recovery code.</source>
        <translation>负责人可查看全部档案，并负责管理工作：账户、审计日志、设置、归档导出和恢复码。</translation>
    </message>
</context>
<context>
    <name>RoomPage</name>
    <message>
        <source>Welcome to CounselRoom</source>
        <translation>欢迎使用 CounselRoom</translation>
    </message>
    <message>
        <source>Set up the records of your counselling room on this computer.</source>
        <translation>在这台计算机上建立本心理咨询室的档案。</translation>
    </message>
    <message>
        <source>Everything you record is kept encrypted on this computer only. Opening it needs this computer and a user&apos;s password. In the next steps you create the supervisor&apos;s account and receive a recovery code to print and lock away.</source>
        <translation>您记录的所有内容都只加密保存在这台计算机上。打开档案既需要这台计算机，也需要用户的密码。接下来您将创建负责人账户，并获得一个恢复码，请将其打印出来锁好保管。</translation>
    </message>
    <message>
        <source>Room name</source>
        <translation>咨询室名称</translation>
    </message>
    <message>
        <source>As it appears on printed documents, e.g. 某某中学心理辅导室</source>
        <translation>即打印文件上显示的名称，例如 某某中学心理辅导室</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>Import a student list</source>
        <translation>导入学生名单</translation>
    </message>
    <message>
        <source>Register a whole class or grade from an Excel (.xlsx) or CSV file. The list is checked first: if any row has a problem, nothing is imported, so a list is never half registered.</source>
        <translation>从 Excel（.xlsx）或 CSV 文件登记整个班级或年级。导入前会先检查名单：只要有一行有问题，就一行也不导入，名单不会只登记一半。</translation>
    </message>
    <message>
        <source>1  Choose the file</source>
        <translation>1  选择文件</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>尚未选择文件。</translation>
    </message>
    <message>
        <source>2  Which column holds what</source>
        <translation>2  对应各列</translation>
    </message>
    <message>
        <source>(do not import)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>3  Check the preview</source>
        <translation>3  检查预览</translation>
    </message>
    <message>
        <source>Choose a file to see what would be imported.</source>
        <translation>选择文件后，这里会显示将要导入的内容。</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Registered as</source>
        <translation>已有档案号</translation>
    </message>
    <message>
        <source>Grade / class</source>
        <translation>年级 / 班级</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>前几行</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Already registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Choose a student list</source>
        <translation>选择学生名单</translation>
    </message>
    <message>
        <source>Student lists (*.xlsx *.csv);;All files (*)</source>
        <translation>学生名单 (*.xlsx *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation>第 {number} 列</translation>
    </message>
    <message>
        <source>New: {new}    Already registered (will be skipped): {known}    Problems: {problems}</source>
        <translation>新来访者：{new}    已登记（将跳过）：{known}    问题：{problems}</translation>
    </message>
    <message>
        <source>Problems ({count})</source>
        <translation>问题（{count}）</translation>
    </message>
    <message>
        <source>Already registered ({count})</source>
        <translation>已登记（{count}）</translation>
    </message>
    <message>
        <source>{count} problem(s) found: nothing will be imported. Correct the file (or the column choice) and check again.</source>
        <translation>发现 {count} 处问题：不会导入任何一行。请改正文件（或列的对应）后重新检查。</translation>
    </message>
    <message>
        <source>Everyone in this list is registered already; there is nothing new to import.</source>
        <translation>名单中的人都已登记，没有需要导入的新来访者。</translation>
    </message>
    <message>
        <source>Ready: {count} new client(s) will be registered.</source>
        <translation>检查通过：将登记 {count} 位新来访者。</translation>
    </message>
    <message>
        <source>Nothing to preview.</source>
        <translation>没有可预览的内容。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Monday</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The window is rebuilt at once in the chosen language. This computer remembers the choice.</source>
        <translation>窗口会立即以所选语言重新显示。本机会记住这一选择。</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>我的账户</translation>
    </message>
    <message>
        <source>{name} ({username}), {role}</source>
        <translation>{name}（{username}），{role}</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>修改密码…</translation>
    </message>
    <message>
        <source>Counselling room</source>
        <translation>心理咨询室</translation>
    </message>
    <message>
        <source>Name of the room</source>
        <translation>咨询室名称</translation>
    </message>
    <message>
        <source>Shown in the title bar and on printed documents</source>
        <translation>显示在标题栏和打印文件上</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Lock automatically after</source>
        <translation>自动锁定时间</translation>
    </message>
    <message>
        <source>Only the supervisor can change these settings.</source>
        <translation>只有负责人可以修改这些设置。</translation>
    </message>
    <message>
        <source>When nobody uses this computer for this long, the records lock, so nobody passing by can read them. At most {max} minutes.</source>
        <translation>这台计算机无人操作达到此时长后，档案会自动锁定，以免路过的人看到内容。最长 {max} 分钟。</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>开放时间</translation>
    </message>
    <message>
        <source>For example 9:00-12:00, 13:00-17:00. Leave a day empty when the room is closed.</source>
        <translation>例如 9:00-12:00，13:00-17:00。不开放的日子留空即可。</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>不开放</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <source>Save the room name, automatic lock and opening hours</source>
        <translation>保存咨询室名称、自动锁定时间和开放时间</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>恢复码</translation>
    </message>
    <message>
        <source>The recovery sheet opens the records on a new computer and resets forgotten passwords. Make a new code if the sheet was lost or someone else may have seen it.</source>
        <translation>凭恢复密钥单可在新计算机上打开档案，也可重置忘记的密码。如果恢复密钥单遗失，或可能被他人看到，请生成新的恢复码。</translation>
    </message>
    <message>
        <source>Make a new recovery code…</source>
        <translation>生成新的恢复码…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation>{n} 分钟</translation>
    </message>
    <message>
        <source>Open {hours} hours a week — below the minimum: the counselling room must be open to students regularly, at least {min} hours every week.</source>
        <translation>每周开放 {hours} 小时，低于要求：心理辅导室应定期对学生开放，每周不少于 {min} 小时。</translation>
    </message>
    <message>
        <source>Open {hours} hours a week (the rules ask for at least {min}).</source>
        <translation>每周开放 {hours} 小时（制度要求至少 {min} 小时）。</translation>
    </message>
    <message>
        <source>Days with a mistake are not counted.</source>
        <translation>填写有误的日子未计入。</translation>
    </message>
    <message>
        <source>Nothing to save: no setting was changed.</source>
        <translation>无需保存：没有修改任何设置。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Changing the language rebuilds the window, and the settings you have not saved yet are lost. Change the language anyway?</source>
        <translation>切换语言会重建窗口，尚未保存的设置将会丢失。仍要切换语言吗？</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
    <message>
        <source>New recovery code</source>
        <translation>新的恢复码</translation>
    </message>
    <message>
        <source>Make a new recovery code?

The current recovery sheet stops working at once. You will see the new code and can print the new sheet right away; then destroy the old sheet.</source>
        <translation>要生成新的恢复码吗？

当前的恢复密钥单将立即失效。随后会显示新的恢复码，您可以马上打印新的恢复密钥单；之后请销毁旧的恢复密钥单。</translation>
    </message>
</context>
<context>
    <name>VisitEditor</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>In a few words, e.g. 考试焦虑</source>
        <translation>简要概括，例如：考试焦虑</translation>
    </message>
    <message>
        <source>Presenting issue</source>
        <translation>主要问题</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>主诉</translation>
    </message>
    <message>
        <source>Session process</source>
        <translation>咨询过程</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>咨询师评估</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>下一步计划</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>风险评估</translation>
    </message>
    <message>
        <source>Self-harm or suicide</source>
        <translation>自伤/自杀风险</translation>
    </message>
    <message>
        <source>Harm to others</source>
        <translation>伤害他人风险</translation>
    </message>
    <message>
        <source>Being harmed by others</source>
        <translation>受到他人伤害</translation>
    </message>
    <message>
        <source>Concerns:</source>
        <translation>风险类型：</translation>
    </message>
    <message>
        <source>Arranged</source>
        <translation>已安排</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>下次预约</translation>
    </message>
    <message>
        <source>Signing locks the record; afterwards only addenda can be added.</source>
        <translation>签署后记录将被锁定，之后只能添加补充说明。</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>签署…</translation>
    </message>
    <message>
        <source>Check the record and sign it; it is then locked</source>
        <translation>核对记录并签署；签署后记录将被锁定</translation>
    </message>
    <message>
        <source>A correction or addition; it is dated and signed with your name.</source>
        <translation>用于更正或补充；将注明日期并以您的姓名签署。</translation>
    </message>
    <message>
        <source>Add addendum…</source>
        <translation>添加补充说明…</translation>
    </message>
    <message>
        <source>Choose a case and open a visit record, or start a new one.</source>
        <translation>请选择一个个案并打开一条咨询记录，或新建一条。</translation>
    </message>
    <message>
        <source>Only the counsellor who wrote this draft can edit or sign it.</source>
        <translation>只有撰写此草稿的咨询师才能编辑或签署。</translation>
    </message>
    <message>
        <source>Signed on {when}. The record is locked; add an addendum to correct or complete it.</source>
        <translation>已于 {when} 签署。记录已锁定；如需更正或补充，请添加补充说明。</translation>
    </message>
    <message>
        <source>Addendum, {when}, {author}:
{text}</source>
        <translation>补充说明，{when}，{author}：
{text}</translation>
    </message>
    <message>
        <source>No addenda yet.</source>
        <translation>暂无补充说明。</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>未保存：{reason}</translation>
    </message>
    <message>
        <source>Autosaved {time}</source>
        <translation>已自动保存 {time}</translation>
    </message>
    <message>
        <source>Sign the record</source>
        <translation>签署记录</translation>
    </message>
    <message>
        <source>After signing, the record is locked; afterwards only addenda can be added.

Sign it now?</source>
        <translation>签署后记录将被锁定，之后只能添加补充说明。

现在签署吗？</translation>
    </message>
    <message>
        <source>Crisis intervention opened</source>
        <translation>已启动危机干预</translation>
    </message>
    <message>
        <source>The record was signed with a {risk} risk. A crisis intervention was opened for this case: follow it through, step by step, on the crisis page.</source>
        <translation>该记录签署时风险等级为“{risk}”。已为该个案启动危机干预：请在危机干预页面逐步跟进处理。</translation>
    </message>
</context>
<context>
    <name>VisitLabels</name>
    <message>
        <source>Individual</source>
        <translation>个体</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>团体</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <source>My open cases</source>
        <translation>我的进行中个案</translation>
    </message>
    <message>
        <source>Awaiting signature</source>
        <translation>待签署</translation>
    </message>
    <message>
        <source>Unsigned drafts: double-click to continue</source>
        <translation>未签署的草稿：双击继续编辑</translation>
    </message>
    <message>
        <source>Visit records</source>
        <translation>咨询记录</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>次序</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>New visit record</source>
        <translation>新建咨询记录</translation>
    </message>
    <message>
        <source>Start the next visit record of the selected case</source>
        <translation>为所选个案新建下一次咨询记录</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>{name}  {case_no} · case {number}</source>
        <translation>{name}  {case_no} · 个案 {number}</translation>
    </message>
    <message>
        <source>Opened {date}</source>
        <translation>{date} 开案</translation>
    </message>
    <message>
        <source>You have no open case. Open one on the Clients page.</source>
        <translation>您没有进行中的个案。请在“来访者”页面开案。</translation>
    </message>
    <message>
        <source>{name} · visit {no} · {date}</source>
        <translation>{name} · 第 {no} 次 · {date}</translation>
    </message>
    <message>
        <source>(another counsellor)</source>
        <translation>（其他咨询师）</translation>
    </message>
    <message>
        <source>No unsigned drafts.</source>
        <translation>没有未签署的草稿。</translation>
    </message>
    <message>
        <source>Visit records of {case}</source>
        <translation>{case} 的咨询记录</translation>
    </message>
    <message>
        <source>Visit {no}</source>
        <translation>第 {no} 次</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已签署</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>已签署</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>{name} ({case_no}) · case {number} · visit {no} · {status}</source>
        <translation>{name}（{case_no}）· 个案 {number} · 第 {no} 次 · {status}</translation>
    </message>
    <message>
        <source>Visit {no} signed and locked.</source>
        <translation>第 {no} 次咨询记录已签署并锁定。</translation>
    </message>
    <message>
        <source>Addendum added.</source>
        <translation>已添加补充说明。</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
</context>
</TS>
