<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About CounselRoom</source>
        <translation>About CounselRoom</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Encrypted, offline records for a school&apos;s psychological counselling room, kept on this PC only.</source>
        <translation>Encrypted, offline records for a school&apos;s psychological counselling room, kept on this PC only.</translation>
    </message>
    <message>
        <source>Runs on {components}</source>
        <translation>Runs on {components}</translation>
    </message>
    <message>
        <source>CounselRoom includes these free and open-source components. Select one to read its licence.</source>
        <translation>CounselRoom includes these free and open-source components. Select one to read its licence.</translation>
    </message>
    <message>
        <source>Replacing Qt and {pyside}</source>
        <translation>Replacing Qt and {pyside}</translation>
    </message>
    <message>
        <source>Qt and {pyside} are used unmodified under the {lgpl}. You may replace them with your own or a modified build: in the installed application their shared libraries are separate files in the {folder} folder (and {shiboken_folder}), and compatible builds of the same version ({version}) can be put in their place.</source>
        <translation>Qt and {pyside} are used unmodified under the {lgpl}. You may replace them with your own or a modified build: in the installed application their shared libraries are separate files in the {folder} folder (and {shiboken_folder}), and compatible builds of the same version ({version}) can be put in their place.</translation>
    </message>
    <message>
        <source>Source code of Qt and {pyside}, from the Qt Project: {url}</source>
        <translation>Source code of Qt and {pyside}, from the Qt Project: {url}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>The licence texts are missing from this installation ({file}).</source>
        <translation>The licence texts are missing from this installation ({file}).</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <source>The supervisor&apos;s account</source>
        <translation>The supervisor&apos;s account</translation>
    </message>
    <message>
        <source>The supervisor (负责人) manages accounts, settings and the quarterly archive.</source>
        <translation>The supervisor (负责人) manages accounts, settings and the quarterly archive.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Used to log in, e.g. wang or 王老师</source>
        <translation>Used to log in, e.g. wang or 王老师</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>At least 8 characters. A short sentence you can remember is better than a complicated word.</source>
        <translation>At least 8 characters. A short sentence you can remember is better than a complicated word.</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <source>Create the records</source>
        <translation>Create the records</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Last login</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>You are logged in with this account now</source>
        <translation>You are logged in with this account now</translation>
    </message>
    <message>
        <source>Has not logged in yet</source>
        <translation>Has not logged in yet</translation>
    </message>
    <message>
        <source>Now (this session)</source>
        <translation>Now (this session)</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>Everyone who works with the records has an account of their own. A disabled account keeps its history and can be enabled again.</source>
        <translation>Everyone who works with the records has an account of their own. A disabled account keeps its history and can be enabled again.</translation>
    </message>
    <message>
        <source>New account…</source>
        <translation>New account…</translation>
    </message>
    <message>
        <source>Create an account with a one-time password for a new colleague</source>
        <translation>Create an account with a one-time password for a new colleague</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Enable</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>The person can no longer log in; their records and history stay.</source>
        <translation>The person can no longer log in; their records and history stay.</translation>
    </message>
    <message>
        <source>The person can log in again with their password.</source>
        <translation>The person can log in again with their password.</translation>
    </message>
    <message>
        <source>Give the person a new one-time password, for example when they forgot theirs.</source>
        <translation>Give the person a new one-time password, for example when they forgot theirs.</translation>
    </message>
    <message>
        <source>Let the person log in again after too many wrong passwords.</source>
        <translation>Let the person log in again after too many wrong passwords.</translation>
    </message>
    <message>
        <source>This account is not locked.</source>
        <translation>This account is not locked.</translation>
    </message>
    <message>
        <source>Select an account to disable, unlock or reset it.</source>
        <translation>Select an account to disable, unlock or reset it.</translation>
    </message>
    <message>
        <source>This is your own account. Change your password under Settings; another supervisor can reset it.</source>
        <translation>This is your own account. Change your password under Settings; another supervisor can reset it.</translation>
    </message>
    <message>
        <source>Account {username} created.</source>
        <translation>Account {username} created.</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>Disable account</translation>
    </message>
    <message>
        <source>Disable the account of {name} ({username})?

They can no longer log in. Their records and the history stay, and you can enable the account again at any time.</source>
        <translation>Disable the account of {name} ({username})?

They can no longer log in. Their records and the history stay, and you can enable the account again at any time.</translation>
    </message>
    <message>
        <source>Account {username} enabled.</source>
        <translation>Account {username} enabled.</translation>
    </message>
    <message>
        <source>Account {username} disabled.</source>
        <translation>Account {username} disabled.</translation>
    </message>
    <message>
        <source>Account {username} unlocked: the person can log in again with their password.</source>
        <translation>Account {username} unlocked: the person can log in again with their password.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Reset the password of {name} ({username})?

Their current password stops working at once. You will see a new one-time password to hand over; they choose their own at the next login.</source>
        <translation>Reset the password of {name} ({username})?

Their current password stops working at once. You will see a new one-time password to hand over; they choose their own at the next login.</translation>
    </message>
    <message>
        <source>Password of {username} reset.</source>
        <translation>Password of {username} reset.</translation>
    </message>
</context>
<context>
    <name>AcknowledgeAlertDialog</name>
    <message>
        <source>Confirm the integrity alert</source>
        <translation>Confirm the integrity alert</translation>
    </message>
    <message>
        <source>Confirm only after you have found out what happened — for example a backup that was restored on purpose. Describe it below; the note is kept in the audit log. From then on the records as they are now count as the reference.</source>
        <translation>Confirm only after you have found out what happened — for example a backup that was restored on purpose. Describe it below; the note is kept in the audit log. From then on the records as they are now count as the reference.</translation>
    </message>
    <message>
        <source>What happened, who checked it, and why the records can be trusted (required)</source>
        <translation>What happened, who checked it, and why the records can be trusted (required)</translation>
    </message>
    <message>
        <source>Confirm checked</source>
        <translation>Confirm checked</translation>
    </message>
</context>
<context>
    <name>ActivitiesModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Periods</translation>
    </message>
    <message>
        <source>Run by</source>
        <translation>Run by</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>How many took part (— not counted)</source>
        <translation>How many took part (— not counted)</translation>
    </message>
    <message>
        <source>Length in class periods (课时)</source>
        <translation>Length in class periods (课时)</translation>
    </message>
    <message>
        <source>Plans, sign-in sheets and other files kept with the entry</source>
        <translation>Plans, sign-in sheets and other files kept with the entry</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>What the room did beyond individual counselling: lessons, talks, group guidance, parents&apos; talks, training and campaigns, counted in the term and year reports. No client data is kept here.</source>
        <translation>What the room did beyond individual counselling: lessons, talks, group guidance, parents&apos; talks, training and campaigns, counted in the term and year reports. No client data is kept here.</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>School year</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Log an activity…</source>
        <translation>Log an activity…</translation>
    </message>
    <message>
        <source>Record a lesson, talk, training or campaign the room held</source>
        <translation>Record a lesson, talk, training or campaign the room held</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>Change the selected entry (double-click it). You can change what you logged or ran; the supervisor, any entry.</source>
        <translation>Change the selected entry (double-click it). You can change what you logged or ran; the supervisor, any entry.</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Delete the selected entry if it was logged by mistake</source>
        <translation>Delete the selected entry if it was logged by mistake</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <source>Show the selected file (recorded in the audit log)</source>
        <translation>Show the selected file (recorded in the audit log)</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Save a copy…</translation>
    </message>
    <message>
        <source>Write the selected file outside the encrypted records (recorded in the audit log)</source>
        <translation>Write the selected file outside the encrypted records (recorded in the audit log)</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>{start}–{end} school year</source>
        <translation>{start}–{end} school year</translation>
    </message>
    <message>
        <source>Whole school year</source>
        <translation>Whole school year</translation>
    </message>
    <message>
        <source>First term (Sep–Jan)</source>
        <translation>First term (Sep–Jan)</translation>
    </message>
    <message>
        <source>Second term (Feb–Jul)</source>
        <translation>Second term (Feb–Jul)</translation>
    </message>
    <message>
        <source>{year}-{month}</source>
        <translation>{year}-{month}</translation>
    </message>
    <message>
        <source>{n} activity</source>
        <translation>{n} activity</translation>
    </message>
    <message>
        <source>{n} activities</source>
        <translation>{n} activities</translation>
    </message>
    <message>
        <source>{n} period</source>
        <translation>{n} period</translation>
    </message>
    <message>
        <source>{n} periods</source>
        <translation>{n} periods</translation>
    </message>
    <message>
        <source>{n} attended</source>
        <translation>{n} attended</translation>
    </message>
    <message>
        <source>No activity logged in this period.</source>
        <translation>No activity logged in this period.</translation>
    </message>
    <message>
        <source>Choose an entry to see it in full.</source>
        <translation>Choose an entry to see it in full.</translation>
    </message>
    <message>
        <source>{date} · {kind}</source>
        <translation>{date} · {kind}</translation>
    </message>
    <message>
        <source>Audience: {audience}</source>
        <translation>Audience: {audience}</translation>
    </message>
    <message>
        <source>Attended: {count}</source>
        <translation>Attended: {count}</translation>
    </message>
    <message>
        <source>Length: {n} period</source>
        <translation>Length: {n} period</translation>
    </message>
    <message>
        <source>Length: {n} periods</source>
        <translation>Length: {n} periods</translation>
    </message>
    <message>
        <source>Run by: {names}</source>
        <translation>Run by: {names}</translation>
    </message>
    <message>
        <source>Logged by {name} on {date}</source>
        <translation>Logged by {name} on {date}</translation>
    </message>
    <message>
        <source>{name} ({size})</source>
        <translation>{name} ({size})</translation>
    </message>
    <message>
        <source>Activity logged: {title}.</source>
        <translation>Activity logged: {title}.</translation>
    </message>
    <message>
        <source>Activity changed: {title}.</source>
        <translation>Activity changed: {title}.</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>Delete activity</translation>
    </message>
    <message>
        <source>Delete &quot;{title}&quot; of {date}, with its files? Delete only what was logged by mistake: the reports count every entry.</source>
        <translation>Delete &quot;{title}&quot; of {date}, with its files? Delete only what was logged by mistake: the reports count every entry.</translation>
    </message>
    <message>
        <source>Activity deleted: {title}.</source>
        <translation>Activity deleted: {title}.</translation>
    </message>
    <message>
        <source>Activity file</source>
        <translation>Activity file</translation>
    </message>
    <message>
        <source>Print a paper copy of the file (recorded in the audit log)</source>
        <translation>Print a paper copy of the file (recorded in the audit log)</translation>
    </message>
    <message>
        <source>Ctrl + mouse wheel zooms. The file is shown from the encrypted records and is not saved anywhere.</source>
        <translation>Ctrl + mouse wheel zooms. The file is shown from the encrypted records and is not saved anywhere.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <source>The copy is saved outside the encrypted records, where anyone with the computer or the drive can read it. A sign-in sheet carries names: keep the copy only as long as it is needed. Saving it is recorded in the audit log.</source>
        <translation>The copy is saved outside the encrypted records, where anyone with the computer or the drive can read it. A sign-in sheet carries names: keep the copy only as long as it is needed. Saving it is recorded in the audit log.</translation>
    </message>
    <message>
        <source>Nothing was saved: &quot;{path}&quot; could not be written.</source>
        <translation>Nothing was saved: &quot;{path}&quot; could not be written.</translation>
    </message>
    <message>
        <source>A copy of {name} was saved as {path}.</source>
        <translation>A copy of {name} was saved as {path}.</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Change an activity</source>
        <extracomment>The audience a kind of activity is usually for (a new entry follows the kind until the audience is chosen).</extracomment>
        <translation>Change an activity</translation>
    </message>
    <message>
        <source>Log an activity</source>
        <translation>Log an activity</translation>
    </message>
    <message>
        <source>No client data: name no student and write nothing anyone confided. Counselling of registered clients, in a group too, is recorded as a visit.</source>
        <translation>No client data: name no student and write nothing anyone confided. Counselling of registered clients, in a group too, is recorded as a visit.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>e.g. 认识情绪, 考前减压, 如何与青春期孩子沟通</source>
        <translation>e.g. 认识情绪, 考前减压, 如何与青春期孩子沟通</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>Not counted</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>Leave &quot;Not counted&quot; where nobody counted.</source>
        <translation>Leave &quot;Not counted&quot; where nobody counted.</translation>
    </message>
    <message>
        <source>The rules count in class periods (课时): a lesson for every class every two weeks, at least 10 periods of teacher training a year.</source>
        <translation>The rules count in class periods (课时): a lesson for every class every two weeks, at least 10 periods of teacher training a year.</translation>
    </message>
    <message>
        <source>Class periods</source>
        <translation>Class periods</translation>
    </message>
    <message>
        <source>课时, as the rules count them; 0 where there are none (a campaign).</source>
        <translation>课时, as the rules count them; 0 where there are none (a campaign).</translation>
    </message>
    <message>
        <source>Run by</source>
        <translation>Run by</translation>
    </message>
    <message>
        <source>Name and where from, e.g. 张医生, 市精神卫生中心</source>
        <translation>Name and where from, e.g. 张医生, 市精神卫生中心</translation>
    </message>
    <message>
        <source>From outside</source>
        <translation>From outside</translation>
    </message>
    <message>
        <source>What was done, materials used, how it went. No names of students.</source>
        <translation>What was done, materials used, how it went. No names of students.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>Add file…</translation>
    </message>
    <message>
        <source>A plan, a sign-in sheet scan: PDF, PNG or JPEG</source>
        <translation>A plan, a sign-in sheet scan: PDF, PNG or JPEG</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Do not keep the selected file with this entry</source>
        <translation>Do not keep the selected file with this entry</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Kept encrypted in the records. Afterwards delete the scanner&apos;s copy of the file.</source>
        <translation>Kept encrypted in the records. Afterwards delete the scanner&apos;s copy of the file.</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>Save activity</source>
        <translation>Save activity</translation>
    </message>
    <message>
        <source>Which grade, e.g. 初一年级</source>
        <translation>Which grade, e.g. 初一年级</translation>
    </message>
    <message>
        <source>Which class, e.g. 初二(3)班 (one class an entry)</source>
        <translation>Which class, e.g. 初二(3)班 (one class an entry)</translation>
    </message>
    <message>
        <source>Optional, e.g. 初三家长</source>
        <translation>Optional, e.g. 初三家长</translation>
    </message>
    <message>
        <source>Optional, e.g. 全体班主任</source>
        <translation>Optional, e.g. 全体班主任</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Who, e.g. 各班心理委员</source>
        <translation>Who, e.g. 各班心理委员</translation>
    </message>
    <message>
        <source>Choose a file to keep with the entry</source>
        <translation>Choose a file to keep with the entry</translation>
    </message>
    <message>
        <source>The file cannot be read: {path}</source>
        <translation>The file cannot be read: {path}</translation>
    </message>
    <message>
        <source>{name} ({size})</source>
        <translation>{name} ({size})</translation>
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
        <translation>, </translation>
    </message>
</context>
<context>
    <name>AllCasesReasonDialog</name>
    <message>
        <source>Search all cases</source>
        <translation>Search all cases</translation>
    </message>
    <message>
        <source>You are about to search the notes of every counsellor&apos;s cases. Give the reason; it is recorded in the audit log with every search you make in this mode.</source>
        <translation>You are about to search the notes of every counsellor&apos;s cases. Give the reason; it is recorded in the audit log with every search you make in this mode.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>e.g. checking a parent&apos;s complaint</source>
        <translation>e.g. checking a parent&apos;s complaint</translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message>
        <source>‹ Previous week</source>
        <translation>‹ Previous week</translation>
    </message>
    <message>
        <source>Show the week before</source>
        <translation>Show the week before</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>Back to this week</source>
        <translation>Back to this week</translation>
    </message>
    <message>
        <source>Next week ›</source>
        <translation>Next week ›</translation>
    </message>
    <message>
        <source>Show the week after</source>
        <translation>Show the week after</translation>
    </message>
    <message>
        <source>Book…</source>
        <translation>Book…</translation>
    </message>
    <message>
        <source>Book the room (Ctrl+N); double-click a free time to book it</source>
        <translation>Book the room (Ctrl+N); double-click a free time to book it</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Counsellor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>The client came (已到访)</source>
        <translation>The client came (已到访)</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>The client did not come (未到)</source>
        <translation>The client did not come (未到)</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Cancel…</translation>
    </message>
    <message>
        <source>Cancel the booking; you are asked for the reason</source>
        <translation>Cancel the booking; you are asked for the reason</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>Reschedule…</translation>
    </message>
    <message>
        <source>Move the booking to another time</source>
        <translation>Move the booking to another time</translation>
    </message>
    <message>
        <source>Visit record…</source>
        <translation>Visit record…</translation>
    </message>
    <message>
        <source>Write the visit record of this attended appointment (double-click the row does the same); it goes into the appointment&apos;s case</source>
        <translation>Write the visit record of this attended appointment (double-click the row does the same); it goes into the appointment&apos;s case</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
    <message>
        <source>Select a booking in the week or in the list to settle or move it.</source>
        <translation>Select a booking in the week or in the list to settle or move it.</translation>
    </message>
    <message>
        <source>{day} {start}–{end} · {client} · {counsellor} · {status}</source>
        <translation>{day} {start}–{end} · {client} · {counsellor} · {status}</translation>
    </message>
    <message>
        <source>Quarter {quarter} has been archived: this booking can no longer be changed.</source>
        <translation>Quarter {quarter} has been archived: this booking can no longer be changed.</translation>
    </message>
    <message>
        <source>{count} booking this week. Double-click a free time, or press Ctrl+N, to book the room.</source>
        <translation>{count} booking this week. Double-click a free time, or press Ctrl+N, to book the room.</translation>
    </message>
    <message>
        <source>{count} bookings this week. Double-click a free time, or press Ctrl+N, to book the room.</source>
        <translation>{count} bookings this week. Double-click a free time, or press Ctrl+N, to book the room.</translation>
    </message>
    <message>
        <source>{client} moved to {day} {start}.</source>
        <translation>{client} moved to {day} {start}.</translation>
    </message>
    <message>
        <source>{client} booked for {day} {start}.</source>
        <translation>{client} booked for {day} {start}.</translation>
    </message>
    <message>
        <source>Cancel appointment</source>
        <translation>Cancel appointment</translation>
    </message>
    <message>
        <source>Cancel {client}&apos;s booking on {day} {start}?
Reason (e.g. exam, rescheduled by the class teacher):</source>
        <translation>Cancel {client}&apos;s booking on {day} {start}?
Reason (e.g. exam, rescheduled by the class teacher):</translation>
    </message>
    <message>
        <source>{client} ({day} {start}): {status}.</source>
        <translation>{client} ({day} {start}): {status}.</translation>
    </message>
    <message>
        <source>Visit {no} of {client} ({day} {start}) is ready to write on the Visit records page.</source>
        <translation>Visit {no} of {client} ({day} {start}) is ready to write on the Visit records page.</translation>
    </message>
    <message>
        <source>Visit record</source>
        <translation>Visit record</translation>
    </message>
    <message>
        <source>{client} has no open case you work on, so the visit record has nowhere to go.

Open a case for {client} on the Clients page first (or ask the supervisor to share the case with you), then open the visit record again.</source>
        <translation>{client} has no open case you work on, so the visit record has nowhere to go.

Open a case for {client} on the Clients page first (or ask the supervisor to share the case with you), then open the visit record again.</translation>
    </message>
    <message>
        <source>Which case?</source>
        <translation>Which case?</translation>
    </message>
    <message>
        <source>{client} has several open cases. In which one should the visit record of {day} {start} be written?</source>
        <translation>{client} has several open cases. In which one should the visit record of {day} {start} be written?</translation>
    </message>
    <message>
        <source>Case {number} · {counsellor} · since {date}</source>
        <translation>Case {number} · {counsellor} · since {date}</translation>
    </message>
</context>
<context>
    <name>ArchiveClientsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <source>Grade / class</source>
        <translation>Grade / class</translation>
    </message>
    <message>
        <source>Student no. {number}</source>
        <translation>Student no. {number}</translation>
    </message>
</context>
<context>
    <name>ArchiveExportDialog</name>
    <message>
        <source>{year} Q{number} ({first} to {last})</source>
        <extracomment>Quarters offered besides the last complete one (three years back). Counts shown per row in the preview. Unsettled records listed by name in the preview (the rest are counted).</extracomment>
        <translation>{year} Q{number} ({first} to {last})</translation>
    </message>
    <message>
        <source>Gather the quarter&apos;s records</source>
        <extracomment>Where a failure sends the supervisor back to.</extracomment>
        <translation>Gather the quarter&apos;s records</translation>
    </message>
    <message>
        <source>Write the records database</source>
        <translation>Write the records database</translation>
    </message>
    <message>
        <source>Make a PDF case file per client</source>
        <translation>Make a PDF case file per client</translation>
    </message>
    <message>
        <source>Encrypt (7-Zip AES-256)</source>
        <translation>Encrypt (7-Zip AES-256)</translation>
    </message>
    <message>
        <source>Write it to the drive</source>
        <translation>Write it to the drive</translation>
    </message>
    <message>
        <source>Read it back from the drive and check it</source>
        <translation>Read it back from the drive and check it</translation>
    </message>
    <message>
        <source>Visit record of {day} ({counsellor}): not signed</source>
        <translation>Visit record of {day} ({counsellor}): not signed</translation>
    </message>
    <message>
        <source>Test of {day} ({counsellor}): not signed</source>
        <translation>Test of {day} ({counsellor}): not signed</translation>
    </message>
    <message>
        <source>Crisis of {day} ({counsellor}): still open</source>
        <translation>Crisis of {day} ({counsellor}): still open</translation>
    </message>
    <message>
        <source>Archive receipt</source>
        <translation>Archive receipt</translation>
    </message>
    <message>
        <source>The receipt holds no client data, but it has the passphrase on it: keep the file locked away, never on the archive drive.</source>
        <translation>The receipt holds no client data, but it has the passphrase on it: keep the file locked away, never on the archive drive.</translation>
    </message>
    <message>
        <source>The receipt holds no client data: the file name, its checksum and the counts.</source>
        <translation>The receipt holds no client data: the file name, its checksum and the counts.</translation>
    </message>
    <message>
        <source>Archive a quarter</source>
        <translation>Archive a quarter</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Each quarter&apos;s records go onto a USB drive, encrypted, as one file. After the archive has been written and checked, the quarter&apos;s visit records and tests can no longer be changed here; an addendum is still possible and goes into the next quarter&apos;s archive.</source>
        <translation>Each quarter&apos;s records go onto a USB drive, encrypted, as one file. After the archive has been written and checked, the quarter&apos;s visit records and tests can no longer be changed here; an addendum is still possible and goes into the next quarter&apos;s archive.</translation>
    </message>
    <message>
        <source>Quarter:</source>
        <translation>Quarter:</translation>
    </message>
    <message>
        <source>What the archive will hold:</source>
        <translation>What the archive will hold:</translation>
    </message>
    <message>
        <source>I have seen these and archive them as they are</source>
        <translation>I have seen these and archive them as they are</translation>
    </message>
    <message>
        <source>{quarter} — archived on {day}</source>
        <translation>{quarter} — archived on {day}</translation>
    </message>
    <message>
        <source>This quarter was archived on {day} by {who} ({file}). Archiving it again writes a new copy; the earlier one stays valid.</source>
        <translation>This quarter was archived on {day} by {who} ({file}). Archiving it again writes a new copy; the earlier one stays valid.</translation>
    </message>
    <message>
        <source>{count} unsigned visit record</source>
        <translation>{count} unsigned visit record</translation>
    </message>
    <message>
        <source>{count} unsigned visit records</source>
        <translation>{count} unsigned visit records</translation>
    </message>
    <message>
        <source>{count} unsigned test</source>
        <translation>{count} unsigned test</translation>
    </message>
    <message>
        <source>{count} unsigned tests</source>
        <translation>{count} unsigned tests</translation>
    </message>
    <message>
        <source>{count} open crisis</source>
        <translation>{count} open crisis</translation>
    </message>
    <message>
        <source>{count} open crises</source>
        <translation>{count} open crises</translation>
    </message>
    <message>
        <source>Not settled in this quarter: {what}.</source>
        <translation>Not settled in this quarter: {what}.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… and {count} more</translation>
    </message>
    <message>
        <source>Best: ask the counsellors to sign these records first, then archive. Otherwise unsigned records are archived as drafts. A crisis still open is archived as it stands, and again with the next quarter.</source>
        <translation>Best: ask the counsellors to sign these records first, then archive. Otherwise unsigned records are archived as drafts. A crisis still open is archived as it stands, and again with the next quarter.</translation>
    </message>
    <message>
        <source>The archive is encrypted with a passphrase (7-Zip AES-256). Anyone who has the drive and the passphrase can read every record of the quarter, and nobody can without it — not even CounselRoom. Keep the passphrase apart from the drive, e.g. in the school&apos;s safe.</source>
        <translation>The archive is encrypted with a passphrase (7-Zip AES-256). Anyone who has the drive and the passphrase can read every record of the quarter, and nobody can without it — not even CounselRoom. Keep the passphrase apart from the drive, e.g. in the school&apos;s safe.</translation>
    </message>
    <message>
        <source>Print the receipt…</source>
        <translation>Print the receipt…</translation>
    </message>
    <message>
        <source>The receipt names the file, its checksum and the counts; no client data</source>
        <translation>The receipt names the file, its checksum and the counts; no client data</translation>
    </message>
    <message>
        <source>Save the receipt as PDF…</source>
        <translation>Save the receipt as PDF…</translation>
    </message>
    <message>
        <source>Keep the receipt as a PDF file</source>
        <translation>Keep the receipt as a PDF file</translation>
    </message>
    <message>
        <source>With the passphrase on it</source>
        <translation>With the passphrase on it</translation>
    </message>
    <message>
        <source>Prints the passphrase in a box on the receipt. Keep such a receipt locked away, never with the drive.</source>
        <translation>Prints the passphrase in a box on the receipt. Keep such a receipt locked away, never with the drive.</translation>
    </message>
    <message>
        <source>Archiving {quarter} to {path}…</source>
        <translation>Archiving {quarter} to {path}…</translation>
    </message>
    <message>
        <source>The archive is being checked; this cannot be stopped.</source>
        <translation>The archive is being checked; this cannot be stopped.</translation>
    </message>
    <message>
        <source>{quarter} archived to {path}</source>
        <translation>{quarter} archived to {path}</translation>
    </message>
    <message>
        <source>The archive is written and checked.</source>
        <translation>The archive is written and checked.</translation>
    </message>
    <message>
        <source>File: {path} ({size})</source>
        <translation>File: {path} ({size})</translation>
    </message>
    <message>
        <source>SHA-256: {digest}</source>
        <translation>SHA-256: {digest}</translation>
    </message>
    <message>
        <source>Seal: {seal}</source>
        <translation>Seal: {seal}</translation>
    </message>
    <message>
        <source>Now print the receipt for your file, take the drive out and lock it away — apart from the passphrase. The quarter&apos;s records are read-only from now on.</source>
        <translation>Now print the receipt for your file, take the drive out and lock it away — apart from the passphrase. The quarter&apos;s records are read-only from now on.</translation>
    </message>
    <message>
        <source>Archiving {quarter} did not finish</source>
        <translation>Archiving {quarter} did not finish</translation>
    </message>
    <message>
        <source>Nothing was archived.</source>
        <translation>Nothing was archived.</translation>
    </message>
    <message>
        <source>Receipt printed.</source>
        <translation>Receipt printed.</translation>
    </message>
    <message>
        <source>Receipt saved.</source>
        <translation>Receipt saved.</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Plug in the USB drive for the archive of {quarter}. The file will be named {file}; an archive already on the drive is never touched.</source>
        <translation>Plug in the USB drive for the archive of {quarter}. The file will be named {file}; an archive already on the drive is never touched.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Start archiving</source>
        <translation>Start archiving</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Stop archiving? Nothing will be left on the drive.</source>
        <translation>Stop archiving? Nothing will be left on the drive.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
</context>
<context>
    <name>ArchivePage</name>
    <message>
        <source>At the end of every quarter its records are archived onto a USB drive, encrypted with a passphrase, and the drive is locked away. The archive can be opened here again to look something up.</source>
        <extracomment>Interrupted exports, which :meth:`ArchivePage._reconcile` settles. Those of them whose drive is not plugged in: named until it is.</extracomment>
        <translation>At the end of every quarter its records are archived onto a USB drive, encrypted with a passphrase, and the drive is locked away. The archive can be opened here again to look something up.</translation>
    </message>
    <message>
        <source>Archive a quarter…</source>
        <translation>Archive a quarter…</translation>
    </message>
    <message>
        <source>Write a quarter&apos;s records to a USB drive, encrypted, and check them</source>
        <translation>Write a quarter&apos;s records to a USB drive, encrypted, and check them</translation>
    </message>
    <message>
        <source>Open an archive…</source>
        <translation>Open an archive…</translation>
    </message>
    <message>
        <source>Look something up in an archive file (read-only)</source>
        <translation>Look something up in an archive file (read-only)</translation>
    </message>
    <message>
        <source>Print the receipt…</source>
        <translation>Print the receipt…</translation>
    </message>
    <message>
        <source>Print the receipt of the chosen archive again (without the passphrase)</source>
        <translation>Print the receipt of the chosen archive again (without the passphrase)</translation>
    </message>
    <message>
        <source>Save the receipt as PDF…</source>
        <translation>Save the receipt as PDF…</translation>
    </message>
    <message>
        <source>Save the receipt of the chosen archive as a PDF file</source>
        <translation>Save the receipt of the chosen archive as a PDF file</translation>
    </message>
    <message>
        <source>Archives made</source>
        <translation>Archives made</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>The archives cannot be listed: {reason}</source>
        <translation>The archives cannot be listed: {reason}</translation>
    </message>
    <message>
        <source>No quarter has been archived yet. &quot;Archive a quarter…&quot; guides you through it.</source>
        <translation>No quarter has been archived yet. &quot;Archive a quarter…&quot; guides you through it.</translation>
    </message>
    <message>
        <source>{quarter} is archived ({day}).</source>
        <translation>{quarter} is archived ({day}).</translation>
    </message>
    <message>
        <source>{quarter} has ended and is not archived yet.</source>
        <translation>{quarter} has ended and is not archived yet.</translation>
    </message>
    <message>
        <source>{quarter} holds no records to archive.</source>
        <translation>{quarter} holds no records to archive.</translation>
    </message>
    <message>
        <source>Receipt printed.</source>
        <translation>Receipt printed.</translation>
    </message>
    <message>
        <source>Receipt saved.</source>
        <translation>Receipt saved.</translation>
    </message>
    <message>
        <source>{quarter} archived: {file}</source>
        <translation>{quarter} archived: {file}</translation>
    </message>
</context>
<context>
    <name>ArchiveReconcile</name>
    <message>
        <source>The export of {quarter} that was interrupted had written {path} completely: it is now recorded as archived, and its receipt can be printed on the Archive page.</source>
        <translation>The export of {quarter} that was interrupted had written {path} completely: it is now recorded as archived, and its receipt can be printed on the Archive page.</translation>
    </message>
    <message>
        <source>The export of {quarter} that was interrupted had written an archive, but a record of the quarter has changed since. The file was set aside as {path} (not deleted) and the quarter is not archived: archive it again.</source>
        <translation>The export of {quarter} that was interrupted had written an archive, but a record of the quarter has changed since. The file was set aside as {path} (not deleted) and the quarter is not archived: archive it again.</translation>
    </message>
    <message>
        <source>An export of {quarter} to {folder} was interrupted. Plug that drive in again and open this page: the archive on it is then checked, and recorded or set aside.</source>
        <translation>An export of {quarter} to {folder} was interrupted. Plug that drive in again and open this page: the archive on it is then checked, and recorded or set aside.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
</context>
<context>
    <name>ArchiveViewer</name>
    <message>
        <source>Archive {quarter} — 以备查阅 (read-only)</source>
        <translation>Archive {quarter} — 以备查阅 (read-only)</translation>
    </message>
    <message>
        <source>Clients and records</source>
        <translation>Clients and records</translation>
    </message>
    <message>
        <source>About this archive</source>
        <translation>About this archive</translation>
    </message>
    <message>
        <source>README</source>
        <translation>README</translation>
    </message>
    <message>
        <source>Audit log of the quarter</source>
        <translation>Audit log of the quarter</translation>
    </message>
    <message>
        <source>READ-ONLY</source>
        <translation>READ-ONLY</translation>
    </message>
    <message>
        <source>Nothing here can be changed. The archive is held in memory only and is forgotten when this window closes or the records lock. Printing and saving are recorded in the audit log.</source>
        <translation>Nothing here can be changed. The archive is held in memory only and is forgotten when this window closes or the records lock. Printing and saving are recorded in the audit log.</translation>
    </message>
    <message>
        <source>Close archive</source>
        <translation>Close archive</translation>
    </message>
    <message>
        <source>Close the archive and forget its contents (Ctrl+W)</source>
        <translation>Close the archive and forget its contents (Ctrl+W)</translation>
    </message>
    <message>
        <source>Find: name, pinyin (e.g. zs), case no., class</source>
        <translation>Find: name, pinyin (e.g. zs), case no., class</translation>
    </message>
    <message>
        <source>Name, pinyin initials, case no., grade and class or student no.; the list follows as you type (Ctrl+F)</source>
        <translation>Name, pinyin initials, case no., grade and class or student no.; the list follows as you type (Ctrl+F)</translation>
    </message>
    <message>
        <source>Open case file (PDF)</source>
        <translation>Open case file (PDF)</translation>
    </message>
    <message>
        <source>Show the client&apos;s case file as it was archived, bound and ready to print</source>
        <translation>Show the client&apos;s case file as it was archived, bound and ready to print</translation>
    </message>
    <message>
        <source>Print case file…</source>
        <translation>Print case file…</translation>
    </message>
    <message>
        <source>Print the archived case file (Ctrl+P); recorded in the audit log</source>
        <translation>Print the archived case file (Ctrl+P); recorded in the audit log</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Save a copy of the archived case file as an unencrypted PDF; recorded in the audit log</source>
        <translation>Save a copy of the archived case file as an unencrypted PDF; recorded in the audit log</translation>
    </message>
    <message>
        <source>Quarterly archive {quarter} · {room}</source>
        <translation>Quarterly archive {quarter} · {room}</translation>
    </message>
    <message>
        <source>Exported {time} by {name} · file {file} · SHA-256 {sha}…</source>
        <translation>Exported {time} by {name} · file {file} · SHA-256 {sha}…</translation>
    </message>
    <message>
        <source>SHA-256 of the archive file: {sha}</source>
        <translation>SHA-256 of the archive file: {sha}</translation>
    </message>
    <message>
        <source>Sealed by this room: unchanged since it was exported.</source>
        <extracomment>The order of the counts in the &quot;About&quot; tab; the rest follow as the manifest lists them.</extracomment>
        <translation>Sealed by this room: unchanged since it was exported.</translation>
    </message>
    <message>
        <source>This archive opens, but it is not as this room exported it: its seal is missing or does not match. Its contents may have been changed after the export; rely on another copy of this quarter&apos;s archive.</source>
        <translation>This archive opens, but it is not as this room exported it: its seal is missing or does not match. Its contents may have been changed after the export; rely on another copy of this quarter&apos;s archive.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Quarterly archive {quarter}</source>
        <translation>Quarterly archive {quarter}</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} to {last}</translation>
    </message>
    <message>
        <source>{time} by {name}</source>
        <translation>{time} by {name}</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} bytes</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Seal</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Opened and checked: every file matches its checksum in the archive&apos;s manifest.</source>
        <translation>Opened and checked: every file matches its checksum in the archive&apos;s manifest.</translation>
    </message>
    <message>
        <source>What the archive holds</source>
        <translation>What the archive holds</translation>
    </message>
    <message>
        <source>PDF case files</source>
        <translation>PDF case files</translation>
    </message>
    <message>
        <source>No client in this archive matches &quot;{text}&quot;.</source>
        <translation>No client in this archive matches &quot;{text}&quot;.</translation>
    </message>
    <message>
        <source>{shown} of {total} clients</source>
        <translation>{shown} of {total} clients</translation>
    </message>
    <message>
        <source>{total} clients in this archive</source>
        <translation>{total} clients in this archive</translation>
    </message>
    <message>
        <source>Choose a client on the left to see their records.</source>
        <translation>Choose a client on the left to see their records.</translation>
    </message>
    <message>
        <source>The archive holds no case file for this client.</source>
        <translation>The archive holds no case file for this client.</translation>
    </message>
    <message>
        <source>Case file of {name} (archive {quarter})</source>
        <translation>Case file of {name} (archive {quarter})</translation>
    </message>
    <message>
        <source>Print the case file (recorded in the audit log)</source>
        <translation>Print the case file (recorded in the audit log)</translation>
    </message>
    <message>
        <source>Ctrl + mouse wheel zooms. The case file is shown from the archive in memory and is not saved anywhere.</source>
        <translation>Ctrl + mouse wheel zooms. The case file is shown from the archive in memory and is not saved anywhere.</translation>
    </message>
    <message>
        <source>Ctrl + mouse wheel zooms. The scan is shown from the archive in memory and is not saved anywhere.</source>
        <translation>Ctrl + mouse wheel zooms. The scan is shown from the archive in memory and is not saved anywhere.</translation>
    </message>
    <message>
        <source>Case file of {name}</source>
        <translation>Case file of {name}</translation>
    </message>
    <message>
        <source>The case file of {name} was sent to the printer.</source>
        <translation>The case file of {name} was sent to the printer.</translation>
    </message>
    <message>
        <source>The PDF holds confidential counselling records of {name} and is not encrypted. Save it only where nobody else can open it, such as a USB stick you keep locked away, and delete it once it is printed or no longer needed. Saving is recorded in the audit log.</source>
        <translation>The PDF holds confidential counselling records of {name} and is not encrypted. Save it only where nobody else can open it, such as a USB stick you keep locked away, and delete it once it is printed or no longer needed. Saving is recorded in the audit log.</translation>
    </message>
    <message>
        <source>{case_no}-case-file-{quarter}.pdf</source>
        <translation>{case_no}-case-file-{quarter}.pdf</translation>
    </message>
    <message>
        <source>The case file of {name} was saved as {path}.</source>
        <translation>The case file of {name} was saved as {path}.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>user name</translation>
    </message>
    <message>
        <source>user name that is no account (shown as a tag)</source>
        <translation>user name that is no account (shown as a tag)</translation>
    </message>
    <message>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>problems</source>
        <translation>problems</translation>
    </message>
    <message>
        <source>findings</source>
        <translation>findings</translation>
    </message>
    <message>
        <source>failed attempts</source>
        <translation>failed attempts</translation>
    </message>
    <message>
        <source>room name</source>
        <translation>room name</translation>
    </message>
    <message>
        <source>idle lock (minutes)</source>
        <translation>idle lock (minutes)</translation>
    </message>
    <message>
        <source>opening hours</source>
        <translation>opening hours</translation>
    </message>
    <message>
        <source>output</source>
        <translation>output</translation>
    </message>
    <message>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <source>recorded at the next login</source>
        <translation>recorded at the next login</translation>
    </message>
    <message>
        <source>different user names</source>
        <translation>different user names</translation>
    </message>
    <message>
        <source>new computer key</source>
        <translation>new computer key</translation>
    </message>
    <message>
        <source>database restored</source>
        <translation>database restored</translation>
    </message>
    <message>
        <source>accounts needing a new password</source>
        <translation>accounts needing a new password</translation>
    </message>
    <message>
        <source>case number</source>
        <translation>case number</translation>
    </message>
    <message>
        <source>fields</source>
        <translation>fields</translation>
    </message>
    <message>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <source>counsellor</source>
        <translation>counsellor</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>outcome</translation>
    </message>
    <message>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>with</source>
        <translation>with</translation>
    </message>
    <message>
        <source>material</source>
        <translation>material</translation>
    </message>
    <message>
        <source>form or kit</source>
        <translation>form or kit</translation>
    </message>
    <message>
        <source>copies</source>
        <translation>copies</translation>
    </message>
    <message>
        <source>used up</source>
        <translation>used up</translation>
    </message>
    <message>
        <source>taken by</source>
        <translation>taken by</translation>
    </message>
    <message>
        <source>stock change</source>
        <translation>stock change</translation>
    </message>
    <message>
        <source>in the cabinet</source>
        <translation>in the cabinet</translation>
    </message>
    <message>
        <source>total owned</source>
        <translation>total owned</translation>
    </message>
    <message>
        <source>hand-out no.</source>
        <translation>hand-out no.</translation>
    </message>
    <message>
        <source>scale</source>
        <translation>scale</translation>
    </message>
    <message>
        <source>location</source>
        <translation>location</translation>
    </message>
    <message>
        <source>shift no.</source>
        <translation>shift no.</translation>
    </message>
    <message>
        <source>on duty</source>
        <translation>on duty</translation>
    </message>
    <message>
        <source>until</source>
        <translation>until</translation>
    </message>
    <message>
        <source>visitors</source>
        <translation>visitors</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>minimum open hours a week</source>
        <translation>minimum open hours a week</translation>
    </message>
    <message>
        <source>term months</source>
        <translation>term months</translation>
    </message>
    <message>
        <source>smallest count printed in reports</source>
        <translation>smallest count printed in reports</translation>
    </message>
    <message>
        <source>day</source>
        <translation>day</translation>
    </message>
    <message>
        <source>items</source>
        <translation>items</translation>
    </message>
    <message>
        <source>failed checks</source>
        <translation>failed checks</translation>
    </message>
    <message>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>order changed</source>
        <translation>order changed</translation>
    </message>
    <message>
        <source>backup file</source>
        <translation>backup file</translation>
    </message>
    <message>
        <source>kind of backup</source>
        <translation>kind of backup</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>audit rows in the backup</source>
        <translation>audit rows in the backup</translation>
    </message>
    <message>
        <source>sound</source>
        <translation>sound</translation>
    </message>
    <message>
        <source>replaced database kept as</source>
        <translation>replaced database kept as</translation>
    </message>
    <message>
        <source>audit rows of the replaced database</source>
        <translation>audit rows of the replaced database</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>locked by hand</source>
        <translation>locked by hand</translation>
    </message>
    <message>
        <source>nobody used the computer</source>
        <translation>nobody used the computer</translation>
    </message>
    <message>
        <source>new copies added</source>
        <translation>new copies added</translation>
    </message>
    <message>
        <source>written off</source>
        <translation>written off</translation>
    </message>
    <message>
        <source>count corrected</source>
        <translation>count corrected</translation>
    </message>
    <message>
        <source>paper form</source>
        <translation>paper form</translation>
    </message>
    <message>
        <source>kit</source>
        <translation>kit</translation>
    </message>
    <message>
        <source>printer</source>
        <translation>printer</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>PDF file</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Account #{id}</source>
        <translation>Account #{id}</translation>
    </message>
    <message>
        <source>Account {name}</source>
        <translation>Account {name}</translation>
    </message>
    <message>
        <source>Client #{id}</source>
        <translation>Client #{id}</translation>
    </message>
    <message>
        <source>Case #{id}</source>
        <translation>Case #{id}</translation>
    </message>
    <message>
        <source>Room settings</source>
        <translation>Room settings</translation>
    </message>
    <message>
        <source>Duty shift #{id}</source>
        <translation>Duty shift #{id}</translation>
    </message>
    <message>
        <source>Duty log {month}</source>
        <translation>Duty log {month}</translation>
    </message>
    <message>
        <source>Closing checklist items</source>
        <translation>Closing checklist items</translation>
    </message>
    <message>
        <source>Closing of {day}</source>
        <translation>Closing of {day}</translation>
    </message>
    <message>
        <source>Closing record {month}</source>
        <translation>Closing record {month}</translation>
    </message>
    <message>
        <source>◀ Previous page</source>
        <translation>◀ Previous page</translation>
    </message>
    <message>
        <source>Newer entries</source>
        <translation>Newer entries</translation>
    </message>
    <message>
        <source>Next page ▶</source>
        <translation>Next page ▶</translation>
    </message>
    <message>
        <source>Older entries</source>
        <translation>Older entries</translation>
    </message>
    <message>
        <source>Integrity alert: the records may have been replaced</source>
        <translation>Integrity alert: the records may have been replaced</translation>
    </message>
    <message>
        <source>At login CounselRoom found that the database is not the one this computer remembers: an older copy may have been put back, or the history was changed outside the application. Find out what happened (was a backup restored? who had access to this computer?) before you rely on the records.</source>
        <translation>At login CounselRoom found that the database is not the one this computer remembers: an older copy may have been put back, or the history was changed outside the application. Find out what happened (was a backup restored? who had access to this computer?) before you rely on the records.</translation>
    </message>
    <message>
        <source>Confirm checked…</source>
        <translation>Confirm checked…</translation>
    </message>
    <message>
        <source>Record what you found and lift the alert</source>
        <translation>Record what you found and lift the alert</translation>
    </message>
    <message>
        <source>Entries of this day are included</source>
        <translation>Entries of this day are included</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Search again, including entries added since</source>
        <translation>Search again, including entries added since</translation>
    </message>
    <message>
        <source>Check integrity</source>
        <translation>Check integrity</translation>
    </message>
    <message>
        <source>Check that the database is undamaged and that no audit entry was changed, removed or rolled back. This can take a while on a large database.</source>
        <translation>Check that the database is undamaged and that no audit entry was changed, removed or rolled back. This can take a while on a large database.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>Entries {first}–{last}{more}</source>
        <translation>Entries {first}–{last}{more}</translation>
    </message>
    <message>
        <source>, more on the next page</source>
        <translation>, more on the next page</translation>
    </message>
    <message>
        <source>No entries match these filters.</source>
        <translation>No entries match these filters.</translation>
    </message>
    <message>
        <source>Checking the database and the audit log…</source>
        <translation>Checking the database and the audit log…</translation>
    </message>
    <message>
        <source>All sound.</source>
        <translation>All sound.</translation>
    </message>
    <message>
        <source>The database is undamaged and the audit log is complete and unchanged (checked at {time}).</source>
        <translation>The database is undamaged and the audit log is complete and unchanged (checked at {time}).</translation>
    </message>
    <message>
        <source>Problems found (checked at {time}):</source>
        <translation>Problems found (checked at {time}):</translation>
    </message>
    <message>
        <source>Keep this computer as it is and contact whoever looks after it; a backup may be needed.</source>
        <translation>Keep this computer as it is and contact whoever looks after it; a backup may be needed.</translation>
    </message>
    <message>
        <source>The alert is confirmed and your note is in the audit log.</source>
        <translation>The alert is confirmed and your note is in the audit log.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Backups of the records</source>
        <translation>Backups of the records</translation>
    </message>
    <message>
        <source>Backups are encrypted with the records&apos; own key: they open only in CounselRoom on this installation, or with the recovery code. Daily and on-demand backups are thinned out: the newest of each of the last 7 days, 4 weeks and 12 months is kept. Backups made before an update or a restore are never removed.</source>
        <translation>Backups are encrypted with the records&apos; own key: they open only in CounselRoom on this installation, or with the recovery code. Daily and on-demand backups are thinned out: the newest of each of the last 7 days, 4 weeks and 12 months is kept. Backups made before an update or a restore are never removed.</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>Other folder…</source>
        <translation>Other folder…</translation>
    </message>
    <message>
        <source>Show the backups on a drive or in another folder</source>
        <translation>Show the backups on a drive or in another folder</translation>
    </message>
    <message>
        <source>This computer&apos;s backups</source>
        <translation>This computer&apos;s backups</translation>
    </message>
    <message>
        <source>Back to the backups in the data folder</source>
        <translation>Back to the backups in the data folder</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Make an encrypted backup in the data folder now</source>
        <translation>Make an encrypted backup in the data folder now</translation>
    </message>
    <message>
        <source>Back up to a drive…</source>
        <translation>Back up to a drive…</translation>
    </message>
    <message>
        <source>Write an encrypted backup to a USB drive or another folder; keep it locked away</source>
        <translation>Write an encrypted backup to a USB drive or another folder; keep it locked away</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verify</translation>
    </message>
    <message>
        <source>Check that the chosen backup opens and that its pages, audit log and signed records are intact</source>
        <translation>Check that the chosen backup opens and that its pages, audit log and signed records are intact</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>Replace the records with the chosen backup, after checking it</source>
        <translation>Replace the records with the chosen backup, after checking it</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>{path} (this computer&apos;s data folder)</source>
        <translation>{path} (this computer&apos;s data folder)</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>Reading the backups…</translation>
    </message>
    <message>
        <source>No backups in this folder yet. &quot;Back up now&quot; makes one.</source>
        <translation>No backups in this folder yet. &quot;Back up now&quot; makes one.</translation>
    </message>
    <message>
        <source>Choose a backup to see what it holds.</source>
        <translation>Choose a backup to see what it holds.</translation>
    </message>
    <message>
        <source>File: {name} ({size})</source>
        <translation>File: {name} ({size})</translation>
    </message>
    <message>
        <source>Audit log: {rows} rows, the last of {time} (its check value begins {mac}).</source>
        <translation>Audit log: {rows} rows, the last of {time} (its check value begins {mac}).</translation>
    </message>
    <message>
        <source>Database version {version}.</source>
        <translation>Database version {version}.</translation>
    </message>
    <message>
        <source>Its recovery keys are beside it ({name}): with the recovery sheet of its time it opens on a new computer. Copy or move both files together.</source>
        <translation>Its recovery keys are beside it ({name}): with the recovery sheet of its time it opens on a new computer. Copy or move both files together.</translation>
    </message>
    <message>
        <source>No recovery keys beside it: on a new computer the recovery sheet cannot open this backup. Make a new backup.</source>
        <translation>No recovery keys beside it: on a new computer the recovery sheet cannot open this backup. Make a new backup.</translation>
    </message>
    <message>
        <source>Folder with backups</source>
        <translation>Folder with backups</translation>
    </message>
    <message>
        <source>Write the backup to which drive or folder?</source>
        <translation>Write the backup to which drive or folder?</translation>
    </message>
    <message>
        <source>Making the backup…</source>
        <translation>Making the backup…</translation>
    </message>
    <message>
        <source>Backup made: {path}</source>
        <translation>Backup made: {path}</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>Checking {name}…</translation>
    </message>
    <message>
        <source>Sound. The backup opens with this installation&apos;s key; its pages, structure, audit log ({rows} rows) and signed records are intact.</source>
        <translation>Sound. The backup opens with this installation&apos;s key; its pages, structure, audit log ({rows} rows) and signed records are intact.</translation>
    </message>
    <message>
        <source>This backup has problems; do not rely on it:</source>
        <translation>This backup has problems; do not rely on it:</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Visit records</source>
        <translation>Visit records</translation>
    </message>
    <message>
        <source>Audit log rows</source>
        <translation>Audit log rows</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>does not open</source>
        <translation>does not open</translation>
    </message>
</context>
<context>
    <name>BackupsPanel</name>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>CounselRoom makes an encrypted backup once a day when it is used, and before every update. Now and then, also back up to a USB drive and keep it locked away.</source>
        <translation>CounselRoom makes an encrypted backup once a day when it is used, and before every update. Now and then, also back up to a USB drive and keep it locked away.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Make an encrypted backup in the data folder now</source>
        <translation>Make an encrypted backup in the data folder now</translation>
    </message>
    <message>
        <source>Backups…</source>
        <translation>Backups…</translation>
    </message>
    <message>
        <source>See every backup and what it holds; verify or restore one</source>
        <translation>See every backup and what it holds; verify or restore one</translation>
    </message>
    <message>
        <source>No backup has been made yet.</source>
        <translation>No backup has been made yet.</translation>
    </message>
    <message>
        <source>Last backup: {time} ({kind}).</source>
        <translation>Last backup: {time} ({kind}).</translation>
    </message>
    <message>
        <source>None yet today.</source>
        <translation>None yet today.</translation>
    </message>
    <message>
        <source>Making the backup…</source>
        <translation>Making the backup…</translation>
    </message>
    <message>
        <source>Backup made.</source>
        <translation>Backup made.</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>Move appointment</source>
        <translation>Move appointment</translation>
    </message>
    <message>
        <source>Book the room</source>
        <translation>Book the room</translation>
    </message>
    <message>
        <source>Name, pinyin initials (e.g. zs) or case no.</source>
        <translation>Name, pinyin initials (e.g. zs) or case no.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Choose the counsellor</source>
        <translation>Choose the counsellor</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Counsellor</translation>
    </message>
    <message>
        <source>The visit record of this appointment will be written in this case</source>
        <translation>The visit record of this appointment will be written in this case</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Where the visit record goes. It can also be linked later, when the client has come.</source>
        <translation>Where the visit record goes. It can also be linked later, when the client has come.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Free start times are listed; you may also type one, e.g. 16:30.</source>
        <translation>Free start times are listed; you may also type one, e.g. 16:30.</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Practical only, e.g. &quot;comes after PE&quot;. No clinical content here.</source>
        <translation>Practical only, e.g. &quot;comes after PE&quot;. No clinical content here.</translation>
    </message>
    <message>
        <source>Save new time</source>
        <translation>Save new time</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Book</translation>
    </message>
    <message>
        <source>{name} · case no. {case_no}</source>
        <translation>{name} · case no. {case_no}</translation>
    </message>
    <message>
        <source>Type to find the client, then pick them from the list.</source>
        <translation>Type to find the client, then pick them from the list.</translation>
    </message>
    <message>
        <source>No registered client matches &quot;{text}&quot;. Register the client on the Clients page first.</source>
        <translation>No registered client matches &quot;{text}&quot;. Register the client on the Clients page first.</translation>
    </message>
    <message>
        <source>✓ {name} · case no. {case_no}</source>
        <translation>✓ {name} · case no. {case_no}</translation>
    </message>
    <message>
        <source>Choose the client first</source>
        <translation>Choose the client first</translation>
    </message>
    <message>
        <source>No open case: open one on the Clients page</source>
        <translation>No open case: open one on the Clients page</translation>
    </message>
    <message>
        <source>No case yet (link it later)</source>
        <translation>No case yet (link it later)</translation>
    </message>
    <message>
        <source>Case {number} · {counsellor} · since {date}</source>
        <translation>Case {number} · {counsellor} · since {date}</translation>
    </message>
    <message>
        <source>The case already linked</source>
        <translation>The case already linked</translation>
    </message>
    <message>
        <source>Choose the client from the list.</source>
        <translation>Choose the client from the list.</translation>
    </message>
    <message>
        <source>Choose the counsellor.</source>
        <translation>Choose the counsellor.</translation>
    </message>
    <message>
        <source>Enter a start time like 9:30.</source>
        <translation>Enter a start time like 9:30.</translation>
    </message>
    <message>
        <source>{day} {start}–{end} is outside the room&apos;s opening hours.

Book it anyway?</source>
        <translation>{day} {start}–{end} is outside the room&apos;s opening hours.

Book it anyway?</translation>
    </message>
</context>
<context>
    <name>BreakGlass</name>
    <message>
        <source>Reason for opening</source>
        <translation>Reason for opening</translation>
    </message>
    <message>
        <source>This case belongs to another counsellor. Give the reason for opening it; it is recorded in the audit log.</source>
        <translation>This case belongs to another counsellor. Give the reason for opening it; it is recorded in the audit log.</translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation>A reason is required.</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>Change the campaign</source>
        <translation>Change the campaign</translation>
    </message>
    <message>
        <source>New screening campaign</source>
        <translation>New screening campaign</translation>
    </message>
    <message>
        <source>Who is screened, with which scales, when, and what the school told students and parents. The campaign opens for answer sheets once the notice is entered; the scales cannot change after that.</source>
        <translation>Who is screened, with which scales, when, and what the school told students and parents. The campaign opens for answer sheets once the notice is entered; the scales cannot change after that.</translation>
    </message>
    <message>
        <source>e.g. 2026学年初一新生心理普查</source>
        <translation>e.g. 2026学年初一新生心理普查</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>{name}, {items} items</source>
        <translation>{name}, {items} items</translation>
    </message>
    <message>
        <source>Scales</source>
        <translation>Scales</translation>
    </message>
    <message>
        <source>Sheets were scored with these scales: they no longer change.</source>
        <translation>Sheets were scored with these scales: they no longer change.</translation>
    </message>
    <message>
        <source>From the scale library (the supervisor imports the school&apos;s licensed scales).</source>
        <translation>From the scale library (the supervisor imports the school&apos;s licensed scales).</translation>
    </message>
    <message>
        <source>Reading the roster…</source>
        <translation>Reading the roster…</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>e.g. 已于9月家长会及致家长的一封信告知；家长可于9月20日前书面申请不参加。</source>
        <translation>e.g. 已于9月家长会及致家长的一封信告知；家长可于9月20日前书面申请不参加。</translation>
    </message>
    <message>
        <source>Notice given</source>
        <translation>Notice given</translation>
    </message>
    <message>
        <source>What the school told students and parents, and how parents could opt out. Needed before the campaign opens.</source>
        <translation>What the school told students and parents, and how parents could opt out. Needed before the campaign opens.</translation>
    </message>
    <message>
        <source>Excluded by the room</source>
        <translation>Excluded by the room</translation>
    </message>
    <message>
        <source>e.g. on sick leave, absent, already in counselling</source>
        <translation>e.g. on sick leave, absent, already in counselling</translation>
    </message>
    <message>
        <source>Opted out by parents</source>
        <translation>Opted out by parents</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Left out</translation>
    </message>
    <message>
        <source>Never screened; counted apart in the summary.</source>
        <translation>Never screened; counted apart in the summary.</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>Create campaign</source>
        <translation>Create campaign</translation>
    </message>
    <message>
        <source>No students are registered yet: import the roster on the Clients page first.</source>
        <translation>No students are registered yet: import the roster on the Clients page first.</translation>
    </message>
    <message>
        <source>{n} students on the roster in the chosen grades and classes.</source>
        <translation>{n} students on the roster in the chosen grades and classes.</translation>
    </message>
    <message>
        <source>No student has the number {numbers}.</source>
        <translation>No student has the number {numbers}.</translation>
    </message>
</context>
<context>
    <name>CampaignsModel</name>
    <message>
        <source>Campaign</source>
        <extracomment>Where a student to interview stands, in the order the work goes.</extracomment>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Scales</source>
        <translation>Scales</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Screened / in scope</source>
        <translation>Screened / in scope</translation>
    </message>
    <message>
        <source>To interview</source>
        <translation>To interview</translation>
    </message>
    <message>
        <source>Interviewed</source>
        <translation>Interviewed</translation>
    </message>
    <message>
        <source>Known once the campaign is opened below</source>
        <translation>Known once the campaign is opened below</translation>
    </message>
</context>
<context>
    <name>CaseDialogs</name>
    <message>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Close the form and discard what you typed?</source>
        <translation>Close the form and discard what you typed?</translation>
    </message>
</context>
<context>
    <name>CaseLabels</name>
    <message>
        <source>Not asked</source>
        <translation>Not asked</translation>
    </message>
    <message>
        <source>1 – very dissatisfied</source>
        <translation>1 – very dissatisfied</translation>
    </message>
    <message>
        <source>2 – dissatisfied</source>
        <translation>2 – dissatisfied</translation>
    </message>
    <message>
        <source>3 – neutral</source>
        <translation>3 – neutral</translation>
    </message>
    <message>
        <source>4 – satisfied</source>
        <translation>4 – satisfied</translation>
    </message>
    <message>
        <source>5 – very satisfied</source>
        <translation>5 – very satisfied</translation>
    </message>
    <message>
        <source>{name} · case {number}</source>
        <translation>{name} · case {number}</translation>
    </message>
</context>
<context>
    <name>CaseOutcomeDialog</name>
    <message>
        <source>The case is yours; the supervisor can reassign it later.</source>
        <translation>The case is yours; the supervisor can reassign it later.</translation>
    </message>
</context>
<context>
    <name>CasePrinting</name>
    <message>
        <source>Preparing the document…</source>
        <translation>Preparing the document…</translation>
    </message>
    <message>
        <source>The PDF holds confidential counselling records of {name}. Save it only where nobody else can open it, such as a USB stick you keep locked away, and delete it once it is printed or no longer needed. Saving is recorded in the audit log.</source>
        <translation>The PDF holds confidential counselling records of {name}. Save it only where nobody else can open it, such as a USB stick you keep locked away, and delete it once it is printed or no longer needed. Saving is recorded in the audit log.</translation>
    </message>
    <message>
        <source>Case file of {name}</source>
        <translation>Case file of {name}</translation>
    </message>
    <message>
        <source>Visit record {no} of {name}</source>
        <translation>Visit record {no} of {name}</translation>
    </message>
</context>
<context>
    <name>CaseVisitsModel</name>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Draft, not signed</source>
        <translation>Draft, not signed</translation>
    </message>
</context>
<context>
    <name>CaseWindow</name>
    <message>
        <source>Print case file…</source>
        <translation>Print case file…</translation>
    </message>
    <message>
        <source>Print every case of this client you may open, with all visit records, bound as one file (装订成册)</source>
        <translation>Print every case of this client you may open, with all visit records, bound as one file (装订成册)</translation>
    </message>
    <message>
        <source>Save case file as PDF…</source>
        <translation>Save case file as PDF…</translation>
    </message>
    <message>
        <source>Save the bound file as a PDF, e.g. to print it elsewhere</source>
        <translation>Save the bound file as a PDF, e.g. to print it elsewhere</translation>
    </message>
    <message>
        <source>De-identified export…</source>
        <translation>De-identified export…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close this window (Esc)</source>
        <translation>Close this window (Esc)</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>Crisis</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Tests</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Presenting problem</source>
        <translation>Presenting problem</translation>
    </message>
    <message>
        <source>Reason for opening</source>
        <translation>Reason for opening</translation>
    </message>
    <message>
        <source>Counselling plan (咨询方案)</source>
        <translation>Counselling plan (咨询方案)</translation>
    </message>
    <message>
        <source>Outcome (效果评价)</source>
        <translation>Outcome (效果评价)</translation>
    </message>
    <message>
        <source>Closing summary</source>
        <translation>Closing summary</translation>
    </message>
    <message>
        <source>Client satisfaction</source>
        <translation>Client satisfaction</translation>
    </message>
    <message>
        <source>Edit plan…</source>
        <translation>Edit plan…</translation>
    </message>
    <message>
        <source>Change the reason, the presenting problem or the plan</source>
        <translation>Change the reason, the presenting problem or the plan</translation>
    </message>
    <message>
        <source>Close case…</source>
        <translation>Close case…</translation>
    </message>
    <message>
        <source>结案: closing summary and outcome evaluation</source>
        <translation>结案: closing summary and outcome evaluation</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Open the case again to record new visits</source>
        <translation>Open the case again to record new visits</translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation>Reassign…</translation>
    </message>
    <message>
        <source>Give the case to another counsellor</source>
        <translation>Give the case to another counsellor</translation>
    </message>
    <message>
        <source>Share…</source>
        <translation>Share…</translation>
    </message>
    <message>
        <source>Let other counsellors open this case, or stop it</source>
        <translation>Let other counsellors open this case, or stop it</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>New visit record</source>
        <translation>New visit record</translation>
    </message>
    <message>
        <source>Start this case&apos;s next visit record; it opens on the Visit records page to be written and signed</source>
        <translation>Start this case&apos;s next visit record; it opens on the Visit records page to be written and signed</translation>
    </message>
    <message>
        <source>Print visit record…</source>
        <translation>Print visit record…</translation>
    </message>
    <message>
        <source>Print the selected visit record</source>
        <translation>Print the selected visit record</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Save the selected visit record as a PDF</source>
        <translation>Save the selected visit record as a PDF</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>{case} — case window</source>
        <translation>{case} — case window</translation>
    </message>
    <message>
        <source>{status} on {date}</source>
        <translation>{status} on {date}</translation>
    </message>
    <message>
        <source>Case no. {case_no} · {status} · Counsellor: {counsellor} · Opened {date}</source>
        <translation>Case no. {case_no} · {status} · Counsellor: {counsellor} · Opened {date}</translation>
    </message>
    <message>
        <source>Shared with: {names}</source>
        <translation>Shared with: {names}</translation>
    </message>
    <message>
        <source>No plan written yet. Use &quot;Edit plan…&quot; to add it.</source>
        <translation>No plan written yet. Use &quot;Edit plan…&quot; to add it.</translation>
    </message>
    <message>
        <source>{count} visit record. Records are written and signed on the Visit records page.</source>
        <translation>{count} visit record. Records are written and signed on the Visit records page.</translation>
    </message>
    <message>
        <source>{count} visit records. Records are written and signed on the Visit records page.</source>
        <translation>{count} visit records. Records are written and signed on the Visit records page.</translation>
    </message>
    <message>
        <source>No visit records yet. They are written on the Visit records page.</source>
        <translation>No visit records yet. They are written on the Visit records page.</translation>
    </message>
    <message>
        <source>The case is closed: reopen it to record a new visit</source>
        <translation>The case is closed: reopen it to record a new visit</translation>
    </message>
    <message>
        <source>The case without anything that identifies the client, for supervision, teaching or research</source>
        <translation>The case without anything that identifies the client, for supervision, teaching or research</translation>
    </message>
    <message>
        <source>Family and school</source>
        <translation>Family and school</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Screening</translation>
    </message>
    <message>
        <source>Plan saved.</source>
        <translation>Plan saved.</translation>
    </message>
    <message>
        <source>Case closed.</source>
        <translation>Case closed.</translation>
    </message>
    <message>
        <source>Reopen case</source>
        <translation>Reopen case</translation>
    </message>
    <message>
        <source>Reopen {case}? New visit records can then be written. The closing summary is kept and offered again when the case is closed.</source>
        <translation>Reopen {case}? New visit records can then be written. The closing summary is kept and offered again when the case is closed.</translation>
    </message>
    <message>
        <source>Case reopened.</source>
        <translation>Case reopened.</translation>
    </message>
    <message>
        <source>Case reassigned to {name}.</source>
        <translation>Case reassigned to {name}.</translation>
    </message>
    <message>
        <source>Sharing changed.</source>
        <translation>Sharing changed.</translation>
    </message>
    <message>
        <source>Visit record {no} sent to the printer.</source>
        <translation>Visit record {no} sent to the printer.</translation>
    </message>
    <message>
        <source>Visit record {no} saved to {path}.</source>
        <translation>Visit record {no} saved to {path}.</translation>
    </message>
    <message>
        <source>Case file sent to the printer.</source>
        <translation>Case file sent to the printer.</translation>
    </message>
    <message>
        <source>Case file saved to {path}.</source>
        <translation>Case file saved to {path}.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
</context>
<context>
    <name>ChangeLevelDialog</name>
    <message>
        <source>Change level</source>
        <translation>Change level</translation>
    </message>
    <message>
        <source>{student}, now {level}.</source>
        <translation>{student}, now {level}.</translation>
    </message>
    <message>
        <source>New level</source>
        <translation>New level</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>What changed: a review, a report, an event…</source>
        <translation>What changed: a review, a report, an event…</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>You logged in with a one-time password. Choose your own password now; nobody else will know it.</source>
        <translation>You logged in with a one-time password. Choose your own password now; nobody else will know it.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>At least 8 characters; a short sentence is fine.</source>
        <translation>At least 8 characters; a short sentence is fine.</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>New password again</translation>
    </message>
</context>
<context>
    <name>Chip</name>
    <message>
        <source>Remove {name}</source>
        <translation>Remove {name}</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Psychological Counselling Room</source>
        <translation>Psychological Counselling Room</translation>
    </message>
    <message>
        <source>This is the recovery code. Write it on the recovery sheet and keep it locked away; it is shown only once.</source>
        <translation>This is the recovery code. Write it on the recovery sheet and keep it locked away; it is shown only once.</translation>
    </message>
    <message>
        <source>All checks passed: database pages, structure and audit chain are sound.</source>
        <translation>All checks passed: database pages, structure and audit chain are sound.</translation>
    </message>
    <message>
        <source>Access restored.</source>
        <translation>Access restored.</translation>
    </message>
    <message>
        <source>The database in the data folder was sound and has been kept (it is newer than the backup); the backup was used only for its recovery keys.</source>
        <translation>The database in the data folder was sound and has been kept (it is newer than the backup); the backup was used only for its recovery keys.</translation>
    </message>
    <message>
        <source>These accounts need a new password from the supervisor: {names}</source>
        <translation>These accounts need a new password from the supervisor: {names}</translation>
    </message>
    <message>
        <source>The file was rejected, nothing was imported: {n} problem.</source>
        <translation>The file was rejected, nothing was imported: {n} problem.</translation>
    </message>
    <message>
        <source>The file was rejected, nothing was imported: {n} problems.</source>
        <translation>The file was rejected, nothing was imported: {n} problems.</translation>
    </message>
    <message>
        <source>Imported {imported} client; already registered: {skipped}.</source>
        <translation>Imported {imported} client; already registered: {skipped}.</translation>
    </message>
    <message>
        <source>Imported {imported} clients; already registered: {skipped}.</source>
        <translation>Imported {imported} clients; already registered: {skipped}.</translation>
    </message>
    <message>
        <source>Row {row}, {field}: {problem}</source>
        <translation>Row {row}, {field}: {problem}</translation>
    </message>
    <message>
        <source>Added {clients} clients, {cases} cases, {visits} visit records, {crises} crises, {referrals} referrals.</source>
        <translation>Added {clients} clients, {cases} cases, {visits} visit records, {crises} crises, {referrals} referrals.</translation>
    </message>
    <message>
        <source>Archive {file} written and verified: {size} bytes, SHA-256 {sha256}.</source>
        <translation>Archive {file} written and verified: {size} bytes, SHA-256 {sha256}.</translation>
    </message>
    <message>
        <source>{file} is sound: quarter {quarter}, every file matches its manifest (SHA-256 {sha256}).</source>
        <translation>{file} is sound: quarter {quarter}, every file matches its manifest (SHA-256 {sha256}).</translation>
    </message>
    <message>
        <source>Whether it is as this room exported it was not checked: give the data folder (--data-dir, --user) or the receipt&apos;s SHA-256 (--sha256).</source>
        <translation>Whether it is as this room exported it was not checked: give the data folder (--data-dir, --user) or the receipt&apos;s SHA-256 (--sha256).</translation>
    </message>
    <message>
        <source>{file} is sound and as this room exported it: quarter {quarter}, unchanged since the export (SHA-256 {sha256}, seal {seal}).</source>
        <translation>{file} is sound and as this room exported it: quarter {quarter}, unchanged since the export (SHA-256 {sha256}, seal {seal}).</translation>
    </message>
    <message>
        <source>An interrupted export had written {path} completely; it is now recorded as archived.</source>
        <translation>An interrupted export had written {path} completely; it is now recorded as archived.</translation>
    </message>
    <message>
        <source>Checking the database&apos;s pages and structure…</source>
        <translation>Checking the database&apos;s pages and structure…</translation>
    </message>
    <message>
        <source>Checking the audit log&apos;s chain…</source>
        <translation>Checking the audit log&apos;s chain…</translation>
    </message>
    <message>
        <source>Checking the seals of signed visit records…</source>
        <translation>Checking the seals of signed visit records…</translation>
    </message>
    <message>
        <source>Checking the seals of signed tests…</source>
        <translation>Checking the seals of signed tests…</translation>
    </message>
</context>
<context>
    <name>ClientDetail</name>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the case</source>
        <translation>Double-click or press Enter to open the case</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Open case</translation>
    </message>
    <message>
        <source>Open the selected case in its own window</source>
        <translation>Open the selected case in its own window</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>New case…</translation>
    </message>
    <message>
        <source>Open a new case (个案) for this client</source>
        <translation>Open a new case (个案) for this client</translation>
    </message>
    <message>
        <source>Case file…</source>
        <translation>Case file…</translation>
    </message>
    <message>
        <source>Print or save the client&apos;s cases with their visit records, bound as one file (装订成册)</source>
        <translation>Print or save the client&apos;s cases with their visit records, bound as one file (装订成册)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <source>Grade / class</source>
        <translation>Grade / class</translation>
    </message>
    <message>
        <source>No client selected</source>
        <translation>No client selected</translation>
    </message>
    <message>
        <source>Select a client in the list to see the details.</source>
        <translation>Select a client in the list to see the details.</translation>
    </message>
    <message>
        <source>Case {number} · {status} · {counsellor}</source>
        <translation>Case {number} · {status} · {counsellor}</translation>
    </message>
    <message>
        <source>Opened {date}</source>
        <translation>Opened {date}</translation>
    </message>
    <message>
        <source>Case {number}: counsellor {counsellor}, opened {date}.</source>
        <translation>Case {number}: counsellor {counsellor}, opened {date}.</translation>
    </message>
    <message>
        <source>Only {counsellor} can open it, or a counsellor the supervisor shares it with.</source>
        <translation>Only {counsellor} can open it, or a counsellor the supervisor shares it with.</translation>
    </message>
    <message>
        <source>Not your case: opening it asks for a reason, which is recorded in the audit log.</source>
        <translation>Not your case: opening it asks for a reason, which is recorded in the audit log.</translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation>{name} (inactive)</translation>
    </message>
    <message>
        <source>Cases are shown to counsellors and the supervisor only.</source>
        <translation>Cases are shown to counsellors and the supervisor only.</translation>
    </message>
    <message>
        <source>No case opened yet.</source>
        <translation>No case opened yet.</translation>
    </message>
</context>
<context>
    <name>ClientFormDialog</name>
    <message>
        <source>Edit client {case_no}</source>
        <translation>Edit client {case_no}</translation>
    </message>
    <message>
        <source>Register a client</source>
        <translation>Register a client</translation>
    </message>
    <message>
        <source>Only the name is always required. A student needs a grade or a class; everything else can be added later.</source>
        <translation>Only the name is always required. A student needs a grade or a class; everything else can be added later.</translation>
    </message>
    <message>
        <source>e.g. 王䶮</source>
        <translation>e.g. 王䶮</translation>
    </message>
    <message>
        <source>Birth date unknown</source>
        <translation>Birth date unknown</translation>
    </message>
    <message>
        <source>e.g. 初二</source>
        <translation>e.g. 初二</translation>
    </message>
    <message>
        <source>e.g. 3班</source>
        <translation>e.g. 3班</translation>
    </message>
    <message>
        <source>Optional; helps to recognise the same student in a list.</source>
        <translation>Optional; helps to recognise the same student in a list.</translation>
    </message>
    <message>
        <source>e.g. 138 0000 0000</source>
        <translation>e.g. 138 0000 0000</translation>
    </message>
    <message>
        <source>e.g. who referred and why, in a few words</source>
        <translation>e.g. who referred and why, in a few words</translation>
    </message>
    <message>
        <source>Registration notes only; session notes belong in the visit records.</source>
        <translation>Registration notes only; session notes belong in the visit records.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Students: enter the grade or the class (or both).</source>
        <translation>Students: enter the grade or the class (or both).</translation>
    </message>
    <message>
        <source>Optional for parents and staff.</source>
        <translation>Optional for parents and staff.</translation>
    </message>
    <message>
        <source>Possibly registered already</source>
        <translation>Possibly registered already</translation>
    </message>
    <message>
        <source>These clients look like the same person:

{clients}

Register a new client anyway? Choose No to go back and check.</source>
        <translation>These clients look like the same person:

{clients}

Register a new client anyway? Choose No to go back and check.</translation>
    </message>
</context>
<context>
    <name>ClientLabels</name>
    <message>
        <source>Age unknown</source>
        <translation>Age unknown</translation>
    </message>
    <message>
        <source>{age} years</source>
        <translation>{age} years</translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <source>Add: name, pinyin initials (e.g. zs) or case no.</source>
        <translation>Add: name, pinyin initials (e.g. zs) or case no.</translation>
    </message>
    <message>
        <source>Type to find a registered client; Up/Down choose, Enter adds</source>
        <translation>Type to find a registered client; Up/Down choose, Enter adds</translation>
    </message>
    <message>
        <source>Client no. {id}</source>
        <translation>Client no. {id}</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>None recorded.</translation>
    </message>
    <message>
        <source>No one chosen yet.</source>
        <translation>No one chosen yet.</translation>
    </message>
    <message>
        <source>Enter adds the highlighted client.</source>
        <translation>Enter adds the highlighted client.</translation>
    </message>
    <message>
        <source>No other registered client matches &quot;{text}&quot;.</source>
        <translation>No other registered client matches &quot;{text}&quot;.</translation>
    </message>
</context>
<context>
    <name>ClientsModel</name>
    <message>
        <source>Case no.</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Grade / class</source>
        <translation>Grade / class</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <source>Inactive: kept with its history, hidden from the everyday list.</source>
        <translation>Inactive: kept with its history, hidden from the everyday list.</translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation>{name} (inactive)</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Find: name, pinyin initials (e.g. zs), case no. or class</source>
        <translation>Find: name, pinyin initials (e.g. zs), case no. or class</translation>
    </message>
    <message>
        <source>Show inactive</source>
        <translation>Show inactive</translation>
    </message>
    <message>
        <source>Register client…</source>
        <translation>Register client…</translation>
    </message>
    <message>
        <source>Register a new client (来访者)</source>
        <translation>Register a new client (来访者)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Edit the selected client&apos;s registration</source>
        <translation>Edit the selected client&apos;s registration</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>Import list…</source>
        <translation>Import list…</translation>
    </message>
    <message>
        <source>Register a class or grade from an Excel or CSV student list</source>
        <translation>Register a class or grade from an Excel or CSV student list</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Hide the client from the everyday list; nothing is deleted.</source>
        <translation>Hide the client from the everyday list; nothing is deleted.</translation>
    </message>
    <message>
        <source>Show the client in the everyday list again.</source>
        <translation>Show the client in the everyday list again.</translation>
    </message>
    <message>
        <source>Open the selected case in its own window</source>
        <translation>Open the selected case in its own window</translation>
    </message>
    <message>
        <source>This case belongs to {counsellor}. The supervisor can share it with you.</source>
        <translation>This case belongs to {counsellor}. The supervisor can share it with you.</translation>
    </message>
    <message>
        <source>No client matches &quot;{text}&quot;.</source>
        <translation>No client matches &quot;{text}&quot;.</translation>
    </message>
    <message>
        <source>No clients yet. Register one, or import a student list.</source>
        <translation>No clients yet. Register one, or import a student list.</translation>
    </message>
    <message>
        <source>{count} client. Double-click a row to edit the registration.</source>
        <translation>{count} client. Double-click a row to edit the registration.</translation>
    </message>
    <message>
        <source>{count} clients. Double-click a row to edit the registration.</source>
        <translation>{count} clients. Double-click a row to edit the registration.</translation>
    </message>
    <message>
        <source>{imported} client imported; already registered: {skipped}.</source>
        <translation>{imported} client imported; already registered: {skipped}.</translation>
    </message>
    <message>
        <source>{imported} clients imported; already registered: {skipped}.</source>
        <translation>{imported} clients imported; already registered: {skipped}.</translation>
    </message>
    <message>
        <source>{name} saved (case no. {case_no}).</source>
        <translation>{name} saved (case no. {case_no}).</translation>
    </message>
    <message>
        <source>Deactivate client</source>
        <translation>Deactivate client</translation>
    </message>
    <message>
        <source>Deactivate {name} ({case_no})?

The client disappears from the everyday list; the registration, cases and history stay and you can reactivate at any time.</source>
        <translation>Deactivate {name} ({case_no})?

The client disappears from the everyday list; the registration, cases and history stay and you can reactivate at any time.</translation>
    </message>
    <message>
        <source>{name} reactivated.</source>
        <translation>{name} reactivated.</translation>
    </message>
    <message>
        <source>{name} deactivated.</source>
        <translation>{name} deactivated.</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Open case</translation>
    </message>
    <message>
        <source>This case belongs to {counsellor}. Only they can open it, or a counsellor the supervisor shares it with.</source>
        <translation>This case belongs to {counsellor}. Only they can open it, or a counsellor the supervisor shares it with.</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>New case</translation>
    </message>
    <message>
        <source>{name} already has an open case (case {number}). Open another one anyway?

A new case is for a new concern; further visits about the same concern belong to the open case.</source>
        <translation>{name} already has an open case (case {number}). Open another one anyway?

A new case is for a new concern; further visits about the same concern belong to the open case.</translation>
    </message>
    <message>
        <source>Case {number} opened.</source>
        <translation>Case {number} opened.</translation>
    </message>
    <message>
        <source>Case file of {name} sent to the printer.</source>
        <translation>Case file of {name} sent to the printer.</translation>
    </message>
    <message>
        <source>Case file of {name} saved to {path}.</source>
        <translation>Case file of {name} saved to {path}.</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <source>Close {case}</source>
        <translation>Close {case}</translation>
    </message>
    <message>
        <source>Once closed, no new visit records can be written until the case is reopened. Nothing is deleted.</source>
        <translation>Once closed, no new visit records can be written until the case is reopened. Nothing is deleted.</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Close case</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Choose the evaluation</source>
        <translation>Choose the evaluation</translation>
    </message>
    <message>
        <source>Outcome (效果评价)</source>
        <translation>Outcome (效果评价)</translation>
    </message>
    <message>
        <source>e.g. 焦虑明显下降，能运用放松技巧应对考试</source>
        <translation>e.g. 焦虑明显下降，能运用放松技巧应对考试</translation>
    </message>
    <message>
        <source>Closing summary</source>
        <translation>Closing summary</translation>
    </message>
    <message>
        <source>What changed, what was agreed, and what to watch for.</source>
        <translation>What changed, what was agreed, and what to watch for.</translation>
    </message>
    <message>
        <source>Client satisfaction</source>
        <translation>Client satisfaction</translation>
    </message>
    <message>
        <source>Optional: fill in only if you asked the client.</source>
        <translation>Optional: fill in only if you asked the client.</translation>
    </message>
</context>
<context>
    <name>CloseCrisisDialog</name>
    <message>
        <source>Close the crisis</source>
        <translation>Close the crisis</translation>
    </message>
    <message>
        <source>{name} ({case_no}) · crisis opened {when}</source>
        <translation>{name} ({case_no}) · crisis opened {when}</translation>
    </message>
    <message>
        <source>Every step is settled. Closing is final: the steps can no longer be changed afterwards. Counselling of the case goes on as usual.</source>
        <translation>Every step is settled. Closing is final: the steps can no longer be changed afterwards. Counselling of the case goes on as usual.</translation>
    </message>
    <message>
        <source>e.g. the risk has passed; weekly sessions continue</source>
        <translation>e.g. the risk has passed; weekly sessions continue</translation>
    </message>
    <message>
        <source>Closing note</source>
        <translation>Closing note</translation>
    </message>
    <message>
        <source>Required: how the crisis ended (at most {max} characters).</source>
        <translation>Required: how the crisis ended (at most {max} characters).</translation>
    </message>
    <message>
        <source>Close crisis</source>
        <translation>Close crisis</translation>
    </message>
</context>
<context>
    <name>ClosingItemsDialog</name>
    <message>
        <source>Closing checklist items</source>
        <translation>Closing checklist items</translation>
    </message>
    <message>
        <source>What the person closing the room checks and ticks before leaving. The defaults quote the room&apos;s rules (关好门窗，切断电器设备的电源，严禁私接电源). Changes apply from the next closing; closings already signed keep the words they were signed with.</source>
        <translation>What the person closing the room checks and ticks before leaving. The defaults quote the room&apos;s rules (关好门窗，切断电器设备的电源，严禁私接电源). Changes apply from the next closing; closings already signed keep the words they were signed with.</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Add item</translation>
    </message>
    <message>
        <source>Add an item at the end (Ctrl+N)</source>
        <translation>Add an item at the end (Ctrl+N)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Take the selected item off the list</source>
        <translation>Take the selected item off the list</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Down</translation>
    </message>
    <message>
        <source>&amp;Words of the selected item:</source>
        <translation>&amp;Words of the selected item:</translation>
    </message>
    <message>
        <source>e.g. 饮水机电源已拔掉 (water dispenser unplugged)</source>
        <translation>e.g. 饮水机电源已拔掉 (water dispenser unplugged)</translation>
    </message>
    <message>
        <source>Save list</source>
        <translation>Save list</translation>
    </message>
    <message>
        <source>From the rules: {rule}</source>
        <translation>From the rules: {rule}</translation>
    </message>
    <message>
        <source>Close and discard the changes to the list?</source>
        <translation>Close and discard the changes to the list?</translation>
    </message>
</context>
<context>
    <name>ClosingPage</name>
    <message>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Every visit record is signed.</source>
        <translation>Every visit record is signed.</translation>
    </message>
    <message>
        <source>{count} of them from earlier days.</source>
        <translation>{count} of them from earlier days.</translation>
    </message>
    <message>
        <source>No appointments today.</source>
        <translation>No appointments today.</translation>
    </message>
    <message>
        <source>No open crisis.</source>
        <translation>No open crisis.</translation>
    </message>
    <message>
        <source>Every test material is back and the counts add up.</source>
        <translation>Every test material is back and the counts add up.</translation>
    </message>
    <message>
        <source>{what}: {names}.</source>
        <translation>{what}: {names}.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Nobody is still on duty.</source>
        <translation>Nobody is still on duty.</translation>
    </message>
    <message>
        <source>Still on duty since: {names}. End the duty on the Duty page.</source>
        <translation>Still on duty since: {names}. End the duty on the Duty page.</translation>
    </message>
    <message>
        <source>The records were backed up today.</source>
        <translation>The records were backed up today.</translation>
    </message>
    <message>
        <source>No backup of the records today. The supervisor makes one under Settings → Backups.</source>
        <translation>No backup of the records today. The supervisor makes one under Settings → Backups.</translation>
    </message>
    <message>
        <source>Passes.</source>
        <translation>Passes.</translation>
    </message>
    <message>
        <source>Does not pass: {names}.</source>
        <translation>Does not pass: {names}.</translation>
    </message>
    <message>
        <source>Does not pass.</source>
        <translation>Does not pass.</translation>
    </message>
    <message>
        <source>Open visit records</source>
        <translation>Open visit records</translation>
    </message>
    <message>
        <source>Open appointments</source>
        <translation>Open appointments</translation>
    </message>
    <message>
        <source>Open crises</source>
        <translation>Open crises</translation>
    </message>
    <message>
        <source>Open test materials</source>
        <translation>Open test materials</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>Open settings</translation>
    </message>
    <message>
        <source>Open the duty log</source>
        <translation>Open the duty log</translation>
    </message>
    <message>
        <source>Windows of every room closed</source>
        <translation>Windows of every room closed</translation>
    </message>
    <message>
        <source>Doors of every room closed and locked</source>
        <translation>Doors of every room closed and locked</translation>
    </message>
    <message>
        <source>Electrical equipment switched off</source>
        <translation>Electrical equipment switched off</translation>
    </message>
    <message>
        <source>No private wiring or extension leads</source>
        <translation>No private wiring or extension leads</translation>
    </message>
    <message>
        <source>Records and test materials locked in the cabinet</source>
        <translation>Records and test materials locked in the cabinet</translation>
    </message>
    <message>
        <source>Room tidy, things back in their place</source>
        <translation>Room tidy, things back in their place</translation>
    </message>
    <message>
        <source>No visitor or anyone else left in the rooms</source>
        <translation>No visitor or anyone else left in the rooms</translation>
    </message>
    <message>
        <source>Signed by {name} at {time}.</source>
        <translation>Signed by {name} at {time}.</translation>
    </message>
    <message>
        <source>{count} visit record not signed: {names}.</source>
        <translation>{count} visit record not signed: {names}.</translation>
    </message>
    <message>
        <source>{count} visit records not signed: {names}.</source>
        <translation>{count} visit records not signed: {names}.</translation>
    </message>
    <message>
        <source>The day&apos;s {count} appointment is settled.</source>
        <translation>The day&apos;s {count} appointment is settled.</translation>
    </message>
    <message>
        <source>All {count} appointments of the day are settled.</source>
        <translation>All {count} appointments of the day are settled.</translation>
    </message>
    <message>
        <source>{count} appointment still only booked: {names}. Mark it attended, no-show or cancelled.</source>
        <translation>{count} appointment still only booked: {names}. Mark it attended, no-show or cancelled.</translation>
    </message>
    <message>
        <source>{count} appointments still only booked: {names}. Mark each attended, no-show or cancelled.</source>
        <translation>{count} appointments still only booked: {names}. Mark each attended, no-show or cancelled.</translation>
    </message>
    <message>
        <source>The {count} open crisis was looked at today.</source>
        <translation>The {count} open crisis was looked at today.</translation>
    </message>
    <message>
        <source>All {count} open crises were looked at today.</source>
        <translation>All {count} open crises were looked at today.</translation>
    </message>
    <message>
        <source>{count} open crisis not reviewed today: {names}. Its counsellor reviews it on the Crises page.</source>
        <translation>{count} open crisis not reviewed today: {names}. Its counsellor reviews it on the Crises page.</translation>
    </message>
    <message>
        <source>{count} open crises not reviewed today: {names}. Their counsellor reviews them on the Crises page.</source>
        <translation>{count} open crises not reviewed today: {names}. Their counsellor reviews them on the Crises page.</translation>
    </message>
    <message>
        <source>{count} copy still out</source>
        <translation>{count} copy still out</translation>
    </message>
    <message>
        <source>{count} copies still out</source>
        <translation>{count} copies still out</translation>
    </message>
    <message>
        <source>{count} material whose counts do not add up</source>
        <translation>{count} material whose counts do not add up</translation>
    </message>
    <message>
        <source>{count} materials whose counts do not add up</source>
        <translation>{count} materials whose counts do not add up</translation>
    </message>
    <message>
        <source>{count} check did not pass; the reason was kept.</source>
        <translation>{count} check did not pass; the reason was kept.</translation>
    </message>
    <message>
        <source>{count} checks did not pass; the reason was kept.</source>
        <translation>{count} checks did not pass; the reason was kept.</translation>
    </message>
    <message>
        <source>The room:</source>
        <translation>The room:</translation>
    </message>
    <message>
        <source>The records, when it was signed:</source>
        <translation>The records, when it was signed:</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
    <message>
        <source>Go to the page where this is done</source>
        <translation>Go to the page where this is done</translation>
    </message>
    <message>
        <source>Today</source>
        <extracomment>Where the work behind each data check is done (a page key of the main window).</extracomment>
        <translation>Today</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>The room</source>
        <translation>The room</translation>
    </message>
    <message>
        <source>Go round the rooms and tick each item once it is done.</source>
        <translation>Go round the rooms and tick each item once it is done.</translation>
    </message>
    <message>
        <source>Edit items…</source>
        <translation>Edit items…</translation>
    </message>
    <message>
        <source>Change the list of items to check (signed closings keep their own words)</source>
        <translation>Change the list of items to check (signed closings keep their own words)</translation>
    </message>
    <message>
        <source>The records</source>
        <translation>The records</translation>
    </message>
    <message>
        <source>Checked by CounselRoom itself, for the whole room.</source>
        <translation>Checked by CounselRoom itself, for the whole room.</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>Ask the records again (F5)</source>
        <translation>Ask the records again (F5)</translation>
    </message>
    <message>
        <source>&amp;Why is the room closed with this open? (kept with the closing)</source>
        <translation>&amp;Why is the room closed with this open? (kept with the closing)</translation>
    </message>
    <message>
        <source>e.g. 周老师的记录明早补签，已告知负责人</source>
        <translation>e.g. 周老师的记录明早补签，已告知负责人</translation>
    </message>
    <message>
        <source>Sign the closing</source>
        <translation>Sign the closing</translation>
    </message>
    <message>
        <source>Sign today&apos;s closing checklist with your name and the time (Ctrl+Return)</source>
        <translation>Sign today&apos;s closing checklist with your name and the time (Ctrl+Return)</translation>
    </message>
    <message>
        <source>The month before</source>
        <translation>The month before</translation>
    </message>
    <message>
        <source>The month after</source>
        <translation>The month after</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Back to this month</source>
        <translation>Back to this month</translation>
    </message>
    <message>
        <source>Print month…</source>
        <translation>Print month…</translation>
    </message>
    <message>
        <source>Print the month&apos;s closings for the file</source>
        <translation>Print the month&apos;s closings for the file</translation>
    </message>
    <message>
        <source>Save month as PDF…</source>
        <translation>Save month as PDF…</translation>
    </message>
    <message>
        <source>Save the month&apos;s closings as a PDF file</source>
        <translation>Save the month&apos;s closings as a PDF file</translation>
    </message>
    <message>
        <source>Closing checklist</source>
        <translation>Closing checklist</translation>
    </message>
    <message>
        <source>Today, {day} ({weekday}). The room closes at {time}.</source>
        <translation>Today, {day} ({weekday}). The room closes at {time}.</translation>
    </message>
    <message>
        <source>Today, {day} ({weekday}), the room does not open; a closing can still be signed.</source>
        <translation>Today, {day} ({weekday}), the room does not open; a closing can still be signed.</translation>
    </message>
    <message>
        <source>The closing of {day} ({weekday}) was not signed. Tell the supervisor if the room was left open or unchecked.</source>
        <translation>The closing of {day} ({weekday}) was not signed. Tell the supervisor if the room was left open or unchecked.</translation>
    </message>
    <message>
        <source>From the rules: {rule}</source>
        <translation>From the rules: {rule}</translation>
    </message>
    <message>
        <source>Checked at {time}.</source>
        <translation>Checked at {time}.</translation>
    </message>
    <message>
        <source>Not signed yet — the room&apos;s hours are over.</source>
        <translation>Not signed yet — the room&apos;s hours are over.</translation>
    </message>
    <message>
        <source>Not signed yet.</source>
        <translation>Not signed yet.</translation>
    </message>
    <message>
        <source>You are still on duty (since {time}): end your duty on the Duty page first.</source>
        <translation>You are still on duty (since {time}): end your duty on the Duty page first.</translation>
    </message>
    <message>
        <source>{count} item of the room still to tick.</source>
        <translation>{count} item of the room still to tick.</translation>
    </message>
    <message>
        <source>{count} items of the room still to tick.</source>
        <translation>{count} items of the room still to tick.</translation>
    </message>
    <message>
        <source>{count} check of the records does not pass: say why above, or settle it first.</source>
        <translation>{count} check of the records does not pass: say why above, or settle it first.</translation>
    </message>
    <message>
        <source>{count} checks of the records do not pass: say why above, or settle them first.</source>
        <translation>{count} checks of the records do not pass: say why above, or settle them first.</translation>
    </message>
    <message>
        <source>Opening days: {open}; signed: {signed} ({overridden} with a reason); missed: {missed}.</source>
        <translation>Opening days: {open}; signed: {signed} ({overridden} with a reason); missed: {missed}.</translation>
    </message>
    <message>
        <source>Ready to sign.</source>
        <translation>Ready to sign.</translation>
    </message>
    <message>
        <source>As the records were when it was signed.</source>
        <translation>As the records were when it was signed.</translation>
    </message>
    <message>
        <source>Today&apos;s closing is signed. Nothing more to do here today.</source>
        <translation>Today&apos;s closing is signed. Nothing more to do here today.</translation>
    </message>
    <message>
        <source>Sign today&apos;s closing as {name}? A signed closing cannot be changed.</source>
        <translation>Sign today&apos;s closing as {name}? A signed closing cannot be changed.</translation>
    </message>
    <message>
        <source>Today&apos;s closing is signed ({time}).</source>
        <translation>Today&apos;s closing is signed ({time}).</translation>
    </message>
    <message>
        <source>The checklist items are saved; they apply from the next closing.</source>
        <translation>The checklist items are saved; they apply from the next closing.</translation>
    </message>
    <message>
        <source>{year}-{month:02d}</source>
        <translation>{year}-{month:02d}</translation>
    </message>
    <message>
        <source>Choose a day to see its closing.</source>
        <translation>Choose a day to see its closing.</translation>
    </message>
    <message>
        <source>No opening days in this month yet.</source>
        <translation>No opening days in this month yet.</translation>
    </message>
    <message>
        <source>Missed: {days}.</source>
        <translation>Missed: {days}.</translation>
    </message>
    <message>
        <source>{day}: the room was open and nobody signed its closing.</source>
        <translation>{day}: the room was open and nobody signed its closing.</translation>
    </message>
    <message>
        <source>{day}: the room does not open on this day.</source>
        <translation>{day}: the room does not open on this day.</translation>
    </message>
    <message>
        <source>{day}: before the closing checklist was in use.</source>
        <translation>{day}: before the closing checklist was in use.</translation>
    </message>
    <message>
        <source>{day}: still to come.</source>
        <translation>{day}: still to come.</translation>
    </message>
    <message>
        <source>{day}: not signed yet.</source>
        <translation>{day}: not signed yet.</translation>
    </message>
    <message>
        <source>Closing record {year}-{month:02d}</source>
        <translation>Closing record {year}-{month:02d}</translation>
    </message>
    <message>
        <source>The closing record of {year}-{month:02d} was sent to the printer.</source>
        <translation>The closing record of {year}-{month:02d} was sent to the printer.</translation>
    </message>
    <message>
        <source>closing-record-{year}-{month:02d}.pdf</source>
        <translation>closing-record-{year}-{month:02d}.pdf</translation>
    </message>
    <message>
        <source>The PDF lists who closed the room on which day and the reasons they gave. It is not encrypted: save it only where it is needed and delete it afterwards.</source>
        <translation>The PDF lists who closed the room on which day and the reasons they gave. It is not encrypted: save it only where it is needed and delete it afterwards.</translation>
    </message>
    <message>
        <source>The closing record of {year}-{month:02d} was saved as {path}.</source>
        <translation>The closing record of {year}-{month:02d} was saved as {path}.</translation>
    </message>
</context>
<context>
    <name>ClosingPrompt</name>
    <message>
        <source>You are still on duty (since {time}). End your duty in the duty log before leaving; a duty left running shows as never ended.</source>
        <translation>You are still on duty (since {time}). End your duty in the duty log before leaving; a duty left running shows as never ended.</translation>
    </message>
    <message>
        <source>Closing checklist</source>
        <translation>Closing checklist</translation>
    </message>
    <message>
        <source>Today&apos;s closing checklist is not signed yet.</source>
        <translation>Today&apos;s closing checklist is not signed yet.</translation>
    </message>
    <message>
        <source>The room&apos;s hours are over. Before leaving, check the windows, doors and power and sign the closing checklist (闭室检查); a day without it shows as missed.</source>
        <translation>The room&apos;s hours are over. Before leaving, check the windows, doors and power and sign the closing checklist (闭室检查); a day without it shows as missed.</translation>
    </message>
    <message>
        <source>Duty log</source>
        <translation>Duty log</translation>
    </message>
    <message>
        <source>Your duty has not been ended.</source>
        <translation>Your duty has not been ended.</translation>
    </message>
    <message>
        <source>Go to the checklist</source>
        <translation>Go to the checklist</translation>
    </message>
    <message>
        <source>Go to the duty log</source>
        <translation>Go to the duty log</translation>
    </message>
    <message>
        <source>Quit anyway</source>
        <translation>Quit anyway</translation>
    </message>
</context>
<context>
    <name>ComponentsModel</name>
    <message>
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Check the recovery code</source>
        <translation>Check the recovery code</translation>
    </message>
    <message>
        <source>From your sheet, type group {a} and group {b} of the recovery code.</source>
        <translation>From your sheet, type group {a} and group {b} of the recovery code.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record informed consent</source>
        <translation>Record informed consent</translation>
    </message>
    <message>
        <source>Record the consent once it was given on the signed form. Consent is informed only after the limits of confidentiality (保密例外) were explained.</source>
        <translation>Record the consent once it was given on the signed form. Consent is informed only after the limits of confidentiality (保密例外) were explained.</translation>
    </message>
    <message>
        <source>Consent to</source>
        <translation>Consent to</translation>
    </message>
    <message>
        <source>Choose who signed</source>
        <translation>Choose who signed</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Given by</translation>
    </message>
    <message>
        <source>For a minor student, the guardian signs; record the student&apos;s own consent too.</source>
        <translation>For a minor student, the guardian signs; record the student&apos;s own consent too.</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>This case (case {number})</source>
        <translation>This case (case {number})</translation>
    </message>
    <message>
        <source>All of the client&apos;s cases</source>
        <translation>All of the client&apos;s cases</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Applies to</translation>
    </message>
    <message>
        <source>What was agreed, e.g. individual counselling, weekly, six sessions</source>
        <translation>What was agreed, e.g. individual counselling, weekly, six sessions</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>The limits of confidentiality (保密例外) were explained: risk to the client or to others, and what the law requires to be reported</source>
        <translation>The limits of confidentiality (保密例外) were explained: risk to the client or to others, and what the law requires to be reported</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Confidentiality</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>The scan or photo of the signed form: PDF, PNG or JPEG</source>
        <translation>The scan or photo of the signed form: PDF, PNG or JPEG</translation>
    </message>
    <message>
        <source>Signed form</source>
        <translation>Signed form</translation>
    </message>
    <message>
        <source>Kept encrypted in the records. Afterwards delete the scanner&apos;s copy of the file.</source>
        <translation>Kept encrypted in the records. Afterwards delete the scanner&apos;s copy of the file.</translation>
    </message>
    <message>
        <source>No file chosen (it can be attached later).</source>
        <translation>No file chosen (it can be attached later).</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Do not attach the chosen file</source>
        <translation>Do not attach the chosen file</translation>
    </message>
    <message>
        <source>Save consent</source>
        <translation>Save consent</translation>
    </message>
    <message>
        <source>Choose the scan of the signed form</source>
        <translation>Choose the scan of the signed form</translation>
    </message>
    <message>
        <source>The file cannot be read: {path}</source>
        <translation>The file cannot be read: {path}</translation>
    </message>
    <message>
        <source>{name} ({size})</source>
        <translation>{name} ({size})</translation>
    </message>
    <message>
        <source>Choose who gave the consent.</source>
        <translation>Choose who gave the consent.</translation>
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
        <translation>Scans (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
</context>
<context>
    <name>ConsentModel</name>
    <message>
        <source>Consent to</source>
        <translation>Consent to</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Applies to</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Given by</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Limits
explained</source>
        <translation>Limits
explained</translation>
    </message>
    <message>
        <source>Signed form</source>
        <translation>Signed form</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Whether the limits of confidentiality (保密例外) were explained</source>
        <translation>Whether the limits of confidentiality (保密例外) were explained</translation>
    </message>
    <message>
        <source>Given for this case, or for all of the client&apos;s cases</source>
        <translation>Given for this case, or for all of the client&apos;s cases</translation>
    </message>
    <message>
        <source>This case</source>
        <translation>This case</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>All cases</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation>Not attached</translation>
    </message>
    <message>
        <source>{name} ({size})</source>
        <translation>{name} ({size})</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>No scan attached yet: use &quot;Attach scan…&quot;</source>
        <translation>No scan attached yet: use &quot;Attach scan…&quot;</translation>
    </message>
    <message>
        <source>{file}
Double-click the row to view the signed form.</source>
        <translation>{file}
Double-click the row to view the signed form.</translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation>(no note)</translation>
    </message>
    <message>
        <source>Withdrawn on {date}: {note}</source>
        <translation>Withdrawn on {date}: {note}</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>Record consent…</source>
        <translation>Record consent…</translation>
    </message>
    <message>
        <source>Record a consent given on a signed form</source>
        <translation>Record a consent given on a signed form</translation>
    </message>
    <message>
        <source>Attach scan…</source>
        <translation>Attach scan…</translation>
    </message>
    <message>
        <source>Attach or replace the scan of the selected consent&apos;s signed form</source>
        <translation>Attach or replace the scan of the selected consent&apos;s signed form</translation>
    </message>
    <message>
        <source>View scan</source>
        <translation>View scan</translation>
    </message>
    <message>
        <source>Show the selected consent&apos;s signed form (recorded in the audit log)</source>
        <translation>Show the selected consent&apos;s signed form (recorded in the audit log)</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Withdraw…</translation>
    </message>
    <message>
        <source>Record that the selected consent was withdrawn</source>
        <translation>Record that the selected consent was withdrawn</translation>
    </message>
    <message>
        <source>Consent forms are handled by the counsellors and the supervisor.</source>
        <translation>Consent forms are handled by the counsellors and the supervisor.</translation>
    </message>
    <message>
        <source>No consent recorded yet. Before counselling starts, record the consent of the client (and of the guardian for a minor) and attach the signed form.</source>
        <translation>No consent recorded yet. Before counselling starts, record the consent of the client (and of the guardian for a minor) and attach the signed form.</translation>
    </message>
    <message>
        <source>No valid consent to counselling is recorded for this case.</source>
        <translation>No valid consent to counselling is recorded for this case.</translation>
    </message>
    <message>
        <source>Consents for this case and for all of the client&apos;s cases. Withdrawn ones are greyed. Double-click a row to view its signed form.</source>
        <translation>Consents for this case and for all of the client&apos;s cases. Withdrawn ones are greyed. Double-click a row to view its signed form.</translation>
    </message>
    <message>
        <source>Scope: {scope}</source>
        <translation>Scope: {scope}</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(not stated)</translation>
    </message>
    <message>
        <source>Withdrawn on {date}: {note}</source>
        <translation>Withdrawn on {date}: {note}</translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation>(no note)</translation>
    </message>
    <message>
        <source>Consent to {kind} recorded.</source>
        <translation>Consent to {kind} recorded.</translation>
    </message>
    <message>
        <source>Replace the signed form</source>
        <translation>Replace the signed form</translation>
    </message>
    <message>
        <source>This consent already has a signed form ({name}). Replace it with another file? The current one is then no longer kept.</source>
        <translation>This consent already has a signed form ({name}). Replace it with another file? The current one is then no longer kept.</translation>
    </message>
    <message>
        <source>Choose the scan of the signed form</source>
        <translation>Choose the scan of the signed form</translation>
    </message>
    <message>
        <source>Attach scan</source>
        <translation>Attach scan</translation>
    </message>
    <message>
        <source>The file cannot be read: {path}</source>
        <translation>The file cannot be read: {path}</translation>
    </message>
    <message>
        <source>Signed form {name} attached.</source>
        <translation>Signed form {name} attached.</translation>
    </message>
    <message>
        <source>Consent to {kind} withdrawn on {date}.</source>
        <translation>Consent to {kind} withdrawn on {date}.</translation>
    </message>
</context>
<context>
    <name>ContactDetail</name>
    <message>
        <source>What was said</source>
        <translation>What was said</translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation>What was agreed</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>What may be shared with parents and teachers: concerns about the student&apos;s safety (a risk of harm to self or others, or of being harmed) and what the student agreed to share. The content of counselling sessions is not shared. Write down what was said in this conversation, in those limits.</source>
        <translation>What may be shared with parents and teachers: concerns about the student&apos;s safety (a risk of harm to self or others, or of being harmed) and what the student agreed to share. The content of counselling sessions is not shared. Write down what was said in this conversation, in those limits.</translation>
    </message>
    <message>
        <source>Correct contact record</source>
        <translation>Correct contact record</translation>
    </message>
    <message>
        <source>Record a contact</source>
        <translation>Record a contact</translation>
    </message>
    <message>
        <source>e.g. Ms Wang, the mother</source>
        <translation>e.g. Ms Wang, the mother</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contacted</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Set the date and time to now</source>
        <translation>Set the date and time to now</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>What you told them and what they told you</source>
        <translation>What you told them and what they told you</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>What was said</translation>
    </message>
    <message>
        <source>e.g. the mother takes the student to the hospital this week</source>
        <translation>e.g. the mother takes the student to the hospital this week</translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation>What was agreed</translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation>Optional.</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation>Save contact</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contacted</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message>
        <source>Record a contact…</source>
        <translation>Record a contact…</translation>
    </message>
    <message>
        <source>Record a conversation with a parent, the head teacher or another teacher about this student</source>
        <translation>Record a conversation with a parent, the head teacher or another teacher about this student</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <source>Correct a contact you recorded, within a day of recording it</source>
        <translation>Correct a contact you recorded, within a day of recording it</translation>
    </message>
    <message>
        <source>No contacts recorded yet. After a call, a meeting or a home visit with the family or the school, record it with &quot;Record a contact…&quot;.</source>
        <translation>No contacts recorded yet. After a call, a meeting or a home visit with the family or the school, record it with &quot;Record a contact…&quot;.</translation>
    </message>
    <message>
        <source>Contacts with families and teachers are part of the counselling record: only counsellors and the supervisor can see them.</source>
        <translation>Contacts with families and teachers are part of the counselling record: only counsellors and the supervisor can see them.</translation>
    </message>
    <message>
        <source>The contacts are shown once a reason for opening this case is given.</source>
        <translation>The contacts are shown once a reason for opening this case is given.</translation>
    </message>
    <message>
        <source>Contact with {name} saved.</source>
        <translation>Contact with {name} saved.</translation>
    </message>
</context>
<context>
    <name>CorrectShiftDialog</name>
    <message>
        <source>Correct a shift</source>
        <translation>Correct a shift</translation>
    </message>
    <message>
        <source>The old values stay in the audit log with your reason.</source>
        <translation>The old values stay in the audit log with your reason.</translation>
    </message>
    <message>
        <source>You can correct your shift until the end of the day it was recorded; afterwards the supervisor corrects it.</source>
        <translation>You can correct your shift until the end of the day it was recorded; afterwards the supervisor corrects it.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <source>Events and notes</source>
        <translation>Events and notes</translation>
    </message>
    <message>
        <source>e.g. checked against the sign-in sheet</source>
        <translation>e.g. checked against the sign-in sheet</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>Save correction</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Something went wrong: the program ran into an unexpected problem. Saved records are not lost; please restart the program, and if this keeps happening, give the error note to the school&apos;s IT teacher.</source>
        <translation>Something went wrong: the program ran into an unexpected problem. Saved records are not lost; please restart the program, and if this keeps happening, give the error note to the school&apos;s IT teacher.</translation>
    </message>
    <message>
        <source>The error note could not be saved.</source>
        <translation>The error note could not be saved.</translation>
    </message>
    <message>
        <source>The error note is in this file:</source>
        <translation>The error note is in this file:</translation>
    </message>
</context>
<context>
    <name>CrisesModel</name>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Counsellor</translation>
    </message>
    <message>
        <source>Closed {when}</source>
        <translation>Closed {when}</translation>
    </message>
    <message>
        <source>Still to settle: {steps}</source>
        <translation>Still to settle: {steps}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Every step is settled: ready to close</source>
        <translation>Every step is settled: ready to close</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Ready to close</source>
        <translation>Ready to close</translation>
    </message>
    <message>
        <source>{n} open</source>
        <translation>{n} open</translation>
    </message>
</context>
<context>
    <name>CrisesPage</name>
    <message>
        <source>A crisis intervention opens when a visit record is signed with a medium or high risk, or a test with a critical answer or a severe score, or by hand when someone reports a student at risk. Settle each required step — done, or not applicable with the reason — then close it.</source>
        <translation>A crisis intervention opens when a visit record is signed with a medium or high risk, or a test with a critical answer or a severe score, or by hand when someone reports a student at risk. Settle each required step — done, or not applicable with the reason — then close it.</translation>
    </message>
    <message>
        <source>Show closed crises</source>
        <translation>Show closed crises</translation>
    </message>
    <message>
        <source>Also list the crises closed earlier, most recent first</source>
        <translation>Also list the crises closed earlier, most recent first</translation>
    </message>
    <message>
        <source>Add to attention register…</source>
        <translation>Add to attention register…</translation>
    </message>
    <message>
        <source>Put the student of the selected crisis on the attention register (重点关注)</source>
        <translation>Put the student of the selected crisis on the attention register (重点关注)</translation>
    </message>
    <message>
        <source>Open a crisis by hand…</source>
        <translation>Open a crisis by hand…</translation>
    </message>
    <message>
        <source>Someone reported a student at risk: record the report, and register the student if need be</source>
        <translation>Someone reported a student at risk: record the report, and register the student if need be</translation>
    </message>
    <message>
        <source>Crises</source>
        <translation>Crises</translation>
    </message>
    <message>
        <source>{n} open crisis</source>
        <translation>{n} open crisis</translation>
    </message>
    <message>
        <source>{n} open crises</source>
        <translation>{n} open crises</translation>
    </message>
    <message>
        <source>No open crisis</source>
        <translation>No open crisis</translation>
    </message>
    <message>
        <source>Nothing needs crisis intervention now. A crisis appears here when a visit record is signed with a medium or high risk, or a test with a critical answer or a severe score.</source>
        <translation>Nothing needs crisis intervention now. A crisis appears here when a visit record is signed with a medium or high risk, or a test with a critical answer or a severe score.</translation>
    </message>
    <message>
        <source>No open crisis; the closed ones are listed.</source>
        <translation>No open crisis; the closed ones are listed.</translation>
    </message>
    <message>
        <source>Select a crisis in the list to see its steps.</source>
        <translation>Select a crisis in the list to see its steps.</translation>
    </message>
</context>
<context>
    <name>CrisisLabels</name>
    <message>
        <source>Tell a parent or guardian: who told whom, when and how.</source>
        <translation>Tell a parent or guardian: who told whom, when and how.</translation>
    </message>
    <message>
        <source>Report to the school&apos;s leadership, e.g. the head of student affairs.</source>
        <translation>Report to the school&apos;s leadership, e.g. the head of student affairs.</translation>
    </message>
    <message>
        <source>Refer to a hospital or specialist, or consult a colleague or supervisor.</source>
        <translation>Refer to a hospital or specialist, or consult a colleague or supervisor.</translation>
    </message>
    <message>
        <source>Agree a safety plan with the student: warning signs, whom to call, safe places.</source>
        <translation>Agree a safety plan with the student: warning signs, whom to call, safe places.</translation>
    </message>
    <message>
        <source>Plan when the student will be seen again.</source>
        <translation>Plan when the student will be seen again.</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <source>Made with</source>
        <translation>Made with</translation>
    </message>
    <message>
        <source>Who was told</source>
        <translation>Who was told</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Letter or written notice</source>
        <translation>Letter or written notice</translation>
    </message>
    <message>
        <source>Text message or WeChat</source>
        <translation>Text message or WeChat</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
</context>
<context>
    <name>CrisisPanel</name>
    <message>
        <source>Done…</source>
        <translation>Done…</translation>
    </message>
    <message>
        <source>Record that this step was carried out: who, when and how</source>
        <translation>Record that this step was carried out: who, when and how</translation>
    </message>
    <message>
        <source>Not applicable…</source>
        <translation>Not applicable…</translation>
    </message>
    <message>
        <source>Mark this step as not applicable, with the reason</source>
        <translation>Mark this step as not applicable, with the reason</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <source>Correct what was recorded for this step</source>
        <translation>Correct what was recorded for this step</translation>
    </message>
    <message>
        <source>To do: {what}</source>
        <translation>To do: {what}</translation>
    </message>
    <message>
        <source>Not applicable: {reason}</source>
        <translation>Not applicable: {reason}</translation>
    </message>
    <message>
        <source>Done {when} by {who}</source>
        <translation>Done {when} by {who}</translation>
    </message>
    <message>
        <source>{what}: {value}</source>
        <translation>{what}: {value}</translation>
    </message>
    <message>
        <source>Follow-ups: {dates}</source>
        <translation>Follow-ups: {dates}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Note: {note}</translation>
    </message>
    <message>
        <source>Mark as reviewed today</source>
        <translation>Mark as reviewed today</translation>
    </message>
    <message>
        <source>Record that you looked at this crisis today (the end-of-day check asks for it)</source>
        <translation>Record that you looked at this crisis today (the end-of-day check asks for it)</translation>
    </message>
    <message>
        <source>Close crisis…</source>
        <translation>Close crisis…</translation>
    </message>
    <message>
        <source>Required steps</source>
        <translation>Required steps</translation>
    </message>
    <message>
        <source>No crisis for this case.</source>
        <translation>No crisis for this case.</translation>
    </message>
    <message>
        <source>A crisis intervention opens when a visit record is signed with a medium or high risk.</source>
        <translation>A crisis intervention opens when a visit record is signed with a medium or high risk.</translation>
    </message>
    <message>
        <source>Reviewed today ({when}).</source>
        <translation>Reviewed today ({when}).</translation>
    </message>
    <message>
        <source>Opened today, which counts as today&apos;s review.</source>
        <translation>Opened today, which counts as today&apos;s review.</translation>
    </message>
    <message>
        <source>Last reviewed {when}: review it today.</source>
        <translation>Last reviewed {when}: review it today.</translation>
    </message>
    <message>
        <source>Not reviewed since it was opened: review it today.</source>
        <translation>Not reviewed since it was opened: review it today.</translation>
    </message>
    <message>
        <source>{name} ({case_no})</source>
        <translation>{name} ({case_no})</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Opened {when}, when visit {no} ({date}) was signed with this risk.</source>
        <translation>Opened {when}, when visit {no} ({date}) was signed with this risk.</translation>
    </message>
    <message>
        <source>Opened {when}, when a {scale} test of {date} was signed with a critical answer or score.</source>
        <translation>Opened {when}, when a {scale} test of {date} was signed with a critical answer or score.</translation>
    </message>
    <message>
        <source>Opened by hand {when}. Reported {reported} by {who}: &quot;{report}&quot;</source>
        <translation>Opened by hand {when}. Reported {reported} by {who}: &quot;{report}&quot;</translation>
    </message>
    <message>
        <source>Opened {when}.</source>
        <translation>Opened {when}.</translation>
    </message>
    <message>
        <source>Counsellor: {name}.</source>
        <translation>Counsellor: {name}.</translation>
    </message>
    <message>
        <source>Still to settle ({n} of {total}): {steps}.</source>
        <translation>Still to settle ({n} of {total}): {steps}.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Every step must be done or marked not applicable first</source>
        <translation>Every step must be done or marked not applicable first</translation>
    </message>
    <message>
        <source>Every step is settled. The crisis can be closed.</source>
        <translation>Every step is settled. The crisis can be closed.</translation>
    </message>
    <message>
        <source>Close the crisis with a closing note</source>
        <translation>Close the crisis with a closing note</translation>
    </message>
    <message>
        <source>Closed {when}. Closing note: {note}</source>
        <translation>Closed {when}. Closing note: {note}</translation>
    </message>
    <message>
        <source>The crisis cannot be shown.</source>
        <translation>The crisis cannot be shown.</translation>
    </message>
    <message>
        <source>The crisis was not opened.</source>
        <translation>The crisis was not opened.</translation>
    </message>
    <message>
        <source>A case of another counsellor opens only with a reason, which is recorded in the audit log.</source>
        <translation>A case of another counsellor opens only with a reason, which is recorded in the audit log.</translation>
    </message>
    <message>
        <source>&quot;{step}&quot; saved.</source>
        <translation>&quot;{step}&quot; saved.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Every step is settled: the crisis can now be closed.</source>
        <translation>Every step is settled: the crisis can now be closed.</translation>
    </message>
    <message>
        <source>The crisis is closed.</source>
        <translation>The crisis is closed.</translation>
    </message>
    <message>
        <source>Marked as reviewed.</source>
        <translation>Marked as reviewed.</translation>
    </message>
</context>
<context>
    <name>CrisisStepDialog</name>
    <message>
        <source>{name} ({case_no}) · crisis opened {when}</source>
        <translation>{name} ({case_no}) · crisis opened {when}</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <source>The step was carried out: say who, when and how</source>
        <translation>The step was carried out: say who, when and how</translation>
    </message>
    <message>
        <source>&amp;Not applicable</source>
        <translation>&amp;Not applicable</translation>
    </message>
    <message>
        <source>The step does not apply to this crisis: say why</source>
        <translation>The step does not apply to this crisis: say why</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>e.g. 李老师</source>
        <translation>e.g. 李老师</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Done by</translation>
    </message>
    <message>
        <source>May be someone without an account, e.g. the head teacher.</source>
        <translation>May be someone without an account, e.g. the head teacher.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Set the date and time to now</source>
        <translation>Set the date and time to now</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>e.g. the mother, Ms Wang</source>
        <translation>e.g. the mother, Ms Wang</translation>
    </message>
    <message>
        <source>e.g. Director Zhang, student affairs</source>
        <translation>e.g. Director Zhang, student affairs</translation>
    </message>
    <message>
        <source>e.g. the city children&apos;s hospital, psychiatry</source>
        <translation>e.g. the city children&apos;s hospital, psychiatry</translation>
    </message>
    <message>
        <source>e.g. the student and the mother</source>
        <translation>e.g. the student and the mother</translation>
    </message>
    <message>
        <source>Choose or type</source>
        <translation>Choose or type</translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation>Optional.</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Add date</source>
        <translation>Add date</translation>
    </message>
    <message>
        <source>Add the chosen date to the planned follow-ups</source>
        <translation>Add the chosen date to the planned follow-ups</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the selected date</source>
        <translation>Remove the selected date</translation>
    </message>
    <message>
        <source>Follow-up dates</source>
        <translation>Follow-up dates</translation>
    </message>
    <message>
        <source>Pick a date and press Add date; add every planned follow-up.</source>
        <translation>Pick a date and press Add date; add every planned follow-up.</translation>
    </message>
    <message>
        <source>Key points of the plan, and where the signed copy is kept</source>
        <translation>Key points of the plan, and where the signed copy is kept</translation>
    </message>
    <message>
        <source>Anything worth keeping, in a few words</source>
        <translation>Anything worth keeping, in a few words</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>e.g. the parents took the student to hospital themselves</source>
        <translation>e.g. the parents took the student to hospital themselves</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Required: why this step does not apply. It is kept with the crisis record.</source>
        <translation>Required: why this step does not apply. It is kept with the crisis record.</translation>
    </message>
    <message>
        <source>Use the guardian on the registration: {guardian}</source>
        <translation>Use the guardian on the registration: {guardian}</translation>
    </message>
    <message>
        <source>Put the guardian&apos;s name and telephone number into &quot;Who was told&quot;</source>
        <translation>Put the guardian&apos;s name and telephone number into &quot;Who was told&quot;</translation>
    </message>
    <message>
        <source>Then record the conversation as a contact with the family</source>
        <translation>Then record the conversation as a contact with the family</translation>
    </message>
    <message>
        <source>After saving, the contact record opens with who, how and when filled in</source>
        <translation>After saving, the contact record opens with who, how and when filled in</translation>
    </message>
    <message>
        <source>Save as not applicable</source>
        <translation>Save as not applicable</translation>
    </message>
    <message>
        <source>Save as done</source>
        <translation>Save as done</translation>
    </message>
</context>
<context>
    <name>DeidentifyDialog</name>
    <message>
        <source>De-identified export</source>
        <translation>De-identified export</translation>
    </message>
    <message>
        <source>For supervision, case conferences, teaching and research. Names, numbers, dates, classes and places are replaced (blue). Amber words may still identify someone: check each one and tick it off, or change the text. Nothing can be saved while one is open.</source>
        <translation>For supervision, case conferences, teaching and research. Names, numbers, dates, classes and places are replaced (blue). Amber words may still identify someone: check each one and tick it off, or change the text. Nothing can be saved while one is open.</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Include</translation>
    </message>
    <message>
        <source>Prepare again</source>
        <translation>Prepare again</translation>
    </message>
    <message>
        <source>De-identify the records ticked above again</source>
        <translation>De-identify the records ticked above again</translation>
    </message>
    <message>
        <source>De-identified text</source>
        <translation>De-identified text</translation>
    </message>
    <message>
        <source>You may change the text. Anything identifying typed into it is flagged again.</source>
        <translation>You may change the text. Anything identifying typed into it is flagged again.</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>To check</translation>
    </message>
    <message>
        <source>Tick a word once checked: no change needed.</source>
        <translation>Tick a word once checked: no change needed.</translation>
    </message>
    <message>
        <source>What was replaced</source>
        <translation>What was replaced</translation>
    </message>
    <message>
        <source>Save as text…</source>
        <translation>Save as text…</translation>
    </message>
    <message>
        <source>A UTF-8 text file, marked 已去标识化</source>
        <translation>A UTF-8 text file, marked 已去标识化</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>A PDF marked 已去标识化 on every page</source>
        <translation>A PDF marked 已去标识化 on every page</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Prepare the text again? Your changes and ticks are lost.</source>
        <translation>Prepare the text again? Your changes and ticks are lost.</translation>
    </message>
    <message>
        <source>Preparing the de-identified text…</source>
        <translation>Preparing the de-identified text…</translation>
    </message>
    <message>
        <source>Visit {no} · {kind} · {date}</source>
        <translation>Visit {no} · {kind} · {date}</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(draft)</translation>
    </message>
    <message>
        <source>Test: {scale} · {date}</source>
        <translation>Test: {scale} · {date}</translation>
    </message>
    <message>
        <source>Ticked: checked, no change needed</source>
        <translation>Ticked: checked, no change needed</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>checked</translation>
    </message>
    <message>
        <source>to check</source>
        <translation>to check</translation>
    </message>
    <message>
        <source>{kind} · original hidden</source>
        <translation>{kind} · original hidden</translation>
    </message>
    <message>
        <source>{n} flagged word still to check: tick it off or change the text before saving.</source>
        <translation>{n} flagged word still to check: tick it off or change the text before saving.</translation>
    </message>
    <message>
        <source>{n} flagged words still to check: tick each off or change the text before saving.</source>
        <translation>{n} flagged words still to check: tick each off or change the text before saving.</translation>
    </message>
    <message>
        <source>Every flagged word is checked.</source>
        <translation>Every flagged word is checked.</translation>
    </message>
    <message>
        <source>Close and discard your changes and ticks?</source>
        <translation>Close and discard your changes and ticks?</translation>
    </message>
    <message>
        <source>The file holds a de-identified case for supervision, teaching or research. Read it once more before it leaves the room, and keep it only as long as it is needed. Saving is recorded in the audit log.</source>
        <translation>The file holds a de-identified case for supervision, teaching or research. Read it once more before it leaves the room, and keep it only as long as it is needed. Saving is recorded in the audit log.</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Preparing the document…</translation>
    </message>
    <message>
        <source>de-identified-case</source>
        <translation>de-identified-case</translation>
    </message>
    <message>
        <source>Saved as PDF: {path}</source>
        <translation>Saved as PDF: {path}</translation>
    </message>
    <message>
        <source>Save as text</source>
        <translation>Save as text</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <source>Nothing was saved: &quot;{path}&quot; could not be written (the drive may be full, removed or read-only).</source>
        <translation>Nothing was saved: &quot;{path}&quot; could not be written (the drive may be full, removed or read-only).</translation>
    </message>
    <message>
        <source>Saved as text: {path}</source>
        <translation>Saved as text: {path}</translation>
    </message>
</context>
<context>
    <name>DialogButtons</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DrivePicker</name>
    <message>
        <source>Refresh</source>
        <extracomment>How often the list looks for drives plugged in or pulled out while it is shown.</extracomment>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Look again for drives that were plugged in</source>
        <translation>Look again for drives that were plugged in</translation>
    </message>
    <message>
        <source>Another folder…</source>
        <translation>Another folder…</translation>
    </message>
    <message>
        <source>Write the archive into a folder of your choice</source>
        <translation>Write the archive into a folder of your choice</translation>
    </message>
    <message>
        <source>I understand, and still want the archive written here</source>
        <translation>I understand, and still want the archive written here</translation>
    </message>
    <message>
        <source>No USB drive found. Plug in the archive drive; it appears here by itself (or press Refresh).</source>
        <translation>No USB drive found. Plug in the archive drive; it appears here by itself (or press Refresh).</translation>
    </message>
    <message>
        <source>USB drive</source>
        <translation>USB drive</translation>
    </message>
    <message>
        <source>Drive of this computer</source>
        <translation>Drive of this computer</translation>
    </message>
    <message>
        <source>{free} free of {total}</source>
        <translation>{free} free of {total}</translation>
    </message>
    <message>
        <source>{free} free</source>
        <translation>{free} free</translation>
    </message>
    <message>
        <source>{name} ({kind}) — {path} — {space}</source>
        <translation>{name} ({kind}) — {path} — {space}</translation>
    </message>
    <message>
        <source>{path} — {free} free</source>
        <translation>{path} — {free} free</translation>
    </message>
    <message>
        <source>Write the archive into which folder?</source>
        <translation>Write the archive into which folder?</translation>
    </message>
    <message>
        <source>{path} is not a removable drive. The archive is meant to leave this computer and be locked away: on the computer&apos;s own disk it is lost with the computer, and anyone who finds the file needs only the passphrase.</source>
        <translation>{path} is not a removable drive. The archive is meant to leave this computer and be locked away: on the computer&apos;s own disk it is lost with the computer, and anyone who finds the file needs only the passphrase.</translation>
    </message>
</context>
<context>
    <name>DutyDialogs</name>
    <message>
        <source>Events, anything the next person on duty should know. No client details are needed: everyone on the staff sees the duty log.</source>
        <translation>Events, anything the next person on duty should know. No client details are needed: everyone on the staff sees the duty log.</translation>
    </message>
    <message>
        <source>Enter a time like 8:30.</source>
        <translation>Enter a time like 8:30.</translation>
    </message>
</context>
<context>
    <name>DutyLabels</name>
    <message>
        <source>{person} · {day} · from {start}</source>
        <translation>{person} · {day} · from {start}</translation>
    </message>
    <message>
        <source>{person} · {day} · {start}–{end} ({length})</source>
        <translation>{person} · {day} · {start}–{end} ({length})</translation>
    </message>
    <message>
        <source>Entered afterwards</source>
        <translation>Entered afterwards</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>{how}, corrected</source>
        <translation>{how}, corrected</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{hours} h {minutes:02d} min</source>
        <translation>{hours} h {minutes:02d} min</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
</context>
<context>
    <name>DutyPage</name>
    <message>
        <source>Add a past shift…</source>
        <translation>Add a past shift…</translation>
    </message>
    <message>
        <source>Enter duty that was not started and ended with the button</source>
        <translation>Enter duty that was not started and ended with the button</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <source>Correct the selected shift (double-click a shift). Its author can until the end of the day it was recorded; afterwards the supervisor, with a reason.</source>
        <translation>Correct the selected shift (double-click a shift). Its author can until the end of the day it was recorded; afterwards the supervisor, with a reason.</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Withdraw…</translation>
    </message>
    <message>
        <source>Withdraw the selected shift if it was recorded by mistake (with a reason)</source>
        <translation>Withdraw the selected shift if it was recorded by mistake (with a reason)</translation>
    </message>
    <message>
        <source>‹ Previous week</source>
        <translation>‹ Previous week</translation>
    </message>
    <message>
        <source>Show the week before</source>
        <translation>Show the week before</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>Back to the current week</source>
        <translation>Back to the current week</translation>
    </message>
    <message>
        <source>Next week ›</source>
        <translation>Next week ›</translation>
    </message>
    <message>
        <source>Show the week after</source>
        <translation>Show the week after</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Visitors so far</source>
        <translation>Visitors so far</translation>
    </message>
    <message>
        <source>+1 visitor</source>
        <translation>+1 visitor</translation>
    </message>
    <message>
        <source>Someone came to the room: count them (saved at once)</source>
        <translation>Someone came to the room: count them (saved at once)</translation>
    </message>
    <message>
        <source>Events and notes</source>
        <translation>Events and notes</translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation>Save notes</translation>
    </message>
    <message>
        <source>Save the visitors and notes now (Ctrl+S); ending the duty saves them too</source>
        <translation>Save the visitors and notes now (Ctrl+S); ending the duty saves them too</translation>
    </message>
    <message>
        <source>Events, anything the next person on duty should know. No client details are needed: everyone on the staff sees the duty log.</source>
        <translation>Events, anything the next person on duty should know. No client details are needed: everyone on the staff sees the duty log.</translation>
    </message>
    <message>
        <source>End a forgotten duty…</source>
        <translation>End a forgotten duty…</translation>
    </message>
    <message>
        <source>Enter the time this duty really ended</source>
        <translation>Enter the time this duty really ended</translation>
    </message>
    <message>
        <source>Print month…</source>
        <translation>Print month…</translation>
    </message>
    <message>
        <source>Print the month&apos;s duty log for the file</source>
        <translation>Print the month&apos;s duty log for the file</translation>
    </message>
    <message>
        <source>Save month as PDF…</source>
        <translation>Save month as PDF…</translation>
    </message>
    <message>
        <source>Save the month&apos;s duty log as a PDF file, e.g. to print it elsewhere</source>
        <translation>Save the month&apos;s duty log as a PDF file, e.g. to print it elsewhere</translation>
    </message>
    <message>
        <source>Duty log</source>
        <translation>Duty log</translation>
    </message>
    <message>
        <source>Who is on duty in the room, and for how long. The room must be open to students at least {hours} hours every week (心理辅导室定期对学生开放，每周不少于10小时); two people on duty at the same time count once.</source>
        <translation>Who is on duty in the room, and for how long. The room must be open to students at least {hours} hours every week (心理辅导室定期对学生开放，每周不少于10小时); two people on duty at the same time count once.</translation>
    </message>
    <message>
        <source>You are not on duty.</source>
        <translation>You are not on duty.</translation>
    </message>
    <message>
        <source>Start duty</source>
        <translation>Start duty</translation>
    </message>
    <message>
        <source>You are on duty in the room from now (Ctrl+Shift+D)</source>
        <translation>You are on duty in the room from now (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>On duty since {start} · {length}</source>
        <translation>On duty since {start} · {length}</translation>
    </message>
    <message>
        <source>End duty</source>
        <translation>End duty</translation>
    </message>
    <message>
        <source>Your duty ends now; the visitors and notes are saved with it (Ctrl+Shift+D)</source>
        <translation>Your duty ends now; the visitors and notes are saved with it (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>{person} (since {start})</source>
        <translation>{person} (since {start})</translation>
    </message>
    <message>
        <source>Also on duty: {names}</source>
        <translation>Also on duty: {names}</translation>
    </message>
    <message>
        <source>On duty now: {names}</source>
        <translation>On duty now: {names}</translation>
    </message>
    <message>
        <source>Nobody else is on duty now.</source>
        <translation>Nobody else is on duty now.</translation>
    </message>
    <message>
        <source>Nobody is on duty now.</source>
        <translation>Nobody is on duty now.</translation>
    </message>
    <message>
        <source>Duty left open on an earlier day (it does not count until it has an end):</source>
        <translation>Duty left open on an earlier day (it does not count until it has an end):</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>Open hours this week ({span})</source>
        <translation>Open hours this week ({span})</translation>
    </message>
    <message>
        <source>Open hours, week of {span}</source>
        <translation>Open hours, week of {span}</translation>
    </message>
    <message>
        <source>Week {span}</source>
        <translation>Week {span}</translation>
    </message>
    <message>
        <source>{total} open: the weekly minimum of {minimum} is reached.</source>
        <translation>{total} open: the weekly minimum of {minimum} is reached.</translation>
    </message>
    <message>
        <source>{total} open: {missing} short of the weekly minimum of {minimum}.</source>
        <translation>{total} open: {missing} short of the weekly minimum of {minimum}.</translation>
    </message>
    <message>
        <source>{total} open so far; {missing} more to reach the weekly minimum of {minimum}.</source>
        <translation>{total} open so far; {missing} more to reach the weekly minimum of {minimum}.</translation>
    </message>
    <message>
        <source>Shifts: {shifts} · days on duty: {days} · {hours} open · visitors: {visitors} · weekly minimum {minimum}</source>
        <translation>Shifts: {shifts} · days on duty: {days} · {hours} open · visitors: {visitors} · weekly minimum {minimum}</translation>
    </message>
    <message>
        <source>Duty ended: {start}–{end}, {length}, visitors: {visitors}.</source>
        <translation>Duty ended: {start}–{end}, {length}, visitors: {visitors}.</translation>
    </message>
    <message>
        <source>{n} visitor so far, saved.</source>
        <translation>{n} visitor so far, saved.</translation>
    </message>
    <message>
        <source>{n} visitors so far, saved.</source>
        <translation>{n} visitors so far, saved.</translation>
    </message>
    <message>
        <source>{span} {hours}</source>
        <translation>{span} {hours}</translation>
    </message>
    <message>
        <source>Open hours of every week touching the month: ✓ the minimum was reached, ✗ it was not, … the week is under way.</source>
        <translation>Open hours of every week touching the month: ✓ the minimum was reached, ✗ it was not, … the week is under way.</translation>
    </message>
    <message>
        <source>Duty log {year}-{month:02d}</source>
        <translation>Duty log {year}-{month:02d}</translation>
    </message>
    <message>
        <source>The duty log of {year}-{month:02d} was sent to the printer.</source>
        <translation>The duty log of {year}-{month:02d} was sent to the printer.</translation>
    </message>
    <message>
        <source>The PDF lists who was on duty and the notes of every shift, and it is not encrypted. Save it only where it is needed, e.g. on a USB stick to print it elsewhere, and delete it afterwards.</source>
        <translation>The PDF lists who was on duty and the notes of every shift, and it is not encrypted. Save it only where it is needed, e.g. on a USB stick to print it elsewhere, and delete it afterwards.</translation>
    </message>
    <message>
        <source>duty-log-{year}-{month:02d}.pdf</source>
        <translation>duty-log-{year}-{month:02d}.pdf</translation>
    </message>
    <message>
        <source>The duty log of {year}-{month:02d} was saved as {path}.</source>
        <translation>The duty log of {year}-{month:02d} was saved as {path}.</translation>
    </message>
    <message>
        <source>No duty recorded today yet. Start duty above, or add a shift that was not clicked.</source>
        <translation>No duty recorded today yet. Start duty above, or add a shift that was not clicked.</translation>
    </message>
    <message>
        <source>No duty recorded in this week.</source>
        <translation>No duty recorded in this week.</translation>
    </message>
    <message>
        <source>No duty recorded in this month.</source>
        <translation>No duty recorded in this month.</translation>
    </message>
    <message>
        <source>End…</source>
        <translation>End…</translation>
    </message>
    <message>
        <source>On duty from {start}. End it here when you leave the room.</source>
        <translation>On duty from {start}. End it here when you leave the room.</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Not saved yet.</translation>
    </message>
    <message>
        <source>Saved at {time}.</source>
        <translation>Saved at {time}.</translation>
    </message>
    <message>
        <source>Shift added: {shift}.</source>
        <translation>Shift added: {shift}.</translation>
    </message>
    <message>
        <source>Shift corrected: {shift}.</source>
        <translation>Shift corrected: {shift}.</translation>
    </message>
    <message>
        <source>Shift withdrawn: {shift}.</source>
        <translation>Shift withdrawn: {shift}.</translation>
    </message>
    <message>
        <source>Duty ended: {shift}.</source>
        <translation>Duty ended: {shift}.</translation>
    </message>
</context>
<context>
    <name>DutyWeekChart</name>
    <message>
        <source>This week: {total} of at least {minimum}</source>
        <translation>This week: {total} of at least {minimum}</translation>
    </message>
    <message>
        <source>{weekday} {date}: open {time}</source>
        <translation>{weekday} {date}: open {time}</translation>
    </message>
    <message>
        <source>{time} more this week to reach the minimum</source>
        <translation>{time} more this week to reach the minimum</translation>
    </message>
    <message>
        <source>The minimum is reached this week.</source>
        <translation>The minimum is reached this week.</translation>
    </message>
</context>
<context>
    <name>EndShiftDialog</name>
    <message>
        <source>End duty</source>
        <translation>End duty</translation>
    </message>
    <message>
        <source>This duty was never ended. Enter the time it really ended on {day}; until then it does not count towards the week&apos;s open hours.</source>
        <translation>This duty was never ended. Enter the time it really ended on {day}; until then it does not count towards the week&apos;s open hours.</translation>
    </message>
    <message>
        <source>Ending the duty of {person}, who is on duty now.</source>
        <translation>Ending the duty of {person}, who is on duty now.</translation>
    </message>
    <message>
        <source>Ended at</source>
        <translation>Ended at</translation>
    </message>
    <message>
        <source>Leave empty to end it now.</source>
        <translation>Leave empty to end it now.</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <source>Events and notes</source>
        <translation>Events and notes</translation>
    </message>
</context>
<context>
    <name>EntryPanel</name>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Next review</translation>
    </message>
    <message>
        <source>Plan (一生一策)</source>
        <translation>Plan (一生一策)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Select a student in the list to see the entry.</source>
        <translation>Select a student in the list to see the entry.</translation>
    </message>
    <message>
        <source>Level changed {old} → {new}</source>
        <translation>Level changed {old} → {new}</translation>
    </message>
    <message>
        <source>Added at {level}</source>
        <translation>Added at {level}</translation>
    </message>
    <message>
        <source>Review of {day}</source>
        <translation>Review of {day}</translation>
    </message>
    <message>
        <source> (next review {day})</source>
        <translation> (next review {day})</translation>
    </message>
    <message>
        <source> · head teacher {name}</source>
        <translation> · head teacher {name}</translation>
    </message>
    <message>
        <source>Taken off {when}: {reason}</source>
        <translation>Taken off {when}: {reason}</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source> — due</source>
        <translation> — due</translation>
    </message>
    <message>
        <source>(no plan written yet)</source>
        <translation>(no plan written yet)</translation>
    </message>
</context>
<context>
    <name>ExportsModel</name>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Visit records</source>
        <translation>Visit records</translation>
    </message>
    <message>
        <source>SHA-256 (start)</source>
        <translation>SHA-256 (start)</translation>
    </message>
    <message>
        <source>SHA-256: {digest}</source>
        <translation>SHA-256: {digest}</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Referral feedback</source>
        <translation>Referral feedback</translation>
    </message>
    <message>
        <source>Referral to {institution} on {date}</source>
        <translation>Referral to {institution} on {date}</translation>
    </message>
    <message>
        <source>What the institution found or advised, e.g. diagnosis, treatment, whether counselling at school should continue</source>
        <translation>What the institution found or advised, e.g. diagnosis, treatment, whether counselling at school should continue</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Save feedback</source>
        <translation>Save feedback</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Client type</source>
        <translation>Client type</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>Student number</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <source>Guardian&apos;s contact</source>
        <translation>Guardian&apos;s contact</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <source>Referral note</source>
        <translation>Referral note</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>FigureCard</name>
    <message>
        <source>{score} of 5</source>
        <translation>{score} of 5</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} days</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>CounselRoom — first set-up</source>
        <translation>CounselRoom — first set-up</translation>
    </message>
    <message>
        <source>Start using CounselRoom</source>
        <translation>Start using CounselRoom</translation>
    </message>
    <message>
        <source>The records are already created. If you leave now without keeping the recovery code, the supervisor can issue a new one later in Settings. Leave?</source>
        <translation>The records are already created. If you leave now without keeping the recovery code, the supervisor can issue a new one later in Settings. Leave?</translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>{n} day overdue</source>
        <translation>{n} day overdue</translation>
    </message>
    <message>
        <source>{n} days overdue</source>
        <translation>{n} days overdue</translation>
    </message>
    <message>
        <source>In {n} day</source>
        <translation>In {n} day</translation>
    </message>
    <message>
        <source>In {n} days</source>
        <translation>In {n} days</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <source>inform the guardian</source>
        <translation>inform the guardian</translation>
    </message>
    <message>
        <source>inform the school leadership</source>
        <translation>inform the school leadership</translation>
    </message>
    <message>
        <source>referral or consultation</source>
        <translation>referral or consultation</translation>
    </message>
    <message>
        <source>safety plan</source>
        <translation>safety plan</translation>
    </message>
    <message>
        <source>set follow-up dates</source>
        <translation>set follow-up dates</translation>
    </message>
    <message>
        <source>Crisis follow-up due</source>
        <translation>Crisis follow-up due</translation>
    </message>
    <message>
        <source>Crisis step open: {step}</source>
        <translation>Crisis step open: {step}</translation>
    </message>
    <message>
        <source>Referral feedback awaited</source>
        <translation>Referral feedback awaited</translation>
    </message>
    <message>
        <source>Attention register review due</source>
        <translation>Attention register review due</translation>
    </message>
    <message>
        <source>Visit record not signed</source>
        <translation>Visit record not signed</translation>
    </message>
    <message>
        <source>A follow-up planned in the crisis record falls on this date.</source>
        <translation>A follow-up planned in the crisis record falls on this date.</translation>
    </message>
    <message>
        <source>Record this step (or why it does not apply) in the case&apos;s crisis record. The date is when the crisis was opened.</source>
        <translation>Record this step (or why it does not apply) in the case&apos;s crisis record. The date is when the crisis was opened.</translation>
    </message>
    <message>
        <source>Ask the institution for feedback and record it with the referral.</source>
        <translation>Ask the institution for feedback and record it with the referral.</translation>
    </message>
    <message>
        <source>Complete and sign the visit record; the date is the visit&apos;s.</source>
        <translation>Complete and sign the visit record; the date is the visit&apos;s.</translation>
    </message>
    <message>
        <source>Review the student on the attention register and set the next review date.</source>
        <translation>Review the student on the attention register and set the next review date.</translation>
    </message>
    <message>
        <source>What is due in all counsellors&apos; cases: crisis steps and follow-up dates, referral feedback and unsigned visit records.</source>
        <translation>What is due in all counsellors&apos; cases: crisis steps and follow-up dates, referral feedback and unsigned visit records.</translation>
    </message>
    <message>
        <source>What is due in the cases you hold: crisis steps and follow-up dates, referral feedback and unsigned visit records.</source>
        <translation>What is due in the cases you hold: crisis steps and follow-up dates, referral feedback and unsigned visit records.</translation>
    </message>
    <message>
        <source>Include the next 7 days</source>
        <translation>Include the next 7 days</translation>
    </message>
    <message>
        <source>Also list what falls due in the coming week</source>
        <translation>Also list what falls due in the coming week</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Load the list again</source>
        <translation>Load the list again</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Open case</translation>
    </message>
    <message>
        <source>Open the case of the selected item (or double-click it)</source>
        <translation>Open the case of the selected item (or double-click it)</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>{count} item, overdue. Double-click it to open its case.</source>
        <translation>{count} item, overdue. Double-click it to open its case.</translation>
    </message>
    <message>
        <source>{count} items, {overdue} overdue. Double-click an item to open its case.</source>
        <translation>{count} items, {overdue} overdue. Double-click an item to open its case.</translation>
    </message>
    <message>
        <source>{count} item, not overdue. Double-click it to open its case.</source>
        <translation>{count} item, not overdue. Double-click it to open its case.</translation>
    </message>
    <message>
        <source>{count} items, none overdue. Double-click an item to open its case.</source>
        <translation>{count} items, none overdue. Double-click an item to open its case.</translation>
    </message>
    <message>
        <source>Nothing is due in the next 7 days. Everything is up to date.</source>
        <translation>Nothing is due in the next 7 days. Everything is up to date.</translation>
    </message>
    <message>
        <source>Nothing is due. Everything is up to date.</source>
        <translation>Nothing is due. Everything is up to date.</translation>
    </message>
</context>
<context>
    <name>GuardedDialog</name>
    <message>
        <source>Close and discard what you typed?</source>
        <translation>Close and discard what you typed?</translation>
    </message>
</context>
<context>
    <name>HandOutDialog</name>
    <message>
        <source>Hand out test materials</source>
        <translation>Hand out test materials</translation>
    </message>
    <message>
        <source>For a session in the room only, and back in the cabinet today. Test materials are never lent out or copied (不得外借或复印).</source>
        <translation>For a session in the room only, and back in the cabinet today. Test materials are never lent out or copied (不得外借或复印).</translation>
    </message>
    <message>
        <source>{name} ({on_hand} in the cabinet)</source>
        <translation>{name} ({on_hand} in the cabinet)</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>How many</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Taken by</translation>
    </message>
    <message>
        <source>You record what you take yourself.</source>
        <translation>You record what you take yourself.</translation>
    </message>
    <message>
        <source>e.g. individual session 14:00, group class 3</source>
        <translation>e.g. individual session 14:00, group class 3</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Optional. No client names: every counsellor sees this register. Who took which test is recorded in the client&apos;s test log.</source>
        <translation>Optional. No client names: every counsellor sees this register. Who took which test is recorded in the client&apos;s test log.</translation>
    </message>
    <message>
        <source>Hand out</source>
        <translation>Hand out</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Missed</translation>
    </message>
    <message>
        <source>Closed day</source>
        <translation>Closed day</translation>
    </message>
    <message>
        <source>Not signed yet</source>
        <translation>Not signed yet</translation>
    </message>
    <message>
        <source>All passed</source>
        <translation>All passed</translation>
    </message>
    <message>
        <source>{count} did not pass (with a reason)</source>
        <translation>{count} did not pass (with a reason)</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>The records are encrypted on this computer. They lock by themselves when nobody uses the computer for a few minutes, and with the Lock button when you step away.</source>
        <translation>The records are encrypted on this computer. They lock by themselves when nobody uses the computer for a few minutes, and with the Lock button when you step away.</translation>
    </message>
    <message>
        <source>Today&apos;s appointments</source>
        <translation>Today&apos;s appointments</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <source>Visit records awaiting signature</source>
        <translation>Visit records awaiting signature</translation>
    </message>
    <message>
        <source>Visit records</source>
        <translation>Visit records</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Follow-ups due</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Test materials still out</source>
        <translation>Test materials still out</translation>
    </message>
    <message>
        <source>Test materials</source>
        <translation>Test materials</translation>
    </message>
    <message>
        <source>Duty and this week&apos;s open hours</source>
        <translation>Duty and this week&apos;s open hours</translation>
    </message>
    <message>
        <source>Duty log</source>
        <translation>Duty log</translation>
    </message>
    <message>
        <source>Closing checklist</source>
        <translation>Closing checklist</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Hello, {name}</source>
        <translation>Hello, {name}</translation>
    </message>
    <message>
        <source>Logged in as {username} ({role}).</source>
        <translation>Logged in as {username} ({role}).</translation>
    </message>
    <message>
        <source>Previous login: {when}.</source>
        <translation>Previous login: {when}.</translation>
    </message>
    <message>
        <source>Check the Audit log page and acknowledge once you know why.</source>
        <translation>Check the Audit log page and acknowledge once you know why.</translation>
    </message>
    <message>
        <source>Tell the supervisor at once.</source>
        <translation>Tell the supervisor at once.</translation>
    </message>
    <message>
        <source>Integrity warning:</source>
        <translation>Integrity warning:</translation>
    </message>
    <message>
        <source>Quarter {quarter} has ended and is not archived yet. Archive it onto a USB drive on the Archive page.</source>
        <translation>Quarter {quarter} has ended and is not archived yet. Archive it onto a USB drive on the Archive page.</translation>
    </message>
    <message>
        <source>{n} wrong password was tried on your account since your last login. If that was not you, tell the supervisor.</source>
        <translation>{n} wrong password was tried on your account since your last login. If that was not you, tell the supervisor.</translation>
    </message>
    <message>
        <source>Attention register reviews due</source>
        <translation>Attention register reviews due</translation>
    </message>
    <message>
        <source>Attention register</source>
        <translation>Attention register</translation>
    </message>
    <message>
        <source>{n} wrong passwords were tried on your account since your last login. If that was not you, tell the supervisor.</source>
        <translation>{n} wrong passwords were tried on your account since your last login. If that was not you, tell the supervisor.</translation>
    </message>
    <message>
        <source>{case_no} {name}: {risk}, steps open: {pending}, since {since}</source>
        <translation>{case_no} {name}: {risk}, steps open: {pending}, since {since}</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… and {n} more</translation>
    </message>
    <message>
        <source>Open crises ({n}):</source>
        <translation>Open crises ({n}):</translation>
    </message>
    <message>
        <source>Nothing due.</source>
        <translation>Nothing due.</translation>
    </message>
    <message>
        <source>{n} in all.</source>
        <translation>{n} in all.</translation>
    </message>
    <message>
        <source>{due}  {name} ({case_no})</source>
        <translation>{due}  {name} ({case_no})</translation>
    </message>
    <message>
        <source>No review due.</source>
        <translation>No review due.</translation>
    </message>
    <message>
        <source>{start}–{end}  {name} ({case_no}) · {counsellor} · {status}</source>
        <translation>{start}–{end}  {name} ({case_no}) · {counsellor} · {status}</translation>
    </message>
    <message>
        <source>No appointments today.</source>
        <translation>No appointments today.</translation>
    </message>
    <message>
        <source>{n} still to settle (attended or no-show).</source>
        <translation>{n} still to settle (attended or no-show).</translation>
    </message>
    <message>
        <source>On duty now: {name}, since {start}</source>
        <translation>On duty now: {name}, since {start}</translation>
    </message>
    <message>
        <source>Duty of {day} never ended: {name}</source>
        <translation>Duty of {day} never ended: {name}</translation>
    </message>
    <message>
        <source>This week: {open} open of at least {minimum}</source>
        <translation>This week: {open} open of at least {minimum}</translation>
    </message>
    <message>
        <source>The room was not open in the last two weeks.</source>
        <translation>The room was not open in the last two weeks.</translation>
    </message>
    <message>
        <source>{day}: the room was open before the closing checklist came into use; nothing to sign for it.</source>
        <translation>{day}: the room was open before the closing checklist came into use; nothing to sign for it.</translation>
    </message>
    <message>
        <source>{day}: closed by {name} at {time}</source>
        <translation>{day}: closed by {name} at {time}</translation>
    </message>
    <message>
        <source>{day}: the room was not closed with the checklist</source>
        <translation>{day}: the room was not closed with the checklist</translation>
    </message>
    <message>
        <source>{day}  {name} ({case_no}) · visit {no}</source>
        <translation>{day}  {name} ({case_no}) · visit {no}</translation>
    </message>
    <message>
        <source>Every visit record is signed.</source>
        <translation>Every visit record is signed.</translation>
    </message>
    <message>
        <source>{material} × {count} · {who} · since {when}</source>
        <translation>{material} × {count} · {who} · since {when}</translation>
    </message>
    <message>
        <source>Everything is back in the cabinet.</source>
        <translation>Everything is back in the cabinet.</translation>
    </message>
    <message>
        <source>{case_no} {name}: {scale} of {date}, flagged until {until}</source>
        <translation>{case_no} {name}: {scale} of {date}, flagged until {until}</translation>
    </message>
    <message>
        <source>Flagged by a test — a critical answer in the last {days} days ({n}):</source>
        <translation>Flagged by a test — a critical answer in the last {days} days ({n}):</translation>
    </message>
</context>
<context>
    <name>InterviewDialog</name>
    <message>
        <source>Record the interview</source>
        <translation>Record the interview</translation>
    </message>
    <message>
        <source>{student}, invited on {day}.</source>
        <translation>{student}, invited on {day}.</translation>
    </message>
    <message>
        <source>Interviewed on</source>
        <translation>Interviewed on</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>What the student said, how they are, whether the screening result holds up</source>
        <translation>What the student said, how they are, whether the screening result holds up</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Kept with the screening record, as confidential as a test result (at most {max} characters).</source>
        <translation>Kept with the screening record, as confidential as a test result (at most {max} characters).</translation>
    </message>
    <message>
        <source>Save interview</source>
        <translation>Save interview</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invite to an interview</source>
        <translation>Invite to an interview</translation>
    </message>
    <message>
        <source>{student}. Invite the student in a way that does not single them out in front of the class (e.g. through the head teacher, with other students).</source>
        <translation>{student}. Invite the student in a way that does not single them out in front of the class (e.g. through the head teacher, with other students).</translation>
    </message>
    <message>
        <source>Invited on</source>
        <translation>Invited on</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Invite</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>en</source>
        <translation>en</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Licence note</source>
        <translation>Licence note</translation>
    </message>
    <message>
        <source>Imported by</source>
        <translation>Imported by</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Added on</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>Built in</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>The records are locked</source>
        <translation>The records are locked</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>Close this session so another person can log in</source>
        <translation>Close this session so another person can log in</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Locked {reason}. {name} ({username}) can unlock with their password.</source>
        <translation>Locked {reason}. {name} ({username}) can unlock with their password.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>CounselRoom — log in</source>
        <translation>CounselRoom — log in</translation>
    </message>
    <message>
        <source>Psychological counselling records</source>
        <translation>Psychological counselling records</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Forgot password…</source>
        <translation>Forgot password…</translation>
    </message>
    <message>
        <source>Reset a password with the recovery code from the recovery sheet</source>
        <translation>Reset a password with the recovery code from the recovery sheet</translation>
    </message>
    <message>
        <source>Open the records</source>
        <translation>Open the records</translation>
    </message>
    <message>
        <source>Opening the records…</source>
        <translation>Opening the records…</translation>
    </message>
    <message>
        <source>The records could not be opened ({error}).</source>
        <translation>The records could not be opened ({error}).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Lock the records now (Ctrl+L)</source>
        <translation>Lock the records now (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>About CounselRoom</source>
        <translation>About CounselRoom</translation>
    </message>
    <message>
        <source>CounselRoom</source>
        <translation>CounselRoom</translation>
    </message>
    <message>
        <source>after a few idle minutes</source>
        <translation>after a few idle minutes</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>by hand</translation>
    </message>
</context>
<context>
    <name>MaterialDialog</name>
    <message>
        <source>Edit test material</source>
        <translation>Edit test material</translation>
    </message>
    <message>
        <source>Add test material</source>
        <translation>Add test material</translation>
    </message>
    <message>
        <source>e.g. PHQ-9 answer sheet, SCL-90 booklet</source>
        <translation>e.g. PHQ-9 answer sheet, SCL-90 booklet</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>A paper form is used up when a client fills it in; a kit comes back whole.</source>
        <translation>A paper form is used up when a client fills it in; a kit comes back whole.</translation>
    </message>
    <message>
        <source>e.g. phq9 (optional)</source>
        <translation>e.g. phq9 (optional)</translation>
    </message>
    <message>
        <source>Scale code</source>
        <translation>Scale code</translation>
    </message>
    <message>
        <source>Links the material to a scale of the test library.</source>
        <translation>Links the material to a scale of the test library.</translation>
    </message>
    <message>
        <source>e.g. locked cabinet A, top shelf</source>
        <translation>e.g. locked cabinet A, top shelf</translation>
    </message>
    <message>
        <source>Kept in</source>
        <translation>Kept in</translation>
    </message>
    <message>
        <source>Edition, publisher, licence (optional)</source>
        <translation>Edition, publisher, licence (optional)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source> copies</source>
        <translation> copies</translation>
    </message>
    <message>
        <source>In the cabinet now</source>
        <translation>In the cabinet now</translation>
    </message>
    <message>
        <source>e.g. bought from the publisher, first count</source>
        <translation>e.g. bought from the publisher, first count</translation>
    </message>
    <message>
        <source>Where they came from</source>
        <translation>Where they came from</translation>
    </message>
    <message>
        <source>Required when there are copies. New copies come from the publisher or the licence holder: test forms are never photocopied.</source>
        <translation>Required when there are copies. New copies come from the publisher or the licence holder: test forms are never photocopied.</translation>
    </message>
    <message>
        <source>The counts change only through Change stock…, with a reason.</source>
        <translation>The counts change only through Change stock…, with a reason.</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>Add material</source>
        <translation>Add material</translation>
    </message>
</context>
<context>
    <name>MaterialLabels</name>
    <message>
        <source>{material} · {who} · {when} · {out} still out</source>
        <translation>{material} · {who} · {when} · {out} still out</translation>
    </message>
</context>
<context>
    <name>MaterialsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>In the cabinet</source>
        <translation>In the cabinet</translation>
    </message>
    <message>
        <source>Out now</source>
        <translation>Out now</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Kept in</source>
        <translation>Kept in</translation>
    </message>
    <message>
        <source>None left in the cabinet</source>
        <translation>None left in the cabinet</translation>
    </message>
    <message>
        <source>Does not add up</source>
        <translation>Does not add up</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>MaterialsPage</name>
    <message>
        <source>{name}: {on_hand} in the cabinet + {out} out = {sum}, but the recorded total is {total}. Count the cabinet; the supervisor corrects the count.</source>
        <translation>{name}: {on_hand} in the cabinet + {out} out = {sum}, but the recorded total is {total}. Count the cabinet; the supervisor corrects the count.</translation>
    </message>
    <message>
        <source>{name}: the recorded counts ({on_hand} in the cabinet, {total} in all) differ from what the movements add up to ({expected_on_hand}, {expected_total}); they were changed outside CounselRoom.</source>
        <translation>{name}: the recorded counts ({on_hand} in the cabinet, {total} in all) differ from what the movements add up to ({expected_on_hand}, {expected_total}); they were changed outside CounselRoom.</translation>
    </message>
    <message>
        <source>{name}: {out} taken by {who} on {day} not back; days out: {days}.</source>
        <translation>{name}: {out} taken by {who} on {day} not back; days out: {days}.</translation>
    </message>
    <message>
        <source>The room&apos;s test forms and kits. Hand them out for a session and take them back the same day; forms a client filled in count as used up. There is no lending: the rules forbid lending or copying test materials (测验表格不得外借或复印).</source>
        <translation>The room&apos;s test forms and kits. Hand them out for a session and take them back the same day; forms a client filled in count as used up. There is no lending: the rules forbid lending or copying test materials (测验表格不得外借或复印).</translation>
    </message>
    <message>
        <source>Hand out…</source>
        <translation>Hand out…</translation>
    </message>
    <message>
        <source>Record materials taken from the cabinet for a session (double-click a material). Lending is not possible: test materials never leave the room.</source>
        <translation>Record materials taken from the cabinet for a session (double-click a material). Lending is not possible: test materials never leave the room.</translation>
    </message>
    <message>
        <source>Take back…</source>
        <translation>Take back…</translation>
    </message>
    <message>
        <source>Record what came back to the cabinet and which forms were used up (double-click a hand-out)</source>
        <translation>Record what came back to the cabinet and which forms were used up (double-click a hand-out)</translation>
    </message>
    <message>
        <source>Add material…</source>
        <translation>Add material…</translation>
    </message>
    <message>
        <source>Register a form or kit the room owns</source>
        <translation>Register a form or kit the room owns</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Change the selected material&apos;s name, scale or location</source>
        <translation>Change the selected material&apos;s name, scale or location</translation>
    </message>
    <message>
        <source>Change stock…</source>
        <translation>Change stock…</translation>
    </message>
    <message>
        <source>Add new copies, write off damaged ones or correct the count (with a reason)</source>
        <translation>Add new copies, write off damaged ones or correct the count (with a reason)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Load the register again</source>
        <translation>Load the register again</translation>
    </message>
    <message>
        <source>Write off as missing…</source>
        <translation>Write off as missing…</translation>
    </message>
    <message>
        <source>Copies of the selected hand-out that will not come back leave the stock (with a reason)</source>
        <translation>Copies of the selected hand-out that will not come back leave the stock (with a reason)</translation>
    </message>
    <message>
        <source>Out now</source>
        <translation>Out now</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Test materials</source>
        <translation>Test materials</translation>
    </message>
    <message>
        <source>Select a material to see its movements.</source>
        <translation>Select a material to see its movements.</translation>
    </message>
    <message>
        <source>Out now ({n})</source>
        <translation>Out now ({n})</translation>
    </message>
    <message>
        <source>Everything is back in the cabinet.</source>
        <translation>Everything is back in the cabinet.</translation>
    </message>
    <message>
        <source>{n} hand-out not back since an earlier day.</source>
        <translation>{n} hand-out not back since an earlier day.</translation>
    </message>
    <message>
        <source>{n} hand-outs not back since an earlier day.</source>
        <translation>{n} hand-outs not back since an earlier day.</translation>
    </message>
    <message>
        <source>{n} thing does not add up:</source>
        <translation>{n} thing does not add up:</translation>
    </message>
    <message>
        <source>{n} things do not add up:</source>
        <translation>{n} things do not add up:</translation>
    </message>
    <message>
        <source>Take them back before the room closes today (double-click a hand-out).</source>
        <translation>Take them back before the room closes today (double-click a hand-out).</translation>
    </message>
    <message>
        <source>No test materials are registered yet. Add the room&apos;s forms and kits with Add material….</source>
        <translation>No test materials are registered yet. Add the room&apos;s forms and kits with Add material….</translation>
    </message>
    <message>
        <source>No test materials are registered yet. The supervisor registers the room&apos;s forms and kits.</source>
        <translation>No test materials are registered yet. The supervisor registers the room&apos;s forms and kits.</translation>
    </message>
    <message>
        <source>History: {name}</source>
        <translation>History: {name}</translation>
    </message>
    <message>
        <source>Every movement is kept; none can be changed or deleted.</source>
        <translation>Every movement is kept; none can be changed or deleted.</translation>
    </message>
    <message>
        <source>{count} × {material} handed out to {who}. Take them back when the session is over.</source>
        <translation>{count} × {material} handed out to {who}. Take them back when the session is over.</translation>
    </message>
    <message>
        <source>Recorded. {out} × {material} are still out.</source>
        <translation>Recorded. {out} × {material} are still out.</translation>
    </message>
    <message>
        <source>Recorded. Everything of this hand-out of {material} is accounted for.</source>
        <translation>Recorded. Everything of this hand-out of {material} is accounted for.</translation>
    </message>
    <message>
        <source>{name} saved: {on_hand} in the cabinet.</source>
        <translation>{name} saved: {on_hand} in the cabinet.</translation>
    </message>
    <message>
        <source>Stock of {name} changed: {on_hand} in the cabinet, {total} in all.</source>
        <translation>Stock of {name} changed: {on_hand} in the cabinet, {total} in all.</translation>
    </message>
    <message>
        <source>{count} × {material} written off as missing.</source>
        <translation>{count} × {material} written off as missing.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The database file cannot be opened: {path}</source>
        <translation>The database file cannot be opened: {path}</translation>
    </message>
    <message>
        <source>The database cannot be opened with this key.</source>
        <translation>The database cannot be opened with this key.</translation>
    </message>
    <message>
        <source>The database file is missing: {path}</source>
        <translation>The database file is missing: {path}</translation>
    </message>
    <message>
        <source>The database file is empty: {path}</source>
        <translation>The database file is empty: {path}</translation>
    </message>
    <message>
        <source>A file already exists at {path}; it was left untouched.</source>
        <translation>A file already exists at {path}; it was left untouched.</translation>
    </message>
    <message>
        <source>The records are locked.</source>
        <translation>The records are locked.</translation>
    </message>
    <message>
        <source>These records were saved by a newer version of CounselRoom (schema {found}; this version knows up to {supported}). Install the newer version; nothing was changed.</source>
        <translation>These records were saved by a newer version of CounselRoom (schema {found}; this version knows up to {supported}). Install the newer version; nothing was changed.</translation>
    </message>
    <message>
        <source>The database reported an error.</source>
        <translation>The database reported an error.</translation>
    </message>
    <message>
        <source>The database file is damaged: a part of it fails its integrity check. Restore the latest backup (supervisor).</source>
        <translation>The database file is damaged: a part of it fails its integrity check. Restore the latest backup (supervisor).</translation>
    </message>
    <message>
        <source>This computer&apos;s key for the records is missing from the system key store (new computer, new Windows account or a reset key store). Use the recovery code from the recovery sheet to open the records again.</source>
        <translation>This computer&apos;s key for the records is missing from the system key store (new computer, new Windows account or a reset key store). Use the recovery code from the recovery sheet to open the records again.</translation>
    </message>
    <message>
        <source>The database file is missing from the data folder. Choose a backup of the records and enter the recovery code to restore it.</source>
        <translation>The database file is missing from the data folder. Choose a backup of the records and enter the recovery code to restore it.</translation>
    </message>
    <message>
        <source>The database file is empty (0 bytes) — it may have been damaged by a crash or a copy that did not finish. Choose a backup of the records and enter the recovery code to restore it. The empty file will be kept aside, not deleted.</source>
        <translation>The database file is empty (0 bytes) — it may have been damaged by a crash or a copy that did not finish. Choose a backup of the records and enter the recovery code to restore it. The empty file will be kept aside, not deleted.</translation>
    </message>
    <message>
        <source>The database file in the data folder does not belong to this installation. Choose this installation&apos;s database or backup and enter the recovery code.</source>
        <translation>The database file in the data folder does not belong to this installation. Choose this installation&apos;s database or backup and enter the recovery code.</translation>
    </message>
    <message>
        <source>The database file is damaged and cannot be read. Choose a backup of the records and enter the recovery code to restore it.</source>
        <translation>The database file is damaged and cannot be read. Choose a backup of the records and enter the recovery code to restore it.</translation>
    </message>
    <message>
        <source>This recovery code does not open these records. Check it against the recovery sheet.</source>
        <translation>This recovery code does not open these records. Check it against the recovery sheet.</translation>
    </message>
    <message>
        <source>There is no account with this user name.</source>
        <translation>There is no account with this user name.</translation>
    </message>
    <message>
        <source>The chosen file is not a backup of these records: {path}</source>
        <translation>The chosen file is not a backup of these records: {path}</translation>
    </message>
    <message>
        <source>The records need to be recovered.</source>
        <translation>The records need to be recovered.</translation>
    </message>
    <message>
        <source>Group {group} of the recovery code has a typing mistake. Compare it with the sheet.</source>
        <translation>Group {group} of the recovery code has a typing mistake. Compare it with the sheet.</translation>
    </message>
    <message>
        <source>The recovery code has {groups} groups of {digits} digits.</source>
        <translation>The recovery code has {groups} groups of {digits} digits.</translation>
    </message>
    <message>
        <source>No system key store is available. CounselRoom keeps this computer&apos;s key in Windows Credential Manager, the macOS Keychain or the Secret Service (GNOME Keyring / KWallet). Start one and try again; nothing was created.</source>
        <translation>No system key store is available. CounselRoom keeps this computer&apos;s key in Windows Credential Manager, the macOS Keychain or the Secret Service (GNOME Keyring / KWallet). Start one and try again; nothing was created.</translation>
    </message>
    <message>
        <source>The key store in use ({backend}) is not safe for the records (it would keep the key in a plain file or lose it). Use Windows Credential Manager, the macOS Keychain or the Secret Service; nothing was created.</source>
        <translation>The key store in use ({backend}) is not safe for the records (it would keep the key in a plain file or lose it). Use Windows Credential Manager, the macOS Keychain or the Secret Service; nothing was created.</translation>
    </message>
    <message>
        <source>The system key store reported an error ({detail}).</source>
        <translation>The system key store reported an error ({detail}).</translation>
    </message>
    <message>
        <source>The system key store did not keep the secret that was written to it. Nothing was relied on; check the key store and try again.</source>
        <translation>The system key store did not keep the secret that was written to it. Nothing was relied on; check the key store and try again.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Wrong password.</translation>
    </message>
    <message>
        <source>This account is locked after too many wrong passwords. The supervisor can unlock it (or use the recovery code).</source>
        <translation>This account is locked after too many wrong passwords. The supervisor can unlock it (or use the recovery code).</translation>
    </message>
    <message>
        <source>Too many wrong passwords. Please wait {seconds} seconds and try again.</source>
        <translation>Too many wrong passwords. Please wait {seconds} seconds and try again.</translation>
    </message>
    <message>
        <source>This account has been disabled. Ask the supervisor.</source>
        <translation>This account has been disabled. Ask the supervisor.</translation>
    </message>
    <message>
        <source>Please change your one-time password first.</source>
        <translation>Please change your one-time password first.</translation>
    </message>
    <message>
        <source>The login failed.</source>
        <translation>The login failed.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Your role does not allow this.</translation>
    </message>
    <message>
        <source>The records are locked. Unlock them first.</source>
        <translation>The records are locked. Unlock them first.</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Enter a user name.</translation>
    </message>
    <message>
        <source>A user name has at most {max} characters.</source>
        <translation>A user name has at most {max} characters.</translation>
    </message>
    <message>
        <source>Use letters, digits, Chinese characters, dot, dash or underscore (no spaces).</source>
        <translation>Use letters, digits, Chinese characters, dot, dash or underscore (no spaces).</translation>
    </message>
    <message>
        <source>This user name is already in use.</source>
        <translation>This user name is already in use.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>Enter the person&apos;s name.</translation>
    </message>
    <message>
        <source>A name has at most {max} characters.</source>
        <translation>A name has at most {max} characters.</translation>
    </message>
    <message>
        <source>Use at least {min} characters — a short sentence is easy to remember and hard to guess.</source>
        <translation>Use at least {min} characters — a short sentence is easy to remember and hard to guess.</translation>
    </message>
    <message>
        <source>A password has at most {max} characters.</source>
        <translation>A password has at most {max} characters.</translation>
    </message>
    <message>
        <source>The password starts or ends with a space.</source>
        <translation>The password starts or ends with a space.</translation>
    </message>
    <message>
        <source>This password is too easy to guess (repeated or consecutive characters).</source>
        <translation>This password is too easy to guess (repeated or consecutive characters).</translation>
    </message>
    <message>
        <source>This is one of the most common passwords. Choose another.</source>
        <translation>This is one of the most common passwords. Choose another.</translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation>The password must not contain the user name.</translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation>The current password is not correct.</translation>
    </message>
    <message>
        <source>Choose a password different from the current one.</source>
        <translation>Choose a password different from the current one.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>This account no longer exists.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>You cannot disable your own account.</translation>
    </message>
    <message>
        <source>The last active supervisor account cannot be disabled.</source>
        <translation>The last active supervisor account cannot be disabled.</translation>
    </message>
    <message>
        <source>Change your own password with &quot;Change password&quot;.</source>
        <translation>Change your own password with &quot;Change password&quot;.</translation>
    </message>
    <message>
        <source>Enter the room&apos;s name.</source>
        <translation>Enter the room&apos;s name.</translation>
    </message>
    <message>
        <source>The room&apos;s name has at most {max} characters.</source>
        <translation>The room&apos;s name has at most {max} characters.</translation>
    </message>
    <message>
        <source>Choose between {min} and {max} minutes.</source>
        <translation>Choose between {min} and {max} minutes.</translation>
    </message>
    <message>
        <source>Counts below {min} are always hidden in reports; choose {min} or more.</source>
        <translation>Counts below {min} are always hidden in reports; choose {min} or more.</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a time range like 9:00-12:00.</source>
        <translation>&quot;{text}&quot; is not a time range like 9:00-12:00.</translation>
    </message>
    <message>
        <source>In &quot;{text}&quot; the end is not after the start.</source>
        <translation>In &quot;{text}&quot; the end is not after the start.</translation>
    </message>
    <message>
        <source>{first} and {second} overlap.</source>
        <translation>{first} and {second} overlap.</translation>
    </message>
    <message>
        <source>The first term begins the school year: choose a month from July to December.</source>
        <translation>The first term begins the school year: choose a month from July to December.</translation>
    </message>
    <message>
        <source>The second term must begin after the first term ends and end before the next school year begins.</source>
        <translation>The second term must begin after the first term ends and end before the next school year begins.</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a period: write a month (2026-11), a term (2026-2027-1 or 2026-2027-2), a school year (2026-2027) or two days (2026-11-03..2026-11-20).</source>
        <translation>&quot;{text}&quot; is not a period: write a month (2026-11), a term (2026-2027-1 or 2026-2027-2), a school year (2026-2027) or two days (2026-11-03..2026-11-20).</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>The period ends before it begins.</translation>
    </message>
    <message>
        <source>This work report no longer exists.</source>
        <translation>This work report no longer exists.</translation>
    </message>
    <message>
        <source>Write the summary of the work before signing the report.</source>
        <translation>Write the summary of the work before signing the report.</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a month, a term or a school year: reports are kept for those only.</source>
        <translation>&quot;{text}&quot; is not a month, a term or a school year: reports are kept for those only.</translation>
    </message>
    <message>
        <source>This period has not begun yet: nothing to sign.</source>
        <translation>This period has not begun yet: nothing to sign.</translation>
    </message>
    <message>
        <source>This report is signed and can no longer be changed.</source>
        <translation>This report is signed and can no longer be changed.</translation>
    </message>
    <message>
        <source>There is no folder &quot;{path}&quot;.</source>
        <translation>There is no folder &quot;{path}&quot;.</translation>
    </message>
    <message>
        <source>&quot;{path}&quot; could not be written (the drive may be full, removed or read-only).</source>
        <translation>&quot;{path}&quot; could not be written (the drive may be full, removed or read-only).</translation>
    </message>
    <message>
        <source>The report for {period} is not signed: written as a draft, marked as one on every page.</source>
        <translation>The report for {period} is not signed: written as a draft, marked as one on every page.</translation>
    </message>
    <message>
        <source>The data folder already holds records or keys: {path}. Set-up never overwrites them.</source>
        <translation>The data folder already holds records or keys: {path}. Set-up never overwrites them.</translation>
    </message>
    <message>
        <source>There are no records in {path}. Start CounselRoom to set them up there, or give the right data folder.</source>
        <translation>There are no records in {path}. Start CounselRoom to set them up there, or give the right data folder.</translation>
    </message>
    <message>
        <source>CounselRoom is already open with this data folder (perhaps in another window or by another user).</source>
        <translation>CounselRoom is already open with this data folder (perhaps in another window or by another user).</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Not found.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Something went wrong.</translation>
    </message>
    <message>
        <source>At most {max} characters.</source>
        <translation>At most {max} characters.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>This date is in the future.</translation>
    </message>
    <message>
        <source>Enter a phone number with digits only, e.g. 138 0000 0000 or 010-12345678.</source>
        <translation>Enter a phone number with digits only, e.g. 138 0000 0000 or 010-12345678.</translation>
    </message>
    <message>
        <source>Enter the client&apos;s name.</source>
        <translation>Enter the client&apos;s name.</translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation>The birth date is in the future.</translation>
    </message>
    <message>
        <source>Check the birth year.</source>
        <translation>Check the birth year.</translation>
    </message>
    <message>
        <source>For a student, enter the grade or the class.</source>
        <translation>For a student, enter the grade or the class.</translation>
    </message>
    <message>
        <source>This client no longer exists.</source>
        <translation>This client no longer exists.</translation>
    </message>
    <message>
        <source>This case no longer exists.</source>
        <translation>This case no longer exists.</translation>
    </message>
    <message>
        <source>This case belongs to another counsellor. The supervisor can share it with you.</source>
        <translation>This case belongs to another counsellor. The supervisor can share it with you.</translation>
    </message>
    <message>
        <source>This case is not yours: give the reason for opening it. It is recorded.</source>
        <translation>This case is not yours: give the reason for opening it. It is recorded.</translation>
    </message>
    <message>
        <source>Only the supervisor assigns a case to another counsellor.</source>
        <translation>Only the supervisor assigns a case to another counsellor.</translation>
    </message>
    <message>
        <source>This contact record no longer exists.</source>
        <translation>This contact record no longer exists.</translation>
    </message>
    <message>
        <source>A contact belongs to one case, one crisis or one register entry.</source>
        <translation>A contact belongs to one case, one crisis or one register entry.</translation>
    </message>
    <message>
        <source>You can record only contacts you made yourself.</source>
        <translation>You can record only contacts you made yourself.</translation>
    </message>
    <message>
        <source>Choose an active counsellor or the supervisor.</source>
        <translation>Choose an active counsellor or the supervisor.</translation>
    </message>
    <message>
        <source>Only the person who recorded this contact can correct it.</source>
        <translation>Only the person who recorded this contact can correct it.</translation>
    </message>
    <message>
        <source>A contact can be corrected only within a day of recording it; after that it stands as written.</source>
        <translation>A contact can be corrected only within a day of recording it; after that it stands as written.</translation>
    </message>
    <message>
        <source>This case is already closed.</source>
        <translation>This case is already closed.</translation>
    </message>
    <message>
        <source>The closing date is before the opening date.</source>
        <translation>The closing date is before the opening date.</translation>
    </message>
    <message>
        <source>Satisfaction is rated from 1 to 5.</source>
        <translation>Satisfaction is rated from 1 to 5.</translation>
    </message>
    <message>
        <source>This appointment no longer exists.</source>
        <translation>This appointment no longer exists.</translation>
    </message>
    <message>
        <source>An appointment lasts between 5 and {max} minutes.</source>
        <translation>An appointment lasts between 5 and {max} minutes.</translation>
    </message>
    <message>
        <source>An appointment ends on the day it starts.</source>
        <translation>An appointment ends on the day it starts.</translation>
    </message>
    <message>
        <source>This time is outside the room&apos;s opening hours.</source>
        <translation>This time is outside the room&apos;s opening hours.</translation>
    </message>
    <message>
        <source>The room is already booked from {start} to {end}.</source>
        <translation>The room is already booked from {start} to {end}.</translation>
    </message>
    <message>
        <source>This appointment is already settled and cannot be changed this way.</source>
        <translation>This appointment is already settled and cannot be changed this way.</translation>
    </message>
    <message>
        <source>Give the reason for cancelling.</source>
        <translation>Give the reason for cancelling.</translation>
    </message>
    <message>
        <source>This case belongs to another client.</source>
        <translation>This case belongs to another client.</translation>
    </message>
    <message>
        <source>The visit record of this appointment is already started in its case; the case cannot be changed any more.</source>
        <translation>The visit record of this appointment is already started in its case; the case cannot be changed any more.</translation>
    </message>
    <message>
        <source>This visit record no longer exists.</source>
        <translation>This visit record no longer exists.</translation>
    </message>
    <message>
        <source>Choose other registered clients as the group&apos;s participants.</source>
        <translation>Choose other registered clients as the group&apos;s participants.</translation>
    </message>
    <message>
        <source>The case is closed. Reopen it to record a new visit.</source>
        <translation>The case is closed. Reopen it to record a new visit.</translation>
    </message>
    <message>
        <source>Mark the appointment as attended first.</source>
        <translation>Mark the appointment as attended first.</translation>
    </message>
    <message>
        <source>This appointment is not linked to a case. Open or choose the client&apos;s case first.</source>
        <translation>This appointment is not linked to a case. Open or choose the client&apos;s case first.</translation>
    </message>
    <message>
        <source>This record is signed and locked. Add an addendum instead.</source>
        <translation>This record is signed and locked. Add an addendum instead.</translation>
    </message>
    <message>
        <source>Only the counsellor who wrote this record can edit or sign it.</source>
        <translation>Only the counsellor who wrote this record can edit or sign it.</translation>
    </message>
    <message>
        <source>Addenda are added to signed records; edit the draft instead.</source>
        <translation>Addenda are added to signed records; edit the draft instead.</translation>
    </message>
    <message>
        <source>The end is not after the start.</source>
        <translation>The end is not after the start.</translation>
    </message>
    <message>
        <source>A risk is ticked: choose its level (low, medium or high).</source>
        <translation>A risk is ticked: choose its level (low, medium or high).</translation>
    </message>
    <message>
        <source>A group session needs its other participants.</source>
        <translation>A group session needs its other participants.</translation>
    </message>
    <message>
        <source>Signed visit record #{visit} was changed outside the application.</source>
        <translation>Signed visit record #{visit} was changed outside the application.</translation>
    </message>
    <message>
        <source>An addendum of visit record #{visit} was changed or removed outside the application.</source>
        <translation>An addendum of visit record #{visit} was changed or removed outside the application.</translation>
    </message>
    <message>
        <source>This crisis record no longer exists.</source>
        <translation>This crisis record no longer exists.</translation>
    </message>
    <message>
        <source>This crisis is already closed.</source>
        <translation>This crisis is already closed.</translation>
    </message>
    <message>
        <source>Mark the step as done or as not applicable.</source>
        <translation>Mark the step as done or as not applicable.</translation>
    </message>
    <message>
        <source>Enter at least one follow-up date.</source>
        <translation>Enter at least one follow-up date.</translation>
    </message>
    <message>
        <source>{steps} required step is not settled yet: it must be done or marked not applicable with a reason.</source>
        <translation>{steps} required step is not settled yet: it must be done or marked not applicable with a reason.</translation>
    </message>
    <message>
        <source>{steps} required steps are not settled yet: each must be done or marked not applicable with a reason.</source>
        <translation>{steps} required steps are not settled yet: each must be done or marked not applicable with a reason.</translation>
    </message>
    <message>
        <source>{count} flagged word is still open: tick it off or edit it before saving.</source>
        <translation>{count} flagged word is still open: tick it off or edit it before saving.</translation>
    </message>
    <message>
        <source>{count} flagged words are still open: tick each one off or edit it before saving.</source>
        <translation>{count} flagged words are still open: tick each one off or edit it before saving.</translation>
    </message>
    <message>
        <source>{count} item is not ticked yet: &quot;{first}&quot;. Check the room and tick every item to sign.</source>
        <translation>{count} item is not ticked yet: &quot;{first}&quot;. Check the room and tick every item to sign.</translation>
    </message>
    <message>
        <source>{count} items are not ticked yet (first: &quot;{first}&quot;). Check the room and tick every item to sign.</source>
        <translation>{count} items are not ticked yet (first: &quot;{first}&quot;). Check the room and tick every item to sign.</translation>
    </message>
    <message>
        <source>{count} check of the records does not pass. Say why the room is closed anyway; the reason is kept with the closing.</source>
        <translation>{count} check of the records does not pass. Say why the room is closed anyway; the reason is kept with the closing.</translation>
    </message>
    <message>
        <source>{count} checks of the records do not pass. Say why the room is closed anyway; the reason is kept with the closing.</source>
        <translation>{count} checks of the records do not pass. Say why the room is closed anyway; the reason is kept with the closing.</translation>
    </message>
    <message>
        <source>Item {item} is not answered yet. Every item is needed to sign.</source>
        <translation>Item {item} is not answered yet. Every item is needed to sign.</translation>
    </message>
    <message>
        <source>{missing} items are not answered yet (first: item {item}). Every item is needed to sign.</source>
        <translation>{missing} items are not answered yet (first: item {item}). Every item is needed to sign.</translation>
    </message>
    <message>
        <source>The file is written in Big5 (Traditional Chinese) and would import as garbled text: ask for it as .xlsx or &quot;CSV UTF-8&quot;, or open it in Excel or WPS with that encoding and save it as .xlsx.</source>
        <translation>The file is written in Big5 (Traditional Chinese) and would import as garbled text: ask for it as .xlsx or &quot;CSV UTF-8&quot;, or open it in Excel or WPS with that encoding and save it as .xlsx.</translation>
    </message>
    <message>
        <source>The file is written in a Japanese encoding (Shift-JIS or EUC-JP) and would import as garbled text: ask for it as .xlsx or &quot;CSV UTF-8&quot;, or open it in Excel or WPS with that encoding and save it as .xlsx.</source>
        <translation>The file is written in a Japanese encoding (Shift-JIS or EUC-JP) and would import as garbled text: ask for it as .xlsx or &quot;CSV UTF-8&quot;, or open it in Excel or WPS with that encoding and save it as .xlsx.</translation>
    </message>
    <message>
        <source>The file is written in a Korean encoding (EUC-KR) and would import as garbled text: ask for it as .xlsx or &quot;CSV UTF-8&quot;, or open it in Excel or WPS with that encoding and save it as .xlsx.</source>
        <translation>The file is written in a Korean encoding (EUC-KR) and would import as garbled text: ask for it as .xlsx or &quot;CSV UTF-8&quot;, or open it in Excel or WPS with that encoding and save it as .xlsx.</translation>
    </message>
    <message>
        <source>The file is UTF-16 text without the mark that says so, which cannot be read safely: open it in Excel or WPS and save it as &quot;CSV UTF-8&quot; or as .xlsx.</source>
        <translation>The file is UTF-16 text without the mark that says so, which cannot be read safely: open it in Excel or WPS and save it as &quot;CSV UTF-8&quot; or as .xlsx.</translation>
    </message>
    <message>
        <source>The file&apos;s text looks like {encoding}, not UTF-8 or GBK/GB18030: open it in Excel or WPS and save it as &quot;CSV UTF-8&quot; or as .xlsx.</source>
        <translation>The file&apos;s text looks like {encoding}, not UTF-8 or GBK/GB18030: open it in Excel or WPS and save it as &quot;CSV UTF-8&quot; or as .xlsx.</translation>
    </message>
    <message>
        <source>The file is not a CSV text file (it holds binary data); choose the student list saved from Excel or WPS as .xlsx or .csv.</source>
        <translation>The file is not a CSV text file (it holds binary data); choose the student list saved from Excel or WPS as .xlsx or .csv.</translation>
    </message>
    <message>
        <source>The CSV file is damaged near line {line} (a quotation mark that is never closed, or a cell too long); open it in Excel or WPS and save it again.</source>
        <translation>The CSV file is damaged near line {line} (a quotation mark that is never closed, or a cell too long); open it in Excel or WPS and save it again.</translation>
    </message>
    <message>
        <source>The file cannot be read as an Excel workbook (.xlsx): it is damaged or not really a workbook. Open it in Excel or WPS and save it again as .xlsx.</source>
        <translation>The file cannot be read as an Excel workbook (.xlsx): it is damaged or not really a workbook. Open it in Excel or WPS and save it again as .xlsx.</translation>
    </message>
    <message>
        <source>The file is an old Excel 97-2003 workbook (.xls) or is protected by a password; open it in Excel or WPS and save it as .xlsx without a password.</source>
        <translation>The file is an old Excel 97-2003 workbook (.xls) or is protected by a password; open it in Excel or WPS and save it as .xlsx without a password.</translation>
    </message>
    <message>
        <source>The file is too large for a student list (at most {max_mb} MB).</source>
        <translation>The file is too large for a student list (at most {max_mb} MB).</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>There is no file {path}.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file; choose the student list inside it.</source>
        <translation>{path} is a folder, not a file; choose the student list inside it.</translation>
    </message>
    <message>
        <source>The file was rejected; nothing was imported ({count} problem).</source>
        <translation>The file was rejected; nothing was imported ({count} problem).</translation>
    </message>
    <message>
        <source>The file was rejected; nothing was imported ({count} problems).</source>
        <translation>The file was rejected; nothing was imported ({count} problems).</translation>
    </message>
    <message>
        <source>The backup failed its check ({problems} problem); the records were not replaced.</source>
        <translation>The backup failed its check ({problems} problem); the records were not replaced.</translation>
    </message>
    <message>
        <source>The backup failed its check ({problems} problems); the records were not replaced.</source>
        <translation>The backup failed its check ({problems} problems); the records were not replaced.</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess (about {bits} bits; at least 80 are needed). Famous lines, slogans, keyboard patterns and repeated phrases are among the first tried. Use a long sentence of your own, or the generated passphrase.</source>
        <translation>This passphrase is too easy to guess (about {bits} bits; at least 80 are needed). Famous lines, slogans, keyboard patterns and repeated phrases are among the first tried. Use a long sentence of your own, or the generated passphrase.</translation>
    </message>
    <message>
        <source>{count} record of this quarter is not settled (an unsigned record or an open crisis). Settle it first, or confirm that it is archived as it is.</source>
        <translation>{count} record of this quarter is not settled (an unsigned record or an open crisis). Settle it first, or confirm that it is archived as it is.</translation>
    </message>
    <message>
        <source>{count} records of this quarter are not settled (unsigned records or open crises). Settle them first, or confirm that they are archived as they are.</source>
        <translation>{count} records of this quarter are not settled (unsigned records or open crises). Settle them first, or confirm that they are archived as they are.</translation>
    </message>
    <message>
        <source>Key file: counselroom.keys is missing from the data folder. Make a new recovery code now (Settings → Recovery code) and print its sheet.</source>
        <translation>Key file: counselroom.keys is missing from the data folder. Make a new recovery code now (Settings → Recovery code) and print its sheet.</translation>
    </message>
    <message>
        <source>Key file: counselroom.keys is damaged (it fails its checksum). Make a new recovery code now (Settings → Recovery code) and print its sheet; that writes a sound key file.</source>
        <translation>Key file: counselroom.keys is damaged (it fails its checksum). Make a new recovery code now (Settings → Recovery code) and print its sheet; that writes a sound key file.</translation>
    </message>
    <message>
        <source>Key file: counselroom.keys in the data folder belongs to another installation.</source>
        <translation>Key file: counselroom.keys in the data folder belongs to another installation.</translation>
    </message>
    <message>
        <source>Recovery code: the recovery slot is missing from the key file, so the printed recovery sheet can no longer open the records. Fix this now: make a new recovery code (Settings → Recovery code), print its sheet, then make a new backup to the USB drive.</source>
        <translation>Recovery code: the recovery slot is missing from the key file, so the printed recovery sheet can no longer open the records. Fix this now: make a new recovery code (Settings → Recovery code), print its sheet, then make a new backup to the USB drive.</translation>
    </message>
    <message>
        <source>Recovery code: the recovery slot in the key file was altered or damaged, so the printed recovery sheet may no longer open the records. Fix this now: make a new recovery code (Settings → Recovery code), print its sheet, then make a new backup to the USB drive.</source>
        <translation>Recovery code: the recovery slot in the key file was altered or damaged, so the printed recovery sheet may no longer open the records. Fix this now: make a new recovery code (Settings → Recovery code), print its sheet, then make a new backup to the USB drive.</translation>
    </message>
    <message>
        <source>Key file: the key slot of the account {username} was altered or damaged; that account may not be able to log in. The supervisor can give it a new one-time password (Accounts page).</source>
        <translation>Key file: the key slot of the account {username} was altered or damaged; that account may not be able to log in. The supervisor can give it a new one-time password (Accounts page).</translation>
    </message>
    <message>
        <source>Key file: the account {username} has no key slot, so it cannot log in. The supervisor can give it a new one-time password (Accounts page).</source>
        <translation>Key file: the account {username} has no key slot, so it cannot log in. The supervisor can give it a new one-time password (Accounts page).</translation>
    </message>
    <message>
        <source>Key file: some key slots could not be given their check value yet (the key file could not be rewritten). Check that the data folder can be written to.</source>
        <translation>Key file: some key slots could not be given their check value yet (the key file could not be rewritten). Check that the data folder can be written to.</translation>
    </message>
    <message>
        <source>Wrong passwords: the record of wrong passwords kept on this computer was deleted, replaced or put back to an older copy since the last login. Wrong passwords tried in between, and a lockout, may be missing from the audit log.</source>
        <translation>Wrong passwords: the record of wrong passwords kept on this computer was deleted, replaced or put back to an older copy since the last login. Wrong passwords tried in between, and a lockout, may be missing from the audit log.</translation>
    </message>
    <message>
        <source>Wrong passwords: the copy of the record of wrong passwords in the system key store was deleted or altered. The copy beside the key file was used, so no attempt was lost.</source>
        <translation>Wrong passwords: the copy of the record of wrong passwords in the system key store was deleted or altered. The copy beside the key file was used, so no attempt was lost.</translation>
    </message>
    <message>
        <source>Wrong passwords: the copy of the record of wrong passwords beside the key file (counselroom.guard) was deleted or altered. The copy in the system key store was used, so no attempt was lost.</source>
        <translation>Wrong passwords: the copy of the record of wrong passwords beside the key file (counselroom.guard) was deleted or altered. The copy in the system key store was used, so no attempt was lost.</translation>
    </message>
    <message>
        <source>This case has an open crisis. Close the crisis first.</source>
        <translation>This case has an open crisis. Close the crisis first.</translation>
    </message>
    <message>
        <source>The key file (counselroom.keys) is missing from the data folder. Enter the recovery code from the recovery sheet: the recovery keys kept beside every backup open the records again (if the data folder has no backups, choose a backup file, e.g. on the USB drive). Other accounts then need a new password from the supervisor.</source>
        <translation>The key file (counselroom.keys) is missing from the data folder. Enter the recovery code from the recovery sheet: the recovery keys kept beside every backup open the records again (if the data folder has no backups, choose a backup file, e.g. on the USB drive). Other accounts then need a new password from the supervisor.</translation>
    </message>
    <message>
        <source>The key file (counselroom.keys) is damaged: it fails its checksum. This is damage to the file, not a wrong password. Use its previous copy (counselroom.keys.previous) if it is offered, or enter the recovery code: the recovery keys kept beside every backup open the records again. The damaged file is kept aside, not deleted.</source>
        <translation>The key file (counselroom.keys) is damaged: it fails its checksum. This is damage to the file, not a wrong password. Use its previous copy (counselroom.keys.previous) if it is offered, or enter the recovery code: the recovery keys kept beside every backup open the records again. The damaged file is kept aside, not deleted.</translation>
    </message>
    <message>
        <source>Bring the records to this computer from a backup: choose the backup file (for example counselroom-20260315-073000-manual.db on the USB drive; its .keys file must be in the same folder) and enter the recovery code from the recovery sheet. You choose a new password; other accounts then need a new one from the supervisor.</source>
        <translation>Bring the records to this computer from a backup: choose the backup file (for example counselroom-20260315-073000-manual.db on the USB drive; its .keys file must be in the same folder) and enter the recovery code from the recovery sheet. You choose a new password; other accounts then need a new one from the supervisor.</translation>
    </message>
    <message>
        <source>The recovery keys of this backup are missing: {path} must be in the same folder as {backup}. Copy both files, or choose a backup that has them.</source>
        <translation>The recovery keys of this backup are missing: {path} must be in the same folder as {backup}. Copy both files, or choose a backup that has them.</translation>
    </message>
    <message>
        <source>The recovery keys beside this backup are damaged ({path}). Choose another backup.</source>
        <translation>The recovery keys beside this backup are damaged ({path}). Choose another backup.</translation>
    </message>
    <message>
        <source>The recovery keys {path} belong to another backup than {backup}. Keep each backup with the .keys file of the same name, or choose another backup.</source>
        <translation>The recovery keys {path} belong to another backup than {backup}. Keep each backup with the .keys file of the same name, or choose another backup.</translation>
    </message>
    <message>
        <source>The key file is sound; nothing was changed.</source>
        <translation>The key file is sound; nothing was changed.</translation>
    </message>
    <message>
        <source>There is no sound previous copy of the key file for this database. Enter the recovery code instead.</source>
        <translation>There is no sound previous copy of the key file for this database. Enter the recovery code instead.</translation>
    </message>
    <message>
        <source>Too many wrong passwords on this computer. Please wait {seconds} seconds and try again.</source>
        <translation>Too many wrong passwords on this computer. Please wait {seconds} seconds and try again.</translation>
    </message>
    <message>
        <source>A name cannot begin with &quot;{start}&quot;: that is how a spreadsheet formula begins.</source>
        <translation>A name cannot begin with &quot;{start}&quot;: that is how a spreadsheet formula begins.</translation>
    </message>
    <message>
        <source>Choose between 1 and 1,000,000 clients.</source>
        <translation>Choose between 1 and 1,000,000 clients.</translation>
    </message>
    <message>
        <source>This consent record no longer exists.</source>
        <translation>This consent record no longer exists.</translation>
    </message>
    <message>
        <source>No signed form is attached.</source>
        <translation>No signed form is attached.</translation>
    </message>
    <message>
        <source>Consent is informed only once the limits of confidentiality (保密例外) were explained. Explain them, then tick this.</source>
        <translation>Consent is informed only once the limits of confidentiality (保密例外) were explained. Explain them, then tick this.</translation>
    </message>
    <message>
        <source>The scan is larger than {max_mb} MB. Scan at a lower resolution.</source>
        <translation>The scan is larger than {max_mb} MB. Scan at a lower resolution.</translation>
    </message>
    <message>
        <source>Attach the scan as a PDF, PNG or JPEG file.</source>
        <translation>Attach the scan as a PDF, PNG or JPEG file.</translation>
    </message>
    <message>
        <source>This consent was already withdrawn.</source>
        <translation>This consent was already withdrawn.</translation>
    </message>
    <message>
        <source>Quarter {quarter} has been archived, so the withdrawal cannot be dated in it. Date it today and write in the note when the consent was withdrawn.</source>
        <translation>Quarter {quarter} has been archived, so the withdrawal cannot be dated in it. Date it today and write in the note when the consent was withdrawn.</translation>
    </message>
    <message>
        <source>The withdrawal date is before the consent was given.</source>
        <translation>The withdrawal date is before the consent was given.</translation>
    </message>
    <message>
        <source>Unknown way of printing.</source>
        <translation>Unknown way of printing.</translation>
    </message>
    <message>
        <source>This referral no longer exists.</source>
        <translation>This referral no longer exists.</translation>
    </message>
    <message>
        <source>A student is referred only with the guardian&apos;s consent. Record it first.</source>
        <translation>A student is referred only with the guardian&apos;s consent. Record it first.</translation>
    </message>
    <message>
        <source>The follow-up date is before the referral.</source>
        <translation>The follow-up date is before the referral.</translation>
    </message>
    <message>
        <source>The feedback date is before the referral.</source>
        <translation>The feedback date is before the referral.</translation>
    </message>
    <message>
        <source>This referral is already closed.</source>
        <translation>This referral is already closed.</translation>
    </message>
    <message>
        <source>This test material no longer exists.</source>
        <translation>This test material no longer exists.</translation>
    </message>
    <message>
        <source>This hand-out no longer exists.</source>
        <translation>This hand-out no longer exists.</translation>
    </message>
    <message>
        <source>Enter the material&apos;s name, e.g. PHQ-9 answer sheet.</source>
        <translation>Enter the material&apos;s name, e.g. PHQ-9 answer sheet.</translation>
    </message>
    <message>
        <source>A material with this name is already in the register. Change its stock instead.</source>
        <translation>A material with this name is already in the register. Change its stock instead.</translation>
    </message>
    <message>
        <source>A scale code has 2 to 32 lower-case letters, digits or _, e.g. phq9.</source>
        <translation>A scale code has 2 to 32 lower-case letters, digits or _, e.g. phq9.</translation>
    </message>
    <message>
        <source>Enter a number from {min} to {max}.</source>
        <translation>Enter a number from {min} to {max}.</translation>
    </message>
    <message>
        <source>Only {on_hand} are in the cabinet.</source>
        <translation>Only {on_hand} are in the cabinet.</translation>
    </message>
    <message>
        <source>Enter how many came back or were used.</source>
        <translation>Enter how many came back or were used.</translation>
    </message>
    <message>
        <source>Only {outstanding} of this hand-out are still out.</source>
        <translation>Only {outstanding} of this hand-out are still out.</translation>
    </message>
    <message>
        <source>A kit is not used up: count it as back. The supervisor writes off damaged ones.</source>
        <translation>A kit is not used up: count it as back. The supervisor writes off damaged ones.</translation>
    </message>
    <message>
        <source>Everything of this hand-out is already accounted for.</source>
        <translation>Everything of this hand-out is already accounted for.</translation>
    </message>
    <message>
        <source>Give the reason. Every change of the stock is recorded.</source>
        <translation>Give the reason. Every change of the stock is recorded.</translation>
    </message>
    <message>
        <source>Only {on_hand} are in the cabinet. Copies that are out are written off when they come back, or as missing.</source>
        <translation>Only {on_hand} are in the cabinet. Copies that are out are written off when they come back, or as missing.</translation>
    </message>
    <message>
        <source>This is the count already recorded; nothing to correct.</source>
        <translation>This is the count already recorded; nothing to correct.</translation>
    </message>
    <message>
        <source>Test materials are handed to an active counsellor or the supervisor only.</source>
        <translation>Test materials are handed to an active counsellor or the supervisor only.</translation>
    </message>
    <message>
        <source>You record only what you take yourself. The supervisor records hand-outs to others.</source>
        <translation>You record only what you take yourself. The supervisor records hand-outs to others.</translation>
    </message>
    <message>
        <source>Only the person who took these materials, or the supervisor, records their return.</source>
        <translation>Only the person who took these materials, or the supervisor, records their return.</translation>
    </message>
    <message>
        <source>Enter what is checked, e.g. 窗户已关好 (windows closed).</source>
        <translation>Enter what is checked, e.g. 窗户已关好 (windows closed).</translation>
    </message>
    <message>
        <source>The checklist needs at least one item.</source>
        <translation>The checklist needs at least one item.</translation>
    </message>
    <message>
        <source>A checklist has at most {max} items.</source>
        <translation>A checklist has at most {max} items.</translation>
    </message>
    <message>
        <source>&quot;{label}&quot; is on the list twice.</source>
        <translation>&quot;{label}&quot; is on the list twice.</translation>
    </message>
    <message>
        <source>The supervisor changed the checklist items meanwhile. The page now shows the new list: tick it again.</source>
        <translation>The supervisor changed the checklist items meanwhile. The page now shows the new list: tick it again.</translation>
    </message>
    <message>
        <source>A closing is signed on its own day; an earlier day cannot be signed afterwards.</source>
        <translation>A closing is signed on its own day; an earlier day cannot be signed afterwards.</translation>
    </message>
    <message>
        <source>Today&apos;s closing was already signed by {name} at {time}.</source>
        <translation>Today&apos;s closing was already signed by {name} at {time}.</translation>
    </message>
    <message>
        <source>Choose a month.</source>
        <translation>Choose a month.</translation>
    </message>
    <message>
        <source>You are still on duty (since {since}). End your duty on the Duty page first: whoever closes the room leaves it last.</source>
        <translation>You are still on duty (since {since}). End your duty on the Duty page first: whoever closes the room leaves it last.</translation>
    </message>
    <message>
        <source>This duty shift no longer exists.</source>
        <translation>This duty shift no longer exists.</translation>
    </message>
    <message>
        <source>You record only your own duty. The supervisor records duty for others.</source>
        <translation>You record only your own duty. The supervisor records duty for others.</translation>
    </message>
    <message>
        <source>Duty is recorded for an active account of the room only.</source>
        <translation>Duty is recorded for an active account of the room only.</translation>
    </message>
    <message>
        <source>Already on duty since {start}. End that duty first.</source>
        <translation>Already on duty since {start}. End that duty first.</translation>
    </message>
    <message>
        <source>The duty of {day} from {start} was never ended. Enter when it ended, then start again.</source>
        <translation>The duty of {day} from {start} was never ended. Enter when it ended, then start again.</translation>
    </message>
    <message>
        <source>There is no open duty to end.</source>
        <translation>There is no open duty to end.</translation>
    </message>
    <message>
        <source>Only the person on duty, whoever recorded the shift, or the supervisor can change it.</source>
        <translation>Only the person on duty, whoever recorded the shift, or the supervisor can change it.</translation>
    </message>
    <message>
        <source>This duty has already ended.</source>
        <translation>This duty has already ended.</translation>
    </message>
    <message>
        <source>This duty has not ended yet. End it first; corrections are for finished shifts.</source>
        <translation>This duty has not ended yet. End it first; corrections are for finished shifts.</translation>
    </message>
    <message>
        <source>This shift was withdrawn.</source>
        <translation>This shift was withdrawn.</translation>
    </message>
    <message>
        <source>This duty started on {day}. Enter the time it really ended that day.</source>
        <translation>This duty started on {day}. Enter the time it really ended that day.</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>The end must be after the start.</translation>
    </message>
    <message>
        <source>A shift ends on the day it started. Enter a later day as a shift of its own.</source>
        <translation>A shift ends on the day it started. Enter a later day as a shift of its own.</translation>
    </message>
    <message>
        <source>This time is still to come. Duty is recorded once it has happened.</source>
        <translation>This time is still to come. Duty is recorded once it has happened.</translation>
    </message>
    <message>
        <source>The start stays on the day of the shift ({day}).</source>
        <translation>The start stays on the day of the shift ({day}).</translation>
    </message>
    <message>
        <source>This overlaps the same person&apos;s shift from {start} to {end}.</source>
        <translation>This overlaps the same person&apos;s shift from {start} to {end}.</translation>
    </message>
    <message>
        <source>This overlaps the same person&apos;s duty from {start}, which has not ended.</source>
        <translation>This overlaps the same person&apos;s duty from {start}, which has not ended.</translation>
    </message>
    <message>
        <source>Enter a number of visitors from 0 to {max}.</source>
        <translation>Enter a number of visitors from 0 to {max}.</translation>
    </message>
    <message>
        <source>Give the reason. It is kept with the change.</source>
        <translation>Give the reason. It is kept with the change.</translation>
    </message>
    <message>
        <source>This shift can no longer be changed by you: its author could correct it on the day it was recorded; now only the supervisor can, with a reason.</source>
        <translation>This shift can no longer be changed by you: its author could correct it on the day it was recorded; now only the supervisor can, with a reason.</translation>
    </message>
    <message>
        <source>The rules ask for at least {min} hours a week; enter {min} to {max}.</source>
        <translation>The rules ask for at least {min} hours a week; enter {min} to {max}.</translation>
    </message>
    <message>
        <source>This activity no longer exists.</source>
        <translation>This activity no longer exists.</translation>
    </message>
    <message>
        <source>Only who logged or ran this activity, or the supervisor, can change it.</source>
        <translation>Only who logged or ran this activity, or the supervisor, can change it.</translation>
    </message>
    <message>
        <source>Choose active accounts of the room.</source>
        <translation>Choose active accounts of the room.</translation>
    </message>
    <message>
        <source>This file is no longer kept with the activity.</source>
        <translation>This file is no longer kept with the activity.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (byte {position} cannot be read). Save it again as UTF-8.</source>
        <translation>The file is not UTF-8 text (byte {position} cannot be read). Save it again as UTF-8.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: the problem is at line {line}, column {column}.</source>
        <translation>The file is not valid JSON: the problem is at line {line}, column {column}.</translation>
    </message>
    <message>
        <source>The file is larger than {max_kb} KB; a scale definition is much smaller.</source>
        <translation>The file is larger than {max_kb} KB; a scale definition is much smaller.</translation>
    </message>
    <message>
        <source>The file is not a scale definition: it must be one JSON object {{ … }}.</source>
        <translation>The file is not a scale definition: it must be one JSON object {{ … }}.</translation>
    </message>
    <message>
        <source>&quot;{path}&quot; is missing or has the wrong kind of value (positions count from 1).</source>
        <translation>&quot;{path}&quot; is missing or has the wrong kind of value (positions count from 1).</translation>
    </message>
    <message>
        <source>&quot;{path}&quot; is not part of the scale format (a misspelt name?).</source>
        <translation>&quot;{path}&quot; is not part of the scale format (a misspelt name?).</translation>
    </message>
    <message>
        <source>The name &quot;{key}&quot; appears twice in the same object.</source>
        <translation>The name &quot;{key}&quot; appears twice in the same object.</translation>
    </message>
    <message>
        <source>The definition is in format {found}; this version of CounselRoom reads formats 1 to {supported}.</source>
        <translation>The definition is in format {found}; this version of CounselRoom reads formats 1 to {supported}.</translation>
    </message>
    <message>
        <source>The scale code &quot;{value}&quot; is not valid: use 2 to 32 lower-case letters, digits or _.</source>
        <translation>The scale code &quot;{value}&quot; is not valid: use 2 to 32 lower-case letters, digits or _.</translation>
    </message>
    <message>
        <source>The definition has no items.</source>
        <translation>The definition has no items.</translation>
    </message>
    <message>
        <source>A scale has at most {max} items.</source>
        <translation>A scale has at most {max} items.</translation>
    </message>
    <message>
        <source>Item {item} appears more than once.</source>
        <translation>Item {item} appears more than once.</translation>
    </message>
    <message>
        <source>Item {item} has no Chinese text (text.zh_CN).</source>
        <translation>Item {item} has no Chinese text (text.zh_CN).</translation>
    </message>
    <message>
        <source>Item {item} has no answer options, and the scale has no default options.</source>
        <translation>Item {item} has no answer options, and the scale has no default options.</translation>
    </message>
    <message>
        <source>In &quot;{path}&quot;, option &quot;{option}&quot; appears more than once.</source>
        <translation>In &quot;{path}&quot;, option &quot;{option}&quot; appears more than once.</translation>
    </message>
    <message>
        <source>Item {item} has no option &quot;{option}&quot;.</source>
        <translation>Item {item} has no option &quot;{option}&quot;.</translation>
    </message>
    <message>
        <source>Item {item} names subscale &quot;{subscale}&quot;, which is not defined.</source>
        <translation>Item {item} names subscale &quot;{subscale}&quot;, which is not defined.</translation>
    </message>
    <message>
        <source>Subscale &quot;{subscale}&quot; is defined more than once.</source>
        <translation>Subscale &quot;{subscale}&quot; is defined more than once.</translation>
    </message>
    <message>
        <source>No item belongs to subscale &quot;{subscale}&quot;.</source>
        <translation>No item belongs to subscale &quot;{subscale}&quot;.</translation>
    </message>
    <message>
        <source>&quot;{method}&quot; in &quot;{path}&quot; is not a scoring method; use sum or mean.</source>
        <translation>&quot;{method}&quot; in &quot;{path}&quot; is not a scoring method; use sum or mean.</translation>
    </message>
    <message>
        <source>The definition has no score bands (bands).</source>
        <translation>The definition has no score bands (bands).</translation>
    </message>
    <message>
        <source>Band &quot;{band}&quot; appears more than once.</source>
        <translation>Band &quot;{band}&quot; appears more than once.</translation>
    </message>
    <message>
        <source>The limits of band &quot;{band}&quot; must be whole numbers (for a mean score: at most two decimals).</source>
        <translation>The limits of band &quot;{band}&quot; must be whole numbers (for a mean score: at most two decimals).</translation>
    </message>
    <message>
        <source>Band &quot;{band}&quot; starts above where it ends.</source>
        <translation>Band &quot;{band}&quot; starts above where it ends.</translation>
    </message>
    <message>
        <source>Bands &quot;{other}&quot; and &quot;{band}&quot; overlap: a total would fall in both.</source>
        <translation>Bands &quot;{other}&quot; and &quot;{band}&quot; overlap: a total would fall in both.</translation>
    </message>
    <message>
        <source>There is a gap between band &quot;{after}&quot; and band &quot;{before}&quot;: some totals would fall in no band.</source>
        <translation>There is a gap between band &quot;{after}&quot; and band &quot;{before}&quot;: some totals would fall in no band.</translation>
    </message>
    <message>
        <source>The totals of this scale go from {min} to {max}, but the bands cover {first} to {last}.</source>
        <translation>The totals of this scale go from {min} to {max}, but the bands cover {first} to {last}.</translation>
    </message>
    <message>
        <source>A critical item names item {item}, which does not exist.</source>
        <translation>A critical item names item {item}, which does not exist.</translation>
    </message>
    <message>
        <source>Critical item {item}: no answer reaches the score {min_score}.</source>
        <translation>Critical item {item}: no answer reaches the score {min_score}.</translation>
    </message>
    <message>
        <source>Item {item} is listed as critical more than once.</source>
        <translation>Item {item} is listed as critical more than once.</translation>
    </message>
    <message>
        <source>Subscale &quot;{subscale}&quot; lists item {item}, which does not exist.</source>
        <translation>Subscale &quot;{subscale}&quot; lists item {item}, which does not exist.</translation>
    </message>
    <message>
        <source>Subscale &quot;{subscale}&quot; reverses item {item}, which is not one of its items.</source>
        <translation>Subscale &quot;{subscale}&quot; reverses item {item}, which is not one of its items.</translation>
    </message>
    <message>
        <source>Item {item} is reversed for the whole scale (&quot;reverse&quot;: true) and again in subscale &quot;{subscale}&quot;. Reverse it in one place only.</source>
        <translation>Item {item} is reversed for the whole scale (&quot;reverse&quot;: true) and again in subscale &quot;{subscale}&quot;. Reverse it in one place only.</translation>
    </message>
    <message>
        <source>The total names subscale &quot;{subscale}&quot;, which is not defined.</source>
        <translation>The total names subscale &quot;{subscale}&quot;, which is not defined.</translation>
    </message>
    <message>
        <source>Subscale &quot;{subscale}&quot; has an empty list of bands: leave &quot;bands&quot; out or give bands.</source>
        <translation>Subscale &quot;{subscale}&quot; has an empty list of bands: leave &quot;bands&quot; out or give bands.</translation>
    </message>
    <message>
        <source>In subscale &quot;{subscale}&quot;, band &quot;{band}&quot; appears more than once.</source>
        <translation>In subscale &quot;{subscale}&quot;, band &quot;{band}&quot; appears more than once.</translation>
    </message>
    <message>
        <source>In subscale &quot;{subscale}&quot;, the limits of band &quot;{band}&quot; must be whole numbers (for a mean score: at most two decimals).</source>
        <translation>In subscale &quot;{subscale}&quot;, the limits of band &quot;{band}&quot; must be whole numbers (for a mean score: at most two decimals).</translation>
    </message>
    <message>
        <source>In subscale &quot;{subscale}&quot;, band &quot;{band}&quot; starts above where it ends.</source>
        <translation>In subscale &quot;{subscale}&quot;, band &quot;{band}&quot; starts above where it ends.</translation>
    </message>
    <message>
        <source>In subscale &quot;{subscale}&quot;, bands &quot;{other}&quot; and &quot;{band}&quot; overlap: a score would fall in both.</source>
        <translation>In subscale &quot;{subscale}&quot;, bands &quot;{other}&quot; and &quot;{band}&quot; overlap: a score would fall in both.</translation>
    </message>
    <message>
        <source>In subscale &quot;{subscale}&quot;, there is a gap between band &quot;{after}&quot; and band &quot;{before}&quot;: some scores would fall in no band.</source>
        <translation>In subscale &quot;{subscale}&quot;, there is a gap between band &quot;{after}&quot; and band &quot;{before}&quot;: some scores would fall in no band.</translation>
    </message>
    <message>
        <source>The scores of subscale &quot;{subscale}&quot; go from {min} to {max}, but its bands cover {first} to {last}.</source>
        <translation>The scores of subscale &quot;{subscale}&quot; go from {min} to {max}, but its bands cover {first} to {last}.</translation>
    </message>
    <message>
        <source>Rule &quot;{rule}&quot; appears more than once.</source>
        <translation>Rule &quot;{rule}&quot; appears more than once.</translation>
    </message>
    <message>
        <source>Rule &quot;{rule}&quot;: &quot;{kind}&quot; is not a kind of rule; use positive or invalid.</source>
        <translation>Rule &quot;{rule}&quot;: &quot;{kind}&quot; is not a kind of rule; use positive or invalid.</translation>
    </message>
    <message>
        <source>Rule &quot;{rule}&quot;: only a positive rule can open the crisis workflow (alert).</source>
        <translation>Rule &quot;{rule}&quot;: only a positive rule can open the crisis workflow (alert).</translation>
    </message>
    <message>
        <source>Rule &quot;{rule}&quot;: &quot;{path}&quot; must test exactly one of total, subscale, item or count (or be any / all of other conditions).</source>
        <translation>Rule &quot;{rule}&quot;: &quot;{path}&quot; must test exactly one of total, subscale, item or count (or be any / all of other conditions).</translation>
    </message>
    <message>
        <source>Rule &quot;{rule}&quot;: &quot;{op}&quot; in &quot;{path}&quot; is not a comparison; use &gt;=, &gt;, &lt;=, &lt; or ==.</source>
        <translation>Rule &quot;{rule}&quot;: &quot;{op}&quot; in &quot;{path}&quot; is not a comparison; use &gt;=, &gt;, &lt;=, &lt; or ==.</translation>
    </message>
    <message>
        <source>Rule &quot;{rule}&quot; names subscale &quot;{subscale}&quot;, which is not defined.</source>
        <translation>Rule &quot;{rule}&quot; names subscale &quot;{subscale}&quot;, which is not defined.</translation>
    </message>
    <message>
        <source>Rule &quot;{rule}&quot; names item {item}, which does not exist.</source>
        <translation>Rule &quot;{rule}&quot; names item {item}, which does not exist.</translation>
    </message>
    <message>
        <source>Rule &quot;{rule}&quot; nests any / all more than {max} levels deep.</source>
        <translation>Rule &quot;{rule}&quot; nests any / all more than {max} levels deep.</translation>
    </message>
    <message>
        <source>The library already has scale &quot;{scale}&quot; version {version}. Give the new definition another version.</source>
        <translation>The library already has scale &quot;{scale}&quot; version {version}. Give the new definition another version.</translation>
    </message>
    <message>
        <source>&quot;{option}&quot; is not an answer to item {item} of this scale.</source>
        <translation>&quot;{option}&quot; is not an answer to item {item} of this scale.</translation>
    </message>
    <message>
        <source>This scale is not in the library.</source>
        <translation>This scale is not in the library.</translation>
    </message>
    <message>
        <source>This test record no longer exists.</source>
        <translation>This test record no longer exists.</translation>
    </message>
    <message>
        <source>The case is closed. Reopen it to record a new test.</source>
        <translation>The case is closed. Reopen it to record a new test.</translation>
    </message>
    <message>
        <source>Only the person who administered this test can edit or sign it.</source>
        <translation>Only the person who administered this test can edit or sign it.</translation>
    </message>
    <message>
        <source>This test record is signed and locked.</source>
        <translation>This test record is signed and locked.</translation>
    </message>
    <message>
        <source>Answers are saved only after the purpose and meaning of the test were explained to the client. Explain them, then tick this.</source>
        <translation>Answers are saved only after the purpose and meaning of the test were explained to the client. Explain them, then tick this.</translation>
    </message>
    <message>
        <source>Choose a consent recorded for this client.</source>
        <translation>Choose a consent recorded for this client.</translation>
    </message>
    <message>
        <source>This consent was withdrawn.</source>
        <translation>This consent was withdrawn.</translation>
    </message>
    <message>
        <source>Signed test record #{test} (or the scale that scored it) was changed outside the application.</source>
        <translation>Signed test record #{test} (or the scale that scored it) was changed outside the application.</translation>
    </message>
    <message>
        <source>A scale definition or test answers in the database can no longer be read: they were changed outside the application.</source>
        <translation>A scale definition or test answers in the database can no longer be read: they were changed outside the application.</translation>
    </message>
    <message>
        <source>The file&apos;s text encoding is neither UTF-8 nor GBK/GB18030. Save it again from Excel as &quot;CSV UTF-8&quot; or as .xlsx.</source>
        <translation>The file&apos;s text encoding is neither UTF-8 nor GBK/GB18030. Save it again from Excel as &quot;CSV UTF-8&quot; or as .xlsx.</translation>
    </message>
    <message>
        <source>The file cannot be read: {path}</source>
        <translation>The file cannot be read: {path}</translation>
    </message>
    <message>
        <source>Files of type {suffix} are not supported; use .xlsx or .csv.</source>
        <translation>Files of type {suffix} are not supported; use .xlsx or .csv.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>The file has more than {max} rows.</source>
        <translation>The file has more than {max} rows.</translation>
    </message>
    <message>
        <source>No column is chosen for this field, and it is required.</source>
        <translation>No column is chosen for this field, and it is required.</translation>
    </message>
    <message>
        <source>The same person appears again (row {other}).</source>
        <translation>The same person appears again (row {other}).</translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation>The file has no rows to import.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a gender (男/女).</source>
        <translation>&quot;{value}&quot; is not a gender (男/女).</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a client type (学生/家长/教职工).</source>
        <translation>&quot;{value}&quot; is not a client type (学生/家长/教职工).</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a date like 2010-05-01.</source>
        <translation>&quot;{value}&quot; is not a date like 2010-05-01.</translation>
    </message>
    <message>
        <source>The backup could not be written to {path} (the disk may be full, the drive removed, or the folder read-only). No incomplete file was left under that name.</source>
        <translation>The backup could not be written to {path} (the disk may be full, the drive removed, or the folder read-only). No incomplete file was left under that name.</translation>
    </message>
    <message>
        <source>The database is still in use by another part of the application.</source>
        <translation>The database is still in use by another part of the application.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist. Plug in the drive or choose another folder.</source>
        <translation>The folder {path} does not exist. Plug in the drive or choose another folder.</translation>
    </message>
    <message>
        <source>The folder {path} cannot be read.</source>
        <translation>The folder {path} cannot be read.</translation>
    </message>
    <message>
        <source>{path} is not a CounselRoom backup (its name is not that of a backup).</source>
        <translation>{path} is not a CounselRoom backup (its name is not that of a backup).</translation>
    </message>
    <message>
        <source>Give the reason for restoring. It is recorded in the audit log.</source>
        <translation>Give the reason for restoring. It is recorded in the audit log.</translation>
    </message>
    <message>
        <source>The prepared copy of the backup changed or disappeared. Nothing was replaced; start the restore again.</source>
        <translation>The prepared copy of the backup changed or disappeared. Nothing was replaced; start the restore again.</translation>
    </message>
    <message>
        <source>A backup is being made right now. Wait a moment and try again; nothing was replaced.</source>
        <translation>A backup is being made right now. Wait a moment and try again; nothing was replaced.</translation>
    </message>
    <message>
        <source>The records are still in use (a check or an export may be running). Wait until it has finished and try again; nothing was replaced.</source>
        <translation>The records are still in use (a check or an export may be running). Wait until it has finished and try again; nothing was replaced.</translation>
    </message>
    <message>
        <source>The database file could not be replaced (it may be in use by another program). The records were left as they were.</source>
        <translation>The database file could not be replaced (it may be in use by another program). The records were left as they were.</translation>
    </message>
    <message>
        <source>The backup does not open with this installation&apos;s key: it is damaged, incomplete, or a backup of other records.</source>
        <translation>The backup does not open with this installation&apos;s key: it is damaged, incomplete, or a backup of other records.</translation>
    </message>
    <message>
        <source>The backup is damaged: a part of it fails its integrity check.</source>
        <translation>The backup is damaged: a part of it fails its integrity check.</translation>
    </message>
    <message>
        <source>The backup belongs to another installation of CounselRoom.</source>
        <translation>The backup belongs to another installation of CounselRoom.</translation>
    </message>
    <message>
        <source>The backup was made by a newer version of CounselRoom (schema {found}; this version knows up to {supported}).</source>
        <translation>The backup was made by a newer version of CounselRoom (schema {found}; this version knows up to {supported}).</translation>
    </message>
    <message>
        <source>In this backup, &quot;{username}&quot; is not an active supervisor account, so you could not work with the restored records. A supervisor who has an account in the backup must restore it.</source>
        <translation>In this backup, &quot;{username}&quot; is not an active supervisor account, so you could not work with the restored records. A supervisor who has an account in the backup must restore it.</translation>
    </message>
    <message>
        <source>The archive could not be made.</source>
        <translation>The archive could not be made.</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a quarter. Write it like 2026Q3 (July to September 2026).</source>
        <translation>&quot;{text}&quot; is not a quarter. Write it like 2026Q3 (July to September 2026).</translation>
    </message>
    <message>
        <source>Quarter {quarter} has not ended yet. A quarter is archived once it is over.</source>
        <translation>Quarter {quarter} has not ended yet. A quarter is archived once it is over.</translation>
    </message>
    <message>
        <source>Enter the archive passphrase.</source>
        <translation>Enter the archive passphrase.</translation>
    </message>
    <message>
        <source>The passphrase starts or ends with a space, which nobody would see when typing it into 7-Zip later. Remove the space.</source>
        <translation>The passphrase starts or ends with a space, which nobody would see when typing it into 7-Zip later. Remove the space.</translation>
    </message>
    <message>
        <source>The passphrase contains a character that cannot be typed. Use letters, digits, punctuation or Chinese characters.</source>
        <translation>The passphrase contains a character that cannot be typed. Use letters, digits, punctuation or Chinese characters.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>The two passphrases differ. Type the same passphrase twice.</translation>
    </message>
    <message>
        <source>Write the passphrase down first, then tick the box: without it the archive can never be opened.</source>
        <translation>Write the passphrase down first, then tick the box: without it the archive can never be opened.</translation>
    </message>
    <message>
        <source>Choose the USB drive (or a folder) the archive is written to.</source>
        <translation>Choose the USB drive (or a folder) the archive is written to.</translation>
    </message>
    <message>
        <source>This is not a removable drive. Tick the box if the archive should really be written here, or choose the USB drive.</source>
        <translation>This is not a removable drive. Tick the box if the archive should really be written here, or choose the USB drive.</translation>
    </message>
    <message>
        <source>The folder {path} cannot be found. Is the USB drive plugged in?</source>
        <translation>The folder {path} cannot be found. Is the USB drive plugged in?</translation>
    </message>
    <message>
        <source>{path} already exists; it was left untouched. Choose another drive or folder.</source>
        <translation>{path} already exists; it was left untouched. Choose another drive or folder.</translation>
    </message>
    <message>
        <source>{path} is the complete archive of {quarter} from an export that was interrupted. It is now recorded as archived (print its receipt on the Archive page); it opens with the passphrase chosen for that export.</source>
        <translation>{path} is the complete archive of {quarter} from an export that was interrupted. It is now recorded as archived (print its receipt on the Archive page); it opens with the passphrase chosen for that export.</translation>
    </message>
    <message>
        <source>There is not enough free space on the drive ({path}). Nothing was archived and no incomplete file was left; free some space or use another drive.</source>
        <translation>There is not enough free space on the drive ({path}). Nothing was archived and no incomplete file was left; free some space or use another drive.</translation>
    </message>
    <message>
        <source>The drive ({path}) cannot be written to (it may be write-protected). Nothing was archived.</source>
        <translation>The drive ({path}) cannot be written to (it may be write-protected). Nothing was archived.</translation>
    </message>
    <message>
        <source>Writing to the drive ({path}) failed — was it pulled out? Nothing was archived and no incomplete file was left; plug the drive in again and start over.</source>
        <translation>Writing to the drive ({path}) failed — was it pulled out? Nothing was archived and no incomplete file was left; plug the drive in again and start over.</translation>
    </message>
    <message>
        <source>The export was cancelled. Nothing was archived and no file was left on the drive.</source>
        <translation>The export was cancelled. Nothing was archived and no file was left on the drive.</translation>
    </message>
    <message>
        <source>The archive read back from the drive did not match what was written, so it was removed and nothing was archived. The drive may be failing: try another one.</source>
        <translation>The archive read back from the drive did not match what was written, so it was removed and nothing was archived. The drive may be failing: try another one.</translation>
    </message>
    <message>
        <source>A record of this quarter was changed while the export ran. The archive was removed; export the quarter again.</source>
        <translation>A record of this quarter was changed while the export ran. The archive was removed; export the quarter again.</translation>
    </message>
    <message>
        <source>Quarter {quarter} has been archived: its records can no longer be changed here. Add an addendum instead.</source>
        <translation>Quarter {quarter} has been archived: its records can no longer be changed here. Add an addendum instead.</translation>
    </message>
    <message>
        <source>Quarter {quarter} has been archived: its records can no longer be added to or changed here.</source>
        <translation>Quarter {quarter} has been archived: its records can no longer be added to or changed here.</translation>
    </message>
    <message>
        <source>The archive is damaged (incomplete or altered): its contents do not match their checksums. Use another copy of this quarter&apos;s archive.</source>
        <translation>The archive is damaged (incomplete or altered): its contents do not match their checksums. Use another copy of this quarter&apos;s archive.</translation>
    </message>
    <message>
        <source>The archive opens, but it is not as this room exported it: its seal or its SHA-256 does not match the export. It may have been changed afterwards; use another copy of this quarter&apos;s archive.</source>
        <translation>The archive opens, but it is not as this room exported it: its seal or its SHA-256 does not match the export. It may have been changed afterwards; use another copy of this quarter&apos;s archive.</translation>
    </message>
    <message>
        <source>This passphrase does not open the archive. Compare it with the one written down when the archive was made, character by character.</source>
        <translation>This passphrase does not open the archive. Compare it with the one written down when the archive was made, character by character.</translation>
    </message>
    <message>
        <source>The archive opened, but 7-Zip opens it only with the passphrase typed exactly like this: {passphrase} — capital letters and hyphens included. Type it so in 7-Zip, and write it down in this form.</source>
        <translation>The archive opened, but 7-Zip opens it only with the passphrase typed exactly like this: {passphrase} — capital letters and hyphens included. Type it so in 7-Zip, and write it down in this form.</translation>
    </message>
    <message>
        <source>The archive opened, but only without the space before or after the passphrase: 7-Zip needs it typed exactly as &quot;{passphrase}&quot;, with no space around it.</source>
        <translation>The archive opened, but only without the space before or after the passphrase: 7-Zip needs it typed exactly as &quot;{passphrase}&quot;, with no space around it.</translation>
    </message>
    <message>
        <source>This file is not a CounselRoom archive.</source>
        <translation>This file is not a CounselRoom archive.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read.</source>
        <translation>The file {path} cannot be read.</translation>
    </message>
    <message>
        <source>The archive has been closed.</source>
        <translation>The archive has been closed.</translation>
    </message>
    <message>
        <source>The archive holds no file {name}.</source>
        <translation>The archive holds no file {name}.</translation>
    </message>
    <message>
        <source>The archive holds no such client.</source>
        <translation>The archive holds no such client.</translation>
    </message>
    <message>
        <source>The archive holds no case file for this client.</source>
        <translation>The archive holds no case file for this client.</translation>
    </message>
    <message>
        <source>The archive holds no scanned form for this consent.</source>
        <translation>The archive holds no scanned form for this consent.</translation>
    </message>
    <message>
        <source>Database integrity: {detail}</source>
        <translation>Database integrity: {detail}</translation>
    </message>
    <message>
        <source>Audit log: row {expected} is missing (next row is {found}).</source>
        <translation>Audit log: row {expected} is missing (next row is {found}).</translation>
    </message>
    <message>
        <source>Audit log: row {seq} does not follow the row before it.</source>
        <translation>Audit log: row {seq} does not follow the row before it.</translation>
    </message>
    <message>
        <source>Audit log: row {seq} was altered.</source>
        <translation>Audit log: row {seq} was altered.</translation>
    </message>
    <message>
        <source>Audit log: more problems than listed.</source>
        <translation>Audit log: more problems than listed.</translation>
    </message>
    <message>
        <source>Audit log: empty — its rows were removed.</source>
        <translation>Audit log: empty — its rows were removed.</translation>
    </message>
    <message>
        <source>Audit log: the reference kept in the system key store is missing, so a rolled-back copy could not be detected.</source>
        <translation>Audit log: the reference kept in the system key store is missing, so a rolled-back copy could not be detected.</translation>
    </message>
    <message>
        <source>Audit log: the database is older than this computer remembers (it has {found} rows, {expected} were recorded) — an older copy of the file may have been put back.</source>
        <translation>Audit log: the database is older than this computer remembers (it has {found} rows, {expected} were recorded) — an older copy of the file may have been put back.</translation>
    </message>
    <message>
        <source>Audit log: row {seq} differs from the one this computer remembers — the history was replaced.</source>
        <translation>Audit log: row {seq} differs from the one this computer remembers — the history was replaced.</translation>
    </message>
    <message>
        <source>A crisis opens at a medium or high risk. Note a low risk in the client&apos;s records instead.</source>
        <translation>A crisis opens at a medium or high risk. Note a low risk in the client&apos;s records instead.</translation>
    </message>
    <message>
        <source>Choose the registered client, or register the student here.</source>
        <translation>Choose the registered client, or register the student here.</translation>
    </message>
    <message>
        <source>This client already has an open crisis in your case. Add what was reported to its steps on the Crises page.</source>
        <translation>This client already has an open crisis in your case. Add what was reported to its steps on the Crises page.</translation>
    </message>
    <message>
        <source>This register entry no longer exists.</source>
        <translation>This register entry no longer exists.</translation>
    </message>
    <message>
        <source>This student is on the attention register already. Change the level or the plan of that entry, or ask the supervisor if you cannot see it.</source>
        <translation>This student is on the attention register already. Change the level or the plan of that entry, or ask the supervisor if you cannot see it.</translation>
    </message>
    <message>
        <source>This student has been taken off the register; the entry can no longer change. Add the student again if they need attention once more.</source>
        <translation>This student has been taken off the register; the entry can no longer change. Add the student again if they need attention once more.</translation>
    </message>
    <message>
        <source>Choose a level other than the present one.</source>
        <translation>Choose a level other than the present one.</translation>
    </message>
    <message>
        <source>The next review cannot be before today.</source>
        <translation>The next review cannot be before today.</translation>
    </message>
    <message>
        <source>The next review must be within {days} days.</source>
        <translation>The next review must be within {days} days.</translation>
    </message>
    <message>
        <source>Choose an active counsellor as the one responsible.</source>
        <translation>Choose an active counsellor as the one responsible.</translation>
    </message>
    <message>
        <source>This screening campaign no longer exists.</source>
        <translation>This screening campaign no longer exists.</translation>
    </message>
    <message>
        <source>Choose at least one scale.</source>
        <translation>Choose at least one scale.</translation>
    </message>
    <message>
        <source>A campaign uses at most {max} scales.</source>
        <translation>A campaign uses at most {max} scales.</translation>
    </message>
    <message>
        <source>The scale &quot;{scale}&quot; is not in the scale library.</source>
        <translation>The scale &quot;{scale}&quot; is not in the scale library.</translation>
    </message>
    <message>
        <source>Choose the grades or classes to screen.</source>
        <translation>Choose the grades or classes to screen.</translation>
    </message>
    <message>
        <source>The last day comes before the first day.</source>
        <translation>The last day comes before the first day.</translation>
    </message>
    <message>
        <source>Enter the notice the school gave students and parents before opening the campaign.</source>
        <translation>Enter the notice the school gave students and parents before opening the campaign.</translation>
    </message>
    <message>
        <source>This campaign has been opened already.</source>
        <translation>This campaign has been opened already.</translation>
    </message>
    <message>
        <source>This campaign is not open: answer sheets can be entered only while it is open.</source>
        <translation>This campaign is not open: answer sheets can be entered only while it is open.</translation>
    </message>
    <message>
        <source>This campaign is closed and can no longer be changed.</source>
        <translation>This campaign is closed and can no longer be changed.</translation>
    </message>
    <message>
        <source>The scales of an open campaign cannot change: sheets were scored with them.</source>
        <translation>The scales of an open campaign cannot change: sheets were scored with them.</translation>
    </message>
    <message>
        <source>A student who has already been screened cannot be excluded or opted out now.</source>
        <translation>A student who has already been screened cannot be excluded or opted out now.</translation>
    </message>
    <message>
        <source>The stored definition of &quot;{scale}&quot; is not the one this campaign used. The records may have been altered: run the integrity check.</source>
        <translation>The stored definition of &quot;{scale}&quot; is not the one this campaign used. The records may have been altered: run the integrity check.</translation>
    </message>
    <message>
        <source>There are no answer sheets to enter.</source>
        <translation>There are no answer sheets to enter.</translation>
    </message>
    <message>
        <source>Nothing was saved: {count} answer sheet has a problem (the first at row {row}).</source>
        <translation>Nothing was saved: {count} answer sheet has a problem (the first at row {row}).</translation>
    </message>
    <message>
        <source>Nothing was saved: {count} answer sheets have problems (the first at row {row}).</source>
        <translation>Nothing was saved: {count} answer sheets have problems (the first at row {row}).</translation>
    </message>
    <message>
        <source>The scale &quot;{scale}&quot; is not part of this campaign.</source>
        <translation>The scale &quot;{scale}&quot; is not part of this campaign.</translation>
    </message>
    <message>
        <source>This student&apos;s parents opted out of the screening.</source>
        <translation>This student&apos;s parents opted out of the screening.</translation>
    </message>
    <message>
        <source>This student is excluded from the campaign.</source>
        <translation>This student is excluded from the campaign.</translation>
    </message>
    <message>
        <source>This student is not in the grades or classes of the campaign.</source>
        <translation>This student is not in the grades or classes of the campaign.</translation>
    </message>
    <message>
        <source>This student has a second sheet for &quot;{scale}&quot; here.</source>
        <translation>This student has a second sheet for &quot;{scale}&quot; here.</translation>
    </message>
    <message>
        <source>This student already has a sheet for &quot;{scale}&quot; in this campaign.</source>
        <translation>This student already has a sheet for &quot;{scale}&quot; in this campaign.</translation>
    </message>
    <message>
        <source>{missing} item is not answered (item {item}).</source>
        <translation>{missing} item is not answered (item {item}).</translation>
    </message>
    <message>
        <source>{missing} items are not answered (the first is item {item}).</source>
        <translation>{missing} items are not answered (the first is item {item}).</translation>
    </message>
    <message>
        <source>This interview record no longer exists.</source>
        <translation>This interview record no longer exists.</translation>
    </message>
    <message>
        <source>This student has no answer sheet in the campaign.</source>
        <translation>This student has no answer sheet in the campaign.</translation>
    </message>
    <message>
        <source>This student has been invited already.</source>
        <translation>This student has been invited already.</translation>
    </message>
    <message>
        <source>The interview cannot be before the invitation.</source>
        <translation>The interview cannot be before the invitation.</translation>
    </message>
    <message>
        <source>Record the interview before its outcome.</source>
        <translation>Record the interview before its outcome.</translation>
    </message>
    <message>
        <source>The outcome of this interview has been recorded already.</source>
        <translation>The outcome of this interview has been recorded already.</translation>
    </message>
    <message>
        <source>No column says who answered: choose the student number column, or the name and class columns.</source>
        <translation>No column says who answered: choose the student number column, or the name and class columns.</translation>
    </message>
    <message>
        <source>No column is chosen for item {item}.</source>
        <translation>No column is chosen for item {item}.</translation>
    </message>
    <message>
        <source>The same column is chosen twice.</source>
        <translation>The same column is chosen twice.</translation>
    </message>
    <message>
        <source>Item {item} has no answer.</source>
        <translation>Item {item} has no answer.</translation>
    </message>
    <message>
        <source>Item {item}: &quot;{value}&quot; is not one of its options.</source>
        <translation>Item {item}: &quot;{value}&quot; is not one of its options.</translation>
    </message>
    <message>
        <source>Item {item}: &quot;{value}&quot; could mean more than one option (an option&apos;s number or its score); choose how the file writes its answers.</source>
        <translation>Item {item}: &quot;{value}&quot; could mean more than one option (an option&apos;s number or its score); choose how the file writes its answers.</translation>
    </message>
    <message>
        <source>The student number is empty.</source>
        <translation>The student number is empty.</translation>
    </message>
    <message>
        <source>The name or the class is empty.</source>
        <translation>The name or the class is empty.</translation>
    </message>
    <message>
        <source>No student {student} is registered; import the class&apos;s student list first.</source>
        <translation>No student {student} is registered; import the class&apos;s student list first.</translation>
    </message>
    <message>
        <source>{count} students are called {student}; use a file with student numbers.</source>
        <translation>{count} students are called {student}; use a file with student numbers.</translation>
    </message>
    <message>
        <source>{student} is not in this screening&apos;s grades and classes.</source>
        <translation>{student} is not in this screening&apos;s grades and classes.</translation>
    </message>
    <message>
        <source>{name} appears again (row {other}).</source>
        <translation>{name} appears again (row {other}).</translation>
    </message>
    <message>
        <source>The file has no answer sheets.</source>
        <translation>The file has no answer sheets.</translation>
    </message>
    <message>
        <source>The file was rejected; no answer sheet was stored ({count} problem).</source>
        <translation>The file was rejected; no answer sheet was stored ({count} problem).</translation>
    </message>
    <message>
        <source>The file was rejected; no answer sheet was stored ({count} problems).</source>
        <translation>The file was rejected; no answer sheet was stored ({count} problems).</translation>
    </message>
    <message>
        <source>Type the student number, a space, then one key per item.</source>
        <translation>Type the student number, a space, then one key per item.</translation>
    </message>
    <message>
        <source>The scale has {expected} items, but {found} answers were typed.</source>
        <translation>The scale has {expected} items, but {found} answers were typed.</translation>
    </message>
    <message>
        <source>Item {position}: &quot;{char}&quot; is not an answer (type {keys}).</source>
        <translation>Item {position}: &quot;{char}&quot; is not an answer (type {keys}).</translation>
    </message>
    <message>
        <source>No student of this screening has the number {student_no}.</source>
        <translation>No student of this screening has the number {student_no}.</translation>
    </message>
</context>
<context>
    <name>MissingDialog</name>
    <message>
        <source>Write off as missing</source>
        <translation>Write off as missing</translation>
    </message>
    <message>
        <source>Only when they will not come back (lost, taken away). Test materials must not leave the room: find out what happened first. Copies that do come back are taken back instead.</source>
        <translation>Only when they will not come back (lost, taken away). Test materials must not leave the room: find out what happened first. Copies that do come back are taken back instead.</translation>
    </message>
    <message>
        <source>Missing copies</source>
        <translation>Missing copies</translation>
    </message>
    <message>
        <source>What happened and what was done about it</source>
        <translation>What happened and what was done about it</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Write off</source>
        <translation>Write off</translation>
    </message>
    <message>
        <source>Write off {count} copies of {material} as missing? This cannot be undone.</source>
        <translation>Write off {count} copies of {material} as missing? This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>MovementsModel</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>Cabinet</source>
        <translation>Cabinet</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Taken by</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Reason or purpose</source>
        <translation>Reason or purpose</translation>
    </message>
    <message>
        <source>{back} back, {used} used up</source>
        <translation>{back} back, {used} used up</translation>
    </message>
    <message>
        <source>counted {count}</source>
        <translation>counted {count}</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <source>New account</source>
        <translation>New account</translation>
    </message>
    <message>
        <source>The new colleague gets a one-time password, which you hand over in person. They choose their own password at the first login.</source>
        <translation>The new colleague gets a one-time password, which you hand over in person. They choose their own password at the first login.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>As colleagues know the person, for example 张明 or 张老师.</source>
        <translation>As colleagues know the person, for example 张明 or 张老师.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Typed at login, for example zhangming. Letters, digits or Chinese characters; no spaces.</source>
        <translation>Typed at login, for example zhangming. Letters, digits or Chinese characters; no spaces.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Create account</translation>
    </message>
</context>
<context>
    <name>NewTestDialog</name>
    <message>
        <source>New test</source>
        <translation>New test</translation>
    </message>
    <message>
        <source>Choose the scale the client fills in. Before the answers are entered, explain the purpose and meaning of the test to the client.</source>
        <translation>Choose the scale the client fills in. Before the answers are entered, explain the purpose and meaning of the test to the client.</translation>
    </message>
    <message>
        <source>{name} (version {version})</source>
        <translation>{name} (version {version})</translation>
    </message>
    <message>
        <source>{n} items</source>
        <translation>{n} items</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>Date administered</source>
        <translation>Date administered</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>OneTimePasswordDialog</name>
    <message>
        <source>One-time password</source>
        <translation>One-time password</translation>
    </message>
    <message>
        <source>One-time password for {who}</source>
        <translation>One-time password for {who}</translation>
    </message>
    <message>
        <source>User name: {username}</source>
        <translation>User name: {username}</translation>
    </message>
    <message>
        <source>Hand it to the person in private — do not send it by chat or e-mail.</source>
        <translation>Hand it to the person in private — do not send it by chat or e-mail.</translation>
    </message>
    <message>
        <source>They must change it at their first login.</source>
        <translation>They must change it at their first login.</translation>
    </message>
    <message>
        <source>It is shown only this once and is not stored anywhere. If it gets lost, reset the password again.</source>
        <translation>It is shown only this once and is not stored anywhere. If it gets lost, reset the password again.</translation>
    </message>
    <message>
        <source>I have handed it over</source>
        <translation>I have handed it over</translation>
    </message>
</context>
<context>
    <name>OpenArchiveDialog</name>
    <message>
        <source>Open a quarterly archive</source>
        <extracomment>Where each error code of ``ArchiveService.open`` is shown.</extracomment>
        <translation>Open a quarterly archive</translation>
    </message>
    <message>
        <source>Open a quarterly archive (以备查阅)</source>
        <translation>Open a quarterly archive (以备查阅)</translation>
    </message>
    <message>
        <source>Look something up in the records of an archived quarter. The archive opens read-only and is held in memory only: nothing of it is written to this computer. Opening it, and anything printed or saved from it, is recorded in the audit log.</source>
        <translation>Look something up in the records of an archived quarter. The archive opens read-only and is held in memory only: nothing of it is written to this computer. Opening it, and anything printed or saved from it, is recorded in the audit log.</translation>
    </message>
    <message>
        <source>e.g. E:\CounselRoom-2026Q3.7z</source>
        <translation>e.g. E:\CounselRoom-2026Q3.7z</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Find the archive file on the USB drive</source>
        <translation>Find the archive file on the USB drive</translation>
    </message>
    <message>
        <source>Archive file</source>
        <translation>Archive file</translation>
    </message>
    <message>
        <source>The file CounselRoom-&lt;quarter&gt;.7z on the drive the archive was written to.</source>
        <translation>The file CounselRoom-&lt;quarter&gt;.7z on the drive the archive was written to.</translation>
    </message>
    <message>
        <source>As written on the archive receipt</source>
        <translation>As written on the archive receipt</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Untick to hide the passphrase as dots (then only letters and digits can be typed: no input method)</source>
        <translation>Untick to hide the passphrase as dots (then only letters and digits can be typed: no input method)</translation>
    </message>
    <message>
        <source>Click &quot;{button}&quot; to see the archive.</source>
        <translation>Click &quot;{button}&quot; to see the archive.</translation>
    </message>
    <message>
        <source>Show the archive</source>
        <translation>Show the archive</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Type it exactly as written on the receipt, capital letters and hyphens (-) included: 7-Zip opens the archive with nothing else.</source>
        <translation>Type it exactly as written on the receipt, capital letters and hyphens (-) included: 7-Zip opens the archive with nothing else.</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>An archive that opened only with the exact form of the passphrase, held until the next click.</extracomment>
        <translation>Open</translation>
    </message>
    <message>
        <source>Decrypt the archive into memory and check it (Enter)</source>
        <translation>Decrypt the archive into memory and check it (Enter)</translation>
    </message>
    <message>
        <source>Choose the archive file</source>
        <translation>Choose the archive file</translation>
    </message>
    <message>
        <source>CounselRoom archive (*.7z);;All files (*)</source>
        <translation>CounselRoom archive (*.7z);;All files (*)</translation>
    </message>
    <message>
        <source>Choose the archive file.</source>
        <translation>Choose the archive file.</translation>
    </message>
    <message>
        <source>There is no file at {path}. Is the USB drive plugged in?</source>
        <translation>There is no file at {path}. Is the USB drive plugged in?</translation>
    </message>
    <message>
        <source>Opening and checking {name}…</source>
        <translation>Opening and checking {name}…</translation>
    </message>
</context>
<context>
    <name>OpenCaseDialog</name>
    <message>
        <source>Open a case for {name}</source>
        <translation>Open a case for {name}</translation>
    </message>
    <message>
        <source>The presenting problem and the reason for opening are required; the plan can be completed later.</source>
        <translation>The presenting problem and the reason for opening are required; the plan can be completed later.</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Open case</translation>
    </message>
    <message>
        <source>Edit the plan of {case}</source>
        <translation>Edit the plan of {case}</translation>
    </message>
    <message>
        <source>Changes are recorded in the audit log.</source>
        <translation>Changes are recorded in the audit log.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Counsellor</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Opened on</translation>
    </message>
    <message>
        <source>Choose the main problem</source>
        <translation>Choose the main problem</translation>
    </message>
    <message>
        <source>Presenting problem</source>
        <translation>Presenting problem</translation>
    </message>
    <message>
        <source>e.g. 近两个月考试焦虑，入睡困难</source>
        <translation>e.g. 近两个月考试焦虑，入睡困难</translation>
    </message>
    <message>
        <source>Reason for opening</source>
        <translation>Reason for opening</translation>
    </message>
    <message>
        <source>Why the client comes now, in their words and the referrer&apos;s.</source>
        <translation>Why the client comes now, in their words and the referrer&apos;s.</translation>
    </message>
    <message>
        <source>e.g. 每周一次个体咨询，约 6 次；放松训练</source>
        <translation>e.g. 每周一次个体咨询，约 6 次；放松训练</translation>
    </message>
    <message>
        <source>Counselling plan (咨询方案)</source>
        <translation>Counselling plan (咨询方案)</translation>
    </message>
    <message>
        <source>Goals, approach, how often and how many sessions.</source>
        <translation>Goals, approach, how often and how many sessions.</translation>
    </message>
    <message>
        <source>Only the supervisor assigns a case to another counsellor.</source>
        <translation>Only the supervisor assigns a case to another counsellor.</translation>
    </message>
    <message>
        <source>Who will counsel the client. You can reassign the case later.</source>
        <translation>Who will counsel the client. You can reassign the case later.</translation>
    </message>
</context>
<context>
    <name>OpenCrisisDialog</name>
    <message>
        <source>Open a crisis by hand</source>
        <translation>Open a crisis by hand</translation>
    </message>
    <message>
        <source>When a teacher, a parent or the student tells you of a risk, open the crisis here. It has the same steps as any crisis. It joins the client&apos;s open case you hold, or a new case is opened for it.</source>
        <translation>When a teacher, a parent or the student tells you of a risk, open the crisis here. It has the same steps as any crisis. It joins the client&apos;s open case you hold, or a new case is opened for it.</translation>
    </message>
    <message>
        <source>Registered already</source>
        <translation>Registered already</translation>
    </message>
    <message>
        <source>Not registered: register now</source>
        <translation>Not registered: register now</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Name, pinyin initials, case no. or class</source>
        <translation>Name, pinyin initials, case no. or class</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Every student of an imported class list is registered already.</source>
        <translation>Every student of an imported class list is registered already.</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Chosen</translation>
    </message>
    <message>
        <source>e.g. 王䶮</source>
        <translation>e.g. 王䶮</translation>
    </message>
    <message>
        <source>Grade, e.g. 初二</source>
        <translation>Grade, e.g. 初二</translation>
    </message>
    <message>
        <source>Grade and class</source>
        <translation>Grade and class</translation>
    </message>
    <message>
        <source>Class, e.g. 3班</source>
        <translation>Class, e.g. 3班</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone, e.g. 138 0000 0000</source>
        <translation>Phone, e.g. 138 0000 0000</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <source>e.g. 王老师, head teacher of 初二3班</source>
        <translation>e.g. 王老师, head teacher of 初二3班</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Phone or how to reach them</source>
        <translation>Phone or how to reach them</translation>
    </message>
    <message>
        <source>Reporter&apos;s contact</source>
        <translation>Reporter&apos;s contact</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>What was reported, in the reporter&apos;s words where it matters</source>
        <translation>What was reported, in the reporter&apos;s words where it matters</translation>
    </message>
    <message>
        <source>What was reported</source>
        <translation>What was reported</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Counsellor</translation>
    </message>
    <message>
        <source>Who holds the case and settles the steps.</source>
        <translation>Who holds the case and settles the steps.</translation>
    </message>
    <message>
        <source>Open crisis</source>
        <translation>Open crisis</translation>
    </message>
    <message>
        <source>No registered client matches. Register the student instead.</source>
        <translation>No registered client matches. Register the student instead.</translation>
    </message>
    <message>
        <source>Possibly registered already</source>
        <translation>Possibly registered already</translation>
    </message>
    <message>
        <source>These clients look like the same student:

{clients}

Register a new client anyway? Choose No to go back and find the student among the registered.</source>
        <translation>These clients look like the same student:

{clients}

Register a new client anyway? Choose No to go back and find the student among the registered.</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Outcome of the interview</source>
        <translation>Outcome of the interview</translation>
    </message>
    <message>
        <source>{student}, interviewed on {day}. The outcome is recorded once and cannot be changed.</source>
        <translation>{student}, interviewed on {day}. The outcome is recorded once and cannot be changed.</translation>
    </message>
    <message>
        <source>The screening result does not hold up, or needs nothing more.</source>
        <translation>The screening result does not hold up, or needs nothing more.</translation>
    </message>
    <message>
        <source>Open a counselling case for the student (yours): next, its reason and plan.</source>
        <translation>Open a counselling case for the student (yours): next, its reason and plan.</translation>
    </message>
    <message>
        <source>Put the student on the attention register (重点关注): next, level, reason and plan.</source>
        <translation>Put the student on the attention register (重点关注): next, level, reason and plan.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Save outcome</source>
        <translation>Save outcome</translation>
    </message>
    <message>
        <source>Continue…</source>
        <translation>Continue…</translation>
    </message>
</context>
<context>
    <name>OutstandingModel</name>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Taken by</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>Taken at</translation>
    </message>
    <message>
        <source>Still out</source>
        <translation>Still out</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Out for</source>
        <translation>Out for</translation>
    </message>
    <message>
        <source>Test materials come back the day they are taken. Take them back, or the supervisor writes off what will not come back.</source>
        <translation>Test materials come back the day they are taken. Take them back, or the supervisor writes off what will not come back.</translation>
    </message>
    <message>
        <source>{count} handed out: {back} back, {used} used up, {missing} missing</source>
        <translation>{count} handed out: {back} back, {used} used up, {missing} missing</translation>
    </message>
    <message>
        <source>{out} of {count}</source>
        <translation>{out} of {count}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>{n} day</source>
        <translation>{n} day</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} days</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
</context>
<context>
    <name>PassphraseChooser</name>
    <message>
        <source>Use a passphrase made for this archive (recommended)</source>
        <extracomment>The meter is worked out this long after the last key. The meter shows the strength of the text typed now (for tests and the dialog).</extracomment>
        <translation>Use a passphrase made for this archive (recommended)</translation>
    </message>
    <message>
        <source>Type a passphrase of my own</source>
        <translation>Type a passphrase of my own</translation>
    </message>
    <message>
        <source>I have written the passphrase down</source>
        <translation>I have written the passphrase down</translation>
    </message>
    <message>
        <source>Another one</source>
        <translation>Another one</translation>
    </message>
    <message>
        <source>Make a different passphrase</source>
        <translation>Make a different passphrase</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>A long sentence of your own is best: about 20 Chinese characters or 40 letters. Famous lines, slogans, keyboard patterns and phrases typed twice are too easy to guess. It must be typed in 7-Zip exactly like this — capitals, spaces and punctuation included — to open the archive.</source>
        <translation>A long sentence of your own is best: about 20 Chinese characters or 40 letters. Famous lines, slogans, keyboard patterns and phrases typed twice are too easy to guess. It must be typed in 7-Zip exactly like this — capitals, spaces and punctuation included — to open the archive.</translation>
    </message>
    <message>
        <source>Write it down now, letter by letter: it is shown only here and cannot be found again. Without it the archive cannot be opened by anyone, ever. It has only capital letters and digits 2–9 (no O/0 or I/1 to confuse). Copy it exactly, hyphens included: 7-Zip opens the archive only with the passphrase typed just as it is shown here.</source>
        <translation>Write it down now, letter by letter: it is shown only here and cannot be found again. Without it the archive cannot be opened by anyone, ever. It has only capital letters and digits 2–9 (no O/0 or I/1 to confuse). Copy it exactly, hyphens included: 7-Zip opens the archive only with the passphrase typed just as it is shown here.</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Again</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Strength</translation>
    </message>
    <message>
        <source>Not typed yet</source>
        <translation>Not typed yet</translation>
    </message>
    <message>
        <source>Strong enough</source>
        <translation>Strong enough</translation>
    </message>
    <message>
        <source>Too weak</source>
        <translation>Too weak</translation>
    </message>
    <message>
        <source>Cannot be used</source>
        <translation>Cannot be used</translation>
    </message>
</context>
<context>
    <name>PastShiftDialog</name>
    <message>
        <source>Add a past shift</source>
        <translation>Add a past shift</translation>
    </message>
    <message>
        <source>For duty that was not started and ended with the button. It ends on the day it started and does not overlap another shift of the same person.</source>
        <translation>For duty that was not started and ended with the button. It ends on the day it started and does not overlap another shift of the same person.</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>On duty</translation>
    </message>
    <message>
        <source>You record your own duty; the supervisor records others&apos;.</source>
        <translation>You record your own duty; the supervisor records others&apos;.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <source>Students, parents or colleagues who came to the room during the shift.</source>
        <translation>Students, parents or colleagues who came to the room during the shift.</translation>
    </message>
    <message>
        <source>Events and notes</source>
        <translation>Events and notes</translation>
    </message>
    <message>
        <source>Add shift</source>
        <translation>Add shift</translation>
    </message>
</context>
<context>
    <name>PositivesModel</name>
    <message>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Student no.</source>
        <translation>Student no.</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Why (rules that fired)</source>
        <translation>Why (rules that fired)</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invited</translation>
    </message>
    <message>
        <source>Interviewed</source>
        <translation>Interviewed</translation>
    </message>
    <message>
        <source>Critical answer</source>
        <translation>Critical answer</translation>
    </message>
</context>
<context>
    <name>PositivesTab</name>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>Not finished</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>All grades</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>All classes</translation>
    </message>
    <message>
        <source>{shown} of {all} students · {alerts} with a critical answer</source>
        <translation>{shown} of {all} students · {alerts} with a critical answer</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Nothing was printed: no printer is installed on this computer. Connect and set up a printer (ask the school&apos;s IT staff if needed), then try again.</source>
        <extracomment>What marks a printer&apos;s name or driver (make and model) as one that makes a copy instead of paper; matched case-insensitively, so localised names match too (&quot;Microsoft 打印到 PDF&quot;, &quot;Microsoft XPS 文档写入程序&quot;, &quot;发送至 OneNote 2016&quot;, &quot;传真&quot;). Not &quot;XPS&quot; alone (real printers have XPS drivers, e.g. Kyocera&apos;s and Canon&apos;s) and not &quot;FAX-&quot; (Brother&apos;s FAX-2840 prints).</extracomment>
        <translation>Nothing was printed: no printer is installed on this computer. Connect and set up a printer (ask the school&apos;s IT staff if needed), then try again.</translation>
    </message>
    <message>
        <source>Nothing was printed: this computer has no printer that prints on paper, only printers that make files (such as &quot;Microsoft Print to PDF&quot;). Connect and set up a printer (ask the school&apos;s IT staff if needed), then try again.</source>
        <translation>Nothing was printed: this computer has no printer that prints on paper, only printers that make files (such as &quot;Microsoft Print to PDF&quot;). Connect and set up a printer (ask the school&apos;s IT staff if needed), then try again.</translation>
    </message>
    <message>
        <source>Nothing was printed: &quot;{printer}&quot; does not print on paper but makes a copy (a file, a OneNote page or a fax) outside the protection of the records; choose a printer that prints on paper, or, where a copy is allowed, use &quot;Save as PDF…&quot;, which warns first and is recorded in the audit log.</source>
        <translation>Nothing was printed: &quot;{printer}&quot; does not print on paper but makes a copy (a file, a OneNote page or a fax) outside the protection of the records; choose a printer that prints on paper, or, where a copy is allowed, use &quot;Save as PDF…&quot;, which warns first and is recorded in the audit log.</translation>
    </message>
    <message>
        <source>Nothing was printed: the chosen printer does not print on paper but makes a file outside the protection of the records; choose a printer that prints on paper, or, where a copy is allowed, use &quot;Save as PDF…&quot;, which warns first and is recorded in the audit log.</source>
        <translation>Nothing was printed: the chosen printer does not print on paper but makes a file outside the protection of the records; choose a printer that prints on paper, or, where a copy is allowed, use &quot;Save as PDF…&quot;, which warns first and is recorded in the audit log.</translation>
    </message>
    <message>
        <source>Nothing was printed: the document could not be prepared for printing; close it, open it again and try once more.</source>
        <translation>Nothing was printed: the document could not be prepared for printing; close it, open it again and try once more.</translation>
    </message>
    <message>
        <source>Printing failed: the printer &quot;{printer}&quot; reported an error, so pages may be missing; collect anything it printed, then check the printer or choose another printer.</source>
        <translation>Printing failed: the printer &quot;{printer}&quot; reported an error, so pages may be missing; collect anything it printed, then check the printer or choose another printer.</translation>
    </message>
    <message>
        <source>Printing failed: the printer reported an error, so pages may be missing; collect anything it printed, then check the printer or choose another printer.</source>
        <translation>Printing failed: the printer reported an error, so pages may be missing; collect anything it printed, then check the printer or choose another printer.</translation>
    </message>
    <message>
        <source>Nothing was printed: the printer &quot;{printer}&quot; cannot be used. Check that it is switched on and connected, or choose another printer.</source>
        <translation>Nothing was printed: the printer &quot;{printer}&quot; cannot be used. Check that it is switched on and connected, or choose another printer.</translation>
    </message>
    <message>
        <source>Nothing was printed: the chosen printer cannot be used. Check that it is switched on and connected, or choose another printer.</source>
        <translation>Nothing was printed: the chosen printer cannot be used. Check that it is switched on and connected, or choose another printer.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Choose another printer…</source>
        <translation>Choose another printer…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>Nothing was saved: &quot;{path}&quot; could not be written (the drive may be full, removed or read-only); choose another place.</source>
        <translation>Nothing was saved: &quot;{path}&quot; could not be written (the drive may be full, removed or read-only); choose another place.</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Reassign {case}</source>
        <translation>Reassign {case}</translation>
    </message>
    <message>
        <source>Currently with {name}. The new counsellor sees the case and all its records; {name} no longer does, unless you share the case with them.</source>
        <translation>Currently with {name}. The new counsellor sees the case and all its records; {name} no longer does, unless you share the case with them.</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Reassign</translation>
    </message>
    <message>
        <source>Choose the counsellor</source>
        <translation>Choose the counsellor</translation>
    </message>
    <message>
        <source>New counsellor</source>
        <translation>New counsellor</translation>
    </message>
</context>
<context>
    <name>RecordCounts</name>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Visit records</source>
        <translation>Visit records</translation>
    </message>
    <message>
        <source>Addenda</source>
        <translation>Addenda</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Tests</translation>
    </message>
    <message>
        <source>Crises</source>
        <translation>Crises</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>Signed consent scans</source>
        <translation>Signed consent scans</translation>
    </message>
    <message>
        <source>Duty shifts</source>
        <translation>Duty shifts</translation>
    </message>
    <message>
        <source>Closing checklists</source>
        <translation>Closing checklists</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Audit log rows</source>
        <translation>Audit log rows</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
</context>
<context>
    <name>RecordsHtml</name>
    <message>
        <source>born {date}</source>
        <translation>born {date}</translation>
    </message>
    <message>
        <source>Student no.</source>
        <translation>Student no.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>No case of this client is in this archive.</source>
        <translation>No case of this client is in this archive.</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>No consent of this client is in this archive.</source>
        <translation>No consent of this client is in this archive.</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <source>No appointment of this client is in this archive.</source>
        <translation>No appointment of this client is in this archive.</translation>
    </message>
    <message>
        <source>Attention register (重点关注)</source>
        <translation>Attention register (重点关注)</translation>
    </message>
    <message>
        <source>Screening (心理普查)</source>
        <translation>Screening (心理普查)</translation>
    </message>
    <message>
        <source>Case {number}</source>
        <translation>Case {number}</translation>
    </message>
    <message>
        <source>Counsellor: {name}</source>
        <translation>Counsellor: {name}</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Closing summary</source>
        <translation>Closing summary</translation>
    </message>
    <message>
        <source>Visit records ({count})</source>
        <translation>Visit records ({count})</translation>
    </message>
    <message>
        <source>No visit record of this case is in this archive.</source>
        <translation>No visit record of this case is in this archive.</translation>
    </message>
    <message>
        <source>Tests ({count})</source>
        <translation>Tests ({count})</translation>
    </message>
    <message>
        <source>Crises ({count})</source>
        <translation>Crises ({count})</translation>
    </message>
    <message>
        <source>Referrals ({count})</source>
        <translation>Referrals ({count})</translation>
    </message>
    <message>
        <source>Contacts with family and school ({count})</source>
        <translation>Contacts with family and school ({count})</translation>
    </message>
    <message>
        <source>Session {no}</source>
        <translation>Session {no}</translation>
    </message>
    <message>
        <source>Signed {time}</source>
        <translation>Signed {time}</translation>
    </message>
    <message>
        <source>Draft, never signed</source>
        <translation>Draft, never signed</translation>
    </message>
    <message>
        <source>risk to self</source>
        <translation>risk to self</translation>
    </message>
    <message>
        <source>risk to others</source>
        <translation>risk to others</translation>
    </message>
    <message>
        <source>at risk from others</source>
        <translation>at risk from others</translation>
    </message>
    <message>
        <source>Client #{id}</source>
        <translation>Client #{id}</translation>
    </message>
    <message>
        <source>Presenting issue</source>
        <translation>Presenting issue</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Process</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Also present</source>
        <translation>Also present</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Next appointment</translation>
    </message>
    <message>
        <source>Late addendum (补记), signed after quarter {quarter} was archived</source>
        <translation>Late addendum (补记), signed after quarter {quarter} was archived</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Addendum</translation>
    </message>
    <message>
        <source>{name}, {time}</source>
        <translation>{name}, {time}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Interpretation: {text}</source>
        <translation>Interpretation: {text}</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Band</translation>
    </message>
    <message>
        <source>Critical answer</source>
        <translation>Critical answer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Closed {time}</source>
        <translation>Closed {time}</translation>
    </message>
    <message>
        <source>from visit record {no} of {date}</source>
        <translation>from visit record {no} of {date}</translation>
    </message>
    <message>
        <source>from the {scale} test of {date}</source>
        <translation>from the {scale} test of {date}</translation>
    </message>
    <message>
        <source>reported by {who}</source>
        <translation>reported by {who}</translation>
    </message>
    <message>
        <source>opened {time}</source>
        <translation>opened {time}</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>What was reported</source>
        <translation>What was reported</translation>
    </message>
    <message>
        <source>Closing note</source>
        <translation>Closing note</translation>
    </message>
    <message>
        <source>Given on {date}</source>
        <translation>Given on {date}</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Referred on</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Guardian&apos;s consent</source>
        <translation>Guardian&apos;s consent</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>What was said</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>Contacted by</source>
        <translation>Contacted by</translation>
    </message>
    <message>
        <source>On the register since {time}</source>
        <translation>On the register since {time}</translation>
    </message>
    <message>
        <source>Off the register since {time}</source>
        <translation>Off the register since {time}</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Concern</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Head teacher</source>
        <translation>Head teacher</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Next review</translation>
    </message>
    <message>
        <source>Reason for leaving</source>
        <translation>Reason for leaving</translation>
    </message>
    <message>
        <source>Changes in this archive ({count})</source>
        <translation>Changes in this archive ({count})</translation>
    </message>
    <message>
        <source>Reviewed on {date}</source>
        <translation>Reviewed on {date}</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>crisis alert</source>
        <translation>crisis alert</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Entered</translation>
    </message>
    <message>
        <source>{time}, {how}, by {name}</source>
        <translation>{time}, {how}, by {name}</translation>
    </message>
    <message>
        <source>Rules met</source>
        <translation>Rules met</translation>
    </message>
    <message>
        <source>invited {date}</source>
        <translation>invited {date}</translation>
    </message>
    <message>
        <source>interviewed {date}</source>
        <translation>interviewed {date}</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Interview note</source>
        <translation>Interview note</translation>
    </message>
    <message>
        <source>Withdrawn on {date}</source>
        <translation>Withdrawn on {date}</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>No scan attached</source>
        <translation>No scan attached</translation>
    </message>
    <message>
        <source>Show the signed form</source>
        <translation>Show the signed form</translation>
    </message>
    <message>
        <source>{who}, on {date}</source>
        <translation>{who}, on {date}</translation>
    </message>
    <message>
        <source>Explained</source>
        <translation>Explained</translation>
    </message>
    <message>
        <source>Consent to</source>
        <translation>Consent to</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Given by</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Limits of confidentiality</source>
        <translation>Limits of confidentiality</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Signed form</source>
        <translation>Signed form</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Counsellor</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>New recovery code</source>
        <translation>New recovery code</translation>
    </message>
    <message>
        <source>The new recovery code is active</source>
        <translation>The new recovery code is active</translation>
    </message>
    <message>
        <source>The old recovery sheet no longer works: destroy it. Print the new sheet now and lock it away. This code is shown only this once.</source>
        <translation>The old recovery sheet no longer works: destroy it. Print the new sheet now and lock it away. This code is shown only this once.</translation>
    </message>
    <message>
        <source>Backups made before now (for example on the USB drive) still open only with the old code. After printing the new sheet, make a new backup to the USB drive (Backups… → Back up to a drive…), so that a backup the new sheet opens is kept away from this computer.</source>
        <translation>Backups made before now (for example on the USB drive) still open only with the old code. After printing the new sheet, make a new backup to the USB drive (Backups… → Back up to a drive…), so that a backup the new sheet opens is kept away from this computer.</translation>
    </message>
    <message>
        <source>Print recovery sheet…</source>
        <translation>Print recovery sheet…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Only to take it to a printer on a USB stick; delete the file afterwards</source>
        <translation>Only to take it to a printer on a USB stick; delete the file afterwards</translation>
    </message>
    <message>
        <source>The new sheet has not been printed. Without it the records cannot be opened again after a disk failure. Close anyway?</source>
        <translation>The new sheet has not been printed. Without it the records cannot be opened again after a disk failure. Close anyway?</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeEntry</name>
    <message>
        <source>Group {n}</source>
        <translation>Group {n}</translation>
    </message>
    <message>
        <source>The recovery code has digits only; other characters were left out.</source>
        <translation>The recovery code has digits only; other characters were left out.</translation>
    </message>
    <message>
        <source>Group {n} is wrong</source>
        <translation>Group {n} is wrong</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Check group {n} against the recovery sheet, digit by digit.</source>
        <translation>Check group {n} against the recovery sheet, digit by digit.</translation>
    </message>
    <message>
        <source>Check groups {numbers} against the recovery sheet, digit by digit.</source>
        <translation>Check groups {numbers} against the recovery sheet, digit by digit.</translation>
    </message>
    <message>
        <source>Type the {groups} groups of {digits} digits from the recovery sheet.</source>
        <translation>Type the {groups} groups of {digits} digits from the recovery sheet.</translation>
    </message>
    <message>
        <source>{count} groups still to type.</source>
        <translation>{count} groups still to type.</translation>
    </message>
    <message>
        <source>1 group still to type (group {n}).</source>
        <translation>1 group still to type (group {n}).</translation>
    </message>
    <message>
        <source>All groups are filled in.</source>
        <translation>All groups are filled in.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>CounselRoom — recovery</source>
        <translation>CounselRoom — recovery</translation>
    </message>
    <message>
        <source>Bring the records to this computer</source>
        <translation>Bring the records to this computer</translation>
    </message>
    <message>
        <source>Open the records with the recovery code</source>
        <translation>Open the records with the recovery code</translation>
    </message>
    <message>
        <source>Reset a forgotten password</source>
        <translation>Reset a forgotten password</translation>
    </message>
    <message>
        <source>The supervisor&apos;s recovery sheet resets any account&apos;s password. The recovery is recorded in the audit log.</source>
        <translation>The supervisor&apos;s recovery sheet resets any account&apos;s password. The recovery is recorded in the audit log.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>At least 8 characters; a short sentence is fine.</source>
        <translation>At least 8 characters; a short sentence is fine.</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>New password again</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <source>Choose backup…</source>
        <translation>Choose backup…</translation>
    </message>
    <message>
        <source>A file counselroom-….db; its .keys file of the same name must be in the same folder (both are on the USB drive).</source>
        <translation>A file counselroom-….db; its .keys file of the same name must be in the same folder (both are on the USB drive).</translation>
    </message>
    <message>
        <source>Only if asked: the recovery keys of this computer&apos;s own backups are used first.</source>
        <translation>Only if asked: the recovery keys of this computer&apos;s own backups are used first.</translation>
    </message>
    <message>
        <source>Backup of the records</source>
        <translation>Backup of the records</translation>
    </message>
    <message>
        <source>CounselRoom backup (*.db);;All files (*)</source>
        <translation>CounselRoom backup (*.db);;All files (*)</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Recover</translation>
    </message>
    <message>
        <source>A sound copy of the key file from before its last change is there (counselroom.keys.previous). Using it needs no recovery code; afterwards log in as usual. If a password or the recovery code was changed since, the older one applies again.</source>
        <translation>A sound copy of the key file from before its last change is there (counselroom.keys.previous). Using it needs no recovery code; afterwards log in as usual. If a password or the recovery code was changed since, the older one applies again.</translation>
    </message>
    <message>
        <source>Use the previous copy</source>
        <translation>Use the previous copy</translation>
    </message>
    <message>
        <source>Choose a backup of the records</source>
        <translation>Choose a backup of the records</translation>
    </message>
    <message>
        <source>Choose the backup file to restore.</source>
        <translation>Choose the backup file to restore.</translation>
    </message>
    <message>
        <source>Access restored. Because this computer&apos;s key was renewed, these accounts need a new one-time password from the supervisor (Accounts page): {names}</source>
        <translation>Access restored. Because this computer&apos;s key was renewed, these accounts need a new one-time password from the supervisor (Accounts page): {names}</translation>
    </message>
    <message>
        <source>Recovery failed ({error}).</source>
        <translation>Recovery failed ({error}).</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Your recovery code</source>
        <translation>Your recovery code</translation>
    </message>
    <message>
        <source>Shown only this once. Print the recovery sheet now.</source>
        <translation>Shown only this once. Print the recovery sheet now.</translation>
    </message>
    <message>
        <source>Creating the encrypted records…</source>
        <translation>Creating the encrypted records…</translation>
    </message>
    <message>
        <source>Print recovery sheet…</source>
        <translation>Print recovery sheet…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>I have printed or written down the recovery code and will keep it in a locked cabinet.</source>
        <translation>I have printed or written down the recovery code and will keep it in a locked cabinet.</translation>
    </message>
    <message>
        <source>The records are ready. This code opens them on a new computer and resets a forgotten password. Whoever has it and a copy of the records can read them: keep the sheet locked away, never photograph it or store it on a computer.</source>
        <translation>The records are ready. This code opens them on a new computer and resets a forgotten password. Whoever has it and a copy of the records can read them: keep the sheet locked away, never photograph it or store it on a computer.</translation>
    </message>
    <message>
        <source>The records could not be created ({error}).</source>
        <translation>The records could not be created ({error}).</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>Recovery sheet</source>
        <translation>Recovery sheet</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>The PDF contains the recovery code. Save it only to a USB stick you take straight to a printer, print it, then delete the file. Never keep it on this computer.</source>
        <translation>The PDF contains the recovery code. Save it only to a USB stick you take straight to a printer, print it, then delete the file. Never keep it on this computer.</translation>
    </message>
</context>
<context>
    <name>ReferralDetail</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Referred on</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Guardian consent</source>
        <translation>Guardian consent</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Select a referral to see what was recorded.</source>
        <translation>Select a referral to see what was recorded.</translation>
    </message>
    <message>
        <source>Given on {date}</source>
        <translation>Given on {date}</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>No feedback yet: ask the institution or the family, then record it.</source>
        <translation>No feedback yet: ask the institution or the family, then record it.</translation>
    </message>
    <message>
        <source>Received {date}:
{text}</source>
        <translation>Received {date}:
{text}</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>None yet</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>New referral</source>
        <translation>New referral</translation>
    </message>
    <message>
        <source>Record where the client is referred and why. Once it is saved, print the letter to the institution with the notice for the guardian and its return slip (回执).</source>
        <translation>Record where the client is referred and why. Once it is saved, print the letter to the institution with the notice for the guardian and its return slip (回执).</translation>
    </message>
    <message>
        <source>Hospital, clinic or centre, e.g. the city mental health centre</source>
        <translation>Hospital, clinic or centre, e.g. the city mental health centre</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <source>Kind of institution</source>
        <translation>Kind of institution</translation>
    </message>
    <message>
        <source>Suggested from the name; counted in the statistics.</source>
        <translation>Suggested from the name; counted in the statistics.</translation>
    </message>
    <message>
        <source>Department, doctor, phone (optional)</source>
        <translation>Department, doctor, phone (optional)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Why the client is referred and what is asked of the institution</source>
        <translation>Why the client is referred and what is asked of the institution</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Referred on</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Given on</translation>
    </message>
    <message>
        <source>Guardian consent</source>
        <translation>Guardian consent</translation>
    </message>
    <message>
        <source>Required for a student under 18.</source>
        <translation>Required for a student under 18.</translation>
    </message>
    <message>
        <source>Ask for feedback on</source>
        <translation>Ask for feedback on</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Optional. On that day the referral is listed among the follow-ups due.</source>
        <translation>Optional. On that day the referral is listed among the follow-ups due.</translation>
    </message>
    <message>
        <source>Save referral</source>
        <translation>Save referral</translation>
    </message>
</context>
<context>
    <name>ReferralLabels</name>
    <message>
        <source>{date} · overdue</source>
        <translation>{date} · overdue</translation>
    </message>
    <message>
        <source>{date} · due today</source>
        <translation>{date} · due today</translation>
    </message>
</context>
<context>
    <name>ReferralPanel</name>
    <message>
        <source>New referral…</source>
        <translation>New referral…</translation>
    </message>
    <message>
        <source>Record a referral of this client to a hospital, clinic or other institution</source>
        <translation>Record a referral of this client to a hospital, clinic or other institution</translation>
    </message>
    <message>
        <source>Record feedback…</source>
        <translation>Record feedback…</translation>
    </message>
    <message>
        <source>Record what the institution reported back (also: double-click the referral)</source>
        <translation>Record what the institution reported back (also: double-click the referral)</translation>
    </message>
    <message>
        <source>Close referral</source>
        <translation>Close referral</translation>
    </message>
    <message>
        <source>Nothing more is expected from this referral; it is no longer followed up</source>
        <translation>Nothing more is expected from this referral; it is no longer followed up</translation>
    </message>
    <message>
        <source>Print letter…</source>
        <translation>Print letter…</translation>
    </message>
    <message>
        <source>Print the referral letter and the guardian notice with its return slip</source>
        <translation>Print the referral letter and the guardian notice with its return slip</translation>
    </message>
    <message>
        <source>Save letter as PDF…</source>
        <translation>Save letter as PDF…</translation>
    </message>
    <message>
        <source>Save the letter as a PDF file, e.g. to print it elsewhere</source>
        <translation>Save the letter as a PDF file, e.g. to print it elsewhere</translation>
    </message>
    <message>
        <source>No referrals yet. When the client needs a hospital, a doctor or another service, record it with &quot;New referral…&quot; and print the letter.</source>
        <translation>No referrals yet. When the client needs a hospital, a doctor or another service, record it with &quot;New referral…&quot; and print the letter.</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Referrals are part of the counselling record: only counsellors and the supervisor can see them.</source>
        <translation>Referrals are part of the counselling record: only counsellors and the supervisor can see them.</translation>
    </message>
    <message>
        <source>The referrals are shown once a reason for opening this case is given.</source>
        <translation>The referrals are shown once a reason for opening this case is given.</translation>
    </message>
    <message>
        <source>This referral is closed.</source>
        <translation>This referral is closed.</translation>
    </message>
    <message>
        <source>Referral to {institution} recorded.</source>
        <translation>Referral to {institution} recorded.</translation>
    </message>
    <message>
        <source>Feedback from {institution} recorded.</source>
        <translation>Feedback from {institution} recorded.</translation>
    </message>
    <message>
        <source>Close the referral to {institution}?

No feedback has been recorded. A closed referral is no longer followed up and takes no more feedback.</source>
        <translation>Close the referral to {institution}?

No feedback has been recorded. A closed referral is no longer followed up and takes no more feedback.</translation>
    </message>
    <message>
        <source>Close the referral to {institution}?

A closed referral is no longer followed up and takes no more feedback.</source>
        <translation>Close the referral to {institution}?

A closed referral is no longer followed up and takes no more feedback.</translation>
    </message>
    <message>
        <source>Referral to {institution} closed.</source>
        <translation>Referral to {institution} closed.</translation>
    </message>
    <message>
        <source>Referral letter</source>
        <translation>Referral letter</translation>
    </message>
    <message>
        <source>The referral letter and the guardian notice were sent to the printer.</source>
        <translation>The referral letter and the guardian notice were sent to the printer.</translation>
    </message>
    <message>
        <source>The letter names the client and says why they are referred. Save it only where no one else can read it, such as your own USB stick, and delete the file once it has been printed or sent.</source>
        <translation>The letter names the client and says why they are referred. Save it only where no one else can read it, such as your own USB stick, and delete the file once it has been printed or sent.</translation>
    </message>
    <message>
        <source>Referral letter {date}.pdf</source>
        <translation>Referral letter {date}.pdf</translation>
    </message>
    <message>
        <source>Letter saved as {path}. Delete the file once it has been printed or sent.</source>
        <translation>Letter saved as {path}. Delete the file once it has been printed or sent.</translation>
    </message>
</context>
<context>
    <name>ReferralsModel</name>
    <message>
        <source>Referred on</source>
        <translation>Referred on</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>The guardian&apos;s consent to the referral</source>
        <translation>The guardian&apos;s consent to the referral</translation>
    </message>
    <message>
        <source>When to ask for feedback</source>
        <translation>When to ask for feedback</translation>
    </message>
    <message>
        <source>When the feedback was received</source>
        <translation>When the feedback was received</translation>
    </message>
    <message>
        <source>No feedback yet: ask the institution or the family, then record it.</source>
        <translation>No feedback yet: ask the institution or the family, then record it.</translation>
    </message>
    <message>
        <source>Given on {date}</source>
        <translation>Given on {date}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
</context>
<context>
    <name>RegisterEntryDialog</name>
    <message>
        <source>Edit register entry</source>
        <translation>Edit register entry</translation>
    </message>
    <message>
        <source>Add to the attention register</source>
        <translation>Add to the attention register</translation>
    </message>
    <message>
        <source>{student} · {level}. The level changes with Change level…, with its reason.</source>
        <translation>{student} · {level}. The level changes with Change level…, with its reason.</translation>
    </message>
    <message>
        <source>Student: {student}</source>
        <translation>Student: {student}</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>The first level is the most serious.</source>
        <translation>The first level is the most serious.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>In a few words: what was noticed</source>
        <translation>In a few words: what was noticed</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Concern</translation>
    </message>
    <message>
        <source>Responsible counsellor</source>
        <translation>Responsible counsellor</translation>
    </message>
    <message>
        <source>e.g. 陈老师</source>
        <translation>e.g. 陈老师</translation>
    </message>
    <message>
        <source>Head teacher (班主任)</source>
        <translation>Head teacher (班主任)</translation>
    </message>
    <message>
        <source>Plan (一生一策)</source>
        <translation>Plan (一生一策)</translation>
    </message>
    <message>
        <source>Who does what, how often: talks, contact with the family and the head teacher…</source>
        <translation>Who does what, how often: talks, contact with the family and the head teacher…</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Next review</translation>
    </message>
    <message>
        <source>It appears in Follow-ups and on Today when it falls due.</source>
        <translation>It appears in Follow-ups and on Today when it falls due.</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>Add to the register</source>
        <translation>Add to the register</translation>
    </message>
    <message>
        <source>Choose the student, or register a new one.</source>
        <translation>Choose the student, or register a new one.</translation>
    </message>
</context>
<context>
    <name>RegisterExitDialog</name>
    <message>
        <source>Take off the register</source>
        <translation>Take off the register</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>e.g. stable for two months, graduated, moved school</source>
        <translation>e.g. stable for two months, graduated, moved school</translation>
    </message>
    <message>
        <source>The entry and its history stay; {student} can be added again later.</source>
        <translation>The entry and its history stay; {student} can be added again later.</translation>
    </message>
    <message>
        <source>Take off</source>
        <translation>Take off</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Next review</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <source>The review is due</source>
        <translation>The review is due</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Students who need attention (预警名单): the level, why, who is responsible, the plan (一生一策) and when to review. Every change is kept with who, when and why.</source>
        <translation>Students who need attention (预警名单): the level, why, who is responsible, the plan (一生一策) and when to review. Every change is kept with who, when and why.</translation>
    </message>
    <message>
        <source>Name, case no. or class</source>
        <translation>Name, case no. or class</translation>
    </message>
    <message>
        <source>On the register</source>
        <translation>On the register</translation>
    </message>
    <message>
        <source>Taken off</source>
        <translation>Taken off</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Review due</translation>
    </message>
    <message>
        <source>Only the students whose review is due today or earlier</source>
        <translation>Only the students whose review is due today or earlier</translation>
    </message>
    <message>
        <source>Add student…</source>
        <translation>Add student…</translation>
    </message>
    <message>
        <source>Put a student on the attention register</source>
        <translation>Put a student on the attention register</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Reason, responsible people, plan, next review</source>
        <translation>Reason, responsible people, plan, next review</translation>
    </message>
    <message>
        <source>Change level…</source>
        <translation>Change level…</translation>
    </message>
    <message>
        <source>A new level, with the reason</source>
        <translation>A new level, with the reason</translation>
    </message>
    <message>
        <source>Record review…</source>
        <translation>Record review…</translation>
    </message>
    <message>
        <source>What the review found and when the next is due</source>
        <translation>What the review found and when the next is due</translation>
    </message>
    <message>
        <source>Take off…</source>
        <translation>Take off…</translation>
    </message>
    <message>
        <source>Take the student off the register, with the reason</source>
        <translation>Take the student off the register, with the reason</translation>
    </message>
    <message>
        <source>Attention register</source>
        <translation>Attention register</translation>
    </message>
    <message>
        <source>Every level</source>
        <translation>Every level</translation>
    </message>
    <message>
        <source>Nobody is listed with these filters.</source>
        <translation>Nobody is listed with these filters.</translation>
    </message>
    <message>
        <source>{n} student listed</source>
        <translation>{n} student listed</translation>
    </message>
    <message>
        <source>{n} students listed</source>
        <translation>{n} students listed</translation>
    </message>
    <message>
        <source>, {n} review due</source>
        <translation>, {n} review due</translation>
    </message>
    <message>
        <source>, {n} reviews due</source>
        <translation>, {n} reviews due</translation>
    </message>
    <message>
        <source>{student} is on the attention register.</source>
        <translation>{student} is on the attention register.</translation>
    </message>
    <message>
        <source>The entry of {student} is saved.</source>
        <translation>The entry of {student} is saved.</translation>
    </message>
    <message>
        <source>The level of {student} is changed.</source>
        <translation>The level of {student} is changed.</translation>
    </message>
    <message>
        <source>The review of {student} is recorded.</source>
        <translation>The review of {student} is recorded.</translation>
    </message>
    <message>
        <source>{student} is taken off the register.</source>
        <translation>{student} is taken off the register.</translation>
    </message>
</context>
<context>
    <name>RegisterReviewDialog</name>
    <message>
        <source>Record a review</source>
        <translation>Record a review</translation>
    </message>
    <message>
        <source>Review of {student}.</source>
        <translation>Review of {student}.</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>Reviewed on</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>How the student is doing; whether the plan still fits</source>
        <translation>How the student is doing; whether the plan still fits</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Next review</translation>
    </message>
    <message>
        <source>To change the level or take the student off, close this and use those buttons.</source>
        <translation>To change the level or take the student off, close this and use those buttons.</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>Save review</translation>
    </message>
</context>
<context>
    <name>RegisterWordingGroup</name>
    <message>
        <source>Attention register</source>
        <translation>Attention register</translation>
    </message>
    <message>
        <source>Name the levels</source>
        <translation>Name the levels</translation>
    </message>
    <message>
        <source>The first is the most serious. Applies at once, everywhere the levels are shown.</source>
        <translation>The first is the most serious. Applies at once, everywhere the levels are shown.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>ReportSettingsGroup</name>
    <message>
        <source>Statistics and reports</source>
        <translation>Statistics and reports</translation>
    </message>
    <message>
        <source>The terms decide what &quot;this term&quot; means on the Statistics page and in the term reports. Months outside both terms are holidays.</source>
        <translation>The terms decide what &quot;this term&quot; means on the Statistics page and in the term reports. Months outside both terms are holidays.</translation>
    </message>
    <message>
        <source>First term (上学期)</source>
        <translation>First term (上学期)</translation>
    </message>
    <message>
        <source>Second term (下学期)</source>
        <translation>Second term (下学期)</translation>
    </message>
    <message>
        <source>Counts from 1 to one less than this are printed as &quot;&lt;k&quot; in reports, and other cells are hidden so that they cannot be worked out. At least {min}.</source>
        <translation>Counts from 1 to one less than this are printed as &quot;&lt;k&quot; in reports, and other cells are hidden so that they cannot be worked out. At least {min}.</translation>
    </message>
    <message>
        <source>Hide counts below</source>
        <translation>Hide counts below</translation>
    </message>
    <message>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>January</source>
        <translation>January</translation>
    </message>
    <message>
        <source>February</source>
        <translation>February</translation>
    </message>
    <message>
        <source>March</source>
        <translation>March</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>May</translation>
    </message>
    <message>
        <source>June</source>
        <translation>June</translation>
    </message>
    <message>
        <source>July</source>
        <translation>July</translation>
    </message>
    <message>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>October</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>December</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} to {last}</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Report:</source>
        <extracomment>How many periods back the page offers, by kind.</extracomment>
        <translation>Report:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save the text typed</source>
        <translation>Save the text typed</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>Sign…</translation>
    </message>
    <message>
        <source>Sign the report: its text and figures are fixed for good</source>
        <translation>Sign the report: its text and figures are fixed for good</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Print the report</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Save the report as a PDF file</source>
        <translation>Save the report as a PDF file</translation>
    </message>
    <message>
        <source>Save as Excel…</source>
        <translation>Save as Excel…</translation>
    </message>
    <message>
        <source>Save the report&apos;s tables as an Excel workbook</source>
        <translation>Save the report&apos;s tables as an Excel workbook</translation>
    </message>
    <message>
        <source>Work reports</source>
        <translation>Work reports</translation>
    </message>
    <message>
        <source>What is printed or saved shows counts below {k} as &quot;&lt;{k}&quot; and hides what would give them away (&quot;x&quot;); no client is named.</source>
        <translation>What is printed or saved shows counts below {k} as &quot;&lt;{k}&quot; and hides what would give them away (&quot;x&quot;); no client is named.</translation>
    </message>
    <message>
        <source> (signed)</source>
        <translation> (signed)</translation>
    </message>
    <message>
        <source>Summary of the month&apos;s work</source>
        <translation>Summary of the month&apos;s work</translation>
    </message>
    <message>
        <source>Plans for next month</source>
        <translation>Plans for next month</translation>
    </message>
    <message>
        <source>Summary of the term&apos;s work</source>
        <translation>Summary of the term&apos;s work</translation>
    </message>
    <message>
        <source>Plans for next term</source>
        <translation>Plans for next term</translation>
    </message>
    <message>
        <source>Summary of the year&apos;s work</source>
        <translation>Summary of the year&apos;s work</translation>
    </message>
    <message>
        <source>Plans for next school year</source>
        <translation>Plans for next school year</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Not started: type the text and save, or print a draft of the figures.</source>
        <translation>Not started: type the text and save, or print a draft of the figures.</translation>
    </message>
    <message>
        <source>Signed by {name} on {when}: it can no longer be changed, and prints as signed.</source>
        <translation>Signed by {name} on {when}: it can no longer be changed, and prints as signed.</translation>
    </message>
    <message>
        <source>Draft, last saved by {name}: printed copies are marked as drafts and show the figures as they are when printed.</source>
        <translation>Draft, last saved by {name}: printed copies are marked as drafts and show the figures as they are when printed.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Sign the report</source>
        <translation>Sign the report</translation>
    </message>
    <message>
        <source>Sign the report for {period}? Its text and the figures as they are now are fixed for good; records added later do not change it.</source>
        <translation>Sign the report for {period}? Its text and the figures as they are now are fixed for good; records added later do not change it.</translation>
    </message>
    <message>
        <source>Signed.</source>
        <translation>Signed.</translation>
    </message>
    <message>
        <source>Work report</source>
        <translation>Work report</translation>
    </message>
    <message>
        <source>The report holds the room&apos;s figures, small counts suppressed, and your text. Keep the file where only those it is meant for can read it.</source>
        <translation>The report holds the room&apos;s figures, small counts suppressed, and your text. Keep the file where only those it is meant for can read it.</translation>
    </message>
    <message>
        <source>The report was sent to the printer.</source>
        <translation>The report was sent to the printer.</translation>
    </message>
    <message>
        <source>Saved as {path}.</source>
        <translation>Saved as {path}.</translation>
    </message>
    <message>
        <source>Save as Excel</source>
        <translation>Save as Excel</translation>
    </message>
    <message>
        <source>The workbook holds the room&apos;s figures, small counts suppressed, and your text. Keep the file where only those it is meant for can read it.</source>
        <translation>The workbook holds the room&apos;s figures, small counts suppressed, and your text. Keep the file where only those it is meant for can read it.</translation>
    </message>
    <message>
        <source>Nothing was saved: &quot;{path}&quot; could not be written (the drive may be full, removed or read-only).</source>
        <translation>Nothing was saved: &quot;{path}&quot; could not be written (the drive may be full, removed or read-only).</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Replace the records with the backup of {time}?</source>
        <translation>Replace the records with the backup of {time}?</translation>
    </message>
    <message>
        <source>The backup holds: {summary}.</source>
        <translation>The backup holds: {summary}.</translation>
    </message>
    <message>
        <source>Everything recorded after {time} will no longer be in the records. The current database is not deleted: it is kept in the backups folder (&quot;Replaced by a restore&quot;) and can be restored again from the list. The backup is checked first; if the check finds a problem nothing is replaced. Afterwards the window locks, and you log in again with your password.</source>
        <translation>Everything recorded after {time} will no longer be in the records. The current database is not deleted: it is kept in the backups folder (&quot;Replaced by a restore&quot;) and can be restored again from the list. The backup is checked first; if the check finds a problem nothing is replaced. Afterwards the window locks, and you log in again with your password.</translation>
    </message>
    <message>
        <source>e.g. the database was damaged after a power cut</source>
        <translation>e.g. the database was damaged after a power cut</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Kept in the audit log of both databases.</source>
        <translation>Kept in the audit log of both databases.</translation>
    </message>
    <message>
        <source>Check the backup</source>
        <translation>Check the backup</translation>
    </message>
    <message>
        <source>Replace the records now</source>
        <translation>Replace the records now</translation>
    </message>
    <message>
        <source>Lock and log in again</source>
        <translation>Lock and log in again</translation>
    </message>
    <message>
        <source>Checking the backup and preparing a copy next to the records…</source>
        <translation>Checking the backup and preparing a copy next to the records…</translation>
    </message>
    <message>
        <source>The backup is sound: it opens with this installation&apos;s key, and its pages, structure, audit log and signed records are intact. Nothing has been replaced yet.</source>
        <translation>The backup is sound: it opens with this installation&apos;s key, and its pages, structure, audit log and signed records are intact. Nothing has been replaced yet.</translation>
    </message>
    <message>
        <source>The backup failed its check, so the records were not replaced:</source>
        <translation>The backup failed its check, so the records were not replaced:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>The records were restored from the backup of {time}. The database they replaced is kept as {name}. The window locks now: log in again with your password to go on with the restored records.</source>
        <translation>The records were restored from the backup of {time}. The database they replaced is kept as {name}. The window locks now: log in again with your password to go on with the restored records.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>A counsellor works with their own cases: the clients they counsel, with visit records, tests, crises and referrals, plus registration and appointments.</source>
        <translation>A counsellor works with their own cases: the clients they counsel, with visit records, tests, crises and referrals, plus registration and appointments.</translation>
    </message>
    <message>
        <source>An assistant only registers clients and manages appointments. An assistant never sees visit records, tests or crisis records.</source>
        <translation>An assistant only registers clients and manages appointments. An assistant never sees visit records, tests or crisis records.</translation>
    </message>
    <message>
        <source>A supervisor sees all records and also runs the administration: accounts, audit log, settings, archive export and the recovery code.</source>
        <translation>A supervisor sees all records and also runs the administration: accounts, audit log, settings, archive export and the recovery code.</translation>
    </message>
</context>
<context>
    <name>RoomPage</name>
    <message>
        <source>Welcome to CounselRoom</source>
        <translation>Welcome to CounselRoom</translation>
    </message>
    <message>
        <source>Set up the records of your counselling room on this computer.</source>
        <translation>Set up the records of your counselling room on this computer.</translation>
    </message>
    <message>
        <source>Everything you record is kept encrypted on this computer only. Opening it needs this computer and a user&apos;s password. In the next steps you create the supervisor&apos;s account and receive a recovery code to print and lock away.</source>
        <translation>Everything you record is kept encrypted on this computer only. Opening it needs this computer and a user&apos;s password. In the next steps you create the supervisor&apos;s account and receive a recovery code to print and lock away.</translation>
    </message>
    <message>
        <source>Replacing the room&apos;s computer? Do not set up anew: bring the records here from a backup (for example on the USB drive) with the recovery sheet.</source>
        <translation>Replacing the room&apos;s computer? Do not set up anew: bring the records here from a backup (for example on the USB drive) with the recovery sheet.</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <source>Room name</source>
        <translation>Room name</translation>
    </message>
    <message>
        <source>As it appears on printed documents, e.g. 某某中学心理辅导室</source>
        <translation>As it appears on printed documents, e.g. 某某中学心理辅导室</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>Import a student list</source>
        <translation>Import a student list</translation>
    </message>
    <message>
        <source>Register a whole class or grade from an Excel (.xlsx) or CSV file. The list is checked first: if any row has a problem, nothing is imported, so a list is never half registered.</source>
        <translation>Register a whole class or grade from an Excel (.xlsx) or CSV file. The list is checked first: if any row has a problem, nothing is imported, so a list is never half registered.</translation>
    </message>
    <message>
        <source>1  Choose the file</source>
        <translation>1  Choose the file</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>No file chosen.</translation>
    </message>
    <message>
        <source>2  Which column holds what</source>
        <translation>2  Which column holds what</translation>
    </message>
    <message>
        <source>(do not import)</source>
        <translation>(do not import)</translation>
    </message>
    <message>
        <source>3  Check the preview</source>
        <translation>3  Check the preview</translation>
    </message>
    <message>
        <source>Choose a file to see what would be imported.</source>
        <translation>Choose a file to see what would be imported.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Registered as</source>
        <translation>Registered as</translation>
    </message>
    <message>
        <source>Grade / class</source>
        <translation>Grade / class</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>First rows</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Already registered</source>
        <translation>Already registered</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Choose a student list</source>
        <translation>Choose a student list</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation>Column {number}</translation>
    </message>
    <message>
        <source>New: {new}    Already registered (will be skipped): {known}    Problems: {problems}</source>
        <translation>New: {new}    Already registered (will be skipped): {known}    Problems: {problems}</translation>
    </message>
    <message>
        <source>Problems ({count})</source>
        <translation>Problems ({count})</translation>
    </message>
    <message>
        <source>Already registered ({count})</source>
        <translation>Already registered ({count})</translation>
    </message>
    <message>
        <source>{count} problem found: nothing will be imported. Correct the file (or the column choice) and check again.</source>
        <translation>{count} problem found: nothing will be imported. Correct the file (or the column choice) and check again.</translation>
    </message>
    <message>
        <source>{count} problems found: nothing will be imported. Correct the file (or the column choice) and check again.</source>
        <translation>{count} problems found: nothing will be imported. Correct the file (or the column choice) and check again.</translation>
    </message>
    <message>
        <source>Ready: {count} new client will be registered.</source>
        <translation>Ready: {count} new client will be registered.</translation>
    </message>
    <message>
        <source>Ready: {count} new clients will be registered.</source>
        <translation>Ready: {count} new clients will be registered.</translation>
    </message>
    <message>
        <source>Everyone in this list is registered already; there is nothing new to import.</source>
        <translation>Everyone in this list is registered already; there is nothing new to import.</translation>
    </message>
    <message>
        <source>Student lists (*.xlsx *.xls *.csv);;All files (*)</source>
        <translation>Student lists (*.xlsx *.xls *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Nothing to preview.</source>
        <translation>Nothing to preview.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
</context>
<context>
    <name>ScaleImport</name>
    <message>
        <source>{name} — code {code}, version {version}</source>
        <translation>{name} — code {code}, version {version}</translation>
    </message>
    <message>
        <source>{items} items, {options} answer options each; totals {low} to {high}</source>
        <translation>{items} items, {options} answer options each; totals {low} to {high}</translation>
    </message>
    <message>
        <source>{low}–{high} {label}</source>
        <translation>{low}–{high} {label}</translation>
    </message>
    <message>
        <source>Bands: {bands}</source>
        <translation>Bands: {bands}</translation>
    </message>
    <message>
        <source>Subscales: {names}</source>
        <translation>Subscales: {names}</translation>
    </message>
    <message>
        <source>Reverse-scored items: {items}</source>
        <translation>Reverse-scored items: {items}</translation>
    </message>
    <message>
        <source>critical items {items}</source>
        <translation>critical items {items}</translation>
    </message>
    <message>
        <source>alert bands {bands}</source>
        <translation>alert bands {bands}</translation>
    </message>
    <message>
        <source>Opens the crisis workflow on: {what}</source>
        <translation>Opens the crisis workflow on: {what}</translation>
    </message>
    <message>
        <source>Licence stated in the file: {licence}</source>
        <translation>Licence stated in the file: {licence}</translation>
    </message>
</context>
<context>
    <name>ScaleImportDialog</name>
    <message>
        <source>Scale library</source>
        <translation>Scale library</translation>
    </message>
    <message>
        <source>The scales counsellors can give. PHQ-9 and GAD-7 are built in (free to reproduce). A scale the school holds a licence for (e.g. SCL-90, SAS, SDS, MHT) is imported from its definition file; a stored scale is never changed — a corrected one is imported as a new version.</source>
        <translation>The scales counsellors can give. PHQ-9 and GAD-7 are built in (free to reproduce). A scale the school holds a licence for (e.g. SCL-90, SAS, SDS, MHT) is imported from its definition file; a stored scale is never changed — a corrected one is imported as a new version.</translation>
    </message>
    <message>
        <source>In the library</source>
        <translation>In the library</translation>
    </message>
    <message>
        <source>Import a scale</source>
        <translation>Import a scale</translation>
    </message>
    <message>
        <source>Import scale…</source>
        <translation>Import scale…</translation>
    </message>
    <message>
        <source>Choose a scale definition file (.json) to check</source>
        <translation>Choose a scale definition file (.json) to check</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>No file chosen.</translation>
    </message>
    <message>
        <source>e.g. 学校已购买 SCL-90 使用授权，2026</source>
        <translation>e.g. 学校已购买 SCL-90 使用授权，2026</translation>
    </message>
    <message>
        <source>Licence note</source>
        <translation>Licence note</translation>
    </message>
    <message>
        <source>Required: on what terms the room may use this scale (bought licence, free to reproduce, permission of the author…). It is kept with the scale.</source>
        <translation>Required: on what terms the room may use this scale (bought licence, free to reproduce, permission of the author…). It is kept with the scale.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Store the checked scale in the library</source>
        <translation>Store the checked scale in the library</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Licence: {note}</source>
        <translation>Licence: {note}</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Source: {source}</translation>
    </message>
    <message>
        <source>Choose a scale definition</source>
        <translation>Choose a scale definition</translation>
    </message>
    <message>
        <source>Scale definitions (*.json);;All files (*)</source>
        <translation>Scale definitions (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>The file cannot be read: {path}</source>
        <translation>The file cannot be read: {path}</translation>
    </message>
    <message>
        <source>This file cannot be imported. {reason}</source>
        <translation>This file cannot be imported. {reason}</translation>
    </message>
    <message>
        <source>The file is a valid scale definition. Add the licence note and import it.</source>
        <translation>The file is a valid scale definition. Add the licence note and import it.</translation>
    </message>
    <message>
        <source>{name} version {version} was added to the library. Counsellors can give it now.</source>
        <translation>{name} version {version} was added to the library. Counsellors can give it now.</translation>
    </message>
</context>
<context>
    <name>ScanViewer</name>
    <message>
        <source>Signed consent form</source>
        <translation>Signed consent form</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>Previous page (Page Up)</translation>
    </message>
    <message>
        <source>Go to page</source>
        <translation>Go to page</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>Next page (Page Down)</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Show the whole width of the page (Ctrl+0)</source>
        <translation>Show the whole width of the page (Ctrl+0)</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Actual size</translation>
    </message>
    <message>
        <source>Show the scan at 100 % (Ctrl+1)</source>
        <translation>Show the scan at 100 % (Ctrl+1)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Print a paper copy of the signed form (recorded in the audit log)</source>
        <translation>Print a paper copy of the signed form (recorded in the audit log)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Ctrl + mouse wheel zooms. The scan is shown from the encrypted records and is not saved anywhere.</source>
        <translation>Ctrl + mouse wheel zooms. The scan is shown from the encrypted records and is not saved anywhere.</translation>
    </message>
    <message>
        <source>Signed consent form — {name}</source>
        <translation>Signed consent form — {name}</translation>
    </message>
    <message>
        <source>{title} — {name}</source>
        <translation>{title} — {name}</translation>
    </message>
    <message>
        <source>The scan cannot be shown: the file is damaged or of an unknown kind.</source>
        <translation>The scan cannot be shown: the file is damaged or of an unknown kind.</translation>
    </message>
    <message>
        <source>of {count}</source>
        <translation>of {count}</translation>
    </message>
</context>
<context>
    <name>ScopeTree</name>
    <message>
        <source>Grade / class</source>
        <translation>Grade / class</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Students</translation>
    </message>
    <message>
        <source>(no grade)</source>
        <translation>(no grade)</translation>
    </message>
    <message>
        <source>(no class)</source>
        <translation>(no class)</translation>
    </message>
</context>
<context>
    <name>ScreeningEntryDialog</name>
    <message>
        <source>Type paper sheets: {scale}</source>
        <translation>Type paper sheets: {scale}</translation>
    </message>
    <message>
        <source>{campaign} · {scale}, {items} items. Type the student number, a space, then one key per item ({keys}) as ticked on the paper; spaces are ignored. Enter saves the sheet and empties the line for the next student.</source>
        <translation>{campaign} · {scale}, {items} items. Type the student number, a space, then one key per item ({keys}) as ticked on the paper; spaces are ignored. Enter saves the sheet and empties the line for the next student.</translation>
    </message>
    <message>
        <source>e.g. 20230101 1203…</source>
        <translation>e.g. 20230101 1203…</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Save sheet</source>
        <translation>Save sheet</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close and discard the sheet typed but not saved?</source>
        <translation>Close and discard the sheet typed but not saved?</translation>
    </message>
    <message>
        <source>Start with the student number.</source>
        <translation>Start with the student number.</translation>
    </message>
    <message>
        <source>Student number {number}: type a space, then the answers.</source>
        <translation>Student number {number}: type a space, then the answers.</translation>
    </message>
    <message>
        <source>{name}, {grade} {class_name}</source>
        <translation>{name}, {grade} {class_name}</translation>
    </message>
    <message>
        <source>{who}: already screened on this scale.</source>
        <translation>{who}: already screened on this scale.</translation>
    </message>
    <message>
        <source>{typed} of {expected} answers</source>
        <translation>{typed} of {expected} answers</translation>
    </message>
    <message>
        <source>invalid sheet (validity scale)</source>
        <translation>invalid sheet (validity scale)</translation>
    </message>
    <message>
        <source>total {total}, positive</source>
        <translation>total {total}, positive</translation>
    </message>
    <message>
        <source>total {total}, not positive</source>
        <translation>total {total}, not positive</translation>
    </message>
    <message>
        <source>Saved: {name}, total {total}. Sheets saved here: {count}.</source>
        <translation>Saved: {name}, total {total}. Sheets saved here: {count}.</translation>
    </message>
</context>
<context>
    <name>ScreeningHistoryPanel</name>
    <message>
        <source>The client&apos;s answer sheets in the school&apos;s screening campaigns, and what the interview led to. A screening is separate from counselling: it is shown here for the whole picture.</source>
        <translation>The client&apos;s answer sheets in the school&apos;s screening campaigns, and what the interview led to. A screening is separate from counselling: it is shown here for the whole picture.</translation>
    </message>
    <message>
        <source>Not screened in any campaign.</source>
        <translation>Not screened in any campaign.</translation>
    </message>
</context>
<context>
    <name>ScreeningImportDialog</name>
    <message>
        <source>Import answer sheets: {campaign}</source>
        <extracomment>Rows shown in the preview&apos;s tables; the counts above them are of the whole file.</extracomment>
        <translation>Import answer sheets: {campaign}</translation>
    </message>
    <message>
        <source>Answer sheets from a questionnaire tool&apos;s or scanning service&apos;s Excel (.xlsx) or CSV file, one row per student. The file is checked first: if any row has a problem, no sheet is stored, so a file is never half imported (all or nothing).</source>
        <translation>Answer sheets from a questionnaire tool&apos;s or scanning service&apos;s Excel (.xlsx) or CSV file, one row per student. The file is checked first: if any row has a problem, no sheet is stored, so a file is never half imported (all or nothing).</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>1  Choose the scale and the file</source>
        <translation>1  Choose the scale and the file</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>No file chosen.</translation>
    </message>
    <message>
        <source>2  Which column holds what</source>
        <translation>2  Which column holds what</translation>
    </message>
    <message>
        <source>All items in order, the first in</source>
        <translation>All items in order, the first in</translation>
    </message>
    <message>
        <source>Answers written as</source>
        <translation>Answers written as</translation>
    </message>
    <message>
        <source>worked out from the values</source>
        <translation>worked out from the values</translation>
    </message>
    <message>
        <source>option number (1 = the first option)</source>
        <translation>option number (1 = the first option)</translation>
    </message>
    <message>
        <source>option code</source>
        <translation>option code</translation>
    </message>
    <message>
        <source>option words</source>
        <translation>option words</translation>
    </message>
    <message>
        <source>score</source>
        <translation>score</translation>
    </message>
    <message>
        <source>How the file writes an answer: choose when a value could mean two options</source>
        <translation>How the file writes an answer: choose when a value could mean two options</translation>
    </message>
    <message>
        <source>Students are found by student number, or else by name and class. Check each item&apos;s column below.</source>
        <translation>Students are found by student number, or else by name and class. Check each item&apos;s column below.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Wording</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>3  Check the preview</source>
        <translation>3  Check the preview</translation>
    </message>
    <message>
        <source>Choose a file to see what would be stored.</source>
        <translation>Choose a file to see what would be stored.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Sheets</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Choose a file of answer sheets</source>
        <translation>Choose a file of answer sheets</translation>
    </message>
    <message>
        <source>Answer sheets (*.xlsx *.csv);;All files (*)</source>
        <translation>Answer sheets (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(not in the file)</translation>
    </message>
    <message>
        <source>Checking the sheets…</source>
        <translation>Checking the sheets…</translation>
    </message>
    <message>
        <source>Sheets without a problem: {good}    Rows with problems: {rows}    Problems: {problems}</source>
        <translation>Sheets without a problem: {good}    Rows with problems: {rows}    Problems: {problems}</translation>
    </message>
    <message>
        <source>To be stored: {count}    Positive: {positive}    Invalid (validity rule): {invalid}</source>
        <translation>To be stored: {count}    Positive: {positive}    Invalid (validity rule): {invalid}</translation>
    </message>
    <message>
        <source>Sheets ({count})</source>
        <translation>Sheets ({count})</translation>
    </message>
    <message>
        <source>Problems ({count})</source>
        <translation>Problems ({count})</translation>
    </message>
    <message>
        <source>{count} problem found: nothing will be stored. Correct the file (or the column choice) and check again.</source>
        <translation>{count} problem found: nothing will be stored. Correct the file (or the column choice) and check again.</translation>
    </message>
    <message>
        <source>{count} problems found: nothing will be stored. Correct the file (or the column choice) and check again.</source>
        <translation>{count} problems found: nothing will be stored. Correct the file (or the column choice) and check again.</translation>
    </message>
    <message>
        <source>Ready: {count} answer sheet will be stored.</source>
        <translation>Ready: {count} answer sheet will be stored.</translation>
    </message>
    <message>
        <source>Ready: {count} answer sheets will be stored.</source>
        <translation>Ready: {count} answer sheets will be stored.</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Invalid</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positive</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negative</translation>
    </message>
    <message>
        <source> · critical answer</source>
        <translation> · critical answer</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>heading</translation>
    </message>
    <message>
        <source>(the first {shown} are listed)</source>
        <translation>(the first {shown} are listed)</translation>
    </message>
    <message>
        <source>Nothing to preview.</source>
        <translation>Nothing to preview.</translation>
    </message>
    <message>
        <source>Storing the answer sheets…</source>
        <translation>Storing the answer sheets…</translation>
    </message>
    <message>
        <source>The sheets below are stored. Choose the next file, or close.</source>
        <translation>The sheets below are stored. Choose the next file, or close.</translation>
    </message>
    <message>
        <source>Stored: {count} answer sheet ({positive} positive, {invalid} invalid).</source>
        <translation>Stored: {count} answer sheet ({positive} positive, {invalid} invalid).</translation>
    </message>
    <message>
        <source>Stored: {count} answer sheets ({positive} positive, {invalid} invalid).</source>
        <translation>Stored: {count} answer sheets ({positive} positive, {invalid} invalid).</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ScreeningPage</name>
    <message>
        <source>School-wide screening: a scale for the students of some grades or classes, every positive invited to an interview and followed to an outcome. A screened student needs no case; results are as confidential as test results.</source>
        <extracomment>Built by other parts of the work; their buttons show only once the module is there.</extracomment>
        <translation>School-wide screening: a scale for the students of some grades or classes, every positive invited to an interview and followed to an outcome. A screened student needs no case; results are as confidential as test results.</translation>
    </message>
    <message>
        <source>New campaign…</source>
        <translation>New campaign…</translation>
    </message>
    <message>
        <source>Set up a campaign: scales, grades and classes, window, notice</source>
        <translation>Set up a campaign: scales, grades and classes, window, notice</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Answer sheets</source>
        <translation>Answer sheets</translation>
    </message>
    <message>
        <source>Invite…</source>
        <translation>Invite…</translation>
    </message>
    <message>
        <source>Record that the student was invited to an interview</source>
        <translation>Record that the student was invited to an interview</translation>
    </message>
    <message>
        <source>Record interview…</source>
        <translation>Record interview…</translation>
    </message>
    <message>
        <source>The day of the interview and what was found</source>
        <translation>The day of the interview and what was found</translation>
    </message>
    <message>
        <source>Record outcome…</source>
        <translation>Record outcome…</translation>
    </message>
    <message>
        <source>No concern, a counselling case, or the attention register</source>
        <translation>No concern, a counselling case, or the attention register</translation>
    </message>
    <message>
        <source>To interview</source>
        <translation>To interview</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>Scales</source>
        <translation>Scales</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Notice given</source>
        <translation>Notice given</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Excluded</translation>
    </message>
    <message>
        <source>Opted out by parents</source>
        <translation>Opted out by parents</translation>
    </message>
    <message>
        <source>Set up by</source>
        <translation>Set up by</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>Change the campaign: who, window, notice, who is left out</source>
        <translation>Change the campaign: who, window, notice, who is left out</translation>
    </message>
    <message>
        <source>Open campaign</source>
        <translation>Open campaign</translation>
    </message>
    <message>
        <source>Start entering answer sheets (needs the notice)</source>
        <translation>Start entering answer sheets (needs the notice)</translation>
    </message>
    <message>
        <source>Close campaign</source>
        <translation>Close campaign</translation>
    </message>
    <message>
        <source>No more answer sheets; interviews and outcomes go on</source>
        <translation>No more answer sheets; interviews and outcomes go on</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Screening</translation>
    </message>
    <message>
        <source>No screening campaign yet. The supervisor sets one up with New campaign….</source>
        <translation>No screening campaign yet. The supervisor sets one up with New campaign….</translation>
    </message>
    <message>
        <source>Choose a campaign to see it.</source>
        <translation>Choose a campaign to see it.</translation>
    </message>
    <message>
        <source>Answer sheets can be entered while the campaign is open.</source>
        <translation>Answer sheets can be entered while the campaign is open.</translation>
    </message>
    <message>
        <source>The campaign is closed: no more answer sheets.</source>
        <translation>The campaign is closed: no more answer sheets.</translation>
    </message>
    <message>
        <source> · opened {day}</source>
        <translation> · opened {day}</translation>
    </message>
    <message>
        <source> · closed {day}</source>
        <translation> · closed {day}</translation>
    </message>
    <message>
        <source>{scope}: {n} students on its roll when it closed</source>
        <translation>{scope}: {n} students on its roll when it closed</translation>
    </message>
    <message>
        <source>{scope}: {n} students on the roster</source>
        <translation>{scope}: {n} students on the roster</translation>
    </message>
    <message>
        <source>{scale}: {done} of {all} screened</source>
        <translation>{scale}: {done} of {all} screened</translation>
    </message>
    <message>
        <source>{n} student to interview</source>
        <translation>{n} student to interview</translation>
    </message>
    <message>
        <source>{n} students to interview</source>
        <translation>{n} students to interview</translation>
    </message>
    <message>
        <source>{follow}, {alerts} with a critical answer; {done} interviewed</source>
        <translation>{follow}, {alerts} with a critical answer; {done} interviewed</translation>
    </message>
    <message>
        <source>(not entered yet: needed before the campaign opens)</source>
        <translation>(not entered yet: needed before the campaign opens)</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source> … and {n} more</source>
        <translation> … and {n} more</translation>
    </message>
    <message>
        <source>{n}: {names}</source>
        <translation>{n}: {names}</translation>
    </message>
    <message>
        <source>{scale}, item {item}: critical answer — {note}</source>
        <translation>{scale}, item {item}: critical answer — {note}</translation>
    </message>
    <message>
        <source>Interviewed on {day} by {name}: {note}</source>
        <translation>Interviewed on {day} by {name}: {note}</translation>
    </message>
    <message>
        <source>Outcome: {outcome}</source>
        <translation>Outcome: {outcome}</translation>
    </message>
    <message>
        <source>{name}: no critical answer.</source>
        <translation>{name}: no critical answer.</translation>
    </message>
    <message>
        <source>Campaign set up: {name}.</source>
        <translation>Campaign set up: {name}.</translation>
    </message>
    <message>
        <source>Campaign changed: {name}.</source>
        <translation>Campaign changed: {name}.</translation>
    </message>
    <message>
        <source>Open &quot;{name}&quot; for answer sheets? Its scales cannot change after this.</source>
        <translation>Open &quot;{name}&quot; for answer sheets? Its scales cannot change after this.</translation>
    </message>
    <message>
        <source>Campaign opened: {name}.</source>
        <translation>Campaign opened: {name}.</translation>
    </message>
    <message>
        <source>Close &quot;{name}&quot;? No more answer sheets can be entered; interviews and outcomes go on.</source>
        <translation>Close &quot;{name}&quot;? No more answer sheets can be entered; interviews and outcomes go on.</translation>
    </message>
    <message>
        <source>Campaign closed: {name}.</source>
        <translation>Campaign closed: {name}.</translation>
    </message>
    <message>
        <source>Invitation recorded: {name}.</source>
        <translation>Invitation recorded: {name}.</translation>
    </message>
    <message>
        <source>Interview recorded: {name}.</source>
        <translation>Interview recorded: {name}.</translation>
    </message>
    <message>
        <source>Outcome recorded for {name}: {outcome}.</source>
        <translation>Outcome recorded for {name}: {outcome}.</translation>
    </message>
</context>
<context>
    <name>ScreeningSummaryExport</name>
    <message>
        <source>Export the summary</source>
        <extracomment>The choices of the first question, by the name of their button.</extracomment>
        <translation>Export the summary</translation>
    </message>
    <message>
        <source>The summary for the school&apos;s leadership: students counted by grade and class, small counts hidden (&quot;&lt;k&quot;, &quot;x&quot;), no names or student numbers. How should it go out?</source>
        <translation>The summary for the school&apos;s leadership: students counted by grade and class, small counts hidden (&quot;&lt;k&quot;, &quot;x&quot;), no names or student numbers. How should it go out?</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Save as Excel…</source>
        <translation>Save as Excel…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Screening summary</source>
        <translation>Screening summary</translation>
    </message>
    <message>
        <source>The summary holds the campaign&apos;s figures by grade and class, small counts hidden. Keep the file where only those it is meant for can read it.</source>
        <translation>The summary holds the campaign&apos;s figures by grade and class, small counts hidden. Keep the file where only those it is meant for can read it.</translation>
    </message>
    <message>
        <source>The summary was sent to the printer.</source>
        <translation>The summary was sent to the printer.</translation>
    </message>
    <message>
        <source>Saved as {path}.</source>
        <translation>Saved as {path}.</translation>
    </message>
    <message>
        <source>Save as Excel</source>
        <translation>Save as Excel</translation>
    </message>
    <message>
        <source>The workbook holds the campaign&apos;s figures by grade and class, small counts hidden. Keep the file where only those it is meant for can read it.</source>
        <translation>The workbook holds the campaign&apos;s figures by grade and class, small counts hidden. Keep the file where only those it is meant for can read it.</translation>
    </message>
    <message>
        <source>Nothing was saved: &quot;{path}&quot; could not be written (the drive may be full, removed or read-only).</source>
        <translation>Nothing was saved: &quot;{path}&quot; could not be written (the drive may be full, removed or read-only).</translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Counsellor</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Found in</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Excerpt</translation>
    </message>
    <message>
        <source>Visit {no}</source>
        <translation>Visit {no}</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Presenting issue</source>
        <translation>Presenting issue</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Session process</source>
        <translation>Session process</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Addendum</translation>
    </message>
    <message>
        <source>Words in the visit notes, at least 2 characters (e.g. 焦虑)</source>
        <translation>Words in the visit notes, at least 2 characters (e.g. 焦虑)</translation>
    </message>
    <message>
        <source>Searches presenting issue, complaint, session process, assessment, next steps and addenda. Press Enter or pause typing. (Ctrl+F)</source>
        <translation>Searches presenting issue, complaint, session process, assessment, next steps and addenda. Press Enter or pause typing. (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Search now</source>
        <translation>Search now</translation>
    </message>
    <message>
        <source>All cases (reason required)</source>
        <translation>All cases (reason required)</translation>
    </message>
    <message>
        <source>Search every counsellor&apos;s notes. You are asked for the reason; each search is recorded in the audit log.</source>
        <translation>Search every counsellor&apos;s notes. You are asked for the reason; each search is recorded in the audit log.</translation>
    </message>
    <message>
        <source>More…</source>
        <translation>More…</translation>
    </message>
    <message>
        <source>Show the next older results</source>
        <translation>Show the next older results</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Open case</translation>
    </message>
    <message>
        <source>Open the case of the selected result (or double-click it)</source>
        <translation>Open the case of the selected result (or double-click it)</translation>
    </message>
    <message>
        <source>Press Enter to search all cases for &quot;{text}&quot;.</source>
        <translation>Press Enter to search all cases for &quot;{text}&quot;.</translation>
    </message>
    <message>
        <source>Type at least 2 characters to search the visit notes.</source>
        <translation>Type at least 2 characters to search the visit notes.</translation>
    </message>
    <message>
        <source>Type at least 2 characters: one character finds too much.</source>
        <translation>Type at least 2 characters: one character finds too much.</translation>
    </message>
    <message>
        <source>No results for &quot;{text}&quot;.</source>
        <translation>No results for &quot;{text}&quot;.</translation>
    </message>
    <message>
        <source>Only the newest {count} results for &quot;{text}&quot; are shown. Add more words to narrow the search.</source>
        <translation>Only the newest {count} results for &quot;{text}&quot; are shown. Add more words to narrow the search.</translation>
    </message>
    <message>
        <source>{count} result for &quot;{text}&quot;. Double-click it to open its case.</source>
        <translation>{count} result for &quot;{text}&quot;. Double-click it to open its case.</translation>
    </message>
    <message>
        <source>{count} results for &quot;{text}&quot;. Double-click a result to open its case.</source>
        <translation>{count} results for &quot;{text}&quot;. Double-click a result to open its case.</translation>
    </message>
    <message>
        <source>Searching all cases. Reason: {reason}. Every search is recorded in the audit log, so searches run when you press Enter.</source>
        <translation>Searching all cases. Reason: {reason}. Every search is recorded in the audit log, so searches run when you press Enter.</translation>
    </message>
    <message>
        <source>Searches the notes and addenda of your own cases and the cases shared with you.</source>
        <translation>Searches the notes and addenda of your own cases and the cases shared with you.</translation>
    </message>
</context>
<context>
    <name>Selftest</name>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>missing:</source>
        <translation>missing:</translation>
    </message>
    <message>
        <source>CounselRoom</source>
        <translation>CounselRoom</translation>
    </message>
    <message>
        <source>Key store</source>
        <translation>Key store</translation>
    </message>
    <message>
        <source>Font for PDFs</source>
        <translation>Font for PDFs</translation>
    </message>
    <message>
        <source>Font on screen</source>
        <translation>Font on screen</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Translations</translation>
    </message>
    <message>
        <source>Scales</source>
        <translation>Scales</translation>
    </message>
    <message>
        <source>Database structure</source>
        <translation>Database structure</translation>
    </message>
    <message>
        <source>draws U+4DAE and other rare name characters</source>
        <translation>draws U+4DAE and other rare name characters</translation>
    </message>
    <message>
        <source>judge it on the computer CounselRoom is installed on</source>
        <translation>judge it on the computer CounselRoom is installed on</translation>
    </message>
    <message>
        <source>not a key store CounselRoom accepts: it needs Windows Credential Manager, the macOS Keychain or the Secret Service (GNOME Keyring, KWallet)</source>
        <translation>not a key store CounselRoom accepts: it needs Windows Credential Manager, the macOS Keychain or the Secret Service (GNOME Keyring, KWallet)</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FAILED</translation>
    </message>
    <message>
        <source>not judged</source>
        <translation>not judged</translation>
    </message>
    <message>
        <source>CounselRoom self-test</source>
        <translation>CounselRoom self-test</translation>
    </message>
    <message>
        <source>Everything needed is in place.</source>
        <translation>Everything needed is in place.</translation>
    </message>
    <message>
        <source>{n} check failed: CounselRoom is not ready on this computer.</source>
        <translation>{n} check failed: CounselRoom is not ready on this computer.</translation>
    </message>
    <message>
        <source>{n} checks failed: CounselRoom is not ready on this computer.</source>
        <translation>{n} checks failed: CounselRoom is not ready on this computer.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The window is rebuilt at once in the chosen language. This computer remembers the choice.</source>
        <translation>The window is rebuilt at once in the chosen language. This computer remembers the choice.</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Your account</translation>
    </message>
    <message>
        <source>{name} ({username}), {role}</source>
        <translation>{name} ({username}), {role}</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>Change password…</translation>
    </message>
    <message>
        <source>Counselling room</source>
        <translation>Counselling room</translation>
    </message>
    <message>
        <source>Name of the room</source>
        <translation>Name of the room</translation>
    </message>
    <message>
        <source>Shown in the title bar and on printed documents</source>
        <translation>Shown in the title bar and on printed documents</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Lock automatically after</source>
        <translation>Lock automatically after</translation>
    </message>
    <message>
        <source>Only the supervisor can change these settings.</source>
        <translation>Only the supervisor can change these settings.</translation>
    </message>
    <message>
        <source>When nobody uses this computer for this long, the records lock, so nobody passing by can read them. At most {max} minutes.</source>
        <translation>When nobody uses this computer for this long, the records lock, so nobody passing by can read them. At most {max} minutes.</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>For example 9:00-12:00, 13:00-17:00. Leave a day empty when the room is closed.</source>
        <translation>For example 9:00-12:00, 13:00-17:00. Leave a day empty when the room is closed.</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>The rules ask for at least {floor} hours every week (每周不少于{floor}小时). The duty log measures each week against this.</source>
        <translation>The rules ask for at least {floor} hours every week (每周不少于{floor}小时). The duty log measures each week against this.</translation>
    </message>
    <message>
        <source> hours a week</source>
        <translation> hours a week</translation>
    </message>
    <message>
        <source>Open at least</source>
        <translation>Open at least</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <source>Save the room name, automatic lock, opening hours, the weekly minimum and the settings for statistics and reports</source>
        <translation>Save the room name, automatic lock, opening hours, the weekly minimum and the settings for statistics and reports</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>The recovery sheet opens the records on a new computer and resets forgotten passwords. Make a new code if the sheet was lost or someone else may have seen it.</source>
        <translation>The recovery sheet opens the records on a new computer and resets forgotten passwords. Make a new code if the sheet was lost or someone else may have seen it.</translation>
    </message>
    <message>
        <source>Every backup carries the recovery code valid when it was made: with the sheet, a backup on the USB drive brings the records back on a new computer. Backups made before a new code open only with the old one, so after printing a new sheet make a new backup to the USB drive. Keep the sheet in the locked cabinet and the USB drive somewhere else.</source>
        <translation>Every backup carries the recovery code valid when it was made: with the sheet, a backup on the USB drive brings the records back on a new computer. Backups made before a new code open only with the old one, so after printing a new sheet make a new backup to the USB drive. Keep the sheet in the locked cabinet and the USB drive somewhere else.</translation>
    </message>
    <message>
        <source>Make a new recovery code…</source>
        <translation>Make a new recovery code…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Checked now: the recovery slot in the key file is sound; the printed sheet opens the records.</source>
        <translation>Checked now: the recovery slot in the key file is sound; the printed sheet opens the records.</translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation>{n} minutes</translation>
    </message>
    <message>
        <source>{n} hours a week</source>
        <translation>{n} hours a week</translation>
    </message>
    <message>
        <source>Open {hours} hours a week — below the minimum: the counselling room must be open to students regularly, at least {min} hours every week.</source>
        <translation>Open {hours} hours a week — below the minimum: the counselling room must be open to students regularly, at least {min} hours every week.</translation>
    </message>
    <message>
        <source>Open {hours} hours a week (the rules ask for at least {min}).</source>
        <translation>Open {hours} hours a week (the rules ask for at least {min}).</translation>
    </message>
    <message>
        <source>Days with a mistake are not counted.</source>
        <translation>Days with a mistake are not counted.</translation>
    </message>
    <message>
        <source>Nothing to save: no setting was changed.</source>
        <translation>Nothing to save: no setting was changed.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Changing the language rebuilds the window, and the settings you have not saved yet are lost. Change the language anyway?</source>
        <translation>Changing the language rebuilds the window, and the settings you have not saved yet are lost. Change the language anyway?</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Your password was changed.</translation>
    </message>
    <message>
        <source>New recovery code</source>
        <translation>New recovery code</translation>
    </message>
    <message>
        <source>Make a new recovery code?

The current recovery sheet stops working at once for the records on this computer and the backups in its data folder. You will see the new code and can print the new sheet right away; then destroy the old sheet.

Backups already on a USB drive keep the code of their time and still open only with the old sheet: after printing the new sheet, make a new backup to the USB drive.</source>
        <translation>Make a new recovery code?

The current recovery sheet stops working at once for the records on this computer and the backups in its data folder. You will see the new code and can print the new sheet right away; then destroy the old sheet.

Backups already on a USB drive keep the code of their time and still open only with the old sheet: after printing the new sheet, make a new backup to the USB drive.</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share {case}</source>
        <translation>Share {case}</translation>
    </message>
    <message>
        <source>A counsellor the case is shared with can open it and its records like their own. Every opening is recorded in the audit log.</source>
        <translation>A counsellor the case is shared with can open it and its records like their own. Every opening is recorded in the audit log.</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Stop sharing</translation>
    </message>
    <message>
        <source>The selected counsellor can no longer open the case</source>
        <translation>The selected counsellor can no longer open the case</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>Shared with</translation>
    </message>
    <message>
        <source>Choose the counsellor</source>
        <translation>Choose the counsellor</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Share with</source>
        <translation>Share with</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Not shared with anyone.</source>
        <translation>Not shared with anyone.</translation>
    </message>
    <message>
        <source>Shared with {name}.</source>
        <translation>Shared with {name}.</translation>
    </message>
    <message>
        <source>{name} can no longer open the case.</source>
        <translation>{name} can no longer open the case.</translation>
    </message>
</context>
<context>
    <name>SheetsModel</name>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Student no.</source>
        <translation>Student no.</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Entered</translation>
    </message>
</context>
<context>
    <name>SheetsTab</name>
    <message>
        <source>Scale</source>
        <extracomment>The status filter&apos;s choices besides each state: every student, and those whose follow-up is not done.</extracomment>
        <translation>Scale</translation>
    </message>
    <message>
        <source>Name, student no. or class</source>
        <translation>Name, student no. or class</translation>
    </message>
    <message>
        <source>Type paper sheets…</source>
        <translation>Type paper sheets…</translation>
    </message>
    <message>
        <source>Type each student&apos;s answers from the paper sheets, one line a student</source>
        <translation>Type each student&apos;s answers from the paper sheets, one line a student</translation>
    </message>
    <message>
        <source>Import answer sheets…</source>
        <translation>Import answer sheets…</translation>
    </message>
    <message>
        <source>Read a questionnaire tool&apos;s or scanning service&apos;s Excel/CSV file</source>
        <translation>Read a questionnaire tool&apos;s or scanning service&apos;s Excel/CSV file</translation>
    </message>
    <message>
        <source>Screened ({n})</source>
        <translation>Screened ({n})</translation>
    </message>
    <message>
        <source>Not screened yet ({n})</source>
        <translation>Not screened yet ({n})</translation>
    </message>
</context>
<context>
    <name>ShiftsModel</name>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>On duty</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Events and notes</source>
        <translation>Events and notes</translation>
    </message>
    <message>
        <source>The notes of a colleague&apos;s shift are read by the supervisor.</source>
        <translation>The notes of a colleague&apos;s shift are read by the supervisor.</translation>
    </message>
    <message>
        <source>Recorded by {name}; corrected once.</source>
        <translation>Recorded by {name}; corrected once.</translation>
    </message>
    <message>
        <source>Recorded by {name}; corrected {n} times.</source>
        <translation>Recorded by {name}; corrected {n} times.</translation>
    </message>
    <message>
        <source>Recorded by {name}.</source>
        <translation>Recorded by {name}.</translation>
    </message>
    <message>
        <source>Never ended. Enter the time it ended (End a forgotten duty…).</source>
        <translation>Never ended. Enter the time it ended (End a forgotten duty…).</translation>
    </message>
    <message>
        <source>not ended</source>
        <translation>not ended</translation>
    </message>
    <message>
        <source>on duty</source>
        <translation>on duty</translation>
    </message>
    <message>
        <source>(notes for the supervisor)</source>
        <translation>(notes for the supervisor)</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <source>Internal: exact small counts, not for use outside the room. Printed and exported reports hide small counts.</source>
        <translation>Internal: exact small counts, not for use outside the room. Printed and exported reports hide small counts.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>School year</translation>
    </message>
    <message>
        <source>Range of days</source>
        <translation>Range of days</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Whole room</source>
        <translation>Whole room</translation>
    </message>
    <message>
        <source>Whose work</source>
        <translation>Whose work</translation>
    </message>
    <message>
        <source>Your own work</source>
        <translation>Your own work</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
</context>
<context>
    <name>StockDialog</name>
    <message>
        <source>Change stock</source>
        <translation>Change stock</translation>
    </message>
    <message>
        <source>{name}: {on_hand} in the cabinet, {out} out, {total} in all</source>
        <translation>{name}: {on_hand} in the cabinet, {out} out, {total} in all</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>e.g. bought 50 from the publisher; water damage</source>
        <translation>e.g. bought 50 from the publisher; water damage</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Required. It is kept with the movement and in the audit log.</source>
        <translation>Required. It is kept with the movement and in the audit log.</translation>
    </message>
    <message>
        <source>Counted in the cabinet</source>
        <translation>Counted in the cabinet</translation>
    </message>
    <message>
        <source>Count the cabinet and enter what is there; the total follows.</source>
        <translation>Count the cabinet and enter what is there; the total follows.</translation>
    </message>
    <message>
        <source>Damaged, spoilt or outdated copies in the cabinet. Used-up forms are recorded when they are taken back.</source>
        <translation>Damaged, spoilt or outdated copies in the cabinet. Used-up forms are recorded when they are taken back.</translation>
    </message>
    <message>
        <source>New copies from the publisher or the licence holder. Test forms are never photocopied (不得复印).</source>
        <translation>New copies from the publisher or the licence holder. Test forms are never photocopied (不得复印).</translation>
    </message>
    <message>
        <source>In the cabinet {old} → {new}; in all {old_total} → {new_total}.</source>
        <translation>In the cabinet {old} → {new}; in all {old_total} → {new_total}.</translation>
    </message>
</context>
<context>
    <name>StudentList</name>
    <message>
        <source>Add: name or student no.</source>
        <extracomment>student numbers pasted that are no student of the roster</extracomment>
        <translation>Add: name or student no.</translation>
    </message>
    <message>
        <source>Paste numbers…</source>
        <translation>Paste numbers…</translation>
    </message>
    <message>
        <source>Paste a list of student numbers, e.g. copied from a spreadsheet</source>
        <translation>Paste a list of student numbers, e.g. copied from a spreadsheet</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Student #{id} (not on the roster now)</source>
        <translation>Student #{id} (not on the roster now)</translation>
    </message>
    <message>
        <source>Paste student numbers</source>
        <translation>Paste student numbers</translation>
    </message>
    <message>
        <source>One or more student numbers, separated by lines, spaces or commas:</source>
        <translation>One or more student numbers, separated by lines, spaces or commas:</translation>
    </message>
</context>
<context>
    <name>StudentsModel</name>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Student no.</source>
        <translation>Student no.</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
</context>
<context>
    <name>SummaryTab</name>
    <message>
        <source>Internal, not to be passed on (内部，不得外传): exact counts, small ones too, for the supervisor in the room. What goes to the school&apos;s leadership is the export, with small counts hidden.</source>
        <translation>Internal, not to be passed on (内部，不得外传): exact counts, small ones too, for the supervisor in the room. What goes to the school&apos;s leadership is the export, with small counts hidden.</translation>
    </message>
    <message>
        <source>Export summary…</source>
        <translation>Export summary…</translation>
    </message>
    <message>
        <source>The summary for the school&apos;s leadership, small counts hidden (PDF or workbook; recorded in the audit log)</source>
        <translation>The summary for the school&apos;s leadership, small counts hidden (PDF or workbook; recorded in the audit log)</translation>
    </message>
    <message>
        <source>As of {day}: {students} students in scope, {excluded} excluded, {opted} opted out by their parents.</source>
        <translation>As of {day}: {students} students in scope, {excluded} excluded, {opted} opted out by their parents.</translation>
    </message>
</context>
<context>
    <name>TableCard</name>
    <message>
        <source>{table}: {subject}</source>
        <extracomment>Series in time: vertical bars, stacked by the columns.</extracomment>
        <translation>{table}: {subject}</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>Nothing in this period.</translation>
    </message>
    <message>
        <source>Minimum {hours}</source>
        <translation>Minimum {hours}</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>TakeBackDialog</name>
    <message>
        <source>Take back test materials</source>
        <translation>Take back test materials</translation>
    </message>
    <message>
        <source>Hand-out</source>
        <translation>Hand-out</translation>
    </message>
    <message>
        <source>Back in the cabinet</source>
        <translation>Back in the cabinet</translation>
    </message>
    <message>
        <source>Blank, undamaged copies.</source>
        <translation>Blank, undamaged copies.</translation>
    </message>
    <message>
        <source>Used up</source>
        <translation>Used up</translation>
    </message>
    <message>
        <source>Filled in by a client: they go into the client&apos;s paper file and leave the stock.</source>
        <translation>Filled in by a client: they go into the client&apos;s paper file and leave the stock.</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>Take back</translation>
    </message>
    <message>
        <source>A kit is not used up; the supervisor writes off damaged ones.</source>
        <translation>A kit is not used up; the supervisor writes off damaged ones.</translation>
    </message>
    <message>
        <source>That is more than the {out} still out.</source>
        <translation>That is more than the {out} still out.</translation>
    </message>
    <message>
        <source>{rest} stay out and are listed as outstanding until they come back.</source>
        <translation>{rest} stay out and are listed as outstanding until they come back.</translation>
    </message>
    <message>
        <source>Everything of this hand-out is accounted for.</source>
        <translation>Everything of this hand-out is accounted for.</translation>
    </message>
</context>
<context>
    <name>TestEntry</name>
    <message>
        <source>Type {keys} to answer and go on to the next item; ↑/↓ move, Delete clears.</source>
        <translation>Type {keys} to answer and go on to the next item; ↑/↓ move, Delete clears.</translation>
    </message>
    <message>
        <source>Date administered</source>
        <translation>Date administered</translation>
    </message>
    <message>
        <source>I explained the purpose and meaning of this test to the client</source>
        <translation>I explained the purpose and meaning of this test to the client</translation>
    </message>
    <message>
        <source>Before the test</source>
        <translation>Before the test</translation>
    </message>
    <message>
        <source>Required: the answers are saved only once this is ticked.</source>
        <translation>Required: the answers are saved only once this is ticked.</translation>
    </message>
    <message>
        <source>The recorded consent this test was given under (optional)</source>
        <translation>The recorded consent this test was given under (optional)</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Fill in</source>
        <translation>Fill in</translation>
    </message>
    <message>
        <source>Fill every item from the answers typed on the left (Enter)</source>
        <translation>Fill every item from the answers typed on the left (Enter)</translation>
    </message>
    <message>
        <source>From the paper form</source>
        <translation>From the paper form</translation>
    </message>
    <message>
        <source>What the result means for this client, read with what you know of them</source>
        <translation>What the result means for this client, read with what you know of them</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>Interpretation</translation>
    </message>
    <message>
        <source>Discard draft…</source>
        <translation>Discard draft…</translation>
    </message>
    <message>
        <source>Delete this unsigned test, e.g. a wrong scale or client</source>
        <translation>Delete this unsigned test, e.g. a wrong scale or client</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save the answers and the interpretation (Ctrl+S)</source>
        <translation>Save the answers and the interpretation (Ctrl+S)</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>Sign…</translation>
    </message>
    <message>
        <source>Check the record and sign it; it is then locked</source>
        <translation>Check the record and sign it; it is then locked</translation>
    </message>
    <message>
        <source>Choose a test, or start a new one.</source>
        <translation>Choose a test, or start a new one.</translation>
    </message>
    <message>
        <source>{name} (version {version})</source>
        <translation>{name} (version {version})</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Source: {source}</translation>
    </message>
    <message>
        <source>Type every answer in a row, one key per item ({n} items, e.g. {example}); &quot;-&quot; leaves an item out.</source>
        <translation>Type every answer in a row, one key per item ({n} items, e.g. {example}); &quot;-&quot; leaves an item out.</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signed</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>{name} ({case_no}) · {scale} · {date} · {status}</source>
        <translation>{name} ({case_no}) · {scale} · {date} · {status}</translation>
    </message>
    <message>
        <source>Only {name}, who administered this test, can edit or sign it.</source>
        <translation>Only {name}, who administered this test, can edit or sign it.</translation>
    </message>
    <message>
        <source>Digits answer the current item and move on; Save keeps the draft, signing locks it.</source>
        <translation>Digits answer the current item and move on; Save keeps the draft, signing locks it.</translation>
    </message>
    <message>
        <source>Signed on {when} by {name}. The record is sealed (seal {seal}…) and can no longer be changed.</source>
        <translation>Signed on {when} by {name}. The record is sealed (seal {seal}…) and can no longer be changed.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>{kind} · {giver} · {date}</source>
        <translation>{kind} · {giver} · {date}</translation>
    </message>
    <message>
        <source>{consent} (withdrawn)</source>
        <translation>{consent} (withdrawn)</translation>
    </message>
    <message>
        <source>{n} of {total} items filled in from the paper form. Check them, then save.</source>
        <translation>{n} of {total} items filled in from the paper form. Check them, then save.</translation>
    </message>
    <message>
        <source>The scale has {expected} items, but {found} answers were typed.</source>
        <translation>The scale has {expected} items, but {found} answers were typed.</translation>
    </message>
    <message>
        <source>Position {position}: &quot;{char}&quot; is not an answer to item {item} (type {keys}, or - to leave it out).</source>
        <translation>Position {position}: &quot;{char}&quot; is not an answer to item {item} (type {keys}, or - to leave it out).</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Total: {total}</source>
        <translation>Total: {total}</translation>
    </message>
    <message>
        <source>Total: — (so far {partial})</source>
        <translation>Total: — (so far {partial})</translation>
    </message>
    <message>
        <source>All {n} items answered</source>
        <translation>All {n} items answered</translation>
    </message>
    <message>
        <source>{missing} of {n} items not answered yet</source>
        <translation>{missing} of {n} items not answered yet</translation>
    </message>
    <message>
        <source>{name} {score}</source>
        <translation>{name} {score}</translation>
    </message>
    <message>
        <source>Subscales: {list}</source>
        <translation>Subscales: {list}</translation>
    </message>
    <message>
        <source>{name} {score} ({band})</source>
        <translation>{name} {score} ({band})</translation>
    </message>
    <message>
        <source>{rule} ({value})</source>
        <translation>{rule} ({value})</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Not valid: {rules}. The answers are not banded or screened.</source>
        <translation>Not valid: {rules}. The answers are not banded or screened.</translation>
    </message>
    <message>
        <source>Positive: {rules}</source>
        <translation>Positive: {rules}</translation>
    </message>
    <message>
        <source>A crisis intervention was opened for this case when the test was signed.</source>
        <translation>A crisis intervention was opened for this case when the test was signed.</translation>
    </message>
    <message>
        <source>Item {item}</source>
        <translation>Item {item}</translation>
    </message>
    <message>
        <source>{note} — answered &quot;{answer}&quot;: the crisis workflow will open when you sign.</source>
        <translation>{note} — answered &quot;{answer}&quot;: the crisis workflow will open when you sign.</translation>
    </message>
    <message>
        <source>The total is in the band &quot;{band}&quot;: the crisis workflow will open when you sign.</source>
        <translation>The total is in the band &quot;{band}&quot;: the crisis workflow will open when you sign.</translation>
    </message>
    <message>
        <source>&quot;{subscale}&quot; is in the band &quot;{band}&quot;: the crisis workflow will open when you sign.</source>
        <translation>&quot;{subscale}&quot; is in the band &quot;{band}&quot;: the crisis workflow will open when you sign.</translation>
    </message>
    <message>
        <source>Positive by &quot;{rule}&quot;: the crisis workflow will open when you sign.</source>
        <translation>Positive by &quot;{rule}&quot;: the crisis workflow will open when you sign.</translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation>Saved at {time}</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Not saved: {reason}</translation>
    </message>
    <message>
        <source>Unsaved answers</source>
        <translation>Unsaved answers</translation>
    </message>
    <message>
        <source>This test has changes that are not saved yet. Save them?</source>
        <translation>This test has changes that are not saved yet. Save them?</translation>
    </message>
    <message>
        <source>After signing, the test record is locked and can no longer be changed.</source>
        <translation>After signing, the test record is locked and can no longer be changed.</translation>
    </message>
    <message>
        <source>The answers call for a crisis intervention: it opens for this case when you sign.</source>
        <translation>The answers call for a crisis intervention: it opens for this case when you sign.</translation>
    </message>
    <message>
        <source>Sign it now?</source>
        <translation>Sign it now?</translation>
    </message>
    <message>
        <source>Sign the test</source>
        <translation>Sign the test</translation>
    </message>
    <message>
        <source>Crisis intervention opened</source>
        <translation>Crisis intervention opened</translation>
    </message>
    <message>
        <source>The test was signed. Its result opened a crisis intervention for this case: follow it through, step by step, on the Crises page.</source>
        <translation>The test was signed. Its result opened a crisis intervention for this case: follow it through, step by step, on the Crises page.</translation>
    </message>
    <message>
        <source>Signed and locked.</source>
        <translation>Signed and locked.</translation>
    </message>
    <message>
        <source>Discard the draft</source>
        <translation>Discard the draft</translation>
    </message>
    <message>
        <source>Delete this unsigned {scale} test of {date} with its answers? This cannot be undone.</source>
        <translation>Delete this unsigned {scale} test of {date} with its answers? This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>TestsModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Band</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Draft, not signed</source>
        <translation>Draft, not signed</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>A critical answer (e.g. thoughts of self-harm): signing it opened, or will open, a crisis intervention</source>
        <translation>A critical answer (e.g. thoughts of self-harm): signing it opened, or will open, a crisis intervention</translation>
    </message>
    <message>
        <source>{code}, version {version}</source>
        <translation>{code}, version {version}</translation>
    </message>
</context>
<context>
    <name>TestsPage</name>
    <message>
        <source>My open cases</source>
        <translation>My open cases</translation>
    </message>
    <message>
        <source>Tests awaiting signature</source>
        <translation>Tests awaiting signature</translation>
    </message>
    <message>
        <source>Your unsigned tests: double-click to continue</source>
        <translation>Your unsigned tests: double-click to continue</translation>
    </message>
    <message>
        <source>Scale library…</source>
        <translation>Scale library…</translation>
    </message>
    <message>
        <source>The scales in use, and importing the room&apos;s own licensed scales</source>
        <translation>The scales in use, and importing the room&apos;s own licensed scales</translation>
    </message>
    <message>
        <source>Psychological tests</source>
        <translation>Psychological tests</translation>
    </message>
    <message>
        <source>{name} · {date}
{scale}</source>
        <translation>{name} · {date}
{scale}</translation>
    </message>
    <message>
        <source>Case no. {case_no}, started {date}</source>
        <translation>Case no. {case_no}, started {date}</translation>
    </message>
    <message>
        <source>No unsigned tests.</source>
        <translation>No unsigned tests.</translation>
    </message>
    <message>
        <source>You have no open case. Tests are given within a case: open one on the Clients page.</source>
        <translation>You have no open case. Tests are given within a case: open one on the Clients page.</translation>
    </message>
    <message>
        <source>Choose a case on the left to see its tests or start one.</source>
        <translation>Choose a case on the left to see its tests or start one.</translation>
    </message>
</context>
<context>
    <name>TestsPanel</name>
    <message>
        <source>New test…</source>
        <translation>New test…</translation>
    </message>
    <message>
        <source>Give the client a scale from the library</source>
        <translation>Give the client a scale from the library</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Show the selected test (Enter or double-click)</source>
        <translation>Show the selected test (Enter or double-click)</translation>
    </message>
    <message>
        <source>Print report…</source>
        <translation>Print report…</translation>
    </message>
    <message>
        <source>Print the selected test&apos;s report: answers, scores, band, interpretation and trend</source>
        <translation>Print the selected test&apos;s report: answers, scores, band, interpretation and trend</translation>
    </message>
    <message>
        <source>Save report as PDF…</source>
        <translation>Save report as PDF…</translation>
    </message>
    <message>
        <source>Save the selected test&apos;s report as a PDF</source>
        <translation>Save the selected test&apos;s report as a PDF</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>The scale whose scores are drawn</source>
        <translation>The scale whose scores are drawn</translation>
    </message>
    <message>
        <source>Signed tests of this client on the scale, oldest first, over the scale&apos;s bands</source>
        <translation>Signed tests of this client on the scale, oldest first, over the scale&apos;s bands</translation>
    </message>
    <message>
        <source>← All tests</source>
        <translation>← All tests</translation>
    </message>
    <message>
        <source>Back to the list of this case&apos;s tests and the trend</source>
        <translation>Back to the list of this case&apos;s tests and the trend</translation>
    </message>
    <message>
        <source>Psychological tests are for the counsellors and the supervisor.</source>
        <translation>Psychological tests are for the counsellors and the supervisor.</translation>
    </message>
    <message>
        <source>No tests yet. &quot;New test…&quot; gives the client a scale from the library.</source>
        <translation>No tests yet. &quot;New test…&quot; gives the client a scale from the library.</translation>
    </message>
    <message>
        <source>{n} not signed yet.</source>
        <translation>{n} not signed yet.</translation>
    </message>
    <message>
        <source>Double-click a test to open it.</source>
        <translation>Double-click a test to open it.</translation>
    </message>
    <message>
        <source>The case is closed: reopen it to test again</source>
        <translation>The case is closed: reopen it to test again</translation>
    </message>
    <message>
        <source>The trend shows once a test of this case is signed.</source>
        <translation>The trend shows once a test of this case is signed.</translation>
    </message>
    <message>
        <source>No signed test on this scale yet.</source>
        <translation>No signed test on this scale yet.</translation>
    </message>
    <message>
        <source>{n} test.</source>
        <translation>{n} test.</translation>
    </message>
    <message>
        <source>{n} tests.</source>
        <translation>{n} tests.</translation>
    </message>
    <message>
        <source>{scale} started. Explain the purpose of the test, then enter the answers.</source>
        <translation>{scale} started. Explain the purpose of the test, then enter the answers.</translation>
    </message>
    <message>
        <source>{scale} signed and locked.</source>
        <translation>{scale} signed and locked.</translation>
    </message>
    <message>
        <source>The draft was discarded.</source>
        <translation>The draft was discarded.</translation>
    </message>
    <message>
        <source>Test report {scale} {date} of {name}</source>
        <translation>Test report {scale} {date} of {name}</translation>
    </message>
    <message>
        <source>The test report was sent to the printer.</source>
        <translation>The test report was sent to the printer.</translation>
    </message>
    <message>
        <source>The PDF holds the test answers and results of {name}. Save it only where nobody else can open it, and delete it once it is printed or no longer needed. Saving is recorded in the audit log.</source>
        <translation>The PDF holds the test answers and results of {name}. Save it only where nobody else can open it, and delete it once it is printed or no longer needed. Saving is recorded in the audit log.</translation>
    </message>
    <message>
        <source>The test report was saved to {path}.</source>
        <translation>The test report was saved to {path}.</translation>
    </message>
    <message>
        <source>Psychological tests</source>
        <translation>Psychological tests</translation>
    </message>
</context>
<context>
    <name>VisitEditor</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>The other clients in this group session</source>
        <translation>The other clients in this group session</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Everyone in the group besides this case&apos;s client. Each must be registered on the Clients page.</source>
        <translation>Everyone in the group besides this case&apos;s client. Each must be registered on the Clients page.</translation>
    </message>
    <message>
        <source>In a few words, e.g. 考试焦虑</source>
        <translation>In a few words, e.g. 考试焦虑</translation>
    </message>
    <message>
        <source>Presenting issue</source>
        <translation>Presenting issue</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Session process</source>
        <translation>Session process</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>Self-harm or suicide</source>
        <translation>Self-harm or suicide</translation>
    </message>
    <message>
        <source>Harm to others</source>
        <translation>Harm to others</translation>
    </message>
    <message>
        <source>Being harmed by others</source>
        <translation>Being harmed by others</translation>
    </message>
    <message>
        <source>Concerns:</source>
        <translation>Concerns:</translation>
    </message>
    <message>
        <source>Arranged</source>
        <translation>Arranged</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Next appointment</translation>
    </message>
    <message>
        <source>Signing locks the record; afterwards only addenda can be added.</source>
        <translation>Signing locks the record; afterwards only addenda can be added.</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>Sign…</translation>
    </message>
    <message>
        <source>Check the record and sign it; it is then locked</source>
        <translation>Check the record and sign it; it is then locked</translation>
    </message>
    <message>
        <source>A correction or addition; it is dated and signed with your name.</source>
        <translation>A correction or addition; it is dated and signed with your name.</translation>
    </message>
    <message>
        <source>Add addendum…</source>
        <translation>Add addendum…</translation>
    </message>
    <message>
        <source>Choose a case and open a visit record, or start a new one.</source>
        <translation>Choose a case and open a visit record, or start a new one.</translation>
    </message>
    <message>
        <source>Only the counsellor who wrote this draft can edit or sign it.</source>
        <translation>Only the counsellor who wrote this draft can edit or sign it.</translation>
    </message>
    <message>
        <source>Signed on {when}. The record is locked; add an addendum to correct or complete it.</source>
        <translation>Signed on {when}. The record is locked; add an addendum to correct or complete it.</translation>
    </message>
    <message>
        <source>Addendum, {when}, {author}:
{text}</source>
        <translation>Addendum, {when}, {author}:
{text}</translation>
    </message>
    <message>
        <source>No addenda yet.</source>
        <translation>No addenda yet.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Not saved: {reason}</translation>
    </message>
    <message>
        <source>Autosaved {time}</source>
        <translation>Autosaved {time}</translation>
    </message>
    <message>
        <source>Sign the record</source>
        <translation>Sign the record</translation>
    </message>
    <message>
        <source>After signing, the record is locked; afterwards only addenda can be added.

Sign it now?</source>
        <translation>After signing, the record is locked; afterwards only addenda can be added.

Sign it now?</translation>
    </message>
    <message>
        <source>Crisis intervention opened</source>
        <translation>Crisis intervention opened</translation>
    </message>
    <message>
        <source>The record was signed with a {risk} risk. A crisis intervention was opened for this case: follow it through, step by step, on the crisis page.</source>
        <translation>The record was signed with a {risk} risk. A crisis intervention was opened for this case: follow it through, step by step, on the crisis page.</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <source>My open cases</source>
        <translation>My open cases</translation>
    </message>
    <message>
        <source>Awaiting signature</source>
        <translation>Awaiting signature</translation>
    </message>
    <message>
        <source>Unsigned drafts: double-click to continue</source>
        <translation>Unsigned drafts: double-click to continue</translation>
    </message>
    <message>
        <source>Visit records</source>
        <translation>Visit records</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>New visit record</source>
        <translation>New visit record</translation>
    </message>
    <message>
        <source>Start the next visit record of the selected case</source>
        <translation>Start the next visit record of the selected case</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Print the selected visit record (or the one open on the right); a draft prints marked as a draft</source>
        <translation>Print the selected visit record (or the one open on the right); a draft prints marked as a draft</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Save a copy of the selected visit record as a PDF file</source>
        <translation>Save a copy of the selected visit record as a PDF file</translation>
    </message>
    <message>
        <source>Filter by name or case no.</source>
        <translation>Filter by name or case no.</translation>
    </message>
    <message>
        <source>{name}  {case_no} · case {number}</source>
        <translation>{name}  {case_no} · case {number}</translation>
    </message>
    <message>
        <source>Opened {date}</source>
        <translation>Opened {date}</translation>
    </message>
    <message>
        <source>{n} more, older: type a name or case no. above to find it.</source>
        <translation>{n} more, older: type a name or case no. above to find it.</translation>
    </message>
    <message>
        <source>{n} more, older: type a name or case no. above to find them.</source>
        <translation>{n} more, older: type a name or case no. above to find them.</translation>
    </message>
    <message>
        <source>No open case matches the filter.</source>
        <translation>No open case matches the filter.</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… and {n} more</translation>
    </message>
    <message>
        <source>You have no open case. Open one on the Clients page.</source>
        <translation>You have no open case. Open one on the Clients page.</translation>
    </message>
    <message>
        <source>{name} · visit {no} · {date}</source>
        <translation>{name} · visit {no} · {date}</translation>
    </message>
    <message>
        <source>(another counsellor)</source>
        <translation>(another counsellor)</translation>
    </message>
    <message>
        <source>No unsigned drafts.</source>
        <translation>No unsigned drafts.</translation>
    </message>
    <message>
        <source>Visit records of {case}</source>
        <translation>Visit records of {case}</translation>
    </message>
    <message>
        <source>Visit {no}</source>
        <translation>Visit {no}</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signed</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>{name} ({case_no}) · case {number} · visit {no} · {status}</source>
        <translation>{name} ({case_no}) · case {number} · visit {no} · {status}</translation>
    </message>
    <message>
        <source>Visit {no} signed and locked.</source>
        <translation>Visit {no} signed and locked.</translation>
    </message>
    <message>
        <source>Addendum added.</source>
        <translation>Addendum added.</translation>
    </message>
    <message>
        <source>Visit record {no}</source>
        <translation>Visit record {no}</translation>
    </message>
    <message>
        <source>Visit {no} sent to the printer.</source>
        <translation>Visit {no} sent to the printer.</translation>
    </message>
    <message>
        <source>visit-record-{case_no}-{no}.pdf</source>
        <translation>visit-record-{case_no}-{no}.pdf</translation>
    </message>
    <message>
        <source>The PDF holds confidential counselling notes and is not encrypted. Save it only where it is needed, e.g. on a USB stick to print it elsewhere, and delete it afterwards.</source>
        <translation>The PDF holds confidential counselling notes and is not encrypted. Save it only where it is needed, e.g. on a USB stick to print it elsewhere, and delete it afterwards.</translation>
    </message>
    <message>
        <source>Visit {no} saved as {path}.</source>
        <translation>Visit {no} saved as {path}.</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw consent</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <source>Consent to {kind} · given by {giver} · signed on {date}</source>
        <translation>Consent to {kind} · given by {giver} · signed on {date}</translation>
    </message>
    <message>
        <source>A withdrawal cannot be undone. The consent stays in the record, marked withdrawn; record a new consent if it is given again.</source>
        <translation>A withdrawal cannot be undone. The consent stays in the record, marked withdrawn; record a new consent if it is given again.</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Withdrawn on</translation>
    </message>
    <message>
        <source>Who withdrew it and how, e.g. the mother by phone</source>
        <translation>Who withdrew it and how, e.g. the mother by phone</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>WithdrawShiftDialog</name>
    <message>
        <source>Withdraw a shift</source>
        <translation>Withdraw a shift</translation>
    </message>
    <message>
        <source>A withdrawn shift no longer counts towards the week&apos;s open hours and leaves the lists. It is not deleted: the audit log keeps it with your reason.</source>
        <translation>A withdrawn shift no longer counts towards the week&apos;s open hours and leaves the lists. It is not deleted: the audit log keeps it with your reason.</translation>
    </message>
    <message>
        <source>e.g. entered twice, wrong person</source>
        <translation>e.g. entered twice, wrong person</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Withdraw shift</source>
        <translation>Withdraw shift</translation>
    </message>
</context>
<context>
    <name>_StudentChooser</name>
    <message>
        <source>Name, pinyin initials or case no.</source>
        <translation>Name, pinyin initials or case no.</translation>
    </message>
    <message>
        <source>Register a new student…</source>
        <translation>Register a new student…</translation>
    </message>
    <message>
        <source>A student who is not a client yet: register them first</source>
        <translation>A student who is not a client yet: register them first</translation>
    </message>
</context>
</TS>
