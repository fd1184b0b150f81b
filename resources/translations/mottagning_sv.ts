<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Mottagning</source>
        <translation>Om Mottagning</translation>
    </message>
    <message>
        <source>Mottagning</source>
        <translation>Mottagning</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licenser</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Skattningsformulär</translation>
    </message>
    <message>
        <source>Built {date}.</source>
        <translation>Byggd {date}.</translation>
    </message>
    <message>
        <source>Run from a Python environment, not an installed build.</source>
        <translation>Körs från en Python-miljö, inte från en installerad version.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Mottagning {version}&lt;/h2&gt;&lt;p&gt;Records, calendar and outcome measures for a MIKA/KAST reception.&lt;/p&gt;&lt;p&gt;All data is stored encrypted on this computer (SQLCipher, AES-256). Every access to a record is written to a tamper-evident access log.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Mottagning {version}&lt;/h2&gt;&lt;p&gt;Journal, kalender och utfallsmått för en MIKA/KAST-mottagning.&lt;/p&gt;&lt;p&gt;Alla uppgifter lagras krypterat på den här datorn (SQLCipher, AES-256). Varje åtkomst till en journal registreras i en åtkomstlogg där ändringar inte kan göras obemärkt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Mottagning is built with free software, listed under Licences. Qt and PySide6 are used under the GNU Lesser General Public License version 3: they are shipped as unmodified shared libraries that may be replaced, and their source is available from the Qt Project (download.qt.io, code.qt.io).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Mottagning är byggt med fri programvara, som listas under Licenser. Qt och PySide6 används enligt GNU Lesser General Public License version 3: de levereras som oförändrade delade bibliotek som kan bytas ut, och deras källkod finns hos Qt-projektet (download.qt.io, code.qt.io).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The software below is shipped with Mottagning, each under its own licence.</source>
        <translation>Programvaran nedan levereras med Mottagning, var och en under sin egen licens.</translation>
    </message>
    <message>
        <source>Licence: {licence}</source>
        <translation>Licens: {licence}</translation>
    </message>
    <message>
        <source>The questionnaires belong to their authors. These are the lines their licences ask to be shown, and the Swedish forms' own.</source>
        <translation>Skattningsformulären tillhör sina upphovspersoner. Här står de rader som deras licenser ber att få visade, och de svenska formulärens egna.</translation>
    </message>
</context>
<context>
    <name>AccessLogModel</name>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Arbetsstation</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>{client} (record {id})</source>
        <translation>{client} (post-id {id})</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(okänd)</translation>
    </message>
    <message>
        <source>(unknown client)</source>
        <translation>(okänd klient)</translation>
    </message>
</context>
<context>
    <name>AccessLogTab</name>
    <message>
        <source>All events</source>
        <translation>Alla händelser</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Verify the log</source>
        <translation>&amp;Kontrollera loggen</translation>
    </message>
    <message>
        <source>Verify against an &amp;anchor...</source>
        <translation>Kontrollera mot en &amp;kontrollpunkt...</translation>
    </message>
    <message>
        <source>&amp;Document a log review...</source>
        <translation>&amp;Dokumentera en loggkontroll...</translation>
    </message>
    <message>
        <source>&amp;Print the review...</source>
        <translation>&amp;Skriv ut loggkontrollen...</translation>
    </message>
    <message>
        <source>Save its a&amp;nchor...</source>
        <translation>Spara dess kontroll&amp;punkt...</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <source>Documented log reviews:</source>
        <translation>Dokumenterade loggkontroller:</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Poster</translation>
    </message>
    <message>
        <source>Checks and reviews</source>
        <translation>Kontroller</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Alla användare</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n poster</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying the log...</source>
        <translation>Loggen kontrolleras...</translation>
    </message>
    <message>
        <source>Verifying the access log</source>
        <translation>Åtkomstloggen kontrolleras</translation>
    </message>
    <message>
        <source>Anchor saved</source>
        <translation>Kontrollpunkten är sparad</translation>
    </message>
    <message>
        <source>The anchor is saved in {file}. Keep it outside this computer; 'Verify against an anchor' compares the log with it.</source>
        <translation>Kontrollpunkten är sparad i {file}. Förvara den utanför den här datorn; ”Kontrollera mot en kontrollpunkt” jämför loggen med den.</translation>
    </message>
</context>
<context>
    <name>AccessModel</name>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Granskning</translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation>Angivet skäl</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Inte granskad</translation>
    </message>
    <message>
        <source>{time} · {name}</source>
        <translation>{time} · {name}</translation>
    </message>
</context>
<context>
    <name>AccessReviewDialog</name>
    <message>
        <source>Record extract: confidentiality review</source>
        <translation>Registerutdrag: sekretessprövning</translation>
    </message>
    <message>
        <source>Read each text before the client receives it. Take out what is about someone else (select it and choose Mask), then save. The review and every change are logged.</source>
        <translation>Läs varje text innan klienten får den. Ta bort det som gäller någon annan (markera och välj Maskera) och spara. Prövningen och varje ändring loggas.</translation>
    </message>
    <message>
        <source>&amp;Mask the selection</source>
        <translation>&amp;Maskera markeringen</translation>
    </message>
    <message>
        <source>&amp;Save the text to release</source>
        <translation>&amp;Spara texten som lämnas ut</translation>
    </message>
    <message>
        <source>As written:</source>
        <translation>Som den skrevs:</translation>
    </message>
    <message>
        <source>As the client will read it:</source>
        <translation>Som klienten får läsa den:</translation>
    </message>
    <message>
        <source>&amp;Release the extract...</source>
        <translation>&amp;Lämna ut registerutdraget...</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Tillägg</translation>
    </message>
    <message>
        <source>Treatment plan</source>
        <translation>Behandlingsplan</translation>
    </message>
    <message>
        <source>Draft (unsigned)</source>
        <translation>Utkast (osignerat)</translation>
    </message>
    <message>
        <source>masked</source>
        <translation>maskerad</translation>
    </message>
    <message>
        <source>Release the extract</source>
        <translation>Lämna ut registerutdraget</translation>
    </message>
    <message>
        <source>The extract is written as a PDF and a JSON file, which are not encrypted: give them to the client and delete them here after. After the release nothing in this review can be changed. Release now?</source>
        <translation>Registerutdraget skrivs som en PDF-fil och en JSON-fil, som inte är krypterade: lämna dem till klienten och radera dem här efteråt. Efter utlämnandet kan inget i prövningen ändras. Lämna ut nu?</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparad</translation>
    </message>
    <message>
        <source>The extract is released, but the files could not be written there.</source>
        <translation>Registerutdraget är utlämnat, men filerna kunde inte skrivas där.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>change your own password</source>
        <translation>ändra ditt eget lösenord</translation>
    </message>
    <message>
        <source>manage user accounts</source>
        <translation>hantera användarkonton</translation>
    </message>
    <message>
        <source>replace the recovery key</source>
        <translation>byta återställningsnyckeln</translation>
    </message>
    <message>
        <source>change the clinic's settings</source>
        <translation>ändra mottagningens inställningar</translation>
    </message>
    <message>
        <source>read the access log</source>
        <translation>läsa åtkomstloggen</translation>
    </message>
    <message>
        <source>document a log review</source>
        <translation>dokumentera en loggkontroll</translation>
    </message>
    <message>
        <source>verify the database</source>
        <translation>kontrollera databasen</translation>
    </message>
    <message>
        <source>see the client register</source>
        <translation>se klientregistret</translation>
    </message>
    <message>
        <source>register or change clients</source>
        <translation>registrera eller ändra klienter</translation>
    </message>
    <message>
        <source>choose a client's counselors</source>
        <translation>välja en klients behandlare</translation>
    </message>
    <message>
        <source>answer a report-of-concern consideration</source>
        <translation>besvara frågan om orosanmälan</translation>
    </message>
    <message>
        <source>see the calendar</source>
        <translation>se kalendern</translation>
    </message>
    <message>
        <source>book or change appointments</source>
        <translation>boka eller ändra besök</translation>
    </message>
    <message>
        <source>book despite a clash</source>
        <translation>boka trots krock</translation>
    </message>
    <message>
        <source>change rooms, opening hours or absences</source>
        <translation>ändra rum, öppettider eller frånvaro</translation>
    </message>
    <message>
        <source>change the waiting list</source>
        <translation>ändra väntelistan</translation>
    </message>
    <message>
        <source>count anonymous contacts</source>
        <translation>räkna anonyma kontakter</translation>
    </message>
    <message>
        <source>read journal notes and questionnaires</source>
        <translation>läsa journalanteckningar och skattningsformulär</translation>
    </message>
    <message>
        <source>write journal notes and plans</source>
        <translation>skriva journalanteckningar och behandlingsplaner</translation>
    </message>
    <message>
        <source>review emergency accesses</source>
        <translation>granska nödåtkomster</translation>
    </message>
    <message>
        <source>record questionnaires</source>
        <translation>registrera skattningsformulär</translation>
    </message>
    <message>
        <source>change the address book</source>
        <translation>ändra adressboken</translation>
    </message>
    <message>
        <source>change the list of legal grounds</source>
        <translation>ändra listan över rättsliga grunder</translation>
    </message>
    <message>
        <source>change the letter templates</source>
        <translation>ändra brevmallarna</translation>
    </message>
    <message>
        <source>read or record consents</source>
        <translation>läsa eller registrera samtycken</translation>
    </message>
    <message>
        <source>write and send referrals</source>
        <translation>skriva och skicka remisser</translation>
    </message>
    <message>
        <source>print appointment letters</source>
        <translation>skriva ut kallelser</translation>
    </message>
    <message>
        <source>review and release a record extract</source>
        <translation>pröva och lämna ut ett registerutdrag</translation>
    </message>
    <message>
        <source>compile and export the yearly numbers</source>
        <translation>ta fram och exportera årsstatistiken</translation>
    </message>
    <message>
        <source>record outward work</source>
        <translation>registrera utåtriktat arbete</translation>
    </message>
    <message>
        <source>make a backup</source>
        <translation>göra en säkerhetskopia</translation>
    </message>
    <message>
        <source>make the daily automatic backup</source>
        <translation>göra den dagliga automatiska säkerhetskopian</translation>
    </message>
    <message>
        <source>see, verify or restore backups</source>
        <translation>se, kontrollera eller återställa säkerhetskopior</translation>
    </message>
    <message>
        <source>change where backups go and how many are kept</source>
        <translation>ändra var säkerhetskopior sparas och hur många som behålls</translation>
    </message>
    <message>
        <source>connect this computer to the clinic server</source>
        <translation>ansluta den här datorn till mottagningens server</translation>
    </message>
    <message>
        <source>resolve changes made on two computers</source>
        <translation>lösa ändringar som gjorts på två datorer</translation>
    </message>
    <message>
        <source>review and purge records (gallring)</source>
        <translation>pröva och gallra journaler</translation>
    </message>
    <message>
        <source>change another's outward work</source>
        <translation>ändra någon annans utåtriktade arbete</translation>
    </message>
</context>
<context>
    <name>AddressBookTab</name>
    <message>
        <source>Receiving units</source>
        <translation>Mottagande enheter</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Används</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adress:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Secure &amp;e-mail:</source>
        <translation>Säker &amp;e-post:</translation>
    </message>
    <message>
        <source>&amp;New unit</source>
        <translation>&amp;Ny enhet</translation>
    </message>
    <message>
        <source>&amp;Save unit</source>
        <translation>&amp;Spara enheten</translation>
    </message>
    <message>
        <source>not in use</source>
        <translation>används inte</translation>
    </message>
    <message>
        <source>Legal grounds besides consent</source>
        <translation>Rättsliga grunder utöver samtycke</translation>
    </message>
    <message>
        <source>e.g. OSL 10 kap. 28 §</source>
        <translation>t.ex. OSL 10 kap. 28 §</translation>
    </message>
    <message>
        <source>Gro&amp;und:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Legal &amp;reference:</source>
        <translation>Lag&amp;rum:</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Lägg till</translation>
    </message>
    <message>
        <source>Take out of &amp;use</source>
        <translation>Sluta &amp;använda</translation>
    </message>
    <message>
        <source>Referral templates</source>
        <translation>Remissmallar</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelska</translation>
    </message>
    <message>
        <source>For &amp;recipients of type:</source>
        <translation>För &amp;mottagare av typen:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>&amp;Opening:</source>
        <translation>&amp;Inledning:</translation>
    </message>
    <message>
        <source>&amp;Closing:</source>
        <translation>&amp;Avslutning:</translation>
    </message>
    <message>
        <source>Save as a new &amp;version</source>
        <translation>Spara som ny &amp;version</translation>
    </message>
    <message>
        <source>Built-in text</source>
        <translation>Inbyggd text</translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation>Version {number}</translation>
    </message>
</context>
<context>
    <name>AdministrationDialog</name>
    <message>
        <source>Questionnaire: {name}</source>
        <translation>Skattningsformulär: {name}</translation>
    </message>
    <message>
        <source>Load the clinic's text...</source>
        <translation>Läs in mottagningens text...</translation>
    </message>
    <message>
        <source>Type the answer's number: it is entered and the next item comes up. ↑ ↓ move, ← → change, Backspace clears, Ctrl+S saves.</source>
        <translation>Skriv svarets siffra: svaret fylls i och nästa fråga visas. ↑ ↓ flyttar, ← → ändrar, Backspace rensar, Ctrl+S sparar.</translation>
    </message>
    <message>
        <source>&amp;Answered on:</source>
        <translation>&amp;Besvarat den:</translation>
    </message>
    <message>
        <source>The clinic's text for {name}</source>
        <translation>Mottagningens text för {name}</translation>
    </message>
    <message>
        <source>Questionnaire text (*.json)</source>
        <translation>Formulärtext (*.json)</translation>
    </message>
    <message>
        <source>The file {file} could not be read.</source>
        <translation>Filen {file} kunde inte läsas.</translation>
    </message>
    <message>
        <source>No item is answered yet: there is nothing to save.</source>
        <translation>Ingen fråga är besvarad ännu, så det finns inget att spara.</translation>
    </message>
    <message>
        <source>Save a form that cannot be scored?</source>
        <translation>Vill du spara ett formulär som inte kan poängsättas?</translation>
    </message>
    <message>
        <source>{count} items are unanswered, so no score can be given. Save the answers anyway (for example when the client chose not to answer)?</source>
        <translation>{count} frågor är obesvarade, så ingen poäng kan beräknas. Vill du spara svaren ändå (till exempel om klienten valde att inte svara)?</translation>
    </message>
    <message>
        <source>Saved. A draft journal note has been started for your risk assessment: complete and sign it in the journal today.</source>
        <translation>Sparat. Ett utkast till journalanteckning har påbörjats för din riskbedömning: slutför och signera det i journalen idag.</translation>
    </message>
    <message>
        <source>Close without saving?</source>
        <translation>Vill du stänga utan att spara?</translation>
    </message>
    <message>
        <source>The answers entered so far will be lost.</source>
        <translation>De svar som har fyllts i hittills går förlorade.</translation>
    </message>
</context>
<context>
    <name>AdministrationPage</name>
    <message>
        <source>User accounts</source>
        <translation>Användarkonton</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Åtkomstlogg</translation>
    </message>
    <message>
        <source>Emergency accesses</source>
        <translation>Nödåtkomster</translation>
    </message>
    <message>
        <source>Rooms, hours and absences</source>
        <translation>Rum, öppettider och frånvaro</translation>
    </message>
    <message>
        <source>Address book and letters</source>
        <translation>Adressbok och brev</translation>
    </message>
    <message>
        <source>The clinic</source>
        <translation>Mottagningen</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Gallring</translation>
    </message>
</context>
<context>
    <name>AdministrationsModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Change since the first</source>
        <translation>Förändring sedan första</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrerad av</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flaggor</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Första</translation>
    </message>
</context>
<context>
    <name>AmendmentDialog</name>
    <message>
        <source>Correct the note of {heading}</source>
        <translation>Rätta anteckningen från {heading}</translation>
    </message>
    <message>
        <source>Write the text as it should read. The original stays readable in the journal, with your name, the time and the reason.</source>
        <translation>Skriv texten så som den ska lyda. Originalet förblir läsbart i journalen, tillsammans med ditt namn, tidpunkten och skälet.</translation>
    </message>
    <message>
        <source>Addendum to the note of {heading}</source>
        <translation>Tillägg till anteckningen från {heading}</translation>
    </message>
    <message>
        <source>The addendum is shown below the note with your name and the time. The note itself does not change.</source>
        <translation>Tillägget visas under anteckningen med ditt namn och tidpunkten. Själva anteckningen ändras inte.</translation>
    </message>
    <message>
        <source>For example: wrong date of the next visit</source>
        <translation>Till exempel: fel datum för nästa besök</translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation>Spara rättelsen</translation>
    </message>
    <message>
        <source>Save the addendum</source>
        <translation>Spara tillägget</translation>
    </message>
    <message>
        <source>&amp;Reason for the correction:</source>
        <translation>&amp;Skäl till rättelsen:</translation>
    </message>
</context>
<context>
    <name>AnchorTexts</name>
    <message>
        <source>Entry {seq} of the access log, at {at}</source>
        <translation>Post {seq} i åtkomstloggen, {at}</translation>
    </message>
    <message>
        <source>Its seal: {mac}</source>
        <translation>Dess kontrollsumma: {mac}</translation>
    </message>
    <message>
        <source>The clinic's root key: {fingerprint}</source>
        <translation>Mottagningens rotnyckel: {fingerprint}</translation>
    </message>
    <message>
        <source>Database: {origin}</source>
        <translation>Databas: {origin}</translation>
    </message>
    <message>
        <source>Keep this paper, or the saved anchor file, outside the computer. Verifying the log against it later shows whether entries up to this one were changed or removed, or an older copy of the data folder was put back.</source>
        <translation>Förvara det här pappret, eller den sparade filen med kontrollpunkten, utanför datorn. När loggen senare kontrolleras mot den syns det om poster fram till den här har ändrats eller tagits bort, eller om en äldre kopia av datamappen har lagts tillbaka.</translation>
    </message>
    <message>
        <source>The log was empty: this review has no anchor.</source>
        <translation>Loggen var tom: den här loggkontrollen har ingen kontrollpunkt.</translation>
    </message>
    <message>
        <source>Mottagning anchor (*.json)</source>
        <translation>Kontrollpunkt från Mottagning (*.json)</translation>
    </message>
    <message>
        <source>Save the anchor</source>
        <translation>Spara kontrollpunkten</translation>
    </message>
    <message>
        <source>Verify against an anchor</source>
        <translation>Kontrollera mot en kontrollpunkt</translation>
    </message>
    <message>
        <source>Documented</source>
        <translation>Dokumenterad</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Kontrollerat</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Iakttagelser</translation>
    </message>
    <message>
        <source>Anchor</source>
        <translation>Kontrollpunkt</translation>
    </message>
    <message>
        <source>Access log review</source>
        <translation>Loggkontroll av åtkomstloggen</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Underskrift:</translation>
    </message>
</context>
<context>
    <name>AnswerSheet</name>
    <message>
        <source>Item {number} has no answer {value}: choose {allowed}.</source>
        <translation>Fråga {number} har inget svarsalternativ {value}: välj {allowed}.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Demo accounts (user name / password):</source>
        <translation>Demokonton (användarnamn / lösenord):</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>Visit</source>
        <translation>Besök</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Tid:</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Klient:</translation>
    </message>
    <message>
        <source>Counselors:</source>
        <translation>Behandlare:</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>Rum:</translation>
    </message>
    <message>
        <source>Contact form:</source>
        <translation>Kontaktform:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Reception note:</source>
        <translation>Receptionsnotering:</translation>
    </message>
    <message>
        <source>Series:</source>
        <translation>Serie:</translation>
    </message>
    <message>
        <source>Booked despite a clash:</source>
        <translation>Bokat trots krock:</translation>
    </message>
    <message>
        <source>Booked by:</source>
        <translation>Bokat av:</translation>
    </message>
    <message>
        <source>&amp;Arrived</source>
        <translation>&amp;Ankommen</translation>
    </message>
    <message>
        <source>A&amp;ttended</source>
        <translation>&amp;Genomfört</translation>
    </message>
    <message>
        <source>&amp;No-show</source>
        <translation>&amp;Uteblivet besök</translation>
    </message>
    <message>
        <source>Back to &amp;booked</source>
        <translation>Tillbaka till &amp;bokat</translation>
    </message>
    <message>
        <source>C&amp;hange...</source>
        <translation>&amp;Ändra...</translation>
    </message>
    <message>
        <source>&amp;Cancel the visit...</source>
        <translation>A&amp;vboka besöket...</translation>
    </message>
    <message>
        <source>&amp;Letter...</source>
        <translation>&amp;Kallelse...</translation>
    </message>
    <message>
        <source>An appointment letter (kallelse) for the client</source>
        <translation>En kallelse till klienten</translation>
    </message>
    <message>
        <source>No single client</source>
        <translation>Ingen enskild klient</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>Inget rum</translation>
    </message>
    <message>
        <source>{note} (not part of the journal)</source>
        <translation>{note} (ingår inte i journalen)</translation>
    </message>
    <message>
        <source>Part of a recurring series</source>
        <translation>Ingår i en återkommande serie</translation>
    </message>
    <message>
        <source>Visit {when}</source>
        <translation>Besök {when}</translation>
    </message>
    <message>
        <source>The visit has not begun yet.</source>
        <translation>Besöket har inte börjat än.</translation>
    </message>
</context>
<context>
    <name>AppointmentLetterDialog</name>
    <message>
        <source>Appointment letter</source>
        <translation>Kallelse</translation>
    </message>
    <message>
        <source>&amp;Hand over at a visit (no address)</source>
        <translation>&amp;Lämnas över vid ett besök (ingen adress)</translation>
    </message>
    <message>
        <source>&amp;Post to the client's home address</source>
        <translation>&amp;Skickas till klientens hemadress</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelska</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>Skriv &amp;ut...</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <source>Today</source>
        <translation>Idag</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klienter</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Väntelista</translation>
    </message>
    <message>
        <source>Outward work</source>
        <translation>Utåtriktat arbete</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
