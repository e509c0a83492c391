<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>Must change password</translation>
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
        <source>Has not logged in yet</source>
        <translation>Has not logged in yet</translation>
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
    <name>Appointments</name>
    <message>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
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
        <source>{count} booking(s) this week. Double-click a free time, or press Ctrl+N, to book the room.</source>
        <translation>{count} booking(s) this week. Double-click a free time, or press Ctrl+N, to book the room.</translation>
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
        <source>Set-up</source>
        <translation>Set-up</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Logged in</translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation>Login failed</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>Logged out</translation>
    </message>
    <message>
        <source>Records locked</source>
        <translation>Records locked</translation>
    </message>
    <message>
        <source>Records unlocked</source>
        <translation>Records unlocked</translation>
    </message>
    <message>
        <source>Unlock failed</source>
        <translation>Unlock failed</translation>
    </message>
    <message>
        <source>Account locked (wrong passwords)</source>
        <translation>Account locked (wrong passwords)</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>Account unlocked</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>Account created</translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation>Account disabled</translation>
    </message>
    <message>
        <source>Account enabled</source>
        <translation>Account enabled</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <source>Own password changed</source>
        <translation>Own password changed</translation>
    </message>
    <message>
        <source>Recovery with the recovery code</source>
        <translation>Recovery with the recovery code</translation>
    </message>
    <message>
        <source>New recovery code</source>
        <translation>New recovery code</translation>
    </message>
    <message>
        <source>Recovery sheet printed</source>
        <translation>Recovery sheet printed</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Settings changed</translation>
    </message>
    <message>
        <source>Database updated to a new version</source>
        <translation>Database updated to a new version</translation>
    </message>
    <message>
        <source>Integrity check</source>
        <translation>Integrity check</translation>
    </message>
    <message>
        <source>Integrity alert</source>
        <translation>Integrity alert</translation>
    </message>
    <message>
        <source>Integrity alert confirmed</source>
        <translation>Integrity alert confirmed</translation>
    </message>
    <message>
        <source>Audit log viewed</source>
        <translation>Audit log viewed</translation>
    </message>
    <message>
        <source>Client registered</source>
        <translation>Client registered</translation>
    </message>
    <message>
        <source>Client details changed</source>
        <translation>Client details changed</translation>
    </message>
    <message>
        <source>Client viewed</source>
        <translation>Client viewed</translation>
    </message>
    <message>
        <source>Client set inactive</source>
        <translation>Client set inactive</translation>
    </message>
    <message>
        <source>Client active again</source>
        <translation>Client active again</translation>
    </message>
    <message>
        <source>Clients imported</source>
        <translation>Clients imported</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>Case opened</translation>
    </message>
    <message>
        <source>Case changed</source>
        <translation>Case changed</translation>
    </message>
    <message>
        <source>Case viewed</source>
        <translation>Case viewed</translation>
    </message>
    <message>
        <source>Emergency access to a case</source>
        <translation>Emergency access to a case</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>Case closed</translation>
    </message>
    <message>
        <source>Case reopened</source>
        <translation>Case reopened</translation>
    </message>
    <message>
        <source>Case handed to another counsellor</source>
        <translation>Case handed to another counsellor</translation>
    </message>
    <message>
        <source>Case shared</source>
        <translation>Case shared</translation>
    </message>
    <message>
        <source>Case no longer shared</source>
        <translation>Case no longer shared</translation>
    </message>
    <message>
        <source>Appointment booked</source>
        <translation>Appointment booked</translation>
    </message>
    <message>
        <source>Appointment changed</source>
        <translation>Appointment changed</translation>
    </message>
    <message>
        <source>Appointment status</source>
        <translation>Appointment status</translation>
    </message>
    <message>
        <source>Visit record started</source>
        <translation>Visit record started</translation>
    </message>
    <message>
        <source>Visit draft saved</source>
        <translation>Visit draft saved</translation>
    </message>
    <message>
        <source>Visit draft discarded</source>
        <translation>Visit draft discarded</translation>
    </message>
    <message>
        <source>Visit record viewed</source>
        <translation>Visit record viewed</translation>
    </message>
    <message>
        <source>Visit record signed</source>
        <translation>Visit record signed</translation>
    </message>
    <message>
        <source>Addendum added</source>
        <translation>Addendum added</translation>
    </message>
    <message>
        <source>Crisis opened</source>
        <translation>Crisis opened</translation>
    </message>
    <message>
        <source>Crisis step recorded</source>
        <translation>Crisis step recorded</translation>
    </message>
    <message>
        <source>Crisis reviewed</source>
        <translation>Crisis reviewed</translation>
    </message>
    <message>
        <source>Crisis closed</source>
        <translation>Crisis closed</translation>
    </message>
    <message>
        <source>Referral recorded</source>
        <translation>Referral recorded</translation>
    </message>
    <message>
        <source>Referral feedback recorded</source>
        <translation>Referral feedback recorded</translation>
    </message>
    <message>
        <source>Referral closed</source>
        <translation>Referral closed</translation>
    </message>
    <message>
        <source>Notes of all cases searched</source>
        <translation>Notes of all cases searched</translation>
    </message>
    <message>
        <source>Demo data added</source>
        <translation>Demo data added</translation>
    </message>
    <message>
        <source>Record printed or saved</source>
        <translation>Record printed or saved</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Consent recorded</translation>
    </message>
    <message>
        <source>Signed consent form attached</source>
        <translation>Signed consent form attached</translation>
    </message>
    <message>
        <source>Signed consent form viewed</source>
        <translation>Signed consent form viewed</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Consent withdrawn</translation>
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
        <source>user name</source>
        <translation>user name</translation>
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
        <source>Practical only, e.g. “comes after PE”. No clinical content here.</source>
        <translation>Practical only, e.g. “comes after PE”. No clinical content here.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
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
        <source>No registered client matches “{text}”. Register the client on the Clients page first.</source>
        <translation>No registered client matches “{text}”. Register the client on the Clients page first.</translation>
    </message>
    <message>
        <source>✓ {name} · case no. {case_no}</source>
        <translation>✓ {name} · case no. {case_no}</translation>
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
        <source>These accounts need a new password from the supervisor: {names}</source>
        <translation>These accounts need a new password from the supervisor: {names}</translation>
    </message>
    <message>
        <source>The file was rejected, nothing was imported: {n} problem(s).</source>
        <translation>The file was rejected, nothing was imported: {n} problem(s).</translation>
    </message>
    <message>
        <source>Imported {imported} client(s); {skipped} already registered were skipped.</source>
        <translation>Imported {imported} client(s); {skipped} already registered were skipped.</translation>
    </message>
    <message>
        <source>Row {row}, {field}: {problem}</source>
        <translation>Row {row}, {field}: {problem}</translation>
    </message>
    <message>
        <source>Added {clients} clients, {cases} cases, {visits} visit records, {crises} crises, {referrals} referrals.</source>
        <translation>Added {clients} clients, {cases} cases, {visits} visit records, {crises} crises, {referrals} referrals.</translation>
    </message>
