<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AccessLogModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessLogTab</name>
    <message>
        <source>All events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document a log review...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documented log reviews:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks and reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain is BROKEN at entry {seq}: that entry or one before it has been changed or removed. Contact IT and keep a copy of the database as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain is whole: {count} entries checked, none changed or missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>change your own password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage user accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the clinic&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the access log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document a log review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdministrationPage</name>
    <message>
        <source>User accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Demo accounts (user name / password):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Choose a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You logged in with a temporary password. Choose your own password to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your current password, then the new one twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read {file}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the clinic database in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic lead can now log in as {username}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RECOVERY KEY (shown only this once). Print it or write it down, and keep it locked away:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With it a clinic lead can regain access if every lead password is lost. Anyone holding it can open the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created a demo clinic with synthetic data in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo accounts (user name / password / role):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clinic database in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access log: {count} entries checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK: the database is encrypted, intact and its access log is unbroken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROBLEMS FOUND:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first broken access-log entry is number {seq}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClinicPage</name>
    <message>
        <source>The clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Mottagning. These details appear on letters and in the window; the clinic lead can change them later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClinicTab</name>
    <message>
        <source>Save the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic (printed on letters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock the window after idle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the recovery key if the paper may have been seen by someone else or is lost. The old key stops working at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the recovery key...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic&apos;s details are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window now locks after {minutes} idle minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new recovery key? The current one stops working at once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The operation could not be completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password. Check Caps Lock and the keyboard layout, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed attempts. Wait {seconds} seconds before you try again, or ask the clinic lead to reset the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is deactivated. Ask the clinic lead to reactivate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key does not match this clinic. Check each group of characters against the printed sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must be at least {minimum} characters long. A few unrelated words with spaces between them make a good password that is easy to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password may be at most {maximum} characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This password is too common or too easy to guess (for example a known password, a keyboard row or a repeated word). Choose a less predictable one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not be built from your user name, your name or the clinic&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your current password to choose a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name {username} is already in use. Choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic must keep at least one active clinic lead. Give another account that role first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role ({role}) may not do this: {action}. Ask the clinic lead if you need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {what} could not be found. It may have been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mottagning is already running on this computer with this clinic. Switch to the open window (look in the task bar).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clinic database was found in {folder}. Run the setup first, or choose the folder where the clinic&apos;s database is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clinic database already exists in {folder}. Nothing was changed. Choose an empty folder for a new clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file beside the database ({file}) is missing or damaged, so no one can unlock the clinic. Restore it from the latest backup, or contact IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged or has been tampered with. Nothing more will be written to it. Restore the latest backup and contact IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was made by a newer version of Mottagning (schema {found}; this version knows up to {supported}). Install the newer version; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is locked by another program. Close other copies of Mottagning or backup programs that may hold it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so the last change was not saved. Free some space, then save again: what you typed is still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mottagning could not read or write its files in {folder}. Check that the folder exists and that you may write there, or contact IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mottagning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong in Mottagning. What was saved before is safe. Please tell IT what you were doing; the details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end date is before the start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope and findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use 2-32 letters a-z, digits, dots, dashes or underscores, starting with a letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most 100 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between 1 and 60 minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadPage</name>
    <message>
        <source>The clinic lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first account is the clinic lead&apos;s, who then creates accounts for the staff. The password also protects the encrypted database: it cannot be recovered, only replaced with the recovery key on the next page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example maria.l</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create the clinic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogAction</name>
    <message>
        <source>Clinic created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account reactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic settings changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access log viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access log verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log review documented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database older than expected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogReviewDialog</name>
    <message>
        <source>Document a log review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was checked, for example: 10 random client records, every emergency access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was found, and what was done about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Checked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in as another user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgotten password?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in with your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} locked the window. Type your password to unlock, or log in as another user: the work in progress stays safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;password...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Mottagning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is stored encrypted (SQLCipher, AES-256) on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO: synthetic data only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in: {name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not the one last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access log in this database does not continue from the one last seen on this computer: the database file may have been replaced by an older copy. This has been recorded in the access log. Tell the clinic lead before you go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used the next time Mottagning starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Mottagning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mottagning {version}&lt;/h3&gt;&lt;p&gt;Records, calendar and outcome measures for a MIKA/KAST reception.&lt;/p&gt;&lt;p&gt;All data is stored encrypted on this computer (SQLCipher, AES-256). Every access to a record is written to a tamper-evident access log.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPasswordFields</name>
    <message>
        <source>At least {minimum} characters. Several unrelated words with spaces between them are both strong and easy to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good. Now type it again below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <source>New recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the new recovery key. The old one no longer works: destroy the old paper. Print this key now; it is shown only once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Forgotten password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgotten your password? Ask the clinic lead: they can give you a new temporary password.

If no clinic lead can log in, a clinic lead can set a new password with the recovery key printed when the clinic was set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic lead&apos;s &amp;user name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set new password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>The recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If every clinic lead&apos;s password is lost, this key is the only way back into the database. It is shown only now. Print it (or write it down carefully) and keep the paper locked away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have printed or written down the recovery key and will keep it safe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPanel</name>
    <message>
        <source>&amp;Print...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key for Mottagning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With this key a clinic lead can set a new password if no clinic lead can log in. Anyone who has it can open the clinic&apos;s database: keep the paper locked away, for example in the clinic&apos;s safe, and never store it on a computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewsModel</name>
    <message>
        <source>Documented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Counselor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic lead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up Mottagning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Things</name>
    <message>
        <source>account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clinic-lead account with that user name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example Socionom, Leg. psykolog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the temporary password to the person in person or by phone. They choose their own password at their first login.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active, temporary password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>&amp;New account...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Temporary password...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show deactivated accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;activate...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give {name} a new temporary password? Their current password stops working at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate {name}&apos;s account? They can no longer log in; everything they recorded stays, with their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The temporary password for {name} ({username}) is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give it to them in person or by phone. It is shown only now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Welcome, {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are logged in as {role}. Use the Account menu to change your password, and Ctrl+L to lock the window when you leave it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