</context>
<context>
    <name>BackupStatus</name>
    <message>
        <source>Backup folder not reachable: {folder}</source>
        <translation>Mappen för säkerhetskopior går inte att nå: {folder}</translation>
    </message>
    <message>
        <source>No backup has been made yet</source>
        <translation>Ingen säkerhetskopia har gjorts än</translation>
    </message>
    <message>
        <source>The last backup is old: {when}</source>
        <translation>Senaste säkerhetskopian är gammal: {when}</translation>
    </message>
    <message>
        <source>Backed up {when}</source>
        <translation>Säkerhetskopierad {when}</translation>
    </message>
    <message>
        <source>Backing up %p%</source>
        <translation>Säkerhetskopierar %p%</translation>
    </message>
    <message>
        <source>The backup failed</source>
        <translation>Säkerhetskopieringen misslyckades</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Säkerhetskopierar</translation>
    </message>
    <message>
        <source>Making a backup before closing...</source>
        <translation>Gör en säkerhetskopia innan programmet stängs …</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>Made</source>
        <translation>Gjord</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konton</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Slag</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Mapp</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisk</translation>
    </message>
    <message>
        <source>On demand</source>
        <translation>Manuell</translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <source>The data folder's backups folder</source>
        <translation>Datamappens mapp för säkerhetskopior</translation>
    </message>
    <message>
        <source>None (a network share or a USB disk)</source>
        <translation>Ingen (en nätverksmapp eller ett USB-minne)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n vecka</numerusform>
            <numerusform>%n veckor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n månad</numerusform>
            <numerusform>%n månader</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n timme</numerusform>
            <numerusform>%n timmar</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save backup settings</source>
        <translation>&amp;Spara inställningarna för säkerhetskopior</translation>
    </message>
    <message>
        <source>Where backups go, and how many are kept</source>
        <translation>Var säkerhetskopiorna sparas och hur många som behålls</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Mapp:</translation>
    </message>
    <message>
        <source>Second &amp;destination:</source>
        <translation>Andra &amp;plats:</translation>
    </message>
    <message>
        <source>&amp;Keep the newest of each of the last:</source>
        <translation>&amp;Behåll den nyaste från var och en av de senaste:</translation>
    </message>
    <message>
        <source>&amp;Warn when the newest is older than:</source>
        <translation>&amp;Varna när den senaste är äldre än:</translation>
    </message>
    <message>
        <source>A backup is made automatically once a day at the first sign-in and when Mottagning closes, if something was recorded. A folder on this computer's own disk does not help if the disk dies: choose a second destination.</source>
        <translation>En säkerhetskopia görs automatiskt en gång om dagen vid första inloggningen och när Mottagning stängs, om något har registrerats. En mapp på datorns egen disk hjälper inte om disken går sönder: välj en andra plats.</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Säkerhetskopiera &amp;nu</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Kontrollera</translation>
    </message>
    <message>
        <source>&amp;Restore...</source>
        <translation>&amp;Återställ …</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Välj …</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Välj en mapp</translation>
    </message>
    <message>
        <source>Backup settings saved.</source>
        <translation>Inställningarna för säkerhetskopior är sparade.</translation>
    </message>
    <message>
        <source>Backing up... (the progress is in the status bar)</source>
        <translation>Säkerhetskopierar … (förloppet syns i statusfältet)</translation>
    </message>
    <message>
        <source>Checking the backup...</source>
        <translation>Kontrollerar säkerhetskopian …</translation>
    </message>
    <message>
        <source>Backup checked</source>
        <translation>Säkerhetskopian är kontrollerad</translation>
    </message>
    <message>
        <source>The backup of {made} is whole and opens with the clinic's key.</source>
        <translation>Säkerhetskopian från {made} är hel och öppnas med mottagningens nyckel.</translation>
    </message>
    <message>
        <source>Backup damaged</source>
        <translation>Säkerhetskopian är skadad</translation>
    </message>
    <message>
        <source>The backup of {made} is damaged: do not rely on it.</source>
        <translation>Säkerhetskopian från {made} är skadad: lita inte på den.</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>Change the visit</source>
        <translation>Ändra besöket</translation>
    </message>
    <message>
        <source>Book the first visit</source>
        <translation>Boka första besöket</translation>
    </message>
    <message>
        <source>Book a visit</source>
        <translation>Boka besök</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Klient:</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>Inget rum</translation>
    </message>
    <message>
        <source>Next &amp;free time</source>
        <translation>Nästa &amp;lediga tid</translation>
    </message>
    <message>
        <source>The first time from the chosen date when the counselors (and the room) are free for this long, within opening hours.</source>
        <translation>Den första tiden från valt datum då behandlarna (och rummet) är lediga så här länge, inom öppettiderna.</translation>
    </message>
    <message>
        <source>with &amp;any counselor</source>
        <translation>med &amp;valfri behandlare</translation>
    </message>
    <message>
        <source>Look for the first counselor who is free, and choose them.</source>
        <translation>Sök den första lediga tiden hos någon av behandlarna och välj den behandlaren.</translation>
    </message>
    <message>
        <source>For example: needs an interpreter (Arabic)</source>
        <translation>Till exempel: behöver tolk (arabiska)</translation>
    </message>
    <message>
        <source>Reason to book anyway (kept with the visit and in the access log)</source>
        <translation>Skäl att boka ändå (sparas med besöket och i åtkomstloggen)</translation>
    </message>
    <message>
        <source>C&amp;ounselors:</source>
        <translation>Be&amp;handlare:</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Rum:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Tid:</translation>
    </message>
    <message>
        <source>Contact &amp;form:</source>
        <translation>Kontakt&amp;form:</translation>
    </message>
    <message>
        <source>R&amp;epeat:</source>
        <translation>&amp;Upprepa:</translation>
    </message>
    <message>
        <source>Series:</source>
        <translation>Serie:</translation>
    </message>
    <message>
        <source>Part of a recurring series</source>
        <translation>Ingår i en återkommande serie</translation>
    </message>
    <message>
        <source>Reception &amp;note:</source>
        <translation>Receptions&amp;notering:</translation>
    </message>
    <message>
        <source>Seen by the reception and the counselors. Not part of the journal: write nothing sensitive here.</source>
        <translation>Syns för receptionen och behandlarna. Ingår inte i journalen: skriv inget känsligt här.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Boka</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>ends before it starts</source>
        <translation>slutar innan det börjar</translation>
    </message>
    <message>
        <source>&amp;Client (optional):</source>
        <translation>&amp;Klient (valfritt):</translation>
    </message>
    <message>
        <source>Choose a counselor first, then look for a free time.</source>
        <translation>Välj först en behandlare och sök sedan en ledig tid.</translation>
    </message>
    <message>
        <source>No free time within four months for the chosen counselors and room. Choose another room or counselor.</source>
        <translation>Det finns ingen ledig tid inom fyra månader för valda behandlare och rum. Välj ett annat rum eller en annan behandlare.</translation>
    </message>
    <message>
        <source>Next free time: {date}, {time}.</source>
        <translation>Nästa lediga tid: {date} kl. {time}.</translation>
    </message>
    <message>
        <source>Next free time: {date}, {time}, with {name}.</source>
        <translation>Nästa lediga tid: {date} kl. {time}, hos {name}.</translation>
    </message>
    <message>
        <source>This visit is part of a series. Change only this visit, or the others as well?</source>
        <translation>Besöket ingår i en serie. Vill du ändra bara det här besöket, eller även de andra?</translation>
    </message>
    <message>
        <source>Choose the client from the list: type part of the alias or name, then pick the client with the arrow keys and Enter.</source>
        <translation>Välj klienten i listan: skriv en del av aliaset eller namnet och välj sedan klienten med piltangenterna och Enter.</translation>
    </message>
    <message>
        <source>Give a reason to book anyway, or change the time.</source>
        <translation>Ange ett skäl för att boka ändå, eller ändra tiden.</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) were booked.</source>
        <translation>
            <numerusform>%n besök bokades.</numerusform>
            <numerusform>%n besök bokades.</numerusform>
        </translation>
    </message>
    <message>
        <source>Or give a reason and book anyway.</source>
        <translation>Eller ange ett skäl och boka ändå.</translation>
    </message>
    <message>
        <source>&amp;Book anyway</source>
        <translation>Boka &amp;ändå</translation>
    </message>
    <message>
        <source>Series booked</source>
        <translation>Serien är bokad</translation>
    </message>
    <message>
        <source>The clinic is closed on these days, so they were skipped: {days}</source>
        <translation>Mottagningen är stängd de här dagarna, så de hoppades över: {days}</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Booked visit</source>
        <translation>Bokat besök</translation>
    </message>
    <message>
        <source>Drop-in</source>
        <translation>Drop-in</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Uppsökande</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Konsultation</translation>
    </message>
    <message>
        <source>E-mail or chat</source>
        <translation>E-post eller chatt</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Bokat</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Ankommen</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Genomfört</translation>
    </message>
    <message>
        <source>Cancelled by client</source>
        <translation>Avbokat av klient</translation>
    </message>
    <message>
        <source>Cancelled by the clinic</source>
        <translation>Avbokat av mottagningen</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Uteblivet besök</translation>
    </message>
    <message>
        <source>W{number}</source>
        <translation>v.{number}</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Stängt</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Idag</translation>
    </message>
    <message>
        <source>Click to see this day.</source>
        <translation>Klicka för att visa dagen.</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Frånvarande</translation>
    </message>
    <message>
        <source>Mottagning</source>
        <translation>Mottagning</translation>
    </message>
    <message>
        <source>{first_day} {first_month} {first_year} – {day} {month} {year}</source>
        <translation>{first_day} {first_month} {first_year} – {day} {month} {year}</translation>
    </message>
    <message>
        <source>{first_day} {first_month} – {day} {month} {year}</source>
        <translation>{first_day} {first_month} – {day} {month} {year}</translation>
    </message>
    <message>
        <source>{first_day}–{day} {month} {year}</source>
        <translation>{first_day}–{day} {month} {year}</translation>
    </message>
    <message>
        <source>Week {number} · {span}</source>
        <translation>Vecka {number} · {span}</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <source>{weekday} {day} {month} {year}</source>
        <translation>{weekday} {day} {month} {year}</translation>
    </message>
    <message>
        <source>{date} · Week {number}</source>
        <translation>{date} · vecka {number}</translation>
    </message>
    <message>
        <source>{visit} is part of a series. Move only this visit, or the others at the same time as well?</source>
        <translation>{visit} ingår i en serie. Vill du flytta bara det här besöket, eller samtidigt även de andra?</translation>
    </message>
    <message>
        <source>{visit} is part of a series. Cancel only this visit, or the following ones too?</source>
        <translation>{visit} ingår i en serie. Vill du avboka bara det här besöket, eller även de följande?</translation>
    </message>
    <message>
        <source>Cancel the visit {visit}?</source>
        <translation>Vill du avboka besöket {visit}?</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>The clinic has no counselors yet. When the clinic lead has created their accounts (Administration, User accounts), their calendars show here.</source>
        <translation>Mottagningen har inga behandlare ännu. När enhetschefen har lagt upp deras konton (Administration, Användarkonton) visas deras kalendrar här.</translation>
    </message>
    <message>
        <source>Booked: {visit}.</source>
        <translation>Bokat: {visit}.</translation>
    </message>
    <message numerus="yes">
        <source>Booked %n visits, the first: {visit}.</source>
        <translation>
            <numerusform>Bokat %n besök: {visit}.</numerusform>
            <numerusform>Bokat %n besök, det första: {visit}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Moved: {visit}.</source>
        <translation>Flyttat: {visit}.</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n visits, this one: {visit}.</source>
        <translation>
            <numerusform>Flyttat %n besök: {visit}.</numerusform>
            <numerusform>Flyttat %n besök, bland dem {visit}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ctrl+Z puts it back.</source>
        <translation>Ctrl+Z flyttar tillbaka.</translation>
    </message>
    <message>
        <source>Move undone: {visit}.</source>
        <translation>Flytten är ångrad: {visit}.</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Öppna...</translation>
    </message>
    <message>
        <source>&amp;Arrived</source>
        <translation>&amp;Ankommen</translation>
    </message>
    <message>
        <source>A&amp;ttended</source>
        <translation>&amp;Genomfört</translation>
    </message>
    <message>
        <source>&amp;No-show</source>
        <translation>&amp;Uteblivet besök</translation>
    </message>
    <message>
        <source>Cancelled by the &amp;client</source>
        <translation>Avbokat av &amp;klient</translation>
    </message>
    <message>
        <source>Cancelled by the c&amp;linic</source>
        <translation>Avbokat av &amp;mottagningen</translation>
    </message>
    <message>
        <source>Back to &amp;booked</source>
        <translation>Tillbaka till &amp;bokat</translation>
    </message>
    <message>
        <source>&amp;Book a visit here...</source>
        <translation>&amp;Boka besök här...</translation>
    </message>
</context>
<context>
    <name>CalendarSettingsTab</name>
    <message>
        <source>Rooms</source>
        <translation>Rum</translation>
    </message>
    <message>
        <source>&amp;Add a room...</source>
        <translation>&amp;Lägg till rum...</translation>
    </message>
    <message>
        <source>Re&amp;name...</source>
        <translation>&amp;Byt namn...</translation>
    </message>
    <message>
        <source>Untick a room that is no longer in use: its history stays.</source>
        <translation>Avmarkera ett rum som inte längre används. Rummets historik finns kvar.</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Rum</translation>
    </message>
    <message>
        <source>The room's name:</source>
        <translation>Rummets namn:</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Öppettider</translation>
    </message>
    <message>
        <source>Save the opening hours</source>
        <translation>Spara öppettiderna</translation>
    </message>
    <message>
        <source>Swedish public holidays and Midsummer, Christmas and New Year's Eve are closed automatically; recurring visits skip them.</source>
        <translation>Mottagningen är automatiskt stängd på helgdagar samt midsommarafton, julafton och nyårsafton. Återkommande besök hoppar över dem.</translation>
    </message>
    <message>
        <source>Days with other hours</source>
        <translation>Dagar med avvikande öppettider</translation>
    </message>
    <message>
        <source>Closed all day</source>
        <translation>Stängt hela dagen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>{day}: closed</source>
        <translation>{day}: stängt</translation>
    </message>
    <message>
        <source>Absences</source>
        <translation>Frånvaro</translation>
    </message>
    <message>
        <source>e.g. Holiday, Course</source>
        <translation>t.ex. Semester, Kurs</translation>
    </message>
    <message>
        <source>Add the absence</source>
        <translation>Lägg till frånvaron</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Vem:</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Dagar:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Orsak:</translation>
    </message>
    <message>
        <source>Remove the absence</source>
        <translation>Ta bort frånvaro</translation>
    </message>
    <message>
        <source>Remove this absence?</source>
        <translation>Vill du ta bort den här frånvaron?</translation>
    </message>
