<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_SE">
<context>
    <name>AccessLogTab</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message numerus="yes">
        <source>%n visit(s) were booked.</source>
        <translation>
            <numerusform>%n visit was booked.</numerusform>
            <numerusform>%n visits were booked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message numerus="yes">
        <source>Booked %n visits, the first: {visit}.</source>
        <translation>
            <numerusform>Booked %n visit: {visit}.</numerusform>
            <numerusform>Booked %n visits, the first: {visit}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n visits, this one: {visit}.</source>
        <translation>
            <numerusform>Moved %n visit: {visit}.</numerusform>
            <numerusform>Moved %n visits, this one: {visit}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientRegisterPage</name>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientView</name>
    <message numerus="yes">
        <source>%n attended</source>
        <translation>
            <numerusform>%n attended</numerusform>
            <numerusform>%n attended</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no-show(s)</source>
        <translation>
            <numerusform>%n no-show</numerusform>
            <numerusform>%n no-shows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClinicTab</name>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The window now locks after %n idle minute(s).</source>
        <translation>
            <numerusform>The window now locks after %n idle minute.</numerusform>
            <numerusform>The window now locks after %n idle minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftsModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalSettingsTab</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drafts unsigned for more than %n day(s) are now flagged.</source>
        <translation>
            <numerusform>Drafts unsigned for more than %n day are now flagged.</numerusform>
            <numerusform>Drafts unsigned for more than %n days are now flagged.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogVerdict</name>
    <message numerus="yes">
        <source>The log is whole: %n entries checked, none changed or missing, every signature and key valid.</source>
        <translation>
            <numerusform>The log is whole: %n entry checked, not changed or missing, every signature and key valid.</numerusform>
            <numerusform>The log is whole: %n entries checked, none changed or missing, every signature and key valid.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Logins found %n time(s) that the newest changes were missing (see the entries 'Database older than expected').</source>
        <translation>
            <numerusform>Logins found once that the newest changes were missing (see the entries 'Database older than expected').</numerusform>
            <numerusform>Logins found %n times that the newest changes were missing (see the entries 'Database older than expected').</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutwardWorkPage</name>
    <message numerus="yes">
        <source>%n activities, %1 participants, %2 hours</source>
        <translation>
            <numerusform>%n activity, %1 participants, %2 hours</numerusform>
            <numerusform>%n activities, %1 participants, %2 hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message numerus="yes">
        <source>{name}, every %n visit(s)</source>
        <translation>
            <numerusform>{name}, every visit</numerusform>
            <numerusform>{name}, every %n visits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message numerus="yes">
        <source>%n record(s) will be purged for good:</source>
        <translation>
            <numerusform>%n record will be purged for good:</numerusform>
            <numerusform>%n records will be purged for good:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepeatFields</name>
    <message numerus="yes">
        <source> week(s)</source>
        <translation>
            <numerusform> week</numerusform>
            <numerusform> weeks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionRulesBox</name>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionTab</name>
    <message numerus="yes">
        <source>On {day}: %n record(s) due for purging</source>
        <translation>
            <numerusform>On {day}: %n record due for purging</numerusform>
            <numerusform>On {day}: %n records due for purging</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept</source>
        <translation>
            <numerusform>%n kept</numerusform>
            <numerusform>%n kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not yet due.</source>
        <translation>
            <numerusform>%n not yet due.</numerusform>
            <numerusform>%n not yet due.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) purged for good.</source>
        <translation>
            <numerusform>%n record purged for good.</numerusform>
            <numerusform>%n records purged for good.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) made before the purge still hold the purged records. Make a new backup now and then delete them?</source>
        <translation>
            <numerusform>%n backup made before the purge still holds the purged records. Make a new backup now and then delete it?</numerusform>
            <numerusform>%n backups made before the purge still hold the purged records. Make a new backup now and then delete them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A new backup was made; %n older backup(s) deleted.</source>
        <translation>
            <numerusform>A new backup was made; %n older backup deleted.</numerusform>
            <numerusform>A new backup was made; %n older backups deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeriesPreview</name>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n closed day(s) passed over</source>
        <translation>
            <numerusform>%n closed day passed over</numerusform>
            <numerusform>%n closed days passed over</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a clash</source>
        <translation>
            <numerusform>%n with a clash</numerusform>
            <numerusform>%n with a clash</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignedInUsers</name>
    <message numerus="yes">
        <source>What was recorded on this computer after that backup is not in it (%n access-log entries). The files from before the restore are kept in the data folder.</source>
        <translation>
            <numerusform>What was recorded on this computer after that backup is not in it (%n access-log entry). The files from before the restore are kept in the data folder.</numerusform>
            <numerusform>What was recorded on this computer after that backup is not in it (%n access-log entries). The files from before the restore are kept in the data folder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The clinic's keys are replaced. %n colleague(s) take the new keys at their next login; an old copy of the key file opens nothing current.</source>
        <translation>
            <numerusform>The clinic's keys are replaced. %n colleague takes the new keys at their next login; an old copy of the key file opens nothing current.</numerusform>
            <numerusform>The clinic's keys are replaced. %n colleagues take the new keys at their next login; an old copy of the key file opens nothing current.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message numerus="yes">
        <source>%n cells hidden to protect small counts.</source>
        <translation>
            <numerusform>%n cell hidden to protect small counts.</numerusform>
            <numerusform>%n cells hidden to protect small counts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A fresh count differs in %n cells:</source>
        <translation>
            <numerusform>A fresh count differs in %n cell:</numerusform>
            <numerusform>A fresh count differs in %n cells:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n conflict to resolve</numerusform>
            <numerusform>%n conflicts to resolve</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n double booking(s)</source>
        <translation>
            <numerusform>%n double booking</numerusform>
            <numerusform>%n double bookings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n made twice</source>
        <translation>
            <numerusform>%n made twice</numerusform>
            <numerusform>%n made twice</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WaitingListModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WaitingListPage</name>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the longest %n day(s)</source>
        <translation>
            <numerusform>the longest %n day</numerusform>
            <numerusform>the longest %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_MeasureRow</name>
    <message numerus="yes">
        <source>every %n visit(s)</source>
        <translation>
            <numerusform>every visit</numerusform>
            <numerusform>every %n visits</numerusform>
        </translation>
    </message>
</context>
</TS>