</context>
<context>
    <name>ClientDetail</name>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
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
        <source>Cancel</source>
        <translation>Cancel</translation>
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
    <name>ClientLabels</name>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>Self</translation>
    </message>
    <message>
        <source>Head teacher</source>
        <translation>Head teacher</translation>
    </message>
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
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>Case {number} · {status} · {counsellor} · opened {date}</source>
        <translation>Case {number} · {status} · {counsellor} · opened {date}</translation>
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
        <source>No client matches “{text}”.</source>
        <translation>No client matches “{text}”.</translation>
    </message>
    <message>
        <source>No clients yet. Register one, or import a student list.</source>
        <translation>No clients yet. Register one, or import a student list.</translation>
    </message>
    <message>
        <source>{count} client(s). Double-click a row to edit the registration.</source>
        <translation>{count} client(s). Double-click a row to edit the registration.</translation>
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
        <source>{imported} client(s) imported; {skipped} already registered were skipped.</source>
        <translation>{imported} client(s) imported; {skipped} already registered were skipped.</translation>
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
    <message>
        <source>Group {n}</source>
        <translation>Group {n}</translation>
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
    <name>HomePage</name>
    <message>
        <source>The records are encrypted on this computer. They lock by themselves when nobody uses the computer for a few minutes, and with the Lock button when you step away.</source>
        <translation>The records are encrypted on this computer. They lock by themselves when nobody uses the computer for a few minutes, and with the Lock button when you step away.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
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
        <source>{n} wrong password(s) were tried on your account since your last login. If that was not you, tell the supervisor.</source>
        <translation>{n} wrong password(s) were tried on your account since your last login. If that was not you, tell the supervisor.</translation>
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
        <source>{case_no} {name}: risk {risk}, {pending} step(s) open, since {since}</source>
        <translation>{case_no} {name}: risk {risk}, {pending} step(s) open, since {since}</translation>
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
        <source>To do: {unsigned} unsigned visit record(s), {others} other follow-up(s) due.</source>
        <translation>To do: {unsigned} unsigned visit record(s), {others} other follow-up(s) due.</translation>
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
        <source>The key file (counselroom.keys) is missing from the data folder. Put back the copy from a backup (counselroom.keys or counselroom.keys.previous); without it the records cannot be opened.</source>
        <translation>The key file (counselroom.keys) is missing from the data folder. Put back the copy from a backup (counselroom.keys or counselroom.keys.previous); without it the records cannot be opened.</translation>
    </message>
    <message>
        <source>The key file (counselroom.keys) is damaged. Put back the copy counselroom.keys.previous or one from a backup.</source>
        <translation>The key file (counselroom.keys) is damaged. Put back the copy counselroom.keys.previous or one from a backup.</translation>
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
        <source>Change your own password with “Change password”.</source>
        <translation>Change your own password with “Change password”.</translation>
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
        <source>“{text}” is not a time range like 9:00-12:00.</source>
        <translation>“{text}” is not a time range like 9:00-12:00.</translation>
    </message>
    <message>
        <source>In “{text}” the end is not after the start.</source>
        <translation>In “{text}” the end is not after the start.</translation>
    </message>
    <message>
        <source>{first} and {second} overlap.</source>
        <translation>{first} and {second} overlap.</translation>
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
        <source>Choose an active counsellor or the supervisor.</source>
        <translation>Choose an active counsellor or the supervisor.</translation>
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
        <source>{steps} required step(s) are not settled yet: each must be done or marked not applicable with a reason.</source>
        <translation>{steps} required step(s) are not settled yet: each must be done or marked not applicable with a reason.</translation>
    </message>
    <message>
        <source>This case has an open crisis. Close the crisis first.</source>
        <translation>This case has an open crisis. Close the crisis first.</translation>
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
        <source>The file&apos;s text encoding is neither UTF-8 nor GBK/GB18030. Save it again from Excel as “CSV UTF-8” or as .xlsx.</source>
        <translation>The file&apos;s text encoding is neither UTF-8 nor GBK/GB18030. Save it again from Excel as “CSV UTF-8” or as .xlsx.</translation>
    </message>
    <message>
        <source>The file cannot be read as an Excel workbook (.xlsx).</source>
        <translation>The file cannot be read as an Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <source>The file is too large for a student list.</source>
        <translation>The file is too large for a student list.</translation>
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
        <source>“{value}” is not a gender (男/女).</source>
        <translation>“{value}” is not a gender (男/女).</translation>
    </message>
    <message>
        <source>“{value}” is not a client type (学生/家长/教职工).</source>
        <translation>“{value}” is not a client type (学生/家长/教职工).</translation>
    </message>
    <message>
        <source>“{value}” is not a date like 2010-05-01.</source>
        <translation>“{value}” is not a date like 2010-05-01.</translation>
    </message>
    <message>
        <source>The file was rejected; nothing was imported ({count} problem(s)).</source>
        <translation>The file was rejected; nothing was imported ({count} problem(s)).</translation>
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
    <name>Printing</name>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
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
        <source>Print recovery sheet…</source>
        <translation>Print recovery sheet…</translation>
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
    <name>RecoveryDialog</name>
    <message>
        <source>CounselRoom — recovery</source>
        <translation>CounselRoom — recovery</translation>
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
        <source>48 digits in 8 groups, as printed on the recovery sheet</source>
        <translation>48 digits in 8 groups, as printed on the recovery sheet</translation>
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
        <source>Backup of the records</source>
        <translation>Backup of the records</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Recover</translation>
    </message>
    <message>
        <source>Choose a backup of the records</source>
        <translation>Choose a backup of the records</translation>
    </message>
    <message>
        <source>CounselRoom database (*.db);;All files (*)</source>
        <translation>CounselRoom database (*.db);;All files (*)</translation>
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
        <source>The PDF contains the recovery code. Save it only to a USB stick you take straight to a printer, print it, then delete the file. Never keep it on this computer.</source>
        <translation>The PDF contains the recovery code. Save it only to a USB stick you take straight to a printer, print it, then delete the file. Never keep it on this computer.</translation>
    </message>