</context>
<context>
    <name>CalendarToolbar</name>
    <message>
        <source>Today</source>
        <translation>Idag</translation>
    </message>
    <message>
        <source>Go to today (T)</source>
        <translation>Gå till idag (T)</translation>
    </message>
    <message>
        <source>Previous (Page Up, Alt+Left)</source>
        <translation>Föregående (Page Up, Alt+Vänsterpil)</translation>
    </message>
    <message>
        <source>Next (Page Down, Alt+Right)</source>
        <translation>Nästa (Page Down, Alt+Högerpil)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>One day (D)</source>
        <translation>En dag (D)</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Vecka</translation>
    </message>
    <message>
        <source>The whole week, Monday first (W)</source>
        <translation>Hela veckan, med måndag först (W)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>The whole month, with week numbers (M)</source>
        <translation>Hela månaden, med veckonummer (M)</translation>
    </message>
    <message>
        <source>Whose calendar to show</source>
        <translation>Vems kalender som visas</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Visa:</translation>
    </message>
    <message>
        <source>&amp;Book a visit...</source>
        <translation>&amp;Boka besök...</translation>
    </message>
    <message>
        <source>Book a visit at the selected time (Ctrl+N)</source>
        <translation>Boka ett besök på den valda tiden (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>Skriv &amp;ut</translation>
    </message>
    <message>
        <source>The schedule shown, on paper</source>
        <translation>Schemat som visas, på papper</translation>
    </message>
    <message>
        <source>With clients' aliases</source>
        <translation>Med klienternas alias</translation>
    </message>
    <message>
        <source>With clients' initials</source>
        <translation>Med klienternas initialer</translation>
    </message>
    <message>
        <source>The whole clinic</source>
        <translation>Hela mottagningen</translation>
    </message>
    <message>
        <source>{name} (me)</source>
        <translation>{name} (jag)</translation>
    </message>
</context>
<context>
    <name>CancelQuestion</name>
    <message>
        <source>Cancel the visit</source>
        <translation>Avboka besöket</translation>
    </message>
    <message>
        <source>The time becomes free to book. The visit stays in the calendar, faded.</source>
        <translation>Tiden blir ledig att boka. Besöket finns kvar i kalendern, nedtonat.</translation>
    </message>
    <message>
        <source>Cancelled by the &amp;client</source>
        <translation>Avbokat av &amp;klient</translation>
    </message>
    <message>
        <source>Cancelled by the c&amp;linic</source>
        <translation>Avbokat av &amp;mottagningen</translation>
    </message>
    <message>
        <source>&amp;Keep the visit</source>
        <translation>&amp;Behåll besöket</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Choose a new password</source>
        <translation>Välj ett nytt lösenord</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Byt lösenord</translation>
    </message>
    <message>
        <source>You logged in with a temporary password. Choose your own password to go on.</source>
        <translation>Du loggade in med ett tillfälligt lösenord. Välj ett eget lösenord för att fortsätta.</translation>
    </message>
    <message>
        <source>Type your current password, then the new one twice.</source>
        <translation>Skriv ditt nuvarande lösenord och sedan det nya två gånger.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Nuvarande lösenord:</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Password: </source>
        <translation>Lösenord: </translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>Upprepa lösenordet: </translation>
    </message>
    <message>
        <source>Could not read {file}: {reason}</source>
        <translation>Kunde inte läsa {file}: {reason}</translation>
    </message>
    <message>
        <source>Created the clinic database in {folder}.</source>
        <translation>Mottagningens databas har skapats i {folder}.</translation>
    </message>
    <message>
        <source>The clinic lead can now log in as {username}.</source>
        <translation>Enhetschefen kan nu logga in som {username}.</translation>
    </message>
    <message>
        <source>RECOVERY KEY (shown only this once). Print it or write it down, and keep it locked away:</source>
        <translation>ÅTERSTÄLLNINGSNYCKEL (visas bara den här gången). Skriv ut den eller skriv ner den, och förvara den inlåst:</translation>
    </message>
    <message>
        <source>The clinic's root key has the fingerprint below. Write it on the same paper: comparing it later shows that no one has replaced the keys that vouch for the access log.</source>
        <translation>Mottagningens rotnyckel har fingeravtrycket nedan. Skriv det på samma papper: en senare jämförelse visar att ingen har bytt ut nycklarna som går i god för åtkomstloggen.</translation>
    </message>
    <message>
        <source>With it a clinic lead can regain access if every lead password is lost. Anyone holding it can open the database.</source>
        <translation>Med nyckeln kan en enhetschef komma åt databasen igen om alla enhetschefers lösenord har gått förlorade. Den som har nyckeln kan öppna databasen.</translation>
    </message>
    <message>
        <source>Created a demo clinic with synthetic data in {folder}.</source>
        <translation>En demomottagning med fiktiva uppgifter har skapats i {folder}.</translation>
    </message>
    <message>
        <source>Demo accounts (user name / password / role):</source>
        <translation>Demokonton (användarnamn / lösenord / roll):</translation>
    </message>
    <message>
        <source>No clinic database in {folder}.</source>
        <translation>Det finns ingen mottagningsdatabas i {folder}.</translation>
    </message>
    <message>
        <source>{file} is not an anchor file.</source>
        <translation>{file} är ingen ankarfil.</translation>
    </message>
    <message>
        <source>Schema version: {version}</source>
        <translation>Schemaversion: {version}</translation>
    </message>
    <message>
        <source>Access log: {count} entries checked</source>
        <translation>Kontrollerade poster i åtkomstloggen: {count}</translation>
    </message>
    <message>
        <source>Note: {text}</source>
        <translation>Obs: {text}</translation>
    </message>
    <message>
        <source>OK: the database is encrypted, intact and its access log is unbroken.</source>
        <translation>OK: databasen är krypterad och oskadd, och åtkomstloggen är obruten.</translation>
    </message>
    <message>
        <source>PROBLEMS FOUND:</source>
        <translation>PROBLEM HITTADES:</translation>
    </message>
    <message>
        <source>The first broken access-log entry is number {seq}.</source>
        <translation>Kedjan i åtkomstloggen är bruten från och med post nummer {seq}.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEL</translation>
    </message>
    <message>
        <source>This installation is incomplete: {parts}.</source>
        <translation>Den här installationen är ofullständig: {parts}.</translation>
    </message>
    <message>
        <source>Everything this installation needs is in place.</source>
        <translation>Allt som den här installationen behöver finns på plats.</translation>
    </message>
    <message>
        <source>Froze the final report of {year} and wrote {file}.</source>
        <translation>Slutrapporten för {year} är låst och skriven till {file}.</translation>
    </message>
    <message>
        <source>Wrote the final report of {year}, as it was frozen, to {file}.</source>
        <translation>Slutrapporten för {year}, som den låstes, är skriven till {file}.</translation>
    </message>
    <message>
        <source>Wrote the preliminary report of {year} to {file}.</source>
        <translation>Den preliminära rapporten för {year} är skriven till {file}.</translation>
    </message>
    <message>
        <source>Note: {count} small counts could not be protected by hiding more cells; merge categories (see the report's note on small counts).</source>
        <translation>Obs: {count} små antal gick inte att skydda genom att dölja fler celler; slå ihop kategorier (se rapportens avsnitt om små antal).</translation>
    </message>
    <message>
        <source>Backup made and verified: {folder}</source>
        <translation>Säkerhetskopia gjord och kontrollerad: {folder}</translation>
    </message>
    <message>
        <source>Older backups removed by the rotation: {count}</source>
        <translation>Äldre säkerhetskopior borttagna enligt regeln för hur många som sparas: {count}</translation>
    </message>
    <message>
        <source>No backups in {folder}.</source>
        <translation>Inga säkerhetskopior i {folder}.</translation>
    </message>
    <message>
        <source>{time}  {size}  {users} accounts  schema {schema}  {name}</source>
        <translation>{time}  {size}  {users} konton  schema {schema}  {name}</translation>
    </message>
    <message>
        <source>OK: the backup {name} is whole, opens with the key and matches its manifest and anchor.</source>
        <translation>OK: säkerhetskopian {name} är hel, öppnas med nyckeln och stämmer med sin förteckning och sitt ankare.</translation>
    </message>
    <message>
        <source>Restored {name} into {folder}.</source>
        <translation>Återställde {name} till {folder}.</translation>
    </message>
    <message>
        <source>The files it replaced are kept in {folder}.</source>
        <translation>Filerna som ersattes finns kvar i {folder}.</translation>
    </message>
    <message>
        <source>The clinic server is ready. Give each workstation a database role of its own in the role {role}.</source>
        <translation>Mottagningens server är klar. Ge varje arbetsstation en egen databasroll i rollen {role}.</translation>
    </message>
    <message>
        <source>removed {time}</source>
        <translation>borttagen {time}</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>Device {device} is removed.</source>
        <translation>Enheten {device} är borttagen.</translation>
    </message>
    <message>
        <source>No device {device} on this server.</source>
        <translation>Det finns ingen enhet {device} på den här servern.</translation>
    </message>
    <message>
        <source>The server refused: {reason}</source>
        <translation>Servern vägrade: {reason}</translation>
    </message>
    <message>
        <source>Connected to the clinic server, and synced.</source>
        <translation>Ansluten till mottagningens server och synkroniserad.</translation>
    </message>
    <message>
        <source>The new workstation's folder is {folder}. Move it to that computer, then connect it with its own connection string.</source>
        <translation>Den nya arbetsstationens mapp är {folder}. Flytta den till den datorn och anslut den sedan med dess egen anslutningssträng.</translation>
    </message>
    <message>
        <source>Synced: {pushed} sent, {applied} received.</source>
        <translation>Synkroniserad: {pushed} skickade, {applied} mottagna.</translation>
    </message>
    <message>
        <source>A purge cannot be undone: add --yes to confirm it.</source>
        <translation>En gallring kan inte ångras: lägg till --yes för att bekräfta den.</translation>
    </message>
    <message>
        <source>Due: {due}. Kept: {kept}. Not yet due: {later}.</source>
        <translation>Ska gallras: {due}. Bevaras: {kept}. Inte aktuella än: {later}.</translation>
    </message>
    <message>
        <source>Purged: {count} records.</source>
        <translation>Gallrade: {count} journaler.</translation>
    </message>
    <message>
        <source>Backups made before now still hold them until they rotate out.</source>
        <translation>Säkerhetskopior gjorda före nu innehåller dem tills de roteras bort.</translation>
    </message>
    <message>
        <source>The second person's password: </source>
        <translation>Den andra personens lösenord: </translation>
    </message>
</context>
<context>
    <name>ClientFormDialog</name>
    <message>
        <source>Register a client</source>
        <translation>Registrera klient</translation>
    </message>
    <message>
        <source>Change client</source>
        <translation>Ändra klient</translation>
    </message>
    <message>
        <source>The client</source>
        <translation>Klienten</translation>
    </message>
    <message>
        <source>An alias or a code; shown everywhere</source>
        <translation>Ett alias eller en kod, som visas överallt</translation>
    </message>
    <message>
        <source>The administrator or the clinic lead chooses a client's counselors.</source>
        <translation>Administratören eller enhetschefen väljer en klients behandlare.</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Okänt</translation>
    </message>
    <message>
        <source>&amp;Alias or code:</source>
        <translation>&amp;Alias eller kod:</translation>
    </message>
    <message>
        <source>&amp;Strand:</source>
        <translation>&amp;Inriktning:</translation>
    </message>
    <message>
        <source>Target groups:</source>
        <translation>Målgrupper:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>Reason for closing:</source>
        <translation>Skäl till avslut:</translation>
    </message>
    <message>
        <source>Cou&amp;nselors:</source>
        <translation>&amp;Behandlare:</translation>
    </message>
    <message>
        <source>&amp;First contact:</source>
        <translation>&amp;Första kontakt:</translation>
    </message>
    <message>
        <source>&amp;Referred by:</source>
        <translation>Kontakt&amp;väg:</translation>
    </message>
    <message>
        <source>Identity (optional)</source>
        <translation>Identitet (valfritt)</translation>
    </message>
    <message>
        <source>No identity recorded (by decision)</source>
        <translation>Ingen identitet registreras (enligt beslut)</translation>
    </message>
    <message>
        <source>The committee's decision, e.g. SN 2025-12 § 4</source>
        <translation>Nämndens beslut, t.ex. SN 2025-12 § 4</translation>
    </message>
    <message>
        <source>e.g. 19850312-1234</source>
        <translation>t.ex. 19850312-1234</translation>
    </message>
    <message>
        <source>Language, if an interpreter is needed</source>
        <translation>Språk, om tolk behövs</translation>
    </message>
    <message>
        <source>or age:</source>
        <translation>eller ålder:</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Beslut:</translation>
    </message>
    <message>
        <source>First na&amp;me:</source>
        <translation>Förna&amp;mn:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Efternamn:</translation>
    </message>
    <message>
        <source>&amp;Identity number:</source>
        <translation>Identitets&amp;nummer:</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Kön:</translation>
    </message>
    <message>
        <source>Birth &amp;year:</source>
        <translation>Födelse&amp;år:</translation>
    </message>
    <message>
        <source>Home &amp;municipality:</source>
        <translation>&amp;Hemkommun:</translation>
    </message>
    <message>
        <source>In&amp;terpreter:</source>
        <translation>T&amp;olk:</translation>
    </message>
    <message>
        <source>Contact and safe-contact rules</source>
        <translation>Kontakt och regler för säker kontakt</translation>
    </message>
    <message>
        <source>We may phone</source>
        <translation>Vi får ringa</translation>
    </message>
    <message>
        <source>We may leave a voicemail</source>
        <translation>Vi får lämna röstmeddelande</translation>
    </message>
    <message>
        <source>We may send letters home</source>
        <translation>Vi får skicka brev hem</translation>
    </message>
    <message>
        <source>We may use the clinic's name</source>
        <translation>Vi får använda mottagningens namn</translation>
    </message>
    <message>
        <source>Protected identity (skyddade personuppgifter)</source>
        <translation>Skyddade personuppgifter</translation>
    </message>
    <message>
        <source>Agree on these with the client. Until then nothing is allowed: a letter or a voicemail can put someone in danger.</source>
        <translation>Kom överens med klienten om detta. Till dess är inget tillåtet: ett brev eller ett röstmeddelande kan utsätta någon för fara.</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;post:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dress:</translation>
    </message>
    <message>
        <source>Rules:</source>
        <translation>Regler:</translation>
    </message>
    <message>
        <source>Valid: {number}</source>
        <translation>Giltigt: {number}</translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Identity number</source>
        <translation>Identitetsnummer</translation>
    </message>
    <message>
        <source>Strand</source>
        <translation>Inriktning</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation>Behandlare</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Första kontakt</translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <source>Alias, name, identity number or phone</source>
        <translation>Alias, namn, identitetsnummer eller telefon</translation>
    </message>
    <message>
        <source>No client found.</source>
        <translation>Ingen klient hittades.</translation>
    </message>
</context>
<context>
    <name>ClientRegisterPage</name>
    <message>
        <source>Search: alias, name, identity number or phone (Ctrl+K)</source>
        <translation>Sök: alias, namn, identitetsnummer eller telefon (Ctrl+K)</translation>
    </message>
    <message>
        <source>Waiting and active</source>
        <translation>Väntande och aktiva</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Väntande</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiva</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutade</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>My clients</source>
        <translation>Mina klienter</translation>
    </message>
    <message>
        <source>&amp;New client...</source>
        <translation>&amp;Ny klient...</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n klient</numerusform>
            <numerusform>%n klienter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientView</name>
    <message>
        <source>← Register</source>
        <translation>← Klientregistret</translation>
    </message>
    <message>
        <source>&amp;Change...</source>
        <translation>Än&amp;dra...</translation>
    </message>
    <message>
        <source>&amp;Book a visit...</source>
        <translation>&amp;Boka besök...</translation>
    </message>
    <message>
        <source>&amp;Waiting list...</source>
        <translation>&amp;Väntelista...</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besök</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Skattningar</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Identity and concerns</source>
        <translation>Identitet och orosanmälan</translation>
    </message>
    <message>
        <source>Counselor: {names}</source>
        <translation>Behandlare: {names}</translation>
    </message>
    <message>
        <source>may phone</source>
        <translation>får ringas</translation>
    </message>
    <message>
        <source>do not phone</source>
        <translation>ring inte</translation>
    </message>
    <message>
        <source>voicemail ok</source>
        <translation>röstmeddelande ok</translation>
    </message>
    <message>
        <source>no voicemail</source>
        <translation>inga röstmeddelanden</translation>
    </message>
    <message>
        <source>letters ok</source>
        <translation>brev ok</translation>
    </message>
    <message>
        <source>no letters</source>
        <translation>inga brev</translation>
    </message>
    <message>
        <source>clinic name ok</source>
        <translation>mottagningens namn ok</translation>
    </message>
    <message>
        <source>never say the clinic's name</source>
        <translation>nämn aldrig mottagningens namn</translation>
    </message>
    <message>
        <source>Protected identity</source>
        <translation>Skyddade personuppgifter</translation>
    </message>
    <message>
        <source>Emergency access.</source>
        <translation>Nödåtkomst.</translation>
    </message>
    <message>
        <source>{name}, you are reading this journal without being the client's counselor. Every read is logged and the clinic lead reviews it; the access lasts until midnight. Your reason: “{reason}”</source>
        <translation>{name}, du läser journalen utan att vara klientens behandlare. Varje läsning loggas och granskas av enhetschefen; åtkomsten gäller till midnatt. Ditt skäl: ”{reason}”</translation>
    </message>
    <message numerus="yes">
        <source>%n attended</source>
        <translation>
            <numerusform>%n genomfört</numerusform>
            <numerusform>%n genomförda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no-show(s)</source>
        <translation>
            <numerusform>%n uteblivet</numerusform>
            <numerusform>%n uteblivna</numerusform>
        </translation>
    </message>
    <message>
        <source>Alias or code</source>
        <translation>Alias eller kod</translation>
    </message>
    <message>
        <source>Consents and letters</source>
        <translation>Samtycken och remisser</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>(protected)</source>
        <translation>(skyddat)</translation>
    </message>
    <message>
        <source>Identity number</source>
        <translation>Identitetsnummer</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Målgrupper</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Kön</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Födelseår</translation>
    </message>
    <message>
        <source>Home municipality</source>
        <translation>Hemkommun</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Kontaktväg</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Tolk</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Första kontakt</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Skäl till avslut</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>No identity recorded (decision {decision})</source>
        <translation>Ingen identitet registrerad (beslut {decision})</translation>
    </message>
    <message>
        <source>Visits ({count})</source>
        <translation>Besök ({count})</translation>
    </message>
    <message>
        <source>Coming visits</source>
        <translation>Kommande besök</translation>
    </message>
    <message>
        <source>None booked.</source>
        <translation>Inga bokade.</translation>
    </message>
    <message>
        <source>So far</source>
        <translation>Hittills</translation>
    </message>
    <message>
        <source>Identity history</source>
        <translation>Identitetshistorik</translation>
    </message>
    <message>
        <source>No identity has been recorded.</source>
        <translation>Ingen identitet har registrerats.</translation>
    </message>
    <message>
        <source>No identity recorded ({decision})</source>
        <translation>Ingen identitet registrerad ({decision})</translation>
    </message>
    <message>
        <source>Report-of-concern considerations</source>
        <translation>Överväganden om orosanmälan</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Inga.</translation>
    </message>
    <message>
        <source>waiting for an answer</source>
        <translation>väntar på svar</translation>
    </message>
    <message>
        <source>A report of concern is still to be considered.</source>
        <translation>Frågan om orosanmälan återstår att ta ställning till.</translation>
    </message>
    <message>
        <source>Protected identity: give nothing about this client to anyone.</source>
        <translation>Skyddade personuppgifter: lämna inte ut några uppgifter om klienten till någon.</translation>
    </message>
</context>
<context>
    <name>Clients</name>
    <message>
        <source>MIKA</source>
        <translation>MIKA</translation>
    </message>
    <message>
        <source>KAST</source>
        <translation>KAST</translation>
    </message>
    <message>
        <source>Sells or has sold sex</source>
        <translation>Säljer eller har sålt sex</translation>
    </message>
    <message>
        <source>Sex as self-harm</source>
        <translation>Sex som självskadebeteende</translation>
    </message>
    <message>
        <source>Trafficking</source>
        <translation>Människohandel</translation>
    </message>
    <message>
        <source>Buys sex</source>
        <translation>Köper sex</translation>
    </message>
    <message>
        <source>Compulsive sexual behaviour</source>
        <translation>Tvångsmässigt sexuellt beteende</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>Anhörig</translation>
    </message>
    <message>
        <source>Professional consultation</source>
        <translation>Konsultation för yrkesverksamma</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Kvinna</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Man</translation>
    </message>
    <message>
        <source>Non-binary / other</source>
        <translation>Icke-binär / annat</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Ej angivet</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>Under 18</translation>
    </message>
    <message>
        <source>18-24</source>
        <translation>18-24</translation>
    </message>
    <message>
        <source>25-34</source>
        <translation>25-34</translation>
    </message>
    <message>
        <source>35-49</source>
        <translation>35-49</translation>
    </message>
    <message>
        <source>50 or older</source>
        <translation>50 eller äldre</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>Eget initiativ</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Polis</translation>
    </message>
    <message>
        <source>Psychiatry</source>
        <translation>Psykiatri</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Socialtjänst</translation>
    </message>
    <message>
        <source>Health care</source>
        <translation>Hälso- och sjukvård</translation>
    </message>
    <message>
        <source>Voluntary organisation</source>
        <translation>Ideell organisation</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Väntande</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>A report of concern has been made</source>
        <translation>Orosanmälan har gjorts</translation>
    </message>
    <message>
        <source>A report of concern will be made</source>
        <translation>Orosanmälan kommer att göras</translation>
    </message>
    <message>
        <source>Already reported by someone else</source>
        <translation>Redan anmält av någon annan</translation>
    </message>
    <message>
        <source>Considered: no report needed</source>
        <translation>Övervägt: ingen anmälan behövs</translation>
    </message>
</context>
<context>
    <name>ClinicPage</name>
    <message>
        <source>The clinic</source>
        <translation>Mottagningen</translation>
    </message>
    <message>
        <source>Welcome to Mottagning. These details appear on letters and in the window; the clinic lead can change them later.</source>
        <translation>Välkommen till Mottagning. De här uppgifterna visas i brev och i fönstret. Enhetschefen kan ändra dem senare.</translation>
    </message>
    <message>
        <source>Clinic &amp;name:</source>
        <translation>&amp;Mottagningens namn:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adress:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
</context>
<context>
    <name>ClinicTab</name>
    <message>
        <source>Save the details</source>
        <translation>Spara uppgifterna</translation>
    </message>
    <message>
        <source>The clinic (printed on letters)</source>
        <translation>Mottagningen (visas i brev)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>A&amp;dress:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Säkerhet</translation>
    </message>
    <message>
        <source>&amp;Lock the window after idle:</source>
        <translation>&amp;Lås fönstret efter inaktivitet i:</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n år</numerusform>
            <numerusform>%n år</numerusform>
        </translation>
    </message>
    <message>
        <source>No age limit</source>
        <translation>Ingen åldersgräns</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Nycklar</translation>
    </message>
    <message>
        <source>Replace the recovery key if the paper may have been seen by someone else or is lost: the old key stops working at once. Replace the clinic's keys when someone may have kept a copy of the data folder.</source>
        <translation>Byt återställningsnyckel om papperet kan ha setts av någon annan eller har kommit bort: den gamla nyckeln slutar gälla direkt. Byt mottagningens nycklar när någon kan ha behållit en kopia av datamappen.</translation>
    </message>
    <message>
        <source>Replace the clinic's keys...</source>
        <translation>Byt mottagningens nycklar...</translation>
    </message>
    <message numerus="yes">
        <source>The window now locks after %n idle minute(s).</source>
        <translation>
            <numerusform>Fönstret låses nu efter %n minut utan aktivitet.</numerusform>
            <numerusform>Fönstret låses nu efter %n minuter utan aktivitet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klienter</translation>
    </message>
    <message>
        <source>Age &amp;limit:</source>
        <translation>Ålders&amp;gräns:</translation>
    </message>
    <message>
        <source>Anyone under 18 also prompts a report-of-concern consideration.</source>
        <translation>För alla under 18 år ställs dessutom frågan om orosanmälan.</translation>
    </message>
    <message>
        <source>&amp;Reservnummer in this region:</source>
        <translation>&amp;Reservnummer i den här regionen:</translation>
    </message>
    <message>
        <source>Replace the recovery key...</source>
        <translation>Byt återställningsnyckel...</translation>
    </message>
    <message>
        <source>The clinic's details are saved.</source>
        <translation>Mottagningens uppgifter är sparade.</translation>
    </message>
    <message>
        <source>Replace the keys when someone who had access may have kept a copy of the data folder: a former employee, a lost laptop, a paper recovery key seen by others.</source>
        <translation>Byt nycklarna när någon som hade åtkomst kan ha behållit en kopia av datamappen: en tidigare anställd, en förlorad bärbar dator, en återställningsnyckel på papper som andra har sett.</translation>
    </message>
    <message>
        <source>The old recovery key no longer opens the key file, but it still opens a copy of the key file made earlier.</source>
        <translation>Den gamla återställningsnyckeln öppnar inte längre nyckelfilen, men den öppnar fortfarande en kopia av nyckelfilen som gjordes tidigare.</translation>
    </message>
    <message>
        <source>Replace the recovery key</source>
        <translation>Byt återställningsnyckel</translation>
    </message>
    <message>
        <source>Make a new recovery key? The current one stops working at once.</source>
        <translation>Vill du skapa en ny återställningsnyckel? Den nuvarande slutar gälla direkt.</translation>
    </message>
</context>
<context>
    <name>ConcernDialog</name>
    <message>
        <source>Consider a report of concern</source>
        <translation>Överväg orosanmälan</translation>
    </message>
    <message>
        <source>{alias} may be under 18. Social services must be told when a child may need protection (orosanmälan under the Social Services Act). Consider whether to report.</source>
        <translation>{alias} kan vara under 18 år. Socialtjänsten ska underrättas när ett barn kan behöva skydd enligt socialtjänstlagen. Överväg om en orosanmälan ska göras.</translation>
    </message>
    <message>
        <source>{alias} may be younger than the clinic's age limit. Consider whether the clinic is the right place, and whether to make a report of concern.</source>
        <translation>{alias} kan vara yngre än mottagningens åldersgräns. Överväg om mottagningen är rätt verksamhet för klienten och om en orosanmälan ska göras.</translation>
    </message>
    <message>
        <source>Note (optional): what was decided and why</source>
        <translation>Kommentar (valfritt): vad som beslutades och varför</translation>
    </message>
    <message>
        <source>Save the answer</source>
        <translation>Spara svaret</translation>
    </message>
    <message>
        <source>Leave it to the counselor</source>
        <translation>Lämna till behandlaren</translation>
    </message>
    <message>
        <source>Answer later</source>
        <translation>Svara senare</translation>
    </message>
    <message>
        <source>The question waits on the counselor's Today page until it is answered.</source>
        <translation>Frågan väntar på behandlarens sida Idag tills den har besvarats.</translation>
    </message>
    <message>
        <source>Choose an answer, or answer later.</source>
        <translation>Välj ett svar, eller svara senare.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Changes made on two computers</source>
        <translation>Ändringar gjorda på två datorer</translation>
    </message>
    <message>
        <source>These were changed on two computers while they could not reach each other. The later change stands until you choose; your choice reaches every computer at the next sync.</source>
        <translation>De här ändrades på två datorer medan de inte nådde varandra. Den senare ändringen gäller tills du väljer; ditt val når alla datorer vid nästa synkronisering.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Tidigare</translation>
    </message>
    <message>
        <source>Later (stands)</source>
        <translation>Senare (gäller nu)</translation>
    </message>
    <message>
        <source>Made on two computers apart with one user name, alias or identity number: both are kept, the later renamed. If it is one person twice, deactivate the account or close the record you do not need; then mark it seen.</source>
        <translation>Skapade på två datorer utan kontakt med samma användarnamn, alias eller personnummer: båda finns kvar, den senare har fått nytt namn. Är det samma person två gånger, inaktivera kontot eller avsluta den akt som inte behövs; markera sedan som sett.</translation>
    </message>
    <message>
        <source>Given to both</source>
        <translation>Gavs båda</translation>
    </message>
    <message>
        <source>Now called</source>
        <translation>Heter nu</translation>
    </message>
    <message>
        <source>&amp;Seen, keep both</source>
        <translation>&amp;Sett, behåll båda</translation>
    </message>
    <message>
        <source>Keep the &amp;earlier</source>
        <translation>Behåll den &amp;tidigare</translation>
    </message>
    <message>
        <source>Keep the &amp;later</source>
        <translation>Behåll den &amp;senare</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record a consent or legal ground</source>
        <translation>Registrera samtycke eller rättslig grund</translation>
    </message>
    <message>
        <source>A person (name and address below)</source>
        <translation>En person (namn och adress nedan)</translation>
    </message>
    <message>
        <source>e.g. assessment of alcohol use</source>
        <translation>t.ex. bedömning av alkoholbruk</translation>
    </message>
    <message>
        <source>&amp;Valid until</source>
        <translation>&amp;Giltigt till</translation>
    </message>
    <message>
        <source>where the signed form is kept</source>
        <translation>var den underskrivna blanketten förvaras</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Slag:</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Mottagare:</translation>
    </message>
    <message>
        <source>Person's &amp;name:</source>
        <translation>Personens &amp;namn:</translation>
    </message>
    <message>
        <source>Person's a&amp;ddress:</source>
        <translation>Personens a&amp;dress:</translation>
    </message>
    <message>
        <source>What may be &amp;shared:</source>
        <translation>Vad som får &amp;lämnas ut:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>S&amp;yfte:</translation>
    </message>
    <message>
        <source>&amp;Given on:</source>
        <translation>&amp;Lämnat den:</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Form:</translation>
    </message>
    <message>
        <source>Written consent &amp;kept at:</source>
        <translation>Skriftligt samtycke &amp;förvaras:</translation>
    </message>
    <message>
        <source>&amp;Legal ground:</source>
        <translation>&amp;Rättslig grund:</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;Motivering:</translation>
    </message>
</context>
<context>
    <name>ConsentsModel</name>
    <message>
        <source>Recipient</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>What may be shared</source>
        <translation>Vad som får lämnas ut</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Lämnat</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Giltigt till</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Withdrawn {day}</source>
        <translation>Återkallat {day}</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Har gått ut</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gäller</translation>
    </message>
</context>
<context>
    <name>DayModel</name>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation>Behandlare</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Rum</translation>
    </message>
    <message>
        <source>Contact form</source>
        <translation>Kontaktform</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Questionnaire due</source>
        <translation>Skattning att göra</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>&amp;Print...</source>
        <translation>Skriv &amp;ut...</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <source>Note text</source>
        <translation>Anteckningens text</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Every change is saved as you type.</source>
        <translation>Alla ändringar sparas medan du skriver.</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Sparat {time}</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Inte sparat: {reason}</translation>
    </message>
</context>
<context>
    <name>DraftHistoryDialog</name>
    <message>
        <source>History of the note of {day}</source>
        <translation>Historik för anteckningen från {day}</translation>
    </message>
    <message>
        <source>A snapshot is kept each time a writing session ends and when the note is signed. The newest is at the top.</source>
        <translation>En ögonblicksbild sparas varje gång ett skrivpass avslutas och när anteckningen signeras. Den senaste står överst.</translation>
    </message>
    <message>
        <source>No snapshot yet: the first is kept when the writing session ends.</source>
        <translation>Ingen ögonblicksbild ännu. Den första sparas när skrivpasset avslutas.</translation>
    </message>
</context>
<context>
    <name>DraftsList</name>
    <message>
        <source>No unsigned drafts.</source>
        <translation>Inga osignerade utkast.</translation>
    </message>
</context>
<context>
    <name>DraftsModel</name>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Ålder</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Författare</translation>
    </message>
    <message>
        <source>Unsigned for longer than the clinic allows: sign it soon.</source>
        <translation>Osignerat längre än mottagningen tillåter: signera snart.</translation>
    </message>
    <message>
        <source>{age} · overdue</source>
        <translation>{age} · försenat</translation>
    </message>
    <message>
        <source>today</source>
        <translation>idag</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmergencyAccessPanel</name>
    <message>
        <source>The access lasts until midnight. Your reason is kept with your name in the access log.</source>
        <translation>Åtkomsten gäller till midnatt. Ditt skäl sparas med ditt namn i åtkomstloggen.</translation>
    </message>
    <message>
        <source>Your &amp;reason for reading it:</source>
        <translation>Ditt &amp;skäl för att läsa journalen:</translation>
    </message>
    <message>
        <source>For example: the client called in crisis and their counselor is away.</source>
        <translation>Till exempel: klienten ringde i kris och klientens behandlare är inte på plats.</translation>
    </message>
    <message>
        <source>&amp;Open the journal (emergency access)</source>
        <translation>&amp;Öppna journalen (nödåtkomst)</translation>
    </message>
</context>
<context>
    <name>EmergencyAccessReview</name>
    <message>
        <source>Journals read outside one's own clients, with the reason given. Check each reason and mark it as reviewed; the review is kept in the access log.</source>
        <translation>Journaler som har lästs för andra än de egna klienterna, med angivet skäl. Granska varje skäl och markera det som granskat. Granskningen sparas i åtkomstloggen.</translation>
    </message>
    <message>
        <source>Show &amp;all, also the reviewed</source>
        <translation>Visa &amp;alla, även granskade</translation>
    </message>
    <message>
        <source>Review &amp;note:</source>
        <translation>&amp;Kommentar till granskningen:</translation>
    </message>
    <message>
        <source>Optional: what you checked, what was decided</source>
        <translation>Valfritt: vad du kontrollerade och vad som beslutades</translation>
    </message>
    <message>
        <source>&amp;Mark as reviewed</source>
        <translation>&amp;Markera som granskad</translation>
    </message>
    <message>
        <source>No emergency access waits for review.</source>
        <translation>Inga nödåtkomster väntar på granskning.</translation>
    </message>
    <message>
        <source>Only the clinic lead reviews emergency accesses.</source>
        <translation>Bara enhetschefen granskar nödåtkomster.</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Orsak:</translation>
    </message>
    <message>
        <source>Access valid until {time}.</source>
        <translation>Åtkomsten gäller till {time}.</translation>
    </message>
    <message>
        <source>Reviewed:</source>
        <translation>Granskad:</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The operation could not be completed.</source>
        <translation>Åtgärden kunde inte slutföras.</translation>
    </message>
    <message>
        <source>Wrong user name or password. Check Caps Lock and the keyboard layout, then try again.</source>
        <translation>Fel användarnamn eller lösenord. Kontrollera Caps Lock och tangentbordslayouten och försök sedan igen.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Wait {seconds} seconds before you try again, or ask the clinic lead to reset the password.</source>
        <translation>För många misslyckade försök. Vänta {seconds} s innan du försöker igen, eller be enhetschefen att återställa lösenordet.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Wait {minutes} minutes before you try again, or ask the clinic lead to reset the password.</source>
        <translation>För många misslyckade försök. Vänta {minutes} min innan du försöker igen, eller be enhetschefen att återställa lösenordet.</translation>
    </message>
    <message>
        <source>This account is deactivated. Ask the clinic lead to reactivate it.</source>
        <translation>Kontot är avaktiverat. Be enhetschefen att återaktivera det.</translation>
    </message>
    <message>
        <source>The recovery key does not match this clinic. Check each group of characters against the printed sheet.</source>
        <translation>Återställningsnyckeln hör inte till den här mottagningen. Jämför varje teckengrupp med det utskrivna papperet.</translation>
    </message>
    <message>
        <source>The password must be at least {minimum} characters long. A few unrelated words with spaces between them make a good password that is easy to remember.</source>
        <translation>Lösenordet måste vara minst {minimum} tecken långt. Några ord som inte hör ihop, med mellanslag emellan, blir ett bra lösenord som är lätt att komma ihåg.</translation>
    </message>
    <message>
        <source>The password may be at most {maximum} characters long.</source>
        <translation>Lösenordet får vara högst {maximum} tecken långt.</translation>
    </message>
    <message>
        <source>This password is too common or too easy to guess (for example a known password, a keyboard row or a repeated word). Choose a less predictable one.</source>
        <translation>Lösenordet är för vanligt eller för lätt att gissa (till exempel ett känt lösenord, en tangentrad eller ett upprepat ord). Välj ett som är svårare att förutse.</translation>
    </message>
    <message>
        <source>The password must not be built from your user name, your name or the clinic's name.</source>
        <translation>Lösenordet får inte bygga på ditt användarnamn, ditt namn eller mottagningens namn. Välj ett annat lösenord.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Det nya lösenordet måste skilja sig från det nuvarande.</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type them again.</source>
        <translation>Lösenorden är inte likadana. Skriv dem igen.</translation>
    </message>
    <message>
        <source>Type your current password to choose a new one.</source>
        <translation>Skriv ditt nuvarande lösenord för att kunna välja ett nytt.</translation>
    </message>
    <message>
        <source>The user name {username} is already in use. Choose another one.</source>
        <translation>Användarnamnet {username} används redan. Välj ett annat.</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>The clinic must keep at least one active clinic lead. Give another account that role first.</source>
        <translation>Mottagningen måste alltid ha minst en aktiv enhetschef. Ge först ett annat konto rollen enhetschef.</translation>
    </message>
    <message>
        <source>The identity number is not valid: {reason}. Check it against the ID document.</source>
        <translation>Identitetsnumret är inte giltigt: {reason}. Kontrollera det mot id-handlingen.</translation>
    </message>
    <message>
        <source>The alias {alias} is already used by another client. Choose another one.</source>
        <translation>Aliaset {alias} används redan av en annan klient. Välj ett annat.</translation>
    </message>
    <message>
        <source>That identity number is already registered for the client {alias}. Open that client instead of registering the person twice.</source>
        <translation>Identitetsnumret är redan registrerat för klienten {alias}. Öppna den klienten i stället för att registrera personen två gånger.</translation>
    </message>
    <message>
        <source>Visit {number} of {count}, {day}: {clash}</source>
        <translation>Besök {number} av {count}, {day}: {clash}</translation>
    </message>
    <message>
        <source>{name} already has a visit {day} {start}-{end}. Choose another time or another counselor.</source>
        <translation>{name} har redan ett besök {day} {start}–{end}. Välj en annan tid eller en annan behandlare.</translation>
    </message>
    <message>
        <source>{name} is booked {day} {start}-{end} by {by}. Choose another room or another time.</source>
        <translation>{name} är bokat {day} {start}–{end} av {by}. Välj ett annat rum eller en annan tid.</translation>
    </message>
    <message>
        <source>The client {name} already has a visit {day} {start}-{end} with {by}. Choose another time.</source>
        <translation>Klienten {name} har redan ett besök {day} {start}–{end} hos {by}. Välj en annan tid.</translation>
    </message>
    <message>
        <source>The clinic is closed at that time ({day} {start}-{end}{why}). Choose a time within the opening hours.</source>
        <translation>Mottagningen är stängd vid den tiden ({day} {start}–{end}{why}). Välj en tid inom öppettiderna.</translation>
    </message>
    <message>
        <source>{alias} is not one of your clients. To read the journal anyway, state why (emergency access): it is logged and reviewed by the clinic lead.</source>
        <translation>{alias} är inte en av dina klienter. Om du ändå behöver läsa journalen anger du varför (nödåtkomst). Åtkomsten loggas och granskas av enhetschefen.</translation>
    </message>
    <message>
        <source>The note is signed and locked. Add an addendum or a correction instead.</source>
        <translation>Anteckningen är signerad och låst. Gör ett tillägg eller en rättelse i stället.</translation>
    </message>
    <message>
        <source>Only the author can change or sign a draft. Ask them, or write a note of your own.</source>
        <translation>Bara den som har skrivit utkastet kan ändra eller signera det. Fråga hen, eller skriv en egen anteckning.</translation>
    </message>
    <message>
        <source>The note is empty. Write something before signing.</source>
        <translation>Anteckningen är tom. Skriv något innan du signerar.</translation>
    </message>
    <message>
        <source>The file {file} could not be used as the clinic's text for {instrument}: {problem}. Nothing was changed. Check that the file gives a text for every item, in order.</source>
        <translation>Filen {file} kunde inte användas som mottagningens text för {instrument}: {problem}. Ingenting ändrades. Kontrollera att filen har en text för varje fråga, i rätt ordning.</translation>
    </message>
    <message>
        <source>Nothing may be sent to {recipient}: the consent register has no consent or other legal ground for this client and this recipient. Record the client's consent (or the legal ground) first.</source>
        <translation>Inget får skickas till {recipient}: samtyckesregistret har inget samtycke eller annan rättslig grund för den här klienten och mottagaren. Registrera klientens samtycke (eller den rättsliga grunden) först.</translation>
    </message>
    <message>
        <source>The consent for {recipient} does not cover: {scopes}. Leave those parts out, or record a consent that covers them.</source>
        <translation>Samtycket för {recipient} omfattar inte: {scopes}. Ta bort de delarna, eller registrera ett samtycke som omfattar dem.</translation>
    </message>
    <message>
        <source>The consent for {recipient} was withdrawn on {day}: nothing may be sent on it from that day.</source>
        <translation>Samtycket för {recipient} återkallades {day}: inget får skickas med stöd av det från den dagen.</translation>
    </message>
    <message>
        <source>The consent for {recipient} was valid until {day}. Record a new consent to send.</source>
        <translation>Samtycket för {recipient} gällde till {day}. Registrera ett nytt samtycke för att skicka.</translation>
    </message>
    <message>
        <source>The consent for {recipient} is given from {day}, not before.</source>
        <translation>Samtycket för {recipient} gäller från {day}, inte tidigare.</translation>
    </message>
    <message>
        <source>{alias} has not agreed to letters at home, so nothing is posted to the client's address. Print the letter to hand over at a visit instead.</source>
        <translation>{alias} har inte godkänt brev hem, så inget skickas till klientens adress. Skriv ut kallelsen för att lämna över vid ett besök i stället.</translation>
    </message>
    <message>
        <source>Your role ({role}) may not {action}. Ask the clinic lead if you need to.</source>
        <translation>Din roll ({role}) får inte {action}. Fråga enhetschefen om du behöver göra det.</translation>
    </message>
    <message>
        <source>No clinic lead has the user name {username}. Check the spelling.</source>
        <translation>Det finns ingen enhetschef med användarnamnet {username}. Kontrollera stavningen.</translation>
    </message>
    <message>
        <source>Mottagning is already open for this clinic on this computer. Switch to the open window (look in the task bar).</source>
        <translation>Mottagning är redan öppet för den här mottagningen på den här datorn. Byt till det öppna fönstret (titta i aktivitetsfältet).</translation>
    </message>
    <message>
        <source>The password file {file} is not plain text in UTF-8. Save it as UTF-8 text with the password on the first line, and try again.</source>
        <translation>Lösenordsfilen {file} är inte vanlig text i UTF-8. Spara den som UTF-8-text med lösenordet på första raden och försök igen.</translation>
    </message>
    <message>
        <source>The new role holds fewer keys than the old one, and an account's keys can only be taken away by giving it a new temporary password. Choose one and save again.</source>
        <translation>Den nya rollen har färre nycklar än den gamla, och ett kontos nycklar kan bara tas bort genom att kontot får ett nytt tillfälligt lösenord. Välj ett och spara igen.</translation>
    </message>
    <message>
        <source>This account holds no key to the journal, so it cannot read or write session notes, plans or questionnaire results. If your work needs them, ask the clinic lead to change your role.</source>
        <translation>Det här kontot har ingen nyckel till journalen och kan därför inte läsa eller skriva journalanteckningar, planer eller resultat av skattningsformulär. Om ditt arbete kräver det, be enhetschefen ändra din roll.</translation>
    </message>
    <message>
        <source>The key file beside the database ({file}) is missing or damaged, so no one can unlock the clinic. Leave the clinic's files as they are and contact IT: the key file can be put back only from a copy of the data folder.</source>
        <translation>Nyckelfilen bredvid databasen ({file}) saknas eller är skadad, så ingen kan låsa upp mottagningen. Låt mottagningens filer vara som de är och kontakta IT: nyckelfilen kan bara läggas tillbaka från en kopia av datamappen.</translation>
    </message>
    <message>
        <source>The database file is damaged or has been tampered with. Nothing more will be written to it. Leave the clinic's files as they are and contact IT.</source>
        <translation>Databasfilen är skadad eller har manipulerats. Inget mer skrivs till den. Låt mottagningens filer vara som de är och kontakta IT.</translation>
    </message>
    <message>
        <source>{file} is not an anchor file. Choose the file saved from a documented log review, or a backup's manifest.json.</source>
        <translation>{file} är ingen fil med en kontrollpunkt. Välj filen som sparades från en dokumenterad loggkontroll, eller en säkerhetskopias manifest.json.</translation>
    </message>
    <message>
        <source>The anchor could not be saved to {file}: {reason}. Choose another folder, for example a USB stick or a network folder outside this computer.</source>
        <translation>Kontrollpunkten kunde inte sparas i {file}: {reason}. Välj en annan mapp, till exempel ett USB-minne eller en nätverksmapp utanför den här datorn.</translation>
    </message>
    <message>
        <source>The backup was written but failed its check, so it does not count as a backup ({problem}). Earlier backups are untouched. Try again, or ask IT to check the backup folder's disk.</source>
        <translation>Säkerhetskopian skrevs men klarade inte kontrollen, så den räknas inte som en säkerhetskopia ({problem}). Tidigare säkerhetskopior är orörda. Försök igen, eller be IT kontrollera disken där säkerhetskopiorna sparas.</translation>
    </message>
    <message>
        <source>{folder} is not a Mottagning backup (its manifest is missing or damaged).</source>
        <translation>{folder} är ingen säkerhetskopia från Mottagning (förteckningen saknas eller är skadad).</translation>
    </message>
    <message>
        <source>The backup {name} is damaged or incomplete, so it cannot be restored ({problem}). Choose an older one. Nothing was changed.</source>
        <translation>Säkerhetskopian {name} är skadad eller ofullständig och kan inte återställas ({problem}). Välj en äldre. Ingenting har ändrats.</translation>
    </message>
    <message>
        <source>Only a clinic lead may restore a backup: {username} is not an active clinic lead in the backup and in the current database. Nothing was changed.</source>
        <translation>Bara en enhetschef får återställa en säkerhetskopia: {username} är inte aktiv enhetschef både i säkerhetskopian och i den nuvarande databasen. Ingenting har ändrats.</translation>
    </message>
    <message>
        <source>The backup settings are not valid: each number kept must be from 1 to 100, the hours from 1 to 720, and a folder must be a full path (such as E:\Säkerhetskopior or /media/usb/säkerhetskopior).</source>
        <translation>Inställningarna för säkerhetskopior är inte giltiga: varje antal som behålls ska vara från 1 till 100, timmarna från 1 till 720, och en mapp ska anges med hela sökvägen (till exempel E:\Säkerhetskopior eller /media/usb/säkerhetskopior).</translation>
    </message>
    <message>
        <source>The check at sign-in found the database damaged. Nothing has been written to it and every file is kept as it is. The newest backup is {backup}: the clinic lead or IT can restore it (mottagning backup restore).</source>
        <translation>Kontrollen vid inloggningen fann att databasen är skadad. Ingenting har skrivits till den och alla filer sparas som de är. Den senaste säkerhetskopian är {backup}: enhetschefen eller IT kan återställa den (mottagning backup restore).</translation>
    </message>
    <message>
        <source>The clinic server could not be reached. Mottagning keeps working on this computer and sends the changes when the server is back.</source>
        <translation>Mottagningens server kunde inte nås. Mottagning fortsätter att fungera på den här datorn och skickar ändringarna när servern är tillbaka.</translation>
    </message>
    <message>
        <source>The clinic server refuses this computer: it is not registered there, or it was removed. Ask IT or the clinic lead.</source>
        <translation>Mottagningens server vägrar den här datorn: den är inte registrerad där, eller har tagits bort. Fråga IT eller enhetschefen.</translation>
    </message>
    <message>
        <source>This computer is not connected to a clinic server.</source>
        <translation>Den här datorn är inte ansluten till någon server för mottagningen.</translation>
    </message>
    <message>
        <source>A change from the clinic server (number {seq}, from workstation {device}) could not be opened with this clinic's keys: it was altered, or it belongs to another clinic. Nothing was applied; contact IT.</source>
        <translation>En ändring från mottagningens server (nummer {seq}, från arbetsstationen {device}) kunde inte öppnas med mottagningens nycklar: den har ändrats, eller hör till en annan mottagning. Inget har förts in; kontakta IT.</translation>
    </message>
    <message>
        <source>The records were purged, but the database file could not yet be rewritten because another program or computer is using it. Close Mottagning everywhere else and run the purge again: it finishes the rewriting.</source>
        <translation>Journalerna gallrades, men databasfilen kunde inte skrivas om än eftersom ett annat program eller en annan dator använder den. Stäng Mottagning överallt annars och kör gallringen igen: då slutförs omskrivningen.</translation>
    </message>
    <message>
        <source>This computer syncs with the clinic server, and a purge there is not built yet: the server and the other computers would keep the records. Nothing was purged.</source>
        <translation>Den här datorn synkar med mottagningens server, och gallring där finns inte än: servern och de andra datorerna skulle behålla journalerna. Inget gallrades.</translation>
    </message>
    <message>
        <source>The retention rules ask for a second person to confirm each purge: another active user than you must enter their user name and password. Nothing was purged.</source>
        <translation>Gallringsreglerna kräver att en andra person bekräftar varje gallring: en annan aktiv användare än du måste ange sitt användarnamn och lösenord. Inget gallrades.</translation>
    </message>
    <message>
        <source>{count} of the chosen records are no longer due for purging (the review changed since it was shown). Make the review again. Nothing was purged.</source>
        <translation>{count} av de valda journalerna ska inte längre gallras (prövningen har ändrats sedan den visades). Gör prövningen igen. Inget gallrades.</translation>
    </message>
    <message>
        <source>No verified backup made after {moment} was found, so the older backups are kept: make a backup first, then delete the older ones.</source>
        <translation>Ingen kontrollerad säkerhetskopia gjord efter {moment} hittades, så de äldre behålls: gör en säkerhetskopia först och ta sedan bort de äldre.</translation>
    </message>
    <message>
        <source>The {what} could not be found. It may have been removed.</source>
        <translation>Det gick inte att hitta {what}. Det kan ha tagits bort.</translation>
    </message>
    <message>
        <source>{name} is away {period}. Choose another time or another counselor.</source>
        <translation>{name} är frånvarande {period}. Välj en annan tid eller en annan behandlare.</translation>
    </message>
    <message>
        <source>No clinic database was found in {folder}. Run the setup first, or choose the folder where the clinic's database is kept.</source>
        <translation>Ingen mottagningsdatabas hittades i {folder}. Gör konfigureringen först, eller välj den mapp där mottagningens databas finns.</translation>
    </message>
    <message>
        <source>A clinic database already exists in {folder}. Nothing was changed. Choose an empty folder for a new clinic.</source>
        <translation>Det finns redan en mottagningsdatabas i {folder}. Ingenting har ändrats. Välj en tom mapp för en ny mottagning.</translation>
    </message>
    <message>
        <source>The database was made by a newer version of Mottagning (schema {found}; this version knows up to {supported}). Install the newer version; nothing was changed.</source>
        <translation>Databasen har skapats med en nyare version av Mottagning (schema {found}; den här versionen hanterar upp till {supported}). Installera den nyare versionen. Ingenting har ändrats.</translation>
    </message>
    <message>
        <source>The database is locked by another program. Close other copies of Mottagning or backup programs that may hold it, then try again.</source>
        <translation>Databasen är låst av ett annat program. Stäng andra exemplar av Mottagning och säkerhetskopieringsprogram som kan använda den, och försök sedan igen.</translation>
    </message>
    <message>
        <source>The disk is full, so the last change was not saved. Free some space, then save again: what you typed is still here.</source>
        <translation>Disken är full, så den senaste ändringen sparades inte. Frigör utrymme och spara sedan igen. Det du skrev finns kvar.</translation>
    </message>
    <message>
        <source>Something was written to the database while its keys were being replaced, so the change was undone and the old keys are still in use. Make sure no one else is working on this computer, then replace the keys again.</source>
        <translation>Något skrevs till databasen medan dess nycklar byttes, så bytet gjordes ogjort och de gamla nycklarna används fortfarande. Se till att ingen annan arbetar på den här datorn och byt sedan nycklarna igen.</translation>
    </message>
    <message>
        <source>There is not room enough on the disk: this needs {needed}, and {free} is free. Free some space (or ask IT to), then try again. Nothing was changed.</source>
        <translation>Det finns inte plats nog på disken: det här behöver {needed}, och {free} är ledigt. Frigör utrymme (eller be IT göra det) och försök igen. Inget har ändrats.</translation>
    </message>
    <message>
        <source>Mottagning could not read or write its files in {folder}. Check that the folder exists and that you may write there, or contact IT.</source>
        <translation>Mottagning kunde inte läsa eller skriva sina filer i {folder}. Kontrollera att mappen finns och att du har behörighet att skriva där, eller kontakta IT.</translation>
    </message>
    <message>
        <source>Mottagning</source>
        <translation>Mottagning</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Oväntat fel</translation>
    </message>
    <message>
        <source>Something went wrong in Mottagning. What was saved before is safe. Please tell IT what you were doing; the details are in the log file.</source>
        <translation>Något gick fel i Mottagning. Det som redan har sparats finns kvar. Berätta för IT vad du höll på med. Detaljerna finns i loggfilen.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>the end date is before the start date</source>
        <translation>slutdatumet är före startdatumet</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Kontrollerat</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Iakttagelser</translation>
    </message>
    <message>
        <source>required</source>
        <translation>måste fyllas i</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>use 2-32 letters a-z, digits, dots, dashes or underscores, starting with a letter or digit</source>
        <translation>använd 2–32 tecken: bokstäverna a–z, siffror, punkter, bindestreck eller understreck, och börja med en bokstav eller siffra</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>not a known role</source>
        <translation>okänd roll</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>at most 100 characters</source>
        <translation>högst 100 tecken</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>it is already active</source>
        <translation>det är redan aktivt</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Mottagningens namn</translation>
    </message>
    <message>
        <source>Clinic details</source>
        <translation>Mottagningens uppgifter</translation>
    </message>
    <message>
        <source>at most 200 characters</source>
        <translation>högst 200 tecken per fält</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>Lås efter</translation>
    </message>
    <message>
        <source>between 1 and 60 minutes</source>
        <translation>mellan 1 och 60 minuter</translation>
    </message>
    <message>
        <source>Age limit</source>
        <translation>Åldersgräns</translation>
    </message>
    <message>
        <source>between 12 and 25 years</source>
        <translation>mellan 12 och 25 år</translation>
    </message>
    <message>
        <source>Reservnummer format</source>
        <translation>Format för reservnummer</translation>
    </message>
    <message>
        <source>not a known format</source>
        <translation>okänt format</translation>
    </message>
    <message>
        <source>Unsigned drafts</source>
        <translation>Osignerade utkast</translation>
    </message>
    <message>
        <source>between 1 and 30 days</source>
        <translation>mellan 1 och 30 dagar</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Tidszon</translation>
    </message>
    <message>
        <source>not a known time zone</source>
        <translation>okänd tidszon</translation>
    </message>
    <message>
        <source>Contact form</source>
        <translation>Kontaktform</translation>
    </message>
    <message>
        <source>phone, e-mail/chat, outreach or drop-in</source>
        <translation>telefon, e-post/chatt, uppsökande eller drop-in</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>the date is in the future</source>
        <translation>datumet ligger i framtiden</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <source>say why you need the journal (at least a sentence)</source>
        <translation>ange varför du behöver journalen (minst en mening)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>at most 100,000 characters</source>
        <translation>högst 100 000 tecken</translation>
    </message>
    <message>
        <source>say why the note is corrected</source>
        <translation>ange varför anteckningen rättas</translation>
    </message>
    <message>
        <source>a draft is changed by its author, not amended</source>
        <translation>ett utkast ändras av den som skrev det; tillägg görs bara till signerade anteckningar</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Skattningsformulär</translation>
    </message>
    <message>
        <source>every 1 to 52 visits</source>
        <translation>intervall mellan 1 och 52 besök</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>every answer must be one of the scale's values</source>
        <translation>varje svar måste vara ett av skalans värden</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Upprepning</translation>
    </message>
    <message>
        <source>every 1 to 52 weeks</source>
        <translation>intervall mellan 1 och 52 veckor</translation>
    </message>
    <message>
        <source>give either a number of times or an end date</source>
        <translation>ange antingen ett antal gånger eller ett slutdatum</translation>
    </message>
    <message>
        <source>at most 104 times</source>
        <translation>högst 104 gånger</translation>
    </message>
    <message>
        <source>at most two years ahead</source>
        <translation>högst två år framåt</translation>
    </message>
    <message>
        <source>the end date is before the first visit</source>
        <translation>slutdatumet är före det första besöket</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Väntelista</translation>
    </message>
    <message>
        <source>the client is already on it</source>
        <translation>klienten står redan på den</translation>
    </message>
    <message>
        <source>say why the client leaves the list</source>
        <translation>ange varför klienten lämnar listan</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>1, 2 or 3</source>
        <translation>1, 2 eller 3</translation>
    </message>
    <message>
        <source>Alias or code</source>
        <translation>Alias eller kod</translation>
    </message>
    <message>
        <source>at most 40 characters</source>
        <translation>högst 40 tecken</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>at most 200 characters per field</source>
        <translation>högst 200 tecken per fält</translation>
    </message>
    <message>
        <source>No identity recorded</source>
        <translation>Ingen identitet registrerad</translation>
    </message>
    <message>
        <source>a client recorded without identity has no name or identity number</source>
        <translation>en klient som registreras utan identitet har inget namn och inget personnummer</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>too long</source>
        <translation>för långt</translation>
    </message>
    <message>
        <source>Secure e-mail</source>
        <translation>Säker e-post</translation>
    </message>
    <message>
        <source>not an e-mail address</source>
        <translation>inte en e-postadress</translation>
    </message>
    <message>
        <source>Legal reference</source>
        <translation>Lagrum</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>not a known language</source>
        <translation>inget känt språk</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Mall</translation>
    </message>
    <message>
        <source>at most 2,000 characters</source>
        <translation>högst 2 000 tecken</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Födelseår</translation>
    </message>
    <message>
        <source>not a plausible year</source>
        <translation>inte ett rimligt år</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Första kontakt</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Skäl till avslut</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Målgrupper</translation>
    </message>
    <message>
        <source>choose at least one</source>
        <translation>välj minst en</translation>
    </message>
    <message>
        <source>Counselors</source>
        <translation>Behandlare</translation>
    </message>
    <message>
        <source>choose active counselors</source>
        <translation>välj aktiva behandlare</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Öppettider</translation>
    </message>
    <message>
        <source>closing is before opening</source>
        <translation>stängningstiden är före öppningstiden</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Rum</translation>
    </message>
    <message>
        <source>give a name of 1-60 characters</source>
        <translation>ange ett namn på 1–60 tecken</translation>
    </message>
    <message>
        <source>Absence</source>
        <translation>Frånvaro</translation>
    </message>
    <message>
        <source>the end is before the start</source>
        <translation>slutet är före början</translation>
    </message>
    <message>
        <source>every date of the series falls on a closed day</source>
        <translation>alla datum i serien infaller på dagar då mottagningen är stängd</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>the end is not after the start</source>
        <translation>sluttiden är inte efter starttiden</translation>
    </message>
    <message>
        <source>at most 12 hours</source>
        <translation>högst 12 timmar</translation>
    </message>
    <message>
        <source>required for this kind of visit</source>
        <translation>måste anges för den här typen av besök</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>a visit that has not begun cannot have happened yet</source>
        <translation>ett besök som inte har börjat kan inte ha genomförts än</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Återkallat den</translation>
    </message>
    <message>
        <source>already withdrawn</source>
        <translation>redan återkallat</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Omfattning</translation>
    </message>
    <message>
        <source>choose what may be shared</source>
        <translation>välj vad som får lämnas ut</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Giltigt till</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Lämnat</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <source>choose a unit or name a person</source>
        <translation>välj en enhet eller ange en person</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Syfte</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>oral or written</source>
        <translation>muntligt eller skriftligt</translation>
    </message>
    <message>
        <source>Kept at</source>
        <translation>Förvaras</translation>
    </message>
    <message>
        <source>say where the written consent is kept</source>
        <translation>ange var det skriftliga samtycket förvaras</translation>
    </message>
    <message>
        <source>Legal ground</source>
        <translation>Rättslig grund</translation>
    </message>
    <message>
        <source>choose one of the list</source>
        <translation>välj en i listan</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <source>say why the ground applies</source>
        <translation>ange varför grunden gäller</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>already recorded</source>
        <translation>redan registrerat</translation>
    </message>
    <message>
        <source>Reply received</source>
        <translation>Svar mottaget</translation>
    </message>
    <message>
        <source>between the day it was sent and today</source>
        <translation>mellan dagen det skickades och i dag</translation>
    </message>
    <message>
        <source>choose a recipient</source>
        <translation>välj en mottagare</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Slag</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>from 0 to 100000</source>
        <translation>från 0 till 100000</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timmar</translation>
    </message>
    <message>
        <source>more than 0 and at most 1000</source>
        <translation>mer än 0 och högst 1000</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>choose active staff</source>
        <translation>välj aktiv personal</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>at most 500 characters</source>
        <translation>högst 500 tecken</translation>
    </message>
    <message>
        <source>Threshold for small counts</source>
        <translation>Gräns för små antal</translation>
    </message>
    <message>
        <source>from 2 to 10</source>
        <translation>från 2 till 10</translation>
    </message>
    <message>
        <source>Years shown beside</source>
        <translation>År som visas bredvid</translation>
    </message>
    <message>
        <source>from 0 to 5</source>
        <translation>från 0 till 5</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>a final report needs the year to be over</source>
        <translation>en slutrapport kräver att året är slut</translation>
    </message>
    <message>
        <source>the period ends before it starts</source>
        <translation>perioden slutar innan den börjar</translation>
    </message>
    <message>
        <source>Connection to the clinic server</source>
        <translation>Anslutning till mottagningens server</translation>
    </message>
    <message>
        <source>Years after the last entry</source>
        <translation>År efter sista anteckningen</translation>
    </message>
    <message>
        <source>between 1 and 100 years</source>
        <translation>mellan 1 och 100 år</translation>
    </message>
    <message>
        <source>required, at most 300 characters</source>
        <translation>obligatoriskt, högst 300 tecken</translation>
    </message>
</context>
<context>
    <name>FormWording</name>
    <message>
        <source>Time frame: {period}</source>
        <translation>Tidsperiod: {period}</translation>
    </message>
    <message>
        <source>The item wording is not included: its licence requires permission. Read each item from the clinic's licensed form.</source>
        <translation>Frågornas text ingår inte eftersom licensen kräver tillstånd. Läs varje fråga från mottagningens licensierade formulär.</translation>
    </message>
    <message>
        <source>The official Swedish wording is not included, so the English is shown. Read the items from the official Swedish form.</source>
        <translation>Den officiella svenska formuleringen ingår inte, därför visas den engelska. Läs frågorna från det officiella svenska formuläret.</translation>
    </message>
    <message>
        <source>The official Swedish wording is not included: it has not been found in a published copy that could be checked word for word. Read each item from the official Swedish form.</source>
        <translation>Den officiella svenska formuleringen ingår inte: den har inte hittats i någon publicerad kopia som gått att kontrollera ord för ord. Läs varje fråga från det officiella svenska formuläret.</translation>
    </message>
    <message>
        <source>The item wording is not included here. Read each item from the official form.</source>
        <translation>Frågornas text ingår inte här. Läs varje fråga från det officiella formuläret.</translation>
    </message>
    <message>
        <source>Answers without an official Swedish wording are in English.</source>
        <translation>Svarsalternativ som saknar officiell svensk formulering visas på engelska.</translation>
    </message>
    <message>
        <source>If the clinic has the form's text (with a licence where one is needed), load it once and it is shown here from then on.</source>
        <translation>Om mottagningen har formulärets text (med licens där det krävs) kan du läsa in den en gång, så visas den här från och med nu.</translation>
    </message>
    <message>
        <source>The clinic lead can load the clinic's own text for this form.</source>
        <translation>Enhetschefen kan läsa in mottagningens egen text för det här formuläret.</translation>
    </message>
    <message>
        <source>Wording from the clinic's text: {source}</source>
        <translation>Formuleringen kommer från mottagningens text: {source}</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>Användarhandbok</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>personal identity number</source>
        <translation>personnummer</translation>
    </message>
    <message>
        <source>coordination number</source>
        <translation>samordningsnummer</translation>
    </message>
    <message>
        <source>reserve number</source>
        <translation>reservnummer</translation>
    </message>
    <message>
        <source>National recommendation: birth date and four characters</source>
        <translation>Nationell rekommendation: födelsedatum och fyra tecken</translation>
    </message>
    <message>
        <source>Stockholm: 12 digits starting with 99</source>
        <translation>Stockholm: 12 siffror som börjar med 99</translation>
    </message>
    <message>
        <source>Free: 4 to 20 letters and digits</source>
        <translation>Fritt: 4–20 bokstäver och siffror</translation>
    </message>
    <message>
        <source>a reservnummer here is a birth date and four characters with at least one letter, for example 19850312-K123</source>
        <translation>ett reservnummer här är ett födelsedatum och fyra tecken varav minst en bokstav, till exempel 19850312-K123</translation>
    </message>
    <message>
        <source>a reservnummer here is 12 digits starting with 99, for example 99123456-7890</source>
        <translation>ett reservnummer här är 12 siffror som börjar med 99, till exempel 99123456-7890</translation>
    </message>
    <message>
        <source>a reservnummer here is 4 to 20 letters (A to Z) and digits</source>
        <translation>ett reservnummer här består av 4–20 bokstäver (A–Z) och siffror</translation>
    </message>
    <message>
        <source>write 10 or 12 digits, for example 19850312-1234</source>
        <translation>skriv 10 eller 12 siffror, till exempel 19850312-1234</translation>
    </message>
    <message>
        <source>the + sign is used only with 10 digits, for example 121212+1212</source>
        <translation>plustecknet används bara med 10 siffror, till exempel 121212+1212</translation>
    </message>
    <message>
        <source>a 12-digit number begins with the century 18, 19 or 20</source>
        <translation>ett nummer med 12 siffror börjar med århundradet 18, 19 eller 20</translation>
    </message>
    <message>
        <source>the check digit does not match (a digit may be mistyped)</source>
        <translation>kontrollsiffran stämmer inte (en siffra kan vara felskriven)</translation>
    </message>
    <message>
        <source>there is no such date</source>
        <translation>det datumet finns inte</translation>
    </message>
    <message>
        <source>the birth number 000 is never issued (a digit may be mistyped)</source>
        <translation>födelsenumret 000 delas aldrig ut (en siffra kan vara felskriven)</translation>
    </message>
    <message>
        <source>the date is in the future</source>
        <translation>datumet ligger i framtiden</translation>
    </message>
    <message>
        <source>a samordningsnummer has the birth day plus 60, so its day is 61 to 91</source>
        <translation>i ett samordningsnummer är födelsedagen plus 60, så dagen är 61–91</translation>
    </message>
    <message>
        <source>this is a personnummer, not a samordningsnummer</source>
        <translation>detta är ett personnummer, inte ett samordningsnummer</translation>
    </message>
    <message>
        <source>this is a samordningsnummer, not a personnummer</source>
        <translation>detta är ett samordningsnummer, inte ett personnummer</translation>
    </message>
    <message>
        <source>a reservnummer has at least one letter among its last four characters</source>
        <translation>ett reservnummer har minst en bokstav bland de fyra sista tecknen</translation>
    </message>
</context>
<context>
    <name>InstrumentPicker</name>
    <message>
        <source>New questionnaire</source>
        <translation>Nytt skattningsformulär</translation>
    </message>
    <message>
        <source>Short name, e.g. PHQ-9 or CORE</source>
        <translation>Kortnamn, t.ex. PHQ-9 eller CORE</translation>
    </message>
    <message>
        <source>&amp;Questionnaire:</source>
        <translation>&amp;Skattningsformulär:</translation>
    </message>
    <message>
        <source>Item wording is not included: use the paper form.</source>
        <translation>Frågornas text ingår inte: använd pappersformuläret.</translation>
    </message>
</context>
<context>
    <name>InstrumentsModel</name>
    <message>
        <source>Questionnaire</source>
        <translation>Skattningsformulär</translation>
    </message>
    <message>
        <source>Latest score</source>
        <translation>Senaste poäng</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Times given</source>
        <translation>Antal gånger</translation>
    </message>
    <message>
        <source>Change since the first</source>
        <translation>Förändring sedan första</translation>
    </message>
    <message>
        <source>(first)</source>
        <translation>(första)</translation>
    </message>
</context>
<context>
    <name>ItemRow</name>
    <message>
        <source>Item {number}</source>
        <translation>Fråga {number}</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Session</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Telefonsamtal</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Konsultation</translation>
    </message>
    <message>
        <source>Referral sent</source>
        <translation>Remiss skickad</translation>
    </message>
    <message>
        <source>Report of concern considered</source>
        <translation>Övervägande om orosanmälan</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Skattningsformulär</translation>
    </message>
    <message>
        <source>Closing summary</source>
        <translation>Sammanfattning vid avslut</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Övrigt</translation>
    </message>
</context>
<context>
    <name>JournalSearchDialog</name>
    <message>
        <source>Search my clients' journals</source>
        <translation>Sök i mina klienters journaler</translation>
    </message>
    <message>
        <source>&amp;Words to find:</source>
        <translation>&amp;Sökord:</translation>
    </message>
    <message>
        <source>Signed notes and your own drafts, of the clients you are counselor for.</source>
        <translation>Signerade anteckningar och dina egna utkast, för de klienter som du är behandlare för.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Söker…</translation>
    </message>
    <message>
        <source>Notes found: {count} · clients: {clients}</source>
        <translation>Hittade anteckningar: {count} · klienter: {clients}</translation>
    </message>
    <message>
        <source>No note contains “{text}”.</source>
        <translation>Ingen anteckning innehåller ”{text}”.</translation>
    </message>
</context>
<context>
    <name>JournalSettingsTab</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagar</numerusform>
        </translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Unsigned drafts</source>
        <translation>Osignerade utkast</translation>
    </message>
    <message>
        <source>&amp;Flag a draft unsigned for more than:</source>
        <translation>&amp;Flagga ett utkast som varit osignerat i mer än:</translation>
    </message>
    <message>
        <source>The author sees it on Today; the clinic lead sees everyone's.</source>
        <translation>Den som skrev det ser det under Idag; enhetschefen ser allas.</translation>
    </message>
    <message>
        <source>No template: a new note of this type is empty.</source>
        <translation>Ingen mall: en ny anteckning av den här typen börjar tom.</translation>
    </message>
    <message>
        <source>&amp;Restore the default</source>
        <translation>Återställ &amp;standardmallen</translation>
    </message>
    <message>
        <source>Save the &amp;templates</source>
        <translation>Spara &amp;mallarna</translation>
    </message>
    <message>
        <source>Note templates</source>
        <translation>Mallar för anteckningar</translation>
    </message>
    <message>
        <source>A new note starts with its type's template: headings that remind the writer what the note should cover. Changes apply to notes started later.</source>
        <translation>En ny anteckning börjar med mallen för sin typ: rubriker som påminner om vad anteckningen ska innehålla. Ändringar gäller anteckningar som påbörjas efteråt.</translation>
    </message>
    <message>
        <source>Note t&amp;ype:</source>
        <translation>Anteckningst&amp;yp:</translation>
    </message>
    <message>
        <source>The default is shown: save the templates to keep it.</source>
        <translation>Standardmallen visas: spara mallarna för att behålla den.</translation>
    </message>
    <message>
        <source>The note templates are saved.</source>
        <translation>Mallarna är sparade.</translation>
    </message>
    <message numerus="yes">
        <source>Drafts unsigned for more than %n day(s) are now flagged.</source>
        <translation>
            <numerusform>Utkast som varit osignerade i mer än %n dag flaggas nu.</numerusform>
            <numerusform>Utkast som varit osignerade i mer än %n dagar flaggas nu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalTab</name>
    <message>
        <source>&amp;New note</source>
        <translation>&amp;Ny anteckning</translation>
    </message>
    <message>
        <source>&amp;Sign...</source>
        <translation>&amp;Signera...</translation>
    </message>
    <message>
        <source>&amp;Addendum...</source>
        <translation>&amp;Tillägg...</translation>
    </message>
    <message>
        <source>Co&amp;rrection...</source>
        <translation>&amp;Rättelse...</translation>
    </message>
    <message>
        <source>&amp;History...</source>
        <translation>&amp;Historik...</translation>
    </message>
    <message>
        <source>Show the &amp;original</source>
        <translation>Visa &amp;originalet</translation>
    </message>
    <message>
        <source>No notes yet. Press Ctrl+N to write the first one.</source>
        <translation>Inga anteckningar ännu. Tryck Ctrl+N för att skriva den första.</translation>
    </message>
    <message>
        <source>Choose a note in the list.</source>
        <translation>Välj en anteckning i listan.</translation>
    </message>
</context>
<context>
    <name>JournalText</name>
    <message>
        <source>{author} ({role})</source>
        <translation>{author} ({role})</translation>
    </message>
</context>
<context>
    <name>KeyRotationDialog</name>
    <message>
        <source>Replace the clinic's keys</source>
        <translation>Byt mottagningens nycklar</translation>
    </message>
    <message>
        <source>A copy of the key file made earlier, with an old password, would still open today's database. Replacing the keys copies the database under new keys, so that such a copy opens nothing current. Everyone else keeps their password: they take the new keys at their next login. It takes a moment per gigabyte; Mottagning cannot be used meanwhile, and you are logged in again afterwards.</source>
        <translation>En kopia av nyckelfilen som gjordes tidigare skulle tillsammans med ett gammalt lösenord fortfarande öppna dagens databas. När nycklarna byts kopieras databasen under nya nycklar, så att en sådan kopia inte öppnar något aktuellt. Alla andra behåller sina lösenord: de får de nya nycklarna när de loggar in nästa gång. Det tar en stund per gigabyte; Mottagning kan inte användas under tiden, och du loggas in igen efteråt.</translation>
    </message>
    <message>
        <source>Your &amp;password:</source>
        <translation>Ditt &amp;lösenord:</translation>
    </message>
    <message>
        <source>&amp;Replace the keys</source>
        <translation>&amp;Byt nycklarna</translation>
    </message>
</context>
<context>
    <name>LeadPage</name>
    <message>
        <source>The clinic lead</source>
        <translation>Enhetschefen</translation>
    </message>
    <message>
        <source>The first account is the clinic lead's, who then creates accounts for the staff. The password also protects the encrypted database: it cannot be recovered, only replaced with the recovery key on the next page.</source>
        <translation>Det första kontot är enhetschefens, som sedan skapar konton åt personalen. Lösenordet skyddar också den krypterade databasen: det går inte att få tillbaka, bara att ersätta med hjälp av återställningsnyckeln på nästa sida.</translation>
    </message>
    <message>
        <source>Clinic lead</source>
        <translation>Enhetschef</translation>
    </message>
    <message>
        <source>for example maria.l</source>
        <translation>till exempel maria.l</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>Fullständigt &amp;namn:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <source>&amp;Create the clinic</source>
        <translation>&amp;Skapa mottagningen</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <source>Psychiatry</source>
        <translation>Psykiatri</translation>
    </message>
    <message>
        <source>Addiction care</source>
        <translation>Beroendevård</translation>
    </message>
    <message>
        <source>Primary care</source>
        <translation>Primärvård (vårdcentral)</translation>
    </message>
    <message>
        <source>Women's clinic</source>
        <translation>Kvinnoklinik</translation>
    </message>
    <message>
        <source>Infection clinic</source>
        <translation>Infektionsklinik</translation>
    </message>
    <message>
        <source>Youth clinic</source>
        <translation>Ungdomsmottagning</translation>
    </message>
    <message>
        <source>Other social services</source>
        <translation>Annan socialtjänst</translation>
    </message>
    <message>
        <source>Anti-trafficking coordinator</source>
        <translation>Regional samordnare mot människohandel</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Polis</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annan</translation>
    </message>
    <message>
        <source>identity (name, identity number)</source>
        <translation>identitet (namn, personnummer)</translation>
    </message>
    <message>
        <source>contact details</source>
        <translation>kontaktuppgifter</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>närvaro</translation>
    </message>
    <message>
        <source>assessments (background, situation, plan)</source>
        <translation>bedömningar (bakgrund, situation, plan)</translation>
    </message>
    <message>
        <source>questionnaire results</source>
        <translation>resultat av skattningar</translation>
    </message>
    <message>
        <source>journal extracts</source>
        <translation>journalutdrag</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <source>Legal ground</source>
        <translation>Rättslig grund</translation>
    </message>
    <message>
        <source>Oral</source>
        <translation>Muntligt</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Skriftligt</translation>
    </message>
    <message>
        <source>Identity number</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Questionnaire results</source>
        <translation>Resultat av skattningar</translation>
    </message>
    <message>
        <source>Treatment plan goals</source>
        <translation>Mål i behandlingsplanen</translation>
    </message>
    <message>
        <source>Journal extract</source>
        <translation>Journalutdrag</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Utskriven</translation>
    </message>
    <message>
        <source>Saved as PDF</source>
        <translation>Sparad som PDF</translation>
    </message>
    <message>
        <source>Access request</source>
        <translation>Registerutdrag</translation>
    </message>
    <message>
        <source>already released</source>
        <translation>redan utlämnat</translation>
    </message>
    <message>
        <source>access request</source>
        <translation>granskningen</translation>
    </message>
    <message>
        <source>Appointment letter</source>
        <translation>Kallelse</translation>
    </message>
    <message>
        <source>the visit has no client</source>
        <translation>besöket har ingen klient</translation>
    </message>
    <message>
        <source>a client with protected identity never has an address printed</source>
        <translation>en klient med skyddade personuppgifter får aldrig sin adress utskriven</translation>
    </message>
    <message>
        <source>the client has no address registered</source>
        <translation>klienten har ingen adress registrerad</translation>
    </message>
    <message>
        <source>Question to be answered</source>
        <translation>Frågeställning</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Remiss</translation>
    </message>
    <message>
        <source>only this client's signed notes</source>
        <translation>bara den här klientens signerade anteckningar</translation>
    </message>
</context>
<context>
    <name>LettersModel</name>
    <message>
        <source>Sent</source>
        <translation>Skickad</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Reply requested by</source>
        <translation>Svar önskas senast</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Received {day}</source>
        <translation>Mottaget {day}</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenat</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Väntar</translation>
    </message>
</context>
<context>
    <name>LettersTab</name>
    <message>
        <source>&amp;Record consent or legal ground...</source>
        <translation>&amp;Registrera samtycke eller rättslig grund...</translation>
    </message>
    <message>
        <source>&amp;Withdraw...</source>
        <translation>&amp;Återkalla...</translation>
    </message>
    <message>
        <source>Consents and other legal grounds</source>
        <translation>Samtycken och andra rättsliga grunder</translation>
    </message>
    <message>
        <source>Write a &amp;referral...</source>
        <translation>Skriv en &amp;remiss...</translation>
    </message>
    <message>
        <source>Reply &amp;received...</source>
        <translation>Svar &amp;mottaget...</translation>
    </message>
    <message>
        <source>&amp;Show as sent...</source>
        <translation>&amp;Visa som skickad...</translation>
    </message>
    <message>
        <source>Record &amp;extract for the client...</source>
        <translation>Register&amp;utdrag till klienten...</translation>
    </message>
    <message>
        <source>The client's right to read their record: review, then release</source>
        <translation>Klientens rätt att läsa sin journal: pröva, sedan lämna ut</translation>
    </message>
    <message>
        <source>Letters sent</source>
        <translation>Skickade remisser</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Återkalla</translation>
    </message>
    <message>
        <source>Note that the consent for {recipient} is withdrawn from today? Nothing can be sent on it after that; the record itself stays.</source>
        <translation>Anteckna att samtycket för {recipient} är återkallat från i dag? Inget kan skickas med stöd av det efter det; själva registreringen finns kvar.</translation>
    </message>
</context>
<context>
    <name>LiveSummary</name>
    <message>
        <source>Answers:</source>
        <translation>Svarsalternativ:</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <source>Not scorable: too many unanswered items</source>
        <translation>Kan inte poängsättas: för många obesvarade frågor</translation>
    </message>
    <message>
        <source>{blank} of {items} items unanswered; at most {allowed} may be missing.</source>
        <translation>{blank} av {items} frågor obesvarade. Högst {allowed} får saknas.</translation>
    </message>
    <message>
        <source>Score so far</source>
        <translation>Poäng hittills</translation>
    </message>
    <message>
        <source>{side} so far</source>
        <translation>{side} (hittills)</translation>
    </message>
    <message>
        <source>Band when all items are answered</source>
        <translation>Nivå när alla frågor är besvarade</translation>
    </message>
    <message>
        <source>Below the clinical cut-off ({value})</source>
        <translation>Under kliniskt gränsvärde ({value})</translation>
    </message>
    <message>
        <source>In the clinical range ({value} or more)</source>
        <translation>Inom kliniskt område ({value} eller mer)</translation>
    </message>
    <message>
        <source>In the clinical range ({value} or less)</source>
        <translation>Inom kliniskt område ({value} eller mindre)</translation>
    </message>
    <message>
        <source>Band: depends on the norm group (set when saved)</source>
        <translation>Nivå: beror på normgruppen (bestäms när formuläret sparas)</translation>
    </message>
    <message>
        <source>{band} so far</source>
        <translation>{band} (hittills)</translation>
    </message>
    <message>
        <source>{answered} of {items} answered</source>
        <translation>{answered} av {items} besvarade</translation>
    </message>
    <message>
        <source>prorated for {count} unanswered</source>
        <translation>uppräknad för {count} obesvarade</translation>
    </message>
    <message>
        <source>When you save, a draft journal note is started for your risk assessment.</source>
        <translation>När du sparar påbörjas ett utkast till journalanteckning för din riskbedömning.</translation>
    </message>
    <message>
        <source>Not checked, an item is unanswered: {meaning}</source>
        <translation>Inte kontrollerat eftersom en fråga är obesvarad: {meaning}</translation>
    </message>
</context>
<context>
    <name>LogAction</name>
    <message>
        <source>Clinic created</source>
        <translation>Mottagningen skapad</translation>
    </message>
    <message>
        <source>Staff keys certified</source>
        <translation>Personalens nycklar certifierade</translation>
    </message>
    <message>
        <source>Staff keys revoked</source>
        <translation>Personalens nycklar återkallade</translation>
    </message>
    <message>
        <source>Keys granted for a new role</source>
        <translation>Nycklar tilldelade för en ny roll</translation>
    </message>
    <message>
        <source>The clinic's keys replaced</source>
        <translation>Mottagningens nycklar bytta</translation>
    </message>
    <message>
        <source>Database upgraded</source>
        <translation>Databasen uppgraderad</translation>
    </message>
    <message>
        <source>Yearly numbers computed</source>
        <translation>Årsstatistik beräknad</translation>
    </message>
    <message>
        <source>Yearly numbers exported</source>
        <translation>Årsstatistik exporterad</translation>
    </message>
    <message>
        <source>Yearly numbers frozen as final</source>
        <translation>Årsstatistik låst som slutrapport</translation>
    </message>
    <message>
        <source>Outward work recorded</source>
        <translation>Utåtriktat arbete registrerat</translation>
    </message>
    <message>
        <source>Outward work changed</source>
        <translation>Utåtriktat arbete ändrat</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Säkerhetskopia gjord</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Säkerhetskopiering misslyckades</translation>
    </message>
    <message>
        <source>Old backup removed</source>
        <translation>Gammal säkerhetskopia borttagen</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Säkerhetskopia återställd</translation>
    </message>
    <message>
        <source>Retention review made</source>
        <translation>Gallringsprövning gjord</translation>
    </message>
    <message>
        <source>Record exempted from retention</source>
        <translation>Journal undantagen från gallring</translation>
    </message>
    <message>
        <source>Records purged (gallring)</source>
        <translation>Journaler gallrade</translation>
    </message>
    <message>
        <source>Record purged</source>
        <translation>Journal gallrad</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Inloggning</translation>
    </message>
    <message>
        <source>Failed login</source>
        <translation>Misslyckad inloggning</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>Utloggning</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Låst</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Upplåst</translation>
    </message>
    <message>
        <source>Recovery key used</source>
        <translation>Återställningsnyckel använd</translation>
    </message>
    <message>
        <source>Recovery key replaced</source>
        <translation>Återställningsnyckel bytt</translation>
    </message>
    <message>
        <source>Own password changed</source>
        <translation>Eget lösenord bytt</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Åtkomst nekad</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>Konto skapat</translation>
    </message>
    <message>
        <source>Account changed</source>
        <translation>Konto ändrat</translation>
    </message>
    <message>
        <source>Account deactivated</source>
        <translation>Konto avaktiverat</translation>
    </message>
    <message>
        <source>Account reactivated</source>
        <translation>Konto återaktiverat</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Lösenord återställt</translation>
    </message>
    <message>
        <source>Clinic settings changed</source>
        <translation>Mottagningens inställningar ändrade</translation>
    </message>
    <message>
        <source>Access log viewed</source>
        <translation>Åtkomstlogg läst</translation>
    </message>
    <message>
        <source>Access log verified</source>
        <translation>Åtkomstlogg kontrollerad</translation>
    </message>
    <message>
        <source>Log review documented</source>
        <translation>Loggkontroll dokumenterad</translation>
    </message>
    <message>
        <source>Anchor of the access log saved</source>
        <translation>Åtkomstloggens kontrollpunkt sparad</translation>
    </message>
    <message>
        <source>Database older than expected</source>
        <translation>Databasen äldre än väntat</translation>
    </message>
    <message>
        <source>Client registered</source>
        <translation>Klient registrerad</translation>
    </message>
    <message>
        <source>Client record opened</source>
        <translation>Klientuppgifter öppnade</translation>
    </message>
    <message>
        <source>Client record changed</source>
        <translation>Klientuppgifter ändrade</translation>
    </message>
    <message>
        <source>Client identity changed</source>
        <translation>Klientens identitet ändrad</translation>
    </message>
    <message>
        <source>Report of concern to consider</source>
        <translation>Orosanmälan att överväga</translation>
    </message>
    <message>
        <source>Report of concern considered</source>
        <translation>Orosanmälan övervägd</translation>
    </message>
    <message>
        <source>Appointment booked</source>
        <translation>Besök bokat</translation>
    </message>
    <message>
        <source>Appointment changed</source>
        <translation>Besök ändrat</translation>
    </message>
    <message>
        <source>Appointment status changed</source>
        <translation>Besökets status ändrad</translation>
    </message>
    <message>
        <source>Booked despite a clash</source>
        <translation>Bokat trots krock</translation>
    </message>
    <message>
        <source>Waiting list changed</source>
        <translation>Väntelista ändrad</translation>
    </message>
    <message>
        <source>Anonymous contact counted</source>
        <translation>Anonym kontakt räknad</translation>
    </message>
    <message>
        <source>Rooms, hours or absences changed</source>
        <translation>Rum, öppettider eller frånvaro ändrade</translation>
    </message>
    <message>
        <source>Journal read</source>
        <translation>Journal läst</translation>
    </message>
    <message>
        <source>Journal refused: not one's client</source>
        <translation>Journal nekad: inte egen klient</translation>
    </message>
    <message>
        <source>Change of a note refused</source>
        <translation>Ändring av anteckning nekad</translation>
    </message>
    <message>
        <source>Journal searched</source>
        <translation>Sökning i journal</translation>
    </message>
    <message>
        <source>Note started</source>
        <translation>Anteckning påbörjad</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Utkast sparat</translation>
    </message>
    <message>
        <source>Note signed</source>
        <translation>Anteckning signerad</translation>
    </message>
    <message>
        <source>Addendum to a note</source>
        <translation>Tillägg till anteckning</translation>
    </message>
    <message>
        <source>Note corrected</source>
        <translation>Anteckning rättad</translation>
    </message>
    <message>
        <source>Emergency access</source>
        <translation>Nödåtkomst</translation>
    </message>
    <message>
        <source>Emergency access reviewed</source>
        <translation>Nödåtkomst granskad</translation>
    </message>
    <message>
        <source>Treatment plan saved</source>
        <translation>Behandlingsplan sparad</translation>
    </message>
    <message>
        <source>Questionnaire recorded</source>
        <translation>Skattningsformulär registrerat</translation>
    </message>
    <message>
        <source>Address book changed</source>
        <translation>Adressboken ändrad</translation>
    </message>
    <message>
        <source>Legal grounds changed</source>
        <translation>Rättsliga grunder ändrade</translation>
    </message>
    <message>
        <source>Letter template saved</source>
        <translation>Brevmall sparad</translation>
    </message>
    <message>
        <source>Consent register read</source>
        <translation>Samtyckesregistret läst</translation>
    </message>
    <message>
        <source>Consent or legal ground recorded</source>
        <translation>Samtycke eller rättslig grund registrerad</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Samtycke återkallat</translation>
    </message>
    <message>
        <source>Letter refused: no consent</source>
        <translation>Brev nekat: inget samtycke</translation>
    </message>
    <message>
        <source>Referral previewed</source>
        <translation>Remiss förhandsgranskad</translation>
    </message>
    <message>
        <source>Referral sent</source>
        <translation>Remiss skickad</translation>
    </message>
    <message>
        <source>Letter register read</source>
        <translation>Brevregistret läst</translation>
    </message>
    <message>
        <source>Reply to a letter recorded</source>
        <translation>Svar på brev registrerat</translation>
    </message>
    <message>
        <source>Sent document opened</source>
        <translation>Skickat dokument öppnat</translation>
    </message>
    <message>
        <source>Appointment letter made</source>
        <translation>Kallelse skapad</translation>
    </message>
    <message>
        <source>Questionnaire report made</source>
        <translation>Rapport över skattningar skapad</translation>
    </message>
    <message>
        <source>Schedule printed</source>
        <translation>Schema utskrivet</translation>
    </message>
    <message>
        <source>Confidentiality review started</source>
        <translation>Sekretessprövning påbörjad</translation>
    </message>
    <message>
        <source>Text masked in a review</source>
        <translation>Text maskerad vid prövning</translation>
    </message>
    <message>
        <source>Record extract released</source>
        <translation>Registerutdrag utlämnat</translation>
    </message>
</context>
<context>
    <name>LogReviewDialog</name>
    <message>
        <source>Document a log review</source>
        <translation>Dokumentera en loggkontroll</translation>
    </message>
    <message>
        <source>What was checked, for example: 10 random client records, every emergency access</source>
        <translation>Vad som kontrollerades, till exempel: 10 slumpvis valda klientjournaler, alla nödåtkomster</translation>
    </message>
    <message>
        <source>What was found, and what was done about it</source>
        <translation>Vad som upptäcktes och vad som gjordes åt det</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;Checked:</source>
        <translation>&amp;Kontrollerat:</translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation>&amp;Iakttagelser:</translation>
    </message>
</context>
<context>
    <name>LogVerdict</name>
    <message>
        <source>The chain is BROKEN at entry {seq}: that entry or one before it has been changed or removed.</source>
        <translation>Kedjan är BRUTEN vid post {seq}: den posten eller en före den har ändrats eller tagits bort.</translation>
    </message>
    <message>
        <source>The clinic's root key is not the one it was: the clinic's keys may have been replaced.</source>
        <translation>Mottagningens rotnyckel är inte den den var: mottagningens nycklar kan ha bytts ut.</translation>
    </message>
    <message>
        <source>A staff member's signing key was swapped or is not certified by the clinic's root key: entries signed with it cannot be trusted.</source>
        <translation>En medarbetares signeringsnyckel har bytts ut eller är inte intygad av mottagningens rotnyckel: poster signerade med den går inte att lita på.</translation>
    </message>
    <message>
        <source>The protection that keeps log entries from being changed was removed or altered.</source>
        <translation>Skyddet som hindrar att loggposter ändras har tagits bort eller ändrats.</translation>
    </message>
    <message>
        <source>The log does not match the anchor of {at}: entries up to entry {seq} were changed or removed, or an older copy of the data folder was put back.</source>
        <translation>Loggen stämmer inte med kontrollpunkten från {at}: poster fram till post {seq} har ändrats eller tagits bort, eller så har en äldre kopia av datamappen lagts tillbaka.</translation>
    </message>
    <message>
        <source>Contact IT and keep a copy of the data folder as it is.</source>
        <translation>Kontakta IT och spara en kopia av datamappen som den är.</translation>
    </message>
    <message numerus="yes">
        <source>The log is whole: %n entries checked, none changed or missing, every signature and key valid.</source>
        <translation>
            <numerusform>Loggen är hel: %n post kontrollerad, ingen ändrad eller borta, varje signatur och nyckel giltig.</numerusform>
            <numerusform>Loggen är hel: %n poster kontrollerade, ingen ändrad eller borta, varje signatur och nyckel giltig.</numerusform>
        </translation>
    </message>
    <message>
        <source>It matches the anchor of {at} (entry {seq}).</source>
        <translation>Den stämmer med kontrollpunkten från {at} (post {seq}).</translation>
    </message>
    <message numerus="yes">
        <source>Logins found %n time(s) that the newest changes were missing (see the entries 'Database older than expected').</source>
        <translation>
            <numerusform>Vid inloggning upptäcktes %n gång att de senaste ändringarna saknades (se posterna ”Databasen äldre än väntat”).</numerusform>
            <numerusform>Vid inloggning upptäcktes %n gånger att de senaste ändringarna saknades (se posterna ”Databasen äldre än väntat”).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>A&amp;nvändarnamn:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>Log in as another user</source>
        <translation>Logga in som en annan användare</translation>
    </message>
    <message>
        <source>Forgotten password?</source>
        <translation>Glömt lösenordet?</translation>
    </message>
    <message>
        <source>← Back: unlock as {name}</source>
        <translation>← Tillbaka: lås upp som {name}</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <source>Log in with your user name and password.</source>
        <translation>Logga in med ditt användarnamn och lösenord.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Låst</translation>
    </message>
    <message>
        <source>{name} locked the window. Type your password to unlock, or log in as another user: the work in progress stays safe.</source>
        <translation>{name} har låst fönstret. Skriv ditt lösenord för att låsa upp, eller logga in som en annan användare. Det påbörjade arbetet finns kvar.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Lås upp</translation>
    </message>
    <message>
        <source>Wrong password. Check Caps Lock and the keyboard layout, then try again.</source>
        <translation>Fel lösenord. Kontrollera Caps Lock och tangentbordslayouten och försök sedan igen.</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>Skriv ditt användarnamn.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Skriv ditt lösenord.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Logga &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>Change &amp;password...</source>
        <translation>&amp;Byt lösenord...</translation>
    </message>
    <message>
        <source>Show full &amp;names instead of aliases</source>
        <translation>Visa fullständiga &amp;namn i stället för alias</translation>
    </message>
    <message>
        <source>Off by default: a client at the counter could read the screen.</source>
        <translation>Av som standard: en klient vid disken kan se skärmen.</translation>
    </message>
    <message>
        <source>Clinic &amp;server...</source>
        <translation>Mottagningens &amp;server...</translation>
    </message>
    <message>
        <source>&amp;About Mottagning</source>
        <translation>&amp;Om Mottagning</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Användarhandbok</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Inställningar</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>Encrypted database</source>
        <translation>Krypterad databas</translation>
    </message>
    <message>
        <source>Everything is stored encrypted (SQLCipher, AES-256) on this computer.</source>
        <translation>Allt lagras krypterat (SQLCipher, AES-256) på den här datorn.</translation>
    </message>
    <message>
        <source>DEMO: synthetic data only</source>
        <translation>DEMO: endast fiktiva uppgifter</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Låst</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>Inte inloggad</translation>
    </message>
    <message>
        <source>Logged in: {name} ({role})</source>
        <translation>Inloggad: {name} ({role})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>The new language is used the next time Mottagning starts.</source>
        <translation>Det nya språket används nästa gång Mottagning startas.</translation>
    </message>
</context>
<context>
    <name>MeasureTables</name>
    <message>
        <source>Not scorable</source>
        <translation>Kan inte poängsättas</translation>
    </message>
    <message>
        <source>{score} (prorated)</source>
        <translation>{score} (uppräknad)</translation>
    </message>
</context>
<context>
    <name>MeasuresTab</name>
    <message>
        <source>&amp;New questionnaire...</source>
        <translation>&amp;Nytt skattningsformulär...</translation>
    </message>
    <message>
        <source>&amp;Report...</source>
        <translation>&amp;Rapport...</translation>
    </message>
    <message>
        <source>The results over time, to print for the client</source>
        <translation>Resultaten över tid, att skriva ut åt klienten</translation>
    </message>
    <message>
        <source>No questionnaires yet. Choose "New questionnaire..." to enter one.</source>
        <translation>Inga skattningar ännu. Välj "Nytt skattningsformulär..." för att fylla i ett.</translation>
    </message>
    <message>
        <source>Questionnaire report</source>
        <translation>Skattningar över tid</translation>
    </message>
    <message>
        <source>{alias} is not one of your clients, so their questionnaires are not shown. If you need them now, request emergency access on the Journal tab: it is logged and reviewed by the clinic lead.</source>
        <translation>{alias} är inte en av dina klienter, så klientens skattningar visas inte. Om du behöver dem nu kan du begära nödåtkomst på fliken Journal. Åtkomsten loggas och granskas av enhetschefen.</translation>
    </message>
    <message>
        <source>Questionnaires are part of the client's journal, which your role does not give access to. The client's visits are on the Visits tab.</source>
        <translation>Skattningarna ingår i klientens journal, som din roll inte ger tillgång till. Klientens besök finns på fliken Besök.</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n till</numerusform>
            <numerusform>+%n till</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MyLettersDialog</name>
    <message>
        <source>Referrals sent</source>
        <translation>Skickade remisser</translation>
    </message>
    <message>
        <source>No referrals have been sent.</source>
        <translation>Inga remisser har skickats.</translation>
    </message>
</context>
<context>
    <name>MyLettersModel</name>
    <message>
        <source>Sent</source>
        <translation>Skickad</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Reply requested by</source>
        <translation>Svar önskas senast</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Received {day}</source>
        <translation>Mottaget {day}</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenat</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Väntar</translation>
    </message>
</context>
<context>
    <name>NewNoteDialog</name>
    <message>
        <source>New note</source>
        <translation>Ny anteckning</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Start writing</source>
        <translation>Börja skriva</translation>
    </message>
</context>
<context>
    <name>NewPasswordFields</name>
    <message>
        <source>At least {minimum} characters. Several unrelated words with spaces between them are both strong and easy to remember.</source>
        <translation>Minst {minimum} tecken. Flera ord som inte hör ihop, med mellanslag emellan, blir ett lösenord som är både starkt och lätt att komma ihåg.</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Nytt &amp;lösenord:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Upprepa:</translation>
    </message>
    <message>
        <source>Good. Now type it again below.</source>
        <translation>Bra. Skriv det nu en gång till nedanför.</translation>
    </message>
    <message>
        <source>Good password.</source>
        <translation>Bra lösenord.</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <source>New recovery key</source>
        <translation>Ny återställningsnyckel</translation>
    </message>
    <message>
        <source>This is the new recovery key. The old one no longer works: destroy the old paper. Print this key now; it is shown only once.</source>
        <translation>Det här är den nya återställningsnyckeln. Den gamla fungerar inte längre: förstör det gamla papperet. Skriv ut den nya nyckeln nu. Den visas bara en gång.</translation>
    </message>
</context>
<context>
    <name>NoteReading</name>
    <message>
        <source>{author} · signed {time}</source>
        <translation>{author} · signerad {time}</translation>
    </message>
    <message>
        <source>Unsigned draft by {author}.</source>
        <translation>Osignerat utkast av {author}.</translation>
    </message>
    <message>
        <source>It may still change. Last saved {time}.</source>
        <translation>Det kan fortfarande ändras. Senast sparat {time}.</translation>
    </message>
    <message>
        <source>Addendum · {author} · {time}</source>
        <translation>Tillägg · {author} · {time}</translation>
    </message>
    <message>
        <source>Corrected by {author}, {time}. Reason: {reason}</source>
        <translation>Rättad av {author}, {time}. Skäl: {reason}</translation>
    </message>
    <message>
        <source>Corrected {count} times, last by {author}, {time}. Reason: {reason}</source>
        <translation>Rättad {count} gånger, senast av {author}, {time}. Skäl: {reason}</translation>
    </message>
    <message>
        <source>Original text · {author} · signed {time}</source>
        <translation>Ursprunglig text · {author} · signerad {time}</translation>
    </message>
    <message>
        <source>Correction {number} · {author} · {time} · reason: {reason}</source>
        <translation>Rättelse {number} · {author} · {time} · skäl: {reason}</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Författare</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Draft (not yours)</source>
        <translation>Utkast (inte ditt)</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signerad</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>rättad</translation>
    </message>
    <message>
        <source>1 addendum</source>
        <translation>1 tillägg</translation>
    </message>
    <message>
        <source>{count} addenda</source>
        <translation>{count} tillägg</translation>
    </message>
</context>
<context>
    <name>NotesPane</name>
    <message>
        <source>Search this journal (Ctrl+Shift+F)</source>
        <translation>Sök i den här journalen (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Newest &amp;first</source>
        <translation>Nyast &amp;först</translation>
    </message>
    <message>
        <source>List the latest note at the top</source>
        <translation>Visa den senaste anteckningen överst</translation>
    </message>
    <message>
        <source>Notes found: {count}</source>
        <translation>Hittade anteckningar: {count}</translation>
    </message>
    <message>
        <source>No note contains “{text}”.</source>
        <translation>Ingen anteckning innehåller ”{text}”.</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>Put it back as it was (Ctrl+Z)</source>
        <translation>Återställ som det var (Ctrl+Z)</translation>
    </message>
</context>
<context>
    <name>OutwardWork</name>
    <message>
        <source>Training for professionals</source>
        <translation>Utbildning för yrkesverksamma</translation>
    </message>
    <message>
        <source>Attitude work in schools</source>
        <translation>Attitydarbete i skolor</translation>
    </message>
    <message>
        <source>Information at events and fairs</source>
        <translation>Information vid evenemang och mässor</translation>
    </message>
    <message>
        <source>Outreach on the street and online</source>
        <translation>Uppsökande arbete på gatan och på nätet</translation>
    </message>
    <message>
        <source>Consultation to professionals</source>
        <translation>Konsultation till yrkesverksamma</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Skola</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Socialtjänst</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Polis</translation>
    </message>
    <message>
        <source>Health care</source>
        <translation>Hälso- och sjukvård</translation>
    </message>
    <message>
        <source>Hospitality and events</source>
        <translation>Besöksnäring och evenemang</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
</context>
<context>
    <name>OutwardWorkDialog</name>
    <message>
        <source>Outward work</source>
        <translation>Utåtriktat arbete</translation>
    </message>
    <message>
        <source>Change outward work</source>
        <translation>Ändra utåtriktat arbete</translation>
    </message>
    <message>
        <source>e.g. the school or the event</source>
        <translation>t.ex. skolan eller evenemanget</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Slag</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Målgrupp</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timmar</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
</context>
<context>
    <name>OutwardWorkModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Slag</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Målgrupp</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timmar</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
</context>
<context>
    <name>OutwardWorkPage</name>
    <message>
        <source>Record outward work…</source>
        <translation>Registrera utåtriktat arbete…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändra…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Outward work</source>
        <translation>Utåtriktat arbete</translation>
    </message>
    <message>
        <source>Trainings for professionals, attitude work in schools, information at events, outreach and consultations: counted in the yearly numbers (table 8).</source>
        <translation>Utbildningar för yrkesverksamma, attitydarbete i skolor, information vid evenemang, uppsökande arbete och konsultationer: räknas i årsstatistiken (tabell 8).</translation>
    </message>
    <message numerus="yes">
        <source>%n activities, %1 participants, %2 hours</source>
        <translation>
            <numerusform>%n aktivitet, %1 deltagare, %2 timmar</numerusform>
            <numerusform>%n aktiviteter, %1 deltagare, %2 timmar</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove outward work</source>
        <translation>Ta bort utåtriktat arbete</translation>
    </message>
    <message>
        <source>Remove this entry? It is kept, but no longer counted.</source>
        <translation>Ta bort posten? Den sparas men räknas inte längre.</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>The time is taken</source>
        <translation>Tiden är upptagen</translation>
    </message>
    <message>
        <source>You may book anyway if there is a good reason. The reason is kept with the visit and in the access log.</source>
        <translation>Du kan boka ändå om det finns goda skäl. Skälet sparas med besöket och i åtkomstloggen.</translation>
    </message>
    <message>
        <source>Reason, for example: interpreter only available then</source>
        <translation>Skäl, till exempel: tolken kan bara då</translation>
    </message>
    <message>
        <source>&amp;Book anyway</source>
        <translation>Boka &amp;ändå</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>What the client wants to reach, in their own words where possible</source>
        <translation>Vad klienten vill uppnå, om möjligt med klientens egna ord</translation>
    </message>
    <message>
        <source>What the clinic does: talks, groups, referrals, contacts</source>
        <translation>Vad mottagningen gör: samtal, grupper, remisser, kontakter</translation>
    </message>
    <message>
        <source>Re&amp;view the plan on</source>
        <translation>&amp;Följ upp planen den</translation>
    </message>
    <message>
        <source>&amp;Save as new version</source>
        <translation>&amp;Spara som ny version</translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation>&amp;Mål</translation>
    </message>
    <message>
        <source>&amp;Interventions</source>
        <translation>&amp;Insatser</translation>
    </message>
    <message>
        <source>Planned questionnaires</source>
        <translation>Planerade skattningar</translation>
    </message>
    <message>
        <source>Ve&amp;rsions</source>
        <translation>Ve&amp;rsioner</translation>
    </message>
    <message>
        <source>No plan yet. Write the first version here.</source>
        <translation>Ingen plan ännu. Skriv den första versionen här.</translation>
    </message>
    <message>
        <source>Current plan: version {number}, saved {time} by {author}.</source>
        <translation>Gällande plan: version {number}, sparad {time} av {author}.</translation>
    </message>
    <message>
        <source>Version {number} · {time} · {author}</source>
        <translation>Version {number} · {time} · {author}</translation>
    </message>
    <message>
        <source>Saved versions are listed here.</source>
        <translation>Sparade versioner visas här.</translation>
    </message>
    <message numerus="yes">
        <source>{name}, every %n visit(s)</source>
        <translation>
            <numerusform>{name}, vid varje besök</numerusform>
            <numerusform>{name}, vart %n:e besök</numerusform>
        </translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Insatser</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Changes not saved yet.</source>
        <translation>Ändringarna är inte sparade än.</translation>
    </message>
</context>
<context>
    <name>PlannedMeasuresEditor</name>
    <message>
        <source>Add a &amp;questionnaire</source>
        <translation>Lägg till s&amp;kattningsformulär</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <source>{day}: not scorable (too many unanswered items)</source>
        <translation>{day}: kan inte poängsättas (för många obesvarade frågor)</translation>
    </message>
    <message>
        <source>First measurement: later ones are compared with it</source>
        <translation>Första mätningen: senare mätningar jämförs med den</translation>
    </message>
    <message>
        <source>{change} since {day}</source>
        <translation>{change} sedan {day}</translation>
    </message>
    <message>
        <source>Change cannot be classified for this questionnaire</source>
        <translation>Förändringen kan inte klassificeras för det här formuläret</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Första</translation>
    </message>
    <message>
        <source>No reliable change</source>
        <translation>Ingen tillförlitlig förändring</translation>
    </message>
    <message>
        <source>Reliable improvement</source>
        <translation>Tillförlitlig förbättring</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Återhämtad</translation>
    </message>
    <message>
        <source>Reliable deterioration</source>
        <translation>Tillförlitlig försämring</translation>
    </message>
    <message>
        <source>Not classifiable</source>
        <translation>Kan inte klassificeras</translation>
    </message>
    <message>
        <source>Not scorable</source>
        <translation>Kan inte poängsättas</translation>
    </message>
    <message>
        <source>No questionnaires yet</source>
        <translation>Inga skattningar ännu</translation>
    </message>
    <message>
        <source>Clinical cut-off {value}</source>
        <translation>Kliniskt gränsvärde {value}</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <source>Purge records (gallring)</source>
        <translation>Gallra journaler</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) will be purged for good:</source>
        <translation>
            <numerusform>%n journal gallras för gott:</numerusform>
            <numerusform>%n journaler gallras för gott:</numerusform>
        </translation>
    </message>
    <message>
        <source>A purge cannot be undone. What remains is a purge record without personal data and the access log, which names clients only by number. The yearly numbers already reported stay as they were.

Backups made before the purge still hold these records until they rotate out: afterwards you are offered to delete them.</source>
        <translation>En gallring kan inte ångras. Kvar blir en gallringsanteckning utan personuppgifter och åtkomstloggen, som bara anger klienter med nummer. Årsstatistik som redan rapporterats förblir som den var.

Säkerhetskopior gjorda före gallringen innehåller journalerna tills de roteras bort: efteråt erbjuds du att ta bort dem.</translation>
    </message>
    <message>
        <source>The rules ask a second person to confirm:</source>
        <translation>Reglerna kräver att en andra person bekräftar:</translation>
    </message>
    <message>
        <source>Their &amp;user name:</source>
        <translation>Dennes &amp;användarnamn:</translation>
    </message>
    <message>
        <source>Their &amp;password:</source>
        <translation>Dennes &amp;lösenord:</translation>
    </message>
    <message>
        <source>&amp;Purge</source>
        <translation>&amp;Gallra</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Forgotten password</source>
        <translation>Glömt lösenord</translation>
    </message>
    <message>
        <source>Forgotten your password? Ask the clinic lead: they can give you a new temporary password.

If no clinic lead can log in, a clinic lead can set a new password with the recovery key printed when the clinic was set up.</source>
        <translation>Har du glömt ditt lösenord? Fråga enhetschefen, som kan ge dig ett nytt tillfälligt lösenord.

Om ingen enhetschef kan logga in kan en enhetschef välja ett nytt lösenord med hjälp av återställningsnyckeln som skrevs ut när mottagningen skapades.</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>Återställnings&amp;nyckel:</translation>
    </message>
    <message>
        <source>Clinic lead's &amp;user name:</source>
        <translation>Enhetschefens &amp;användarnamn:</translation>
    </message>
    <message>
        <source>Set new password</source>
        <translation>Spara nytt lösenord</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>The recovery key</source>
        <translation>Återställningsnyckeln</translation>
    </message>
    <message>
        <source>If every clinic lead's password is lost, this key is the only way back into the database. It is shown only now. Print it (or write it down carefully) and keep the paper locked away.</source>
        <translation>Om alla enhetschefers lösenord går förlorade är den här nyckeln det enda sättet att komma åt databasen igen. Den visas bara nu. Skriv ut den (eller skriv ner den noggrant) och förvara papperet inlåst.</translation>
    </message>
    <message>
        <source>I &amp;have printed or written down the recovery key and will keep it safe.</source>
        <translation>Jag &amp;har skrivit ut eller skrivit ner återställningsnyckeln och förvarar den säkert.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPanel</name>
    <message>
        <source>&amp;Print...</source>
        <translation>Skriv &amp;ut...</translation>
    </message>
    <message>
        <source>The clinic's root key has the fingerprint {fingerprint}. It is printed with every log review: should it ever differ, the clinic's keys were replaced behind your back, so contact IT.</source>
        <translation>Mottagningens rotnyckel har fingeravtrycket {fingerprint}. Det skrivs ut med varje loggkontroll: skulle det någon gång skilja sig har mottagningens nycklar bytts ut utan ert vetande, så kontakta då IT.</translation>
    </message>
    <message>
        <source>Recovery key for Mottagning</source>
        <translation>Återställningsnyckel för Mottagning</translation>
    </message>
    <message>
        <source>With this key a clinic lead can set a new password if no clinic lead can log in. Anyone who has it can open the clinic's database: keep the paper locked away, for example in the clinic's safe, and never store it on a computer.</source>
        <translation>Med den här nyckeln kan en enhetschef välja ett nytt lösenord om ingen enhetschef kan logga in. Den som har nyckeln kan öppna mottagningens databas: förvara papperet inlåst, till exempel i mottagningens kassaskåp, och spara aldrig nyckeln på en dator.</translation>
    </message>
</context>
<context>
    <name>ReferralBuilder</name>
    <message>
        <source>Referral</source>
        <translation>Remiss</translation>
    </message>
    <message>
        <source>Save the referral as PDF</source>
        <translation>Spara remissen som PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Write a referral</source>
        <translation>Skriv en remiss</translation>
    </message>
    <message>
        <source>Choose the receiving unit</source>
        <translation>Välj mottagande enhet</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelska</translation>
    </message>
    <message>
        <source>What should the recipient answer or do?</source>
        <translation>Vad ska mottagaren besvara eller göra?</translation>
    </message>
    <message>
        <source>&amp;Reply requested by</source>
        <translation>Svar önskas &amp;senast</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>&amp;Question to be answered:</source>
        <translation>&amp;Frågeställning:</translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation>&amp;Bakgrund:</translation>
    </message>
    <message>
        <source>Current &amp;situation:</source>
        <translation>Aktuell &amp;situation:</translation>
    </message>
    <message>
        <source>Also include:</source>
        <translation>Ta också med:</translation>
    </message>
    <message>
        <source>Only what you switch on goes into the letter, and only what the client's consent covers can be switched on.</source>
        <translation>Bara det du slår på kommer med i remissen, och bara det klientens samtycke omfattar går att slå på.</translation>
    </message>
    <message>
        <source>&amp;Update preview</source>
        <translation>&amp;Uppdatera förhandsvisningen</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>Skriv &amp;ut...</translation>
    </message>
    <message>
        <source>Save as P&amp;DF...</source>
        <translation>Spara som P&amp;DF...</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Choose the recipient and write the question.</source>
        <translation>Välj mottagare och skriv frågeställningen.</translation>
    </message>
    <message>
        <source>The consent register lets the referral go.</source>
        <translation>Samtyckesregistret tillåter att remissen skickas.</translation>
    </message>
    <message>
        <source>Choose the recipient first.</source>
        <translation>Välj mottagare först.</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Utskriften misslyckades</translation>
    </message>
    <message>
        <source>The referral is recorded as sent, but the printer did not print. Print it again from the letter register.</source>
        <translation>Remissen är registrerad som skickad, men skrivaren skrev inte ut. Skriv ut den igen från brevregistret.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Spara som PDF</translation>
    </message>
    <message>
        <source>A PDF file is not encrypted: anyone who reaches the file can read it. Save it only where it belongs (e.g. to send by secure e-mail), and delete it after. Save anyway?</source>
        <translation>En PDF-fil är inte krypterad: alla som kommer åt filen kan läsa den. Spara den bara där den hör hemma (t.ex. för att skicka med säker e-post) och radera den efteråt. Spara ändå?</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparad</translation>
    </message>
    <message>
        <source>The referral is recorded as sent, but the file could not be written there. The letter register keeps it as sent: print a copy from there.</source>
        <translation>Remissen är registrerad som skickad, men filen kunde inte skrivas där. Brevregistret har den som den skickades: skriv ut en kopia därifrån.</translation>
    </message>
</context>
<context>
    <name>RemoveDialog</name>
    <message>
        <source>Remove from the waiting list</source>
        <translation>Ta bort från väntelistan</translation>
    </message>
    <message>
        <source>Why is {client} leaving the waiting list (e.g. no longer wants contact)?</source>
        <translation>Varför lämnar {client} väntelistan (t.ex. vill inte längre ha kontakt)?</translation>
    </message>
    <message>
        <source>The contact ends: &amp;close the client with this reason</source>
        <translation>Kontakten upphör: &amp;avsluta klienten med det här skälet</translation>
    </message>
    <message>
        <source>Otherwise the client stays active, for example when booked another way.</source>
        <translation>Annars förblir klienten aktiv, till exempel när en tid har bokats på annat sätt.</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>Ta bort från listan</translation>
    </message>
</context>
<context>
    <name>RepeatFields</name>
    <message>
        <source>Does not repeat</source>
        <translation>Upprepas inte</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Varje vecka</translation>
    </message>
    <message>
        <source>Every other week</source>
        <translation>Varannan vecka</translation>
    </message>
    <message>
        <source>Every N weeks</source>
        <translation>Var N:e vecka</translation>
    </message>
    <message>
        <source>every </source>
        <translation>med </translation>
    </message>
    <message numerus="yes">
        <source> week(s)</source>
        <translation>
            <numerusform> veckas mellanrum</numerusform>
            <numerusform> veckors mellanrum</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Number of visits:</source>
        <translation>&amp;Antal besök:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>Till och &amp;med:</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <source>Reply received</source>
        <translation>Svar mottaget</translation>
    </message>
    <message>
        <source>e.g. called for a first visit on 15 December</source>
        <translation>t.ex. kallad till ett första besök 15 december</translation>
    </message>
    <message>
        <source>Referral to {recipient}, sent {day}</source>
        <translation>Remiss till {recipient}, skickad {day}</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Mottaget den:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Anteckning:</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Återställ en säkerhetskopia</translation>
    </message>
    <message>
        <source>Made:</source>
        <translation>Gjord:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Storlek:</translation>
    </message>
    <message>
        <source>Accounts:</source>
        <translation>Konton:</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Kontrollerar …</translation>
    </message>
    <message>
        <source>Check:</source>
        <translation>Kontroll:</translation>
    </message>
    <message>
        <source>Everything recorded after this backup will be gone from the database. The current files are kept in the data folder as they are. Everyone signed in on this computer is logged out, and you log in again with the password you had when the backup was made.</source>
        <translation>Allt som har registrerats efter den här säkerhetskopian försvinner ur databasen. De nuvarande filerna sparas oförändrade i datamappen. Alla som är inloggade på den här datorn loggas ut, och du loggar in igen med det lösenord du hade när säkerhetskopian gjordes.</translation>
    </message>
    <message>
        <source>Your &amp;password:</source>
        <translation>Ditt &amp;lösenord:</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Återställ</translation>
    </message>
    <message>
        <source>Whole: opens with the clinic's key, matches its manifest.</source>
        <translation>Hel: öppnas med mottagningens nyckel och stämmer med sin förteckning.</translation>
    </message>
    <message>
        <source>Damaged: this backup cannot be restored.</source>
        <translation>Skadad: den här säkerhetskopian kan inte återställas.</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>Due for purging</source>
        <translation>Ska gallras</translation>
    </message>
    <message>
        <source>Kept: the municipality keeps every record</source>
        <translation>Bevaras: kommunen bevarar alla journaler</translation>
    </message>
    <message>
        <source>Kept: the record is not closed</source>
        <translation>Bevaras: akten är inte avslutad</translation>
    </message>
    <message>
        <source>Kept: other data on the person remains</source>
        <translation>Bevaras: andra uppgifter om personen finns kvar</translation>
    </message>
    <message>
        <source>Kept for research (born on the 5th, 15th or 25th)</source>
        <translation>Bevaras för forskning (född den 5:e, 15:e eller 25:e)</translation>
    </message>
    <message>
        <source>Kept: the home municipality is exempt</source>
        <translation>Bevaras: hemkommunen är undantagen</translation>
    </message>
    <message>
        <source>Kept: the strand is exempt</source>
        <translation>Bevaras: inriktningen är undantagen</translation>
    </message>
    <message>
        <source>Kept: this record is exempt</source>
        <translation>Bevaras: journalen är undantagen</translation>
    </message>
    <message>
        <source>register entry</source>
        <translation>registeruppgift</translation>
    </message>
    <message>
        <source>identity history</source>
        <translation>identitetshistorik</translation>
    </message>
    <message>
        <source>target groups</source>
        <translation>målgrupper</translation>
    </message>
    <message>
        <source>counselor links</source>
        <translation>behandlarkopplingar</translation>
    </message>
    <message>
        <source>report-of-concern considerations</source>
        <translation>orosanmälningsprövningar</translation>
    </message>
    <message>
        <source>appointments</source>
        <translation>besök</translation>
    </message>
    <message>
        <source>appointment counselors</source>
        <translation>behandlare på besök</translation>
    </message>
    <message>
        <source>waiting-list places</source>
        <translation>platser på väntelistan</translation>
    </message>
    <message>
        <source>journal notes</source>
        <translation>journalanteckningar</translation>
    </message>
    <message>
        <source>draft versions</source>
        <translation>utkastversioner</translation>
    </message>
    <message>
        <source>addenda and corrections</source>
        <translation>tillägg och rättelser</translation>
    </message>
    <message>
        <source>emergency accesses</source>
        <translation>nödåtkomster</translation>
    </message>
    <message>
        <source>plan versions</source>
        <translation>planversioner</translation>
    </message>
    <message>
        <source>questionnaires</source>
        <translation>skattningsformulär</translation>
    </message>
    <message>
        <source>consents</source>
        <translation>samtycken</translation>
    </message>
    <message>
        <source>disclosures</source>
        <translation>utlämnanden</translation>
    </message>
    <message>
        <source>letters</source>
        <translation>brev</translation>
    </message>
    <message>
        <source>letter documents</source>
        <translation>brevdokument</translation>
    </message>
    <message>
        <source>record-extract reviews</source>
        <translation>sekretessprövningar</translation>
    </message>
    <message>
        <source>record-extract markings</source>
        <translation>markeringar i sekretessprövningar</translation>
    </message>
    <message>
        <source>exemptions</source>
        <translation>undantag</translation>
    </message>
</context>
<context>
    <name>RetentionRulesBox</name>
    <message>
        <source>Retention rules</source>
        <translation>Gallringsregler</translation>
    </message>
    <message>
        <source>&amp;Purge social-services records</source>
        <translation>&amp;Gallra socialtjänstens journaler</translation>
    </message>
    <message>
        <source>Turn off if the municipality has decided to keep every record.</source>
        <translation>Stäng av om kommunen har beslutat att bevara alla journaler.</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n år</numerusform>
            <numerusform>%n år</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep people born on the 5th, 15th or 25th (research)</source>
        <translation>Bevara personer födda den 5:e, 15:e eller 25:e (forskning)</translation>
    </message>
    <message>
        <source>None (separate with commas)</source>
        <translation>Inga (skilj med kommatecken)</translation>
    </message>
    <message>
        <source>A &amp;second person confirms each purge</source>
        <translation>En &amp;andra person bekräftar varje gallring</translation>
    </message>
    <message>
        <source>&amp;Save the rules</source>
        <translation>&amp;Spara reglerna</translation>
    </message>
    <message>
        <source>after the last entry, at the latest by the end of the following year</source>
        <translation>efter sista anteckningen, senast vid utgången av året därpå</translation>
    </message>
    <message>
        <source>Purge &amp;after:</source>
        <translation>Gallra &amp;efter:</translation>
    </message>
    <message>
        <source>Exempt home &amp;municipalities:</source>
        <translation>Undantagna &amp;hemkommuner:</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Undanta</translation>
    </message>
    <message>
        <source>The reason (required when exempt)</source>
        <translation>Skälet (krävs vid undantag)</translation>
    </message>
    <message>
        <source>&amp;Legal reference:</source>
        <translation>&amp;Lagrum:</translation>
    </message>
</context>
<context>
    <name>RetentionTab</name>
    <message>
        <source>&amp;Make the review</source>
        <translation>&amp;Gör prövningen</translation>
    </message>
    <message>
        <source>&amp;Exempt the record...</source>
        <translation>&amp;Undanta journalen...</translation>
    </message>
    <message>
        <source>&amp;Purge the due records...</source>
        <translation>&amp;Gallra journalerna som ska gallras...</translation>
    </message>
    <message>
        <source>Backups made before a purge still hold the purged records until they rotate out. After a purge you can delete them, once a new backup is made.</source>
        <translation>Säkerhetskopior gjorda före en gallring innehåller de gallrade journalerna tills de roteras bort. Efter en gallring kan du ta bort dem, när en ny säkerhetskopia är gjord.</translation>
    </message>
    <message>
        <source>Yearly review (gallringsprövning)</source>
        <translation>Årlig gallringsprövning</translation>
    </message>
    <message>
        <source>Making the review...</source>
        <translation>Gör prövningen...</translation>
    </message>
    <message numerus="yes">
        <source>On {day}: %n record(s) due for purging</source>
        <translation>
            <numerusform>Den {day}: %n journal ska gallras</numerusform>
            <numerusform>Den {day}: %n journaler ska gallras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept</source>
        <translation>
            <numerusform>%n bevaras</numerusform>
            <numerusform>%n bevaras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not yet due.</source>
        <translation>
            <numerusform>%n inte aktuell än.</numerusform>
            <numerusform>%n inte aktuella än.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exempt the record</source>
        <translation>Undanta journalen</translation>
    </message>
    <message>
        <source>Why is the record of {alias} kept? (required)</source>
        <translation>Varför bevaras journalen för {alias}? (obligatoriskt)</translation>
    </message>
    <message>
        <source>Purging the records...</source>
        <translation>Gallrar journalerna...</translation>
    </message>
    <message>
        <source>Records purged</source>
        <translation>Journaler gallrade</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) purged for good.</source>
        <translation>
            <numerusform>%n journal gallrad för gott.</numerusform>
            <numerusform>%n journaler gallrade för gott.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backups made before the purge</source>
        <translation>Säkerhetskopior från före gallringen</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) made before the purge still hold the purged records. Make a new backup now and then delete them?</source>
        <translation>
            <numerusform>%n säkerhetskopia från före gallringen innehåller de gallrade journalerna. Göra en ny säkerhetskopia nu och sedan ta bort den?</numerusform>
            <numerusform>%n säkerhetskopior från före gallringen innehåller de gallrade journalerna. Göra en ny säkerhetskopia nu och sedan ta bort dem?</numerusform>
        </translation>
    </message>
    <message>
        <source>Backing up and deleting older backups...</source>
        <translation>Säkerhetskopierar och tar bort äldre säkerhetskopior...</translation>
    </message>
    <message>
        <source>Backups deleted</source>
        <translation>Säkerhetskopior borttagna</translation>
    </message>
    <message numerus="yes">
        <source>A new backup was made; %n older backup(s) deleted.</source>
        <translation>
            <numerusform>En ny säkerhetskopia gjordes; %n äldre borttagen.</numerusform>
            <numerusform>En ny säkerhetskopia gjordes; %n äldre borttagna.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewDocumentedDialog</name>
    <message>
        <source>Log review documented</source>
        <translation>Loggkontrollen är dokumenterad</translation>
    </message>
    <message>
        <source>The review is documented in the access log.</source>
        <translation>Loggkontrollen är dokumenterad i åtkomstloggen.</translation>
    </message>
    <message>
        <source>&amp;Print the review...</source>
        <translation>&amp;Skriv ut loggkontrollen...</translation>
    </message>
    <message>
        <source>&amp;Save the anchor...</source>
        <translation>&amp;Spara kontrollpunkten...</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Strand</source>
        <translation>Inriktning</translation>
    </message>
    <message>
        <source>Last entry</source>
        <translation>Sista anteckning</translation>
    </message>
    <message>
        <source>Due since</source>
        <translation>Aktuell sedan</translation>
    </message>
    <message>
        <source>Purge by</source>
        <translation>Gallras senast</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>A purge removes</source>
        <translation>Gallringen tar bort</translation>
    </message>
