<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About CounselRoom</source>
        <translation>关于心理咨询室档案管理</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>版本 {version}</translation>
    </message>
    <message>
        <source>Encrypted, offline records for a school&apos;s psychological counselling room, kept on this PC only.</source>
        <translation>学校心理咨询室的离线档案管理软件：全部记录加密保存，只存放在这台电脑上。</translation>
    </message>
    <message>
        <source>Runs on {components}</source>
        <translation>运行环境：{components}</translation>
    </message>
    <message>
        <source>CounselRoom includes these free and open-source components. Select one to read its licence.</source>
        <translation>本软件包含以下自由及开源组件。选中一项即可阅读其许可证全文。</translation>
    </message>
    <message>
        <source>Replacing Qt and {pyside}</source>
        <translation>替换 Qt 与 {pyside}</translation>
    </message>
    <message>
        <source>Qt and {pyside} are used unmodified under the {lgpl}. You may replace them with your own or a modified build: in the installed application their shared libraries are separate files in the {folder} folder (and {shiboken_folder}), and compatible builds of the same version ({version}) can be put in their place.</source>
        <translation>本软件依据 {lgpl} 使用 Qt 与 {pyside}，未作任何修改。您可以用自行构建或修改过的版本替换它们：在安装好的程序中，它们的共享库是 {folder} 文件夹（以及 {shiboken_folder}）中的独立文件，可以换成同一版本（{version}）的兼容构建。</translation>
    </message>
    <message>
        <source>Source code of Qt and {pyside}, from the Qt Project: {url}</source>
        <translation>Qt 与 {pyside} 的源代码可从 Qt 项目获取：{url}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The licence texts are missing from this installation ({file}).</source>
        <translation>此安装缺少许可证文本（{file}）。</translation>
    </message>
</context>
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
        <source>You are logged in with this account now</source>
        <translation>您当前正在使用此账户登录</translation>
    </message>
    <message>
        <source>Has not logged in yet</source>
        <translation>尚未登录</translation>
    </message>
    <message>
        <source>Now (this session)</source>
        <translation>当前登录中</translation>
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
    <name>ActivitiesModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>参加人数</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>课时</translation>
    </message>
    <message>
        <source>Run by</source>
        <translation>主讲/组织</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>How many took part (— not counted)</source>
        <translation>参加人数（— 表示未统计）</translation>
    </message>
    <message>
        <source>Length in class periods (课时)</source>
        <translation>时长（课时）</translation>
    </message>
    <message>
        <source>Plans, sign-in sheets and other files kept with the entry</source>
        <translation>与记录一同保存的方案、签到表等附件</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>What the room did beyond individual counselling: lessons, talks, group guidance, parents&apos; talks, training and campaigns, counted in the term and year reports. No client data is kept here.</source>
        <translation>个别咨询之外的工作：心理健康课、讲座、团体辅导、家长讲座、培训与宣传活动，计入学期和学年报告。这里不记录任何来访者信息。</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>学年</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Log an activity…</source>
        <translation>登记活动…</translation>
    </message>
    <message>
        <source>Record a lesson, talk, training or campaign the room held</source>
        <translation>登记心理咨询室开展的课程、讲座、培训或宣传活动</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Change the selected entry (double-click it). You can change what you logged or ran; the supervisor, any entry.</source>
        <translation>修改所选记录（或双击）。您可以修改自己登记或主讲的活动；负责人可修改任何记录。</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Delete the selected entry if it was logged by mistake</source>
        <translation>删除误登记的所选记录</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>View</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Show the selected file (recorded in the audit log)</source>
        <translation>查看所选附件（记入审计日志）</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>另存副本…</translation>
    </message>
    <message>
        <source>Write the selected file outside the encrypted records (recorded in the audit log)</source>
        <translation>将所选附件另存到加密档案之外（记入审计日志）</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动记录</translation>
    </message>
    <message>
        <source>{start}–{end} school year</source>
        <translation>{start}–{end}学年</translation>
    </message>
    <message>
        <source>Whole school year</source>
        <translation>全学年</translation>
    </message>
    <message>
        <source>First term (Sep–Jan)</source>
        <translation>上学期（9月–次年1月）</translation>
    </message>
    <message>
        <source>Second term (Feb–Jul)</source>
        <translation>下学期（2月–7月）</translation>
    </message>
    <message>
        <source>{year}-{month}</source>
        <translation>{year}年{month}月</translation>
    </message>
    <message>
        <source>{n} activity</source>
        <translation>{n} 次活动</translation>
    </message>
    <message>
        <source>{n} activities</source>
        <translation>{n} 次活动</translation>
    </message>
    <message>
        <source>{n} period</source>
        <translation>{n} 课时</translation>
    </message>
    <message>
        <source>{n} periods</source>
        <translation>{n} 课时</translation>
    </message>
    <message>
        <source>{n} attended</source>
        <translation>{n} 人参加</translation>
    </message>
    <message>
        <source>No activity logged in this period.</source>
        <translation>该时段没有登记活动。</translation>
    </message>
    <message>
        <source>Choose an entry to see it in full.</source>
        <translation>选择一条记录查看详情。</translation>
    </message>
    <message>
        <source>{date} · {kind}</source>
        <translation>{date} · {kind}</translation>
    </message>
    <message>
        <source>Audience: {audience}</source>
        <translation>对象：{audience}</translation>
    </message>
    <message>
        <source>Attended: {count}</source>
        <translation>参加人数：{count}</translation>
    </message>
    <message>
        <source>Length: {n} period</source>
        <translation>时长：{n} 课时</translation>
    </message>
    <message>
        <source>Length: {n} periods</source>
        <translation>时长：{n} 课时</translation>
    </message>
    <message>
        <source>Run by: {names}</source>
        <translation>主讲/组织：{names}</translation>
    </message>
    <message>
        <source>Logged by {name} on {date}</source>
        <translation>{name} 于 {date} 登记</translation>
    </message>
    <message>
        <source>{name} ({size})</source>
        <translation>{name}（{size}）</translation>
    </message>
    <message>
        <source>Activity logged: {title}.</source>
        <translation>已登记活动：{title}。</translation>
    </message>
    <message>
        <source>Activity changed: {title}.</source>
        <translation>已修改活动：{title}。</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>删除活动记录</translation>
    </message>
    <message>
        <source>Delete &quot;{title}&quot; of {date}, with its files? Delete only what was logged by mistake: the reports count every entry.</source>
        <translation>删除 {date} 的“{title}”及其附件？只删除误登记的记录：工作报告会统计每一条记录。</translation>
    </message>
    <message>
        <source>Activity deleted: {title}.</source>
        <translation>已删除活动：{title}。</translation>
    </message>
    <message>
        <source>Activity file</source>
        <translation>活动附件</translation>
    </message>
    <message>
        <source>Print a paper copy of the file (recorded in the audit log)</source>
        <translation>打印附件的纸质副本（记入审计日志）</translation>
    </message>
    <message>
        <source>Ctrl + mouse wheel zooms. The file is shown from the encrypted records and is not saved anywhere.</source>
        <translation>按住 Ctrl 滚动鼠标滚轮可缩放。附件直接从加密档案中显示，不会保存到任何地方。</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <source>The copy is saved outside the encrypted records, where anyone with the computer or the drive can read it. A sign-in sheet carries names: keep the copy only as long as it is needed. Saving it is recorded in the audit log.</source>
        <translation>副本将保存在加密档案之外，能接触这台电脑或该存储设备的任何人都能读取。签到表上有姓名：副本只在需要时保留。另存操作会记入审计日志。</translation>
    </message>
    <message>
        <source>Nothing was saved: &quot;{path}&quot; could not be written.</source>
        <translation>未保存：无法写入“{path}”。</translation>
    </message>
    <message>
        <source>A copy of {name} was saved as {path}.</source>
        <translation>{name} 的副本已保存为 {path}。</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Change an activity</source>
        <extracomment>The audience a kind of activity is usually for (a new entry follows the kind until the audience is chosen).</extracomment>
        <translation>修改活动记录</translation>
    </message>
    <message>
        <source>Log an activity</source>
        <translation>登记活动</translation>
    </message>
    <message>
        <source>No client data: name no student and write nothing anyone confided. Counselling of registered clients, in a group too, is recorded as a visit.</source>
        <translation>不记录来访者信息：不写学生姓名，不写任何人倾诉的内容。对已登记来访者的咨询（包括团体咨询）请记录为咨询记录。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>e.g. 认识情绪, 考前减压, 如何与青春期孩子沟通</source>
        <translation>例如：认识情绪、考前减压、如何与青春期孩子沟通</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>未统计</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>参加人数</translation>
    </message>
    <message>
        <source>Leave &quot;Not counted&quot; where nobody counted.</source>
        <translation>没有统计人数时保留“未统计”。</translation>
    </message>
    <message>
        <source>The rules count in class periods (课时): a lesson for every class every two weeks, at least 10 periods of teacher training a year.</source>
        <translation>制度以课时计：每班每两周 1 课时心理健康课，教师培训每年不少于 10 课时。</translation>
    </message>
    <message>
        <source>Class periods</source>
        <translation>课时</translation>
    </message>
    <message>
        <source>课时, as the rules count them; 0 where there are none (a campaign).</source>
        <translation>按制度计的课时；没有课时的活动（如宣传）填 0。</translation>
    </message>
    <message>
        <source>Run by</source>
        <translation>主讲/组织</translation>
    </message>
    <message>
        <source>Name and where from, e.g. 张医生, 市精神卫生中心</source>
        <translation>姓名及单位，例如：张医生，市精神卫生中心</translation>
    </message>
    <message>
        <source>From outside</source>
        <translation>外请人员</translation>
    </message>
    <message>
        <source>What was done, materials used, how it went. No names of students.</source>
        <translation>活动内容、所用材料、效果。不写学生姓名。</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>添加附件…</translation>
    </message>
    <message>
        <source>A plan, a sign-in sheet scan: PDF, PNG or JPEG</source>
        <translation>活动方案、签到表扫描件：PDF、PNG 或 JPEG</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Do not keep the selected file with this entry</source>
        <translation>不再随本记录保存所选附件</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Kept encrypted in the records. Afterwards delete the scanner&apos;s copy of the file.</source>
        <translation>附件加密保存在档案中。保存后请删除扫描仪留下的文件。</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <source>Save activity</source>
        <translation>保存活动</translation>
    </message>
    <message>
        <source>Which grade, e.g. 初一年级</source>
        <translation>哪个年级，例如：初一年级</translation>
    </message>
    <message>
        <source>Which class, e.g. 初二(3)班 (one class an entry)</source>
        <translation>哪个班，例如：初二(3)班（每条记录一个班）</translation>
    </message>
    <message>
        <source>Optional, e.g. 初三家长</source>
        <translation>可不填，例如：初三家长</translation>
    </message>
    <message>
        <source>Optional, e.g. 全体班主任</source>
        <translation>可不填，例如：全体班主任</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可不填</translation>
    </message>
    <message>
        <source>Who, e.g. 各班心理委员</source>
        <translation>哪些人，例如：各班心理委员</translation>
    </message>
    <message>
        <source>Choose a file to keep with the entry</source>
        <translation>选择随记录保存的附件</translation>
    </message>
    <message>
        <source>The file cannot be read: {path}</source>
        <translation>无法读取文件：{path}</translation>
    </message>
    <message>
        <source>{name} ({size})</source>
        <translation>{name}（{size}）</translation>
    </message>
</context>
<context>
    <name>ActivityLabels</name>
    <message>
        <source>{audience} · {detail}</source>
        <translation>{audience} · {detail}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>AllCasesReasonDialog</name>
    <message>
        <source>Search all cases</source>
        <translation>搜索全部个案</translation>
    </message>
    <message>
        <source>You are about to search the notes of every counsellor&apos;s cases. Give the reason; it is recorded in the audit log with every search you make in this mode.</source>
        <translation>您即将搜索所有咨询师个案中的记录。请填写原因；在此模式下，您的每一次搜索都会连同该原因记入审计日志。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>e.g. checking a parent&apos;s complaint</source>
        <translation>例如：核实家长投诉</translation>
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
        <source>Visit record…</source>
        <translation>咨询记录…</translation>
    </message>
    <message>
        <source>Write the visit record of this attended appointment (double-click the row does the same); it goes into the appointment&apos;s case</source>
        <translation>为这次已到访的预约填写咨询记录（双击该行效果相同）；记录将写入该预约所属的个案</translation>
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
        <source>Quarter {quarter} has been archived: this booking can no longer be changed.</source>
        <translation>{quarter} 季度已归档：此预约不能再更改。</translation>
    </message>
    <message>
        <source>{count} booking this week. Double-click a free time, or press Ctrl+N, to book the room.</source>
        <translation>本周共 {count} 个预约。双击空闲时段或按 Ctrl+N 即可预约咨询室。</translation>
    </message>
    <message>
        <source>{count} bookings this week. Double-click a free time, or press Ctrl+N, to book the room.</source>
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
    <message>
        <source>Visit {no} of {client} ({day} {start}) is ready to write on the Visit records page.</source>
        <translation>{client} 的第 {no} 次咨询记录（{day} {start}）已可在“咨询记录”页面填写。</translation>
    </message>
    <message>
        <source>Visit record</source>
        <translation>咨询记录</translation>
    </message>
    <message>
        <source>{client} has no open case you work on, so the visit record has nowhere to go.

Open a case for {client} on the Clients page first (or ask the supervisor to share the case with you), then open the visit record again.</source>
        <translation>{client} 没有由您负责的进行中个案，咨询记录无处归入。

请先在“来访者”页面为 {client} 开案（或请负责人将个案共享给您），然后再打开咨询记录。</translation>
    </message>
    <message>
        <source>Which case?</source>
        <translation>写入哪个个案？</translation>
    </message>
    <message>
        <source>{client} has several open cases. In which one should the visit record of {day} {start} be written?</source>
        <translation>{client} 有多个进行中的个案。{day} {start} 的咨询记录应写入哪一个？</translation>
    </message>
    <message>
        <source>Case {number} · {counsellor} · since {date}</source>
        <translation>个案 {number} · {counsellor} · {date} 开案</translation>
    </message>
</context>
<context>
    <name>ArchiveClientsModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
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
        <source>Student no. {number}</source>
        <translation>学号 {number}</translation>
    </message>
</context>
<context>
    <name>ArchiveExportDialog</name>
    <message>
        <source>{year} Q{number} ({first} to {last})</source>
        <extracomment>Quarters offered besides the last complete one (three years back). Counts shown per row in the preview. Unsettled records listed by name in the preview (the rest are counted).</extracomment>
        <translation>{year}年第{number}季度（{first} 至 {last}）</translation>
    </message>
    <message>
        <source>Gather the quarter&apos;s records</source>
        <extracomment>Where a failure sends the supervisor back to.</extracomment>
        <translation>汇总本季度的记录</translation>
    </message>
    <message>
        <source>Write the records database</source>
        <translation>写入档案数据库</translation>
    </message>
    <message>
        <source>Make a PDF case file per client</source>
        <translation>为每位来访者生成 PDF 个案档案</translation>
    </message>
    <message>
        <source>Encrypt (7-Zip AES-256)</source>
        <translation>加密（7-Zip AES-256）</translation>
    </message>
    <message>
        <source>Write it to the drive</source>
        <translation>写入 U 盘</translation>
    </message>
    <message>
        <source>Read it back from the drive and check it</source>
        <translation>从 U 盘读回并校验</translation>
    </message>
    <message>
        <source>Visit record of {day} ({counsellor}): not signed</source>
        <translation>{day} 的咨询记录（{counsellor}）：未签署</translation>
    </message>
    <message>
        <source>Test of {day} ({counsellor}): not signed</source>
        <translation>{day} 的心理测验（{counsellor}）：未签署</translation>
    </message>
    <message>
        <source>Crisis of {day} ({counsellor}): still open</source>
        <translation>{day} 的危机（{counsellor}）：尚未结束</translation>
    </message>
    <message>
        <source>Archive receipt</source>
        <translation>归档回执单</translation>
    </message>
    <message>
        <source>The receipt holds no client data, but it has the passphrase on it: keep the file locked away, never on the archive drive.</source>
        <translation>回执单不含来访者信息，但印有归档密码：请将其锁好保管，切勿与归档 U 盘放在一起。</translation>
    </message>
    <message>
        <source>The receipt holds no client data: the file name, its checksum and the counts.</source>
        <translation>回执单不含来访者信息，仅包括文件名、校验和及各项数量。</translation>
    </message>
    <message>
        <source>Archive a quarter</source>
        <translation>季度归档</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Each quarter&apos;s records go onto a USB drive, encrypted, as one file. After the archive has been written and checked, the quarter&apos;s visit records and tests can no longer be changed here; an addendum is still possible and goes into the next quarter&apos;s archive.</source>
        <translation>每个季度的记录加密后以一个文件存入 U 盘。归档写入并校验完成后，本季度的咨询记录和心理测验将不能再在此修改；仍可添加补充说明，补充说明将归入下一季度的归档。</translation>
    </message>
    <message>
        <source>Quarter:</source>
        <translation>季度：</translation>
    </message>
    <message>
        <source>What the archive will hold:</source>
        <translation>归档内容：</translation>
    </message>
    <message>
        <source>I have seen these and archive them as they are</source>
        <translation>我已查看上述事项，按现状归档</translation>
    </message>
    <message>
        <source>{quarter} — archived on {day}</source>
        <translation>{quarter} — 已于 {day} 归档</translation>
    </message>
    <message>
        <source>This quarter was archived on {day} by {who} ({file}). Archiving it again writes a new copy; the earlier one stays valid.</source>
        <translation>本季度已于 {day} 由 {who} 归档（{file}）。再次归档将写入一份新副本，原有归档仍然有效。</translation>
    </message>
    <message>
        <source>{count} unsigned visit record</source>
        <translation>{count} 份咨询记录未签署</translation>
    </message>
    <message>
        <source>{count} unsigned visit records</source>
        <translation>{count} 份咨询记录未签署</translation>
    </message>
    <message>
        <source>{count} unsigned test</source>
        <translation>{count} 份心理测验未签署</translation>
    </message>
    <message>
        <source>{count} unsigned tests</source>
        <translation>{count} 份心理测验未签署</translation>
    </message>
    <message>
        <source>{count} open crisis</source>
        <translation>{count} 个未结束的危机</translation>
    </message>
    <message>
        <source>{count} open crises</source>
        <translation>{count} 个未结束的危机</translation>
    </message>
    <message>
        <source>Not settled in this quarter: {what}.</source>
        <translation>本季度尚有未处理完的事项：{what}。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… 另有 {count} 项</translation>
    </message>
    <message>
        <source>Best: ask the counsellors to sign these records first, then archive. Otherwise unsigned records are archived as drafts. A crisis still open is archived as it stands, and again with the next quarter.</source>
        <translation>建议：先请咨询师签署这些记录，再进行归档。否则未签署的记录将作为草稿归档。未结束的危机按当前状态归档，并会随下一季度再次归档。</translation>
    </message>
    <message>
        <source>The archive is encrypted with a passphrase (7-Zip AES-256). Anyone who has the drive and the passphrase can read every record of the quarter, and nobody can without it — not even CounselRoom. Keep the passphrase apart from the drive, e.g. in the school&apos;s safe.</source>
        <translation>归档使用归档密码加密（7-Zip AES-256）。任何人只要同时持有 U 盘和归档密码，就能读取本季度的全部记录；没有归档密码，任何人都无法读取，包括 CounselRoom 本身。请将归档密码与 U 盘分开保管，例如放在学校的保险柜中。</translation>
    </message>
    <message>
        <source>Print the receipt…</source>
        <translation>打印回执单…</translation>
    </message>
    <message>
        <source>The receipt names the file, its checksum and the counts; no client data</source>
        <translation>回执单列出文件名、校验和及各项数量，不含来访者信息</translation>
    </message>
    <message>
        <source>Save the receipt as PDF…</source>
        <translation>将回执单另存为 PDF…</translation>
    </message>
    <message>
        <source>Keep the receipt as a PDF file</source>
        <translation>将回执单保存为 PDF 文件</translation>
    </message>
    <message>
        <source>With the passphrase on it</source>
        <translation>印上归档密码</translation>
    </message>
    <message>
        <source>Prints the passphrase in a box on the receipt. Keep such a receipt locked away, never with the drive.</source>
        <translation>在回执单上以方框印出归档密码。此类回执单请锁好保管，切勿与 U 盘放在一起。</translation>
    </message>
    <message>
        <source>Archiving {quarter} to {path}…</source>
        <translation>正在将 {quarter} 归档到 {path}…</translation>
    </message>
    <message>
        <source>The archive is being checked; this cannot be stopped.</source>
        <translation>正在校验归档，此过程无法中止。</translation>
    </message>
    <message>
        <source>{quarter} archived to {path}</source>
        <translation>{quarter} 已归档到 {path}</translation>
    </message>
    <message>
        <source>The archive is written and checked.</source>
        <translation>归档已写入并校验完成。</translation>
    </message>
    <message>
        <source>File: {path} ({size})</source>
        <translation>文件：{path}（{size}）</translation>
    </message>
    <message>
        <source>SHA-256: {digest}</source>
        <translation>SHA-256：{digest}</translation>
    </message>
    <message>
        <source>Seal: {seal}</source>
        <translation>防篡改封印：{seal}</translation>
    </message>
    <message>
        <source>Now print the receipt for your file, take the drive out and lock it away — apart from the passphrase. The quarter&apos;s records are read-only from now on.</source>
        <translation>现在请为您的文件打印回执单，取下 U 盘并锁好保管——与归档密码分开存放。自即日起，本季度的记录为只读。</translation>
    </message>
    <message>
        <source>Archiving {quarter} did not finish</source>
        <translation>{quarter} 归档未完成</translation>
    </message>
    <message>
        <source>Nothing was archived.</source>
        <translation>未进行任何归档。</translation>
    </message>
    <message>
        <source>Receipt printed.</source>
        <translation>回执单已打印。</translation>
    </message>
    <message>
        <source>Receipt saved.</source>
        <translation>回执单已保存。</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>U 盘</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>归档密码</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Plug in the USB drive for the archive of {quarter}. The file will be named {file}; an archive already on the drive is never touched.</source>
        <translation>请插入用于 {quarter} 归档的 U 盘。文件将命名为 {file}；U 盘上已有的归档不会被改动。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Start archiving</source>
        <translation>开始归档</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Stop archiving? Nothing will be left on the drive.</source>
        <translation>要中止归档吗？U 盘上不会留下任何内容。</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在中止…</translation>
    </message>
</context>
<context>
    <name>ArchivePage</name>
    <message>
        <source>At the end of every quarter its records are archived onto a USB drive, encrypted with a passphrase, and the drive is locked away. The archive can be opened here again to look something up.</source>
        <extracomment>Interrupted exports, which :meth:`ArchivePage._reconcile` settles. Those of them whose drive is not plugged in: named until it is.</extracomment>
        <translation>每个季度结束时，将该季度的记录加密（使用归档密码）归档到 U 盘，并将 U 盘锁好保管。之后仍可在此打开归档以备查阅。</translation>
    </message>
    <message>
        <source>Archive a quarter…</source>
        <translation>季度归档…</translation>
    </message>
    <message>
        <source>Write a quarter&apos;s records to a USB drive, encrypted, and check them</source>
        <translation>将一个季度的记录加密写入 U 盘并进行校验</translation>
    </message>
    <message>
        <source>Open an archive…</source>
        <translation>打开归档…</translation>
    </message>
    <message>
        <source>Look something up in an archive file (read-only)</source>
        <translation>在归档文件中查阅信息（只读）</translation>
    </message>
    <message>
        <source>Print the receipt…</source>
        <translation>打印回执单…</translation>
    </message>
    <message>
        <source>Print the receipt of the chosen archive again (without the passphrase)</source>
        <translation>重新打印所选归档的回执单（不含归档密码）</translation>
    </message>
    <message>
        <source>Save the receipt as PDF…</source>
        <translation>将回执单另存为 PDF…</translation>
    </message>
    <message>
        <source>Save the receipt of the chosen archive as a PDF file</source>
        <translation>将所选归档的回执单保存为 PDF 文件</translation>
    </message>
    <message>
        <source>Archives made</source>
        <translation>已完成的归档</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>The archives cannot be listed: {reason}</source>
        <translation>无法列出归档：{reason}</translation>
    </message>
    <message>
        <source>No quarter has been archived yet. &quot;Archive a quarter…&quot; guides you through it.</source>
        <translation>尚未归档任何季度。点击“季度归档…”，按提示逐步完成。</translation>
    </message>
    <message>
        <source>{quarter} is archived ({day}).</source>
        <translation>{quarter} 已归档（{day}）。</translation>
    </message>
    <message>
        <source>{quarter} has ended and is not archived yet.</source>
        <translation>{quarter} 已结束，尚未归档。</translation>
    </message>
    <message>
        <source>{quarter} holds no records to archive.</source>
        <translation>{quarter} 没有需要归档的记录。</translation>
    </message>
    <message>
        <source>Receipt printed.</source>
        <translation>回执单已打印。</translation>
    </message>
    <message>
        <source>Receipt saved.</source>
        <translation>回执单已保存。</translation>
    </message>
    <message>
        <source>{quarter} archived: {file}</source>
        <translation>{quarter} 已归档：{file}</translation>
    </message>
</context>
<context>
    <name>ArchiveReconcile</name>
    <message>
        <source>The export of {quarter} that was interrupted had written {path} completely: it is now recorded as archived, and its receipt can be printed on the Archive page.</source>
        <translation>{quarter} 中途中断的导出已把 {path} 完整写入：现已登记为已归档，可在“归档”页打印其回执。</translation>
    </message>
    <message>
        <source>The export of {quarter} that was interrupted had written an archive, but a record of the quarter has changed since. The file was set aside as {path} (not deleted) and the quarter is not archived: archive it again.</source>
        <translation>{quarter} 中途中断的导出写入了一份归档，但此后本季度有记录被修改。该文件已改名为 {path} 另存（未删除），本季度仍未归档：请重新归档。</translation>
    </message>
    <message>
        <source>An export of {quarter} to {folder} was interrupted. Plug that drive in again and open this page: the archive on it is then checked, and recorded or set aside.</source>
        <translation>{quarter} 导出到 {folder} 时中断。请重新插入该 U 盘并打开本页：程序将核对其中的归档，予以登记或另存。</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
</context>
<context>
    <name>ArchiveViewer</name>
    <message>
        <source>Archive {quarter} — 以备查阅 (read-only)</source>
        <translation>{quarter} 归档 — 以备查阅（只读）</translation>
    </message>
    <message>
        <source>Clients and records</source>
        <translation>来访者与记录</translation>
    </message>
    <message>
        <source>About this archive</source>
        <translation>归档信息</translation>
    </message>
    <message>
        <source>README</source>
        <translation>说明文件</translation>
    </message>
    <message>
        <source>Audit log of the quarter</source>
        <translation>本季度审计日志</translation>
    </message>
    <message>
        <source>READ-ONLY</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>Nothing here can be changed. The archive is held in memory only and is forgotten when this window closes or the records lock. Printing and saving are recorded in the audit log.</source>
        <translation>此处内容均不可修改。归档仅保存在内存中，关闭此窗口或档案锁定时即被清除。打印和保存操作将记入审计日志。</translation>
    </message>
    <message>
        <source>Close archive</source>
        <translation>关闭归档</translation>
    </message>
    <message>
        <source>Close the archive and forget its contents (Ctrl+W)</source>
        <translation>关闭归档并清除其内容（Ctrl+W）</translation>
    </message>
    <message>
        <source>Find: name, pinyin (e.g. zs), case no., class</source>
        <translation>查找：姓名、拼音（如 zs）、档案号、班级</translation>
    </message>
    <message>
        <source>Name, pinyin initials, case no., grade and class or student no.; the list follows as you type (Ctrl+F)</source>
        <translation>可输入姓名、拼音首字母、档案号、年级和班级或学号；列表随输入实时筛选（Ctrl+F）</translation>
    </message>
    <message>
        <source>Open case file (PDF)</source>
        <translation>打开个案档案（PDF）</translation>
    </message>
    <message>
        <source>Show the client&apos;s case file as it was archived, bound and ready to print</source>
        <translation>显示该来访者归档时的个案档案，已装订，可直接打印</translation>
    </message>
    <message>
        <source>Print case file…</source>
        <translation>打印个案档案…</translation>
    </message>
    <message>
        <source>Print the archived case file (Ctrl+P); recorded in the audit log</source>
        <translation>打印归档的个案档案（Ctrl+P）；记入审计日志</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Save a copy of the archived case file as an unencrypted PDF; recorded in the audit log</source>
        <translation>将归档的个案档案另存为未加密的 PDF 副本；记入审计日志</translation>
    </message>
    <message>
        <source>Quarterly archive {quarter} · {room}</source>
        <translation>季度归档 {quarter} · {room}</translation>
    </message>
    <message>
        <source>Exported {time} by {name} · file {file} · SHA-256 {sha}…</source>
        <translation>{name} 于 {time} 导出 · 文件 {file} · SHA-256 {sha}…</translation>
    </message>
    <message>
        <source>SHA-256 of the archive file: {sha}</source>
        <translation>归档文件的 SHA-256：{sha}</translation>
    </message>
    <message>
        <source>Sealed by this room: unchanged since it was exported.</source>
        <extracomment>The order of the counts in the &quot;About&quot; tab; the rest follow as the manifest lists them.</extracomment>
        <translation>本室封印完好：自导出以来未被改动。</translation>
    </message>
    <message>
        <source>This archive opens, but it is not as this room exported it: its seal is missing or does not match. Its contents may have been changed after the export; rely on another copy of this quarter&apos;s archive.</source>
        <translation>此归档能够打开，但已不是本室导出时的样子：防篡改封印缺失或不符，内容可能在导出后被改动；请以本季度归档的其他副本为准。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Quarterly archive {quarter}</source>
        <translation>{quarter} 季度归档</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} 至 {last}</translation>
    </message>
    <message>
        <source>{time} by {name}</source>
        <translation>{time}，导出人：{name}</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>咨询室</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} 字节</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>防篡改封印</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>校验</translation>
    </message>
    <message>
        <source>Opened and checked: every file matches its checksum in the archive&apos;s manifest.</source>
        <translation>已打开并校验：所有文件均与归档清单中的校验和一致。</translation>
    </message>
    <message>
        <source>What the archive holds</source>
        <translation>归档内容</translation>
    </message>
    <message>
        <source>PDF case files</source>
        <translation>PDF 个案档案</translation>
    </message>
    <message>
        <source>No client in this archive matches &quot;{text}&quot;.</source>
        <translation>此归档中没有与“{text}”匹配的来访者。</translation>
    </message>
    <message>
        <source>{shown} of {total} clients</source>
        <translation>显示 {shown} 位，共 {total} 位来访者</translation>
    </message>
    <message>
        <source>{total} clients in this archive</source>
        <translation>此归档共有 {total} 位来访者</translation>
    </message>
    <message>
        <source>Choose a client on the left to see their records.</source>
        <translation>请在左侧选择来访者，查看其记录。</translation>
    </message>
    <message>
        <source>The archive holds no case file for this client.</source>
        <translation>归档中没有该来访者的个案档案。</translation>
    </message>
    <message>
        <source>Case file of {name} (archive {quarter})</source>
        <translation>{name} 的个案档案（{quarter} 归档）</translation>
    </message>
    <message>
        <source>Print the case file (recorded in the audit log)</source>
        <translation>打印个案档案（记入审计日志）</translation>
    </message>
    <message>
        <source>Ctrl + mouse wheel zooms. The case file is shown from the archive in memory and is not saved anywhere.</source>
        <translation>按住 Ctrl 滚动鼠标滚轮可缩放。个案档案直接从内存中的归档显示，不会保存到任何位置。</translation>
    </message>
    <message>
        <source>Ctrl + mouse wheel zooms. The scan is shown from the archive in memory and is not saved anywhere.</source>
        <translation>按住 Ctrl 滚动鼠标滚轮可缩放。扫描件直接从内存中的归档显示，不会保存到任何位置。</translation>
    </message>
    <message>
        <source>Case file of {name}</source>
        <translation>{name} 的个案档案</translation>
    </message>
    <message>
        <source>The case file of {name} was sent to the printer.</source>
        <translation>{name} 的个案档案已发送到打印机。</translation>
    </message>
    <message>
        <source>The PDF holds confidential counselling records of {name} and is not encrypted. Save it only where nobody else can open it, such as a USB stick you keep locked away, and delete it once it is printed or no longer needed. Saving is recorded in the audit log.</source>
        <translation>该 PDF 文件包含 {name} 的保密咨询记录，且未加密。请只保存在他人无法打开的地方，例如由您锁好保管的 U 盘；打印完毕或不再需要时请删除。保存操作将记入审计日志。</translation>
    </message>
    <message>
        <source>{case_no}-case-file-{quarter}.pdf</source>
        <translation>{case_no}-个案档案-{quarter}.pdf</translation>
    </message>
    <message>
        <source>The case file of {name} was saved as {path}.</source>
        <translation>{name} 的个案档案已保存为 {path}。</translation>
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
        <source>user name that is no account (shown as a tag)</source>
        <translation>非本室账户的用户名（以代号显示）</translation>
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
        <source>different user names</source>
        <translation>不同的用户名</translation>
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
        <source>material</source>
        <translation>测验材料</translation>
    </message>
    <message>
        <source>form or kit</source>
        <translation>材料类型</translation>
    </message>
    <message>
        <source>copies</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>used up</source>
        <translation>已使用（耗用）</translation>
    </message>
    <message>
        <source>taken by</source>
        <translation>领用人</translation>
    </message>
    <message>
        <source>stock change</source>
        <translation>库存变动</translation>
    </message>
    <message>
        <source>in the cabinet</source>
        <translation>柜中数量</translation>
    </message>
    <message>
        <source>total owned</source>
        <translation>总数</translation>
    </message>
    <message>
        <source>hand-out no.</source>
        <translation>领用编号</translation>
    </message>
    <message>
        <source>scale</source>
        <translation>量表</translation>
    </message>
    <message>
        <source>location</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <source>shift no.</source>
        <translation>值班时段编号</translation>
    </message>
    <message>
        <source>on duty</source>
        <translation>值班人</translation>
    </message>
    <message>
        <source>until</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>visitors</source>
        <translation>来访人次</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>minimum open hours a week</source>
        <translation>每周最低开放时长</translation>
    </message>
    <message>
        <source>term months</source>
        <translation>学期月份</translation>
    </message>
    <message>
        <source>smallest count printed in reports</source>
        <translation>报告中可印出的最小数字</translation>
    </message>
    <message>
        <source>day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>items</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>failed checks</source>
        <translation>未通过的核查</translation>
    </message>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>order changed</source>
        <translation>调整顺序</translation>
    </message>
    <message>
        <source>backup file</source>
        <translation>备份文件</translation>
    </message>
    <message>
        <source>kind of backup</source>
        <translation>备份类型</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>audit rows in the backup</source>
        <translation>备份中的审计日志条数</translation>
    </message>
    <message>
        <source>sound</source>
        <translation>是否完好</translation>
    </message>
    <message>
        <source>replaced database kept as</source>
        <translation>被替换的数据库另存为</translation>
    </message>
    <message>
        <source>audit rows of the replaced database</source>
        <translation>被替换数据库的审计日志条数</translation>
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
        <source>new copies added</source>
        <translation>新增入库</translation>
    </message>
    <message>
        <source>written off</source>
        <translation>核销</translation>
    </message>
    <message>
        <source>count corrected</source>
        <translation>更正数量</translation>
    </message>
    <message>
        <source>paper form</source>
        <translation>纸质问卷</translation>
    </message>
    <message>
        <source>kit</source>
        <translation>测验工具</translation>
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
        <source>Duty shift #{id}</source>
        <translation>值班时段 #{id}</translation>
    </message>
    <message>
        <source>Duty log {month}</source>
        <translation>值班记录 {month}</translation>
    </message>
    <message>
        <source>Closing checklist items</source>
        <translation>闭室检查项</translation>
    </message>
    <message>
        <source>Closing of {day}</source>
        <translation>{day} 闭室检查</translation>
    </message>
    <message>
        <source>Closing record {month}</source>
        <translation>闭室检查记录 {month}</translation>
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
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Backups of the records</source>
        <translation>档案备份</translation>
    </message>
    <message>
        <source>Backups are encrypted with the records&apos; own key: they open only in CounselRoom on this installation, or with the recovery code. Daily and on-demand backups are thinned out: the newest of each of the last 7 days, 4 weeks and 12 months is kept. Backups made before an update or a restore are never removed.</source>
        <translation>备份使用档案自身的密钥加密：只能在本机安装的 CounselRoom 中打开，或凭恢复码打开。每日备份和手动备份会定期精简：最近 7 天每天、最近 4 周每周、最近 12 个月每月各保留最新的一份。更新前或恢复前生成的备份永远不会被删除。</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>Other folder…</source>
        <translation>其他文件夹…</translation>
    </message>
    <message>
        <source>Show the backups on a drive or in another folder</source>
        <translation>查看 U 盘或其他文件夹中的备份</translation>
    </message>
    <message>
        <source>This computer&apos;s backups</source>
        <translation>本机备份</translation>
    </message>
    <message>
        <source>Back to the backups in the data folder</source>
        <translation>返回数据文件夹中的备份</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Make an encrypted backup in the data folder now</source>
        <translation>立即在数据文件夹中创建加密备份</translation>
    </message>
    <message>
        <source>Back up to a drive…</source>
        <translation>备份到 U 盘…</translation>
    </message>
    <message>
        <source>Write an encrypted backup to a USB drive or another folder; keep it locked away</source>
        <translation>将加密备份写入 U 盘或其他文件夹，并锁好保管</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>校验</translation>
    </message>
    <message>
        <source>Check that the chosen backup opens and that its pages, audit log and signed records are intact</source>
        <translation>检查所选备份能否打开，以及其中的数据页、审计日志和已签署记录是否完好</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <source>Replace the records with the chosen backup, after checking it</source>
        <translation>先校验所选备份，再用它替换当前档案</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>{path} (this computer&apos;s data folder)</source>
        <translation>{path}（本机数据文件夹）</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>正在读取备份…</translation>
    </message>
    <message>
        <source>No backups in this folder yet. &quot;Back up now&quot; makes one.</source>
        <translation>此文件夹中还没有备份。点击“立即备份”即可创建。</translation>
    </message>
    <message>
        <source>Choose a backup to see what it holds.</source>
        <translation>选择一个备份以查看其内容。</translation>
    </message>
    <message>
        <source>File: {name} ({size})</source>
        <translation>文件：{name}（{size}）</translation>
    </message>
    <message>
        <source>Audit log: {rows} rows, the last of {time} (its check value begins {mac}).</source>
        <translation>审计日志：共 {rows} 条，最后一条记于 {time}（校验值开头为 {mac}）。</translation>
    </message>
    <message>
        <source>Database version {version}.</source>
        <translation>数据库版本 {version}。</translation>
    </message>
    <message>
        <source>Its recovery keys are beside it ({name}): with the recovery sheet of its time it opens on a new computer. Copy or move both files together.</source>
        <translation>它旁边有恢复密钥文件（{name}）：凭制作时的恢复密钥单，可在新电脑上打开。复制或移动时请两个文件一起。</translation>
    </message>
    <message>
        <source>No recovery keys beside it: on a new computer the recovery sheet cannot open this backup. Make a new backup.</source>
        <translation>旁边没有恢复密钥文件：在新电脑上，恢复密钥单打不开这份备份。请做一份新备份。</translation>
    </message>
    <message>
        <source>Folder with backups</source>
        <translation>选择备份所在的文件夹</translation>
    </message>
    <message>
        <source>Write the backup to which drive or folder?</source>
        <translation>将备份保存到哪个 U 盘或文件夹？</translation>
    </message>
    <message>
        <source>Making the backup…</source>
        <translation>正在创建备份…</translation>
    </message>
    <message>
        <source>Backup made: {path}</source>
        <translation>备份已创建：{path}</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>正在校验 {name}…</translation>
    </message>
    <message>
        <source>Sound. The backup opens with this installation&apos;s key; its pages, structure, audit log ({rows} rows) and signed records are intact.</source>
        <translation>校验通过。该备份可用本次安装的密钥打开；其数据页、结构、审计日志（{rows} 条）和已签署记录均完好。</translation>
    </message>
    <message>
        <source>This backup has problems; do not rely on it:</source>
        <translation>此备份存在问题，请勿依赖：</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>Made</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>来访者</translation>
    </message>
    <message>
        <source>Visit records</source>
        <translation>咨询记录</translation>
    </message>
    <message>
        <source>Audit log rows</source>
        <translation>审计日志条数</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>does not open</source>
        <translation>无法打开</translation>
    </message>
</context>
<context>
    <name>BackupsPanel</name>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>CounselRoom makes an encrypted backup once a day when it is used, and before every update. Now and then, also back up to a USB drive and keep it locked away.</source>
        <translation>CounselRoom 每天使用时会自动创建一次加密备份，每次更新前也会备份。此外，请定期备份到 U 盘并锁好保管。</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Make an encrypted backup in the data folder now</source>
        <translation>立即在数据文件夹中创建加密备份</translation>
    </message>
    <message>
        <source>Backups…</source>
        <translation>查看备份…</translation>
    </message>
    <message>
        <source>See every backup and what it holds; verify or restore one</source>
        <translation>查看所有备份及其内容；校验或恢复备份</translation>
    </message>
    <message>
        <source>No backup has been made yet.</source>
        <translation>尚未创建任何备份。</translation>
    </message>
    <message>
        <source>Last backup: {time} ({kind}).</source>
        <translation>上次备份：{time}（{kind}）。</translation>
    </message>
    <message>
        <source>None yet today.</source>
        <translation>今天尚未备份。</translation>
    </message>
    <message>
        <source>Making the backup…</source>
        <translation>正在创建备份…</translation>
    </message>
    <message>
        <source>Backup made.</source>
        <translation>备份已创建。</translation>
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
        <source>The visit record of this appointment will be written in this case</source>
        <translation>该预约的咨询记录将写入此个案</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>个案</translation>
    </message>
    <message>
        <source>Where the visit record goes. It can also be linked later, when the client has come.</source>
        <translation>咨询记录写入的个案。也可以等来访者到访后再关联。</translation>
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
        <source>Practical only, e.g. &quot;comes after PE&quot;. No clinical content here.</source>
        <translation>仅填写事务性信息，例如“体育课后过来”。请勿在此填写咨询内容。</translation>
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
        <source>No registered client matches &quot;{text}&quot;. Register the client on the Clients page first.</source>
        <translation>没有与“{text}”匹配的已登记来访者。请先在“来访者”页面登记。</translation>
    </message>
    <message>
        <source>✓ {name} · case no. {case_no}</source>
        <translation>✓ {name} · 档案号 {case_no}</translation>
    </message>
    <message>
        <source>Choose the client first</source>
        <translation>请先选择来访者</translation>
    </message>
    <message>
        <source>No open case: open one on the Clients page</source>
        <translation>没有进行中的个案：请在“来访者”页面开案</translation>
    </message>
    <message>
        <source>No case yet (link it later)</source>
        <translation>暂不关联个案（之后再关联）</translation>
    </message>
    <message>
        <source>Case {number} · {counsellor} · since {date}</source>
        <translation>个案 {number} · {counsellor} · {date} 开案</translation>
    </message>
    <message>
        <source>The case already linked</source>
        <translation>已关联的个案</translation>
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
    <name>CampaignDialog</name>
    <message>
        <source>Change the campaign</source>
        <translation>修改普查</translation>
    </message>
    <message>
        <source>New screening campaign</source>
        <translation>新建心理普查</translation>
    </message>
    <message>
        <source>Who is screened, with which scales, when, and what the school told students and parents. The campaign opens for answer sheets once the notice is entered; the scales cannot change after that.</source>
        <translation>普查对象、所用量表、普查时间，以及学校向学生和家长告知的情况。填写告知情况后才能开始普查、录入答卷；开始后量表不能再更改。</translation>
    </message>
    <message>
        <source>e.g. 2026学年初一新生心理普查</source>
        <translation>例如：2026学年初一新生心理普查</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>{name}, {items} items</source>
        <translation>{name}，共 {items} 题</translation>
    </message>
    <message>
        <source>Scales</source>
        <translation>量表</translation>
    </message>
    <message>
        <source>Sheets were scored with these scales: they no longer change.</source>
        <translation>已有答卷按这些量表计分，量表不能再更改。</translation>
    </message>
    <message>
        <source>From the scale library (the supervisor imports the school&apos;s licensed scales).</source>
        <translation>从量表库中选择（学校已获授权的量表由负责人导入）。</translation>
    </message>
    <message>
        <source>Reading the roster…</source>
        <translation>正在读取学生名单…</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>普查对象</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>普查时间</translation>
    </message>
    <message>
        <source>e.g. 已于9月家长会及致家长的一封信告知；家长可于9月20日前书面申请不参加。</source>
        <translation>例如：已于9月家长会及致家长的一封信告知；家长可于9月20日前书面申请不参加。</translation>
    </message>
    <message>
        <source>Notice given</source>
        <translation>告知情况</translation>
    </message>
    <message>
        <source>What the school told students and parents, and how parents could opt out. Needed before the campaign opens.</source>
        <translation>学校向学生和家长告知了哪些内容，以及家长如何申请不参加。开始普查前必须填写。</translation>
    </message>
    <message>
        <source>Excluded by the room</source>
        <translation>由咨询室排除</translation>
    </message>
    <message>
        <source>e.g. on sick leave, absent, already in counselling</source>
        <translation>例如：病假、缺席、正在接受咨询</translation>
    </message>
    <message>
        <source>Opted out by parents</source>
        <translation>家长不同意参加</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>不参加普查</translation>
    </message>
    <message>
        <source>Never screened; counted apart in the summary.</source>
        <translation>这些学生不参加普查，在汇总中单独统计。</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <source>Create campaign</source>
        <translation>创建普查</translation>
    </message>
    <message>
        <source>No students are registered yet: import the roster on the Clients page first.</source>
        <translation>尚未登记任何学生：请先在“来访者”页面导入学生名单。</translation>
    </message>
    <message>
        <source>{n} students on the roster in the chosen grades and classes.</source>
        <translation>所选年级和班级在名单中共有 {n} 名学生。</translation>
    </message>
    <message>
        <source>No student has the number {numbers}.</source>
        <translation>没有学号为 {numbers} 的学生。</translation>
    </message>
</context>
<context>
    <name>CampaignsModel</name>
    <message>
        <source>Campaign</source>
        <extracomment>Where a student to interview stands, in the order the work goes.</extracomment>
        <translation>普查</translation>
    </message>
    <message>
        <source>Scales</source>
        <translation>量表</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>普查对象</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>普查时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Screened / in scope</source>
        <translation>已普查 / 应普查</translation>
    </message>
    <message>
        <source>To interview</source>
        <translation>需约谈</translation>
    </message>
    <message>
        <source>Interviewed</source>
        <translation>已约谈</translation>
    </message>
    <message>
        <source>Known once the campaign is opened below</source>
        <translation>在下方打开该普查后显示</translation>
    </message>
</context>
<context>
    <name>CaseDialogs</name>
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
    <name>CaseLabels</name>
    <message>
        <source>Not asked</source>
        <translation>未询问</translation>
    </message>
    <message>
        <source>1 – very dissatisfied</source>
        <translation>1 – 非常不满意</translation>
    </message>
    <message>
        <source>2 – dissatisfied</source>
        <translation>2 – 不满意</translation>
    </message>
    <message>
        <source>3 – neutral</source>
        <translation>3 – 一般</translation>
    </message>
    <message>
        <source>4 – satisfied</source>
        <translation>4 – 满意</translation>
    </message>
    <message>
        <source>5 – very satisfied</source>
        <translation>5 – 非常满意</translation>
    </message>
    <message>
        <source>{name} · case {number}</source>
        <translation>{name} · 个案 {number}</translation>
    </message>
</context>
<context>
    <name>CaseOutcomeDialog</name>
    <message>
        <source>The case is yours; the supervisor can reassign it later.</source>
        <translation>该个案由您负责；负责人之后可以改派。</translation>
    </message>
</context>
<context>
    <name>CasePrinting</name>
    <message>
        <source>Preparing the document…</source>
        <translation>正在生成文档…</translation>
    </message>
    <message>
        <source>The PDF holds confidential counselling records of {name}. Save it only where nobody else can open it, such as a USB stick you keep locked away, and delete it once it is printed or no longer needed. Saving is recorded in the audit log.</source>
        <translation>该 PDF 文件包含 {name} 的保密咨询记录。请只保存在他人无法打开的地方，例如由您锁好保管的 U 盘；打印完毕或不再需要时请删除。保存操作将记入审计日志。</translation>
    </message>
    <message>
        <source>Case file of {name}</source>
        <translation>{name} 的个案档案</translation>
    </message>
    <message>
        <source>Visit record {no} of {name}</source>
        <translation>{name} 的第 {no} 次咨询记录</translation>
    </message>
</context>
<context>
    <name>CaseVisitsModel</name>
    <message>
        <source>Session</source>
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
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已签署</translation>
    </message>
    <message>
        <source>Draft, not signed</source>
        <translation>草稿，未签署</translation>
    </message>
</context>
<context>
    <name>CaseWindow</name>
    <message>
        <source>Print case file…</source>
        <translation>打印个案档案…</translation>
    </message>
    <message>
        <source>Print every case of this client you may open, with all visit records, bound as one file (装订成册)</source>
        <translation>将该来访者您有权查看的所有个案连同全部咨询记录装订成册打印</translation>
    </message>
    <message>
        <source>Save case file as PDF…</source>
        <translation>将个案档案另存为 PDF…</translation>
    </message>
    <message>
        <source>Save the bound file as a PDF, e.g. to print it elsewhere</source>
        <translation>将装订好的档案另存为 PDF，例如拿到别处打印</translation>
    </message>
    <message>
        <source>De-identified export…</source>
        <translation>去标识化导出…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close this window (Esc)</source>
        <translation>关闭此窗口（Esc）</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>危机干预</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>转介</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>知情同意</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>心理测验</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Presenting problem</source>
        <translation>来访问题</translation>
    </message>
    <message>
        <source>Reason for opening</source>
        <translation>开案原因</translation>
    </message>
    <message>
        <source>Counselling plan (咨询方案)</source>
        <translation>咨询方案</translation>
    </message>
    <message>
        <source>Outcome (效果评价)</source>
        <translation>效果评价</translation>
    </message>
    <message>
        <source>Closing summary</source>
        <translation>结案小结</translation>
    </message>
    <message>
        <source>Client satisfaction</source>
        <translation>来访者满意度</translation>
    </message>
    <message>
        <source>Edit plan…</source>
        <translation>编辑方案…</translation>
    </message>
    <message>
        <source>Change the reason, the presenting problem or the plan</source>
        <translation>修改开案原因、来访问题或咨询方案</translation>
    </message>
    <message>
        <source>Close case…</source>
        <translation>结案…</translation>
    </message>
    <message>
        <source>结案: closing summary and outcome evaluation</source>
        <translation>结案：填写结案小结和效果评价</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新开案</translation>
    </message>
    <message>
        <source>Open the case again to record new visits</source>
        <translation>重新开启个案，以便记录新的咨询</translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation>改派…</translation>
    </message>
    <message>
        <source>Give the case to another counsellor</source>
        <translation>将个案改派给其他咨询师</translation>
    </message>
    <message>
        <source>Share…</source>
        <translation>共享…</translation>
    </message>
    <message>
        <source>Let other counsellors open this case, or stop it</source>
        <translation>允许其他咨询师查看此个案，或取消共享</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>New visit record</source>
        <translation>新建咨询记录</translation>
    </message>
    <message>
        <source>Start this case&apos;s next visit record; it opens on the Visit records page to be written and signed</source>
        <translation>为本个案新建下一次咨询记录，将在“咨询记录”页面打开，供填写和签署</translation>
    </message>
    <message>
        <source>Print visit record…</source>
        <translation>打印咨询记录…</translation>
    </message>
    <message>
        <source>Print the selected visit record</source>
        <translation>打印所选的咨询记录</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Save the selected visit record as a PDF</source>
        <translation>将所选的咨询记录另存为 PDF</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>咨询记录</translation>
    </message>
    <message>
        <source>{case} — case window</source>
        <translation>{case} — 个案窗口</translation>
    </message>
    <message>
        <source>{status} on {date}</source>
        <translation>{date} {status}</translation>
    </message>
    <message>
        <source>Case no. {case_no} · {status} · Counsellor: {counsellor} · Opened {date}</source>
        <translation>档案号 {case_no} · {status} · 咨询师：{counsellor} · {date} 开案</translation>
    </message>
    <message>
        <source>Shared with: {names}</source>
        <translation>共享给：{names}</translation>
    </message>
    <message>
        <source>No plan written yet. Use &quot;Edit plan…&quot; to add it.</source>
        <translation>尚未填写咨询方案。请点击“编辑方案…”添加。</translation>
    </message>
    <message>
        <source>{count} visit record. Records are written and signed on the Visit records page.</source>
        <translation>共 {count} 份咨询记录。咨询记录在“咨询记录”页面填写和签署。</translation>
    </message>
    <message>
        <source>{count} visit records. Records are written and signed on the Visit records page.</source>
        <translation>共 {count} 份咨询记录。咨询记录在“咨询记录”页面填写和签署。</translation>
    </message>
    <message>
        <source>No visit records yet. They are written on the Visit records page.</source>
        <translation>暂无咨询记录。咨询记录在“咨询记录”页面填写。</translation>
    </message>
    <message>
        <source>The case is closed: reopen it to record a new visit</source>
        <translation>本个案已结案：如需记录新的咨询，请先重新开案</translation>
    </message>
    <message>
        <source>The case without anything that identifies the client, for supervision, teaching or research</source>
        <translation>去除一切可识别来访者信息的个案，用于督导、教学或研究</translation>
    </message>
    <message>
        <source>Family and school</source>
        <translation>家校沟通</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>心理普查</translation>
    </message>
    <message>
        <source>Plan saved.</source>
        <translation>咨询方案已保存。</translation>
    </message>
    <message>
        <source>Case closed.</source>
        <translation>已结案。</translation>
    </message>
    <message>
        <source>Reopen case</source>
        <translation>重新开案</translation>
    </message>
    <message>
        <source>Reopen {case}? New visit records can then be written. The closing summary is kept and offered again when the case is closed.</source>
        <translation>要重新开启 {case} 吗？之后可以继续填写新的咨询记录。结案小结会保留，再次结案时将重新带出。</translation>
    </message>
    <message>
        <source>Case reopened.</source>
        <translation>已重新开案。</translation>
    </message>
    <message>
        <source>Case reassigned to {name}.</source>
        <translation>个案已改派给 {name}。</translation>
    </message>
    <message>
        <source>Sharing changed.</source>
        <translation>共享设置已更改。</translation>
    </message>
    <message>
        <source>Visit record {no} sent to the printer.</source>
        <translation>第 {no} 次咨询记录已发送到打印机。</translation>
    </message>
    <message>
        <source>Visit record {no} saved to {path}.</source>
        <translation>第 {no} 次咨询记录已保存到 {path}。</translation>
    </message>
    <message>
        <source>Case file sent to the printer.</source>
        <translation>个案档案已发送到打印机。</translation>
    </message>
    <message>
        <source>Case file saved to {path}.</source>
        <translation>个案档案已保存到 {path}。</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>个案</translation>
    </message>
</context>
<context>
    <name>ChangeLevelDialog</name>
    <message>
        <source>Change level</source>
        <translation>调整等级</translation>
    </message>
    <message>
        <source>{student}, now {level}.</source>
        <translation>{student}，当前等级：{level}。</translation>
    </message>
    <message>
        <source>New level</source>
        <translation>新等级</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>What changed: a review, a report, an event…</source>
        <translation>有何变化：复评、他人反映、发生的事件…</translation>
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
    <name>Chip</name>
    <message>
        <source>Remove {name}</source>
        <translation>移除 {name}</translation>
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
        <source>The database in the data folder was sound and has been kept (it is newer than the backup); the backup was used only for its recovery keys.</source>
        <translation>数据文件夹中的数据库完好，已保留（它比备份更新）；备份只用于提供恢复密钥。</translation>
    </message>
    <message>
        <source>These accounts need a new password from the supervisor: {names}</source>
        <translation>以下账户需要负责人为其重新设置密码：{names}</translation>
    </message>
    <message>
        <source>The file was rejected, nothing was imported: {n} problem.</source>
        <translation>文件未通过检查，未导入任何记录：共 {n} 处问题。</translation>
    </message>
    <message>
        <source>The file was rejected, nothing was imported: {n} problems.</source>
        <translation>文件未通过检查，未导入任何记录：共 {n} 处问题。</translation>
    </message>
    <message>
        <source>Imported {imported} client; already registered: {skipped}.</source>
        <translation>已导入 {imported} 名来访者；已登记而跳过：{skipped} 名。</translation>
    </message>
    <message>
        <source>Imported {imported} clients; already registered: {skipped}.</source>
        <translation>已导入 {imported} 名来访者；已登记而跳过：{skipped} 名。</translation>
    </message>
    <message>
        <source>Row {row}, {field}: {problem}</source>
        <translation>第 {row} 行，{field}：{problem}</translation>
    </message>
    <message>
        <source>Added {clients} clients, {cases} cases, {visits} visit records, {crises} crises, {referrals} referrals.</source>
        <translation>已添加 {clients} 名来访者、{cases} 个个案、{visits} 份咨询记录、{crises} 次危机干预、{referrals} 次转介。</translation>
    </message>
    <message>
        <source>Archive {file} written and verified: {size} bytes, SHA-256 {sha256}.</source>
        <translation>归档文件 {file} 已写入并校验：{size} 字节，SHA-256 {sha256}。</translation>
    </message>
    <message>
        <source>{file} is sound: quarter {quarter}, every file matches its manifest (SHA-256 {sha256}).</source>
        <translation>{file} 完好：季度 {quarter}，所有文件均与清单一致（SHA-256 {sha256}）。</translation>
    </message>
    <message>
        <source>Whether it is as this room exported it was not checked: give the data folder (--data-dir, --user) or the receipt&apos;s SHA-256 (--sha256).</source>
        <translation>未核对是否与本室导出时一致：请提供数据文件夹（--data-dir、--user）或回执上的 SHA-256（--sha256）。</translation>
    </message>
    <message>
        <source>{file} is sound and as this room exported it: quarter {quarter}, unchanged since the export (SHA-256 {sha256}, seal {seal}).</source>
        <translation>{file} 完好，且与本室导出时一致：季度 {quarter}，自导出以来未被改动（SHA-256 {sha256}，封印 {seal}）。</translation>
    </message>
    <message>
        <source>An interrupted export had written {path} completely; it is now recorded as archived.</source>
        <translation>中断的导出已把 {path} 完整写入，现已登记为已归档。</translation>
    </message>
    <message>
        <source>Checking the database&apos;s pages and structure…</source>
        <translation>正在检查数据库页面和结构…</translation>
    </message>
    <message>
        <source>Checking the audit log&apos;s chain…</source>
        <translation>正在检查审计日志链…</translation>
    </message>
    <message>
        <source>Checking the seals of signed visit records…</source>
        <translation>正在检查已签名咨询记录的封印…</translation>
    </message>
    <message>
        <source>Checking the seals of signed tests…</source>
        <translation>正在检查已签名测验的封印…</translation>
    </message>
</context>
<context>
    <name>ClientDetail</name>
    <message>
        <source>Cases</source>
        <translation>个案</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the case</source>
        <translation>双击或按 Enter 打开个案</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>打开个案</translation>
    </message>
    <message>
        <source>Open the selected case in its own window</source>
        <translation>在单独的窗口中打开所选个案</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>新建个案…</translation>
    </message>
    <message>
        <source>Open a new case (个案) for this client</source>
        <translation>为该来访者开案</translation>
    </message>
    <message>
        <source>Case file…</source>
        <translation>个案档案…</translation>
    </message>
    <message>
        <source>Print or save the client&apos;s cases with their visit records, bound as one file (装订成册)</source>
        <translation>将该来访者的个案连同咨询记录装订成册，打印或另存为文件</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
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
        <source>Case {number} · {status} · {counsellor}</source>
        <translation>个案 {number} · {status} · {counsellor}</translation>
    </message>
    <message>
        <source>Opened {date}</source>
        <translation>{date} 开案</translation>
    </message>
    <message>
        <source>Case {number}: counsellor {counsellor}, opened {date}.</source>
        <translation>个案 {number}：咨询师 {counsellor}，{date} 开案。</translation>
    </message>
    <message>
        <source>Only {counsellor} can open it, or a counsellor the supervisor shares it with.</source>
        <translation>只有 {counsellor} 或负责人共享给的咨询师可以打开。</translation>
    </message>
    <message>
        <source>Not your case: opening it asks for a reason, which is recorded in the audit log.</source>
        <translation>不是您负责的个案：打开时需填写查阅原因，原因将记入审计日志。</translation>
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
</context>
<context>
    <name>ClientLabels</name>
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
    <name>ClientPicker</name>
    <message>
        <source>Add: name, pinyin initials (e.g. zs) or case no.</source>
        <translation>添加：姓名、拼音首字母（如 zs）或档案号</translation>
    </message>
    <message>
        <source>Type to find a registered client; Up/Down choose, Enter adds</source>
        <translation>输入以查找已登记的来访者；按上/下键选择，按 Enter 添加</translation>
    </message>
    <message>
        <source>Client no. {id}</source>
        <translation>来访者编号 {id}</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>无记录。</translation>
    </message>
    <message>
        <source>No one chosen yet.</source>
        <translation>尚未选择任何人。</translation>
    </message>
    <message>
        <source>Enter adds the highlighted client.</source>
        <translation>按 Enter 添加高亮显示的来访者。</translation>
    </message>
    <message>
        <source>No other registered client matches &quot;{text}&quot;.</source>
        <translation>没有其他与“{text}”匹配的已登记来访者。</translation>
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
        <source>Hide the client from the everyday list; nothing is deleted.</source>
        <translation>在日常列表中隐藏该来访者；不会删除任何内容。</translation>
    </message>
    <message>
        <source>Show the client in the everyday list again.</source>
        <translation>让该来访者重新显示在日常列表中。</translation>
    </message>
    <message>
        <source>Open the selected case in its own window</source>
        <translation>在单独的窗口中打开所选个案</translation>
    </message>
    <message>
        <source>This case belongs to {counsellor}. The supervisor can share it with you.</source>
        <translation>该个案属于 {counsellor}。负责人可以将其共享给您。</translation>
    </message>
    <message>
        <source>No client matches &quot;{text}&quot;.</source>
        <translation>没有与“{text}”匹配的来访者。</translation>
    </message>
    <message>
        <source>No clients yet. Register one, or import a student list.</source>
        <translation>还没有来访者。请登记一位，或导入学生名单。</translation>
    </message>
    <message>
        <source>{count} client. Double-click a row to edit the registration.</source>
        <translation>共 {count} 位来访者。双击某一行可编辑登记信息。</translation>
    </message>
    <message>
        <source>{count} clients. Double-click a row to edit the registration.</source>
        <translation>共 {count} 位来访者。双击某一行可编辑登记信息。</translation>
    </message>
    <message>
        <source>{imported} client imported; already registered: {skipped}.</source>
        <translation>已导入 {imported} 名来访者；已登记而跳过：{skipped} 名。</translation>
    </message>
    <message>
        <source>{imported} clients imported; already registered: {skipped}.</source>
        <translation>已导入 {imported} 名来访者；已登记而跳过：{skipped} 名。</translation>
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
        <source>Open case</source>
        <translation>打开个案</translation>
    </message>
    <message>
        <source>This case belongs to {counsellor}. Only they can open it, or a counsellor the supervisor shares it with.</source>
        <translation>该个案属于 {counsellor}。只有其本人或负责人共享给的咨询师可以打开。</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>新建个案</translation>
    </message>
    <message>
        <source>{name} already has an open case (case {number}). Open another one anyway?

A new case is for a new concern; further visits about the same concern belong to the open case.</source>
        <translation>{name} 已有一个进行中的个案（个案 {number}）。仍要再开一个吗？

新的个案用于新的问题；同一问题的后续咨询应记入已有的个案。</translation>
    </message>
    <message>
        <source>Case {number} opened.</source>
        <translation>个案 {number} 已开案。</translation>
    </message>
    <message>
        <source>Case file of {name} sent to the printer.</source>
        <translation>{name} 的个案档案已发送到打印机。</translation>
    </message>
    <message>
        <source>Case file of {name} saved to {path}.</source>
        <translation>{name} 的个案档案已保存到 {path}。</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <source>Close {case}</source>
        <translation>结案：{case}</translation>
    </message>
    <message>
        <source>Once closed, no new visit records can be written until the case is reopened. Nothing is deleted.</source>
        <translation>结案后将不能再填写新的咨询记录，除非重新开案。不会删除任何内容。</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <source>Choose the evaluation</source>
        <translation>请选择效果评价</translation>
    </message>
    <message>
        <source>Outcome (效果评价)</source>
        <translation>效果评价</translation>
    </message>
    <message>
        <source>e.g. 焦虑明显下降，能运用放松技巧应对考试</source>
        <translation>例如：焦虑明显下降，能运用放松技巧应对考试</translation>
    </message>
    <message>
        <source>Closing summary</source>
        <translation>结案小结</translation>
    </message>
    <message>
        <source>What changed, what was agreed, and what to watch for.</source>
        <translation>有哪些变化、达成了哪些约定、今后需要留意什么。</translation>
    </message>
    <message>
        <source>Client satisfaction</source>
        <translation>来访者满意度</translation>
    </message>
    <message>
        <source>Optional: fill in only if you asked the client.</source>
        <translation>选填：仅在询问过来访者时填写。</translation>
    </message>
</context>
<context>
    <name>CloseCrisisDialog</name>
    <message>
        <source>Close the crisis</source>
        <translation>结束危机干预</translation>
    </message>
    <message>
        <source>{name} ({case_no}) · crisis opened {when}</source>
        <translation>{name}（{case_no}）· 危机干预启动于 {when}</translation>
    </message>
    <message>
        <source>Every step is settled. Closing is final: the steps can no longer be changed afterwards. Counselling of the case goes on as usual.</source>
        <translation>所有步骤均已处理。结束后不可撤销：各步骤将不能再修改。该个案的咨询照常进行。</translation>
    </message>
    <message>
        <source>e.g. the risk has passed; weekly sessions continue</source>
        <translation>例如：风险已解除，每周咨询继续进行</translation>
    </message>
    <message>
        <source>Closing note</source>
        <translation>结束说明</translation>
    </message>
    <message>
        <source>Required: how the crisis ended (at most {max} characters).</source>
        <translation>必填：危机如何结束（最多 {max} 个字符）。</translation>
    </message>
    <message>
        <source>Close crisis</source>
        <translation>结束危机干预</translation>
    </message>
</context>
<context>
    <name>ClosingItemsDialog</name>
    <message>
        <source>Closing checklist items</source>
        <translation>闭室检查项</translation>
    </message>
    <message>
        <source>What the person closing the room checks and ticks before leaving. The defaults quote the room&apos;s rules (关好门窗，切断电器设备的电源，严禁私接电源). Changes apply from the next closing; closings already signed keep the words they were signed with.</source>
        <translation>闭室人员离开前需逐项检查并勾选的内容。默认条目引自咨询室管理制度（关好门窗，切断电器设备的电源，严禁私接电源）。修改自下一次闭室检查起生效；已签署的闭室检查保留签署时的文字。</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>添加检查项</translation>
    </message>
    <message>
        <source>Add an item at the end (Ctrl+N)</source>
        <translation>在末尾添加一个检查项（Ctrl+N）</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Take the selected item off the list</source>
        <translation>将所选检查项从清单中移除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation>Ctrl+↑</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation>Ctrl+↓</translation>
    </message>
    <message>
        <source>&amp;Words of the selected item:</source>
        <translation>所选检查项的文字(&amp;W)：</translation>
    </message>
    <message>
        <source>e.g. 饮水机电源已拔掉 (water dispenser unplugged)</source>
        <translation>例如：饮水机电源已拔掉</translation>
    </message>
    <message>
        <source>Save list</source>
        <translation>保存清单</translation>
    </message>
    <message>
        <source>From the rules: {rule}</source>
        <translation>制度原文：{rule}</translation>
    </message>
    <message>
        <source>Close and discard the changes to the list?</source>
        <translation>要关闭并放弃对清单的修改吗？</translation>
    </message>
</context>
<context>
    <name>ClosingPage</name>
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
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Every visit record is signed.</source>
        <translation>所有咨询记录均已签署。</translation>
    </message>
    <message>
        <source>{count} of them from earlier days.</source>
        <translation>其中 {count} 份是之前日期的。</translation>
    </message>
    <message>
        <source>No appointments today.</source>
        <translation>今天没有预约。</translation>
    </message>
    <message>
        <source>No open crisis.</source>
        <translation>没有处理中的危机。</translation>
    </message>
    <message>
        <source>Every test material is back and the counts add up.</source>
        <translation>所有测验材料均已归还，数量核对无误。</translation>
    </message>
    <message>
        <source>{what}: {names}.</source>
        <translation>{what}：{names}。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Nobody is still on duty.</source>
        <translation>没有人仍在值班。</translation>
    </message>
    <message>
        <source>Still on duty since: {names}. End the duty on the Duty page.</source>
        <translation>仍在值班（开始时间）：{names}。请在“值班记录”页面结束值班。</translation>
    </message>
    <message>
        <source>The records were backed up today.</source>
        <translation>今天已备份记录。</translation>
    </message>
    <message>
        <source>No backup of the records today. The supervisor makes one under Settings → Backups.</source>
        <translation>今天尚未备份记录。请负责人在“设置 → 备份”中立即备份。</translation>
    </message>
    <message>
        <source>Passes.</source>
        <translation>通过。</translation>
    </message>
    <message>
        <source>Does not pass: {names}.</source>
        <translation>未通过：{names}。</translation>
    </message>
    <message>
        <source>Does not pass.</source>
        <translation>未通过。</translation>
    </message>
    <message>
        <source>Open visit records</source>
        <translation>前往咨询记录</translation>
    </message>
    <message>
        <source>Open appointments</source>
        <translation>前往预约</translation>
    </message>
    <message>
        <source>Open crises</source>
        <translation>前往危机干预</translation>
    </message>
    <message>
        <source>Open test materials</source>
        <translation>前往测验材料</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>前往设置</translation>
    </message>
    <message>
        <source>Open the duty log</source>
        <translation>打开值班记录</translation>
    </message>
    <message>
        <source>Windows of every room closed</source>
        <translation>各室窗户已关好</translation>
    </message>
    <message>
        <source>Doors of every room closed and locked</source>
        <translation>各室门已关好并上锁</translation>
    </message>
    <message>
        <source>Electrical equipment switched off</source>
        <translation>电器设备电源已切断</translation>
    </message>
    <message>
        <source>No private wiring or extension leads</source>
        <translation>无私接电源、私拉电线</translation>
    </message>
    <message>
        <source>Records and test materials locked in the cabinet</source>
        <translation>档案和测验材料已锁入柜中</translation>
    </message>
    <message>
        <source>Room tidy, things back in their place</source>
        <translation>室内整洁，物品已放回原位</translation>
    </message>
    <message>
        <source>No visitor or anyone else left in the rooms</source>
        <translation>室内无来访者或其他人员滞留</translation>
    </message>
    <message>
        <source>Signed by {name} at {time}.</source>
        <translation>由 {name} 于 {time} 签署。</translation>
    </message>
    <message>
        <source>{count} visit record not signed: {names}.</source>
        <translation>{count} 份咨询记录未签署：{names}。</translation>
    </message>
    <message>
        <source>{count} visit records not signed: {names}.</source>
        <translation>{count} 份咨询记录未签署：{names}。</translation>
    </message>
    <message>
        <source>The day&apos;s {count} appointment is settled.</source>
        <translation>当日 {count} 个预约均已处理。</translation>
    </message>
    <message>
        <source>All {count} appointments of the day are settled.</source>
        <translation>当天的 {count} 个预约均已处理。</translation>
    </message>
    <message>
        <source>{count} appointment still only booked: {names}. Mark it attended, no-show or cancelled.</source>
        <translation>{count} 个预约仍为“已预约”状态：{names}。请逐一标记为已到访、未到或已取消。</translation>
    </message>
    <message>
        <source>{count} appointments still only booked: {names}. Mark each attended, no-show or cancelled.</source>
        <translation>{count} 个预约仍为“已预约”状态：{names}。请逐一标记为已到访、未到或已取消。</translation>
    </message>
    <message>
        <source>The {count} open crisis was looked at today.</source>
        <translation>处理中的 {count} 个危机今日已复查。</translation>
    </message>
    <message>
        <source>All {count} open crises were looked at today.</source>
        <translation>{count} 个处理中的危机今日均已复查。</translation>
    </message>
    <message>
        <source>{count} open crisis not reviewed today: {names}. Its counsellor reviews it on the Crises page.</source>
        <translation>{count} 个处理中的危机今日未复查：{names}。请相应的咨询师在“危机干预”页面复查。</translation>
    </message>
    <message>
        <source>{count} open crises not reviewed today: {names}. Their counsellor reviews them on the Crises page.</source>
        <translation>{count} 个处理中的危机今日未复查：{names}。请相应的咨询师在“危机干预”页面复查。</translation>
    </message>
    <message>
        <source>{count} copy still out</source>
        <translation>{count} 份尚未归还</translation>
    </message>
    <message>
        <source>{count} copies still out</source>
        <translation>{count} 份尚未归还</translation>
    </message>
    <message>
        <source>{count} material whose counts do not add up</source>
        <translation>{count} 种材料数量不符</translation>
    </message>
    <message>
        <source>{count} materials whose counts do not add up</source>
        <translation>{count} 种材料数量不符</translation>
    </message>
    <message>
        <source>{count} check did not pass; the reason was kept.</source>
        <translation>有 {count} 项数据核查未通过，已保存未通过原因说明。</translation>
    </message>
    <message>
        <source>{count} checks did not pass; the reason was kept.</source>
        <translation>有 {count} 项数据核查未通过，已保存未通过原因说明。</translation>
    </message>
    <message>
        <source>The room:</source>
        <translation>现场检查：</translation>
    </message>
    <message>
        <source>The records, when it was signed:</source>
        <translation>数据核查（签署时的结果）：</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>原因：{reason}</translation>
    </message>
    <message>
        <source>Go to the page where this is done</source>
        <translation>前往处理此事项的页面</translation>
    </message>
    <message>
        <source>Today</source>
        <extracomment>Where the work behind each data check is done (a page key of the main window).</extracomment>
        <translation>今日</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月度</translation>
    </message>
    <message>
        <source>The room</source>
        <translation>现场检查</translation>
    </message>
    <message>
        <source>Go round the rooms and tick each item once it is done.</source>
        <translation>请逐室巡查，每完成一项即勾选。</translation>
    </message>
    <message>
        <source>Edit items…</source>
        <translation>编辑检查项…</translation>
    </message>
    <message>
        <source>Change the list of items to check (signed closings keep their own words)</source>
        <translation>修改检查项清单（已签署的闭室检查保留原有内容）</translation>
    </message>
    <message>
        <source>The records</source>
        <translation>数据核查</translation>
    </message>
    <message>
        <source>Checked by CounselRoom itself, for the whole room.</source>
        <translation>由 CounselRoom 自动核查全室的记录。</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>重新核查</translation>
    </message>
    <message>
        <source>Ask the records again (F5)</source>
        <translation>重新核查记录（F5）</translation>
    </message>
    <message>
        <source>&amp;Why is the room closed with this open? (kept with the closing)</source>
        <translation>有核查项未通过，为何仍要闭室？（随闭室检查一并保存）(&amp;W)</translation>
    </message>
    <message>
        <source>e.g. 周老师的记录明早补签，已告知负责人</source>
        <translation>例如：周老师的记录明早补签，已告知负责人</translation>
    </message>
    <message>
        <source>Sign the closing</source>
        <translation>签署闭室检查</translation>
    </message>
    <message>
        <source>Sign today&apos;s closing checklist with your name and the time (Ctrl+Return)</source>
        <translation>以您的姓名和当前时间签署今日闭室检查（Ctrl+Return）</translation>
    </message>
    <message>
        <source>The month before</source>
        <translation>上一个月</translation>
    </message>
    <message>
        <source>The month after</source>
        <translation>下一个月</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Back to this month</source>
        <translation>回到本月</translation>
    </message>
    <message>
        <source>Print month…</source>
        <translation>打印月度记录…</translation>
    </message>
    <message>
        <source>Print the month&apos;s closings for the file</source>
        <translation>打印该月的闭室检查记录，以便存档</translation>
    </message>
    <message>
        <source>Save month as PDF…</source>
        <translation>将月度记录另存为 PDF…</translation>
    </message>
    <message>
        <source>Save the month&apos;s closings as a PDF file</source>
        <translation>将该月的闭室检查记录另存为 PDF 文件</translation>
    </message>
    <message>
        <source>Closing checklist</source>
        <translation>闭室检查</translation>
    </message>
    <message>
        <source>Today, {day} ({weekday}). The room closes at {time}.</source>
        <translation>今日：{day}（{weekday}），闭室时间为 {time}。</translation>
    </message>
    <message>
        <source>Today, {day} ({weekday}), the room does not open; a closing can still be signed.</source>
        <translation>今日：{day}（{weekday}），咨询室不开放；仍可签署闭室检查。</translation>
    </message>
    <message>
        <source>The closing of {day} ({weekday}) was not signed. Tell the supervisor if the room was left open or unchecked.</source>
        <translation>{day}（{weekday}）的闭室检查未签署。如咨询室当时未关好或未经检查，请告知负责人。</translation>
    </message>
    <message>
        <source>From the rules: {rule}</source>
        <translation>制度依据：{rule}</translation>
    </message>
    <message>
        <source>Checked at {time}.</source>
        <translation>核查时间：{time}。</translation>
    </message>
    <message>
        <source>Not signed yet — the room&apos;s hours are over.</source>
        <translation>尚未签署——咨询室开放时间已结束。</translation>
    </message>
    <message>
        <source>Not signed yet.</source>
        <translation>尚未签署。</translation>
    </message>
    <message>
        <source>You are still on duty (since {time}): end your duty on the Duty page first.</source>
        <translation>您仍在值班（自 {time} 起）：请先在“值班记录”页面结束值班。</translation>
    </message>
    <message>
        <source>{count} item of the room still to tick.</source>
        <translation>还有 {count} 个现场检查项未勾选。</translation>
    </message>
    <message>
        <source>{count} items of the room still to tick.</source>
        <translation>还有 {count} 个现场检查项未勾选。</translation>
    </message>
    <message>
        <source>{count} check of the records does not pass: say why above, or settle it first.</source>
        <translation>有 {count} 项数据核查未通过：请在上方说明原因，或先处理完毕。</translation>
    </message>
    <message>
        <source>{count} checks of the records do not pass: say why above, or settle them first.</source>
        <translation>有 {count} 项数据核查未通过：请在上方说明原因，或先处理完毕。</translation>
    </message>
    <message>
        <source>Opening days: {open}; signed: {signed} ({overridden} with a reason); missed: {missed}.</source>
        <translation>开放日 {open} 天：已签署 {signed} 天（其中 {overridden} 天附原因说明），漏检 {missed} 天。</translation>
    </message>
    <message>
        <source>Ready to sign.</source>
        <translation>可以签署。</translation>
    </message>
    <message>
        <source>As the records were when it was signed.</source>
        <translation>签署时的核查结果。</translation>
    </message>
    <message>
        <source>Today&apos;s closing is signed. Nothing more to do here today.</source>
        <translation>今日闭室检查已签署，今天无需再做其他操作。</translation>
    </message>
    <message>
        <source>Sign today&apos;s closing as {name}? A signed closing cannot be changed.</source>
        <translation>要以 {name} 的身份签署今日闭室检查吗？签署后不可更改。</translation>
    </message>
    <message>
        <source>Today&apos;s closing is signed ({time}).</source>
        <translation>今日闭室检查已签署（{time}）。</translation>
    </message>
    <message>
        <source>The checklist items are saved; they apply from the next closing.</source>
        <translation>检查项已保存，将从下一次闭室检查起生效。</translation>
    </message>
    <message>
        <source>{year}-{month:02d}</source>
        <translation>{year}年{month:02d}月</translation>
    </message>
    <message>
        <source>Choose a day to see its closing.</source>
        <translation>选择某一天，查看当天的闭室检查。</translation>
    </message>
    <message>
        <source>No opening days in this month yet.</source>
        <translation>本月尚无开放日。</translation>
    </message>
    <message>
        <source>Missed: {days}.</source>
        <translation>漏检日期：{days} 日。</translation>
    </message>
    <message>
        <source>{day}: the room was open and nobody signed its closing.</source>
        <translation>{day}：咨询室当天开放，但无人签署闭室检查。</translation>
    </message>
    <message>
        <source>{day}: the room does not open on this day.</source>
        <translation>{day}：咨询室当天不开放。</translation>
    </message>
    <message>
        <source>{day}: before the closing checklist was in use.</source>
        <translation>{day}：当时尚未启用闭室检查。</translation>
    </message>
    <message>
        <source>{day}: still to come.</source>
        <translation>{day}：尚未到来。</translation>
    </message>
    <message>
        <source>{day}: not signed yet.</source>
        <translation>{day}：尚未签署。</translation>
    </message>
    <message>
        <source>Closing record {year}-{month:02d}</source>
        <translation>闭室检查记录 {year}-{month:02d}</translation>
    </message>
    <message>
        <source>The closing record of {year}-{month:02d} was sent to the printer.</source>
        <translation>{year}年{month:02d}月的闭室检查记录已发送到打印机。</translation>
    </message>
    <message>
        <source>closing-record-{year}-{month:02d}.pdf</source>
        <translation>闭室检查记录 {year}-{month:02d}.pdf</translation>
    </message>
    <message>
        <source>The PDF lists who closed the room on which day and the reasons they gave. It is not encrypted: save it only where it is needed and delete it afterwards.</source>
        <translation>该 PDF 文件列出了每天由谁闭室以及所填写的原因，且未加密。请只在必要时保存，用完后请删除。</translation>
    </message>
    <message>
        <source>The closing record of {year}-{month:02d} was saved as {path}.</source>
        <translation>{year}年{month:02d}月的闭室检查记录已保存为 {path}。</translation>
    </message>
</context>
<context>
    <name>ClosingPrompt</name>
    <message>
        <source>You are still on duty (since {time}). End your duty in the duty log before leaving; a duty left running shows as never ended.</source>
        <translation>您仍在值班（自 {time} 起）。离开前请在值班记录中结束值班；未结束的值班会显示为“未结束”。</translation>
    </message>
    <message>
        <source>Closing checklist</source>
        <translation>闭室检查</translation>
    </message>
    <message>
        <source>Today&apos;s closing checklist is not signed yet.</source>
        <translation>今日闭室检查尚未签署。</translation>
    </message>
    <message>
        <source>The room&apos;s hours are over. Before leaving, check the windows, doors and power and sign the closing checklist (闭室检查); a day without it shows as missed.</source>
        <translation>咨询室开放时间已结束。离开前请检查门窗和电源，并签署闭室检查；未签署的日期将记为漏检。</translation>
    </message>
    <message>
        <source>Duty log</source>
        <translation>值班记录</translation>
    </message>
    <message>
        <source>Your duty has not been ended.</source>
        <translation>您的值班尚未结束。</translation>
    </message>
    <message>
        <source>Go to the checklist</source>
        <translation>前往闭室检查</translation>
    </message>
    <message>
        <source>Go to the duty log</source>
        <translation>前往值班记录</translation>
    </message>
    <message>
        <source>Quit anyway</source>
        <translation>仍要退出</translation>
    </message>
</context>
<context>
    <name>ComponentsModel</name>
    <message>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
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
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record informed consent</source>
        <translation>登记知情同意</translation>
    </message>
    <message>
        <source>Record the consent once it was given on the signed form. Consent is informed only after the limits of confidentiality (保密例外) were explained.</source>
        <translation>请在对方签署同意书后登记。只有在说明保密例外之后，才算知情同意。</translation>
    </message>
    <message>
        <source>Consent to</source>
        <translation>同意事项</translation>
    </message>
    <message>
        <source>Choose who signed</source>
        <translation>请选择签署人</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>签署人</translation>
    </message>
    <message>
        <source>For a minor student, the guardian signs; record the student&apos;s own consent too.</source>
        <translation>未成年学生由监护人签署；学生本人的同意也请一并登记。</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签署日期</translation>
    </message>
    <message>
        <source>This case (case {number})</source>
        <translation>本个案（个案 {number}）</translation>
    </message>
    <message>
        <source>All of the client&apos;s cases</source>
        <translation>该来访者的全部个案</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>适用范围</translation>
    </message>
    <message>
        <source>What was agreed, e.g. individual counselling, weekly, six sessions</source>
        <translation>约定的内容，例如：个体咨询，每周一次，共六次</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>同意内容</translation>
    </message>
    <message>
        <source>The limits of confidentiality (保密例外) were explained: risk to the client or to others, and what the law requires to be reported</source>
        <translation>已说明保密例外：来访者本人或他人面临风险的情形，以及法律规定必须报告的情形</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>保密例外</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>The scan or photo of the signed form: PDF, PNG or JPEG</source>
        <translation>签字同意书的扫描件或照片：PDF、PNG 或 JPEG</translation>
    </message>
    <message>
        <source>Signed form</source>
        <translation>签字同意书</translation>
    </message>
    <message>
        <source>Kept encrypted in the records. Afterwards delete the scanner&apos;s copy of the file.</source>
        <translation>加密保存在档案中。保存后请删除扫描仪中的文件副本。</translation>
    </message>
    <message>
        <source>No file chosen (it can be attached later).</source>
        <translation>未选择文件（可以以后再附上）。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Do not attach the chosen file</source>
        <translation>不附上所选文件</translation>
    </message>
    <message>
        <source>Save consent</source>
        <translation>保存知情同意</translation>
    </message>
    <message>
        <source>Choose the scan of the signed form</source>
        <translation>选择签字同意书的扫描件</translation>
    </message>
    <message>
        <source>The file cannot be read: {path}</source>
        <translation>无法读取文件：{path}</translation>
    </message>
    <message>
        <source>{name} ({size})</source>
        <translation>{name}（{size}）</translation>
    </message>
    <message>
        <source>Choose who gave the consent.</source>
        <translation>请选择签署人。</translation>
    </message>
</context>
<context>
    <name>ConsentLabels</name>
    <message>
        <source>{kb} KB</source>
        <translation>{kb} KB</translation>
    </message>
    <message>
        <source>{mb} MB</source>
        <translation>{mb} MB</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>扫描件 (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ConsentModel</name>
    <message>
        <source>Consent to</source>
        <translation>同意事项</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>适用范围</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>签署人</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签署日期</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>同意内容</translation>
    </message>
    <message>
        <source>Limits
explained</source>
        <translation>保密例外
已说明</translation>
    </message>
    <message>
        <source>Signed form</source>
        <translation>签字同意书</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>撤回日期</translation>
    </message>
    <message>
        <source>Whether the limits of confidentiality (保密例外) were explained</source>
        <translation>是否已说明保密例外</translation>
    </message>
    <message>
        <source>Given for this case, or for all of the client&apos;s cases</source>
        <translation>针对本个案，或针对该来访者的全部个案</translation>
    </message>
    <message>
        <source>This case</source>
        <translation>本个案</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>全部个案</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation>未附</translation>
    </message>
    <message>
        <source>{name} ({size})</source>
        <translation>{name}（{size}）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>No scan attached yet: use &quot;Attach scan…&quot;</source>
        <translation>尚未附扫描件：请使用“附上扫描件…”</translation>
    </message>
    <message>
        <source>{file}
Double-click the row to view the signed form.</source>
        <translation>{file}
双击该行可查看签字同意书。</translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation>（无说明）</translation>
    </message>
    <message>
        <source>Withdrawn on {date}: {note}</source>
        <translation>{date} 撤回：{note}</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>Record consent…</source>
        <translation>登记知情同意…</translation>
    </message>
    <message>
        <source>Record a consent given on a signed form</source>
        <translation>登记已签署同意书的知情同意</translation>
    </message>
    <message>
        <source>Attach scan…</source>
        <translation>附上扫描件…</translation>
    </message>
    <message>
        <source>Attach or replace the scan of the selected consent&apos;s signed form</source>
        <translation>为所选知情同意附上或替换签字同意书的扫描件</translation>
    </message>
    <message>
        <source>View scan</source>
        <translation>查看扫描件</translation>
    </message>
    <message>
        <source>Show the selected consent&apos;s signed form (recorded in the audit log)</source>
        <translation>查看所选知情同意的签字同意书（将记入审计日志）</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>撤回…</translation>
    </message>
    <message>
        <source>Record that the selected consent was withdrawn</source>
        <translation>记录所选知情同意已撤回</translation>
    </message>
    <message>
        <source>Consent forms are handled by the counsellors and the supervisor.</source>
        <translation>知情同意书由咨询师和负责人管理。</translation>
    </message>
    <message>
        <source>No consent recorded yet. Before counselling starts, record the consent of the client (and of the guardian for a minor) and attach the signed form.</source>
        <translation>尚未登记知情同意。咨询开始前，请登记来访者（未成年人还需监护人）的知情同意，并附上签字同意书。</translation>
    </message>
    <message>
        <source>No valid consent to counselling is recorded for this case.</source>
        <translation>本个案尚未登记有效的咨询知情同意。</translation>
    </message>
    <message>
        <source>Consents for this case and for all of the client&apos;s cases. Withdrawn ones are greyed. Double-click a row to view its signed form.</source>
        <translation>本个案及该来访者全部个案的知情同意。已撤回的显示为灰色。双击某一行可查看其签字同意书。</translation>
    </message>
    <message>
        <source>Scope: {scope}</source>
        <translation>同意内容：{scope}</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>Withdrawn on {date}: {note}</source>
        <translation>{date} 撤回：{note}</translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation>（无说明）</translation>
    </message>
    <message>
        <source>Consent to {kind} recorded.</source>
        <translation>已登记“{kind}”知情同意。</translation>
    </message>
    <message>
        <source>Replace the signed form</source>
        <translation>替换签字同意书</translation>
    </message>
    <message>
        <source>This consent already has a signed form ({name}). Replace it with another file? The current one is then no longer kept.</source>
        <translation>该知情同意已附有签字同意书（{name}）。要用另一个文件替换吗？替换后将不再保留当前文件。</translation>
    </message>
    <message>
        <source>Choose the scan of the signed form</source>
        <translation>选择签字同意书的扫描件</translation>
    </message>
    <message>
        <source>Attach scan</source>
        <translation>附上扫描件</translation>
    </message>
    <message>
        <source>The file cannot be read: {path}</source>
        <translation>无法读取文件：{path}</translation>
    </message>
    <message>
        <source>Signed form {name} attached.</source>
        <translation>已附上签字同意书 {name}。</translation>
    </message>
    <message>
        <source>Consent to {kind} withdrawn on {date}.</source>
        <translation>“{kind}”知情同意已于 {date} 撤回。</translation>
    </message>
</context>
<context>
    <name>ContactDetail</name>
    <message>
        <source>What was said</source>
        <translation>沟通内容</translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation>商定事项</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>记录时间</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>What may be shared with parents and teachers: concerns about the student&apos;s safety (a risk of harm to self or others, or of being harmed) and what the student agreed to share. The content of counselling sessions is not shared. Write down what was said in this conversation, in those limits.</source>
        <translation>可与家长和老师沟通的内容：涉及学生安全的担忧（有伤害自己或他人的风险，或有受到他人伤害的风险），以及学生同意告知的内容。咨询谈话的内容不对外透露。请在上述范围内记录本次沟通的内容。</translation>
    </message>
    <message>
        <source>Correct contact record</source>
        <translation>更正沟通记录</translation>
    </message>
    <message>
        <source>Record a contact</source>
        <translation>新建沟通记录</translation>
    </message>
    <message>
        <source>e.g. Ms Wang, the mother</source>
        <translation>例如：母亲王女士</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>沟通对象</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>与学生关系</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>Set the date and time to now</source>
        <translation>将日期和时间设为当前时间</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>What you told them and what they told you</source>
        <translation>您向对方说了什么，对方向您说了什么</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>沟通内容</translation>
    </message>
    <message>
        <source>e.g. the mother takes the student to the hospital this week</source>
        <translation>例如：母亲本周带学生去医院就诊</translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation>商定事项</translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation>选填。</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation>保存沟通记录</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>沟通对象</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>与学生关系</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message>
        <source>Record a contact…</source>
        <translation>新建沟通记录…</translation>
    </message>
    <message>
        <source>Record a conversation with a parent, the head teacher or another teacher about this student</source>
        <translation>记录就该学生与家长、班主任或其他老师的沟通</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <source>Correct a contact you recorded, within a day of recording it</source>
        <translation>更正您记录的沟通（限记录后一天内）</translation>
    </message>
    <message>
        <source>No contacts recorded yet. After a call, a meeting or a home visit with the family or the school, record it with &quot;Record a contact…&quot;.</source>
        <translation>尚无沟通记录。与家长或学校通过电话、面谈或家访沟通后，请点击“新建沟通记录…”进行记录。</translation>
    </message>
    <message>
        <source>Contacts with families and teachers are part of the counselling record: only counsellors and the supervisor can see them.</source>
        <translation>与家长和老师的沟通记录属于咨询档案，仅咨询师和负责人可以查看。</translation>
    </message>
    <message>
        <source>The contacts are shown once a reason for opening this case is given.</source>
        <translation>填写查阅此个案的原因后，才会显示沟通记录。</translation>
    </message>
    <message>
        <source>Contact with {name} saved.</source>
        <translation>与 {name} 的沟通记录已保存。</translation>
    </message>
</context>
<context>
    <name>CorrectShiftDialog</name>
    <message>
        <source>Correct a shift</source>
        <translation>更正值班时段</translation>
    </message>
    <message>
        <source>The old values stay in the audit log with your reason.</source>
        <translation>原有内容将连同您填写的原因保存在审计日志中。</translation>
    </message>
    <message>
        <source>You can correct your shift until the end of the day it was recorded; afterwards the supervisor corrects it.</source>
        <translation>您可以在记录当天结束前更正自己的值班时段；此后须由负责人更正。</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>来访人次</translation>
    </message>
    <message>
        <source>Events and notes</source>
        <translation>事件与备注</translation>
    </message>
    <message>
        <source>e.g. checked against the sign-in sheet</source>
        <translation>例如：已与签到表核对</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>保存更正</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Something went wrong: the program ran into an unexpected problem. Saved records are not lost; please restart the program, and if this keeps happening, give the error note to the school&apos;s IT teacher.</source>
        <translation>出错了：程序遇到了一个意外的问题。已保存的记录不会丢失；请重新启动程序，如果反复出现，请把错误记录交给学校的信息老师。</translation>
    </message>
    <message>
        <source>The error note could not be saved.</source>
        <translation>错误记录未能保存。</translation>
    </message>
    <message>
        <source>The error note is in this file:</source>
        <translation>错误记录保存在这个文件里：</translation>
    </message>
</context>
<context>
    <name>CrisesModel</name>
    <message>
        <source>Client</source>
        <translation>来访者</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>档案号</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>启动时间</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>咨询师</translation>
    </message>
    <message>
        <source>Closed {when}</source>
        <translation>{when} 已结束</translation>
    </message>
    <message>
        <source>Still to settle: {steps}</source>
        <translation>待处理：{steps}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Every step is settled: ready to close</source>
        <translation>所有步骤均已处理，可以结束</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Ready to close</source>
        <translation>可结束</translation>
    </message>
    <message>
        <source>{n} open</source>
        <translation>{n} 项待处理</translation>
    </message>
</context>
<context>
    <name>CrisesPage</name>
    <message>
        <source>A crisis intervention opens when a visit record is signed with a medium or high risk, or a test with a critical answer or a severe score, or by hand when someone reports a student at risk. Settle each required step — done, or not applicable with the reason — then close it.</source>
        <translation>咨询记录以中、高风险签署，或心理测验出现关键条目作答、重度分数并签署时，将启动危机干预；有人报告学生存在风险时，也可手动启动。请逐一处理每个必要步骤（标记为已完成，或注明原因后标记为不适用），然后结束危机干预。</translation>
    </message>
    <message>
        <source>Show closed crises</source>
        <translation>显示已结束的危机干预</translation>
    </message>
    <message>
        <source>Also list the crises closed earlier, most recent first</source>
        <translation>同时列出此前已结束的危机干预，最近的在前</translation>
    </message>
    <message>
        <source>Add to attention register…</source>
        <translation>列入重点关注…</translation>
    </message>
    <message>
        <source>Put the student of the selected crisis on the attention register (重点关注)</source>
        <translation>将所选危机干预中的学生列入重点关注名单</translation>
    </message>
    <message>
        <source>Open a crisis by hand…</source>
        <translation>手动启动危机干预…</translation>
    </message>
    <message>
        <source>Someone reported a student at risk: record the report, and register the student if need be</source>
        <translation>有人报告学生存在风险：记录报告内容，必要时登记该学生</translation>
    </message>
    <message>
        <source>Crises</source>
        <translation>危机干预</translation>
    </message>
    <message>
        <source>{n} open crisis</source>
        <translation>{n} 项危机干预处理中</translation>
    </message>
    <message>
        <source>{n} open crises</source>
        <translation>{n} 项危机干预处理中</translation>
    </message>
    <message>
        <source>No open crisis</source>
        <translation>没有处理中的危机干预</translation>
    </message>
    <message>
        <source>Nothing needs crisis intervention now. A crisis appears here when a visit record is signed with a medium or high risk, or a test with a critical answer or a severe score.</source>
        <translation>目前没有需要危机干预的情况。咨询记录以中、高风险签署，或心理测验出现危机条目作答、重度分数并签署时，危机会显示在这里。</translation>
    </message>
    <message>
        <source>No open crisis; the closed ones are listed.</source>
        <translation>没有处理中的危机干预；下面列出的是已结束的。</translation>
    </message>
    <message>
        <source>Select a crisis in the list to see its steps.</source>
        <translation>在列表中选择一项危机干预，即可查看其步骤。</translation>
    </message>
</context>
<context>
    <name>CrisisLabels</name>
    <message>
        <source>Tell a parent or guardian: who told whom, when and how.</source>
        <translation>告知家长或监护人：记录由谁、何时、以何种方式告知了谁。</translation>
    </message>
    <message>
        <source>Report to the school&apos;s leadership, e.g. the head of student affairs.</source>
        <translation>向学校领导报告，例如德育处或学生处主任。</translation>
    </message>
    <message>
        <source>Refer to a hospital or specialist, or consult a colleague or supervisor.</source>
        <translation>转介至医院或专科机构，或向同事、负责人咨询意见。</translation>
    </message>
    <message>
        <source>Agree a safety plan with the student: warning signs, whom to call, safe places.</source>
        <translation>与学生共同制定安全计划：预警信号、求助联系人、安全场所。</translation>
    </message>
    <message>
        <source>Plan when the student will be seen again.</source>
        <translation>安排再次与学生会面的时间。</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>转介机构</translation>
    </message>
    <message>
        <source>Made with</source>
        <translation>共同制定人</translation>
    </message>
    <message>
        <source>Who was told</source>
        <translation>告知对象</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>当面</translation>
    </message>
    <message>
        <source>Letter or written notice</source>
        <translation>信函或书面通知</translation>
    </message>
    <message>
        <source>Text message or WeChat</source>
        <translation>短信或微信</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>家访</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
</context>
<context>
    <name>CrisisPanel</name>
    <message>
        <source>Done…</source>
        <translation>已完成…</translation>
    </message>
    <message>
        <source>Record that this step was carried out: who, when and how</source>
        <translation>记录此步骤已执行：由谁、何时、以何种方式</translation>
    </message>
    <message>
        <source>Not applicable…</source>
        <translation>不适用…</translation>
    </message>
    <message>
        <source>Mark this step as not applicable, with the reason</source>
        <translation>将此步骤标记为不适用，并注明原因</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <source>Correct what was recorded for this step</source>
        <translation>更正此步骤已记录的内容</translation>
    </message>
    <message>
        <source>To do: {what}</source>
        <translation>待处理：{what}</translation>
    </message>
    <message>
        <source>Not applicable: {reason}</source>
        <translation>不适用：{reason}</translation>
    </message>
    <message>
        <source>Done {when} by {who}</source>
        <translation>{when} 由 {who} 完成</translation>
    </message>
    <message>
        <source>{what}: {value}</source>
        <translation>{what}：{value}</translation>
    </message>
    <message>
        <source>Follow-ups: {dates}</source>
        <translation>跟进日期：{dates}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>备注：{note}</translation>
    </message>
    <message>
        <source>Mark as reviewed today</source>
        <translation>标记为今日已复查</translation>
    </message>
    <message>
        <source>Record that you looked at this crisis today (the end-of-day check asks for it)</source>
        <translation>记录您今天已查看此危机干预（每日结束前的检查需要此项）</translation>
    </message>
    <message>
        <source>Close crisis…</source>
        <translation>结束危机干预…</translation>
    </message>
    <message>
        <source>Required steps</source>
        <translation>必要步骤</translation>
    </message>
    <message>
        <source>No crisis for this case.</source>
        <translation>该个案没有危机干预。</translation>
    </message>
    <message>
        <source>A crisis intervention opens when a visit record is signed with a medium or high risk.</source>
        <translation>咨询记录签署时若风险等级为中或高，将启动危机干预。</translation>
    </message>
    <message>
        <source>Reviewed today ({when}).</source>
        <translation>今日已复查（{when}）。</translation>
    </message>
    <message>
        <source>Opened today, which counts as today&apos;s review.</source>
        <translation>今日启动，视为今日已复查。</translation>
    </message>
    <message>
        <source>Last reviewed {when}: review it today.</source>
        <translation>上次复查：{when}，请于今日复查。</translation>
    </message>
    <message>
        <source>Not reviewed since it was opened: review it today.</source>
        <translation>启动后尚未复查，请于今日复查。</translation>
    </message>
    <message>
        <source>{name} ({case_no})</source>
        <translation>{name}（{case_no}）</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Opened {when}, when visit {no} ({date}) was signed with this risk.</source>
        <translation>于 {when} 启动：第 {no} 次咨询记录（{date}）签署时评估为此风险等级。</translation>
    </message>
    <message>
        <source>Opened {when}, when a {scale} test of {date} was signed with a critical answer or score.</source>
        <translation>于 {when} 启动：{date} 的 {scale} 测验签署时，关键条目作答或总分触发了预警。</translation>
    </message>
    <message>
        <source>Opened by hand {when}. Reported {reported} by {who}: &quot;{report}&quot;</source>
        <translation>于 {when} 手动启动。{who} 于 {reported} 报告：“{report}”</translation>
    </message>
    <message>
        <source>Opened {when}.</source>
        <translation>于 {when} 启动。</translation>
    </message>
    <message>
        <source>Counsellor: {name}.</source>
        <translation>咨询师：{name}。</translation>
    </message>
    <message>
        <source>Still to settle ({n} of {total}): {steps}.</source>
        <translation>还有 {n} 项待处理（共 {total} 项）：{steps}。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Every step must be done or marked not applicable first</source>
        <translation>须先将每个步骤标记为已完成或不适用</translation>
    </message>
    <message>
        <source>Every step is settled. The crisis can be closed.</source>
        <translation>所有步骤均已处理，可以结束危机干预。</translation>
    </message>
    <message>
        <source>Close the crisis with a closing note</source>
        <translation>填写结束说明并结束危机干预</translation>
    </message>
    <message>
        <source>Closed {when}. Closing note: {note}</source>
        <translation>{when} 已结束。结束说明：{note}</translation>
    </message>
    <message>
        <source>The crisis cannot be shown.</source>
        <translation>无法显示该危机干预。</translation>
    </message>
    <message>
        <source>The crisis was not opened.</source>
        <translation>未打开该危机干预。</translation>
    </message>
    <message>
        <source>A case of another counsellor opens only with a reason, which is recorded in the audit log.</source>
        <translation>打开其他咨询师的个案须填写查阅原因，该原因将记入审计日志。</translation>
    </message>
    <message>
        <source>&quot;{step}&quot; saved.</source>
        <translation>已保存“{step}”。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Every step is settled: the crisis can now be closed.</source>
        <translation>所有步骤均已处理，现在可以结束危机干预。</translation>
    </message>
    <message>
        <source>The crisis is closed.</source>
        <translation>危机干预已结束。</translation>
    </message>
    <message>
        <source>Marked as reviewed.</source>
        <translation>已记录今日复查。</translation>
    </message>
</context>
<context>
    <name>CrisisStepDialog</name>
    <message>
        <source>{name} ({case_no}) · crisis opened {when}</source>
        <translation>{name}（{case_no}）· 危机干预启动于 {when}</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>已完成(&amp;D)</translation>
    </message>
    <message>
        <source>The step was carried out: say who, when and how</source>
        <translation>该步骤已执行：请填写由谁、何时、以何种方式</translation>
    </message>
    <message>
        <source>&amp;Not applicable</source>
        <translation>不适用(&amp;N)</translation>
    </message>
    <message>
        <source>The step does not apply to this crisis: say why</source>
        <translation>该步骤不适用于此次危机干预：请说明原因</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>e.g. 李老师</source>
        <translation>例如：李老师</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>执行人</translation>
    </message>
    <message>
        <source>May be someone without an account, e.g. the head teacher.</source>
        <translation>可以是没有账户的人员，例如班主任。</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>Set the date and time to now</source>
        <translation>将日期和时间设为当前时间</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>e.g. the mother, Ms Wang</source>
        <translation>例如：母亲王女士</translation>
    </message>
    <message>
        <source>e.g. Director Zhang, student affairs</source>
        <translation>例如：学生处张主任</translation>
    </message>
    <message>
        <source>e.g. the city children&apos;s hospital, psychiatry</source>
        <translation>例如：市儿童医院精神科</translation>
    </message>
    <message>
        <source>e.g. the student and the mother</source>
        <translation>例如：学生及其母亲</translation>
    </message>
    <message>
        <source>Choose or type</source>
        <translation>选择或输入</translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation>选填。</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Add date</source>
        <translation>添加日期</translation>
    </message>
    <message>
        <source>Add the chosen date to the planned follow-ups</source>
        <translation>将所选日期加入计划的跟进日期</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected date</source>
        <translation>移除所选日期</translation>
    </message>
    <message>
        <source>Follow-up dates</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <source>Pick a date and press Add date; add every planned follow-up.</source>
        <translation>选择日期后点击“添加日期”；请添加所有计划的跟进日期。</translation>
    </message>
    <message>
        <source>Key points of the plan, and where the signed copy is kept</source>
        <translation>计划要点，以及签字版的存放位置</translation>
    </message>
    <message>
        <source>Anything worth keeping, in a few words</source>
        <translation>值得记录的情况，简要几句即可</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>e.g. the parents took the student to hospital themselves</source>
        <translation>例如：家长已自行带学生就医</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Required: why this step does not apply. It is kept with the crisis record.</source>
        <translation>必填：说明此步骤为何不适用。该说明将随危机干预记录一并保存。</translation>
    </message>
    <message>
        <source>Use the guardian on the registration: {guardian}</source>
        <translation>使用登记表上的监护人：{guardian}</translation>
    </message>
    <message>
        <source>Put the guardian&apos;s name and telephone number into &quot;Who was told&quot;</source>
        <translation>将监护人的姓名和电话填入“告知对象”</translation>
    </message>
    <message>
        <source>Then record the conversation as a contact with the family</source>
        <translation>随后将此次谈话记入家校沟通记录</translation>
    </message>
    <message>
        <source>After saving, the contact record opens with who, how and when filled in</source>
        <translation>保存后将打开沟通记录，并已填好沟通对象、方式和时间</translation>
    </message>
    <message>
        <source>Save as not applicable</source>
        <translation>保存为不适用</translation>
    </message>
    <message>
        <source>Save as done</source>
        <translation>保存为已完成</translation>
    </message>
</context>
<context>
    <name>DeidentifyDialog</name>
    <message>
        <source>De-identified export</source>
        <translation>去标识化导出</translation>
    </message>
    <message>
        <source>For supervision, case conferences, teaching and research. Names, numbers, dates, classes and places are replaced (blue). Amber words may still identify someone: check each one and tick it off, or change the text. Nothing can be saved while one is open.</source>
        <translation>用于督导、个案研讨、教学与研究。姓名、号码、日期、班级和地点已替换（蓝色）。琥珀色的词语仍可能识别出某人：请逐一核对并勾选，或修改文字。尚有未核对的词语时不能保存。</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>包含</translation>
    </message>
    <message>
        <source>Prepare again</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>De-identify the records ticked above again</source>
        <translation>对上方勾选的记录重新去标识化</translation>
    </message>
    <message>
        <source>De-identified text</source>
        <translation>去标识化文本</translation>
    </message>
    <message>
        <source>You may change the text. Anything identifying typed into it is flagged again.</source>
        <translation>可以修改文本。输入的任何可识别信息会再次被标出。</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>待核对</translation>
    </message>
    <message>
        <source>Tick a word once checked: no change needed.</source>
        <translation>核对无误、无需修改的词语请勾选。</translation>
    </message>
    <message>
        <source>What was replaced</source>
        <translation>替换了什么</translation>
    </message>
    <message>
        <source>Save as text…</source>
        <translation>另存为文本…</translation>
    </message>
    <message>
        <source>A UTF-8 text file, marked 已去标识化</source>
        <translation>UTF-8 文本文件，标注“已去标识化”</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>A PDF marked 已去标识化 on every page</source>
        <translation>每页标注“已去标识化”的 PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Prepare the text again? Your changes and ticks are lost.</source>
        <translation>重新生成文本？您的修改和勾选将丢失。</translation>
    </message>
    <message>
        <source>Preparing the de-identified text…</source>
        <translation>正在生成去标识化文本…</translation>
    </message>
    <message>
        <source>Visit {no} · {kind} · {date}</source>
        <translation>第 {no} 次咨询 · {kind} · {date}</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>（草稿）</translation>
    </message>
    <message>
        <source>Test: {scale} · {date}</source>
        <translation>测验：{scale} · {date}</translation>
    </message>
    <message>
        <source>Ticked: checked, no change needed</source>
        <translation>已勾选：已核对，无需修改</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>已核对</translation>
    </message>
    <message>
        <source>to check</source>
        <translation>待核对</translation>
    </message>
    <message>
        <source>{kind} · original hidden</source>
        <translation>{kind} · 原文已隐去</translation>
    </message>
    <message>
        <source>{n} flagged word still to check: tick it off or change the text before saving.</source>
        <translation>还有 {n} 个标出的词语待核对：保存前请勾选或修改文本。</translation>
    </message>
    <message>
        <source>{n} flagged words still to check: tick each off or change the text before saving.</source>
        <translation>还有 {n} 个标出的词语待核对：保存前请逐一勾选或修改文本。</translation>
    </message>
    <message>
        <source>Every flagged word is checked.</source>
        <translation>所有标出的词语均已核对。</translation>
    </message>
    <message>
        <source>Close and discard your changes and ticks?</source>
        <translation>关闭并放弃您的修改和勾选？</translation>
    </message>
    <message>
        <source>The file holds a de-identified case for supervision, teaching or research. Read it once more before it leaves the room, and keep it only as long as it is needed. Saving is recorded in the audit log.</source>
        <translation>该文件是用于督导、教学或研究的去标识化个案。带出咨询室前请再通读一遍，只在需要时保留。保存操作会记入审计日志。</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>正在生成文档…</translation>
    </message>
    <message>
        <source>de-identified-case</source>
        <translation>去标识化个案</translation>
    </message>
    <message>
        <source>Saved as PDF: {path}</source>
        <translation>已保存为 PDF：{path}</translation>
    </message>
    <message>
        <source>Save as text</source>
        <translation>另存为文本</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <source>Nothing was saved: &quot;{path}&quot; could not be written (the drive may be full, removed or read-only).</source>
        <translation>未保存：无法写入“{path}”（存储设备可能已满、已拔出或只读）。</translation>
    </message>
    <message>
        <source>Saved as text: {path}</source>
        <translation>已保存为文本：{path}</translation>
    </message>
</context>
<context>
    <name>DialogButtons</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>DrivePicker</name>
    <message>
        <source>Refresh</source>
        <extracomment>How often the list looks for drives plugged in or pulled out while it is shown.</extracomment>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Look again for drives that were plugged in</source>
        <translation>重新查找新插入的驱动器</translation>
    </message>
    <message>
        <source>Another folder…</source>
        <translation>其他文件夹…</translation>
    </message>
    <message>
        <source>Write the archive into a folder of your choice</source>
        <translation>将归档写入您选择的文件夹</translation>
    </message>
    <message>
        <source>I understand, and still want the archive written here</source>
        <translation>我已了解，仍要将归档写入此处</translation>
    </message>
    <message>
        <source>No USB drive found. Plug in the archive drive; it appears here by itself (or press Refresh).</source>
        <translation>未找到 U 盘。请插入用于存放归档的 U 盘，插入后会自动显示在这里（也可点击“刷新”）。</translation>
    </message>
    <message>
        <source>USB drive</source>
        <translation>U 盘</translation>
    </message>
    <message>
        <source>Drive of this computer</source>
        <translation>本机磁盘</translation>
    </message>
    <message>
        <source>{free} free of {total}</source>
        <translation>可用 {free}，共 {total}</translation>
    </message>
    <message>
        <source>{free} free</source>
        <translation>可用 {free}</translation>
    </message>
    <message>
        <source>{name} ({kind}) — {path} — {space}</source>
        <translation>{name}（{kind}）— {path} — {space}</translation>
    </message>
    <message>
        <source>{path} — {free} free</source>
        <translation>{path} — 可用 {free}</translation>
    </message>
    <message>
        <source>Write the archive into which folder?</source>
        <translation>将归档写入哪个文件夹？</translation>
    </message>
    <message>
        <source>{path} is not a removable drive. The archive is meant to leave this computer and be locked away: on the computer&apos;s own disk it is lost with the computer, and anyone who finds the file needs only the passphrase.</source>
        <translation>{path} 不是可移动磁盘。归档应离开这台计算机、锁好保管：存放在本机磁盘上，计算机一旦丢失或损坏，归档也会随之丢失；而且任何人拿到该文件，只需知道归档密码即可打开。</translation>
    </message>
</context>
<context>
    <name>DutyDialogs</name>
    <message>
        <source>Events, anything the next person on duty should know. No client details are needed: everyone on the staff sees the duty log.</source>
        <translation>记录值班期间发生的事情，以及下一位值班人员需要了解的情况。无需填写来访者信息：全体工作人员都能看到值班记录。</translation>
    </message>
    <message>
        <source>Enter a time like 8:30.</source>
        <translation>请按 8:30 这样的格式输入时间。</translation>
    </message>
</context>
<context>
    <name>DutyLabels</name>
    <message>
        <source>{person} · {day} · from {start}</source>
        <translation>{person} · {day} · {start} 起</translation>
    </message>
    <message>
        <source>{person} · {day} · {start}–{end} ({length})</source>
        <translation>{person} · {day} · {start}–{end}（{length}）</translation>
    </message>
    <message>
        <source>Entered afterwards</source>
        <translation>事后补录</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>实时记录</translation>
    </message>
    <message>
        <source>{how}, corrected</source>
        <translation>{how}，已更正</translation>
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
        <source>{minutes} min</source>
        <translation>{minutes} 分钟</translation>
    </message>
    <message>
        <source>{hours} h {minutes:02d} min</source>
        <translation>{hours} 小时 {minutes:02d} 分钟</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} 小时</translation>
    </message>
</context>
<context>
    <name>DutyPage</name>
    <message>
        <source>Add a past shift…</source>
        <translation>补录值班…</translation>
    </message>
    <message>
        <source>Enter duty that was not started and ended with the button</source>
        <translation>登记未通过“开始值班”按钮记录的值班</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <source>Correct the selected shift (double-click a shift). Its author can until the end of the day it was recorded; afterwards the supervisor, with a reason.</source>
        <translation>更正所选值班时段（也可双击该时段）。记录人可在记录当天结束前更正；此后由负责人更正，并须填写原因。</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>撤回…</translation>
    </message>
    <message>
        <source>Withdraw the selected shift if it was recorded by mistake (with a reason)</source>
        <translation>撤回误录的所选值班时段（须填写原因）</translation>
    </message>
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
        <source>Back to the current week</source>
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
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月度</translation>
    </message>
    <message>
        <source>Visitors so far</source>
        <translation>目前来访人次</translation>
    </message>
    <message>
        <source>+1 visitor</source>
        <translation>来访 +1</translation>
    </message>
    <message>
        <source>Someone came to the room: count them (saved at once)</source>
        <translation>有人来到咨询室时点此计数（立即保存）</translation>
    </message>
    <message>
        <source>Events and notes</source>
        <translation>事件与备注</translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation>保存备注</translation>
    </message>
    <message>
        <source>Save the visitors and notes now (Ctrl+S); ending the duty saves them too</source>
        <translation>立即保存来访人次和备注（Ctrl+S）；结束值班时也会一并保存</translation>
    </message>
    <message>
        <source>Events, anything the next person on duty should know. No client details are needed: everyone on the staff sees the duty log.</source>
        <translation>记录值班期间发生的事情，以及下一位值班人员需要了解的情况。无需填写来访者信息：全体工作人员都能看到值班记录。</translation>
    </message>
    <message>
        <source>End a forgotten duty…</source>
        <translation>补记值班结束时间…</translation>
    </message>
    <message>
        <source>Enter the time this duty really ended</source>
        <translation>填写这次值班的实际结束时间</translation>
    </message>
    <message>
        <source>Print month…</source>
        <translation>打印月度记录…</translation>
    </message>
    <message>
        <source>Print the month&apos;s duty log for the file</source>
        <translation>打印该月的值班记录，以便存档</translation>
    </message>
    <message>
        <source>Save month as PDF…</source>
        <translation>将月度记录另存为 PDF…</translation>
    </message>
    <message>
        <source>Save the month&apos;s duty log as a PDF file, e.g. to print it elsewhere</source>
        <translation>将该月的值班记录另存为 PDF 文件，例如拿到其他地方打印</translation>
    </message>
    <message>
        <source>Duty log</source>
        <translation>值班记录</translation>
    </message>
    <message>
        <source>Who is on duty in the room, and for how long. The room must be open to students at least {hours} hours every week (心理辅导室定期对学生开放，每周不少于10小时); two people on duty at the same time count once.</source>
        <translation>记录谁在咨询室值班、值班多长时间。按规定，心理辅导室应定期对学生开放，每周不少于 {hours} 小时；多人同时值班的时段只计一次。</translation>
    </message>
    <message>
        <source>You are not on duty.</source>
        <translation>您当前未在值班。</translation>
    </message>
    <message>
        <source>Start duty</source>
        <translation>开始值班</translation>
    </message>
    <message>
        <source>You are on duty in the room from now (Ctrl+Shift+D)</source>
        <translation>从现在起在咨询室值班（Ctrl+Shift+D）</translation>
    </message>
    <message>
        <source>On duty since {start} · {length}</source>
        <translation>正在值班：{start} 起 · {length}</translation>
    </message>
    <message>
        <source>End duty</source>
        <translation>结束值班</translation>
    </message>
    <message>
        <source>Your duty ends now; the visitors and notes are saved with it (Ctrl+Shift+D)</source>
        <translation>立即结束值班，来访人次和备注将一并保存（Ctrl+Shift+D）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{person} (since {start})</source>
        <translation>{person}（{start} 起）</translation>
    </message>
    <message>
        <source>Also on duty: {names}</source>
        <translation>同时值班：{names}</translation>
    </message>
    <message>
        <source>On duty now: {names}</source>
        <translation>正在值班：{names}</translation>
    </message>
    <message>
        <source>Nobody else is on duty now.</source>
        <translation>目前没有其他人在值班。</translation>
    </message>
    <message>
        <source>Nobody is on duty now.</source>
        <translation>目前无人值班。</translation>
    </message>
    <message>
        <source>Duty left open on an earlier day (it does not count until it has an end):</source>
        <translation>以下值班在之前某天未结束（补记结束时间后才计入时长）：</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>Open hours this week ({span})</source>
        <translation>本周开放时长（{span}）</translation>
    </message>
    <message>
        <source>Open hours, week of {span}</source>
        <translation>{span} 的开放时长</translation>
    </message>
    <message>
        <source>Week {span}</source>
        <translation>{span} 周</translation>
    </message>
    <message>
        <source>{total} open: the weekly minimum of {minimum} is reached.</source>
        <translation>已开放 {total}：已达到每周最低要求 {minimum}。</translation>
    </message>
    <message>
        <source>{total} open: {missing} short of the weekly minimum of {minimum}.</source>
        <translation>共开放 {total}：未达到每周最低要求 {minimum}，差 {missing}。</translation>
    </message>
    <message>
        <source>{total} open so far; {missing} more to reach the weekly minimum of {minimum}.</source>
        <translation>目前已开放 {total}；还需 {missing} 才能达到每周最低要求 {minimum}。</translation>
    </message>
    <message>
        <source>Shifts: {shifts} · days on duty: {days} · {hours} open · visitors: {visitors} · weekly minimum {minimum}</source>
        <translation>值班 {shifts} 次 · 共 {days} 天 · 开放 {hours} · 来访 {visitors} 人次 · 每周最低 {minimum}</translation>
    </message>
    <message>
        <source>Duty ended: {start}–{end}, {length}, visitors: {visitors}.</source>
        <translation>值班已结束：{start}–{end}，{length}，来访 {visitors} 人次。</translation>
    </message>
    <message>
        <source>{n} visitor so far, saved.</source>
        <translation>目前来访 {n} 人次，已保存。</translation>
    </message>
    <message>
        <source>{n} visitors so far, saved.</source>
        <translation>目前来访 {n} 人次，已保存。</translation>
    </message>
    <message>
        <source>{span} {hours}</source>
        <translation>{span}：{hours}</translation>
    </message>
    <message>
        <source>Open hours of every week touching the month: ✓ the minimum was reached, ✗ it was not, … the week is under way.</source>
        <translation>与本月有交集的各周开放时长：✓ 已达到最低要求，✗ 未达到，… 该周尚在进行中。</translation>
    </message>
    <message>
        <source>Duty log {year}-{month:02d}</source>
        <translation>值班记录 {year}-{month:02d}</translation>
    </message>
    <message>
        <source>The duty log of {year}-{month:02d} was sent to the printer.</source>
        <translation>{year}年{month:02d}月的值班记录已发送到打印机。</translation>
    </message>
    <message>
        <source>The PDF lists who was on duty and the notes of every shift, and it is not encrypted. Save it only where it is needed, e.g. on a USB stick to print it elsewhere, and delete it afterwards.</source>
        <translation>该 PDF 文件列出了值班人员及每次值班的备注，且未加密。请只在必要时保存，例如保存到 U 盘以便在其他地方打印，用完后请删除。</translation>
    </message>
    <message>
        <source>duty-log-{year}-{month:02d}.pdf</source>
        <translation>值班记录 {year}-{month:02d}.pdf</translation>
    </message>
    <message>
        <source>The duty log of {year}-{month:02d} was saved as {path}.</source>
        <translation>{year}年{month:02d}月的值班记录已保存为 {path}。</translation>
    </message>
    <message>
        <source>No duty recorded today yet. Start duty above, or add a shift that was not clicked.</source>
        <translation>今天还没有值班记录。请点击上方的“开始值班”，或补录未通过按钮登记的值班。</translation>
    </message>
    <message>
        <source>No duty recorded in this week.</source>
        <translation>本周没有值班记录。</translation>
    </message>
    <message>
        <source>No duty recorded in this month.</source>
        <translation>本月没有值班记录。</translation>
    </message>
    <message>
        <source>End…</source>
        <translation>结束…</translation>
    </message>
    <message>
        <source>On duty from {start}. End it here when you leave the room.</source>
        <translation>已于 {start} 开始值班。离开咨询室时请在此结束值班。</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>尚未保存。</translation>
    </message>
    <message>
        <source>Saved at {time}.</source>
        <translation>已于 {time} 保存。</translation>
    </message>
    <message>
        <source>Shift added: {shift}.</source>
        <translation>已添加值班时段：{shift}。</translation>
    </message>
    <message>
        <source>Shift corrected: {shift}.</source>
        <translation>已更正值班时段：{shift}。</translation>
    </message>
    <message>
        <source>Shift withdrawn: {shift}.</source>
        <translation>已撤回值班时段：{shift}。</translation>
    </message>
    <message>
        <source>Duty ended: {shift}.</source>
        <translation>值班已结束：{shift}。</translation>
    </message>
</context>
<context>
    <name>DutyWeekChart</name>
    <message>
        <source>This week: {total} of at least {minimum}</source>
        <translation>本周：{total}（最低要求 {minimum}）</translation>
    </message>
    <message>
        <source>{weekday} {date}: open {time}</source>
        <translation>{weekday} {date}：开放 {time}</translation>
    </message>
    <message>
        <source>{time} more this week to reach the minimum</source>
        <translation>本周还需开放 {time} 才能达到最低要求</translation>
    </message>
    <message>
        <source>The minimum is reached this week.</source>
        <translation>本周已达到最低要求。</translation>
    </message>
</context>
<context>
    <name>EndShiftDialog</name>
    <message>
        <source>End duty</source>
        <translation>结束值班</translation>
    </message>
    <message>
        <source>This duty was never ended. Enter the time it really ended on {day}; until then it does not count towards the week&apos;s open hours.</source>
        <translation>这次值班一直没有结束。请填写 {day} 当天实际结束的时间；填写之前，这次值班不计入本周开放时长。</translation>
    </message>
    <message>
        <source>Ending the duty of {person}, who is on duty now.</source>
        <translation>将结束 {person} 当前正在进行的值班。</translation>
    </message>
    <message>
        <source>Ended at</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Leave empty to end it now.</source>
        <translation>留空则立即结束。</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>来访人次</translation>
    </message>
    <message>
        <source>Events and notes</source>
        <translation>事件与备注</translation>
    </message>
</context>
<context>
    <name>EntryPanel</name>
    <message>
        <source>Reason</source>
        <translation>列入原因</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>负责咨询师</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>列入时间</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>下次复评</translation>
    </message>
    <message>
        <source>Plan (一生一策)</source>
        <translation>一生一策</translation>
    </message>
    <message>
        <source>History</source>
        <translation>变更记录</translation>
    </message>
    <message>
        <source>Select a student in the list to see the entry.</source>
        <translation>在列表中选择一名学生，即可查看其登记内容。</translation>
    </message>
    <message>
        <source>Level changed {old} → {new}</source>
        <translation>等级调整：{old} → {new}</translation>
    </message>
    <message>
        <source>Added at {level}</source>
        <translation>列入名单，等级：{level}</translation>
    </message>
    <message>
        <source>Review of {day}</source>
        <translation>{day} 复评</translation>
    </message>
    <message>
        <source> (next review {day})</source>
        <translation>（下次复评：{day}）</translation>
    </message>
    <message>
        <source> · head teacher {name}</source>
        <translation> · 班主任 {name}</translation>
    </message>
    <message>
        <source>Taken off {when}: {reason}</source>
        <translation>{when} 移出：{reason}</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source> — due</source>
        <translation> — 已到期</translation>
    </message>
    <message>
        <source>(no plan written yet)</source>
        <translation>（尚未填写方案）</translation>
    </message>
</context>
<context>
    <name>ExportsModel</name>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>归档时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>归档人</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>来访者</translation>
    </message>
    <message>
        <source>Visit records</source>
        <translation>咨询记录</translation>
    </message>
    <message>
        <source>SHA-256 (start)</source>
        <translation>SHA-256（开头）</translation>
    </message>
    <message>
        <source>SHA-256: {digest}</source>
        <translation>SHA-256：{digest}</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Referral feedback</source>
        <translation>转介反馈</translation>
    </message>
    <message>
        <source>Referral to {institution} on {date}</source>
        <translation>{date} 转介至 {institution}</translation>
    </message>
    <message>
        <source>What the institution found or advised, e.g. diagnosis, treatment, whether counselling at school should continue</source>
        <translation>机构的结论或建议，例如诊断、治疗、是否继续在校咨询</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>Save feedback</source>
        <translation>保存反馈</translation>
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
    <name>FigureCard</name>
    <message>
        <source>{score} of 5</source>
        <translation>{score} / 5 分</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} 天</translation>
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
    <name>FollowUpsModel</name>
    <message>
        <source>Due</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>来访者</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>档案号</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>{n} day overdue</source>
        <translation>已逾期 {n} 天</translation>
    </message>
    <message>
        <source>{n} days overdue</source>
        <translation>已逾期 {n} 天</translation>
    </message>
    <message>
        <source>In {n} day</source>
        <translation>{n} 天后到期</translation>
    </message>
    <message>
        <source>In {n} days</source>
        <translation>{n} 天后到期</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <source>inform the guardian</source>
        <translation>告知监护人</translation>
    </message>
    <message>
        <source>inform the school leadership</source>
        <translation>报告学校领导</translation>
    </message>
    <message>
        <source>referral or consultation</source>
        <translation>转介或会诊</translation>
    </message>
    <message>
        <source>safety plan</source>
        <translation>安全计划</translation>
    </message>
    <message>
        <source>set follow-up dates</source>
        <translation>安排跟进日期</translation>
    </message>
    <message>
        <source>Crisis follow-up due</source>
        <translation>危机干预跟进到期</translation>
    </message>
    <message>
        <source>Crisis step open: {step}</source>
        <translation>危机干预步骤待处理：{step}</translation>
    </message>
    <message>
        <source>Referral feedback awaited</source>
        <translation>等待转介反馈</translation>
    </message>
    <message>
        <source>Attention register review due</source>
        <translation>重点关注复评到期</translation>
    </message>
    <message>
        <source>Visit record not signed</source>
        <translation>咨询记录未签署</translation>
    </message>
    <message>
        <source>A follow-up planned in the crisis record falls on this date.</source>
        <translation>危机记录中计划的一次跟进在此日期。</translation>
    </message>
    <message>
        <source>Record this step (or why it does not apply) in the case&apos;s crisis record. The date is when the crisis was opened.</source>
        <translation>请在该个案的危机记录中登记此步骤（或说明不适用的原因）。日期为启动危机干预的日期。</translation>
    </message>
    <message>
        <source>Ask the institution for feedback and record it with the referral.</source>
        <translation>请向机构询问反馈，并在转介记录中登记。</translation>
    </message>
    <message>
        <source>Complete and sign the visit record; the date is the visit&apos;s.</source>
        <translation>请完成并签署咨询记录；日期为咨询日期。</translation>
    </message>
    <message>
        <source>Review the student on the attention register and set the next review date.</source>
        <translation>请对重点关注名单中的该学生进行复评，并设定下次复评日期。</translation>
    </message>
    <message>
        <source>What is due in all counsellors&apos; cases: crisis steps and follow-up dates, referral feedback and unsigned visit records.</source>
        <translation>所有咨询师个案中的待办事项：危机干预步骤和跟进日期、转介反馈以及未签署的咨询记录。</translation>
    </message>
    <message>
        <source>What is due in the cases you hold: crisis steps and follow-up dates, referral feedback and unsigned visit records.</source>
        <translation>您负责的个案中的待办事项：危机干预步骤和跟进日期、转介反馈以及未签署的咨询记录。</translation>
    </message>
    <message>
        <source>Include the next 7 days</source>
        <translation>包括未来 7 天</translation>
    </message>
    <message>
        <source>Also list what falls due in the coming week</source>
        <translation>同时列出未来一周内到期的事项</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Load the list again</source>
        <translation>重新加载列表</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>打开个案</translation>
    </message>
    <message>
        <source>Open the case of the selected item (or double-click it)</source>
        <translation>打开所选事项的个案（或双击该事项）</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进事项</translation>
    </message>
    <message>
        <source>{count} item, overdue. Double-click it to open its case.</source>
        <translation>共 {count} 项，已逾期。双击可打开其个案。</translation>
    </message>
    <message>
        <source>{count} items, {overdue} overdue. Double-click an item to open its case.</source>
        <translation>共 {count} 项，其中 {overdue} 项已逾期。双击某一项可打开其个案。</translation>
    </message>
    <message>
        <source>{count} item, not overdue. Double-click it to open its case.</source>
        <translation>共 {count} 项，未逾期。双击可打开其个案。</translation>
    </message>
    <message>
        <source>{count} items, none overdue. Double-click an item to open its case.</source>
        <translation>共 {count} 项，均未逾期。双击某一项可打开其个案。</translation>
    </message>
    <message>
        <source>Nothing is due in the next 7 days. Everything is up to date.</source>
        <translation>未来 7 天内没有到期事项，所有工作均已完成。</translation>
    </message>
    <message>
        <source>Nothing is due. Everything is up to date.</source>
        <translation>没有到期事项，所有工作均已完成。</translation>
    </message>
</context>
<context>
    <name>GuardedDialog</name>
    <message>
        <source>Close and discard what you typed?</source>
        <translation>关闭并放弃已输入的内容吗？</translation>
    </message>
</context>
<context>
    <name>HandOutDialog</name>
    <message>
        <source>Hand out test materials</source>
        <translation>领用测验材料</translation>
    </message>
    <message>
        <source>For a session in the room only, and back in the cabinet today. Test materials are never lent out or copied (不得外借或复印).</source>
        <translation>仅限在咨询室内施测时使用，并须当天放回柜中。测验材料不得外借或复印。</translation>
    </message>
    <message>
        <source>{name} ({on_hand} in the cabinet)</source>
        <translation>{name}（柜中 {on_hand} 份）</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>领用人</translation>
    </message>
    <message>
        <source>You record what you take yourself.</source>
        <translation>只能登记本人领用的材料。</translation>
    </message>
    <message>
        <source>e.g. individual session 14:00, group class 3</source>
        <translation>例如：个体咨询 14:00，3 班团体辅导</translation>
    </message>
    <message>
        <source>For</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Optional. No client names: every counsellor sees this register. Who took which test is recorded in the client&apos;s test log.</source>
        <translation>选填。请勿填写来访者姓名：所有咨询师都能看到此登记表。哪位来访者做了哪项测验，记录在该来访者的测验记录中。</translation>
    </message>
    <message>
        <source>Hand out</source>
        <translation>领用</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>闭室检查</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签署人</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>数据核查</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>原因：{reason}</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已签署</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>漏检</translation>
    </message>
    <message>
        <source>Closed day</source>
        <translation>非开放日</translation>
    </message>
    <message>
        <source>Not signed yet</source>
        <translation>尚未签署</translation>
    </message>
    <message>
        <source>All passed</source>
        <translation>全部通过</translation>
    </message>
    <message>
        <source>{count} did not pass (with a reason)</source>
        <translation>{count} 项未通过（已说明原因）</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>普查</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>量表</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>The records are encrypted on this computer. They lock by themselves when nobody uses the computer for a few minutes, and with the Lock button when you step away.</source>
        <translation>档案在这台计算机上加密保存。计算机数分钟无人操作时，档案会自动锁定；您暂时离开时，也可以点击“锁定”按钮手动锁定。</translation>
    </message>
    <message>
        <source>Today&apos;s appointments</source>
        <translation>今日预约</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Visit records awaiting signature</source>
        <translation>待签署的咨询记录</translation>
    </message>
    <message>
        <source>Visit records</source>
        <translation>咨询记录</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>到期的跟进事项</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进事项</translation>
    </message>
    <message>
        <source>Test materials still out</source>
        <translation>尚未归还的测验材料</translation>
    </message>
    <message>
        <source>Test materials</source>
        <translation>测验材料</translation>
    </message>
    <message>
        <source>Duty and this week&apos;s open hours</source>
        <translation>值班与本周开放时长</translation>
    </message>
    <message>
        <source>Duty log</source>
        <translation>值班记录</translation>
    </message>
    <message>
        <source>Closing checklist</source>
        <translation>闭室检查</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
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
        <source>Quarter {quarter} has ended and is not archived yet. Archive it onto a USB drive on the Archive page.</source>
        <translation>季度 {quarter} 已结束，尚未归档。请在“归档”页面将其归档到 U 盘。</translation>
    </message>
    <message>
        <source>{n} wrong password was tried on your account since your last login. If that was not you, tell the supervisor.</source>
        <translation>自您上次登录以来，您的账户被输错密码 {n} 次。如果不是您本人所为，请告知负责人。</translation>
    </message>
    <message>
        <source>Attention register reviews due</source>
        <translation>到期的重点关注复评</translation>
    </message>
    <message>
        <source>Attention register</source>
        <translation>重点关注</translation>
    </message>
    <message>
        <source>{n} wrong passwords were tried on your account since your last login. If that was not you, tell the supervisor.</source>
        <translation>自您上次登录以来，您的账户被输错密码 {n} 次。如果不是您本人所为，请告知负责人。</translation>
    </message>
    <message>
        <source>{case_no} {name}: {risk}, steps open: {pending}, since {since}</source>
        <translation>{case_no} {name}：{risk}，{pending} 个步骤未完成，始于 {since}</translation>
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
        <source>Nothing due.</source>
        <translation>没有到期事项。</translation>
    </message>
    <message>
        <source>{n} in all.</source>
        <translation>共 {n} 项。</translation>
    </message>
    <message>
        <source>{due}  {name} ({case_no})</source>
        <translation>{due}  {name}（{case_no}）</translation>
    </message>
    <message>
        <source>No review due.</source>
        <translation>没有到期的复评。</translation>
    </message>
    <message>
        <source>{start}–{end}  {name} ({case_no}) · {counsellor} · {status}</source>
        <translation>{start}–{end}  {name}（{case_no}）· {counsellor} · {status}</translation>
    </message>
    <message>
        <source>No appointments today.</source>
        <translation>今天没有预约。</translation>
    </message>
    <message>
        <source>{n} still to settle (attended or no-show).</source>
        <translation>还有 {n} 个预约待确认（已到访或未到）。</translation>
    </message>
    <message>
        <source>On duty now: {name}, since {start}</source>
        <translation>正在值班：{name}（{start} 起）</translation>
    </message>
    <message>
        <source>Duty of {day} never ended: {name}</source>
        <translation>{day} 的值班未结束：{name}</translation>
    </message>
    <message>
        <source>This week: {open} open of at least {minimum}</source>
        <translation>本周已开放 {open}，最低要求 {minimum}</translation>
    </message>
    <message>
        <source>The room was not open in the last two weeks.</source>
        <translation>近两周咨询室没有开放。</translation>
    </message>
    <message>
        <source>{day}: the room was open before the closing checklist came into use; nothing to sign for it.</source>
        <translation>{day}：咨询室开放时闭室检查尚未启用，该日无须签署。</translation>
    </message>
    <message>
        <source>{day}: closed by {name} at {time}</source>
        <translation>{day}：{name} 于 {time} 签署闭室检查</translation>
    </message>
    <message>
        <source>{day}: the room was not closed with the checklist</source>
        <translation>{day}：闭室时未完成闭室检查</translation>
    </message>
    <message>
        <source>{day}  {name} ({case_no}) · visit {no}</source>
        <translation>{day}  {name}（{case_no}）· 第 {no} 次咨询</translation>
    </message>
    <message>
        <source>Every visit record is signed.</source>
        <translation>所有咨询记录均已签署。</translation>
    </message>
    <message>
        <source>{material} × {count} · {who} · since {when}</source>
        <translation>{material} × {count} · {who} · 领用于 {when}</translation>
    </message>
    <message>
        <source>Everything is back in the cabinet.</source>
        <translation>所有材料均已归还柜中。</translation>
    </message>
    <message>
        <source>{case_no} {name}: {scale} of {date}, flagged until {until}</source>
        <translation>{case_no} {name}：{scale}（{date}），重点关注至 {until}</translation>
    </message>
    <message>
        <source>Flagged by a test — a critical answer in the last {days} days ({n}):</source>
        <translation>测验预警——近 {days} 天内有关键条目作答触发预警（{n}）：</translation>
    </message>
</context>
<context>
    <name>InterviewDialog</name>
    <message>
        <source>Record the interview</source>
        <translation>记录约谈</translation>
    </message>
    <message>
        <source>{student}, invited on {day}.</source>
        <translation>{student}，邀约日期：{day}。</translation>
    </message>
    <message>
        <source>Interviewed on</source>
        <translation>约谈日期</translation>
    </message>
    <message>
        <source>By</source>
        <translation>约谈人</translation>
    </message>
    <message>
        <source>What the student said, how they are, whether the screening result holds up</source>
        <translation>学生谈了什么、目前状态如何、普查结果是否属实</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>约谈记录</translation>
    </message>
    <message>
        <source>Kept with the screening record, as confidential as a test result (at most {max} characters).</source>
        <translation>与普查记录一同保存，与测验结果同等保密（最多 {max} 个字符）。</translation>
    </message>
    <message>
        <source>Save interview</source>
        <translation>保存约谈记录</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invite to an interview</source>
        <translation>邀请约谈</translation>
    </message>
    <message>
        <source>{student}. Invite the student in a way that does not single them out in front of the class (e.g. through the head teacher, with other students).</source>
        <translation>{student}。邀请学生时，请避免让其在全班面前显得特殊（例如通过班主任邀请，或与其他学生一同邀请）。</translation>
    </message>
    <message>
        <source>Invited on</source>
        <translation>邀约日期</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>邀请</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>en</source>
        <translation>zh_CN</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>题目数</translation>
    </message>
    <message>
        <source>Licence note</source>
        <translation>授权说明</translation>
    </message>
    <message>
        <source>Imported by</source>
        <translation>导入人</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>添加日期</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
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
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>About CounselRoom</source>
        <translation>关于心理咨询室档案管理</translation>
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
    <name>MaterialDialog</name>
    <message>
        <source>Edit test material</source>
        <translation>编辑测验材料</translation>
    </message>
    <message>
        <source>Add test material</source>
        <translation>添加测验材料</translation>
    </message>
    <message>
        <source>e.g. PHQ-9 answer sheet, SCL-90 booklet</source>
        <translation>例如：PHQ-9 答题纸、SCL-90 题本</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>A paper form is used up when a client fills it in; a kit comes back whole.</source>
        <translation>纸质问卷由来访者填写后即耗用；测验工具用后完整归还。</translation>
    </message>
    <message>
        <source>e.g. phq9 (optional)</source>
        <translation>例如：phq9（选填）</translation>
    </message>
    <message>
        <source>Scale code</source>
        <translation>量表代码</translation>
    </message>
    <message>
        <source>Links the material to a scale of the test library.</source>
        <translation>将此材料关联到量表库中的量表。</translation>
    </message>
    <message>
        <source>e.g. locked cabinet A, top shelf</source>
        <translation>例如：A 号带锁柜，顶层</translation>
    </message>
    <message>
        <source>Kept in</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <source>Edition, publisher, licence (optional)</source>
        <translation>版本、出版社、授权说明（选填）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source> copies</source>
        <translation> 份</translation>
    </message>
    <message>
        <source>In the cabinet now</source>
        <translation>当前柜中数量</translation>
    </message>
    <message>
        <source>e.g. bought from the publisher, first count</source>
        <translation>例如：向出版社购买，首次清点</translation>
    </message>
    <message>
        <source>Where they came from</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Required when there are copies. New copies come from the publisher or the licence holder: test forms are never photocopied.</source>
        <translation>柜中数量不为 0 时必填。新增材料须向出版社或授权方获取：测验问卷一律不得复印。</translation>
    </message>
    <message>
        <source>The counts change only through Change stock…, with a reason.</source>
        <translation>数量只能通过“调整库存…”修改，并须注明原因。</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <source>Add material</source>
        <translation>添加材料</translation>
    </message>
</context>
<context>
    <name>MaterialLabels</name>
    <message>
        <source>{material} · {who} · {when} · {out} still out</source>
        <translation>{material} · {who} · {when} · 未归还 {out}</translation>
    </message>
</context>
<context>
    <name>MaterialsModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>量表</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>In the cabinet</source>
        <translation>柜中</translation>
    </message>
    <message>
        <source>Out now</source>
        <translation>未归还</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总数</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>核对</translation>
    </message>
    <message>
        <source>Kept in</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <source>None left in the cabinet</source>
        <translation>柜中已无库存</translation>
    </message>
    <message>
        <source>Does not add up</source>
        <translation>数目不符</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
</context>
<context>
    <name>MaterialsPage</name>
    <message>
        <source>{name}: {on_hand} in the cabinet + {out} out = {sum}, but the recorded total is {total}. Count the cabinet; the supervisor corrects the count.</source>
        <translation>{name}：柜中 {on_hand} + 未归还 {out} = {sum}，但登记的总数为 {total}。请清点柜中数量，由负责人更正。</translation>
    </message>
    <message>
        <source>{name}: the recorded counts ({on_hand} in the cabinet, {total} in all) differ from what the movements add up to ({expected_on_hand}, {expected_total}); they were changed outside CounselRoom.</source>
        <translation>{name}：登记的数量（柜中 {on_hand}，共 {total}）与出入记录累计的结果（{expected_on_hand}，{expected_total}）不符；数据曾在 CounselRoom 之外被改动。</translation>
    </message>
    <message>
        <source>{name}: {out} taken by {who} on {day} not back; days out: {days}.</source>
        <translation>{name}：{who} 于 {day} 领用的 {out} 份尚未归还（已 {days} 天）。</translation>
    </message>
    <message>
        <source>The room&apos;s test forms and kits. Hand them out for a session and take them back the same day; forms a client filled in count as used up. There is no lending: the rules forbid lending or copying test materials (测验表格不得外借或复印).</source>
        <translation>本咨询室的测验表格和测验工具。咨询时领用，当天归还；来访者填写过的表格计为已耗用。不提供外借：按规定，测验表格不得外借或复印。</translation>
    </message>
    <message>
        <source>Hand out…</source>
        <translation>领用…</translation>
    </message>
    <message>
        <source>Record materials taken from the cabinet for a session (double-click a material). Lending is not possible: test materials never leave the room.</source>
        <translation>登记从柜中领出、供咨询使用的材料（双击材料即可）。不能外借：测验材料不得带出咨询室。</translation>
    </message>
    <message>
        <source>Take back…</source>
        <translation>归还…</translation>
    </message>
    <message>
        <source>Record what came back to the cabinet and which forms were used up (double-click a hand-out)</source>
        <translation>登记归还柜中的材料及已耗用的表格（双击领用记录即可）</translation>
    </message>
    <message>
        <source>Add material…</source>
        <translation>添加材料…</translation>
    </message>
    <message>
        <source>Register a form or kit the room owns</source>
        <translation>登记本咨询室拥有的表格或测验工具</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Change the selected material&apos;s name, scale or location</source>
        <translation>修改所选材料的名称、对应量表或存放位置</translation>
    </message>
    <message>
        <source>Change stock…</source>
        <translation>调整库存…</translation>
    </message>
    <message>
        <source>Add new copies, write off damaged ones or correct the count (with a reason)</source>
        <translation>补充新增数量、核销损坏件或更正数目（需注明原因）</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Load the register again</source>
        <translation>重新加载登记表</translation>
    </message>
    <message>
        <source>Write off as missing…</source>
        <translation>按缺失核销…</translation>
    </message>
    <message>
        <source>Copies of the selected hand-out that will not come back leave the stock (with a reason)</source>
        <translation>所选领用记录中无法归还的材料将从库存中扣除（需注明原因）</translation>
    </message>
    <message>
        <source>Out now</source>
        <translation>未归还</translation>
    </message>
    <message>
        <source>History</source>
        <translation>出入记录</translation>
    </message>
    <message>
        <source>Test materials</source>
        <translation>测验材料</translation>
    </message>
    <message>
        <source>Select a material to see its movements.</source>
        <translation>选择一项材料以查看其出入记录。</translation>
    </message>
    <message>
        <source>Out now ({n})</source>
        <translation>未归还（{n}）</translation>
    </message>
    <message>
        <source>Everything is back in the cabinet.</source>
        <translation>所有材料均已归还柜中。</translation>
    </message>
    <message>
        <source>{n} hand-out not back since an earlier day.</source>
        <translation>有 {n} 条领用记录自前几天起尚未归还。</translation>
    </message>
    <message>
        <source>{n} hand-outs not back since an earlier day.</source>
        <translation>有 {n} 条领用记录自前几天起尚未归还。</translation>
    </message>
    <message>
        <source>{n} thing does not add up:</source>
        <translation>{n} 处数目不符：</translation>
    </message>
    <message>
        <source>{n} things do not add up:</source>
        <translation>{n} 处数目不符：</translation>
    </message>
    <message>
        <source>Take them back before the room closes today (double-click a hand-out).</source>
        <translation>请在今天咨询室关门前归还（双击领用记录即可）。</translation>
    </message>
    <message>
        <source>No test materials are registered yet. Add the room&apos;s forms and kits with Add material….</source>
        <translation>尚未登记任何测验材料。请通过“添加材料…”登记本咨询室的表格和测验工具。</translation>
    </message>
    <message>
        <source>No test materials are registered yet. The supervisor registers the room&apos;s forms and kits.</source>
        <translation>尚未登记任何测验材料。本咨询室的表格和测验工具由负责人登记。</translation>
    </message>
    <message>
        <source>History: {name}</source>
        <translation>出入记录：{name}</translation>
    </message>
    <message>
        <source>Every movement is kept; none can be changed or deleted.</source>
        <translation>所有出入记录均会保留，不能修改或删除。</translation>
    </message>
    <message>
        <source>{count} × {material} handed out to {who}. Take them back when the session is over.</source>
        <translation>{who} 已领用 {count} 份 {material}。咨询结束后请归还。</translation>
    </message>
    <message>
        <source>Recorded. {out} × {material} are still out.</source>
        <translation>已登记。{material} 仍有 {out} 份未归还。</translation>
    </message>
    <message>
        <source>Recorded. Everything of this hand-out of {material} is accounted for.</source>
        <translation>已登记。本次领用的 {material} 已全部结清。</translation>
    </message>
    <message>
        <source>{name} saved: {on_hand} in the cabinet.</source>
        <translation>{name} 已保存：柜中 {on_hand} 份。</translation>
    </message>
    <message>
        <source>Stock of {name} changed: {on_hand} in the cabinet, {total} in all.</source>
        <translation>{name} 的库存已调整：柜中 {on_hand} 份，共 {total} 份。</translation>
    </message>
    <message>
        <source>{count} × {material} written off as missing.</source>
        <translation>已将 {count} 份 {material} 按缺失核销。</translation>
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
        <source>Wrong password.</source>
        <translation>密码错误。</translation>
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
        <source>Change your own password with &quot;Change password&quot;.</source>
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
        <source>Counts below {min} are always hidden in reports; choose {min} or more.</source>
        <translation>报告中小于 {min} 的数字总是隐去；请选择 {min} 或更大的数。</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a time range like 9:00-12:00.</source>
        <translation>“{text}”不是 9:00-12:00 这样的时间段。</translation>
    </message>
    <message>
        <source>In &quot;{text}&quot; the end is not after the start.</source>
        <translation>“{text}”中的结束时间没有晚于开始时间。</translation>
    </message>
    <message>
        <source>{first} and {second} overlap.</source>
        <translation>{first} 与 {second} 时间重叠。</translation>
    </message>
    <message>
        <source>The first term begins the school year: choose a month from July to December.</source>
        <translation>上学期是一学年的开始：请选择7月至12月中的一个月份。</translation>
    </message>
    <message>
        <source>The second term must begin after the first term ends and end before the next school year begins.</source>
        <translation>下学期须在上学期结束之后开始，并在下一学年开始之前结束。</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a period: write a month (2026-11), a term (2026-2027-1 or 2026-2027-2), a school year (2026-2027) or two days (2026-11-03..2026-11-20).</source>
        <translation>“{text}”不是有效的统计周期：请写月份（2026-11）、学期（2026-2027-1 或 2026-2027-2）、学年（2026-2027）或起止日期（2026-11-03..2026-11-20）。</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>统计周期的结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>This work report no longer exists.</source>
        <translation>该工作报告已不存在。</translation>
    </message>
    <message>
        <source>Write the summary of the work before signing the report.</source>
        <translation>签署报告前请先填写工作小结。</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a month, a term or a school year: reports are kept for those only.</source>
        <translation>“{text}”不是月份、学期或学年：工作报告只按这几种周期保存。</translation>
    </message>
    <message>
        <source>This period has not begun yet: nothing to sign.</source>
        <translation>该周期尚未开始：没有可签署的内容。</translation>
    </message>
    <message>
        <source>This report is signed and can no longer be changed.</source>
        <translation>该报告已签署，不能再修改。</translation>
    </message>
    <message>
        <source>There is no folder &quot;{path}&quot;.</source>
        <translation>文件夹“{path}”不存在。</translation>
    </message>
    <message>
        <source>&quot;{path}&quot; could not be written (the drive may be full, removed or read-only).</source>
        <translation>无法写入“{path}”（存储设备可能已满、已拔出或只读）。</translation>
    </message>
    <message>
        <source>The report for {period} is not signed: written as a draft, marked as one on every page.</source>
        <translation>{period}的报告尚未签署：已按草稿输出，每页均标有“草稿”。</translation>
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
        <source>This contact record no longer exists.</source>
        <translation>该沟通记录已不存在。</translation>
    </message>
    <message>
        <source>A contact belongs to one case, one crisis or one register entry.</source>
        <translation>一条沟通记录只能关联一个个案、一项危机干预或一条重点关注登记。</translation>
    </message>
    <message>
        <source>You can record only contacts you made yourself.</source>
        <translation>您只能记录自己进行的沟通。</translation>
    </message>
    <message>
        <source>Choose an active counsellor or the supervisor.</source>
        <translation>请选择一位在职的咨询师或负责人。</translation>
    </message>
    <message>
        <source>Only the person who recorded this contact can correct it.</source>
        <translation>只有记录该沟通的人才能更正。</translation>
    </message>
    <message>
        <source>A contact can be corrected only within a day of recording it; after that it stands as written.</source>
        <translation>沟通记录只能在记录后一天内更正；此后以原记录为准。</translation>
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
        <source>The visit record of this appointment is already started in its case; the case cannot be changed any more.</source>
        <translation>该预约的咨询记录已在其个案中开始填写，不能再更改个案。</translation>
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
        <source>{steps} required step is not settled yet: it must be done or marked not applicable with a reason.</source>
        <translation>还有 {steps} 个必需步骤未处理：每一步都须完成，或注明原因后标记为不适用。</translation>
    </message>
    <message>
        <source>{steps} required steps are not settled yet: each must be done or marked not applicable with a reason.</source>
        <translation>还有 {steps} 个必需步骤未处理：每一步都须完成，或注明原因后标记为不适用。</translation>
    </message>
    <message>
        <source>{count} flagged word is still open: tick it off or edit it before saving.</source>
        <translation>还有 {count} 个标出的词语未核对：保存前请勾选或修改。</translation>
    </message>
    <message>
        <source>{count} flagged words are still open: tick each one off or edit it before saving.</source>
        <translation>还有 {count} 个标出的词语未核对：保存前请逐一勾选或修改。</translation>
    </message>
    <message>
        <source>{count} item is not ticked yet: &quot;{first}&quot;. Check the room and tick every item to sign.</source>
        <translation>还有 {count} 项未勾选：“{first}”。请检查咨询室并勾选所有项目后再签署。</translation>
    </message>
    <message>
        <source>{count} items are not ticked yet (first: &quot;{first}&quot;). Check the room and tick every item to sign.</source>
        <translation>还有 {count} 项未勾选（第一项：“{first}”）。请检查咨询室并勾选全部检查项后再签署。</translation>
    </message>
    <message>
        <source>{count} check of the records does not pass. Say why the room is closed anyway; the reason is kept with the closing.</source>
        <translation>有 {count} 项数据核查未通过。请说明仍然闭室的原因，该说明将与本次闭室检查一并保存。</translation>
    </message>
    <message>
        <source>{count} checks of the records do not pass. Say why the room is closed anyway; the reason is kept with the closing.</source>
        <translation>有 {count} 项数据核查未通过。请说明仍然闭室的原因，该说明将与本次闭室检查一并保存。</translation>
    </message>
    <message>
        <source>Item {item} is not answered yet. Every item is needed to sign.</source>
        <translation>第 {item} 题尚未作答。所有题目都作答后才能签署。</translation>
    </message>
    <message>
        <source>{missing} items are not answered yet (first: item {item}). Every item is needed to sign.</source>
        <translation>尚有 {missing} 道题目未作答（第一道为题目 {item}）。全部题目作答后才能签署。</translation>
    </message>
    <message>
        <source>The file is written in Big5 (Traditional Chinese) and would import as garbled text: ask for it as .xlsx or &quot;CSV UTF-8&quot;, or open it in Excel or WPS with that encoding and save it as .xlsx.</source>
        <translation>该文件使用 Big5（繁体中文）编码，直接导入会成为乱码：请向对方索取 .xlsx 或“CSV UTF-8”格式的文件，或在 Excel 或 WPS 中按该编码打开后另存为 .xlsx。</translation>
    </message>
    <message>
        <source>The file is written in a Japanese encoding (Shift-JIS or EUC-JP) and would import as garbled text: ask for it as .xlsx or &quot;CSV UTF-8&quot;, or open it in Excel or WPS with that encoding and save it as .xlsx.</source>
        <translation>该文件使用日文编码（Shift-JIS 或 EUC-JP），直接导入会成为乱码：请向对方索取 .xlsx 或“CSV UTF-8”格式的文件，或在 Excel 或 WPS 中按该编码打开后另存为 .xlsx。</translation>
    </message>
    <message>
        <source>The file is written in a Korean encoding (EUC-KR) and would import as garbled text: ask for it as .xlsx or &quot;CSV UTF-8&quot;, or open it in Excel or WPS with that encoding and save it as .xlsx.</source>
        <translation>该文件使用韩文编码（EUC-KR），直接导入会成为乱码：请向对方索取 .xlsx 或“CSV UTF-8”格式的文件，或在 Excel 或 WPS 中按该编码打开后另存为 .xlsx。</translation>
    </message>
    <message>
        <source>The file is UTF-16 text without the mark that says so, which cannot be read safely: open it in Excel or WPS and save it as &quot;CSV UTF-8&quot; or as .xlsx.</source>
        <translation>该文件是不带字节顺序标记（BOM）的 UTF-16 文本，无法可靠读取：请在 Excel 或 WPS 中打开，另存为“CSV UTF-8”或 .xlsx。</translation>
    </message>
    <message>
        <source>The file&apos;s text looks like {encoding}, not UTF-8 or GBK/GB18030: open it in Excel or WPS and save it as &quot;CSV UTF-8&quot; or as .xlsx.</source>
        <translation>该文件的文字编码似乎是 {encoding}，而不是 UTF-8 或 GBK/GB18030：请在 Excel 或 WPS 中打开，另存为“CSV UTF-8”或 .xlsx。</translation>
    </message>
    <message>
        <source>The file is not a CSV text file (it holds binary data); choose the student list saved from Excel or WPS as .xlsx or .csv.</source>
        <translation>该文件不是 CSV 文本文件（含有二进制数据）；请选择从 Excel 或 WPS 保存的 .xlsx 或 .csv 学生名单。</translation>
    </message>
    <message>
        <source>The CSV file is damaged near line {line} (a quotation mark that is never closed, or a cell too long); open it in Excel or WPS and save it again.</source>
        <translation>CSV 文件在第 {line} 行附近已损坏（引号未闭合或单元格内容过长）；请在 Excel 或 WPS 中打开后重新保存。</translation>
    </message>
    <message>
        <source>The file cannot be read as an Excel workbook (.xlsx): it is damaged or not really a workbook. Open it in Excel or WPS and save it again as .xlsx.</source>
        <translation>无法作为 Excel 工作簿（.xlsx）读取该文件：文件已损坏或并非真正的工作簿。请在 Excel 或 WPS 中打开，重新另存为 .xlsx。</translation>
    </message>
    <message>
        <source>The file is an old Excel 97-2003 workbook (.xls) or is protected by a password; open it in Excel or WPS and save it as .xlsx without a password.</source>
        <translation>该文件是旧版 Excel 97-2003 工作簿（.xls）或设有密码；请在 Excel 或 WPS 中打开，另存为不带密码的 .xlsx。</translation>
    </message>
    <message>
        <source>The file is too large for a student list (at most {max_mb} MB).</source>
        <translation>文件太大，超出学生名单的上限（最大 {max_mb} MB）。</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>找不到文件 {path}。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file; choose the student list inside it.</source>
        <translation>{path} 是文件夹而不是文件；请选择其中的学生名单文件。</translation>
    </message>
    <message>
        <source>The file was rejected; nothing was imported ({count} problem).</source>
        <translation>文件未通过检查，未导入任何记录（共 {count} 处问题）。</translation>
    </message>
    <message>
        <source>The file was rejected; nothing was imported ({count} problems).</source>
        <translation>文件未通过检查，未导入任何记录（共 {count} 处问题）。</translation>
    </message>
    <message>
        <source>The backup failed its check ({problems} problem); the records were not replaced.</source>
        <translation>备份未通过校验（{problems} 个问题）；档案未被替换。</translation>
    </message>
    <message>
        <source>The backup failed its check ({problems} problems); the records were not replaced.</source>
        <translation>备份未通过校验（{problems} 个问题）；档案未被替换。</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess (about {bits} bits; at least 80 are needed). Famous lines, slogans, keyboard patterns and repeated phrases are among the first tried. Use a long sentence of your own, or the generated passphrase.</source>
        <translation>此归档密码太容易被猜中（约 {bits} 位，至少需要 80 位）。名句、口号、键盘上连续的按键和重复的短语都会被最先尝试。请用一句自己的长句子，或使用程序生成的密码。</translation>
    </message>
    <message>
        <source>{count} record of this quarter is not settled (an unsigned record or an open crisis). Settle it first, or confirm that it is archived as it is.</source>
        <translation>本季度有 {count} 条记录尚未处理（未签署的记录或未结束的危机）。请先处理，或确认按现状归档。</translation>
    </message>
    <message>
        <source>{count} records of this quarter are not settled (unsigned records or open crises). Settle them first, or confirm that they are archived as they are.</source>
        <translation>本季度有 {count} 条记录尚未处理（未签署的记录或未结束的危机）。请先处理，或确认按现状归档。</translation>
    </message>
    <message>
        <source>Key file: counselroom.keys is missing from the data folder. Make a new recovery code now (Settings → Recovery code) and print its sheet.</source>
        <translation>密钥文件：数据文件夹中缺少 counselroom.keys。请立即生成新的恢复码（设置 → 恢复码）并打印新的恢复密钥单。</translation>
    </message>
    <message>
        <source>Key file: counselroom.keys is damaged (it fails its checksum). Make a new recovery code now (Settings → Recovery code) and print its sheet; that writes a sound key file.</source>
        <translation>密钥文件：counselroom.keys 已损坏（校验和不符）。请立即生成新的恢复码（设置 → 恢复码）并打印恢复密钥单；这会写入一个完好的密钥文件。</translation>
    </message>
    <message>
        <source>Key file: counselroom.keys in the data folder belongs to another installation.</source>
        <translation>密钥文件：数据文件夹中的 counselroom.keys 属于另一个安装。</translation>
    </message>
    <message>
        <source>Recovery code: the recovery slot is missing from the key file, so the printed recovery sheet can no longer open the records. Fix this now: make a new recovery code (Settings → Recovery code), print its sheet, then make a new backup to the USB drive.</source>
        <translation>恢复码：密钥文件中缺少恢复槽位，打印的恢复密钥单已无法打开档案。请立即处理：生成新的恢复码（设置 → 恢复码），打印新的恢复密钥单，再往 U 盘做一份新备份。</translation>
    </message>
    <message>
        <source>Recovery code: the recovery slot in the key file was altered or damaged, so the printed recovery sheet may no longer open the records. Fix this now: make a new recovery code (Settings → Recovery code), print its sheet, then make a new backup to the USB drive.</source>
        <translation>恢复码：密钥文件中的恢复槽位被改动或已损坏，打印的恢复密钥单可能已无法打开档案。请立即处理：生成新的恢复码（设置 → 恢复码），打印新的恢复密钥单，再往 U 盘做一份新备份。</translation>
    </message>
    <message>
        <source>Key file: the key slot of the account {username} was altered or damaged; that account may not be able to log in. The supervisor can give it a new one-time password (Accounts page).</source>
        <translation>密钥文件：账户 {username} 的密钥槽位被改动或已损坏，该账户可能无法登录。负责人可为其生成新的一次性密码（“账户管理”页面）。</translation>
    </message>
    <message>
        <source>Key file: the account {username} has no key slot, so it cannot log in. The supervisor can give it a new one-time password (Accounts page).</source>
        <translation>密钥文件：账户 {username} 没有密钥槽位，无法登录。负责人可为其生成新的一次性密码（“账户管理”页面）。</translation>
    </message>
    <message>
        <source>Key file: some key slots could not be given their check value yet (the key file could not be rewritten). Check that the data folder can be written to.</source>
        <translation>密钥文件：部分密钥槽位尚未写入校验值（密钥文件无法改写）。请检查数据文件夹是否可以写入。</translation>
    </message>
    <message>
        <source>Wrong passwords: the record of wrong passwords kept on this computer was deleted, replaced or put back to an older copy since the last login. Wrong passwords tried in between, and a lockout, may be missing from the audit log.</source>
        <translation>错误密码记录：自上次登录以来，本机保存的错误密码记录被删除、替换或恢复为旧副本。期间输错的密码以及账户锁定可能未记入审计日志。</translation>
    </message>
    <message>
        <source>Wrong passwords: the copy of the record of wrong passwords in the system key store was deleted or altered. The copy beside the key file was used, so no attempt was lost.</source>
        <translation>错误密码记录：系统密钥库中的错误密码记录副本被删除或篡改。已使用密钥文件旁的副本，没有遗漏任何尝试。</translation>
    </message>
    <message>
        <source>Wrong passwords: the copy of the record of wrong passwords beside the key file (counselroom.guard) was deleted or altered. The copy in the system key store was used, so no attempt was lost.</source>
        <translation>错误密码记录：密钥文件旁的错误密码记录副本（counselroom.guard）被删除或篡改。已使用系统密钥库中的副本，没有遗漏任何尝试。</translation>
    </message>
    <message>
        <source>This case has an open crisis. Close the crisis first.</source>
        <translation>该个案有尚未结束的危机，请先结束危机干预。</translation>
    </message>
    <message>
        <source>The key file (counselroom.keys) is missing from the data folder. Enter the recovery code from the recovery sheet: the recovery keys kept beside every backup open the records again (if the data folder has no backups, choose a backup file, e.g. on the USB drive). Other accounts then need a new password from the supervisor.</source>
        <translation>数据文件夹中缺少密钥文件（counselroom.keys）。请输入恢复密钥单上的恢复码：每份备份旁保存的恢复密钥可以重新打开档案（如果数据文件夹中没有备份，请选择一个备份文件，例如 U 盘上的）。之后其他账户需要负责人重新设置密码。</translation>
    </message>
    <message>
        <source>The key file (counselroom.keys) is damaged: it fails its checksum. This is damage to the file, not a wrong password. Use its previous copy (counselroom.keys.previous) if it is offered, or enter the recovery code: the recovery keys kept beside every backup open the records again. The damaged file is kept aside, not deleted.</source>
        <translation>密钥文件（counselroom.keys）已损坏：校验和不符。这是文件损坏，不是密码错误。如果程序提供了上一份副本（counselroom.keys.previous），请使用它；或输入恢复码：每份备份旁保存的恢复密钥可以重新打开档案。损坏的文件会另行保存，不会删除。</translation>
    </message>
    <message>
        <source>Bring the records to this computer from a backup: choose the backup file (for example counselroom-20260315-073000-manual.db on the USB drive; its .keys file must be in the same folder) and enter the recovery code from the recovery sheet. You choose a new password; other accounts then need a new one from the supervisor.</source>
        <translation>从备份把档案恢复到这台电脑：选择备份文件（例如 U 盘上的 counselroom-20260315-073000-manual.db，同名的 .keys 文件必须在同一文件夹中），再输入恢复密钥单上的恢复码。您将设置新密码；其他账户之后需要负责人重新设置密码。</translation>
    </message>
    <message>
        <source>The recovery keys of this backup are missing: {path} must be in the same folder as {backup}. Copy both files, or choose a backup that has them.</source>
        <translation>这份备份的恢复密钥文件不见了：{path} 必须和 {backup} 放在同一个文件夹中。请把两个文件一起复制，或选择带有恢复密钥文件的备份。</translation>
    </message>
    <message>
        <source>The recovery keys beside this backup are damaged ({path}). Choose another backup.</source>
        <translation>这份备份旁边的恢复密钥文件已损坏（{path}）。请选择另一份备份。</translation>
    </message>
    <message>
        <source>The recovery keys {path} belong to another backup than {backup}. Keep each backup with the .keys file of the same name, or choose another backup.</source>
        <translation>恢复密钥文件 {path} 属于另一份备份，不是 {backup} 的。每份备份请与同名的 .keys 文件放在一起，或选择另一份备份。</translation>
    </message>
    <message>
        <source>The key file is sound; nothing was changed.</source>
        <translation>密钥文件完好，未做任何更改。</translation>
    </message>
    <message>
        <source>There is no sound previous copy of the key file for this database. Enter the recovery code instead.</source>
        <translation>没有与此数据库相符的完好的密钥文件副本。请改用恢复码。</translation>
    </message>
    <message>
        <source>Too many wrong passwords on this computer. Please wait {seconds} seconds and try again.</source>
        <translation>本机密码输错次数过多。请等待 {seconds} 秒后重试。</translation>
    </message>
    <message>
        <source>A name cannot begin with &quot;{start}&quot;: that is how a spreadsheet formula begins.</source>
        <translation>姓名不能以“{start}”开头：这是电子表格公式的开头方式。</translation>
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
        <source>Quarter {quarter} has been archived, so the withdrawal cannot be dated in it. Date it today and write in the note when the consent was withdrawn.</source>
        <translation>季度 {quarter} 已归档，撤回日期不能再记在该季度内。请以今天作为日期，并在备注中写明知情同意的实际撤回时间。</translation>
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
        <source>This test material no longer exists.</source>
        <translation>该测验材料已不存在。</translation>
    </message>
    <message>
        <source>This hand-out no longer exists.</source>
        <translation>该领用记录已不存在。</translation>
    </message>
    <message>
        <source>Enter the material&apos;s name, e.g. PHQ-9 answer sheet.</source>
        <translation>请输入材料名称，例如 PHQ-9 答题纸。</translation>
    </message>
    <message>
        <source>A material with this name is already in the register. Change its stock instead.</source>
        <translation>登记表中已有同名材料。请改为调整其库存。</translation>
    </message>
    <message>
        <source>A scale code has 2 to 32 lower-case letters, digits or _, e.g. phq9.</source>
        <translation>量表代码由 2 至 32 个小写字母、数字或下划线组成，例如 phq9。</translation>
    </message>
    <message>
        <source>Enter a number from {min} to {max}.</source>
        <translation>请输入 {min} 到 {max} 之间的数字。</translation>
    </message>
    <message>
        <source>Only {on_hand} are in the cabinet.</source>
        <translation>柜中只有 {on_hand} 份。</translation>
    </message>
    <message>
        <source>Enter how many came back or were used.</source>
        <translation>请输入归还或已耗用的数量。</translation>
    </message>
    <message>
        <source>Only {outstanding} of this hand-out are still out.</source>
        <translation>本次领用只有 {outstanding} 份尚未归还。</translation>
    </message>
    <message>
        <source>A kit is not used up: count it as back. The supervisor writes off damaged ones.</source>
        <translation>测验工具不会耗用：请计为已归还。损坏的由负责人核销。</translation>
    </message>
    <message>
        <source>Everything of this hand-out is already accounted for.</source>
        <translation>本次领用的材料已全部结清。</translation>
    </message>
    <message>
        <source>Give the reason. Every change of the stock is recorded.</source>
        <translation>请填写原因。每次库存变动都会被记录。</translation>
    </message>
    <message>
        <source>Only {on_hand} are in the cabinet. Copies that are out are written off when they come back, or as missing.</source>
        <translation>柜中只有 {on_hand} 份。未归还的材料在归还时核销，或按缺失核销。</translation>
    </message>
    <message>
        <source>This is the count already recorded; nothing to correct.</source>
        <translation>与已登记的数目相同，无需更正。</translation>
    </message>
    <message>
        <source>Test materials are handed to an active counsellor or the supervisor only.</source>
        <translation>测验材料只能交给在职的咨询师或负责人。</translation>
    </message>
    <message>
        <source>You record only what you take yourself. The supervisor records hand-outs to others.</source>
        <translation>您只能登记自己领用的材料。为他人登记领用由负责人操作。</translation>
    </message>
    <message>
        <source>Only the person who took these materials, or the supervisor, records their return.</source>
        <translation>只有领用人本人或负责人可以登记归还。</translation>
    </message>
    <message>
        <source>Enter what is checked, e.g. 窗户已关好 (windows closed).</source>
        <translation>请填写检查内容，例如“窗户已关好”。</translation>
    </message>
    <message>
        <source>The checklist needs at least one item.</source>
        <translation>闭室检查至少需要一个检查项。</translation>
    </message>
    <message>
        <source>A checklist has at most {max} items.</source>
        <translation>闭室检查最多只能有 {max} 个检查项。</translation>
    </message>
    <message>
        <source>&quot;{label}&quot; is on the list twice.</source>
        <translation>“{label}”在清单中重复出现。</translation>
    </message>
    <message>
        <source>The supervisor changed the checklist items meanwhile. The page now shows the new list: tick it again.</source>
        <translation>在此期间负责人修改了检查项。页面现已显示新的清单，请重新勾选。</translation>
    </message>
    <message>
        <source>A closing is signed on its own day; an earlier day cannot be signed afterwards.</source>
        <translation>闭室检查只能在当天签署，之前的日期不能补签。</translation>
    </message>
    <message>
        <source>Today&apos;s closing was already signed by {name} at {time}.</source>
        <translation>今日闭室检查已由 {name} 于 {time} 签署。</translation>
    </message>
    <message>
        <source>Choose a month.</source>
        <translation>请选择月份。</translation>
    </message>
    <message>
        <source>You are still on duty (since {since}). End your duty on the Duty page first: whoever closes the room leaves it last.</source>
        <translation>您仍在值班（自 {since} 起）。请先在“值班记录”页面结束值班：闭室的人应最后离开咨询室。</translation>
    </message>
    <message>
        <source>This duty shift no longer exists.</source>
        <translation>该值班时段已不存在。</translation>
    </message>
    <message>
        <source>You record only your own duty. The supervisor records duty for others.</source>
        <translation>您只能登记自己的值班，他人的值班由负责人登记。</translation>
    </message>
    <message>
        <source>Duty is recorded for an active account of the room only.</source>
        <translation>只能为本咨询室已启用的账户登记值班。</translation>
    </message>
    <message>
        <source>Already on duty since {start}. End that duty first.</source>
        <translation>您自 {start} 起已在值班。请先结束该次值班。</translation>
    </message>
    <message>
        <source>The duty of {day} from {start} was never ended. Enter when it ended, then start again.</source>
        <translation>{day} {start} 开始的值班一直没有结束。请先填写结束时间，再重新开始值班。</translation>
    </message>
    <message>
        <source>There is no open duty to end.</source>
        <translation>当前没有需要结束的值班。</translation>
    </message>
    <message>
        <source>Only the person on duty, whoever recorded the shift, or the supervisor can change it.</source>
        <translation>只有值班人、登记该值班时段的人或负责人可以修改。</translation>
    </message>
    <message>
        <source>This duty has already ended.</source>
        <translation>该次值班已经结束。</translation>
    </message>
    <message>
        <source>This duty has not ended yet. End it first; corrections are for finished shifts.</source>
        <translation>该次值班尚未结束。请先结束值班；更正仅适用于已结束的值班时段。</translation>
    </message>
    <message>
        <source>This shift was withdrawn.</source>
        <translation>该值班时段已撤回。</translation>
    </message>
    <message>
        <source>This duty started on {day}. Enter the time it really ended that day.</source>
        <translation>该次值班开始于 {day}。请填写当天实际结束的时间。</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>A shift ends on the day it started. Enter a later day as a shift of its own.</source>
        <translation>值班时段须在开始当天结束。之后的日期请另行添加值班时段。</translation>
    </message>
    <message>
        <source>This time is still to come. Duty is recorded once it has happened.</source>
        <translation>该时间尚未到来。值班须在实际发生后登记。</translation>
    </message>
    <message>
        <source>The start stays on the day of the shift ({day}).</source>
        <translation>开始时间须在该值班时段当天（{day}）。</translation>
    </message>
    <message>
        <source>This overlaps the same person&apos;s shift from {start} to {end}.</source>
        <translation>与同一人 {start} 至 {end} 的值班时段重叠。</translation>
    </message>
    <message>
        <source>This overlaps the same person&apos;s duty from {start}, which has not ended.</source>
        <translation>与同一人自 {start} 起尚未结束的值班重叠。</translation>
    </message>
    <message>
        <source>Enter a number of visitors from 0 to {max}.</source>
        <translation>请输入 0 至 {max} 之间的来访人次。</translation>
    </message>
    <message>
        <source>Give the reason. It is kept with the change.</source>
        <translation>请填写原因，原因将与此次修改一并保存。</translation>
    </message>
    <message>
        <source>This shift can no longer be changed by you: its author could correct it on the day it was recorded; now only the supervisor can, with a reason.</source>
        <translation>您已不能修改该值班时段：登记人只能在登记当天更正，之后只能由负责人填写原因后更正。</translation>
    </message>
    <message>
        <source>The rules ask for at least {min} hours a week; enter {min} to {max}.</source>
        <translation>制度要求每周至少开放 {min} 小时；请输入 {min} 至 {max} 之间的数值。</translation>
    </message>
    <message>
        <source>This activity no longer exists.</source>
        <translation>该活动记录已不存在。</translation>
    </message>
    <message>
        <source>Only who logged or ran this activity, or the supervisor, can change it.</source>
        <translation>只有登记或主讲该活动的人，或负责人，才能修改。</translation>
    </message>
    <message>
        <source>Choose active accounts of the room.</source>
        <translation>请选择本咨询室在用的账户。</translation>
    </message>
    <message>
        <source>This file is no longer kept with the activity.</source>
        <translation>该附件已不再随活动保存。</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (byte {position} cannot be read). Save it again as UTF-8.</source>
        <translation>该文件不是 UTF-8 文本（第 {position} 字节无法读取）。请重新另存为 UTF-8 编码。</translation>
    </message>
    <message>
        <source>The file is not valid JSON: the problem is at line {line}, column {column}.</source>
        <translation>该文件不是有效的 JSON：问题位于第 {line} 行第 {column} 列。</translation>
    </message>
    <message>
        <source>The file is larger than {max_kb} KB; a scale definition is much smaller.</source>
        <translation>文件超过 {max_kb} KB；量表定义文件通常远小于此。</translation>
    </message>
    <message>
        <source>The file is not a scale definition: it must be one JSON object {{ … }}.</source>
        <translation>该文件不是量表定义：必须是单个 JSON 对象 {{ … }}。</translation>
    </message>
    <message>
        <source>&quot;{path}&quot; is missing or has the wrong kind of value (positions count from 1).</source>
        <translation>“{path}”缺失或取值类型不正确（位置序号从 1 开始）。</translation>
    </message>
    <message>
        <source>&quot;{path}&quot; is not part of the scale format (a misspelt name?).</source>
        <translation>“{path}”不属于量表格式（是否拼写有误？）。</translation>
    </message>
    <message>
        <source>The name &quot;{key}&quot; appears twice in the same object.</source>
        <translation>键名“{key}”在同一个对象中出现了两次。</translation>
    </message>
    <message>
        <source>The definition is in format {found}; this version of CounselRoom reads formats 1 to {supported}.</source>
        <translation>该定义采用格式 {found}；本版本 CounselRoom 只能读取格式 1 至 {supported}。</translation>
    </message>
    <message>
        <source>The scale code &quot;{value}&quot; is not valid: use 2 to 32 lower-case letters, digits or _.</source>
        <translation>量表代码“{value}”无效：请使用 2 至 32 个小写字母、数字或 _。</translation>
    </message>
    <message>
        <source>The definition has no items.</source>
        <translation>该定义中没有任何题目。</translation>
    </message>
    <message>
        <source>A scale has at most {max} items.</source>
        <translation>量表最多包含 {max} 个题目。</translation>
    </message>
    <message>
        <source>Item {item} appears more than once.</source>
        <translation>题目 {item} 重复出现。</translation>
    </message>
    <message>
        <source>Item {item} has no Chinese text (text.zh_CN).</source>
        <translation>题目 {item} 缺少中文题干（text.zh_CN）。</translation>
    </message>
    <message>
        <source>Item {item} has no answer options, and the scale has no default options.</source>
        <translation>题目 {item} 没有作答选项，量表也没有设置默认选项。</translation>
    </message>
    <message>
        <source>In &quot;{path}&quot;, option &quot;{option}&quot; appears more than once.</source>
        <translation>在“{path}”中，选项“{option}”重复出现。</translation>
    </message>
    <message>
        <source>Item {item} has no option &quot;{option}&quot;.</source>
        <translation>题目 {item}没有选项“{option}”。</translation>
    </message>
    <message>
        <source>Item {item} names subscale &quot;{subscale}&quot;, which is not defined.</source>
        <translation>题目 {item}指定的分量表“{subscale}”未定义。</translation>
    </message>
    <message>
        <source>Subscale &quot;{subscale}&quot; is defined more than once.</source>
        <translation>分量表“{subscale}”重复定义。</translation>
    </message>
    <message>
        <source>No item belongs to subscale &quot;{subscale}&quot;.</source>
        <translation>分量表“{subscale}”下没有任何题目。</translation>
    </message>
    <message>
        <source>&quot;{method}&quot; in &quot;{path}&quot; is not a scoring method; use sum or mean.</source>
        <translation>“{path}”中的“{method}”不是有效的计分方式，请使用 sum（求和）或 mean（平均）。</translation>
    </message>
    <message>
        <source>The definition has no score bands (bands).</source>
        <translation>量表定义中没有严重程度分级（bands）。</translation>
    </message>
    <message>
        <source>Band &quot;{band}&quot; appears more than once.</source>
        <translation>分级“{band}”重复出现。</translation>
    </message>
    <message>
        <source>The limits of band &quot;{band}&quot; must be whole numbers (for a mean score: at most two decimals).</source>
        <translation>分级“{band}”的分数界限必须为整数（按平均分计分时最多保留两位小数）。</translation>
    </message>
    <message>
        <source>Band &quot;{band}&quot; starts above where it ends.</source>
        <translation>分级“{band}”的起始分高于结束分。</translation>
    </message>
    <message>
        <source>Bands &quot;{other}&quot; and &quot;{band}&quot; overlap: a total would fall in both.</source>
        <translation>分级“{other}”与“{band}”有重叠：同一总分会同时落入两个分级。</translation>
    </message>
    <message>
        <source>There is a gap between band &quot;{after}&quot; and band &quot;{before}&quot;: some totals would fall in no band.</source>
        <translation>分级“{after}”与分级“{before}”之间有空档：部分总分不属于任何分级。</translation>
    </message>
    <message>
        <source>The totals of this scale go from {min} to {max}, but the bands cover {first} to {last}.</source>
        <translation>该量表的总分范围为 {min} 至 {max}，但分级只覆盖 {first} 至 {last}。</translation>
    </message>
    <message>
        <source>A critical item names item {item}, which does not exist.</source>
        <translation>关键条目中列出的题目 {item}不存在。</translation>
    </message>
    <message>
        <source>Critical item {item}: no answer reaches the score {min_score}.</source>
        <translation>关键条目题目 {item}：没有任何作答的得分能达到 {min_score}。</translation>
    </message>
    <message>
        <source>Item {item} is listed as critical more than once.</source>
        <translation>题目 {item}被重复列为关键条目。</translation>
    </message>
    <message>
        <source>Subscale &quot;{subscale}&quot; lists item {item}, which does not exist.</source>
        <translation>分量表“{subscale}”列出的题目 {item} 不存在。</translation>
    </message>
    <message>
        <source>Subscale &quot;{subscale}&quot; reverses item {item}, which is not one of its items.</source>
        <translation>分量表“{subscale}”将题目 {item} 设为反向计分，但该题不属于此分量表。</translation>
    </message>
    <message>
        <source>Item {item} is reversed for the whole scale (&quot;reverse&quot;: true) and again in subscale &quot;{subscale}&quot;. Reverse it in one place only.</source>
        <translation>题目 {item} 已在整个量表中设为反向计分（&quot;reverse&quot;: true），又在分量表“{subscale}”中再次设为反向计分。请只在一处设置。</translation>
    </message>
    <message>
        <source>The total names subscale &quot;{subscale}&quot;, which is not defined.</source>
        <translation>总分指定的分量表“{subscale}”未定义。</translation>
    </message>
    <message>
        <source>Subscale &quot;{subscale}&quot; has an empty list of bands: leave &quot;bands&quot; out or give bands.</source>
        <translation>分量表“{subscale}”的分级列表为空：请删除“bands”，或填写分级。</translation>
    </message>
    <message>
        <source>In subscale &quot;{subscale}&quot;, band &quot;{band}&quot; appears more than once.</source>
        <translation>分量表“{subscale}”中，分级“{band}”重复出现。</translation>
    </message>
    <message>
        <source>In subscale &quot;{subscale}&quot;, the limits of band &quot;{band}&quot; must be whole numbers (for a mean score: at most two decimals).</source>
        <translation>分量表“{subscale}”中，分级“{band}”的分数界限必须为整数（按平均分计分时最多保留两位小数）。</translation>
    </message>
    <message>
        <source>In subscale &quot;{subscale}&quot;, band &quot;{band}&quot; starts above where it ends.</source>
        <translation>分量表“{subscale}”中，分级“{band}”的起始分高于结束分。</translation>
    </message>
    <message>
        <source>In subscale &quot;{subscale}&quot;, bands &quot;{other}&quot; and &quot;{band}&quot; overlap: a score would fall in both.</source>
        <translation>分量表“{subscale}”中，分级“{other}”与“{band}”有重叠：同一得分会同时落入两个分级。</translation>
    </message>
    <message>
        <source>In subscale &quot;{subscale}&quot;, there is a gap between band &quot;{after}&quot; and band &quot;{before}&quot;: some scores would fall in no band.</source>
        <translation>分量表“{subscale}”中，分级“{after}”与分级“{before}”之间有空档：部分得分不属于任何分级。</translation>
    </message>
    <message>
        <source>The scores of subscale &quot;{subscale}&quot; go from {min} to {max}, but its bands cover {first} to {last}.</source>
        <translation>分量表“{subscale}”的得分范围为 {min} 至 {max}，但其分级只覆盖 {first} 至 {last}。</translation>
    </message>
    <message>
        <source>Rule &quot;{rule}&quot; appears more than once.</source>
        <translation>规则“{rule}”重复出现。</translation>
    </message>
    <message>
        <source>Rule &quot;{rule}&quot;: &quot;{kind}&quot; is not a kind of rule; use positive or invalid.</source>
        <translation>规则“{rule}”：“{kind}”不是有效的规则类型，请使用 positive（阳性）或 invalid（无效）。</translation>
    </message>
    <message>
        <source>Rule &quot;{rule}&quot;: only a positive rule can open the crisis workflow (alert).</source>
        <translation>规则“{rule}”：只有阳性规则（positive）才能启动危机干预流程（alert）。</translation>
    </message>
    <message>
        <source>Rule &quot;{rule}&quot;: &quot;{path}&quot; must test exactly one of total, subscale, item or count (or be any / all of other conditions).</source>
        <translation>规则“{rule}”：“{path}”必须且只能判断 total、subscale、item 或 count 中的一项（或是由其他条件组成的 any / all）。</translation>
    </message>
    <message>
        <source>Rule &quot;{rule}&quot;: &quot;{op}&quot; in &quot;{path}&quot; is not a comparison; use &gt;=, &gt;, &lt;=, &lt; or ==.</source>
        <translation>规则“{rule}”：“{path}”中的“{op}”不是比较运算符，请使用 &gt;=、&gt;、&lt;=、&lt; 或 ==。</translation>
    </message>
    <message>
        <source>Rule &quot;{rule}&quot; names subscale &quot;{subscale}&quot;, which is not defined.</source>
        <translation>规则“{rule}”指定的分量表“{subscale}”未定义。</translation>
    </message>
    <message>
        <source>Rule &quot;{rule}&quot; names item {item}, which does not exist.</source>
        <translation>规则“{rule}”指定的题目 {item} 不存在。</translation>
    </message>
    <message>
        <source>Rule &quot;{rule}&quot; nests any / all more than {max} levels deep.</source>
        <translation>规则“{rule}”中 any / all 的嵌套超过 {max} 层。</translation>
    </message>
    <message>
        <source>The library already has scale &quot;{scale}&quot; version {version}. Give the new definition another version.</source>
        <translation>量表库中已有量表“{scale}”的 {version} 版本，请为新的定义另设版本号。</translation>
    </message>
    <message>
        <source>&quot;{option}&quot; is not an answer to item {item} of this scale.</source>
        <translation>“{option}”不是本量表题目 {item}的有效作答。</translation>
    </message>
    <message>
        <source>This scale is not in the library.</source>
        <translation>量表库中没有此量表。</translation>
    </message>
    <message>
        <source>This test record no longer exists.</source>
        <translation>此测验记录已不存在。</translation>
    </message>
    <message>
        <source>The case is closed. Reopen it to record a new test.</source>
        <translation>该个案已结案。如需登记新的测验，请先重新开案。</translation>
    </message>
    <message>
        <source>Only the person who administered this test can edit or sign it.</source>
        <translation>只有本次测验的施测人才能编辑或签署该记录。</translation>
    </message>
    <message>
        <source>This test record is signed and locked.</source>
        <translation>此测验记录已签署并锁定。</translation>
    </message>
    <message>
        <source>Answers are saved only after the purpose and meaning of the test were explained to the client. Explain them, then tick this.</source>
        <translation>须先向来访者说明测验的目的和意义，才能保存作答。请说明后勾选此项。</translation>
    </message>
    <message>
        <source>Choose a consent recorded for this client.</source>
        <translation>请选择该来访者已登记的知情同意。</translation>
    </message>
    <message>
        <source>This consent was withdrawn.</source>
        <translation>此知情同意已撤回。</translation>
    </message>
    <message>
        <source>Signed test record #{test} (or the scale that scored it) was changed outside the application.</source>
        <translation>已签署的测验记录 #{test}（或用于计分的量表）在本程序之外被改动过。</translation>
    </message>
    <message>
        <source>A scale definition or test answers in the database can no longer be read: they were changed outside the application.</source>
        <translation>数据库中的量表定义或测验作答已无法读取：它们在本程序之外被改动过。</translation>
    </message>
    <message>
        <source>The file&apos;s text encoding is neither UTF-8 nor GBK/GB18030. Save it again from Excel as &quot;CSV UTF-8&quot; or as .xlsx.</source>
        <translation>文件编码既不是 UTF-8 也不是 GBK/GB18030。请在 Excel 中另存为“CSV UTF-8”或 .xlsx 格式。</translation>
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
        <source>&quot;{value}&quot; is not a gender (男/女).</source>
        <translation>“{value}”不是有效的性别（男/女）。</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a client type (学生/家长/教职工).</source>
        <translation>“{value}”不是有效的来访者类型（学生/家长/教职工）。</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a date like 2010-05-01.</source>
        <translation>“{value}”不是有效日期（例如 2010-05-01）。</translation>
    </message>
    <message>
        <source>The backup could not be written to {path} (the disk may be full, the drive removed, or the folder read-only). No incomplete file was left under that name.</source>
        <translation>无法将备份写入 {path}（可能是磁盘已满、驱动器已移除或文件夹为只读）。未以该名称留下不完整的文件。</translation>
    </message>
    <message>
        <source>The database is still in use by another part of the application.</source>
        <translation>数据库仍在被本程序的其他部分使用。</translation>
    </message>
    <message>
        <source>The folder {path} does not exist. Plug in the drive or choose another folder.</source>
        <translation>文件夹 {path} 不存在。请插入驱动器，或选择其他文件夹。</translation>
    </message>
    <message>
        <source>The folder {path} cannot be read.</source>
        <translation>无法读取文件夹 {path}。</translation>
    </message>
    <message>
        <source>{path} is not a CounselRoom backup (its name is not that of a backup).</source>
        <translation>{path} 不是 CounselRoom 备份（文件名不符合备份的命名）。</translation>
    </message>
    <message>
        <source>Give the reason for restoring. It is recorded in the audit log.</source>
        <translation>请填写恢复原因，该原因将记入审计日志。</translation>
    </message>
    <message>
        <source>The prepared copy of the backup changed or disappeared. Nothing was replaced; start the restore again.</source>
        <translation>已准备的备份副本发生了变化或已不存在。未替换任何内容；请重新开始恢复。</translation>
    </message>
    <message>
        <source>A backup is being made right now. Wait a moment and try again; nothing was replaced.</source>
        <translation>当前正在进行备份。请稍候再试；未替换任何内容。</translation>
    </message>
    <message>
        <source>The records are still in use (a check or an export may be running). Wait until it has finished and try again; nothing was replaced.</source>
        <translation>档案仍在使用中（可能正在进行核查或导出）。请等其完成后再试；未替换任何内容。</translation>
    </message>
    <message>
        <source>The database file could not be replaced (it may be in use by another program). The records were left as they were.</source>
        <translation>无法替换数据库文件（可能正被其他程序使用）。档案保持原样。</translation>
    </message>
    <message>
        <source>The backup does not open with this installation&apos;s key: it is damaged, incomplete, or a backup of other records.</source>
        <translation>无法用本次安装的密钥打开该备份：备份已损坏、不完整，或是其他档案的备份。</translation>
    </message>
    <message>
        <source>The backup is damaged: a part of it fails its integrity check.</source>
        <translation>备份已损坏：部分内容未通过完整性检查。</translation>
    </message>
    <message>
        <source>The backup belongs to another installation of CounselRoom.</source>
        <translation>该备份属于另一个 CounselRoom 安装，不属于本次安装。</translation>
    </message>
    <message>
        <source>The backup was made by a newer version of CounselRoom (schema {found}; this version knows up to {supported}).</source>
        <translation>该备份由较新版本的 CounselRoom 创建（数据结构版本 {found}；本版本最高支持 {supported}）。</translation>
    </message>
    <message>
        <source>In this backup, &quot;{username}&quot; is not an active supervisor account, so you could not work with the restored records. A supervisor who has an account in the backup must restore it.</source>
        <translation>在该备份中，“{username}”不是已启用的负责人账户，恢复后您将无法使用这些档案。必须由在该备份中拥有账户的负责人进行恢复。</translation>
    </message>
    <message>
        <source>The archive could not be made.</source>
        <translation>无法生成归档。</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a quarter. Write it like 2026Q3 (July to September 2026).</source>
        <translation>“{text}”不是有效的季度。请按 2026Q3（2026 年 7 月至 9 月）的格式填写。</translation>
    </message>
    <message>
        <source>Quarter {quarter} has not ended yet. A quarter is archived once it is over.</source>
        <translation>季度 {quarter} 尚未结束。季度结束后才能归档。</translation>
    </message>
    <message>
        <source>Enter the archive passphrase.</source>
        <translation>请输入归档密码。</translation>
    </message>
    <message>
        <source>The passphrase starts or ends with a space, which nobody would see when typing it into 7-Zip later. Remove the space.</source>
        <translation>归档密码的开头或结尾有空格，日后在 7-Zip 中输入时无法看出。请删除该空格。</translation>
    </message>
    <message>
        <source>The passphrase contains a character that cannot be typed. Use letters, digits, punctuation or Chinese characters.</source>
        <translation>归档密码中含有无法用键盘输入的字符。请使用字母、数字、标点或汉字。</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>两次输入的归档密码不一致，请输入相同的密码。</translation>
    </message>
    <message>
        <source>Write the passphrase down first, then tick the box: without it the archive can never be opened.</source>
        <translation>请先抄下归档密码，再勾选此项：没有它，归档将永远无法打开。</translation>
    </message>
    <message>
        <source>Choose the USB drive (or a folder) the archive is written to.</source>
        <translation>请选择写入归档的 U 盘（或文件夹）。</translation>
    </message>
    <message>
        <source>This is not a removable drive. Tick the box if the archive should really be written here, or choose the USB drive.</source>
        <translation>这不是可移动磁盘。如确实要将归档写入此处，请勾选确认框；否则请选择 U 盘。</translation>
    </message>
    <message>
        <source>The folder {path} cannot be found. Is the USB drive plugged in?</source>
        <translation>找不到文件夹 {path}。U 盘是否已插好？</translation>
    </message>
    <message>
        <source>{path} already exists; it was left untouched. Choose another drive or folder.</source>
        <translation>{path} 已存在，未对其做任何改动。请选择其他驱动器或文件夹。</translation>
    </message>
    <message>
        <source>{path} is the complete archive of {quarter} from an export that was interrupted. It is now recorded as archived (print its receipt on the Archive page); it opens with the passphrase chosen for that export.</source>
        <translation>{path} 是 {quarter} 一次中断的导出完整写入的归档，现已登记为已归档（可在“归档”页打印其回执）；它只能用那次导出所设的归档密码打开。</translation>
    </message>
    <message>
        <source>There is not enough free space on the drive ({path}). Nothing was archived and no incomplete file was left; free some space or use another drive.</source>
        <translation>驱动器（{path}）空间不足。未进行归档，也未留下不完整的文件；请释放部分空间或换用其他驱动器。</translation>
    </message>
    <message>
        <source>The drive ({path}) cannot be written to (it may be write-protected). Nothing was archived.</source>
        <translation>无法写入驱动器（{path}），可能处于写保护状态。未进行归档。</translation>
    </message>
    <message>
        <source>Writing to the drive ({path}) failed — was it pulled out? Nothing was archived and no incomplete file was left; plug the drive in again and start over.</source>
        <translation>写入驱动器（{path}）失败——是否被拔出了？未进行归档，也未留下不完整的文件；请重新插好驱动器后重新开始。</translation>
    </message>
    <message>
        <source>The export was cancelled. Nothing was archived and no file was left on the drive.</source>
        <translation>导出已取消。未进行归档，驱动器上也未留下任何文件。</translation>
    </message>
    <message>
        <source>The archive read back from the drive did not match what was written, so it was removed and nothing was archived. The drive may be failing: try another one.</source>
        <translation>从驱动器读回的归档与写入的内容不一致，因此已将其删除，未进行归档。该驱动器可能有故障，请换用其他驱动器。</translation>
    </message>
    <message>
        <source>A record of this quarter was changed while the export ran. The archive was removed; export the quarter again.</source>
        <translation>导出期间本季度有记录被修改。归档文件已删除；请重新导出本季度。</translation>
    </message>
    <message>
        <source>Quarter {quarter} has been archived: its records can no longer be changed here. Add an addendum instead.</source>
        <translation>季度 {quarter} 已归档：其中的记录不能再在此处修改。请改为添加补充说明。</translation>
    </message>
    <message>
        <source>Quarter {quarter} has been archived: its records can no longer be added to or changed here.</source>
        <translation>季度 {quarter} 已归档：其中的记录不能再在此处添加或修改。</translation>
    </message>
    <message>
        <source>The archive is damaged (incomplete or altered): its contents do not match their checksums. Use another copy of this quarter&apos;s archive.</source>
        <translation>归档文件已损坏（不完整或被改动）：其内容与校验和不符。请使用本季度归档的其他副本。</translation>
    </message>
    <message>
        <source>The archive opens, but it is not as this room exported it: its seal or its SHA-256 does not match the export. It may have been changed afterwards; use another copy of this quarter&apos;s archive.</source>
        <translation>此归档能够打开，但与本室导出时不一致：其防篡改封印或 SHA-256 与导出记录不符，可能在导出后被改动；请使用本季度归档的其他副本。</translation>
    </message>
    <message>
        <source>This passphrase does not open the archive. Compare it with the one written down when the archive was made, character by character.</source>
        <translation>该归档密码无法打开此归档。请与制作归档时抄下的密码逐个字符核对。</translation>
    </message>
    <message>
        <source>The archive opened, but 7-Zip opens it only with the passphrase typed exactly like this: {passphrase} — capital letters and hyphens included. Type it so in 7-Zip, and write it down in this form.</source>
        <translation>归档已打开，但 7-Zip 只接受完全按以下形式输入的归档密码：{passphrase}（包括大写字母和连字符）。在 7-Zip 中请照此输入，并按此形式记录。</translation>
    </message>
    <message>
        <source>The archive opened, but only without the space before or after the passphrase: 7-Zip needs it typed exactly as &quot;{passphrase}&quot;, with no space around it.</source>
        <translation>归档已打开，但须去掉归档密码前后的空格：7-Zip 要求完全按“{passphrase}”输入，前后不能有空格。</translation>
    </message>
    <message>
        <source>This file is not a CounselRoom archive.</source>
        <translation>该文件不是 CounselRoom 归档文件。</translation>
    </message>
    <message>
        <source>The file {path} cannot be read.</source>
        <translation>无法读取文件 {path}。</translation>
    </message>
    <message>
        <source>The archive has been closed.</source>
        <translation>归档已关闭。</translation>
    </message>
    <message>
        <source>The archive holds no file {name}.</source>
        <translation>归档中没有文件 {name}。</translation>
    </message>
    <message>
        <source>The archive holds no such client.</source>
        <translation>归档中没有该来访者。</translation>
    </message>
    <message>
        <source>The archive holds no case file for this client.</source>
        <translation>归档中没有该来访者的个案档案。</translation>
    </message>
    <message>
        <source>The archive holds no scanned form for this consent.</source>
        <translation>归档中没有该知情同意的扫描件。</translation>
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
    <message>
        <source>A crisis opens at a medium or high risk. Note a low risk in the client&apos;s records instead.</source>
        <translation>风险为中或高时才启动危机干预。低风险请记录在来访者的档案中。</translation>
    </message>
    <message>
        <source>Choose the registered client, or register the student here.</source>
        <translation>请选择已登记的来访者，或在此登记该学生。</translation>
    </message>
    <message>
        <source>This client already has an open crisis in your case. Add what was reported to its steps on the Crises page.</source>
        <translation>该来访者在您负责的个案中已有处理中的危机干预。请在“危机干预”页面将报告的情况补充到其步骤中。</translation>
    </message>
    <message>
        <source>This register entry no longer exists.</source>
        <translation>该重点关注登记已不存在。</translation>
    </message>
    <message>
        <source>This student is on the attention register already. Change the level or the plan of that entry, or ask the supervisor if you cannot see it.</source>
        <translation>该学生已在重点关注名单中。请调整该登记的等级或方案；如果看不到该登记，请联系负责人。</translation>
    </message>
    <message>
        <source>This student has been taken off the register; the entry can no longer change. Add the student again if they need attention once more.</source>
        <translation>该学生已移出重点关注名单，该登记不能再修改。如需再次关注，请重新将其列入。</translation>
    </message>
    <message>
        <source>Choose a level other than the present one.</source>
        <translation>请选择与当前不同的等级。</translation>
    </message>
    <message>
        <source>The next review cannot be before today.</source>
        <translation>下次复评日期不能早于今天。</translation>
    </message>
    <message>
        <source>The next review must be within {days} days.</source>
        <translation>下次复评须在 {days} 天之内。</translation>
    </message>
    <message>
        <source>Choose an active counsellor as the one responsible.</source>
        <translation>请选择一位在职的咨询师作为负责咨询师。</translation>
    </message>
    <message>
        <source>This screening campaign no longer exists.</source>
        <translation>该心理普查已不存在。</translation>
    </message>
    <message>
        <source>Choose at least one scale.</source>
        <translation>请至少选择一个量表。</translation>
    </message>
    <message>
        <source>A campaign uses at most {max} scales.</source>
        <translation>一次普查最多使用 {max} 个量表。</translation>
    </message>
    <message>
        <source>The scale &quot;{scale}&quot; is not in the scale library.</source>
        <translation>量表库中没有量表“{scale}”。</translation>
    </message>
    <message>
        <source>Choose the grades or classes to screen.</source>
        <translation>请选择要参加普查的年级或班级。</translation>
    </message>
    <message>
        <source>The last day comes before the first day.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Enter the notice the school gave students and parents before opening the campaign.</source>
        <translation>开始普查前，请填写学校向学生和家长告知的情况。</translation>
    </message>
    <message>
        <source>This campaign has been opened already.</source>
        <translation>该普查已经开始。</translation>
    </message>
    <message>
        <source>This campaign is not open: answer sheets can be entered only while it is open.</source>
        <translation>该普查未在进行中：只有在普查进行期间才能录入答卷。</translation>
    </message>
    <message>
        <source>This campaign is closed and can no longer be changed.</source>
        <translation>该普查已结束，不能再修改。</translation>
    </message>
    <message>
        <source>The scales of an open campaign cannot change: sheets were scored with them.</source>
        <translation>进行中的普查不能更改量表：已有答卷按这些量表计分。</translation>
    </message>
    <message>
        <source>A student who has already been screened cannot be excluded or opted out now.</source>
        <translation>已参加普查的学生，现在不能再排除或登记为家长不同意参加。</translation>
    </message>
    <message>
        <source>The stored definition of &quot;{scale}&quot; is not the one this campaign used. The records may have been altered: run the integrity check.</source>
        <translation>已保存的“{scale}”量表定义与本次普查所用的不一致。档案可能已被改动：请运行完整性检查。</translation>
    </message>
    <message>
        <source>There are no answer sheets to enter.</source>
        <translation>没有可录入的答卷。</translation>
    </message>
    <message>
        <source>Nothing was saved: {count} answer sheet has a problem (the first at row {row}).</source>
        <translation>未保存任何内容：有 {count} 份答卷存在问题（第一份位于第 {row} 行）。</translation>
    </message>
    <message>
        <source>Nothing was saved: {count} answer sheets have problems (the first at row {row}).</source>
        <translation>未保存任何内容：有 {count} 份答卷存在问题（第一份位于第 {row} 行）。</translation>
    </message>
    <message>
        <source>The scale &quot;{scale}&quot; is not part of this campaign.</source>
        <translation>量表“{scale}”不属于本次普查。</translation>
    </message>
    <message>
        <source>This student&apos;s parents opted out of the screening.</source>
        <translation>该学生的家长不同意参加本次普查。</translation>
    </message>
    <message>
        <source>This student is excluded from the campaign.</source>
        <translation>该学生已被排除在本次普查之外。</translation>
    </message>
    <message>
        <source>This student is not in the grades or classes of the campaign.</source>
        <translation>该学生不在本次普查的年级或班级范围内。</translation>
    </message>
    <message>
        <source>This student has a second sheet for &quot;{scale}&quot; here.</source>
        <translation>本次录入中，该学生有重复的“{scale}”答卷。</translation>
    </message>
    <message>
        <source>This student already has a sheet for &quot;{scale}&quot; in this campaign.</source>
        <translation>该学生在本次普查中已有“{scale}”答卷。</translation>
    </message>
    <message>
        <source>{missing} item is not answered (item {item}).</source>
        <translation>有 {missing} 道题未作答（第 {item} 题）。</translation>
    </message>
    <message>
        <source>{missing} items are not answered (the first is item {item}).</source>
        <translation>有 {missing} 道题未作答（第一道为第 {item} 题）。</translation>
    </message>
    <message>
        <source>This interview record no longer exists.</source>
        <translation>该约谈记录已不存在。</translation>
    </message>
    <message>
        <source>This student has no answer sheet in the campaign.</source>
        <translation>该学生在本次普查中没有答卷。</translation>
    </message>
    <message>
        <source>This student has been invited already.</source>
        <translation>已邀约过该学生。</translation>
    </message>
    <message>
        <source>The interview cannot be before the invitation.</source>
        <translation>约谈日期不能早于邀约日期。</translation>
    </message>
    <message>
        <source>Record the interview before its outcome.</source>
        <translation>请先记录约谈，再记录处理结果。</translation>
    </message>
    <message>
        <source>The outcome of this interview has been recorded already.</source>
        <translation>该约谈的处理结果已经记录。</translation>
    </message>
    <message>
        <source>No column says who answered: choose the student number column, or the name and class columns.</source>
        <translation>没有能识别作答学生的列：请选择学号列，或姓名列和班级列。</translation>
    </message>
    <message>
        <source>No column is chosen for item {item}.</source>
        <translation>第 {item} 题尚未对应到任何列。</translation>
    </message>
    <message>
        <source>The same column is chosen twice.</source>
        <translation>同一列被选择了两次。</translation>
    </message>
    <message>
        <source>Item {item} has no answer.</source>
        <translation>第 {item} 题没有作答。</translation>
    </message>
    <message>
        <source>Item {item}: &quot;{value}&quot; is not one of its options.</source>
        <translation>第 {item} 题：“{value}”不是该题的选项。</translation>
    </message>
    <message>
        <source>Item {item}: &quot;{value}&quot; could mean more than one option (an option&apos;s number or its score); choose how the file writes its answers.</source>
        <translation>第 {item} 题：“{value}”可能对应多个选项（选项序号或选项分值）；请选择文件中作答的记录方式。</translation>
    </message>
    <message>
        <source>The student number is empty.</source>
        <translation>学号为空。</translation>
    </message>
    <message>
        <source>The name or the class is empty.</source>
        <translation>姓名或班级为空。</translation>
    </message>
    <message>
        <source>No student {student} is registered; import the class&apos;s student list first.</source>
        <translation>未登记学生 {student}；请先导入该班的学生名单。</translation>
    </message>
    <message>
        <source>{count} students are called {student}; use a file with student numbers.</source>
        <translation>{student} 有 {count} 名同名学生；请使用含学号的文件。</translation>
    </message>
    <message>
        <source>{student} is not in this screening&apos;s grades and classes.</source>
        <translation>{student} 不在本次普查的年级和班级范围内。</translation>
    </message>
    <message>
        <source>{name} appears again (row {other}).</source>
        <translation>{name} 重复出现（见第 {other} 行）。</translation>
    </message>
    <message>
        <source>The file has no answer sheets.</source>
        <translation>文件中没有答卷。</translation>
    </message>
    <message>
        <source>The file was rejected; no answer sheet was stored ({count} problem).</source>
        <translation>文件未通过检查，未保存任何答卷（共 {count} 处问题）。</translation>
    </message>
    <message>
        <source>The file was rejected; no answer sheet was stored ({count} problems).</source>
        <translation>文件未通过检查，未保存任何答卷（共 {count} 处问题）。</translation>
    </message>
    <message>
        <source>Type the student number, a space, then one key per item.</source>
        <translation>请输入学号、一个空格，然后每题输入一个键。</translation>
    </message>
    <message>
        <source>The scale has {expected} items, but {found} answers were typed.</source>
        <translation>该量表共有 {expected} 个题目，但输入了 {found} 个作答。</translation>
    </message>
    <message>
        <source>Item {position}: &quot;{char}&quot; is not an answer (type {keys}).</source>
        <translation>第 {position} 题：“{char}”不是有效作答（请输入 {keys}）。</translation>
    </message>
    <message>
        <source>No student of this screening has the number {student_no}.</source>
        <translation>本次普查中没有学号为 {student_no} 的学生。</translation>
    </message>
</context>
<context>
    <name>MissingDialog</name>
    <message>
        <source>Write off as missing</source>
        <translation>按缺失核销</translation>
    </message>
    <message>
        <source>Only when they will not come back (lost, taken away). Test materials must not leave the room: find out what happened first. Copies that do come back are taken back instead.</source>
        <translation>仅适用于无法收回的情况（遗失、被带走）。测验材料不得带出咨询室，请先查明情况。能收回的份数请按归还处理。</translation>
    </message>
    <message>
        <source>Missing copies</source>
        <translation>缺失份数</translation>
    </message>
    <message>
        <source>What happened and what was done about it</source>
        <translation>事情经过及处理情况</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Write off</source>
        <translation>核销</translation>
    </message>
    <message>
        <source>Write off {count} copies of {material} as missing? This cannot be undone.</source>
        <translation>确定将 {material} 的 {count} 份按缺失核销吗？此操作无法撤销。</translation>
    </message>
</context>
<context>
    <name>MovementsModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <source>Cabinet</source>
        <translation>柜中</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总数</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>领用人</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <source>Reason or purpose</source>
        <translation>原因或用途</translation>
    </message>
    <message>
        <source>{back} back, {used} used up</source>
        <translation>归还 {back} 份，已使用 {used} 份</translation>
    </message>
    <message>
        <source>counted {count}</source>
        <translation>清点为 {count} 份</translation>
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
    <name>NewTestDialog</name>
    <message>
        <source>New test</source>
        <translation>新建测验</translation>
    </message>
    <message>
        <source>Choose the scale the client fills in. Before the answers are entered, explain the purpose and meaning of the test to the client.</source>
        <translation>请选择来访者要填写的量表。录入作答前，请先向来访者说明测验的目的和意义。</translation>
    </message>
    <message>
        <source>{name} (version {version})</source>
        <translation>{name}（版本 {version}）</translation>
    </message>
    <message>
        <source>{n} items</source>
        <translation>共 {n} 题</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>量表</translation>
    </message>
    <message>
        <source>Date administered</source>
        <translation>施测日期</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
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
    <name>OpenArchiveDialog</name>
    <message>
        <source>Open a quarterly archive</source>
        <extracomment>Where each error code of ``ArchiveService.open`` is shown.</extracomment>
        <translation>打开季度归档</translation>
    </message>
    <message>
        <source>Open a quarterly archive (以备查阅)</source>
        <translation>打开季度归档（以备查阅）</translation>
    </message>
    <message>
        <source>Look something up in the records of an archived quarter. The archive opens read-only and is held in memory only: nothing of it is written to this computer. Opening it, and anything printed or saved from it, is recorded in the audit log.</source>
        <translation>查阅已归档季度中的记录。归档以只读方式打开，且只保存在内存中，不会向这台计算机写入任何内容。打开归档以及从中打印或保存的任何内容，都会记入审计日志。</translation>
    </message>
    <message>
        <source>e.g. E:\CounselRoom-2026Q3.7z</source>
        <translation>例如 E:\CounselRoom-2026Q3.7z</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Find the archive file on the USB drive</source>
        <translation>在 U 盘上查找归档文件</translation>
    </message>
    <message>
        <source>Archive file</source>
        <translation>归档文件</translation>
    </message>
    <message>
        <source>The file CounselRoom-&lt;quarter&gt;.7z on the drive the archive was written to.</source>
        <translation>归档写入的 U 盘或驱动器上的 CounselRoom-&lt;quarter&gt;.7z 文件。</translation>
    </message>
    <message>
        <source>As written on the archive receipt</source>
        <translation>按归档回执单上记录的密码填写</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Untick to hide the passphrase as dots (then only letters and digits can be typed: no input method)</source>
        <translation>取消勾选后归档密码显示为圆点（此时只能输入字母和数字，无法使用输入法）</translation>
    </message>
    <message>
        <source>Click &quot;{button}&quot; to see the archive.</source>
        <translation>点击“{button}”查看归档。</translation>
    </message>
    <message>
        <source>Show the archive</source>
        <translation>查看归档</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>归档密码</translation>
    </message>
    <message>
        <source>Type it exactly as written on the receipt, capital letters and hyphens (-) included: 7-Zip opens the archive with nothing else.</source>
        <translation>请完全按归档回执上的写法输入，包括大写字母和连字符（-）：7-Zip 只接受这一种写法。</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>An archive that opened only with the exact form of the passphrase, held until the next click.</extracomment>
        <translation>打开</translation>
    </message>
    <message>
        <source>Decrypt the archive into memory and check it (Enter)</source>
        <translation>将归档解密到内存中并进行校验（Enter）</translation>
    </message>
    <message>
        <source>Choose the archive file</source>
        <translation>选择归档文件</translation>
    </message>
    <message>
        <source>CounselRoom archive (*.7z);;All files (*)</source>
        <translation>CounselRoom 归档 (*.7z);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose the archive file.</source>
        <translation>请选择归档文件。</translation>
    </message>
    <message>
        <source>There is no file at {path}. Is the USB drive plugged in?</source>
        <translation>{path} 处没有文件。U 盘是否已插好？</translation>
    </message>
    <message>
        <source>Opening and checking {name}…</source>
        <translation>正在打开并校验 {name}…</translation>
    </message>
</context>
<context>
    <name>OpenCaseDialog</name>
    <message>
        <source>Open a case for {name}</source>
        <translation>为 {name} 开案</translation>
    </message>
    <message>
        <source>The presenting problem and the reason for opening are required; the plan can be completed later.</source>
        <translation>来访问题和开案原因为必填项；咨询方案可稍后补充。</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>开案</translation>
    </message>
    <message>
        <source>Edit the plan of {case}</source>
        <translation>编辑 {case} 的咨询方案</translation>
    </message>
    <message>
        <source>Changes are recorded in the audit log.</source>
        <translation>修改内容将记入审计日志。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>咨询师</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>开案日期</translation>
    </message>
    <message>
        <source>Choose the main problem</source>
        <translation>选择主要问题</translation>
    </message>
    <message>
        <source>Presenting problem</source>
        <translation>来访问题</translation>
    </message>
    <message>
        <source>e.g. 近两个月考试焦虑，入睡困难</source>
        <translation>例如：近两个月考试焦虑，入睡困难</translation>
    </message>
    <message>
        <source>Reason for opening</source>
        <translation>开案原因</translation>
    </message>
    <message>
        <source>Why the client comes now, in their words and the referrer&apos;s.</source>
        <translation>来访者此时前来咨询的原因，按来访者本人和转介人的说法填写。</translation>
    </message>
    <message>
        <source>e.g. 每周一次个体咨询，约 6 次；放松训练</source>
        <translation>例如：每周一次个体咨询，约 6 次；放松训练</translation>
    </message>
    <message>
        <source>Counselling plan (咨询方案)</source>
        <translation>咨询方案</translation>
    </message>
    <message>
        <source>Goals, approach, how often and how many sessions.</source>
        <translation>目标、方法、咨询频率和次数。</translation>
    </message>
    <message>
        <source>Only the supervisor assigns a case to another counsellor.</source>
        <translation>只有负责人可以把个案分配给其他咨询师。</translation>
    </message>
    <message>
        <source>Who will counsel the client. You can reassign the case later.</source>
        <translation>由谁为来访者提供咨询。之后可以改派个案。</translation>
    </message>
</context>
<context>
    <name>OpenCrisisDialog</name>
    <message>
        <source>Open a crisis by hand</source>
        <translation>手动启动危机干预</translation>
    </message>
    <message>
        <source>When a teacher, a parent or the student tells you of a risk, open the crisis here. It has the same steps as any crisis. It joins the client&apos;s open case you hold, or a new case is opened for it.</source>
        <translation>老师、家长或学生本人向您反映风险时，请在此启动危机干预。其步骤与其他危机干预相同。它将归入您负责的该来访者进行中的个案；如无此个案，将为其新开个案。</translation>
    </message>
    <message>
        <source>Registered already</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Not registered: register now</source>
        <translation>未登记：现在登记</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Name, pinyin initials, case no. or class</source>
        <translation>姓名、拼音首字母、档案号或班级</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Every student of an imported class list is registered already.</source>
        <translation>已通过学生名单导入的学生都已登记。</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>已选择</translation>
    </message>
    <message>
        <source>e.g. 王䶮</source>
        <translation>例如：王䶮</translation>
    </message>
    <message>
        <source>Grade, e.g. 初二</source>
        <translation>年级，例如：初二</translation>
    </message>
    <message>
        <source>Grade and class</source>
        <translation>年级和班级</translation>
    </message>
    <message>
        <source>Class, e.g. 3班</source>
        <translation>班级，例如：3班</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone, e.g. 138 0000 0000</source>
        <translation>电话，例如：138 0000 0000</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>报告来源</translation>
    </message>
    <message>
        <source>e.g. 王老师, head teacher of 初二3班</source>
        <translation>例如：王老师，初二3班班主任</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>报告人</translation>
    </message>
    <message>
        <source>Phone or how to reach them</source>
        <translation>电话或其他联系方式</translation>
    </message>
    <message>
        <source>Reporter&apos;s contact</source>
        <translation>报告人联系方式</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>What was reported, in the reporter&apos;s words where it matters</source>
        <translation>报告的内容，关键之处请用报告人的原话</translation>
    </message>
    <message>
        <source>What was reported</source>
        <translation>报告内容</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>咨询师</translation>
    </message>
    <message>
        <source>Who holds the case and settles the steps.</source>
        <translation>由谁负责该个案并处理各步骤。</translation>
    </message>
    <message>
        <source>Open crisis</source>
        <translation>启动危机干预</translation>
    </message>
    <message>
        <source>No registered client matches. Register the student instead.</source>
        <translation>没有匹配的已登记来访者。请改为登记该学生。</translation>
    </message>
    <message>
        <source>Possibly registered already</source>
        <translation>可能已经登记过</translation>
    </message>
    <message>
        <source>These clients look like the same student:

{clients}

Register a new client anyway? Choose No to go back and find the student among the registered.</source>
        <translation>以下来访者可能是同一名学生：

{clients}

仍要登记为新来访者吗？选择“否”返回，在已登记的来访者中查找该学生。</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Outcome of the interview</source>
        <translation>约谈处理结果</translation>
    </message>
    <message>
        <source>{student}, interviewed on {day}. The outcome is recorded once and cannot be changed.</source>
        <translation>{student}，约谈日期：{day}。处理结果只能记录一次，记录后不能修改。</translation>
    </message>
    <message>
        <source>The screening result does not hold up, or needs nothing more.</source>
        <translation>普查结果不成立，或无需进一步处理。</translation>
    </message>
    <message>
        <source>Open a counselling case for the student (yours): next, its reason and plan.</source>
        <translation>为该学生开案（由您负责）：下一步填写开案原因和咨询方案。</translation>
    </message>
    <message>
        <source>Put the student on the attention register (重点关注): next, level, reason and plan.</source>
        <translation>将该学生列入重点关注名单：下一步填写等级、原因和方案。</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Save outcome</source>
        <translation>保存处理结果</translation>
    </message>
    <message>
        <source>Continue…</source>
        <translation>继续…</translation>
    </message>
</context>
<context>
    <name>OutstandingModel</name>
    <message>
        <source>Material</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>领用人</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>领用时间</translation>
    </message>
    <message>
        <source>Still out</source>
        <translation>未归还</translation>
    </message>
    <message>
        <source>For</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Out for</source>
        <translation>领出时长</translation>
    </message>
    <message>
        <source>Test materials come back the day they are taken. Take them back, or the supervisor writes off what will not come back.</source>
        <translation>测验材料须在领用当天归还。请办理归还；无法收回的，由负责人核销。</translation>
    </message>
    <message>
        <source>{count} handed out: {back} back, {used} used up, {missing} missing</source>
        <translation>共领用 {count} 份：已归还 {back} 份，已使用 {used} 份，缺失 {missing} 份</translation>
    </message>
    <message>
        <source>{out} of {count}</source>
        <translation>{out}（共 {count}）</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>{n} day</source>
        <translation>{n} 天</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} 天</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Loading…</source>
        <translation>正在载入…</translation>
    </message>
</context>
<context>
    <name>PassphraseChooser</name>
    <message>
        <source>Use a passphrase made for this archive (recommended)</source>
        <extracomment>The meter is worked out this long after the last key. The meter shows the strength of the text typed now (for tests and the dialog).</extracomment>
        <translation>使用为此归档生成的密码（推荐）</translation>
    </message>
    <message>
        <source>Type a passphrase of my own</source>
        <translation>自己设置归档密码</translation>
    </message>
    <message>
        <source>I have written the passphrase down</source>
        <translation>我已抄下归档密码</translation>
    </message>
    <message>
        <source>Another one</source>
        <translation>换一个</translation>
    </message>
    <message>
        <source>Make a different passphrase</source>
        <translation>重新生成一个密码</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>归档密码</translation>
    </message>
    <message>
        <source>A long sentence of your own is best: about 20 Chinese characters or 40 letters. Famous lines, slogans, keyboard patterns and phrases typed twice are too easy to guess. It must be typed in 7-Zip exactly like this — capitals, spaces and punctuation included — to open the archive.</source>
        <translation>最好是一句自己的长句子：约 20 个汉字或 40 个字母。名句、口号、键盘上连续的按键以及重复输入的短语都太容易被猜中。在 7-Zip 中必须与这里完全一致地输入（大小写、空格和标点都一样）才能打开归档。</translation>
    </message>
    <message>
        <source>Write it down now, letter by letter: it is shown only here and cannot be found again. Without it the archive cannot be opened by anyone, ever. It has only capital letters and digits 2–9 (no O/0 or I/1 to confuse). Copy it exactly, hyphens included: 7-Zip opens the archive only with the passphrase typed just as it is shown here.</source>
        <translation>请现在逐字抄下：它只在这里显示，之后再也无法找回。没有它，任何人都永远无法打开归档。它只包含大写字母和数字 2–9（没有容易混淆的 O/0、I/1）。请连同连字符一起照抄：7-Zip 只接受与这里显示完全相同的归档密码。</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>强度</translation>
    </message>
    <message>
        <source>Not typed yet</source>
        <translation>尚未输入</translation>
    </message>
    <message>
        <source>Strong enough</source>
        <translation>强度足够</translation>
    </message>
    <message>
        <source>Too weak</source>
        <translation>太弱</translation>
    </message>
    <message>
        <source>Cannot be used</source>
        <translation>不可使用</translation>
    </message>
</context>
<context>
    <name>PastShiftDialog</name>
    <message>
        <source>Add a past shift</source>
        <translation>补录值班</translation>
    </message>
    <message>
        <source>For duty that was not started and ended with the button. It ends on the day it started and does not overlap another shift of the same person.</source>
        <translation>用于补录未通过按钮开始和结束的值班。值班时段须在开始当天结束，且不能与同一人的其他值班时段重叠。</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>值班人</translation>
    </message>
    <message>
        <source>You record your own duty; the supervisor records others&apos;.</source>
        <translation>您只能登记自己的值班；他人的值班由负责人登记。</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>来访人次</translation>
    </message>
    <message>
        <source>Students, parents or colleagues who came to the room during the shift.</source>
        <translation>值班期间来到咨询室的学生、家长或同事。</translation>
    </message>
    <message>
        <source>Events and notes</source>
        <translation>事件与备注</translation>
    </message>
    <message>
        <source>Add shift</source>
        <translation>补录</translation>
    </message>
</context>
<context>
    <name>PositivesModel</name>
    <message>
        <source>Critical</source>
        <translation>关键条目</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Student no.</source>
        <translation>学号</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Why (rules that fired)</source>
        <translation>阳性依据（触发的规则）</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进情况</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>邀请日期</translation>
    </message>
    <message>
        <source>Interviewed</source>
        <translation>约谈日期</translation>
    </message>
    <message>
        <source>Critical answer</source>
        <translation>关键条目作答</translation>
    </message>
</context>
<context>
    <name>PositivesTab</name>
    <message>
        <source>Grade</source>
        <translation>年级</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进情况</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>全部年级</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>全部班级</translation>
    </message>
    <message>
        <source>{shown} of {all} students · {alerts} with a critical answer</source>
        <translation>显示 {shown} / {all} 名学生 · {alerts} 名有关键条目作答</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Nothing was printed: no printer is installed on this computer. Connect and set up a printer (ask the school&apos;s IT staff if needed), then try again.</source>
        <extracomment>What marks a printer&apos;s name or driver (make and model) as one that makes a copy instead of paper; matched case-insensitively, so localised names match too (&quot;Microsoft 打印到 PDF&quot;, &quot;Microsoft XPS 文档写入程序&quot;, &quot;发送至 OneNote 2016&quot;, &quot;传真&quot;). Not &quot;XPS&quot; alone (real printers have XPS drivers, e.g. Kyocera&apos;s and Canon&apos;s) and not &quot;FAX-&quot; (Brother&apos;s FAX-2840 prints).</extracomment>
        <translation>没有打印：这台电脑上没有安装打印机。请连接并安装打印机（需要时请学校信息技术老师帮忙），然后再试一次。</translation>
    </message>
    <message>
        <source>Nothing was printed: this computer has no printer that prints on paper, only printers that make files (such as &quot;Microsoft Print to PDF&quot;). Connect and set up a printer (ask the school&apos;s IT staff if needed), then try again.</source>
        <translation>没有打印：这台电脑上只有生成文件的打印机（例如“Microsoft Print to PDF”），没有能打印到纸上的打印机。请连接并安装打印机（需要时请学校信息老师帮忙），然后再试一次。</translation>
    </message>
    <message>
        <source>Nothing was printed: &quot;{printer}&quot; does not print on paper but makes a copy (a file, a OneNote page or a fax) outside the protection of the records; choose a printer that prints on paper, or, where a copy is allowed, use &quot;Save as PDF…&quot;, which warns first and is recorded in the audit log.</source>
        <translation>没有打印：“{printer}”不会打印到纸上，而是生成一份不受档案保护的副本（文件、OneNote 页面或传真）；请选择能打印到纸上的打印机，或在允许保存副本的地方使用“另存为 PDF…”，它会先提示注意事项，并记入审计日志。</translation>
    </message>
    <message>
        <source>Nothing was printed: the chosen printer does not print on paper but makes a file outside the protection of the records; choose a printer that prints on paper, or, where a copy is allowed, use &quot;Save as PDF…&quot;, which warns first and is recorded in the audit log.</source>
        <translation>没有打印：所选的打印机不会打印到纸上，而是生成一份不受档案保护的文件；请选择能打印到纸上的打印机，或在允许保存副本的地方使用“另存为 PDF…”，它会先提示注意事项，并记入审计日志。</translation>
    </message>
    <message>
        <source>Nothing was printed: the document could not be prepared for printing; close it, open it again and try once more.</source>
        <translation>没有打印：这份文件无法准备打印；请关闭后重新打开，再试一次。</translation>
    </message>
    <message>
        <source>Printing failed: the printer &quot;{printer}&quot; reported an error, so pages may be missing; collect anything it printed, then check the printer or choose another printer.</source>
        <translation>打印失败：打印机“{printer}”报告了错误，可能缺页；请取走已打印出的纸张，再检查打印机或选择另一台打印机。</translation>
    </message>
    <message>
        <source>Printing failed: the printer reported an error, so pages may be missing; collect anything it printed, then check the printer or choose another printer.</source>
        <translation>打印失败：打印机报告了错误，可能缺页；请取走已打印出的纸张，再检查打印机或选择另一台打印机。</translation>
    </message>
    <message>
        <source>Nothing was printed: the printer &quot;{printer}&quot; cannot be used. Check that it is switched on and connected, or choose another printer.</source>
        <translation>没有打印：打印机“{printer}”无法使用。请检查打印机是否开机并连接，或选择另一台打印机。</translation>
    </message>
    <message>
        <source>Nothing was printed: the chosen printer cannot be used. Check that it is switched on and connected, or choose another printer.</source>
        <translation>没有打印：所选的打印机无法使用。请检查打印机是否开机并连接，或选择另一台打印机。</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再试一次</translation>
    </message>
    <message>
        <source>Choose another printer…</source>
        <translation>选择另一台打印机…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>Nothing was saved: &quot;{path}&quot; could not be written (the drive may be full, removed or read-only); choose another place.</source>
        <translation>没有保存：无法写入“{path}”（磁盘可能已满、已拔出或只读）；请选择其他位置。</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Reassign {case}</source>
        <translation>改派 {case}</translation>
    </message>
    <message>
        <source>Currently with {name}. The new counsellor sees the case and all its records; {name} no longer does, unless you share the case with them.</source>
        <translation>目前由 {name} 负责。新的咨询师将能查看该个案及其全部记录；{name} 将不能再查看，除非您将个案共享给对方。</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>改派</translation>
    </message>
    <message>
        <source>Choose the counsellor</source>
        <translation>选择咨询师</translation>
    </message>
    <message>
        <source>New counsellor</source>
        <translation>新咨询师</translation>
    </message>
</context>
<context>
    <name>RecordCounts</name>
    <message>
        <source>Clients</source>
        <translation>来访者</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>个案</translation>
    </message>
    <message>
        <source>Visit records</source>
        <translation>咨询记录</translation>
    </message>
    <message>
        <source>Addenda</source>
        <translation>补充说明</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>心理测验</translation>
    </message>
    <message>
        <source>Crises</source>
        <translation>危机干预</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>转介</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>知情同意</translation>
    </message>
    <message>
        <source>Signed consent scans</source>
        <translation>知情同意书扫描件</translation>
    </message>
    <message>
        <source>Duty shifts</source>
        <translation>值班时段</translation>
    </message>
    <message>
        <source>Closing checklists</source>
        <translation>闭室检查</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Audit log rows</source>
        <translation>审计日志条数</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动记录</translation>
    </message>
</context>
<context>
    <name>RecordsHtml</name>
    <message>
        <source>born {date}</source>
        <translation>{date} 出生</translation>
    </message>
    <message>
        <source>Student no.</source>
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
        <source>Referred by</source>
        <translation>转介来源</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>个案</translation>
    </message>
    <message>
        <source>No case of this client is in this archive.</source>
        <translation>本归档中没有该来访者的个案。</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>知情同意</translation>
    </message>
    <message>
        <source>No consent of this client is in this archive.</source>
        <translation>本归档中没有该来访者的知情同意。</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>No appointment of this client is in this archive.</source>
        <translation>本归档中没有该来访者的预约。</translation>
    </message>
    <message>
        <source>Attention register (重点关注)</source>
        <translation>重点关注</translation>
    </message>
    <message>
        <source>Screening (心理普查)</source>
        <translation>心理普查</translation>
    </message>
    <message>
        <source>Case {number}</source>
        <translation>个案 {number}</translation>
    </message>
    <message>
        <source>Counsellor: {name}</source>
        <translation>咨询师：{name}</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>开案日期</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>来访问题</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>咨询方案</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>效果评价</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>来访者满意度</translation>
    </message>
    <message>
        <source>Closing summary</source>
        <translation>结案小结</translation>
    </message>
    <message>
        <source>Visit records ({count})</source>
        <translation>咨询记录（{count}）</translation>
    </message>
    <message>
        <source>No visit record of this case is in this archive.</source>
        <translation>本归档中没有该个案的咨询记录。</translation>
    </message>
    <message>
        <source>Tests ({count})</source>
        <translation>心理测验（{count}）</translation>
    </message>
    <message>
        <source>Crises ({count})</source>
        <translation>危机干预（{count}）</translation>
    </message>
    <message>
        <source>Referrals ({count})</source>
        <translation>转介（{count}）</translation>
    </message>
    <message>
        <source>Contacts with family and school ({count})</source>
        <translation>家校沟通记录（{count}）</translation>
    </message>
    <message>
        <source>Session {no}</source>
        <translation>第 {no} 次咨询</translation>
    </message>
    <message>
        <source>Signed {time}</source>
        <translation>已于 {time} 签署</translation>
    </message>
    <message>
        <source>Draft, never signed</source>
        <translation>草稿，未签署</translation>
    </message>
    <message>
        <source>risk to self</source>
        <translation>自伤/自杀风险</translation>
    </message>
    <message>
        <source>risk to others</source>
        <translation>伤害他人风险</translation>
    </message>
    <message>
        <source>at risk from others</source>
        <translation>受到他人伤害</translation>
    </message>
    <message>
        <source>Client #{id}</source>
        <translation>来访者 #{id}</translation>
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
        <source>Process</source>
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
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Also present</source>
        <translation>其他参与者</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>下次预约</translation>
    </message>
    <message>
        <source>Late addendum (补记), signed after quarter {quarter} was archived</source>
        <translation>补记（在 {quarter} 归档后签署）</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>补充说明</translation>
    </message>
    <message>
        <source>{name}, {time}</source>
        <translation>{name}，{time}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已签署</translation>
    </message>
    <message>
        <source>Interpretation: {text}</source>
        <translation>结果解释：{text}</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>量表</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>施测日期</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>分级</translation>
    </message>
    <message>
        <source>Critical answer</source>
        <translation>关键条目</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Closed {time}</source>
        <translation>{time} 已结束</translation>
    </message>
    <message>
        <source>from visit record {no} of {date}</source>
        <translation>源自 {date} 的第 {no} 次咨询记录</translation>
    </message>
    <message>
        <source>from the {scale} test of {date}</source>
        <translation>源自 {date} 的 {scale} 测验</translation>
    </message>
    <message>
        <source>reported by {who}</source>
        <translation>由 {who} 报告</translation>
    </message>
    <message>
        <source>opened {time}</source>
        <translation>启动于 {time}</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>报告时间/报告人</translation>
    </message>
    <message>
        <source>What was reported</source>
        <translation>报告内容</translation>
    </message>
    <message>
        <source>Closing note</source>
        <translation>结束说明</translation>
    </message>
    <message>
        <source>Given on {date}</source>
        <translation>已于 {date} 同意</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>转介机构</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>转介日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>转介原因</translation>
    </message>
    <message>
        <source>Guardian&apos;s consent</source>
        <translation>监护人同意</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>沟通内容</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>约定事项</translation>
    </message>
    <message>
        <source>Contacted by</source>
        <translation>沟通人</translation>
    </message>
    <message>
        <source>On the register since {time}</source>
        <translation>自 {time} 起列入重点关注</translation>
    </message>
    <message>
        <source>Off the register since {time}</source>
        <translation>已于 {time} 解除关注</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>具体表现</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>负责咨询师</translation>
    </message>
    <message>
        <source>Head teacher</source>
        <translation>班主任</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>下次复评</translation>
    </message>
    <message>
        <source>Reason for leaving</source>
        <translation>解除原因</translation>
    </message>
    <message>
        <source>Changes in this archive ({count})</source>
        <translation>本归档中的变更记录（{count}）</translation>
    </message>
    <message>
        <source>Reviewed on {date}</source>
        <translation>{date} 复评</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更类型</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>crisis alert</source>
        <translation>危机预警</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>录入</translation>
    </message>
    <message>
        <source>{time}, {how}, by {name}</source>
        <translation>{time}，{how}，操作人：{name}</translation>
    </message>
    <message>
        <source>Rules met</source>
        <translation>触发的判定规则</translation>
    </message>
    <message>
        <source>invited {date}</source>
        <translation>{date} 邀请</translation>
    </message>
    <message>
        <source>interviewed {date}</source>
        <translation>{date} 约谈</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>约谈</translation>
    </message>
    <message>
        <source>Interview note</source>
        <translation>约谈记录</translation>
    </message>
    <message>
        <source>Withdrawn on {date}</source>
        <translation>已于 {date} 撤回</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>No scan attached</source>
        <translation>未附扫描件</translation>
    </message>
    <message>
        <source>Show the signed form</source>
        <translation>查看签字同意书</translation>
    </message>
    <message>
        <source>{who}, on {date}</source>
        <translation>{who}，{date}</translation>
    </message>
    <message>
        <source>Explained</source>
        <translation>已说明</translation>
    </message>
    <message>
        <source>Consent to</source>
        <translation>同意事项</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>签署人</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>同意内容</translation>
    </message>
    <message>
        <source>Limits of confidentiality</source>
        <translation>保密例外</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Signed form</source>
        <translation>签字同意书</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>时长（分钟）</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>咨询师</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
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
        <source>Backups made before now (for example on the USB drive) still open only with the old code. After printing the new sheet, make a new backup to the USB drive (Backups… → Back up to a drive…), so that a backup the new sheet opens is kept away from this computer.</source>
        <translation>此前做的备份（例如 U 盘上的）仍然只能用旧恢复码打开。打印新的恢复密钥单后，请往 U 盘做一份新备份（备份… → 备份到移动盘…），让一份新恢复密钥单能打开的备份保存在这台电脑之外。</translation>
    </message>
    <message>
        <source>Print recovery sheet…</source>
        <translation>打印恢复密钥单…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
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
    <name>RecoveryCodeEntry</name>
    <message>
        <source>Group {n}</source>
        <translation>第 {n} 组</translation>
    </message>
    <message>
        <source>The recovery code has digits only; other characters were left out.</source>
        <translation>恢复码只有数字，其他字符已略去。</translation>
    </message>
    <message>
        <source>Group {n} is wrong</source>
        <translation>第 {n} 组有误</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Check group {n} against the recovery sheet, digit by digit.</source>
        <translation>请对照恢复密钥单逐位核对第 {n} 组。</translation>
    </message>
    <message>
        <source>Check groups {numbers} against the recovery sheet, digit by digit.</source>
        <translation>请对照恢复密钥单逐位核对第 {numbers} 组。</translation>
    </message>
    <message>
        <source>Type the {groups} groups of {digits} digits from the recovery sheet.</source>
        <translation>请输入恢复密钥单上的 {groups} 组数字，每组 {digits} 位。</translation>
    </message>
    <message>
        <source>{count} groups still to type.</source>
        <translation>还差 {count} 组。</translation>
    </message>
    <message>
        <source>1 group still to type (group {n}).</source>
        <translation>还差 1 组（第 {n} 组）。</translation>
    </message>
    <message>
        <source>All groups are filled in.</source>
        <translation>已全部填写。</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>CounselRoom — recovery</source>
        <translation>CounselRoom — 恢复访问</translation>
    </message>
    <message>
        <source>Bring the records to this computer</source>
        <translation>把档案恢复到这台电脑</translation>
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
        <source>A file counselroom-….db; its .keys file of the same name must be in the same folder (both are on the USB drive).</source>
        <translation>一个 counselroom-….db 文件；同名的 .keys 文件必须在同一文件夹中（两者都在 U 盘上）。</translation>
    </message>
    <message>
        <source>Only if asked: the recovery keys of this computer&apos;s own backups are used first.</source>
        <translation>仅在提示时选择：程序会先使用这台电脑自己的备份旁的恢复密钥。</translation>
    </message>
    <message>
        <source>Backup of the records</source>
        <translation>档案备份</translation>
    </message>
    <message>
        <source>CounselRoom backup (*.db);;All files (*)</source>
        <translation>CounselRoom 备份 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>A sound copy of the key file from before its last change is there (counselroom.keys.previous). Using it needs no recovery code; afterwards log in as usual. If a password or the recovery code was changed since, the older one applies again.</source>
        <translation>这里有密钥文件在上次更改之前的完好副本（counselroom.keys.previous）。使用它不需要恢复码，之后照常登录。如果此后改过密码或恢复码，则改回旧的那个。</translation>
    </message>
    <message>
        <source>Use the previous copy</source>
        <translation>使用上一份副本</translation>
    </message>
    <message>
        <source>Choose a backup of the records</source>
        <translation>选择档案备份</translation>
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
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>The PDF contains the recovery code. Save it only to a USB stick you take straight to a printer, print it, then delete the file. Never keep it on this computer.</source>
        <translation>此 PDF 文件包含恢复码。请只将其保存到 U 盘，直接拿到打印机处打印，打印后删除该文件。切勿将其保存在这台计算机上。</translation>
    </message>
</context>
<context>
    <name>ReferralDetail</name>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>转介日期</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>转介原因</translation>
    </message>
    <message>
        <source>Guardian consent</source>
        <translation>监护人同意</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Select a referral to see what was recorded.</source>
        <translation>选择一条转介，查看已登记的内容。</translation>
    </message>
    <message>
        <source>Given on {date}</source>
        <translation>已于 {date} 同意</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>No feedback yet: ask the institution or the family, then record it.</source>
        <translation>尚无反馈：请向机构或家长了解情况，然后登记。</translation>
    </message>
    <message>
        <source>Received {date}:
{text}</source>
        <translation>{date} 收到：
{text}</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>暂无</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>New referral</source>
        <translation>新建转介</translation>
    </message>
    <message>
        <source>Record where the client is referred and why. Once it is saved, print the letter to the institution with the notice for the guardian and its return slip (回执).</source>
        <translation>登记来访者转介的机构和原因。保存后，请打印给机构的转介信，以及给监护人的告知书及其回执。</translation>
    </message>
    <message>
        <source>Hospital, clinic or centre, e.g. the city mental health centre</source>
        <translation>医院、诊所或中心，例如：市精神卫生中心</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>转介机构</translation>
    </message>
    <message>
        <source>Kind of institution</source>
        <translation>机构类别</translation>
    </message>
    <message>
        <source>Suggested from the name; counted in the statistics.</source>
        <translation>根据机构名称自动推荐；计入统计。</translation>
    </message>
    <message>
        <source>Department, doctor, phone (optional)</source>
        <translation>科室、医生、电话（选填）</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Why the client is referred and what is asked of the institution</source>
        <translation>转介原因以及希望机构提供的帮助</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>转介原因</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>转介日期</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>已同意，日期</translation>
    </message>
    <message>
        <source>Guardian consent</source>
        <translation>监护人同意</translation>
    </message>
    <message>
        <source>Required for a student under 18.</source>
        <translation>未满 18 岁的学生必须填写。</translation>
    </message>
    <message>
        <source>Ask for feedback on</source>
        <translation>询问反馈日期</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Optional. On that day the referral is listed among the follow-ups due.</source>
        <translation>选填。到了该日期，此转介会列入到期的跟进事项。</translation>
    </message>
    <message>
        <source>Save referral</source>
        <translation>保存转介</translation>
    </message>
</context>
<context>
    <name>ReferralLabels</name>
    <message>
        <source>{date} · overdue</source>
        <translation>{date} · 已逾期</translation>
    </message>
    <message>
        <source>{date} · due today</source>
        <translation>{date} · 今天到期</translation>
    </message>
</context>
<context>
    <name>ReferralPanel</name>
    <message>
        <source>New referral…</source>
        <translation>新建转介…</translation>
    </message>
    <message>
        <source>Record a referral of this client to a hospital, clinic or other institution</source>
        <translation>登记将该来访者转介到医院、诊所或其他机构</translation>
    </message>
    <message>
        <source>Record feedback…</source>
        <translation>登记反馈…</translation>
    </message>
    <message>
        <source>Record what the institution reported back (also: double-click the referral)</source>
        <translation>登记机构反馈的情况（也可双击该转介）</translation>
    </message>
    <message>
        <source>Close referral</source>
        <translation>结束转介</translation>
    </message>
    <message>
        <source>Nothing more is expected from this referral; it is no longer followed up</source>
        <translation>此转介不再需要后续反馈，不再跟进</translation>
    </message>
    <message>
        <source>Print letter…</source>
        <translation>打印转介信…</translation>
    </message>
    <message>
        <source>Print the referral letter and the guardian notice with its return slip</source>
        <translation>打印转介信，以及给监护人的告知书及其回执</translation>
    </message>
    <message>
        <source>Save letter as PDF…</source>
        <translation>将转介信另存为 PDF…</translation>
    </message>
    <message>
        <source>Save the letter as a PDF file, e.g. to print it elsewhere</source>
        <translation>将转介信另存为 PDF 文件，例如拿到其他地方打印</translation>
    </message>
    <message>
        <source>No referrals yet. When the client needs a hospital, a doctor or another service, record it with &quot;New referral…&quot; and print the letter.</source>
        <translation>暂无转介。如来访者需要转介到医院、就医或接受其他服务，请点击“新建转介…”登记，并打印转介信。</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>转介</translation>
    </message>
    <message>
        <source>Referrals are part of the counselling record: only counsellors and the supervisor can see them.</source>
        <translation>转介属于咨询记录的一部分：只有咨询师和负责人可以查看。</translation>
    </message>
    <message>
        <source>The referrals are shown once a reason for opening this case is given.</source>
        <translation>填写该个案的查阅原因后，才会显示转介记录。</translation>
    </message>
    <message>
        <source>This referral is closed.</source>
        <translation>此转介已结束。</translation>
    </message>
    <message>
        <source>Referral to {institution} recorded.</source>
        <translation>已登记向 {institution} 的转介。</translation>
    </message>
    <message>
        <source>Feedback from {institution} recorded.</source>
        <translation>已登记 {institution} 的反馈。</translation>
    </message>
    <message>
        <source>Close the referral to {institution}?

No feedback has been recorded. A closed referral is no longer followed up and takes no more feedback.</source>
        <translation>结束向 {institution} 的转介吗？

尚未登记任何反馈。转介结束后将不再跟进，也不能再登记反馈。</translation>
    </message>
    <message>
        <source>Close the referral to {institution}?

A closed referral is no longer followed up and takes no more feedback.</source>
        <translation>结束向 {institution} 的转介吗？

转介结束后将不再跟进，也不能再登记反馈。</translation>
    </message>
    <message>
        <source>Referral to {institution} closed.</source>
        <translation>向 {institution} 的转介已结束。</translation>
    </message>
    <message>
        <source>Referral letter</source>
        <translation>转介信</translation>
    </message>
    <message>
        <source>The referral letter and the guardian notice were sent to the printer.</source>
        <translation>转介信和监护人告知书已发送到打印机。</translation>
    </message>
    <message>
        <source>The letter names the client and says why they are referred. Save it only where no one else can read it, such as your own USB stick, and delete the file once it has been printed or sent.</source>
        <translation>转介信中包含来访者姓名和转介原因。请只保存在他人无法读取的位置，例如您自己的 U 盘，并在打印或寄出后删除该文件。</translation>
    </message>
    <message>
        <source>Referral letter {date}.pdf</source>
        <translation>转介信 {date}.pdf</translation>
    </message>
    <message>
        <source>Letter saved as {path}. Delete the file once it has been printed or sent.</source>
        <translation>转介信已保存为 {path}。打印或寄出后请删除该文件。</translation>
    </message>
</context>
<context>
    <name>ReferralsModel</name>
    <message>
        <source>Referred on</source>
        <translation>转介日期</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>转介机构</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>监护人同意</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>The guardian&apos;s consent to the referral</source>
        <translation>监护人是否同意转介</translation>
    </message>
    <message>
        <source>When to ask for feedback</source>
        <translation>何时询问反馈</translation>
    </message>
    <message>
        <source>When the feedback was received</source>
        <translation>收到反馈的日期</translation>
    </message>
    <message>
        <source>No feedback yet: ask the institution or the family, then record it.</source>
        <translation>尚无反馈：请向机构或家长了解情况，然后登记。</translation>
    </message>
    <message>
        <source>Given on {date}</source>
        <translation>已于 {date} 同意</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>已同意</translation>
    </message>
</context>
<context>
    <name>RegisterEntryDialog</name>
    <message>
        <source>Edit register entry</source>
        <translation>编辑重点关注信息</translation>
    </message>
    <message>
        <source>Add to the attention register</source>
        <translation>列入重点关注</translation>
    </message>
    <message>
        <source>{student} · {level}. The level changes with Change level…, with its reason.</source>
        <translation>{student} · {level}。等级请通过“调整等级…”修改，并注明原因。</translation>
    </message>
    <message>
        <source>Student: {student}</source>
        <translation>学生：{student}</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>The first level is the most serious.</source>
        <translation>第一级最为严重。</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>关注原因</translation>
    </message>
    <message>
        <source>In a few words: what was noticed</source>
        <translation>简要说明发现的情况</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>具体表现</translation>
    </message>
    <message>
        <source>Responsible counsellor</source>
        <translation>负责咨询师</translation>
    </message>
    <message>
        <source>e.g. 陈老师</source>
        <translation>例如：陈老师</translation>
    </message>
    <message>
        <source>Head teacher (班主任)</source>
        <translation>班主任</translation>
    </message>
    <message>
        <source>Plan (一生一策)</source>
        <translation>一生一策方案</translation>
    </message>
    <message>
        <source>Who does what, how often: talks, contact with the family and the head teacher…</source>
        <translation>由谁负责做什么、多久一次：谈话、与家长和班主任沟通……</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>下次复评</translation>
    </message>
    <message>
        <source>It appears in Follow-ups and on Today when it falls due.</source>
        <translation>到期时将显示在“跟进事项”和“今日”页面。</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <source>Add to the register</source>
        <translation>列入重点关注</translation>
    </message>
    <message>
        <source>Choose the student, or register a new one.</source>
        <translation>请选择学生，或登记新学生。</translation>
    </message>
</context>
<context>
    <name>RegisterExitDialog</name>
    <message>
        <source>Take off the register</source>
        <translation>解除重点关注</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>解除原因</translation>
    </message>
    <message>
        <source>e.g. stable for two months, graduated, moved school</source>
        <translation>例如：连续两个月状态稳定、已毕业、已转学</translation>
    </message>
    <message>
        <source>The entry and its history stay; {student} can be added again later.</source>
        <translation>该记录及其历史将会保留；以后可再次将 {student} 列入重点关注。</translation>
    </message>
    <message>
        <source>Take off</source>
        <translation>解除关注</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>下次复评</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>关注原因</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>负责咨询师</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>档案号</translation>
    </message>
    <message>
        <source>The review is due</source>
        <translation>复评已到期</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Students who need attention (预警名单): the level, why, who is responsible, the plan (一生一策) and when to review. Every change is kept with who, when and why.</source>
        <translation>需要重点关注的学生（预警名单）：记录等级、关注原因、由谁负责、一生一策方案以及何时复评。每次变更都会连同操作人、时间和原因一并保留。</translation>
    </message>
    <message>
        <source>Name, case no. or class</source>
        <translation>姓名、档案号或班级</translation>
    </message>
    <message>
        <source>On the register</source>
        <translation>关注中</translation>
    </message>
    <message>
        <source>Taken off</source>
        <translation>已解除</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>复评到期</translation>
    </message>
    <message>
        <source>Only the students whose review is due today or earlier</source>
        <translation>仅显示复评日期为今天或更早的学生</translation>
    </message>
    <message>
        <source>Add student…</source>
        <translation>添加学生…</translation>
    </message>
    <message>
        <source>Put a student on the attention register</source>
        <translation>将学生列入重点关注名单</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Reason, responsible people, plan, next review</source>
        <translation>关注原因、负责咨询师和班主任、方案、下次复评</translation>
    </message>
    <message>
        <source>Change level…</source>
        <translation>调整等级…</translation>
    </message>
    <message>
        <source>A new level, with the reason</source>
        <translation>调整为新的等级，并注明原因</translation>
    </message>
    <message>
        <source>Record review…</source>
        <translation>记录复评…</translation>
    </message>
    <message>
        <source>What the review found and when the next is due</source>
        <translation>复评情况及下次复评日期</translation>
    </message>
    <message>
        <source>Take off…</source>
        <translation>解除关注…</translation>
    </message>
    <message>
        <source>Take the student off the register, with the reason</source>
        <translation>将学生移出重点关注名单，并注明原因</translation>
    </message>
    <message>
        <source>Attention register</source>
        <translation>重点关注</translation>
    </message>
    <message>
        <source>Every level</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <source>Nobody is listed with these filters.</source>
        <translation>没有符合筛选条件的学生。</translation>
    </message>
    <message>
        <source>{n} student listed</source>
        <translation>共 {n} 名学生</translation>
    </message>
    <message>
        <source>{n} students listed</source>
        <translation>共 {n} 名学生</translation>
    </message>
    <message>
        <source>, {n} review due</source>
        <translation>，{n} 人复评到期</translation>
    </message>
    <message>
        <source>, {n} reviews due</source>
        <translation>，{n} 人复评到期</translation>
    </message>
    <message>
        <source>{student} is on the attention register.</source>
        <translation>已将 {student} 列入重点关注。</translation>
    </message>
    <message>
        <source>The entry of {student} is saved.</source>
        <translation>已保存 {student} 的关注信息。</translation>
    </message>
    <message>
        <source>The level of {student} is changed.</source>
        <translation>已调整 {student} 的等级。</translation>
    </message>
    <message>
        <source>The review of {student} is recorded.</source>
        <translation>已记录 {student} 的复评。</translation>
    </message>
    <message>
        <source>{student} is taken off the register.</source>
        <translation>已解除对 {student} 的重点关注。</translation>
    </message>
</context>
<context>
    <name>RegisterReviewDialog</name>
    <message>
        <source>Record a review</source>
        <translation>记录复评</translation>
    </message>
    <message>
        <source>Review of {student}.</source>
        <translation>{student} 的复评。</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>复评日期</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>复评情况</translation>
    </message>
    <message>
        <source>How the student is doing; whether the plan still fits</source>
        <translation>学生目前的状况；现有方案是否仍然适用</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>下次复评</translation>
    </message>
    <message>
        <source>To change the level or take the student off, close this and use those buttons.</source>
        <translation>如需调整等级或解除关注，请关闭此窗口，使用相应的按钮。</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>保存复评</translation>
    </message>
</context>
<context>
    <name>RegisterWordingGroup</name>
    <message>
        <source>Attention register</source>
        <translation>重点关注</translation>
    </message>
    <message>
        <source>Name the levels</source>
        <translation>等级名称</translation>
    </message>
    <message>
        <source>The first is the most serious. Applies at once, everywhere the levels are shown.</source>
        <translation>第一级最为严重。修改后立即生效，所有显示等级的地方都会随之更新。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>ReportSettingsGroup</name>
    <message>
        <source>Statistics and reports</source>
        <translation>统计与报告</translation>
    </message>
    <message>
        <source>The terms decide what &quot;this term&quot; means on the Statistics page and in the term reports. Months outside both terms are holidays.</source>
        <translation>学期月份决定统计页和学期报告中“本学期”的范围。两个学期之外的月份为假期。</translation>
    </message>
    <message>
        <source>First term (上学期)</source>
        <translation>上学期</translation>
    </message>
    <message>
        <source>Second term (下学期)</source>
        <translation>下学期</translation>
    </message>
    <message>
        <source>Counts from 1 to one less than this are printed as &quot;&lt;k&quot; in reports, and other cells are hidden so that they cannot be worked out. At least {min}.</source>
        <translation>报告中从 1 到比此数小 1 的数字印为“&lt;k”，并隐去其他可推算出它们的格子。最小为 {min}。</translation>
    </message>
    <message>
        <source>Hide counts below</source>
        <translation>隐去小于此数的数字</translation>
    </message>
    <message>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>January</source>
        <translation>1月</translation>
    </message>
    <message>
        <source>February</source>
        <translation>2月</translation>
    </message>
    <message>
        <source>March</source>
        <translation>3月</translation>
    </message>
    <message>
        <source>April</source>
        <translation>4月</translation>
    </message>
    <message>
        <source>May</source>
        <translation>5月</translation>
    </message>
    <message>
        <source>June</source>
        <translation>6月</translation>
    </message>
    <message>
        <source>July</source>
        <translation>7月</translation>
    </message>
    <message>
        <source>August</source>
        <translation>8月</translation>
    </message>
    <message>
        <source>September</source>
        <translation>9月</translation>
    </message>
    <message>
        <source>October</source>
        <translation>10月</translation>
    </message>
    <message>
        <source>November</source>
        <translation>11月</translation>
    </message>
    <message>
        <source>December</source>
        <translation>12月</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first}至{last}</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Report:</source>
        <extracomment>How many periods back the page offers, by kind.</extracomment>
        <translation>报告：</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>周期：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the text typed</source>
        <translation>保存已输入的文字</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>签署…</translation>
    </message>
    <message>
        <source>Sign the report: its text and figures are fixed for good</source>
        <translation>签署报告：其文字和数据将永久固定</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>打印报告</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Save the report as a PDF file</source>
        <translation>将报告保存为 PDF 文件</translation>
    </message>
    <message>
        <source>Save as Excel…</source>
        <translation>另存为 Excel…</translation>
    </message>
    <message>
        <source>Save the report&apos;s tables as an Excel workbook</source>
        <translation>将报告中的表格保存为 Excel 工作簿</translation>
    </message>
    <message>
        <source>Work reports</source>
        <translation>工作报告</translation>
    </message>
    <message>
        <source>What is printed or saved shows counts below {k} as &quot;&lt;{k}&quot; and hides what would give them away (&quot;x&quot;); no client is named.</source>
        <translation>打印或保存的报告中，小于 {k} 的数字显示为“&lt;{k}”，可推算出它们的数字以“x”隐去；不出现任何来访者姓名。</translation>
    </message>
    <message>
        <source> (signed)</source>
        <translation>（已签署）</translation>
    </message>
    <message>
        <source>Summary of the month&apos;s work</source>
        <translation>本月工作小结</translation>
    </message>
    <message>
        <source>Plans for next month</source>
        <translation>下月工作计划</translation>
    </message>
    <message>
        <source>Summary of the term&apos;s work</source>
        <translation>本学期工作小结</translation>
    </message>
    <message>
        <source>Plans for next term</source>
        <translation>下学期工作计划</translation>
    </message>
    <message>
        <source>Summary of the year&apos;s work</source>
        <translation>本学年工作小结</translation>
    </message>
    <message>
        <source>Plans for next school year</source>
        <translation>下学年工作计划</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <source>Not started: type the text and save, or print a draft of the figures.</source>
        <translation>尚未开始：输入文字并保存，或打印一份数据草稿。</translation>
    </message>
    <message>
        <source>Signed by {name} on {when}: it can no longer be changed, and prints as signed.</source>
        <translation>{name} 于 {when} 签署：不能再修改，打印时注明已签署。</translation>
    </message>
    <message>
        <source>Draft, last saved by {name}: printed copies are marked as drafts and show the figures as they are when printed.</source>
        <translation>草稿，最后由 {name} 保存：打印件标有“草稿”，数据为打印时的数据。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Sign the report</source>
        <translation>签署报告</translation>
    </message>
    <message>
        <source>Sign the report for {period}? Its text and the figures as they are now are fixed for good; records added later do not change it.</source>
        <translation>签署{period}的报告？其文字和当前数据将永久固定；之后新增的记录不会改变它。</translation>
    </message>
    <message>
        <source>Signed.</source>
        <translation>已签署。</translation>
    </message>
    <message>
        <source>Work report</source>
        <translation>工作报告</translation>
    </message>
    <message>
        <source>The report holds the room&apos;s figures, small counts suppressed, and your text. Keep the file where only those it is meant for can read it.</source>
        <translation>报告包含本室的统计数据（小数字已隐去）和您填写的文字。请把文件存放在只有相关人员能读取的地方。</translation>
    </message>
    <message>
        <source>The report was sent to the printer.</source>
        <translation>报告已发送到打印机。</translation>
    </message>
    <message>
        <source>Saved as {path}.</source>
        <translation>已保存为 {path}。</translation>
    </message>
    <message>
        <source>Save as Excel</source>
        <translation>另存为 Excel</translation>
    </message>
    <message>
        <source>The workbook holds the room&apos;s figures, small counts suppressed, and your text. Keep the file where only those it is meant for can read it.</source>
        <translation>工作簿包含本室的统计数据（小数字已隐去）和您填写的文字。请把文件存放在只有相关人员能读取的地方。</translation>
    </message>
    <message>
        <source>Nothing was saved: &quot;{path}&quot; could not be written (the drive may be full, removed or read-only).</source>
        <translation>未保存：无法写入“{path}”（存储设备可能已满、已拔出或只读）。</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Replace the records with the backup of {time}?</source>
        <translation>要用 {time} 的备份替换当前档案吗？</translation>
    </message>
    <message>
        <source>The backup holds: {summary}.</source>
        <translation>该备份包含：{summary}。</translation>
    </message>
    <message>
        <source>Everything recorded after {time} will no longer be in the records. The current database is not deleted: it is kept in the backups folder (&quot;Replaced by a restore&quot;) and can be restored again from the list. The backup is checked first; if the check finds a problem nothing is replaced. Afterwards the window locks, and you log in again with your password.</source>
        <translation>{time} 之后记录的所有内容都将不再保留在档案中。当前数据库不会被删除：它将保存在备份文件夹中（“恢复时被替换”），之后仍可从列表中恢复。系统会先校验备份，如发现问题则不替换任何内容。恢复完成后窗口将锁定，请用您的密码重新登录。</translation>
    </message>
    <message>
        <source>e.g. the database was damaged after a power cut</source>
        <translation>例如：停电后数据库损坏</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Kept in the audit log of both databases.</source>
        <translation>将同时记入两个数据库的审计日志。</translation>
    </message>
    <message>
        <source>Check the backup</source>
        <translation>校验备份</translation>
    </message>
    <message>
        <source>Replace the records now</source>
        <translation>立即替换档案</translation>
    </message>
    <message>
        <source>Lock and log in again</source>
        <translation>锁定并重新登录</translation>
    </message>
    <message>
        <source>Checking the backup and preparing a copy next to the records…</source>
        <translation>正在校验备份，并在档案旁准备一份副本…</translation>
    </message>
    <message>
        <source>The backup is sound: it opens with this installation&apos;s key, and its pages, structure, audit log and signed records are intact. Nothing has been replaced yet.</source>
        <translation>备份完好：可以用本次安装的密钥打开，其页面、结构、审计日志和已签署的记录均完整无损。目前尚未替换任何内容。</translation>
    </message>
    <message>
        <source>The backup failed its check, so the records were not replaced:</source>
        <translation>备份未通过校验，因此档案未被替换：</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The records were restored from the backup of {time}. The database they replaced is kept as {name}. The window locks now: log in again with your password to go on with the restored records.</source>
        <translation>已从 {time} 的备份恢复档案。被替换的数据库已保存为 {name}。窗口现在将锁定：请用您的密码重新登录，继续使用恢复后的档案。</translation>
    </message>
</context>
<context>
    <name>Roles</name>
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
        <source>Replacing the room&apos;s computer? Do not set up anew: bring the records here from a backup (for example on the USB drive) with the recovery sheet.</source>
        <translation>更换了咨询室的电脑？请不要重新设置：凭恢复密钥单从备份（例如 U 盘上的）把档案恢复到这里。</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>从备份恢复…</translation>
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
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Choose a student list</source>
        <translation>选择学生名单</translation>
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
        <source>{count} problem found: nothing will be imported. Correct the file (or the column choice) and check again.</source>
        <translation>发现 {count} 处问题：不会导入任何一行。请改正文件（或列的对应）后重新检查。</translation>
    </message>
    <message>
        <source>{count} problems found: nothing will be imported. Correct the file (or the column choice) and check again.</source>
        <translation>发现 {count} 处问题：不会导入任何一行。请改正文件（或列的对应）后重新检查。</translation>
    </message>
    <message>
        <source>Ready: {count} new client will be registered.</source>
        <translation>检查通过：将登记 {count} 位新来访者。</translation>
    </message>
    <message>
        <source>Ready: {count} new clients will be registered.</source>
        <translation>检查通过：将登记 {count} 位新来访者。</translation>
    </message>
    <message>
        <source>Everyone in this list is registered already; there is nothing new to import.</source>
        <translation>名单中的人都已登记，没有需要导入的新来访者。</translation>
    </message>
    <message>
        <source>Student lists (*.xlsx *.xls *.csv);;All files (*)</source>
        <translation>学生名单 (*.xlsx *.xls *.csv);;所有文件 (*)</translation>
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
    <name>ScaleImport</name>
    <message>
        <source>{name} — code {code}, version {version}</source>
        <translation>{name} — 代码 {code}，版本 {version}</translation>
    </message>
    <message>
        <source>{items} items, {options} answer options each; totals {low} to {high}</source>
        <translation>共 {items} 题，每题 {options} 个选项；总分范围 {low}–{high}</translation>
    </message>
    <message>
        <source>{low}–{high} {label}</source>
        <translation>{low}–{high} 分 {label}</translation>
    </message>
    <message>
        <source>Bands: {bands}</source>
        <translation>严重程度分级：{bands}</translation>
    </message>
    <message>
        <source>Subscales: {names}</source>
        <translation>分量表：{names}</translation>
    </message>
    <message>
        <source>Reverse-scored items: {items}</source>
        <translation>反向计分题目：{items}</translation>
    </message>
    <message>
        <source>critical items {items}</source>
        <translation>关键条目 {items}</translation>
    </message>
    <message>
        <source>alert bands {bands}</source>
        <translation>预警分级 {bands}</translation>
    </message>
    <message>
        <source>Opens the crisis workflow on: {what}</source>
        <translation>触发危机干预的条件：{what}</translation>
    </message>
    <message>
        <source>Licence stated in the file: {licence}</source>
        <translation>文件中注明的授权：{licence}</translation>
    </message>
</context>
<context>
    <name>ScaleImportDialog</name>
    <message>
        <source>Scale library</source>
        <translation>量表库</translation>
    </message>
    <message>
        <source>The scales counsellors can give. PHQ-9 and GAD-7 are built in (free to reproduce). A scale the school holds a licence for (e.g. SCL-90, SAS, SDS, MHT) is imported from its definition file; a stored scale is never changed — a corrected one is imported as a new version.</source>
        <translation>咨询师可使用的量表。PHQ-9 和 GAD-7 为内置量表（可免费复制使用）。学校已获授权的量表（如 SCL-90、SAS、SDS、MHT）可通过其定义文件导入；已入库的量表不会被修改，如需更正，请作为新版本导入。</translation>
    </message>
    <message>
        <source>In the library</source>
        <translation>库中量表</translation>
    </message>
    <message>
        <source>Import a scale</source>
        <translation>导入量表</translation>
    </message>
    <message>
        <source>Import scale…</source>
        <translation>导入量表…</translation>
    </message>
    <message>
        <source>Choose a scale definition file (.json) to check</source>
        <translation>选择要检查的量表定义文件（.json）</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>尚未选择文件。</translation>
    </message>
    <message>
        <source>e.g. 学校已购买 SCL-90 使用授权，2026</source>
        <translation>例如：学校已购买 SCL-90 使用授权，2026</translation>
    </message>
    <message>
        <source>Licence note</source>
        <translation>授权说明</translation>
    </message>
    <message>
        <source>Required: on what terms the room may use this scale (bought licence, free to reproduce, permission of the author…). It is kept with the scale.</source>
        <translation>必填：本咨询室使用该量表的依据（已购买授权、可免费复制、已获作者许可等）。该说明将与量表一同保存。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Store the checked scale in the library</source>
        <translation>将检查通过的量表存入量表库</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Licence: {note}</source>
        <translation>授权说明：{note}</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>出处：{source}</translation>
    </message>
    <message>
        <source>Choose a scale definition</source>
        <translation>选择量表定义文件</translation>
    </message>
    <message>
        <source>Scale definitions (*.json);;All files (*)</source>
        <translation>量表定义文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The file cannot be read: {path}</source>
        <translation>无法读取文件：{path}</translation>
    </message>
    <message>
        <source>This file cannot be imported. {reason}</source>
        <translation>无法导入此文件。{reason}</translation>
    </message>
    <message>
        <source>The file is a valid scale definition. Add the licence note and import it.</source>
        <translation>该文件是有效的量表定义。请填写授权说明后导入。</translation>
    </message>
    <message>
        <source>{name} version {version} was added to the library. Counsellors can give it now.</source>
        <translation>{name}（版本 {version}）已添加到量表库，咨询师现在即可使用。</translation>
    </message>
</context>
<context>
    <name>ScanViewer</name>
    <message>
        <source>Signed consent form</source>
        <translation>已签署的知情同意书</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>上一页（Page Up）</translation>
    </message>
    <message>
        <source>Go to page</source>
        <translation>跳转到页</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>下一页（Page Down）</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页码</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>缩小（Ctrl+-）</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>放大（Ctrl++）</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Show the whole width of the page (Ctrl+0)</source>
        <translation>显示页面的完整宽度（Ctrl+0）</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>实际大小</translation>
    </message>
    <message>
        <source>Show the scan at 100 % (Ctrl+1)</source>
        <translation>按 100% 显示扫描件（Ctrl+1）</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Print a paper copy of the signed form (recorded in the audit log)</source>
        <translation>打印已签署同意书的纸质副本（记入审计日志）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Ctrl + mouse wheel zooms. The scan is shown from the encrypted records and is not saved anywhere.</source>
        <translation>按住 Ctrl 滚动鼠标滚轮可缩放。扫描件直接从加密档案中显示，不会保存到任何位置。</translation>
    </message>
    <message>
        <source>Signed consent form — {name}</source>
        <translation>已签署的知情同意书 — {name}</translation>
    </message>
    <message>
        <source>{title} — {name}</source>
        <translation>{title} — {name}</translation>
    </message>
    <message>
        <source>The scan cannot be shown: the file is damaged or of an unknown kind.</source>
        <translation>无法显示扫描件：文件已损坏或格式无法识别。</translation>
    </message>
    <message>
        <source>of {count}</source>
        <translation>共 {count} 页</translation>
    </message>
</context>
<context>
    <name>ScopeTree</name>
    <message>
        <source>Grade / class</source>
        <translation>年级 / 班级</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>学生人数</translation>
    </message>
    <message>
        <source>(no grade)</source>
        <translation>（未填年级）</translation>
    </message>
    <message>
        <source>(no class)</source>
        <translation>（未填班级）</translation>
    </message>
</context>
<context>
    <name>ScreeningEntryDialog</name>
    <message>
        <source>Type paper sheets: {scale}</source>
        <translation>录入纸质答卷：{scale}</translation>
    </message>
    <message>
        <source>{campaign} · {scale}, {items} items. Type the student number, a space, then one key per item ({keys}) as ticked on the paper; spaces are ignored. Enter saves the sheet and empties the line for the next student.</source>
        <translation>{campaign} · {scale}，共 {items} 题。请输入学号，空一格，再按纸质答卷上勾选的选项逐题输入，每题一个键（{keys}）；空格会被忽略。按 Enter 保存该答卷并清空输入行，接着录入下一位学生。</translation>
    </message>
    <message>
        <source>e.g. 20230101 1203…</source>
        <translation>例如：20230101 1203…</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>答卷</translation>
    </message>
    <message>
        <source>Save sheet</source>
        <translation>保存答卷</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close and discard the sheet typed but not saved?</source>
        <translation>要关闭并放弃已输入但尚未保存的答卷吗？</translation>
    </message>
    <message>
        <source>Start with the student number.</source>
        <translation>请先输入学号。</translation>
    </message>
    <message>
        <source>Student number {number}: type a space, then the answers.</source>
        <translation>学号 {number}：请输入一个空格，再输入作答。</translation>
    </message>
    <message>
        <source>{name}, {grade} {class_name}</source>
        <translation>{name}，{grade}{class_name}</translation>
    </message>
    <message>
        <source>{who}: already screened on this scale.</source>
        <translation>{who}：该量表已有普查答卷。</translation>
    </message>
    <message>
        <source>{typed} of {expected} answers</source>
        <translation>已输入 {typed} / {expected} 题</translation>
    </message>
    <message>
        <source>invalid sheet (validity scale)</source>
        <translation>无效答卷（效度量表）</translation>
    </message>
    <message>
        <source>total {total}, positive</source>
        <translation>总分 {total}，阳性</translation>
    </message>
    <message>
        <source>total {total}, not positive</source>
        <translation>总分 {total}，未检出</translation>
    </message>
    <message>
        <source>Saved: {name}, total {total}. Sheets saved here: {count}.</source>
        <translation>已保存：{name}，总分 {total}。本次已保存 {count} 份答卷。</translation>
    </message>
</context>
<context>
    <name>ScreeningHistoryPanel</name>
    <message>
        <source>The client&apos;s answer sheets in the school&apos;s screening campaigns, and what the interview led to. A screening is separate from counselling: it is shown here for the whole picture.</source>
        <translation>该来访者在学校心理普查中的答卷，以及约谈后的处理结果。心理普查与心理咨询相互独立，在此显示仅为便于全面了解情况。</translation>
    </message>
    <message>
        <source>Not screened in any campaign.</source>
        <translation>未参加过任何心理普查。</translation>
    </message>
</context>
<context>
    <name>ScreeningImportDialog</name>
    <message>
        <source>Import answer sheets: {campaign}</source>
        <extracomment>Rows shown in the preview&apos;s tables; the counts above them are of the whole file.</extracomment>
        <translation>导入答卷：{campaign}</translation>
    </message>
    <message>
        <source>Answer sheets from a questionnaire tool&apos;s or scanning service&apos;s Excel (.xlsx) or CSV file, one row per student. The file is checked first: if any row has a problem, no sheet is stored, so a file is never half imported (all or nothing).</source>
        <translation>从问卷工具或答题卡扫描服务导出的 Excel（.xlsx）或 CSV 文件导入答卷，每名学生一行。导入前会先检查文件：只要有一行有问题，就一份答卷也不保存，文件不会只导入一半（要么全部导入，要么全不导入）。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>1  Choose the scale and the file</source>
        <translation>1  选择量表和文件</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>量表</translation>
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
        <source>All items in order, the first in</source>
        <translation>所有题目按顺序依次对应，第 1 题所在列</translation>
    </message>
    <message>
        <source>Answers written as</source>
        <translation>作答记录方式</translation>
    </message>
    <message>
        <source>worked out from the values</source>
        <translation>根据内容自动判断</translation>
    </message>
    <message>
        <source>option number (1 = the first option)</source>
        <translation>选项序号（1 = 第一个选项）</translation>
    </message>
    <message>
        <source>option code</source>
        <translation>选项代码</translation>
    </message>
    <message>
        <source>option words</source>
        <translation>选项文字</translation>
    </message>
    <message>
        <source>score</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>How the file writes an answer: choose when a value could mean two options</source>
        <translation>文件中作答的记录方式：当某个值可能对应两个选项时请选择</translation>
    </message>
    <message>
        <source>Students are found by student number, or else by name and class. Check each item&apos;s column below.</source>
        <translation>按学号识别学生；没有学号时按姓名和班级识别。请在下方核对每道题对应的列。</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>题号</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>题干</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>3  Check the preview</source>
        <translation>3  检查预览</translation>
    </message>
    <message>
        <source>Choose a file to see what would be stored.</source>
        <translation>选择文件后，这里会显示将要保存的内容。</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>答卷</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Choose a file of answer sheets</source>
        <translation>选择答卷文件</translation>
    </message>
    <message>
        <source>Answer sheets (*.xlsx *.csv);;All files (*)</source>
        <translation>答卷 (*.xlsx *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>（文件中没有）</translation>
    </message>
    <message>
        <source>Checking the sheets…</source>
        <translation>正在检查答卷…</translation>
    </message>
    <message>
        <source>Sheets without a problem: {good}    Rows with problems: {rows}    Problems: {problems}</source>
        <translation>无问题的答卷：{good}    有问题的行：{rows}    问题：{problems}</translation>
    </message>
    <message>
        <source>To be stored: {count}    Positive: {positive}    Invalid (validity rule): {invalid}</source>
        <translation>将保存：{count}    阳性：{positive}    无效（效度规则）：{invalid}</translation>
    </message>
    <message>
        <source>Sheets ({count})</source>
        <translation>答卷（{count}）</translation>
    </message>
    <message>
        <source>Problems ({count})</source>
        <translation>问题（{count}）</translation>
    </message>
    <message>
        <source>{count} problem found: nothing will be stored. Correct the file (or the column choice) and check again.</source>
        <translation>发现 {count} 处问题：不会保存任何答卷。请改正文件（或列的对应）后重新检查。</translation>
    </message>
    <message>
        <source>{count} problems found: nothing will be stored. Correct the file (or the column choice) and check again.</source>
        <translation>发现 {count} 处问题：不会保存任何答卷。请改正文件（或列的对应）后重新检查。</translation>
    </message>
    <message>
        <source>Ready: {count} answer sheet will be stored.</source>
        <translation>检查通过：将保存 {count} 份答卷。</translation>
    </message>
    <message>
        <source>Ready: {count} answer sheets will be stored.</source>
        <translation>检查通过：将保存 {count} 份答卷。</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>阳性</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>阴性</translation>
    </message>
    <message>
        <source> · critical answer</source>
        <translation> · 关键条目作答</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>表头</translation>
    </message>
    <message>
        <source>(the first {shown} are listed)</source>
        <translation>（仅列出前 {shown} 条）</translation>
    </message>
    <message>
        <source>Nothing to preview.</source>
        <translation>没有可预览的内容。</translation>
    </message>
    <message>
        <source>Storing the answer sheets…</source>
        <translation>正在保存答卷…</translation>
    </message>
    <message>
        <source>The sheets below are stored. Choose the next file, or close.</source>
        <translation>以下答卷已保存。请选择下一个文件，或关闭窗口。</translation>
    </message>
    <message>
        <source>Stored: {count} answer sheet ({positive} positive, {invalid} invalid).</source>
        <translation>已保存 {count} 份答卷（阳性 {positive} 份，无效 {invalid} 份）。</translation>
    </message>
    <message>
        <source>Stored: {count} answer sheets ({positive} positive, {invalid} invalid).</source>
        <translation>已保存 {count} 份答卷（阳性 {positive} 份，无效 {invalid} 份）。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ScreeningPage</name>
    <message>
        <source>School-wide screening: a scale for the students of some grades or classes, every positive invited to an interview and followed to an outcome. A screened student needs no case; results are as confidential as test results.</source>
        <extracomment>Built by other parts of the work; their buttons show only once the module is there.</extracomment>
        <translation>全校心理普查：对部分年级或班级的学生施测量表，每位阳性学生都将被邀请约谈，并跟进至得出结论。参加普查的学生无需建立个案；普查结果与心理测验结果同样保密。</translation>
    </message>
    <message>
        <source>New campaign…</source>
        <translation>新建普查…</translation>
    </message>
    <message>
        <source>Set up a campaign: scales, grades and classes, window, notice</source>
        <translation>设置心理普查：量表、年级和班级、普查时间、告知情况</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Answer sheets</source>
        <translation>答卷</translation>
    </message>
    <message>
        <source>Invite…</source>
        <translation>邀请…</translation>
    </message>
    <message>
        <source>Record that the student was invited to an interview</source>
        <translation>记录已邀请该学生参加约谈</translation>
    </message>
    <message>
        <source>Record interview…</source>
        <translation>记录约谈…</translation>
    </message>
    <message>
        <source>The day of the interview and what was found</source>
        <translation>约谈日期及约谈发现</translation>
    </message>
    <message>
        <source>Record outcome…</source>
        <translation>记录结论…</translation>
    </message>
    <message>
        <source>No concern, a counselling case, or the attention register</source>
        <translation>无需跟进、建立个案或列入重点关注</translation>
    </message>
    <message>
        <source>To interview</source>
        <translation>约谈名单</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>普查时间</translation>
    </message>
    <message>
        <source>Scales</source>
        <translation>量表</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>普查对象</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>约谈跟进</translation>
    </message>
    <message>
        <source>Notice given</source>
        <translation>告知情况</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>不参加</translation>
    </message>
    <message>
        <source>Opted out by parents</source>
        <translation>家长申请不参加</translation>
    </message>
    <message>
        <source>Set up by</source>
        <translation>创建人</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Change the campaign: who, window, notice, who is left out</source>
        <translation>修改心理普查：普查对象、普查时间、告知情况、不参加的学生</translation>
    </message>
    <message>
        <source>Open campaign</source>
        <translation>开始普查</translation>
    </message>
    <message>
        <source>Start entering answer sheets (needs the notice)</source>
        <translation>开始录入答卷（需先填写告知情况）</translation>
    </message>
    <message>
        <source>Close campaign</source>
        <translation>结束普查</translation>
    </message>
    <message>
        <source>No more answer sheets; interviews and outcomes go on</source>
        <translation>不再录入答卷；约谈和结论记录照常进行</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>心理普查</translation>
    </message>
    <message>
        <source>No screening campaign yet. The supervisor sets one up with New campaign….</source>
        <translation>还没有心理普查。请负责人点击“新建普查…”创建。</translation>
    </message>
    <message>
        <source>Choose a campaign to see it.</source>
        <translation>请选择一项心理普查以查看详情。</translation>
    </message>
    <message>
        <source>Answer sheets can be entered while the campaign is open.</source>
        <translation>普查开始后才能录入答卷。</translation>
    </message>
    <message>
        <source>The campaign is closed: no more answer sheets.</source>
        <translation>本次普查已结束：不能再录入答卷。</translation>
    </message>
    <message>
        <source> · opened {day}</source>
        <translation> · {day} 开始</translation>
    </message>
    <message>
        <source> · closed {day}</source>
        <translation> · {day} 结束</translation>
    </message>
    <message>
        <source>{scope}: {n} students on its roll when it closed</source>
        <translation>{scope}：结束时名单内共 {n} 名学生</translation>
    </message>
    <message>
        <source>{scope}: {n} students on the roster</source>
        <translation>{scope}：名单内共 {n} 名学生</translation>
    </message>
    <message>
        <source>{scale}: {done} of {all} screened</source>
        <translation>{scale}：已测 {done} / {all} 人</translation>
    </message>
    <message>
        <source>{n} student to interview</source>
        <translation>需约谈 {n} 名学生</translation>
    </message>
    <message>
        <source>{n} students to interview</source>
        <translation>需约谈 {n} 名学生</translation>
    </message>
    <message>
        <source>{follow}, {alerts} with a critical answer; {done} interviewed</source>
        <translation>{follow}，其中 {alerts} 名有关键条目作答；已约谈 {done} 名</translation>
    </message>
    <message>
        <source>(not entered yet: needed before the campaign opens)</source>
        <translation>（尚未填写：开始普查前必须填写）</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无</translation>
    </message>
    <message>
        <source> … and {n} more</source>
        <translation> ……另有 {n} 人</translation>
    </message>
    <message>
        <source>{n}: {names}</source>
        <translation>{n} 人：{names}</translation>
    </message>
    <message>
        <source>{scale}, item {item}: critical answer — {note}</source>
        <translation>{scale} 第 {item} 题：关键条目作答——{note}</translation>
    </message>
    <message>
        <source>Interviewed on {day} by {name}: {note}</source>
        <translation>{day} 由 {name} 约谈：{note}</translation>
    </message>
    <message>
        <source>Outcome: {outcome}</source>
        <translation>结论：{outcome}</translation>
    </message>
    <message>
        <source>{name}: no critical answer.</source>
        <translation>{name}：无关键条目作答。</translation>
    </message>
    <message>
        <source>Campaign set up: {name}.</source>
        <translation>已创建心理普查：{name}。</translation>
    </message>
    <message>
        <source>Campaign changed: {name}.</source>
        <translation>已修改心理普查：{name}。</translation>
    </message>
    <message>
        <source>Open &quot;{name}&quot; for answer sheets? Its scales cannot change after this.</source>
        <translation>要开始“{name}”并录入答卷吗？开始后将不能再更改量表。</translation>
    </message>
    <message>
        <source>Campaign opened: {name}.</source>
        <translation>心理普查已开始：{name}。</translation>
    </message>
    <message>
        <source>Close &quot;{name}&quot;? No more answer sheets can be entered; interviews and outcomes go on.</source>
        <translation>要结束“{name}”吗？结束后不能再录入答卷；约谈和结论记录照常进行。</translation>
    </message>
    <message>
        <source>Campaign closed: {name}.</source>
        <translation>心理普查已结束：{name}。</translation>
    </message>
    <message>
        <source>Invitation recorded: {name}.</source>
        <translation>已记录约谈邀请：{name}。</translation>
    </message>
    <message>
        <source>Interview recorded: {name}.</source>
        <translation>已记录约谈：{name}。</translation>
    </message>
    <message>
        <source>Outcome recorded for {name}: {outcome}.</source>
        <translation>已记录 {name} 的约谈结论：{outcome}。</translation>
    </message>
</context>
<context>
    <name>ScreeningSummaryExport</name>
    <message>
        <source>Export the summary</source>
        <extracomment>The choices of the first question, by the name of their button.</extracomment>
        <translation>导出汇总</translation>
    </message>
    <message>
        <source>The summary for the school&apos;s leadership: students counted by grade and class, small counts hidden (&quot;&lt;k&quot;, &quot;x&quot;), no names or student numbers. How should it go out?</source>
        <translation>提交学校领导的汇总：按年级和班级统计人数，较小的数字会被隐去（显示为“&lt;k”或“x”），不含姓名和学号。请选择导出方式：</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Save as Excel…</source>
        <translation>另存为 Excel…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Screening summary</source>
        <translation>心理普查汇总</translation>
    </message>
    <message>
        <source>The summary holds the campaign&apos;s figures by grade and class, small counts hidden. Keep the file where only those it is meant for can read it.</source>
        <translation>汇总包含本次普查按年级和班级统计的数据（小数字已隐去）。请把文件存放在只有相关人员能读取的地方。</translation>
    </message>
    <message>
        <source>The summary was sent to the printer.</source>
        <translation>汇总已发送到打印机。</translation>
    </message>
    <message>
        <source>Saved as {path}.</source>
        <translation>已保存为 {path}。</translation>
    </message>
    <message>
        <source>Save as Excel</source>
        <translation>另存为 Excel</translation>
    </message>
    <message>
        <source>The workbook holds the campaign&apos;s figures by grade and class, small counts hidden. Keep the file where only those it is meant for can read it.</source>
        <translation>工作簿包含本次普查按年级和班级统计的数据（小数字已隐去）。请把文件存放在只有相关人员能读取的地方。</translation>
    </message>
    <message>
        <source>Nothing was saved: &quot;{path}&quot; could not be written (the drive may be full, removed or read-only).</source>
        <translation>未保存：无法写入“{path}”（存储设备可能已满、已拔出或只读）。</translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <source>Client</source>
        <translation>来访者</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>档案号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>咨询记录</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>咨询师</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>所在栏目</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>摘录</translation>
    </message>
    <message>
        <source>Visit {no}</source>
        <translation>第 {no} 次</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
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
        <source>Addendum</source>
        <translation>补充说明</translation>
    </message>
    <message>
        <source>Words in the visit notes, at least 2 characters (e.g. 焦虑)</source>
        <translation>咨询记录中的词语，至少 2 个字（例如：焦虑）</translation>
    </message>
    <message>
        <source>Searches presenting issue, complaint, session process, assessment, next steps and addenda. Press Enter or pause typing. (Ctrl+F)</source>
        <translation>搜索主要问题、主诉、咨询过程、咨询师评估、下一步计划和补充说明。按回车键或停止输入即开始搜索。（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Search now</source>
        <translation>立即搜索</translation>
    </message>
    <message>
        <source>All cases (reason required)</source>
        <translation>全部个案（需填写原因）</translation>
    </message>
    <message>
        <source>Search every counsellor&apos;s notes. You are asked for the reason; each search is recorded in the audit log.</source>
        <translation>搜索所有咨询师的记录。需要填写原因，每次搜索都会记入审计日志。</translation>
    </message>
    <message>
        <source>More…</source>
        <translation>更多…</translation>
    </message>
    <message>
        <source>Show the next older results</source>
        <translation>显示更早的结果</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>打开个案</translation>
    </message>
    <message>
        <source>Open the case of the selected result (or double-click it)</source>
        <translation>打开所选结果的个案（或双击该结果）</translation>
    </message>
    <message>
        <source>Press Enter to search all cases for &quot;{text}&quot;.</source>
        <translation>按回车键，在全部个案中搜索“{text}”。</translation>
    </message>
    <message>
        <source>Type at least 2 characters to search the visit notes.</source>
        <translation>请输入至少 2 个字来搜索咨询记录。</translation>
    </message>
    <message>
        <source>Type at least 2 characters: one character finds too much.</source>
        <translation>请输入至少 2 个字：只输入一个字，匹配结果太多。</translation>
    </message>
    <message>
        <source>No results for &quot;{text}&quot;.</source>
        <translation>没有找到“{text}”的相关结果。</translation>
    </message>
    <message>
        <source>Only the newest {count} results for &quot;{text}&quot; are shown. Add more words to narrow the search.</source>
        <translation>仅显示“{text}”最新的 {count} 条结果。请增加关键词以缩小范围。</translation>
    </message>
    <message>
        <source>{count} result for &quot;{text}&quot;. Double-click it to open its case.</source>
        <translation>“{text}”共找到 {count} 条结果。双击可打开其个案。</translation>
    </message>
    <message>
        <source>{count} results for &quot;{text}&quot;. Double-click a result to open its case.</source>
        <translation>“{text}”共有 {count} 条结果。双击某条结果可打开其个案。</translation>
    </message>
    <message>
        <source>Searching all cases. Reason: {reason}. Every search is recorded in the audit log, so searches run when you press Enter.</source>
        <translation>正在搜索全部个案。原因：{reason}。每次搜索都会记入审计日志，因此按回车键时才开始搜索。</translation>
    </message>
    <message>
        <source>Searches the notes and addenda of your own cases and the cases shared with you.</source>
        <translation>搜索您自己的个案以及共享给您的个案中的记录和补充说明。</translation>
    </message>
</context>
<context>
    <name>Selftest</name>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>missing:</source>
        <translation>缺少：</translation>
    </message>
    <message>
        <source>CounselRoom</source>
        <translation>程序版本</translation>
    </message>
    <message>
        <source>Key store</source>
        <translation>系统密钥库</translation>
    </message>
    <message>
        <source>Font for PDFs</source>
        <translation>PDF 字体</translation>
    </message>
    <message>
        <source>Font on screen</source>
        <translation>界面字体</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>界面翻译</translation>
    </message>
    <message>
        <source>Scales</source>
        <translation>量表</translation>
    </message>
    <message>
        <source>Database structure</source>
        <translation>数据库结构</translation>
    </message>
    <message>
        <source>draws U+4DAE and other rare name characters</source>
        <translation>可显示 U+4DAE 等生僻姓名用字</translation>
    </message>
    <message>
        <source>judge it on the computer CounselRoom is installed on</source>
        <translation>请在安装本软件的电脑上检查</translation>
    </message>
    <message>
        <source>not a key store CounselRoom accepts: it needs Windows Credential Manager, the macOS Keychain or the Secret Service (GNOME Keyring, KWallet)</source>
        <translation>本软件不接受这个密钥库：需要 Windows 凭据管理器、macOS 钥匙串或 Secret Service（GNOME 密钥环、KWallet）</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>not judged</source>
        <translation>未判断</translation>
    </message>
    <message>
        <source>CounselRoom self-test</source>
        <translation>心理咨询室档案管理 · 安装自检</translation>
    </message>
    <message>
        <source>Everything needed is in place.</source>
        <translation>所需的一切都已就绪。</translation>
    </message>
    <message>
        <source>{n} check failed: CounselRoom is not ready on this computer.</source>
        <translation>{n} 项检查未通过：本软件在这台电脑上还不能使用。</translation>
    </message>
    <message>
        <source>{n} checks failed: CounselRoom is not ready on this computer.</source>
        <translation>{n} 项检查未通过：本软件在这台电脑上还不能使用。</translation>
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
        <source>The rules ask for at least {floor} hours every week (每周不少于{floor}小时). The duty log measures each week against this.</source>
        <translation>制度要求“每周不少于{floor}小时”。值班记录按每周 {floor} 小时的标准衡量各周开放时长。</translation>
    </message>
    <message>
        <source> hours a week</source>
        <translation> 小时/周</translation>
    </message>
    <message>
        <source>Open at least</source>
        <translation>最低开放时长</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <source>Save the room name, automatic lock, opening hours, the weekly minimum and the settings for statistics and reports</source>
        <translation>保存咨询室名称、自动锁定、开放时间、每周最低开放时长以及统计与报告设置</translation>
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
        <source>Every backup carries the recovery code valid when it was made: with the sheet, a backup on the USB drive brings the records back on a new computer. Backups made before a new code open only with the old one, so after printing a new sheet make a new backup to the USB drive. Keep the sheet in the locked cabinet and the USB drive somewhere else.</source>
        <translation>每份备份都带有制作时有效的恢复码：凭恢复密钥单，U 盘上的备份能在新电脑上恢复全部档案。换新恢复码之前做的备份只能用旧恢复码打开，所以打印新的恢复密钥单后请往 U 盘做一份新备份。恢复密钥单锁在档案柜里，U 盘放在别处。</translation>
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
        <source>Checked now: the recovery slot in the key file is sound; the printed sheet opens the records.</source>
        <translation>刚刚检查：密钥文件中的恢复槽位完好，打印的恢复密钥单可以打开档案。</translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation>{n} 分钟</translation>
    </message>
    <message>
        <source>{n} hours a week</source>
        <translation>每周 {n} 小时</translation>
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

The current recovery sheet stops working at once for the records on this computer and the backups in its data folder. You will see the new code and can print the new sheet right away; then destroy the old sheet.

Backups already on a USB drive keep the code of their time and still open only with the old sheet: after printing the new sheet, make a new backup to the USB drive.</source>
        <translation>生成新的恢复码？

对这台电脑上的档案及其数据文件夹中的备份，当前的恢复密钥单立即失效。您会看到新恢复码，并可以马上打印新的恢复密钥单；然后请销毁旧单。

已经在 U 盘上的备份保留当时的恢复码，仍然只能用旧单打开：打印新单后，请往 U 盘做一份新备份。</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share {case}</source>
        <translation>共享 {case}</translation>
    </message>
    <message>
        <source>A counsellor the case is shared with can open it and its records like their own. Every opening is recorded in the audit log.</source>
        <translation>个案共享给某位咨询师后，对方可以像打开自己的个案一样打开该个案及其记录。每次打开都会记入审计日志。</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>取消共享</translation>
    </message>
    <message>
        <source>The selected counsellor can no longer open the case</source>
        <translation>所选咨询师将不能再打开该个案</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>已共享给</translation>
    </message>
    <message>
        <source>Choose the counsellor</source>
        <translation>选择咨询师</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>共享</translation>
    </message>
    <message>
        <source>Share with</source>
        <translation>共享给</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Not shared with anyone.</source>
        <translation>尚未共享给任何人。</translation>
    </message>
    <message>
        <source>Shared with {name}.</source>
        <translation>已共享给 {name}。</translation>
    </message>
    <message>
        <source>{name} can no longer open the case.</source>
        <translation>{name} 已不能再打开该个案。</translation>
    </message>
</context>
<context>
    <name>SheetsModel</name>
    <message>
        <source>Student</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Student no.</source>
        <translation>学号</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>录入</translation>
    </message>
</context>
<context>
    <name>SheetsTab</name>
    <message>
        <source>Scale</source>
        <extracomment>The status filter&apos;s choices besides each state: every student, and those whose follow-up is not done.</extracomment>
        <translation>量表</translation>
    </message>
    <message>
        <source>Name, student no. or class</source>
        <translation>姓名、学号或班级</translation>
    </message>
    <message>
        <source>Type paper sheets…</source>
        <translation>录入纸质答卷…</translation>
    </message>
    <message>
        <source>Type each student&apos;s answers from the paper sheets, one line a student</source>
        <translation>按纸质答卷录入每位学生的作答，每位学生一行</translation>
    </message>
    <message>
        <source>Import answer sheets…</source>
        <translation>导入答卷…</translation>
    </message>
    <message>
        <source>Read a questionnaire tool&apos;s or scanning service&apos;s Excel/CSV file</source>
        <translation>读取问卷工具或答题卡扫描服务导出的 Excel/CSV 文件</translation>
    </message>
    <message>
        <source>Screened ({n})</source>
        <translation>已测（{n}）</translation>
    </message>
    <message>
        <source>Not screened yet ({n})</source>
        <translation>尚未施测（{n}）</translation>
    </message>
</context>
<context>
    <name>ShiftsModel</name>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>值班人</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>来访人次</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>记录方式</translation>
    </message>
    <message>
        <source>Events and notes</source>
        <translation>事件与备注</translation>
    </message>
    <message>
        <source>The notes of a colleague&apos;s shift are read by the supervisor.</source>
        <translation>同事值班时段的备注仅负责人可查看。</translation>
    </message>
    <message>
        <source>Recorded by {name}; corrected once.</source>
        <translation>由 {name} 记录；已更正 1 次。</translation>
    </message>
    <message>
        <source>Recorded by {name}; corrected {n} times.</source>
        <translation>由 {name} 登记；已更正 {n} 次。</translation>
    </message>
    <message>
        <source>Recorded by {name}.</source>
        <translation>由 {name} 登记。</translation>
    </message>
    <message>
        <source>Never ended. Enter the time it ended (End a forgotten duty…).</source>
        <translation>未结束。请填写结束时间（补记值班结束时间…）。</translation>
    </message>
    <message>
        <source>not ended</source>
        <translation>未结束</translation>
    </message>
    <message>
        <source>on duty</source>
        <translation>值班中</translation>
    </message>
    <message>
        <source>(notes for the supervisor)</source>
        <translation>（仅负责人可见的备注）</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <source>Internal: exact small counts, not for use outside the room. Printed and exported reports hide small counts.</source>
        <translation>内部统计，含精确小数字，不得外传。打印和导出的报告会隐去小数字。</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>学期</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>学年</translation>
    </message>
    <message>
        <source>Range of days</source>
        <translation>日期范围</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一个</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一个 ▶</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Whole room</source>
        <translation>全室</translation>
    </message>
    <message>
        <source>Whose work</source>
        <translation>统计对象</translation>
    </message>
    <message>
        <source>Your own work</source>
        <translation>本人工作</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
</context>
<context>
    <name>StockDialog</name>
    <message>
        <source>Change stock</source>
        <translation>调整库存</translation>
    </message>
    <message>
        <source>{name}: {on_hand} in the cabinet, {out} out, {total} in all</source>
        <translation>{name}：柜中 {on_hand} 份，未归还 {out} 份，共 {total} 份</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>调整方式</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <source>e.g. bought 50 from the publisher; water damage</source>
        <translation>例如：从出版社购入 50 份；受潮损坏</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Required. It is kept with the movement and in the audit log.</source>
        <translation>必填。将随本次库存变动一并保存，并记入审计日志。</translation>
    </message>
    <message>
        <source>Counted in the cabinet</source>
        <translation>柜中清点数</translation>
    </message>
    <message>
        <source>Count the cabinet and enter what is there; the total follows.</source>
        <translation>请清点柜中实际份数并填写，总数将随之调整。</translation>
    </message>
    <message>
        <source>Damaged, spoilt or outdated copies in the cabinet. Used-up forms are recorded when they are taken back.</source>
        <translation>柜中损坏、污损或过期的份数。已使用的问卷在归还时登记。</translation>
    </message>
    <message>
        <source>New copies from the publisher or the licence holder. Test forms are never photocopied (不得复印).</source>
        <translation>从出版社或授权方购入的新份数。测验问卷一律不得复印。</translation>
    </message>
    <message>
        <source>In the cabinet {old} → {new}; in all {old_total} → {new_total}.</source>
        <translation>柜中 {old} → {new}；总数 {old_total} → {new_total}。</translation>
    </message>
</context>
<context>
    <name>StudentList</name>
    <message>
        <source>Add: name or student no.</source>
        <extracomment>student numbers pasted that are no student of the roster</extracomment>
        <translation>添加：输入姓名或学号</translation>
    </message>
    <message>
        <source>Paste numbers…</source>
        <translation>粘贴学号…</translation>
    </message>
    <message>
        <source>Paste a list of student numbers, e.g. copied from a spreadsheet</source>
        <translation>粘贴学号列表，例如从电子表格中复制的学号</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Student #{id} (not on the roster now)</source>
        <translation>学生 #{id}（已不在名单中）</translation>
    </message>
    <message>
        <source>Paste student numbers</source>
        <translation>粘贴学号</translation>
    </message>
    <message>
        <source>One or more student numbers, separated by lines, spaces or commas:</source>
        <translation>一个或多个学号，用换行、空格或逗号分隔：</translation>
    </message>
</context>
<context>
    <name>StudentsModel</name>
    <message>
        <source>Student</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Student no.</source>
        <translation>学号</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
</context>
<context>
    <name>SummaryTab</name>
    <message>
        <source>Internal, not to be passed on (内部，不得外传): exact counts, small ones too, for the supervisor in the room. What goes to the school&apos;s leadership is the export, with small counts hidden.</source>
        <translation>内部资料，不得外传：此处为精确数字（包括很小的数字），仅供负责人在咨询室内查看。提交学校领导的是导出的汇总，其中较小的数字会被隐去。</translation>
    </message>
    <message>
        <source>Export summary…</source>
        <translation>导出汇总…</translation>
    </message>
    <message>
        <source>The summary for the school&apos;s leadership, small counts hidden (PDF or workbook; recorded in the audit log)</source>
        <translation>提交学校领导的汇总，较小的数字会被隐去（PDF 或 Excel 工作簿；导出操作记入审计日志）</translation>
    </message>
    <message>
        <source>As of {day}: {students} students in scope, {excluded} excluded, {opted} opted out by their parents.</source>
        <translation>截至 {day}：普查对象 {students} 人，不参加 {excluded} 人，家长申请不参加 {opted} 人。</translation>
    </message>
</context>
<context>
    <name>TableCard</name>
    <message>
        <source>{table}: {subject}</source>
        <extracomment>Series in time: vertical bars, stacked by the columns.</extracomment>
        <translation>{table}：{subject}</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>该周期内没有数据。</translation>
    </message>
    <message>
        <source>Minimum {hours}</source>
        <translation>最低要求 {hours}</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>TakeBackDialog</name>
    <message>
        <source>Take back test materials</source>
        <translation>归还测验材料</translation>
    </message>
    <message>
        <source>Hand-out</source>
        <translation>领用记录</translation>
    </message>
    <message>
        <source>Back in the cabinet</source>
        <translation>放回柜中</translation>
    </message>
    <message>
        <source>Blank, undamaged copies.</source>
        <translation>空白、完好的份数。</translation>
    </message>
    <message>
        <source>Used up</source>
        <translation>已使用</translation>
    </message>
    <message>
        <source>Filled in by a client: they go into the client&apos;s paper file and leave the stock.</source>
        <translation>已由来访者填写：放入来访者的纸质档案，不再计入库存。</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>归还</translation>
    </message>
    <message>
        <source>A kit is not used up; the supervisor writes off damaged ones.</source>
        <translation>测验工具不会耗用；如有损坏，由负责人核销。</translation>
    </message>
    <message>
        <source>That is more than the {out} still out.</source>
        <translation>超过了未归还的 {out} 份。</translation>
    </message>
    <message>
        <source>{rest} stay out and are listed as outstanding until they come back.</source>
        <translation>还有 {rest} 份未归还，归还前会一直列为未归还。</translation>
    </message>
    <message>
        <source>Everything of this hand-out is accounted for.</source>
        <translation>此次领用的材料已全部清点完毕。</translation>
    </message>
</context>
<context>
    <name>TestEntry</name>
    <message>
        <source>Type {keys} to answer and go on to the next item; ↑/↓ move, Delete clears.</source>
        <translation>输入 {keys} 作答并跳到下一题；↑/↓ 切换题目，Delete 清除作答。</translation>
    </message>
    <message>
        <source>Date administered</source>
        <translation>施测日期</translation>
    </message>
    <message>
        <source>I explained the purpose and meaning of this test to the client</source>
        <translation>已向来访者说明本次测验的目的和意义</translation>
    </message>
    <message>
        <source>Before the test</source>
        <translation>测验前</translation>
    </message>
    <message>
        <source>Required: the answers are saved only once this is ticked.</source>
        <translation>必选：勾选此项后才能保存作答。</translation>
    </message>
    <message>
        <source>The recorded consent this test was given under (optional)</source>
        <translation>本次测验所依据的知情同意记录（选填）</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>知情同意</translation>
    </message>
    <message>
        <source>Fill in</source>
        <translation>填入</translation>
    </message>
    <message>
        <source>Fill every item from the answers typed on the left (Enter)</source>
        <translation>按左侧输入的作答填写全部题目（Enter）</translation>
    </message>
    <message>
        <source>From the paper form</source>
        <translation>从纸质问卷录入</translation>
    </message>
    <message>
        <source>What the result means for this client, read with what you know of them</source>
        <translation>结合对该来访者的了解，说明测验结果对其意味着什么</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>结果解释</translation>
    </message>
    <message>
        <source>Discard draft…</source>
        <translation>删除草稿…</translation>
    </message>
    <message>
        <source>Delete this unsigned test, e.g. a wrong scale or client</source>
        <translation>删除这条未签署的测验记录，例如选错了量表或来访者</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the answers and the interpretation (Ctrl+S)</source>
        <translation>保存作答和结果解释（Ctrl+S）</translation>
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
        <source>Choose a test, or start a new one.</source>
        <translation>请选择一条测验记录，或新建一条。</translation>
    </message>
    <message>
        <source>{name} (version {version})</source>
        <translation>{name}（版本 {version}）</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>来源：{source}</translation>
    </message>
    <message>
        <source>Type every answer in a row, one key per item ({n} items, e.g. {example}); &quot;-&quot; leaves an item out.</source>
        <translation>按题目顺序连续输入全部作答，每题一个键（共 {n} 题，例如 {example}）；输入“-”表示该题未作答。</translation>
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
        <source>{name} ({case_no}) · {scale} · {date} · {status}</source>
        <translation>{name}（{case_no}） · {scale} · {date} · {status}</translation>
    </message>
    <message>
        <source>Only {name}, who administered this test, can edit or sign it.</source>
        <translation>只有本次测验的施测人 {name} 才能编辑或签署该记录。</translation>
    </message>
    <message>
        <source>Digits answer the current item and move on; Save keeps the draft, signing locks it.</source>
        <translation>按数字键即可作答当前题目并跳到下一题；“保存”保存草稿，签署后记录将被锁定。</translation>
    </message>
    <message>
        <source>Signed on {when} by {name}. The record is sealed (seal {seal}…) and can no longer be changed.</source>
        <translation>{name} 已于 {when} 签署。记录已封存（校验码 {seal}…），不能再修改。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>{kind} · {giver} · {date}</source>
        <translation>{kind} · {giver} · {date}</translation>
    </message>
    <message>
        <source>{consent} (withdrawn)</source>
        <translation>{consent}（已撤回）</translation>
    </message>
    <message>
        <source>{n} of {total} items filled in from the paper form. Check them, then save.</source>
        <translation>已按纸质问卷填入 {n} 题（共 {total} 题）。请核对后保存。</translation>
    </message>
    <message>
        <source>The scale has {expected} items, but {found} answers were typed.</source>
        <translation>该量表共有 {expected} 个题目，但输入了 {found} 个作答。</translation>
    </message>
    <message>
        <source>Position {position}: &quot;{char}&quot; is not an answer to item {item} (type {keys}, or - to leave it out).</source>
        <translation>第 {position} 位：“{char}”不是题目 {item} 的有效作答（请输入 {keys}，未作答请输入 -）。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <source>Total: {total}</source>
        <translation>总分：{total}</translation>
    </message>
    <message>
        <source>Total: — (so far {partial})</source>
        <translation>总分：—（当前累计 {partial}）</translation>
    </message>
    <message>
        <source>All {n} items answered</source>
        <translation>全部 {n} 题均已作答</translation>
    </message>
    <message>
        <source>{missing} of {n} items not answered yet</source>
        <translation>共 {n} 题，尚有 {missing} 题未作答</translation>
    </message>
    <message>
        <source>{name} {score}</source>
        <translation>{name} {score}</translation>
    </message>
    <message>
        <source>Subscales: {list}</source>
        <translation>分量表：{list}</translation>
    </message>
    <message>
        <source>{name} {score} ({band})</source>
        <translation>{name} {score}（{band}）</translation>
    </message>
    <message>
        <source>{rule} ({value})</source>
        <translation>{rule}（{value}）</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Not valid: {rules}. The answers are not banded or screened.</source>
        <translation>作答无效：{rules}。不对作答进行分级和阳性判定。</translation>
    </message>
    <message>
        <source>Positive: {rules}</source>
        <translation>阳性：{rules}</translation>
    </message>
    <message>
        <source>A crisis intervention was opened for this case when the test was signed.</source>
        <translation>签署该测验时，已为此个案启动危机干预。</translation>
    </message>
    <message>
        <source>Item {item}</source>
        <translation>题目 {item}</translation>
    </message>
    <message>
        <source>{note} — answered &quot;{answer}&quot;: the crisis workflow will open when you sign.</source>
        <translation>{note}——作答为“{answer}”：签署后将启动危机干预流程。</translation>
    </message>
    <message>
        <source>The total is in the band &quot;{band}&quot;: the crisis workflow will open when you sign.</source>
        <translation>总分处于“{band}”分级：签署后将启动危机干预流程。</translation>
    </message>
    <message>
        <source>&quot;{subscale}&quot; is in the band &quot;{band}&quot;: the crisis workflow will open when you sign.</source>
        <translation>“{subscale}”处于“{band}”分级：签署后将启动危机干预流程。</translation>
    </message>
    <message>
        <source>Positive by &quot;{rule}&quot;: the crisis workflow will open when you sign.</source>
        <translation>符合阳性规则“{rule}”：签署后将启动危机干预流程。</translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation>已于 {time} 保存</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>未保存：{reason}</translation>
    </message>
    <message>
        <source>Unsaved answers</source>
        <translation>作答未保存</translation>
    </message>
    <message>
        <source>This test has changes that are not saved yet. Save them?</source>
        <translation>此测验有尚未保存的修改，是否保存？</translation>
    </message>
    <message>
        <source>After signing, the test record is locked and can no longer be changed.</source>
        <translation>签署后，测验记录将被锁定，不能再修改。</translation>
    </message>
    <message>
        <source>The answers call for a crisis intervention: it opens for this case when you sign.</source>
        <translation>根据作答情况需要进行危机干预：签署后将为此个案启动危机干预。</translation>
    </message>
    <message>
        <source>Sign it now?</source>
        <translation>现在签署吗？</translation>
    </message>
    <message>
        <source>Sign the test</source>
        <translation>签署测验</translation>
    </message>
    <message>
        <source>Crisis intervention opened</source>
        <translation>已启动危机干预</translation>
    </message>
    <message>
        <source>The test was signed. Its result opened a crisis intervention for this case: follow it through, step by step, on the Crises page.</source>
        <translation>测验已签署。根据测验结果，已为此个案启动危机干预：请在“危机干预”页面按步骤跟进处理。</translation>
    </message>
    <message>
        <source>Signed and locked.</source>
        <translation>已签署并锁定。</translation>
    </message>
    <message>
        <source>Discard the draft</source>
        <translation>删除草稿</translation>
    </message>
    <message>
        <source>Delete this unsigned {scale} test of {date} with its answers? This cannot be undone.</source>
        <translation>确定删除 {date} 这次未签署的 {scale} 测验及其作答吗？此操作无法撤销。</translation>
    </message>
</context>
<context>
    <name>TestsModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>量表</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>分级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>关键条目</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已签署</translation>
    </message>
    <message>
        <source>Draft, not signed</source>
        <translation>草稿，未签署</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>A critical answer (e.g. thoughts of self-harm): signing it opened, or will open, a crisis intervention</source>
        <translation>关键条目有风险作答（如自伤念头）：签署后已经或将会启动危机干预</translation>
    </message>
    <message>
        <source>{code}, version {version}</source>
        <translation>{code}，版本 {version}</translation>
    </message>
</context>
<context>
    <name>TestsPage</name>
    <message>
        <source>My open cases</source>
        <translation>我的进行中个案</translation>
    </message>
    <message>
        <source>Tests awaiting signature</source>
        <translation>待签署的测验</translation>
    </message>
    <message>
        <source>Your unsigned tests: double-click to continue</source>
        <translation>您未签署的测验：双击继续编辑</translation>
    </message>
    <message>
        <source>Scale library…</source>
        <translation>量表库…</translation>
    </message>
    <message>
        <source>The scales in use, and importing the room&apos;s own licensed scales</source>
        <translation>当前使用的量表，以及导入本咨询室已获授权的量表</translation>
    </message>
    <message>
        <source>Psychological tests</source>
        <translation>心理测验</translation>
    </message>
    <message>
        <source>{name} · {date}
{scale}</source>
        <translation>{name} · {date}
{scale}</translation>
    </message>
    <message>
        <source>Case no. {case_no}, started {date}</source>
        <translation>档案号 {case_no}，施测日期 {date}</translation>
    </message>
    <message>
        <source>No unsigned tests.</source>
        <translation>没有未签署的测验。</translation>
    </message>
    <message>
        <source>You have no open case. Tests are given within a case: open one on the Clients page.</source>
        <translation>您没有进行中的个案。心理测验须在个案中进行：请先在“来访者”页面开案。</translation>
    </message>
    <message>
        <source>Choose a case on the left to see its tests or start one.</source>
        <translation>请在左侧选择一个个案，查看其测验或新建测验。</translation>
    </message>
</context>
<context>
    <name>TestsPanel</name>
    <message>
        <source>New test…</source>
        <translation>新建测验…</translation>
    </message>
    <message>
        <source>Give the client a scale from the library</source>
        <translation>从量表库中选择量表为来访者施测</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Show the selected test (Enter or double-click)</source>
        <translation>查看所选测验（按 Enter 或双击）</translation>
    </message>
    <message>
        <source>Print report…</source>
        <translation>打印报告…</translation>
    </message>
    <message>
        <source>Print the selected test&apos;s report: answers, scores, band, interpretation and trend</source>
        <translation>打印所选测验的报告：作答、得分、分级、结果解释和变化趋势</translation>
    </message>
    <message>
        <source>Save report as PDF…</source>
        <translation>将报告另存为 PDF…</translation>
    </message>
    <message>
        <source>Save the selected test&apos;s report as a PDF</source>
        <translation>将所选测验的报告另存为 PDF</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>变化趋势</translation>
    </message>
    <message>
        <source>The scale whose scores are drawn</source>
        <translation>趋势图中显示得分的量表</translation>
    </message>
    <message>
        <source>Signed tests of this client on the scale, oldest first, over the scale&apos;s bands</source>
        <translation>该来访者在此量表上已签署的测验，按时间先后排列，背景为该量表的严重程度分级</translation>
    </message>
    <message>
        <source>← All tests</source>
        <translation>← 全部测验</translation>
    </message>
    <message>
        <source>Back to the list of this case&apos;s tests and the trend</source>
        <translation>返回本个案的测验列表和变化趋势</translation>
    </message>
    <message>
        <source>Psychological tests are for the counsellors and the supervisor.</source>
        <translation>心理测验仅供咨询师和负责人使用。</translation>
    </message>
    <message>
        <source>No tests yet. &quot;New test…&quot; gives the client a scale from the library.</source>
        <translation>尚无测验。点击“新建测验…”可从量表库中选择量表为来访者施测。</translation>
    </message>
    <message>
        <source>{n} not signed yet.</source>
        <translation>其中 {n} 次尚未签署。</translation>
    </message>
    <message>
        <source>Double-click a test to open it.</source>
        <translation>双击某次测验即可打开。</translation>
    </message>
    <message>
        <source>The case is closed: reopen it to test again</source>
        <translation>该个案已结案：如需再次施测，请先重新开案</translation>
    </message>
    <message>
        <source>The trend shows once a test of this case is signed.</source>
        <translation>本个案有测验签署后，这里将显示变化趋势。</translation>
    </message>
    <message>
        <source>No signed test on this scale yet.</source>
        <translation>此量表尚无已签署的测验。</translation>
    </message>
    <message>
        <source>{n} test.</source>
        <translation>共 {n} 次测验。</translation>
    </message>
    <message>
        <source>{n} tests.</source>
        <translation>共 {n} 次测验。</translation>
    </message>
    <message>
        <source>{scale} started. Explain the purpose of the test, then enter the answers.</source>
        <translation>已开始 {scale} 测验。请先向来访者说明测验的目的，再录入作答。</translation>
    </message>
    <message>
        <source>{scale} signed and locked.</source>
        <translation>{scale} 测验已签署并锁定。</translation>
    </message>
    <message>
        <source>The draft was discarded.</source>
        <translation>草稿已删除。</translation>
    </message>
    <message>
        <source>Test report {scale} {date} of {name}</source>
        <translation>{name} 的测验报告 {scale} {date}</translation>
    </message>
    <message>
        <source>The test report was sent to the printer.</source>
        <translation>测验报告已发送到打印机。</translation>
    </message>
    <message>
        <source>The PDF holds the test answers and results of {name}. Save it only where nobody else can open it, and delete it once it is printed or no longer needed. Saving is recorded in the audit log.</source>
        <translation>该 PDF 文件包含 {name} 的测验作答和结果。请只保存在他人无法打开的地方；打印完毕或不再需要时请删除。保存操作将记入审计日志。</translation>
    </message>
    <message>
        <source>The test report was saved to {path}.</source>
        <translation>测验报告已保存到 {path}。</translation>
    </message>
    <message>
        <source>Psychological tests</source>
        <translation>心理测验</translation>
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
        <source>The other clients in this group session</source>
        <translation>本次团体咨询中的其他来访者</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与者</translation>
    </message>
    <message>
        <source>Everyone in the group besides this case&apos;s client. Each must be registered on the Clients page.</source>
        <translation>除本个案来访者以外的所有团体成员。每位成员都须已在“来访者”页面登记。</translation>
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
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Print the selected visit record (or the one open on the right); a draft prints marked as a draft</source>
        <translation>打印所选的咨询记录（或右侧打开的记录）；草稿打印时会标明为草稿</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Save a copy of the selected visit record as a PDF file</source>
        <translation>将所选咨询记录的副本另存为 PDF 文件</translation>
    </message>
    <message>
        <source>Filter by name or case no.</source>
        <translation>按姓名或个案编号筛选</translation>
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
        <source>{n} more, older: type a name or case no. above to find it.</source>
        <translation>另有 {n} 个较早的个案：在上方输入姓名或个案编号即可找到。</translation>
    </message>
    <message>
        <source>{n} more, older: type a name or case no. above to find them.</source>
        <translation>另有 {n} 个较早的个案：在上方输入姓名或个案编号即可找到。</translation>
    </message>
    <message>
        <source>No open case matches the filter.</source>
        <translation>没有符合筛选条件的进行中个案。</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>……另有 {n} 条</translation>
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
    <message>
        <source>Visit record {no}</source>
        <translation>第 {no} 次咨询记录</translation>
    </message>
    <message>
        <source>Visit {no} sent to the printer.</source>
        <translation>第 {no} 次咨询记录已发送到打印机。</translation>
    </message>
    <message>
        <source>visit-record-{case_no}-{no}.pdf</source>
        <translation>咨询记录-{case_no}-{no}.pdf</translation>
    </message>
    <message>
        <source>The PDF holds confidential counselling notes and is not encrypted. Save it only where it is needed, e.g. on a USB stick to print it elsewhere, and delete it afterwards.</source>
        <translation>该 PDF 文件包含保密的咨询记录，且未加密。请只在必要时保存，例如保存到 U 盘以便在其他地方打印，用完后请删除。</translation>
    </message>
    <message>
        <source>Visit {no} saved as {path}.</source>
        <translation>第 {no} 次咨询记录已保存为 {path}。</translation>
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
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw consent</source>
        <translation>撤回知情同意</translation>
    </message>
    <message>
        <source>Consent to {kind} · given by {giver} · signed on {date}</source>
        <translation>{kind}知情同意 · 同意人：{giver} · 签署日期：{date}</translation>
    </message>
    <message>
        <source>A withdrawal cannot be undone. The consent stays in the record, marked withdrawn; record a new consent if it is given again.</source>
        <translation>撤回后无法恢复。该知情同意仍保留在档案中，并标记为已撤回；如对方再次同意，请重新登记知情同意。</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>撤回日期</translation>
    </message>
    <message>
        <source>Who withdrew it and how, e.g. the mother by phone</source>
        <translation>由谁撤回、以何种方式，例如：母亲电话告知</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>WithdrawShiftDialog</name>
    <message>
        <source>Withdraw a shift</source>
        <translation>撤回值班时段</translation>
    </message>
    <message>
        <source>A withdrawn shift no longer counts towards the week&apos;s open hours and leaves the lists. It is not deleted: the audit log keeps it with your reason.</source>
        <translation>撤回的值班时段不再计入本周开放时长，也不再显示在列表中。它不会被删除：审计日志会连同您填写的原因一并保留。</translation>
    </message>
    <message>
        <source>e.g. entered twice, wrong person</source>
        <translation>例如：重复录入、值班人填错</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Withdraw shift</source>
        <translation>撤回</translation>
    </message>
</context>
<context>
    <name>_StudentChooser</name>
    <message>
        <source>Name, pinyin initials or case no.</source>
        <translation>姓名、拼音首字母或档案号</translation>
    </message>
    <message>
        <source>Register a new student…</source>
        <translation>登记新学生…</translation>
    </message>
    <message>
        <source>A student who is not a client yet: register them first</source>
        <translation>尚未登记为来访者的学生：请先登记</translation>
    </message>
</context>
</TS>
