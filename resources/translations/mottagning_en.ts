<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_SE">
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
</TS>