</context>
<context>
    <name>ReviewsModel</name>
    <message>
        <source>Documented</source>
        <translation>Dokumenterad</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Kontrollerat</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Iakttagelser</translation>
    </message>
    <message>
        <source>Anchor</source>
        <translation>Kontrollpunkt</translation>
    </message>
    <message>
        <source>entry {seq}</source>
        <translation>post {seq}</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Counselor</source>
        <translation>Behandlare</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administratör</translation>
    </message>
    <message>
        <source>Clinic lead</source>
        <translation>Enhetschef</translation>
    </message>
</context>
<context>
    <name>SchedulePrint</name>
    <message>
        <source>Schedule {day}</source>
        <translation>Schema {day}</translation>
    </message>
    <message>
        <source>Schedule week {week}, {year}</source>
        <translation>Schema vecka {week}, {year}</translation>
    </message>
    <message>
        <source>The whole clinic</source>
        <translation>Hela mottagningen</translation>
    </message>
    <message>
        <source>Counselor: {name}</source>
        <translation>Behandlare: {name}</translation>
    </message>
    <message>
        <source>Room: {name}</source>
        <translation>Rum: {name}</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation>Behandlare</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Rum</translation>
    </message>
    <message>
        <source>Contact form</source>
        <translation>Kontaktform</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No visits.</source>
        <translation>Inga besök.</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Måndag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Tisdag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Onsdag</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Torsdag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Fredag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Lördag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Söndag</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schema</translation>
    </message>
