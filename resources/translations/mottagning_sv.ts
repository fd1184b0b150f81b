<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
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
        <source>(unknown)</source>
        <translation>(okänd)</translation>
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
        <source>&amp;Verify the chain</source>
        <translation>K&amp;ontrollera kedjan</translation>
    </message>
    <message>
        <source>&amp;Document a log review...</source>
        <translation>&amp;Dokumentera en loggkontroll...</translation>
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
    <message>
        <source>{count} entries</source>
        <translation>Poster: {count}</translation>
    </message>
    <message>
        <source>The chain is BROKEN at entry {seq}: that entry or one before it has been changed or removed. Contact IT and keep a copy of the database as it is.</source>
        <translation>Kedjan är BRUTEN vid post {seq}: den posten eller en tidigare post har ändrats eller tagits bort. Kontakta IT och spara en kopia av databasen som den är nu.</translation>
    </message>
    <message>
        <source>The chain is whole: {count} entries checked, none changed or missing.</source>
        <translation>Kedjan är hel. Antal kontrollerade poster: {count}. Ingen post har ändrats eller saknas.</translation>
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
        <source>change the clinic&apos;s settings</source>
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
        <source>The clinic</source>
        <translation>Mottagningen</translation>
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
    <name>Areas</name>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
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
        <source>Schema version: {version}</source>
        <translation>Schemaversion: {version}</translation>
    </message>
    <message>
        <source>Access log: {count} entries checked</source>
        <translation>Kontrollerade poster i åtkomstloggen: {count}</translation>
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
    <message>
        <source>Recovery key</source>
        <translation>Återställningsnyckel</translation>
    </message>
    <message>
        <source>Replace the recovery key if the paper may have been seen by someone else or is lost. The old key stops working at once.</source>
        <translation>Byt återställningsnyckel om papperet kan ha setts av någon annan eller har kommit bort. Den gamla nyckeln slutar gälla direkt.</translation>
    </message>
    <message>
        <source>Replace the recovery key...</source>
        <translation>Byt återställningsnyckel...</translation>
    </message>
    <message>
        <source>The clinic&apos;s details are saved.</source>
        <translation>Mottagningens uppgifter är sparade.</translation>
    </message>
    <message>
        <source>The window now locks after {minutes} idle minutes.</source>
        <translation>Fönstret låses nu efter {minutes} min utan aktivitet.</translation>
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
        <source>The password must not be built from your user name, your name or the clinic&apos;s name.</source>
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
        <source>The {what} could not be found. It may have been removed.</source>
        <translation>Det gick inte att hitta {what}. Det kan ha tagits bort.</translation>
    </message>
    <message>
        <source>No clinic database was found in {folder}. Run the setup first, or choose the folder where the clinic&apos;s database is kept.</source>
        <translation>Ingen mottagningsdatabas hittades i {folder}. Gör konfigureringen först, eller välj den mapp där mottagningens databas finns.</translation>
    </message>
    <message>
        <source>A clinic database already exists in {folder}. Nothing was changed. Choose an empty folder for a new clinic.</source>
        <translation>Det finns redan en mottagningsdatabas i {folder}. Ingenting har ändrats. Välj en tom mapp för en ny mottagning.</translation>
    </message>
    <message>
        <source>The key file beside the database ({file}) is missing or damaged, so no one can unlock the clinic. Restore it from the latest backup, or contact IT.</source>
        <translation>Nyckelfilen bredvid databasen ({file}) saknas eller är skadad, så ingen kan låsa upp mottagningens databas. Återställ filen från den senaste säkerhetskopian eller kontakta IT.</translation>
    </message>
    <message>
        <source>The database file is damaged or has been tampered with. Nothing more will be written to it. Restore the latest backup and contact IT.</source>
        <translation>Databasfilen är skadad eller har manipulerats. Inget mer kommer att skrivas till den. Återställ den senaste säkerhetskopian och kontakta IT.</translation>
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
</context>
<context>
    <name>LeadPage</name>
    <message>
        <source>The clinic lead</source>
        <translation>Enhetschefen</translation>
    </message>
    <message>
        <source>The first account is the clinic lead&apos;s, who then creates accounts for the staff. The password also protects the encrypted database: it cannot be recovered, only replaced with the recovery key on the next page.</source>
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
    <name>LogAction</name>
    <message>
        <source>Clinic created</source>
        <translation>Mottagningen skapad</translation>
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
        <source>Database older than expected</source>
        <translation>Databasen äldre än väntat</translation>
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
        <translation>Byt &amp;lösenord...</translation>
    </message>
    <message>
        <source>&amp;About Mottagning</source>
        <translation>&amp;Om Mottagning</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemets språk</translation>
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
        <source>The database is not the one last used</source>
        <translation>Databasen är inte den som användes senast</translation>
    </message>
    <message>
        <source>The access log in this database does not continue from the one last seen on this computer: the database file may have been replaced by an older copy. This has been recorded in the access log. Tell the clinic lead before you go on.</source>
        <translation>Åtkomstloggen i den här databasen fortsätter inte där loggen som senast sågs på den här datorn slutade: databasfilen kan ha ersatts med en äldre kopia. Detta har registrerats i åtkomstloggen. Kontakta enhetschefen innan du fortsätter.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>The new language is used the next time Mottagning starts.</source>
        <translation>Det nya språket används nästa gång Mottagning startas.</translation>
    </message>
    <message>
        <source>About Mottagning</source>
        <translation>Om Mottagning</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mottagning {version}&lt;/h3&gt;&lt;p&gt;Records, calendar and outcome measures for a MIKA/KAST reception.&lt;/p&gt;&lt;p&gt;All data is stored encrypted on this computer (SQLCipher, AES-256). Every access to a record is written to a tamper-evident access log.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Mottagning {version}&lt;/h3&gt;&lt;p&gt;Journal, kalender och utfallsmått för en MIKA/KAST-mottagning.&lt;/p&gt;&lt;p&gt;Alla uppgifter lagras krypterat på den här datorn (SQLCipher, AES-256). Varje åtkomst till en journal registreras i en åtkomstlogg där ändringar inte kan göras obemärkt.&lt;/p&gt;</translation>
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
        <source>Clinic lead&apos;s &amp;user name:</source>
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
        <source>If every clinic lead&apos;s password is lost, this key is the only way back into the database. It is shown only now. Print it (or write it down carefully) and keep the paper locked away.</source>
        <translation>Om alla enhetschefers lösenord går förlorade är den här nyckeln det enda sättet att komma åt databasen igen. Den visas bara nu. Skriv ut den (eller skriv ner den noggrant) och förvara papperet inlåst.</translation>
    </message>
    <message>
        <source>I have printed or written down the recovery key and will keep it safe.</source>
        <translation>Jag har skrivit ut eller skrivit ner återställningsnyckeln och kommer att förvara den säkert.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPanel</name>
    <message>
        <source>&amp;Print...</source>
        <translation>Skriv &amp;ut...</translation>
    </message>
    <message>
        <source>Recovery key for Mottagning</source>
        <translation>Återställningsnyckel för Mottagning</translation>
    </message>
    <message>
        <source>With this key a clinic lead can set a new password if no clinic lead can log in. Anyone who has it can open the clinic&apos;s database: keep the paper locked away, for example in the clinic&apos;s safe, and never store it on a computer.</source>
        <translation>Med den här nyckeln kan en enhetschef välja ett nytt lösenord om ingen enhetschef kan logga in. Den som har nyckeln kan öppna mottagningens databas: förvara papperet inlåst, till exempel i mottagningens kassaskåp, och spara aldrig nyckeln på en dator.</translation>
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
    <name>SetupWizard</name>
    <message>
        <source>Set up Mottagning</source>
        <translation>Konfigurera Mottagning</translation>
    </message>
</context>
<context>
    <name>Things</name>
    <message>
        <source>account</source>
        <translation>kontot</translation>
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
        <translation>A&amp;vaktivera</translation>
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
        <source>Temporary password</source>
        <translation>Tillfälligt lösenord</translation>
    </message>
    <message>
        <source>Give {name} a new temporary password? Their current password stops working at once.</source>
        <translation>Vill du ge {name} ett nytt tillfälligt lösenord? Det nuvarande lösenordet slutar gälla direkt.</translation>
    </message>
    <message>
        <source>Deactivate account</source>
        <translation>Avaktivera konto</translation>
    </message>
    <message>
        <source>Deactivate {name}&apos;s account? They can no longer log in; everything they recorded stays, with their name.</source>
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
    <name>Workspace</name>
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
</TS>