</context>
<context>
    <name>Risk</name>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>medium</translation>
    </message>
    <message>
        <source>high</source>
        <translation>high</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Counsellor</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
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
        <source>Cancel</source>
        <translation>Cancel</translation>
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
        <source>Student lists (*.xlsx *.csv);;All files (*)</source>
        <translation>Student lists (*.xlsx *.csv);;All files (*)</translation>
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
        <source>{count} problem(s) found: nothing will be imported. Correct the file (or the column choice) and check again.</source>
        <translation>{count} problem(s) found: nothing will be imported. Correct the file (or the column choice) and check again.</translation>
    </message>
    <message>
        <source>Everyone in this list is registered already; there is nothing new to import.</source>
        <translation>Everyone in this list is registered already; there is nothing new to import.</translation>
    </message>
    <message>
        <source>Ready: {count} new client(s) will be registered.</source>
        <translation>Ready: {count} new client(s) will be registered.</translation>
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
        <source>Save settings</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <source>Save the room name, automatic lock and opening hours</source>
        <translation>Save the room name, automatic lock and opening hours</translation>
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
        <source>Make a new recovery code…</source>
        <translation>Make a new recovery code…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation>{n} minutes</translation>
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

The current recovery sheet stops working at once. You will see the new code and can print the new sheet right away; then destroy the old sheet.</source>
        <translation>Make a new recovery code?

The current recovery sheet stops working at once. You will see the new code and can print the new sheet right away; then destroy the old sheet.</translation>
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
    <name>VisitLabels</name>
    <message>
        <source>Individual</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
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
        <source>{name}  {case_no} · case {number}</source>
        <translation>{name}  {case_no} · case {number}</translation>
    </message>
    <message>
        <source>Opened {date}</source>
        <translation>Opened {date}</translation>
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
</TS>