</context>
<context>
    <name>ScopeQuestion</name>
    <message>
        <source>Recurring visit</source>
        <translation>Återkommande besök</translation>
    </message>
    <message>
        <source>Visits that have already taken place are never changed.</source>
        <translation>Besök som redan har ägt rum ändras aldrig.</translation>
    </message>
    <message>
        <source>Only this visit</source>
        <translation>Bara det här besöket</translation>
    </message>
    <message>
        <source>This and following</source>
        <translation>Det här och följande</translation>
    </message>
    <message>
        <source>All visits in the series</source>
        <translation>Alla besök i serien</translation>
    </message>
</context>
<context>
    <name>SentLetterDialog</name>
    <message>
        <source>Referral to {recipient}, sent {day}</source>
        <translation>Remiss till {recipient}, skickad {day}</translation>
    </message>
    <message>
        <source>&amp;Print a copy...</source>
        <translation>Skriv ut en &amp;kopia...</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>SeriesPreview</name>
    <message>
        <source>counselor busy</source>
        <translation>behandlaren upptagen</translation>
    </message>
    <message>
        <source>room booked</source>
        <translation>rummet bokat</translation>
    </message>
    <message>
        <source>client busy</source>
        <translation>klienten upptagen</translation>
    </message>
    <message>
        <source>counselor away</source>
        <translation>behandlaren frånvarande</translation>
    </message>
    <message>
        <source>clinic closed</source>
        <translation>mottagningen stängd</translation>
    </message>
    <message>
        <source>{day} {holiday}: closed, passed over</source>
        <translation>{day} {holiday}: stängt, hoppas över</translation>
    </message>
    <message>
        <source>{day}: closed, passed over</source>
        <translation>{day}: stängt, hoppas över</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n besök</numerusform>
            <numerusform>%n besök</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n closed day(s) passed over</source>
        <translation>
            <numerusform>%n stängd dag hoppas över</numerusform>
            <numerusform>%n stängda dagar hoppas över</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a clash</source>
        <translation>
            <numerusform>%n med krock</numerusform>
            <numerusform>%n med krock</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Clinic server</source>
        <translation>Mottagningens server</translation>
    </message>
    <message>
        <source>Computers of one clinic share the calendar, the register and the journal through the clinic server. The server receives only encrypted changes. IT gives each computer a connection of its own; keep its password in PostgreSQL's password file rather than here.</source>
        <translation>Datorerna på en mottagning delar kalendern, registret och journalen genom mottagningens server. Servern tar bara emot krypterade ändringar. IT ger varje dator en egen anslutning; förvara dess lösenord i PostgreSQL:s lösenordsfil hellre än här.</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Anslutning:</translation>
    </message>
    <message>
        <source>Connect and &amp;sync</source>
        <translation>Anslut och &amp;synkronisera</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Arbetsstation</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registrerad</translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation>Senast skickat</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>Workstations on the server:</source>
        <translation>Arbetsstationer på servern:</translation>
    </message>
    <message>
        <source> (this computer)</source>
        <translation> (den här datorn)</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Borttagen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Connecting to the clinic server...</source>
        <translation>Ansluter till mottagningens server...</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up Mottagning</source>
        <translation>Kom igång med Mottagning</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Tillbaka</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Nästa &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Slutför</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>SignQuestion</name>
    <message>
        <source>Sign the note</source>
        <translation>Signera anteckningen</translation>
    </message>
    <message>
        <source>Sign the note of {day} now?</source>
        <translation>Vill du signera anteckningen från {day} nu?</translation>
    </message>
    <message>
        <source>A signed note is locked: it can no longer be changed, only added to (addendum) or corrected with a reason, and the original stays readable.</source>
        <translation>En signerad anteckning låses: den kan inte längre ändras, bara kompletteras med ett tillägg eller rättas med angivet skäl, och originalet förblir läsbart.</translation>
    </message>
    <message>
        <source>&amp;Sign and lock</source>
        <translation>&amp;Signera och lås</translation>
    </message>
    <message>
        <source>Keep &amp;writing</source>
        <translation>&amp;Fortsätt skriva</translation>
    </message>
</context>
<context>
    <name>SignedInUsers</name>
    <message>
        <source>The record of the access log kept beside the database is missing or damaged. That is expected if the database was just moved to this computer; otherwise someone may have tampered with the files. This has been recorded in the access log. Tell the clinic lead.</source>
        <translation>Uppgiften om åtkomstloggen som sparas bredvid databasen saknas eller är skadad. Det är väntat om databasen nyss flyttats till den här datorn; annars kan någon ha manipulerat filerna. Detta har registrerats i åtkomstloggen. Meddela enhetschefen.</translation>
    </message>
    <message>
        <source>The access log in this database does not continue from the one last seen on this computer: the database file may have been replaced by an older copy. This has been recorded in the access log. Tell the clinic lead before you go on.</source>
        <translation>Åtkomstloggen i den här databasen fortsätter inte där loggen som senast sågs på den här datorn slutade: databasfilen kan ha ersatts med en äldre kopia. Detta har registrerats i åtkomstloggen. Kontakta enhetschefen innan du fortsätter.</translation>
    </message>
    <message>
        <source>Check the database</source>
        <translation>Kontrollera databasen</translation>
    </message>
    <message>
        <source>The database was restored from the backup made {made}.</source>
        <translation>Databasen har återställts från säkerhetskopian som gjordes {made}.</translation>
    </message>
    <message numerus="yes">
        <source>What was recorded on this computer after that backup is not in it (%n access-log entries). The files from before the restore are kept in the data folder.</source>
        <translation>
            <numerusform>Det som registrerades på den här datorn efter säkerhetskopian finns inte med (%n post i åtkomstloggen). Filerna från före återställningen finns kvar i datamappen.</numerusform>
            <numerusform>Det som registrerades på den här datorn efter säkerhetskopian finns inte med (%n poster i åtkomstloggen). Filerna från före återställningen finns kvar i datamappen.</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer had no earlier record of the database.</source>
        <translation>Den här datorn hade ingen tidigare uppgift om databasen.</translation>
    </message>
    <message>
        <source>The restore has been recorded in the access log.</source>
        <translation>Återställningen har registrerats i åtkomstloggen.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Säkerhetskopia återställd</translation>
    </message>
    <message>
        <source>The backup failed</source>
        <translation>Säkerhetskopieringen misslyckades</translation>
    </message>
    <message>
        <source>Also signed in on this computer: {names}. Ask them to log out first: everyone here is logged out while the keys are replaced.</source>
        <translation>Också inloggade på den här datorn: {names}. Be dem logga ut först: alla här loggas ut medan nycklarna byts.</translation>
    </message>
    <message>
        <source>Close your other open windows first (unsaved text would be lost).</source>
        <translation>Stäng dina andra öppna fönster först (osparad text skulle gå förlorad).</translation>
    </message>
    <message numerus="yes">
        <source>The clinic's keys are replaced. %n colleague(s) take the new keys at their next login; an old copy of the key file opens nothing current.</source>
        <translation>
            <numerusform>Mottagningens nycklar är bytta. %n kollega får de nya nycklarna vid nästa inloggning; en gammal kopia av nyckelfilen öppnar inget aktuellt.</numerusform>
            <numerusform>Mottagningens nycklar är bytta. %n kollegor får de nya nycklarna vid nästa inloggning; en gammal kopia av nyckelfilen öppnar inget aktuellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>These accounts could not be given the new keys and need a new temporary password: {names}.</source>
        <translation>De här kontona kunde inte få de nya nycklarna och behöver ett nytt tillfälligt lösenord: {names}.</translation>
    </message>
    <message>
        <source>Keys replaced</source>
        <translation>Nycklarna är bytta</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <source>Yearly numbers</source>
        <translation>Årsstatistik</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Beräkna</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Inställningar…</translation>
    </message>
    <message>
        <source>Choose a year or a period and compute.</source>
        <translation>Välj ett år eller en period och beräkna.</translation>
    </message>
    <message>
        <source>The lead's introduction for the council, on the report's title page.</source>
        <translation>Enhetschefens inledning till nämnden, på rapportens försättsblad.</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>Exportera Excel…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportera CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exportera PDF…</translation>
    </message>
    <message>
        <source>Compare with a fresh count</source>
        <translation>Jämför med en ny räkning</translation>
    </message>
    <message>
        <source>Freeze as final…</source>
        <translation>Lås som slutrapport…</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Beräknar…</translation>
    </message>
    <message>
        <source>Computing the yearly numbers</source>
        <translation>Årsstatistiken beräknas</translation>
    </message>
    <message>
        <source>Small counts</source>
        <translation>Små antal</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Inledning</translation>
    </message>
    <message>
        <source>Final report, as frozen.</source>
        <translation>Slutrapport, som den låstes.</translation>
    </message>
    <message>
        <source>Preliminary: not frozen.</source>
        <translation>Preliminär: inte låst.</translation>
    </message>
    <message numerus="yes">
        <source>%n cells hidden to protect small counts.</source>
        <translation>
            <numerusform>%n cell dold för att skydda små antal.</numerusform>
            <numerusform>%n celler dolda för att skydda små antal.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the yearly numbers</source>
        <translation>Exportera årsstatistiken</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporterad</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Sparad som %1.</translation>
    </message>
    <message>
        <source>Freezing the final report</source>
        <translation>Slutrapporten låses</translation>
    </message>
    <message>
        <source>Freeze as final</source>
        <translation>Lås som slutrapport</translation>
    </message>
    <message>
        <source>Freeze the numbers of %1 as the final report? They are kept as they are now, also after later changes and purges, and every later export of %1 gives exactly these numbers.</source>
        <translation>Lås siffrorna för %1 som slutrapport? De sparas som de är nu, även efter senare ändringar och gallring, och varje senare export av %1 ger exakt dessa siffror.</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>Jämfört</translation>
    </message>
    <message>
        <source>A fresh count gives the same numbers.</source>
        <translation>En ny räkning ger samma siffror.</translation>
    </message>
    <message numerus="yes">
        <source>A fresh count differs in %n cells:</source>
        <translation>
            <numerusform>En ny räkning skiljer sig i %n cell:</numerusform>
            <numerusform>En ny räkning skiljer sig i %n celler:</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting afresh</source>
        <translation>Räknar på nytt</translation>
    </message>
</context>
<context>
    <name>StatisticsSettingsDialog</name>
    <message>
        <source>Settings for the yearly numbers</source>
        <translation>Inställningar för årsstatistiken</translation>
    </message>
    <message>
        <source>e.g. Jönköping, Habo, Mullsjö</source>
        <translation>t.ex. Jönköping, Habo, Mullsjö</translation>
    </message>
    <message>
        <source>Merge the adult age bands (18-34, 35 or older)</source>
        <translation>Slå ihop de vuxnas åldersgrupper (18–34, 35 eller äldre)</translation>
    </message>
    <message>
        <source>Smallest count shown</source>
        <translation>Minsta antal som visas</translation>
    </message>
    <message>
        <source>Years shown beside</source>
        <translation>År som visas bredvid</translation>
    </message>
    <message>
        <source>Agreement municipalities</source>
        <translation>Avtalskommuner</translation>
    </message>
    <message>
        <source>Municipalities not listed are counted together. Without a list, each municipality with at least the smallest count shown has a row of its own.</source>
        <translation>Kommuner som inte finns i listan räknas tillsammans. Utan lista får varje kommun med minst det minsta antal som visas en egen rad.</translation>
    </message>
</context>
<context>
    <name>SyncFields</name>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Home municipality</source>
        <translation>Hemkommun</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Tolk</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Skäl till avslut</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Börjar</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Slutar</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Rum</translation>
    </message>
    <message>
        <source>Note for the reception</source>
        <translation>Anteckning för receptionen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Personal identity number</source>
        <translation>Personnummer</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Sync now</source>
        <translation>Synkronisera nu</translation>
    </message>
    <message>
        <source>Send this computer's changes and fetch the others'</source>
        <translation>Skicka den här datorns ändringar och hämta de andras</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Lös…</translation>
    </message>
    <message>
        <source>Changes made to the same record on two computers</source>
        <translation>Ändringar av samma post på två datorer</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synkroniserar…</translation>
    </message>
    <message>
        <source>Refused by the clinic server</source>
        <translation>Vägrad av mottagningens server</translation>
    </message>
    <message>
        <source>Offline since {time}</source>
        <translation>Frånkopplad sedan {time}</translation>
    </message>
    <message>
        <source>Synced {time}</source>
        <translation>Synkroniserad {time}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Inte synkroniserad än</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n ändring väntar</numerusform>
            <numerusform>%n ändringar väntar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n konflikt att lösa</numerusform>
            <numerusform>%n konflikter att lösa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n double booking(s)</source>
        <translation>
            <numerusform>%n dubbelbokning</numerusform>
            <numerusform>%n dubbelbokningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n made twice</source>
        <translation>
            <numerusform>%n dubblett</numerusform>
            <numerusform>%n dubbletter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Things</name>
    <message>
        <source>account</source>
        <translation>kontot</translation>
    </message>
    <message>
        <source>client</source>
        <translation>klienten</translation>
    </message>
    <message>
        <source>open report-of-concern consideration</source>
        <translation>den öppna frågan om orosanmälan</translation>
    </message>
    <message>
        <source>unreviewed emergency access</source>
        <translation>den ogranskade nödåtkomsten</translation>
    </message>
    <message>
        <source>note</source>
        <translation>anteckningen</translation>
    </message>
    <message>
        <source>questionnaire</source>
        <translation>skattningsformuläret</translation>
    </message>
    <message>
        <source>appointment</source>
        <translation>besöket</translation>
    </message>
    <message>
        <source>room</source>
        <translation>rummet</translation>
    </message>
    <message>
        <source>waiting-list entry</source>
        <translation>posten på väntelistan</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>enheten</translation>
    </message>
    <message>
        <source>legal ground</source>
        <translation>den rättsliga grunden</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>samtycket</translation>
    </message>
    <message>
        <source>document</source>
        <translation>dokumentet</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>brevet</translation>
    </message>
    <message>
        <source>outward work</source>
        <translation>utåtriktat arbete</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>&amp;Arrived</source>
        <translation>&amp;Ankommen</translation>
    </message>
    <message>
        <source>A&amp;ttended</source>
        <translation>&amp;Genomfört</translation>
    </message>
    <message>
        <source>&amp;No-show</source>
        <translation>&amp;Uteblivet besök</translation>
    </message>
    <message>
        <source>&amp;Open the client</source>
        <translation>&amp;Öppna klienten</translation>
    </message>
    <message>
        <source>&amp;Questionnaire...</source>
        <translation>&amp;Skattningsformulär...</translation>
    </message>
    <message>
        <source>Enter the questionnaire the plan asks for at this visit</source>
        <translation>Fyll i det skattningsformulär som planen anger för det här besöket</translation>
    </message>
    <message>
        <source>The clinic's visits today</source>
        <translation>Mottagningens besök idag</translation>
    </message>
    <message>
        <source>My visits today</source>
        <translation>Mina besök idag</translation>
    </message>
    <message>
        <source>No visits are booked today.</source>
        <translation>Inga besök är bokade idag.</translation>
    </message>
    <message>
        <source>To answer</source>
        <translation>Att besvara</translation>
    </message>
    <message>
        <source>Referrals &amp;sent...</source>
        <translation>Skickade &amp;remisser...</translation>
    </message>
    <message>
        <source>Strand not known</source>
        <translation>Okänd inriktning</translation>
    </message>
    <message>
        <source>Count an anonymous contact</source>
        <translation>Räkna en anonym kontakt</translation>
    </message>
    <message>
        <source>A call, chat or outreach contact with someone who has no record: it is counted for the yearly numbers, nothing else is kept.</source>
        <translation>Ett samtal, en chatt eller en uppsökande kontakt med någon som inte är registrerad: kontakten räknas i årsstatistiken, inget annat sparas.</translation>
    </message>
    <message>
        <source>Unsigned drafts</source>
        <translation>Osignerade utkast</translation>
    </message>
    <message>
        <source>Make one under Administration, Backups, or ask IT to check the folder.</source>
        <translation>Gör en under Administration, Säkerhetskopior, eller be IT kontrollera mappen.</translation>
    </message>
    <message>
        <source>Tell the clinic lead.</source>
        <translation>Säg till enhetschefen.</translation>
    </message>
    <message>
        <source>Today {date}, week {week}</source>
        <translation>Idag {date}, vecka {week}</translation>
    </message>
    <message>
        <source>Report of concern to consider: {client}</source>
        <translation>Överväg orosanmälan: {client}</translation>
    </message>
    <message>
        <source>Reply to a referral overdue since {day}: {client}</source>
        <translation>Svar på remiss försenat sedan {day}: {client}</translation>
    </message>
    <message>
        <source>Nothing waits for an answer.</source>
        <translation>Inget väntar på svar.</translation>
    </message>
    <message>
        <source>Counted today: {count}</source>
        <translation>Räknade idag: {count}</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>New account</source>
        <translation>Nytt konto</translation>
    </message>
    <message>
        <source>Change account</source>
        <translation>Ändra konto</translation>
    </message>
    <message>
        <source>for example Socionom, Leg. psykolog</source>
        <translation>till exempel Socionom, Leg. psykolog</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>Fullständigt &amp;namn:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Roll:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <source>Temporary &amp;password:</source>
        <translation>Tillfälligt &amp;lösenord:</translation>
    </message>
    <message>
        <source>Give the temporary password to its owner face to face or by phone. They choose their own password at their first login.</source>
        <translation>Lämna det tillfälliga lösenordet till kontots ägare personligen eller per telefon. Hen väljer ett eget lösenord vid första inloggningen.</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Skapat</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Avaktiverat</translation>
    </message>
    <message>
        <source>Active, temporary password</source>
        <translation>Aktivt, tillfälligt lösenord</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktivt</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>&amp;New account...</source>
        <translation>&amp;Nytt konto...</translation>
    </message>
    <message>
        <source>&amp;Change...</source>
        <translation>Än&amp;dra...</translation>
    </message>
    <message>
        <source>&amp;Temporary password...</source>
        <translation>&amp;Tillfälligt lösenord...</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Avaktivera</translation>
    </message>
    <message>
        <source>Show deactivated accounts</source>
        <translation>Visa avaktiverade konton</translation>
    </message>
    <message>
        <source>Re&amp;activate...</source>
        <translation>Återakti&amp;vera...</translation>
    </message>
    <message>
        <source>{name}'s new role no longer holds all the keys the old one did, but a copy of the key file made earlier still does.</source>
        <translation>{name}s nya roll har inte längre alla nycklar som den gamla hade, men en kopia av nyckelfilen som gjordes tidigare har dem fortfarande.</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Tillfälligt lösenord</translation>
    </message>
    <message>
        <source>Give {name} a new temporary password? Their current password stops working at once.</source>
        <translation>Vill du ge {name} ett nytt tillfälligt lösenord? Det nuvarande lösenordet slutar gälla direkt.</translation>
    </message>
    <message>
        <source>{name}'s account is deactivated: the password no longer opens anything here, but a copy of the key file made earlier still opens the database with it.</source>
        <translation>{name}s konto är inaktiverat: lösenordet öppnar inte längre något här, men en kopia av nyckelfilen som gjordes tidigare öppnar fortfarande databasen med det.</translation>
    </message>
    <message>
        <source>Deactivate account</source>
        <translation>Avaktivera konto</translation>
    </message>
    <message>
        <source>Deactivate {name}'s account? They can no longer log in; everything they recorded stays, with their name.</source>
        <translation>Vill du avaktivera kontot för {name}? Personen kan inte längre logga in. Allt som personen har dokumenterat finns kvar, med personens namn.</translation>
    </message>
    <message>
        <source>The temporary password for {name} ({username}) is:</source>
        <translation>Det tillfälliga lösenordet för {name} ({username}) är:</translation>
    </message>
    <message>
        <source>Give it to its owner face to face or by phone. It is shown only now.</source>
        <translation>Lämna det till kontots ägare personligen eller per telefon. Det visas bara nu.</translation>
    </message>
</context>
<context>
    <name>VisitsModel</name>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation>Behandlare</translation>
    </message>
    <message>
        <source>Contact form</source>
        <translation>Kontaktform</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Rum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>WaitingEntryDialog</name>
    <message>
        <source>Waiting list</source>
        <translation>Väntelista</translation>
    </message>
    <message>
        <source>e.g. afternoons only, needs an interpreter</source>
        <translation>t.ex. bara eftermiddagar, behöver tolk</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Klient:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Prioritet:</translation>
    </message>
    <message>
        <source>&amp;First contact:</source>
        <translation>&amp;Första kontakt:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notering:</translation>
    </message>
    <message>
        <source>Choose a client: type the alias and pick one.</source>
        <translation>Välj en klient: skriv aliaset och välj i listan.</translation>
    </message>
</context>
<context>
    <name>WaitingList</name>
    <message>
        <source>1 – urgent</source>
        <translation>1 – brådskande</translation>
    </message>
    <message>
        <source>2 – normal</source>
        <translation>2 – normal</translation>
    </message>
    <message>
        <source>3 – can wait</source>
        <translation>3 – kan vänta</translation>
    </message>
</context>
<context>
    <name>WaitingListModel</name>
    <message>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Första kontakt</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Väntetid</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notering</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WaitingListPage</name>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Lägg till...</translation>
    </message>
    <message>
        <source>&amp;Change...</source>
        <translation>Än&amp;dra...</translation>
    </message>
    <message>
        <source>&amp;Remove...</source>
        <translation>&amp;Ta bort...</translation>
    </message>
    <message>
        <source>&amp;Book the first visit...</source>
        <translation>&amp;Boka första besöket...</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n väntar</numerusform>
            <numerusform>%n väntar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the longest %n day(s)</source>
        <translation>
            <numerusform>längst %n dag</numerusform>
            <numerusform>längst %n dagar</numerusform>
        </translation>
    </message>
    <message>
        <source>Booked the first visit: {visit}.</source>
        <translation>Första besöket är bokat: {visit}.</translation>
    </message>
    <message>
        <source>No one is waiting.</source>
        <translation>Ingen väntar.</translation>
    </message>
</context>
<context>
    <name>Weekdays</name>
    <message>
        <source>Monday</source>
        <translation>Måndag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Tisdag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Onsdag</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Torsdag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Fredag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Lördag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Söndag</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Find a client (Ctrl+K)</source>
        <translation>Sök klient (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search the &amp;journals...</source>
        <translation>Sök i &amp;journalerna...</translation>
    </message>
    <message>
        <source>Search the notes of your own clients (Ctrl+Shift+J)</source>
        <translation>Sök i anteckningarna för dina egna klienter (Ctrl+Shift+J)</translation>
    </message>
    <message>
        <source>Welcome, {name}</source>
        <translation>Välkommen, {name}</translation>
    </message>
    <message>
        <source>You are logged in as {role}. Use the Account menu to change your password, and Ctrl+L to lock the window when you leave it.</source>
        <translation>Du är inloggad med rollen {role}. Använd menyn Konto för att byta lösenord, och tryck Ctrl+L för att låsa fönstret när du lämnar datorn.</translation>
    </message>
    <message>
        <source>Change password...</source>
        <translation>Byt lösenord...</translation>
    </message>
</context>
<context>
    <name>YearlyNumbers</name>
    <message>
        <source>Unique persons by target group</source>
        <translation>Unika personer per målgrupp</translation>
    </message>
    <message>
        <source>Persons by gender</source>
        <translation>Personer per kön</translation>
    </message>
    <message>
        <source>Persons by age band</source>
        <translation>Personer per åldersgrupp</translation>
    </message>
    <message>
        <source>Persons by home municipality</source>
        <translation>Personer per hemkommun</translation>
    </message>
    <message>
        <source>Persons by referral source</source>
        <translation>Personer per remittent</translation>
    </message>
    <message>
        <source>Contacts by contact form</source>
        <translation>Kontakter per kontaktform</translation>
    </message>
    <message>
        <source>Attended contacts per person</source>
        <translation>Genomförda kontakter per person</translation>
    </message>
    <message>
        <source>Outcomes per questionnaire</source>
        <translation>Utfall per skattningsformulär</translation>
    </message>
    <message>
        <source>Referrals out by recipient type</source>
        <translation>Remisser ut efter mottagartyp</translation>
    </message>
    <message>
        <source>Reports of concern about minors</source>
        <translation>Orosanmälningar om minderåriga</translation>
    </message>
    <message>
        <source>Waiting time from first contact to first visit</source>
        <translation>Väntetid från första kontakt till första besök</translation>
    </message>
    <message>
        <source>Outward work by kind</source>
        <translation>Utåtriktat arbete per slag</translation>
    </message>
    <message>
        <source>Outward work by audience</source>
        <translation>Utåtriktat arbete per målgrupp</translation>
    </message>
    <message>
        <source>A person counts in a period when they had at least one attended contact in it (a visit, drop-in, call, video or group session marked attended), by the contact's date at the clinic.</source>
        <translation>En person räknas i en period när hen hade minst en genomförd kontakt under perioden (besök, drop-in, samtal, video eller grupp markerad som genomförd), efter kontaktens datum på mottagningen.</translation>
    </message>
    <message>
        <source>New: the person's first attended contact ever is in the period; continuing: they had one before it. Anonymous: no identity number is recorded. A person may belong to several target groups, so the groups add up to more than the deduplicated total, which counts each person once. Anonymous calls and chats (tallies) are not persons and are counted in table 3.</source>
        <translation>Ny: personens allra första genomförda kontakt ligger i perioden; fortsatt: hen hade en före perioden. Anonym: inget identitetsnummer är registrerat. En person kan tillhöra flera målgrupper, så grupperna summerar till mer än totalen utan dubbletter, som räknar varje person en gång. Anonyma samtal och chattar (anonyma kontakter) är inte personer och räknas i tabell 3.</translation>
    </message>
    <message>
        <source>Gender as recorded in the register; each person once.</source>
        <translation>Kön som det är registrerat; varje person en gång.</translation>
    </message>
    <message>
        <source>Age reached during the period's last year, from the birth year; where only an approximate age was recorded, that band; otherwise unknown.</source>
        <translation>Ålder som uppnås under periodens sista år, utifrån födelseåret; där bara en ungefärlig ålder är registrerad, den åldersgruppen; annars okänd.</translation>
    </message>
    <message>
        <source>Home municipality as recorded. Municipalities not listed have their persons under other municipalities.</source>
        <translation>Hemkommun som den är registrerad. Kommuner som inte visas räknas under övriga kommuner.</translation>
    </message>
    <message>
        <source>Who referred the person, as recorded in the register.</source>
        <translation>Vem som remitterade personen, som det är registrerat.</translation>
    </message>
    <message>
        <source>Every booked contact whose start is in the period, by contact form: attended contacts, the unique registered persons reached, no-shows and cancellations (by the client or the clinic). Group sessions and consultations without a registered client count as contacts but reach no registered person. Anonymous: contacts counted without a record (calls, chats, outreach, drop-in) by their date.</source>
        <translation>Varje bokad kontakt som börjar i perioden, per kontaktform: genomförda kontakter, unika registrerade personer som nåtts, uteblivna besök och avbokningar (av klient eller mottagningen). Grupper och konsultationer utan registrerad klient räknas som kontakter men når ingen registrerad person. Anonyma: kontakter som räknats utan akt (samtal, chatt, uppsökande, drop-in) efter datum.</translation>
    </message>
    <message>
        <source>Attended contacts in the period per person.</source>
        <translation>Genomförda kontakter i perioden per person.</translation>
    </message>
    <message>
        <source>Persons with a first and a later scorable measurement on the questionnaire, the later one in the period: the first measurement ever against the last one up to the period's end, classified by the scoring engine (reliable change by the published threshold or Jacobson &amp; Truax; recovered: a reliable improvement that also crosses from the clinical to the non-clinical range). Not classifiable: no published criterion, or a clinical cut-off that needs the person's sex.</source>
        <translation>Personer med en första och en senare poängsatt mätning på formuläret, den senare i perioden: den allra första mätningen mot den sista fram till periodens slut, klassad av poängmotorn (tillförlitlig förändring enligt publicerad gräns eller Jacobson &amp; Truax; återhämtad: en tillförlitlig förbättring som också går från klinisk till icke-klinisk nivå). Går inte att klassa: inget publicerat kriterium, eller en klinisk gräns som kräver personens kön.</translation>
    </message>
    <message>
        <source>Referral letters sent from the reception, by the day they were sent, by the recipient's type in the address book; a recipient who is a named person, not a unit, counts under other. Referrals: the letters; persons: the unique clients referred, anonymous or not, also those without an attended contact in the period. A person referred to recipients of several types counts once in the total, so the types add up to more. A letter counts even if the consent that let it go was withdrawn later.</source>
        <translation>Remisser som skickats från mottagningen, efter den dag de skickades, efter mottagarens typ i adressboken; en mottagare som är en namngiven person och inte en enhet räknas under övrigt. Remisser: breven; personer: unika klienter som remitterats, anonyma eller inte, även de utan genomförd kontakt under perioden. En person som remitterats till mottagare av flera typer räknas en gång i totalen, så typerna summerar till mer. Ett brev räknas även om samtycket som lät det gå återkallades senare.</translation>
    </message>
    <message>
        <source>Considerations of a report of concern for clients under 18 or under the clinic's age limit, by their answer, when answered in the period; not yet answered: prompted in the period and still open.</source>
        <translation>Överväganden om orosanmälan för klienter under 18 eller under mottagningens åldersgräns, per svar, när de besvarats i perioden; ej besvarade: väckta i perioden och fortfarande öppna.</translation>
    </message>
    <message>
        <source>Persons whose first attended contact ever is in the period: days from their first contact (the register's or the waiting list's, the earlier) to that visit. Median and 90th percentile (nearest rank); shown only over at least the threshold of persons.</source>
        <translation>Personer vars allra första genomförda kontakt ligger i perioden: dagar från första kontakt (registrets eller väntelistans, den tidigare) till det besöket. Median och 90:e percentil (närmaste rang); visas bara över minst gränsen för antal personer.</translation>
    </message>
    <message>
        <source>The outward work register by the activity's date: activities, participants and hours. About professionals and the public, not clients: no counts are hidden.</source>
        <translation>Registret över utåtriktat arbete efter aktivitetens datum: aktiviteter, deltagare och timmar. Gäller yrkesverksamma och allmänheten, inte klienter: inga antal döljs.</translation>
    </message>
    <message>
        <source>The outward work register by the activity's date and audience: activities, participants and hours. No counts are hidden.</source>
        <translation>Registret över utåtriktat arbete efter aktivitetens datum och målgrupp: aktiviteter, deltagare och timmar. Inga antal döljs.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Together</source>
        <translation>Sammanlagt</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nya</translation>
    </message>
    <message>
        <source>Continuing</source>
        <translation>Fortsatta</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Of which anonymous</source>
        <translation>Varav anonyma</translation>
    </message>
    <message>
        <source>No target group recorded</source>
        <translation>Ingen målgrupp registrerad</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Okänd</translation>
    </message>
    <message>
        <source>18-34</source>
        <translation>18–34</translation>
    </message>
    <message>
        <source>35 or older</source>
        <translation>35 eller äldre</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Ej angivet</translation>
    </message>
    <message>
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <source>2-5</source>
        <translation>2–5</translation>
    </message>
    <message>
        <source>6-10</source>
        <translation>6–10</translation>
    </message>
    <message>
        <source>11-20</source>
        <translation>11–20</translation>
    </message>
    <message>
        <source>More than 20</source>
        <translation>Fler än 20</translation>
    </message>
    <message>
        <source>Attended contacts</source>
        <translation>Genomförda kontakter</translation>
    </message>
    <message>
        <source>Persons reached</source>
        <translation>Personer som nåtts</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Uteblivna besök</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbokade</translation>
    </message>
    <message>
        <source>Anonymous contacts</source>
        <translation>Anonyma kontakter</translation>
    </message>
    <message>
        <source>Persons measured twice</source>
        <translation>Personer mätta två gånger</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Återhämtad</translation>
    </message>
    <message>
        <source>Reliable improvement</source>
        <translation>Tillförlitlig förbättring</translation>
    </message>
    <message>
        <source>No reliable change</source>
        <translation>Ingen tillförlitlig förändring</translation>
    </message>
    <message>
        <source>Reliable deterioration</source>
        <translation>Tillförlitlig försämring</translation>
    </message>
    <message>
        <source>Not classifiable</source>
        <translation>Går inte att klassa</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Remisser</translation>
    </message>
    <message>
        <source>Not yet answered</source>
        <translation>Ej besvarade</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>Under 18</translation>
    </message>
    <message>
        <source>Under the age limit</source>
        <translation>Under åldersgränsen</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Median, days</source>
        <translation>Median, dagar</translation>
    </message>
    <message>
        <source>90th percentile, days</source>
        <translation>90:e percentil, dagar</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timmar</translation>
    </message>
    <message>
        <source>Other municipalities</source>
        <translation>Övriga kommuner</translation>
    </message>
    <message>
        <source>Yearly numbers</source>
        <translation>Årsstatistik</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Mottagning</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>Beräknad</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Definitions version</source>
        <translation>Definitionernas version</translation>
    </message>
    <message>
        <source>Threshold for small counts</source>
        <translation>Gräns för små antal</translation>
    </message>
    <message>
        <source>SHA-256 of the source rows</source>
        <translation>SHA-256 över källraderna</translation>
    </message>
    <message>
        <source>Final report</source>
        <translation>Slutrapport</translation>
    </message>
    <message>
        <source>Preliminary: not frozen</source>
        <translation>Preliminär: inte låst</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Definitioner</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Inledning</translation>
    </message>
    <message>
        <source>Small counts</source>
        <translation>Små antal</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabell</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumn</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>About this report</source>
        <translation>Om rapporten</translation>
    </message>
    <message>
        <source>as reported in the final report of that period</source>
        <translation>som i periodens slutrapport</translation>
    </message>
    <message>
        <source>No cell is hidden.</source>
        <translation>Ingen cell är dold.</translation>
    </message>
    <message>
        <source>Municipalities with rows of their own</source>
        <translation>Kommuner med egen rad</translation>
    </message>
    <message>
        <source>Adult age bands merged</source>
        <translation>Vuxnas åldersgrupper hopslagna</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>{category}, %</source>
        <translation>{category}, %</translation>
    </message>
    <message>
        <source>fewer than the threshold</source>
        <translation>färre än gränsen</translation>
    </message>
    <message>
        <source>hidden so that a small count cannot be worked out from the totals</source>
        <translation>dold så att ett litet antal inte kan räknas ut ur summorna</translation>
    </message>
    <message>
        <source>computed over fewer persons than the threshold</source>
        <translation>beräknad över färre personer än gränsen</translation>
    </message>
    <message>
        <source>Counts from 1 to {below} are shown as "&lt;{threshold}". So that no such count can be worked out from the totals, from other tables of the report (table 1's persons are tables 2 and 4's persons) or by solving the tables' equations, further cells are hidden and shown as "x". A median over fewer than {threshold} persons is shown as "–". Zeros are shown. Earlier years that were reported as final are shown as they were reported.</source>
        <translation>Antal från 1 till {below} visas som ”&lt;{threshold}”. För att inget sådant antal ska kunna räknas ut ur summorna, ur rapportens andra tabeller (tabell 1:s personer är tabell 2:s och 4:s personer) eller genom att lösa tabellernas ekvationer döljs fler celler, som visas som ”x”. En median över färre än {threshold} personer visas som ”–”. Nollor visas. Tidigare år som rapporterats som slutrapport visas som de rapporterades.</translation>
    </message>
    <message>
        <source>These small counts could not be protected by hiding more cells (merge categories, e.g. the age bands, or leave the table out):</source>
        <translation>Dessa små antal gick inte att skydda genom att dölja fler celler (slå ihop kategorier, t.ex. åldersgrupperna, eller utelämna tabellen):</translation>
    </message>
</context>
<context>
    <name>_MeasureRow</name>
    <message numerus="yes">
        <source>every %n visit(s)</source>
        <translation>
            <numerusform>vid varje besök</numerusform>
            <numerusform>vart %n:e besök</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
</context>
</TS>
