<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/aboutdialog.ui" line="+5"/>
        <source>About Keycard Admin</source>
        <translation>Über Keycard Admin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Administer a Keycard organization&apos;s service accounts and credentials.</source>
        <translation>Die Dienstkonten und Zugangsdaten einer Keycard-Organisation verwalten.</translation>
    </message>
</context>
<context>
    <name>AccountCommands</name>
    <message>
        <location filename="../../src/cli/commands/accountcommands.cpp" line="+82"/>
        <source>The answer to creating service account “%1” was lost, so it may or may not exist now. It was not sent again. See what appeared with: keycardctl --organization %2 accounts list --filter &apos;%1&apos;</source>
        <translation>Die Antwort auf das Anlegen des Dienstkontos „%1“ ging verloren; es kann also existieren oder nicht. Die Anfrage wurde nicht erneut gesendet. Prüfen Sie, was hinzugekommen ist, mit: keycardctl --organization %2 accounts list --filter &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Delete service account “%1” and all its credentials?</source>
        <translation>Das Dienstkonto „%1“ samt allen seinen Zugangsdaten löschen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete service account “%1”?</source>
        <translation>Das Dienstkonto „%1“ löschen?</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Service account “%1” has %n credential(s); add --with-credentials to delete them with it.</source>
        <translation>
            <numerusform>Das Dienstkonto „%1“ hat %n Zugangsdaten; fügen Sie --with-credentials hinzu, um sie mitzulöschen.</numerusform>
            <numerusform>Das Dienstkonto „%1“ hat %n Zugangsdaten; fügen Sie --with-credentials hinzu, um sie mitzulöschen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Deleting credentials: %1 of %2…</source>
        <translation>Zugangsdaten werden gelöscht: %1 von %2…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Some credentials were not deleted, so the service account was kept:
%1</source>
        <translation>Einige Zugangsdaten wurden nicht gelöscht, daher wurde das Dienstkonto behalten:
%1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Deleted service account “%1” (%2).</source>
        <translation>Dienstkonto „%1“ (%2) gelöscht.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>List the organization&apos;s service accounts, printing each page as it arrives.</source>
        <translation>Die Dienstkonten der Organisation auflisten und jede Seite ausgeben, sobald sie eintrifft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only accounts whose name, description or ID contains TEXT (any case).</source>
        <translation>Nur Konten, deren Name, Beschreibung oder ID TEXT enthält (ohne Beachtung der Groß-/Kleinschreibung).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create a service account; a create whose answer is lost is never sent again.</source>
        <translation>Ein Dienstkonto anlegen; eine Anfrage, deren Antwort verloren geht, wird nie erneut gesendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new account&apos;s description (at most 500 characters).</source>
        <translation>Die Beschreibung des neuen Kontos (höchstens 500 Zeichen).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rename a service account or change its description.</source>
        <translation>Ein Dienstkonto umbenennen oder seine Beschreibung ändern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account&apos;s new name.</source>
        <translation>Der neue Name des Kontos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account&apos;s new description (empty to clear).</source>
        <translation>Die neue Beschreibung des Kontos (leer, um sie zu entfernen).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete a service account (and its stored secrets from this computer&apos;s keychain).</source>
        <translation>Ein Dienstkonto löschen (und seine gespeicherten Geheimnisse aus dem Schlüsselbund dieses Computers).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also delete the account&apos;s credentials (an account that has some is kept otherwise).</source>
        <translation>Auch die Zugangsdaten des Kontos löschen (ein Konto, das welche hat, wird sonst behalten).</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../src/app/commandline.cpp" line="+12"/>
        <source>Administer a Keycard organization&apos;s service accounts and credentials.</source>
        <translation>Die Dienstkonten und Zugangsdaten einer Keycard-Organisation verwalten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start a built-in demo server on loopback and sign in to it.</source>
        <translation>Einen eingebauten Demo-Server auf Loopback starten und sich dort anmelden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seed of the demo data (default 1).</source>
        <translation>Startwert der Demo-Daten (Standard 1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in with the saved connection profile.</source>
        <translation>Mit dem gespeicherten Verbindungsprofil anmelden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Keycard API base URL to use.</source>
        <translation>Die zu verwendende Basis-URL der Keycard-API.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open this organization (ID or label).</source>
        <translation>Diese Organisation öffnen (ID oder Kennung).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save a picture of the window once data is shown, then quit.</source>
        <translation>Ein Bild des Fensters speichern, sobald Daten angezeigt werden, dann beenden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quit with status 0 once the first page of service accounts is shown (1 after 20 s).</source>
        <translation>Mit Status 0 beenden, sobald die erste Seite der Dienstkonten angezeigt wird (1 nach 20 s).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--demo-seed needs a number.</source>
        <translation>--demo-seed braucht eine Zahl.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not a usable URL: %1</source>
        <translation>Keine brauchbare URL: %1</translation>
    </message>
</context>
<context>
    <name>CommandTable</name>
    <message>
        <location filename="../../src/cli/commandtable.cpp" line="+94"/>
        <source>Usage: keycardctl [OPTION]... COMMAND [ARGUMENT]... [OPTION]...
</source>
        <translation>Aufruf: keycardctl [OPTION]... COMMAND [ARGUMENT]... [OPTION]...
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administer a Keycard organization from the command line, with the same sign-in, profiles, keychain and rules as Keycard Admin. Lists are printed as their pages arrive.</source>
        <translation>Eine Keycard-Organisation von der Kommandozeile aus verwalten, mit derselben Anmeldung, denselben Profilen, demselben Schlüsselbund und denselben Regeln wie Keycard Admin. Listen werden ausgegeben, sobald ihre Seiten eintreffen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Options:
</source>
        <translation>Optionen:
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show this help, or a command&apos;s with keycardctl help COMMAND.</source>
        <translation>Diese Hilfe anzeigen oder die eines Befehls mit keycardctl help COMMAND.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
Commands:
</source>
        <translation>
Befehle:
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show a command&apos;s options.</source>
        <translation>Die Optionen eines Befehls anzeigen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
Sign-in:
</source>
        <translation>
Anmeldung:
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As Keycard Admin: the KEYCARD_API_CLIENT_ID and KEYCARD_API_CLIENT_SECRET (or KEYCARD_API_API_KEY) variables first, with KEYCARD_API_BASE_URL or --base-url; otherwise --profile NAME, or the profile Keycard Admin used last, with its secret from the system keychain. ACCOUNT and CREDENTIAL take an ID or an exact name.</source>
        <translation>Wie bei Keycard Admin: zuerst die Variablen KEYCARD_API_CLIENT_ID und KEYCARD_API_CLIENT_SECRET (oder KEYCARD_API_API_KEY), mit KEYCARD_API_BASE_URL oder --base-url; sonst --profile NAME oder das zuletzt von Keycard Admin verwendete Profil, mit seinem Geheimnis aus dem System-Schlüsselbund. ACCOUNT und CREDENTIAL nehmen eine ID oder einen exakten Namen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>
Exit status:
</source>
        <translation>
Exit-Status:
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server refused or failed (the message names the request ID)</source>
        <translation>der Server hat abgelehnt oder einen Fehler gemeldet (die Meldung nennt die Anfrage-ID)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>usage error: the command cannot be run as given</source>
        <translation>Aufruffehler: der Befehl kann so nicht ausgeführt werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>outcome unknown: a create whose answer was lost; it was not sent again, check what appeared</source>
        <translation>Ergebnis unbekannt: die Antwort auf ein Anlegen ging verloren; es wurde nicht erneut gesendet, prüfen Sie, was hinzugekommen ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the output could not be written: its reader left (as with | head) or the disk is full; a list stops asking for pages</source>
        <translation>die Ausgabe konnte nicht geschrieben werden: ihr Leser hat aufgehört (wie bei | head) oder der Datenträger ist voll; eine Liste fordert keine weiteren Seiten an</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>
Examples:
</source>
        <translation>
Beispiele:
</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Usage: keycardctl [OPTION]... %1 COMMAND [ARGUMENT]... [OPTION]...

</source>
        <translation>Aufruf: keycardctl [OPTION]... %1 COMMAND [ARGUMENT]... [OPTION]...

</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands:
</source>
        <translation>Befehle:
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Usage: keycardctl [OPTION]... %1 [OPTION]...
</source>
        <translation>Aufruf: keycardctl [OPTION]... %1 [OPTION]...
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>
Options:
</source>
        <translation>
Optionen:
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>
The options of keycardctl --help apply too.
</source>
        <translation>
Die Optionen von keycardctl --help gelten ebenfalls.
</translation>
    </message>
</context>
<context>
    <name>CommonOptions</name>
    <message>
        <location filename="../../src/cli/commonoptions.cpp" line="+24"/>
        <source>Do not ask for confirmation (needed when not on a terminal).</source>
        <translation>Nicht nach Bestätigung fragen (nötig, wenn nicht an einem Terminal).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A name cannot be empty.</source>
        <translation>Ein Name darf nicht leer sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A description has at most %1 characters; this one has %2.</source>
        <translation>Eine Beschreibung hat höchstens %1 Zeichen; diese hat %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing to change: give --name or --description.</source>
        <translation>Nichts zu ändern: Geben Sie --name oder --description an.</translation>
    </message>
</context>
<context>
    <name>CredentialCommands</name>
    <message>
        <location filename="../../src/cli/commands/credentialcommands.cpp" line="+96"/>
        <source>Delete credential “%1” of service account “%2”? Whatever uses it stops working.</source>
        <translation>Die Zugangsdaten „%1“ des Dienstkontos „%2“ löschen? Alles, was sie nutzt, funktioniert dann nicht mehr.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Deleted credential “%1” (%2).</source>
        <translation>Zugangsdaten „%1“ (%2) gelöscht.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>--secret-stdin: nothing came on stdin.</source>
        <translation>--secret-stdin: Auf stdin kam nichts an.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This computer&apos;s keychain holds no secret of credential “%1” for this sign-in. Pass the secret on stdin with --secret-stdin.</source>
        <translation>Der Schlüsselbund dieses Computers enthält für diese Anmeldung kein Geheimnis der Zugangsdaten „%1“. Übergeben Sie das Geheimnis mit --secret-stdin auf stdin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The system keychain could not be read: %1</source>
        <translation>Der System-Schlüsselbund konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Credential “%1” (client ID %2) did not sign in: %3</source>
        <translation>Die Zugangsdaten „%1“ (Client-ID %2) konnten sich nicht anmelden: %3</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>List a service account&apos;s credentials (never their secrets).</source>
        <translation>Die Zugangsdaten eines Dienstkontos auflisten (nie ihre Geheimnisse).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create a credential. Its secret goes to the keychain (--store) or where --secret-to says; on a terminal without either you are asked, elsewhere nothing is created.</source>
        <translation>Zugangsdaten anlegen. Das Geheimnis kommt in den Schlüsselbund (--store) oder dorthin, wo --secret-to es angibt; an einem Terminal ohne beides werden Sie gefragt, anderswo wird nichts angelegt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace a credential: create its replacement (the secret kept as with create) and test it. Later, --retire-old deletes the old one, with --if-unused-for only when nothing has used it for that long.</source>
        <translation>Zugangsdaten ersetzen: den Ersatz anlegen (das Geheimnis wird wie bei create aufbewahrt) und testen. Später löscht --retire-old die alten, mit --if-unused-for nur, wenn sie so lange nicht verwendet wurden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rename a credential or change its description.</source>
        <translation>Zugangsdaten umbenennen oder ihre Beschreibung ändern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The credential&apos;s new name.</source>
        <translation>Der neue Name der Zugangsdaten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The credential&apos;s new description (empty to clear).</source>
        <translation>Die neue Beschreibung der Zugangsdaten (leer, um sie zu entfernen).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete a credential (and its stored secret from this computer&apos;s keychain).</source>
        <translation>Zugangsdaten löschen (und ihr gespeichertes Geheimnis aus dem Schlüsselbund dieses Computers).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Check that a credential&apos;s secret signs in: the secret from the keychain, or from stdin with --secret-stdin.</source>
        <translation>Prüfen, ob sich mit dem Geheimnis von Zugangsdaten anmelden lässt: das Geheimnis aus dem Schlüsselbund oder mit --secret-stdin von stdin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the secret from stdin.</source>
        <translation>Das Geheimnis von stdin lesen.</translation>
    </message>
</context>
<context>
    <name>CredentialHygiene</name>
    <message>
        <location filename="../../src/core/credentialhygiene.cpp" line="+65"/>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>never used</source>
        <translation>nie verwendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unused &gt; %1</source>
        <translation>ungenutzt &gt; %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>older than %1</source>
        <translation>älter als %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This credential has never been used to get a token.</source>
        <translation>Mit diesen Zugangsdaten wurde noch nie ein Token abgerufen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing has used this credential for more than %1: if nothing needs it, delete it.</source>
        <translation>Die letzte Verwendung dieser Zugangsdaten liegt mehr als %1 zurück: Wenn nichts sie braucht, löschen Sie sie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This credential was created more than %1 ago: consider rotating it.</source>
        <translation>Das Anlegen dieser Zugangsdaten liegt mehr als %1 zurück: Erwägen Sie, sie zu rotieren.</translation>
    </message>
</context>
<context>
    <name>DeleteAccountDialog</name>
    <message>
        <location filename="../../ui/deleteaccountdialog.ui" line="+14"/>
        <source>Delete service account</source>
        <translation>Dienstkonto löschen</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <location filename="../../ui/editdialog.ui" line="+14"/>
        <source>Service account</source>
        <translation>Dienstkonto</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
</context>
<context>
    <name>GlobalOptions</name>
    <message>
        <location filename="../../src/cli/globaloptions.cpp" line="+14"/>
        <source>Sign in with the saved profile NAME (its secret from the system keychain).</source>
        <translation>Mit dem gespeicherten Profil NAME anmelden (sein Geheimnis aus dem System-Schlüsselbund).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API&apos;s base URL when signing in with the KEYCARD_API_* variables.</source>
        <translation>Die Basis-URL der API bei der Anmeldung mit den Variablen KEYCARD_API_*.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The organization to work in, by ID or label (needed when there are several).</source>
        <translation>Die Organisation, in der gearbeitet wird, per ID oder Kennung (nötig, wenn es mehrere gibt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>table, json or csv (default: table on a terminal, json otherwise).</source>
        <translation>table, json oder csv (Standard: table an einem Terminal, sonst json).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print nothing on stderr but errors.</source>
        <translation>Auf stderr nur Fehler ausgeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print each request&apos;s ID, status and time on stderr (never a secret).</source>
        <translation>ID, Status und Dauer jeder Anfrage auf stderr ausgeben (nie ein Geheimnis).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--base-url needs an absolute URL such as https://api.keycard.ai, not “%1”.</source>
        <translation>--base-url braucht eine absolute URL wie https://api.keycard.ai, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--output takes table, json or csv, not “%1”.</source>
        <translation>--output nimmt table, json oder csv, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--quiet and --verbose cannot be combined.</source>
        <translation>--quiet und --verbose können nicht kombiniert werden.</translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <location filename="../../ui/listpanel.ui" line="+69"/>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>S&amp;top</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop searching the server for matches</source>
        <translation>Die Suche nach Treffern auf dem Server anhalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search f&amp;urther</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load more rows from the server and search them too</source>
        <translation>Weitere Zeilen vom Server laden und ebenfalls durchsuchen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.ui" line="+6"/>
        <source>Keycard Admin</source>
        <translation>Keycard Admin</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch &amp;Profile</source>
        <translation>&amp;Profil wechseln</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Toolbar</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Sign In…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with another credential or to another server</source>
        <translation>Mit anderen Zugangsdaten oder bei einem anderen Server anmelden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign In &amp;Again…</source>
        <translation>Er&amp;neut anmelden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in again as before and continue where you were</source>
        <translation>Erneut wie zuvor anmelden und dort weitermachen, wo Sie waren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide stored secrets, clear a copied secret and sign out until you sign in again</source>
        <translation>Gespeicherte Geheimnisse verbergen, ein kopiertes Geheimnis löschen und abmelden, bis Sie sich erneut anmelden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose Another &amp;Organization…</source>
        <translation>Andere &amp;Organisation wählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick another organization from the list</source>
        <translation>Eine andere Organisation aus der Liste wählen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the organizations again</source>
        <translation>Die Organisationen erneut laden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the lists again from the server</source>
        <translation>Die Listen erneut vom Server laden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New &amp;Service Account…</source>
        <translation>Neues &amp;Dienstkonto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a service account in this organization</source>
        <translation>Ein Dienstkonto in dieser Organisation anlegen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New &amp;Credential…</source>
        <translation>Neue &amp;Zugangsdaten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a credential for the selected service account</source>
        <translation>Zugangsdaten für das gewählte Dienstkonto anlegen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename or describe the selected item</source>
        <translation>Das gewählte Element umbenennen oder beschreiben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected items</source>
        <translation>Die gewählten Elemente löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy Client &amp;ID</source>
        <translation>Client-&amp;ID kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected credential&apos;s client ID</source>
        <translation>Die Client-ID der gewählten Zugangsdaten kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show Stored Se&amp;cret…</source>
        <translation>Gespeichertes &amp;Geheimnis anzeigen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the secret kept in this computer&apos;s keychain</source>
        <translation>Das im Schlüsselbund dieses Computers gespeicherte Geheimnis anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Forget Stored Secret</source>
        <translation>Gespeichertes Geheimnis &amp;vergessen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the secret from this computer&apos;s keychain</source>
        <translation>Das Geheimnis aus dem Schlüsselbund dieses Computers entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find Service &amp;Accounts</source>
        <translation>Dienstkonten &amp;suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the service accounts</source>
        <translation>Die Dienstkonten filtern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find Cre&amp;dentials</source>
        <translation>Zugangsdaten s&amp;uchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the credentials</source>
        <translation>Die Zugangsdaten filtern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>R&amp;otate Credential…</source>
        <translation>Zugangsdaten &amp;rotieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the selected credential with a new one, test it, and delete the old one when nothing uses it</source>
        <translation>Die gewählten Zugangsdaten durch neue ersetzen, diese testen und die alten löschen, sobald nichts sie mehr nutzt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Credential &amp;Counts in Service Accounts</source>
        <translation>Anzahl der &amp;Zugangsdaten in Dienstkonten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show how many credentials each visible service account has and its oldest one&apos;s age</source>
        <translation>Für jedes sichtbare Dienstkonto die Anzahl seiner Zugangsdaten und das Alter der ältesten anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credential &amp;Report…</source>
        <translation>Zugangsdaten-&amp;Bericht…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List every credential of this organization with its age and last use</source>
        <translation>Alle Zugangsdaten dieser Organisation mit Alter und letzter Verwendung auflisten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Keycard Admin</source>
        <translation>Ü&amp;ber Keycard Admin</translation>
    </message>
</context>
<context>
    <name>OrganizationCommands</name>
    <message>
        <location filename="../../src/cli/commands/organizationcommands.cpp" line="+37"/>
        <source>List the organizations this sign-in may see.</source>
        <translation>Die Organisationen auflisten, die diese Anmeldung sehen darf.</translation>
    </message>
</context>
<context>
    <name>PageStreamText</name>
    <message>
        <location filename="../../src/cli/pagestream.h" line="+27"/>
        <source>The server sent the same page cursor twice, or said there are more pages without saying where; paging stopped.</source>
        <translation>Der Server hat denselben Seiten-Cursor zweimal gesendet oder weitere Seiten gemeldet, ohne zu sagen, wo; das Blättern wurde angehalten.</translation>
    </message>
</context>
<context>
    <name>ProfileCommands</name>
    <message>
        <location filename="../../src/cli/commands/profilecommands.cpp" line="+54"/>
        <source>A profile needs a name.</source>
        <translation>Ein Profil braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give either --client-id ID (a service account credential) or --api-key.</source>
        <translation>Geben Sie entweder --client-id ID (Zugangsdaten eines Dienstkontos) oder --api-key an.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A profile named “%1” exists already; remove it first.</source>
        <translation>Ein Profil namens „%1“ existiert bereits; entfernen Sie es zuerst.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The system keychain cannot keep the secret (%1); the profile was not saved.</source>
        <translation>Der System-Schlüsselbund kann das Geheimnis nicht speichern (%1); das Profil wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved profile “%1”; its secret is in the system keychain.</source>
        <translation>Profil „%1“ gespeichert; sein Geheimnis liegt im System-Schlüsselbund.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>API key: </source>
        <translation>API-Schlüssel: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client secret: </source>
        <translation>Client-Geheimnis: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not on a terminal: pass the secret on stdin with --secret-stdin.</source>
        <translation>Nicht an einem Terminal: Übergeben Sie das Geheimnis mit --secret-stdin auf stdin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No secret was given; the profile was not saved.</source>
        <translation>Es wurde kein Geheimnis angegeben; das Profil wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>There is no saved profile named “%1”.</source>
        <translation>Es gibt kein gespeichertes Profil namens „%1“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The profile&apos;s secret could not be removed from the system keychain (%1); the profile was kept.</source>
        <translation>Das Geheimnis des Profils konnte nicht aus dem System-Schlüsselbund entfernt werden (%1); das Profil wurde behalten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Removed profile “%1”.</source>
        <translation>Profil „%1“ entfernt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>List the saved connection profiles (shared with Keycard Admin).</source>
        <translation>Die gespeicherten Verbindungsprofile auflisten (gemeinsam mit Keycard Admin).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save a profile: --base-url URL (default https://api.keycard.ai) and --client-id ID or --api-key; the secret is asked for, or read from stdin with --secret-stdin, and kept in the system keychain.</source>
        <translation>Ein Profil speichern: --base-url URL (Standard https://api.keycard.ai) und --client-id ID oder --api-key; das Geheimnis wird abgefragt oder mit --secret-stdin von stdin gelesen und im System-Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client ID of a service account credential.</source>
        <translation>Die Client-ID von Zugangsdaten eines Dienstkontos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile signs in with an API key.</source>
        <translation>Das Profil meldet sich mit einem API-Schlüssel an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the client secret or API key from stdin.</source>
        <translation>Das Client-Geheimnis oder den API-Schlüssel von stdin lesen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove a saved profile and its secret from the system keychain.</source>
        <translation>Ein gespeichertes Profil und sein Geheimnis aus dem System-Schlüsselbund entfernen.</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <location filename="../../src/models/relativetime.cpp" line="+19"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 minute ago</source>
        <translation>vor 1 Minute</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n minutes ago</source>
        <translation>vor %n Minuten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 hour ago</source>
        <translation>vor 1 Stunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n hours ago</source>
        <translation>vor %n Stunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 day ago</source>
        <translation>vor 1 Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n days ago</source>
        <translation>vor %n Tagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 month ago</source>
        <translation>vor 1 Monat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n months ago</source>
        <translation>vor %n Monaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 year ago</source>
        <translation>vor 1 Jahr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n years ago</source>
        <translation>vor %n Jahren</translation>
    </message>
</context>
<context>
    <name>ReportWindow</name>
    <message>
        <location filename="../../ui/reportwindow.ui" line="+5"/>
        <source>Credential Report</source>
        <translation>Zugangsdaten-Bericht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Service accounts done</source>
        <translation>Dienstkonten erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop listing: what was found so far stays in the table.</source>
        <translation>Auflisten anhalten: Was bisher gefunden wurde, bleibt in der Tabelle.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service account, credential, client ID or mark (e.g. never used)</source>
        <translation>Dienstkonto, Zugangsdaten, Client-ID oder Markierung (z. B. nie verwendet)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Credentials of the organization</source>
        <translation>Zugangsdaten der Organisation</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show in &amp;Main Window</source>
        <translation>Im &amp;Hauptfenster zeigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select this credential&apos;s service account and the credential in the main window.</source>
        <translation>Das Dienstkonto dieser Zugangsdaten und die Zugangsdaten im Hauptfenster auswählen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;CSV…</source>
        <translation>Als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;JSON…</source>
        <translation>Als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>RotationDialog</name>
    <message>
        <location filename="../../ui/rotationdialog.ui" line="+5"/>
        <source>Rotate Credential</source>
        <translation>Zugangsdaten rotieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1. Replacement:</source>
        <translation>1. Ersatz:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2. Test:</source>
        <translation>2. Test:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>3. Switch over:</source>
        <translation>3. Umstellung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>4. Retire:</source>
        <translation>4. Stilllegung:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Create Replacement</source>
        <translation>&amp;Ersatz anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test Again</source>
        <translation>Erneut &amp;testen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exchange the replacement&apos;s secret (from the keychain) for a token</source>
        <translation>Das Geheimnis des Ersatzes (aus dem Schlüsselbund) gegen ein Token tauschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check &amp;Last Use</source>
        <translation>&amp;Letzte Verwendung prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retire Old Credential…</source>
        <translation>Alte Zugangsdaten &amp;stilllegen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Abandon</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop this rotation without deleting anything; it is not offered again</source>
        <translation>Diese Rotation beenden, ohne etwas zu löschen; sie wird nicht erneut angeboten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close this window; the rotation is offered again at the next start</source>
        <translation>Dieses Fenster schließen; die Rotation wird beim nächsten Start erneut angeboten</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <location filename="../../ui/secretdialog.ui" line="+14"/>
        <source>Credential secret</source>
        <translation>Geheimnis der Zugangsdaten</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Copy client ID</source>
        <translation>Client-ID kopieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Client s&amp;ecret:</source>
        <translation>Client-G&amp;eheimnis:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Show</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Copy secret</source>
        <translation>Geheimnis &amp;kopieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save as &amp;file…</source>
        <translation>Als &amp;Datei speichern…</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Store in &amp;keychain</source>
        <translation>Im &amp;Schlüsselbund speichern</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settingsdialog.ui" line="+5"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear copied &amp;secrets after:</source>
        <translation>Kopierte &amp;Geheimnisse löschen nach:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows per &amp;page:</source>
        <translation>Zeilen pro &amp;Seite:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep new credential secrets in the system &amp;keychain automatically</source>
        <translation>Geheimnisse neuer Zugangsdaten automatisch im System-&amp;Schlüsselbund speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark credentials &amp;unused after:</source>
        <translation>Zugangsdaten als &amp;ungenutzt markieren nach:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credentials not used for more than this many days are marked in the credentials table and the credential report.</source>
        <translation>Zugangsdaten, die länger als so viele Tage nicht verwendet wurden, werden in der Zugangsdaten-Tabelle und im Zugangsdaten-Bericht markiert.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Mark credentials &amp;old after:</source>
        <translation>Zugangsdaten als &amp;alt markieren nach:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credentials created more than this many days ago are marked: consider rotating them.</source>
        <translation>Zugangsdaten, die vor mehr als so vielen Tagen angelegt wurden, werden markiert: Erwägen Sie, sie zu rotieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock after idle for:</source>
        <translation>Sperren nach &amp;Inaktivität von:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Without keyboard or mouse input for this long, Keycard Admin hides stored secrets, clears a copied secret and signs out until you sign in again</source>
        <translation>Ohne Tastatur- oder Mauseingabe für diese Dauer verbirgt Keycard Admin gespeicherte Geheimnisse, löscht ein kopiertes Geheimnis und meldet ab, bis Sie sich erneut anmelden</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/signindialog.ui" line="+5"/>
        <source>Sign in to Keycard</source>
        <translation>Bei Keycard anmelden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved connections. Type a new name to save a new one.</source>
        <translation>Gespeicherte Verbindungen. Geben Sie einen neuen Namen ein, um eine neue zu speichern.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in with:</source>
        <translation>Anmelden mit:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client &amp;credentials</source>
        <translation>Client-&amp;Zugangsdaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;API key</source>
        <translation>&amp;API-Schlüssel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client &amp;secret:</source>
        <translation>Client-&amp;Geheimnis:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sho&amp;w</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the secret as typed, or hide it again</source>
        <translation>Das Geheimnis wie eingegeben anzeigen oder wieder verbergen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show secret</source>
        <translation>Geheimnis anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep the secret in the system keychain</source>
        <translation>Das Geheimnis im System-&amp;Schlüsselbund speichern</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <location filename="../../src/models/timetext.cpp" line="+18"/>
        <source>%1 (%2 UTC)</source>
        <translation>%1 (%2 UTC)</translation>
    </message>
</context>
<context>
    <name>keycard::AboutDialog</name>
    <message>
        <location filename="../../src/gui/aboutdialog.cpp" line="+11"/>
        <source>Keycard Admin %1</source>
        <translation>Keycard Admin %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version %1
Qt %2 (built with %3)
QtKeychain %4</source>
        <translation>Version %1
Qt %2 (erstellt mit %3)
QtKeychain %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Released under the MIT License. Keycard is an identity and access platform; this application uses its public REST API.</source>
        <translation>Veröffentlicht unter der MIT-Lizenz. Keycard ist eine Identitäts- und Zugriffsplattform; diese Anwendung nutzt ihre öffentliche REST-API.</translation>
    </message>
</context>
<context>
    <name>keycard::ApiClient</name>
    <message>
        <location filename="../../src/core/apiclient.cpp" line="+180"/>
        <source>The server address is not a complete web address.</source>
        <translation>Die Serveradresse ist keine vollständige Webadresse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server address must start with https://.</source>
        <translation>Die Serveradresse muss mit https:// beginnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server address must not contain a user name or password.</source>
        <translation>Die Serveradresse darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server address must start with https:// unless the server runs on this computer; plain http would expose the credentials.</source>
        <translation>Die Serveradresse muss mit https:// beginnen, außer der Server läuft auf diesem Computer; einfaches http würde die Zugangsdaten preisgeben.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../../src/core/tokenprovider.cpp" line="+127"/>
        <source>sign in</source>
        <translation>anmelden</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>load the organizations</source>
        <translation>die Organisationen laden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>load the organization</source>
        <translation>die Organisation laden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>load the service accounts</source>
        <translation>die Dienstkonten laden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>load the service account</source>
        <translation>das Dienstkonto laden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>create the service account</source>
        <translation>das Dienstkonto anlegen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>save the service account</source>
        <translation>das Dienstkonto speichern</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>delete the service account</source>
        <translation>das Dienstkonto löschen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>load the credentials</source>
        <translation>die Zugangsdaten laden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>load the credential</source>
        <translation>die Zugangsdaten laden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>create the credential</source>
        <translation>die Zugangsdaten anlegen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>save the credential</source>
        <translation>die Zugangsdaten speichern</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>delete the credential</source>
        <translation>die Zugangsdaten löschen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>test the credential</source>
        <translation>die Zugangsdaten testen</translation>
    </message>
</context>
<context>
    <name>keycard::ApiError</name>
    <message>
        <location filename="../../src/core/apierror.cpp" line="+119"/>
        <source>The connection settings are not usable.</source>
        <translation>Die Verbindungseinstellungen sind nicht verwendbar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Keycard server could not be reached.</source>
        <translation>Der Keycard-Server war nicht erreichbar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Keycard server stopped answering.</source>
        <translation>Der Keycard-Server antwortet nicht mehr.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server took too long to answer.</source>
        <translation>Der Server hat zu lange nicht geantwortet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The answer was larger than %1 MB.</source>
        <translation>Die Antwort war größer als %1 MB.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server&apos;s answer did not arrive whole.</source>
        <translation>Die Antwort des Servers kam nicht vollständig an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secure connection to the server could not be verified.</source>
        <translation>Die sichere Verbindung zum Server konnte nicht überprüft werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server did not accept the credentials.</source>
        <translation>Der Server hat die Zugangsdaten nicht akzeptiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The credentials in use are not allowed to do this.</source>
        <translation>Die verwendeten Zugangsdaten dürfen das nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The item no longer exists, or was never there.</source>
        <translation>Das Element existiert nicht mehr oder hat nie existiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The change conflicts with the current state on the server.</source>
        <translation>Die Änderung widerspricht dem aktuellen Stand auf dem Server.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused the values entered.</source>
        <translation>Der Server hat die eingegebenen Werte abgelehnt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused the request.</source>
        <translation>Der Server hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many requests were sent in a short time.</source>
        <translation>In kurzer Zeit wurden zu viele Anfragen gesendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Keycard server had a problem.</source>
        <translation>Der Keycard-Server hatte ein Problem.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s answer was not in the expected form.</source>
        <translation>Die Antwort des Servers hatte nicht die erwartete Form.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection was lost after the request was sent, so it is not known whether it took effect.</source>
        <translation>Die Verbindung brach nach dem Senden der Anfrage ab; ob sie ausgeführt wurde, ist unbekannt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Check the server address and credentials in the settings.</source>
        <translation>Prüfen Sie Serveradresse und Zugangsdaten in den Einstellungen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check your network connection and the server address, then try again.</source>
        <translation>Prüfen Sie Ihre Netzwerkverbindung und die Serveradresse und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Try again in a moment.</source>
        <translation>Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check the server address; if it is right, the network may be intercepting secure connections.</source>
        <translation>Prüfen Sie die Serveradresse; stimmt sie, fängt das Netzwerk womöglich sichere Verbindungen ab.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the client ID and secret or API key, then sign in again.</source>
        <translation>Prüfen Sie Client-ID und Geheimnis oder den API-Schlüssel und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask an administrator of the organization for access.</source>
        <translation>Bitten Sie einen Administrator der Organisation um Zugriff.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reload the list to see what exists now.</source>
        <translation>Laden Sie die Liste neu, um zu sehen, was jetzt existiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reload, then make the change again.</source>
        <translation>Laden Sie neu und nehmen Sie die Änderung erneut vor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Correct the values and try again.</source>
        <translation>Korrigieren Sie die Werte und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wait a little, then try again.</source>
        <translation>Warten Sie kurz und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again later; if it keeps happening, contact Keycard support.</source>
        <translation>Versuchen Sie es später erneut; passiert es wiederholt, wenden Sie sich an den Keycard-Support.</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+31"/>
        <source>Try again later; if it keeps happening, report it with the request ID.</source>
        <translation>Versuchen Sie es später erneut; passiert es wiederholt, melden Sie es mit der Anfrage-ID.</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>The session ended before this could finish (the window was locked, or you signed in again or closed it).</source>
        <translation>Die Sitzung endete, bevor dies abgeschlossen werden konnte (das Fenster wurde gesperrt, oder Sie haben sich erneut angemeldet oder sie geschlossen).</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Reload the list to check what exists before trying again.</source>
        <translation>Laden Sie die Liste neu und prüfen Sie, was existiert, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in again and check what exists now.</source>
        <translation>Melden Sie sich erneut an und prüfen Sie, was jetzt existiert.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not %1.</source>
        <translation>Konnte %1 nicht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server said: “%1”</source>
        <translation>Der Server meldet: „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server said: “%1”.</source>
        <translation>Der Server meldet: „%1“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(HTTP status %1)</source>
        <translation>(HTTP-Status %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problem at: %1.</source>
        <translation>Problem bei: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Request ID: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
    <message>
        <location filename="../../src/core/apirequest.cpp" line="+50"/>
        <source>The server took longer than %1 s to answer.</source>
        <translation>Der Server hat länger als %1 s für die Antwort gebraucht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server took longer than %1 ms to answer.</source>
        <translation>Der Server hat länger als %1 ms für die Antwort gebraucht.</translation>
    </message>
    <message>
        <location line="+256"/>
        <source>The server&apos;s compressed answer could not be unpacked.</source>
        <translation>Die komprimierte Antwort des Servers konnte nicht entpackt werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The answer was cut off: the connection ended after %1 of %2 bytes.</source>
        <translation>Die Antwort wurde abgeschnitten: Die Verbindung endete nach %1 von %2 Bytes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The connection ended before the whole answer arrived.</source>
        <translation>Die Verbindung endete, bevor die ganze Antwort ankam.</translation>
    </message>
</context>
<context>
    <name>keycard::BulkCredentialDelete</name>
    <message>
        <location filename="../../src/core/bulkcredentialdelete.cpp" line="+78"/>
        <source>1 of %1 credentials could not be deleted:</source>
        <translation>1 von %1 Zugangsdaten konnte nicht gelöscht werden:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 credentials could not be deleted:</source>
        <translation>%1 von %2 Zugangsdaten konnten nicht gelöscht werden:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>• %1: %2</source>
        <translation>• %1: %2</translation>
    </message>
</context>
<context>
    <name>keycard::CredentialReport</name>
    <message>
        <location filename="../../src/core/credentialreport.cpp" line="+255"/>
        <source>The server repeated a page cursor; paging stopped.</source>
        <translation>Der Server hat einen Seiten-Cursor wiederholt; das Blättern wurde angehalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server said more pages exist but gave no cursor; paging stopped.</source>
        <translation>Der Server meldet weitere Seiten, lieferte aber keinen Cursor; das Blättern wurde angehalten.</translation>
    </message>
</context>
<context>
    <name>keycard::CredentialReportModel</name>
    <message>
        <location filename="../../src/models/credentialreportmodel.cpp" line="+149"/>
        <source>Service account</source>
        <translation>Dienstkonto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credential</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hygiene</source>
        <translation>Hygiene</translation>
    </message>
</context>
<context>
    <name>keycard::CredentialsModel</name>
    <message>
        <location filename="../../src/models/credentialsmodel.cpp" line="+210"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>in keychain</source>
        <translation>im Schlüsselbund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>secret lost</source>
        <translation>Geheimnis verloren</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>This credential has never been used.</source>
        <translation>Diese Zugangsdaten wurden nie verwendet.</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>This computer&apos;s keychain holds the secret: Show Stored Secret reads it back.</source>
        <translation>Der Schlüsselbund dieses Computers enthält das Geheimnis: „Gespeichertes Geheimnis anzeigen“ liest es aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server created this credential but its answer never arrived, so nobody has its secret. Delete it.</source>
        <translation>Der Server hat diese Zugangsdaten angelegt, aber seine Antwort kam nie an; niemand kennt das Geheimnis. Löschen Sie sie.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hygiene</source>
        <translation>Hygiene</translation>
    </message>
</context>
<context>
    <name>keycard::DeleteAccountConfirmation</name>
    <message>
        <location filename="../../src/gui/deleteconfirmation.cpp" line="+28"/>
        <source>Delete the service account “%1”? This cannot be undone.</source>
        <translation>Das Dienstkonto „%1“ löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Counting its credentials…</source>
        <translation>Zugangsdaten werden gezählt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It has no credentials.</source>
        <translation>Es hat keine Zugangsdaten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This also deletes its credential; anything using it stops working.</source>
        <translation>Damit werden auch seine Zugangsdaten gelöscht; alles, was sie nutzt, funktioniert dann nicht mehr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This also deletes its %1 credentials; anything using them stops working.</source>
        <translation>Damit werden auch seine %1 Zugangsdaten gelöscht; alles, was sie nutzt, funktioniert dann nicht mehr.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the service account&apos;s name, “%1”, to confirm:</source>
        <translation>Geben Sie zur Bestätigung den Namen des Dienstkontos ein, „%1“:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Its credentials could not be counted.</source>
        <translation>Seine Zugangsdaten konnten nicht gezählt werden.</translation>
    </message>
</context>
<context>
    <name>keycard::DeleteCredentialsConfirmation</name>
    <message>
        <location line="+64"/>
        <source>Delete Credential</source>
        <translation>Zugangsdaten löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete %1 Credentials</source>
        <translation>%1 Zugangsdaten löschen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete this credential? Anything that signs in with it stops working. This cannot be undone.</source>
        <translation>Diese Zugangsdaten löschen? Alles, was sich damit anmeldet, funktioniert dann nicht mehr. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete these %1 credentials? Anything that signs in with them stops working. This cannot be undone.</source>
        <translation>Diese %1 Zugangsdaten löschen? Alles, was sich damit anmeldet, funktioniert dann nicht mehr. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
</context>
<context>
    <name>keycard::EditDialog</name>
    <message>
        <location filename="../../src/gui/editdialog.cpp" line="+46"/>
        <source>New Service Account</source>
        <translation>Neues Dienstkonto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Credential</source>
        <translation>Neue Zugangsdaten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a service account in this organization.</source>
        <translation>Ein Dienstkonto in dieser Organisation anlegen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a credential for this service account. Its secret is shown once, right after it is created.</source>
        <translation>Zugangsdaten für dieses Dienstkonto anlegen. Das Geheimnis wird nur einmal angezeigt, direkt nach dem Anlegen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit Service Account</source>
        <translation>Dienstkonto bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit Credential</source>
        <translation>Zugangsdaten bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename or describe the service account.</source>
        <translation>Das Dienstkonto umbenennen oder beschreiben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename or describe the credential.</source>
        <translation>Die Zugangsdaten umbenennen oder beschreiben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving</source>
        <translation>Wird gespeichert</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>%1 / %2 (too long)</source>
        <translation>%1 / %2 (zu lang)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Request ID: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The credential may have been created, but the answer never arrived, so its secret is lost. It will not be created again automatically.</source>
        <translation>Die Zugangsdaten wurden womöglich angelegt, aber die Antwort kam nie an; das Geheimnis ist verloren. Sie werden nicht automatisch erneut angelegt.</translation>
    </message>
</context>
<context>
    <name>keycard::FilteredListModel</name>
    <message>
        <location filename="../../src/models/filteredlistmodel.cpp" line="+75"/>
        <source>Searching… %1 searched, %2 found.</source>
        <translation>Suche… %1 durchsucht, %2 gefunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search paused after %1 rows, %2 found; more are on the server.</source>
        <translation>Suche nach %1 Zeilen angehalten, %2 gefunden; weitere liegen auf dem Server.</translation>
    </message>
</context>
<context>
    <name>keycard::ItemActions</name>
    <message>
        <location filename="../../src/gui/itemactions.cpp" line="+118"/>
        <source>Service account “%1” created.</source>
        <translation>Dienstkonto „%1“ angelegt.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The create may have reached the server; checking what exists…</source>
        <translation>Die Anfrage hat den Server womöglich erreicht; es wird geprüft, was existiert…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not check for the new credential</source>
        <translation>Die neuen Zugangsdaten konnten nicht geprüft werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The credential may have been created, but listing the account&apos;s credentials failed: %1
Refresh (F5) later and delete any credential whose secret you do not have.</source>
        <translation>Die Zugangsdaten wurden womöglich angelegt, aber das Auflisten der Zugangsdaten des Kontos schlug fehl: %1
Aktualisieren Sie später (F5) und löschen Sie alle Zugangsdaten, deren Geheimnis Sie nicht haben.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server did not create the credential. You can try again.</source>
        <translation>Der Server hat die Zugangsdaten nicht angelegt. Sie können es erneut versuchen.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Secret lost</source>
        <translation>Geheimnis verloren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete Them</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+219"/>
        <source>Some credentials were not deleted</source>
        <translation>Einige Zugangsdaten wurden nicht gelöscht</translation>
    </message>
    <message>
        <location line="-264"/>
        <source>Secret may be lost</source>
        <translation>Geheimnis womöglich verloren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session ended while a credential was being created: it may exist without anyone having seen its secret. Sign in again, look for it in the service account&apos;s credentials, and delete it if you do not have its secret.</source>
        <translation>Die Sitzung endete, während Zugangsdaten angelegt wurden: Sie existieren womöglich, ohne dass jemand ihr Geheimnis gesehen hat. Melden Sie sich erneut an, suchen Sie sie unter den Zugangsdaten des Dienstkontos und löschen Sie sie, wenn Sie ihr Geheimnis nicht haben.</translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>%n credential(s) without a secret deleted.</source>
        <translation>
            <numerusform>%n Zugangsdaten ohne Geheimnis gelöscht.</numerusform>
            <numerusform>%n Zugangsdaten ohne Geheimnis gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Credentials without a secret were kept</source>
        <translation>Zugangsdaten ohne Geheimnis wurden behalten</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The old credential was deleted; the rotation is finished.</source>
        <translation>Die alten Zugangsdaten wurden gelöscht; die Rotation ist abgeschlossen.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Service account “%1” saved.</source>
        <translation>Dienstkonto „%1“ gespeichert.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Credential “%1” saved.</source>
        <translation>Zugangsdaten „%1“ gespeichert.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+6"/>
        <source>Service account not deleted</source>
        <translation>Dienstkonto nicht gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” was not deleted: %2</source>
        <translation>„%1“ wurde nicht gelöscht: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Service account “%1” deleted.</source>
        <translation>Dienstkonto „%1“ gelöscht.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Credentials not deleted</source>
        <translation>Zugangsdaten nicht gelöscht</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+12"/>
        <source>Deleting credentials: %1 of %2…</source>
        <translation>Zugangsdaten werden gelöscht: %1 von %2…</translation>
    </message>
    <message numerus="yes">
        <location line="-4"/>
        <source>%n credential(s) deleted.</source>
        <translation>
            <numerusform>%n Zugangsdaten gelöscht.</numerusform>
            <numerusform>%n Zugangsdaten gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Keychain entry not removed</source>
        <translation>Schlüsselbund-Eintrag nicht entfernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The credential is deleted, but its secret could not be removed from the system keychain: %1</source>
        <translation>Die Zugangsdaten sind gelöscht, aber ihr Geheimnis konnte nicht aus dem System-Schlüsselbund entfernt werden: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Client ID %1 copied.</source>
        <translation>Client-ID %1 kopiert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show the stored secret?</source>
        <translation>Das gespeicherte Geheimnis anzeigen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client secret of “%1” will be shown on screen, read from this computer&apos;s keychain. Make sure nobody else can see your screen.</source>
        <translation>Das Client-Geheimnis von „%1“ wird aus dem Schlüsselbund dieses Computers gelesen und auf dem Bildschirm angezeigt. Achten Sie darauf, dass niemand sonst Ihren Bildschirm sehen kann.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Show Secret</source>
        <translation>Geheimnis an&amp;zeigen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Secret not available</source>
        <translation>Geheimnis nicht verfügbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer&apos;s keychain does not hold the secret of “%1”, or the keychain is locked. Unlock it and try again.</source>
        <translation>Der Schlüsselbund dieses Computers enthält das Geheimnis von „%1“ nicht, oder er ist gesperrt. Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keychain could not be read: %1</source>
        <translation>Der System-Schlüsselbund konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The stored secret is forgotten.</source>
        <translation>Das gespeicherte Geheimnis ist vergessen.</translation>
    </message>
</context>
<context>
    <name>keycard::Launcher</name>
    <message>
        <location filename="../../src/app/launcher.cpp" line="+125"/>
        <source>The demo server could not listen on a loopback port.</source>
        <translation>Der Demo-Server konnte an keinem Loopback-Port lauschen.</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Demo server at %1</source>
        <translation>Demo-Server unter %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signing in with the KEYCARD_API_* environment variables failed:</source>
        <translation>Die Anmeldung mit den Umgebungsvariablen KEYCARD_API_* ist fehlgeschlagen:</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Connected to the built-in demo server at %1. Nothing here touches a real Keycard organization.</source>
        <translation>Verbunden mit dem eingebauten Demo-Server unter %1. Nichts hier berührt eine echte Keycard-Organisation.</translation>
    </message>
    <message>
        <location filename="../../src/core/session.cpp" line="+90"/>
        <source>%1 (from the environment)</source>
        <translation>%1 (aus der Umgebung)</translation>
    </message>
    <message>
        <location filename="../../src/app/launcher.cpp" line="+110"/>
        <source>smoke test: no service accounts were shown within 20 seconds</source>
        <translation>Rauchtest: innerhalb von 20 Sekunden wurden keine Dienstkonten angezeigt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>could not save the screenshot to %1</source>
        <translation>das Bildschirmfoto konnte nicht unter %1 gespeichert werden</translation>
    </message>
</context>
<context>
    <name>keycard::LostCreateRecovery</name>
    <message>
        <location filename="../../src/core/lostcreaterecovery.cpp" line="+87"/>
        <source>The server may have created the credential, but its answer never arrived, so its secret is lost. It was not sent again.</source>
        <translation>Der Server hat die Zugangsdaten womöglich angelegt, aber seine Antwort kam nie an; das Geheimnis ist verloren. Die Anfrage wurde nicht erneut gesendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No credential appeared since, so it was most likely not created.</source>
        <translation>Seitdem sind keine Zugangsdaten hinzugekommen; sie wurden also höchstwahrscheinlich nicht angelegt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>• %1 (client ID %2, created %3)</source>
        <translation>• %1 (Client-ID %2, angelegt %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These credentials appeared since:</source>
        <translation>Diese Zugangsdaten sind seitdem hinzugekommen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete it?</source>
        <translation>Löschen?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete them?</source>
        <translation>Alle löschen?</translation>
    </message>
</context>
<context>
    <name>keycard::MainWindow</name>
    <message>
        <location filename="../../src/gui/mainwindow.cpp" line="+93"/>
        <location line="+312"/>
        <source>Choose an organization…</source>
        <translation>Organisation wählen…</translation>
    </message>
    <message>
        <location line="-311"/>
        <location line="+3"/>
        <source>The organization whose service accounts are shown</source>
        <translation>Die Organisation, deren Dienstkonten angezeigt werden</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Signing in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+2"/>
        <source>Service accounts</source>
        <translation>Dienstkonten</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Filter service accounts (Ctrl+F)</source>
        <translation>Dienstkonten filtern (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter service accounts</source>
        <translation>Dienstkonten filtern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows only the loaded service accounts whose name or description contains the text. Escape clears it.</source>
        <translation>Zeigt nur die geladenen Dienstkonten, deren Name oder Beschreibung den Text enthält. Escape leert das Feld.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No service accounts yet. Create one with Ctrl+N.</source>
        <translation>Noch keine Dienstkonten. Legen Sie eines mit Ctrl+N an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No loaded service account matches “%1”.</source>
        <translation>Kein geladenes Dienstkonto passt zu „%1“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an organization to see its service accounts.</source>
        <translation>Wählen Sie eine Organisation, um ihre Dienstkonten zu sehen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+2"/>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Filter credentials (Ctrl+Shift+F)</source>
        <translation>Zugangsdaten filtern (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter credentials</source>
        <translation>Zugangsdaten filtern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows only the loaded credentials whose name or client ID contains the text. Escape clears it.</source>
        <translation>Zeigt nur die geladenen Zugangsdaten, deren Name oder Client-ID den Text enthält. Escape leert das Feld.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This service account has no credentials yet. Create one with Ctrl+Shift+N.</source>
        <translation>Dieses Dienstkonto hat noch keine Zugangsdaten. Legen Sie welche mit Ctrl+Shift+N an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No loaded credential matches “%1”.</source>
        <translation>Keine geladenen Zugangsdaten passen zu „%1“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a service account to see its credentials.</source>
        <translation>Wählen Sie ein Dienstkonto, um seine Zugangsdaten zu sehen.</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>No saved profiles</source>
        <translation>Keine gespeicherten Profile</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Signing in to %1…</source>
        <translation>Anmeldung bei %1…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loading organizations…</source>
        <translation>Organisationen werden geladen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organizations not loaded</source>
        <translation>Organisationen nicht geladen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Signed in as “%1”. The switch follows as soon as the credential being created has arrived, so that its secret is not lost.</source>
        <translation>Angemeldet als „%1“. Der Wechsel folgt, sobald die gerade angelegten Zugangsdaten angekommen sind, damit ihr Geheimnis nicht verloren geht.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 — Keycard Admin</source>
        <translation>%1 — Keycard Admin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keycard Admin</source>
        <translation>Keycard Admin</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The credential has arrived. Put its secret away, then close the window.</source>
        <translation>Die Zugangsdaten sind angekommen. Bringen Sie ihr Geheimnis in Sicherheit und schließen Sie dann das Fenster.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>A credential is being created. Keycard Admin locks as soon as the server has answered, so that its secret is not lost.</source>
        <translation>Zugangsdaten werden gerade angelegt. Keycard Admin sperrt, sobald der Server geantwortet hat, damit ihr Geheimnis nicht verloren geht.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Locked — Keycard Admin</source>
        <translation>Gesperrt — Keycard Admin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked — sign in again to continue.</source>
        <translation>Gesperrt — melden Sie sich erneut an, um fortzufahren.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sign in again to continue where you were.</source>
        <translation>Melden Sie sich erneut an, um dort weiterzumachen, wo Sie waren.</translation>
    </message>
    <message>
        <location line="+281"/>
        <source>The organization of that credential is not listed any more.</source>
        <translation>Die Organisation dieser Zugangsdaten wird nicht mehr aufgeführt.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>A credential is being created. Keycard Admin closes as soon as the server has answered, so that its secret is not lost.</source>
        <translation>Zugangsdaten werden gerade angelegt. Keycard Admin wird geschlossen, sobald der Server geantwortet hat, damit ihr Geheimnis nicht verloren geht.</translation>
    </message>
    <message>
        <location line="-556"/>
        <source>Signing in as “%1”…</source>
        <translation>Anmeldung als „%1“…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing in as “%1” to %2…</source>
        <translation>Anmeldung als „%1“ bei %2…</translation>
    </message>
    <message>
        <location line="+270"/>
        <source>This credential cannot see any organization. Ask an administrator to grant it access, or sign in with another one (Ctrl+Shift+S).</source>
        <translation>Diese Zugangsdaten sehen keine Organisation. Bitten Sie einen Administrator um Zugriff oder melden Sie sich mit anderen an (Ctrl+Shift+S).</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Your credential is not allowed to do this in this organization.</source>
        <translation>Ihre Zugangsdaten dürfen das in dieser Organisation nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create a service account in this organization</source>
        <translation>Ein Dienstkonto in dieser Organisation anlegen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Create a credential for the selected service account</source>
        <translation>Zugangsdaten für das gewählte Dienstkonto anlegen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Rename or describe the selected credential</source>
        <translation>Die gewählten Zugangsdaten umbenennen oder beschreiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected credentials</source>
        <translation>Die gewählten Zugangsdaten löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rename or describe the selected service account</source>
        <translation>Das gewählte Dienstkonto umbenennen oder beschreiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected service account and its credentials</source>
        <translation>Das gewählte Dienstkonto samt seinen Zugangsdaten löschen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Replace the selected credential with a new one, test it, and delete the old one when nothing uses it</source>
        <translation>Die gewählten Zugangsdaten durch neue ersetzen, diese testen und die alten löschen, sobald nichts sie mehr nutzt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Service accounts: %1</source>
        <translation>Dienstkonten: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credentials: %1</source>
        <translation>Zugangsdaten: %1</translation>
    </message>
</context>
<context>
    <name>keycard::OrganizationsModel</name>
    <message>
        <location filename="../../src/models/organizationsmodel.cpp" line="+63"/>
        <source>%1 (%2)
Created %3</source>
        <translation>%1 (%2)
Angelegt %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label</source>
        <translation>Kennung</translation>
    </message>
</context>
<context>
    <name>keycard::PagedListModel</name>
    <message>
        <location filename="../../src/models/pagedlistmodel.cpp" line="+182"/>
        <source>Loading more…</source>
        <translation>Weitere werden geladen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server repeated a page cursor; paging stopped.</source>
        <translation>Der Server hat einen Seiten-Cursor wiederholt; das Blättern wurde angehalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server said more pages exist but gave no cursor; paging stopped.</source>
        <translation>Der Server meldet weitere Seiten, lieferte aber keinen Cursor; das Blättern wurde angehalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 loaded, more available</source>
        <translation>%1 geladen, weitere verfügbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>%1 loaded</source>
        <translation>%1 geladen</translation>
    </message>
</context>
<context>
    <name>keycard::ReportWindow</name>
    <message>
        <location filename="../../src/gui/reportwindow.cpp" line="+34"/>
        <source>Credential Report: %1</source>
        <translation>Zugangsdaten-Bericht: %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>1 second</source>
        <translation>1 Sekunde</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n seconds</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n minutes</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 of %2 service accounts done, %3 credentials found.</source>
        <translation>%1 von %2 Dienstkonten erledigt, %3 Zugangsdaten gefunden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of at least %2 service accounts done, %3 credentials found.</source>
        <translation>%1 von mindestens %2 Dienstkonten erledigt, %3 Zugangsdaten gefunden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server asked to slow down; waiting.</source>
        <translation>Der Server bat darum, langsamer zu werden; es wird gewartet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About %1 left.</source>
        <translation>Noch etwa %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least %1 left.</source>
        <translation>Noch mindestens %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>All %1 service accounts listed: %2 credentials.</source>
        <translation>Alle %1 Dienstkonten aufgelistet: %2 Zugangsdaten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The report stopped: %1</source>
        <translation>Der Bericht wurde abgebrochen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All %1 service accounts listed: %2 credentials, but some accounts could not be read.</source>
        <translation>Alle %1 Dienstkonten aufgelistet: %2 Zugangsdaten, aber einige Konten konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stopped after %1 service accounts: the table holds %2 credentials found so far.</source>
        <translation>Nach %1 Dienstkonten angehalten: Die Tabelle enthält die %2 bisher gefundenen Zugangsdaten.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The credentials of 1 service account could not be listed:</source>
        <translation>Die Zugangsdaten von 1 Dienstkonto konnten nicht aufgelistet werden:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The credentials of %1 service accounts could not be listed:</source>
        <translation>Die Zugangsdaten von %1 Dienstkonten konnten nicht aufgelistet werden:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>• %1: %2</source>
        <translation>• %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>• and %1 more.</source>
        <translation>• und %1 weitere.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Export Report as CSV</source>
        <translation>Bericht als CSV exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export Report as JSON</source>
        <translation>Bericht als JSON exportieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report could not be saved to %1: %2</source>
        <translation>Der Bericht konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved 1 credential to %1.</source>
        <translation>1 Zugangsdaten-Eintrag unter %1 gespeichert.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Saved %n credentials to %1.</source>
        <translation>
            <numerusform>%n Zugangsdaten-Eintrag unter %1 gespeichert.</numerusform>
            <numerusform>%n Zugangsdaten-Einträge unter %1 gespeichert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keycard::RotationDialog</name>
    <message>
        <location filename="../../src/gui/rotationdialog.cpp" line="+23"/>
        <source>Rotate “%1”</source>
        <translation>„%1“ rotieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This rotation was not finished when the app closed.</source>
        <translation>Diese Rotation war nicht abgeschlossen, als die Anwendung geschlossen wurde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replacing credential “%1” of service account “%2”: a new credential is created and tested, you switch the systems that use the old one over to it, and the old one is deleted only when you say so.</source>
        <translation>Die Zugangsdaten „%1“ des Dienstkontos „%2“ werden ersetzt: Neue Zugangsdaten werden angelegt und getestet, Sie stellen die Systeme, die die alten nutzen, auf die neuen um, und die alten werden erst gelöscht, wenn Sie es sagen.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The replacement&apos;s secret is not in this computer&apos;s keychain: test it where you keep it.</source>
        <translation>Das Geheimnis des Ersatzes ist nicht im Schlüsselbund dieses Computers: Testen Sie es dort, wo Sie es aufbewahren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keychain could not be read: %1</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The old credential “%1” was last used %2: something may still use it, and it will stop working when the credential is deleted.

Delete it anyway?</source>
        <translation>Die alten Zugangsdaten „%1“ wurden zuletzt %2 verwendet: Womöglich nutzt sie noch etwas, und es funktioniert nicht mehr, wenn die Zugangsdaten gelöscht sind.

Trotzdem löschen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the old credential “%1”? Anything that still uses it will stop working.</source>
        <translation>Die alten Zugangsdaten „%1“ löschen? Alles, was sie noch nutzt, funktioniert dann nicht mehr.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retire Old Credential</source>
        <translation>Alte Zugangsdaten stilllegen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete Anyway</source>
        <translation>&amp;Trotzdem löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The replacement was not created: %1</source>
        <translation>Der Ersatz wurde nicht angelegt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1”, with the old credential&apos;s description. Its secret is shown once and kept in the keychain like any new credential&apos;s.</source>
        <translation>„%1“, mit der Beschreibung der alten Zugangsdaten. Das Geheimnis wird einmal angezeigt und wie bei allen neuen Zugangsdaten im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Creating “%1”…</source>
        <translation>„%1“ wird angelegt…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The app closed before the server answered the create of “%1”. If a credential of that name exists, nobody has its secret: delete it, then create the replacement again.</source>
        <translation>Die Anwendung wurde geschlossen, bevor der Server auf das Anlegen von „%1“ geantwortet hat. Falls Zugangsdaten dieses Namens existieren, kennt niemand ihr Geheimnis: Löschen Sie sie und legen Sie den Ersatz dann erneut an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The answer to the create of “%1” never arrived, so its secret may be lost; any credential that appeared is offered for deletion. Nothing was retired. Create the replacement again when that is settled.</source>
        <translation>Die Antwort auf das Anlegen von „%1“ kam nie an; das Geheimnis ist womöglich verloren. Alle hinzugekommenen Zugangsdaten werden zum Löschen angeboten. Nichts wurde stillgelegt. Legen Sie den Ersatz erneut an, sobald das geklärt ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” created (client ID %2).</source>
        <translation>„%1“ angelegt (Client-ID %2).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Waits for the replacement.</source>
        <translation>Wartet auf den Ersatz.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not tested yet: Test Again reads its secret from the keychain.</source>
        <translation>Noch nicht getestet: „Erneut testen“ liest das Geheimnis aus dem Schlüsselbund.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exchanging the new secret for a token…</source>
        <translation>Das neue Geheimnis wird gegen ein Token getauscht…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The test failed: %1</source>
        <translation>Der Test ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passed: the replacement obtained a token.</source>
        <translation>Bestanden: Der Ersatz hat ein Token erhalten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checking when the old credential was last used…</source>
        <translation>Es wird geprüft, wann die alten Zugangsdaten zuletzt verwendet wurden…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The old credential has never been used: nothing depends on it.</source>
        <translation>Die alten Zugangsdaten wurden nie verwendet: Nichts hängt von ihnen ab.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The old credential was last used %1: something still uses it. Switch it to the replacement.</source>
        <translation>Die alten Zugangsdaten wurden zuletzt %1 verwendet: Etwas nutzt sie noch. Stellen Sie es auf den Ersatz um.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The old credential was last used %1, before the rotation began.</source>
        <translation>Die alten Zugangsdaten wurden zuletzt %1 verwendet, vor Beginn der Rotation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The replacement was last used %1.</source>
        <translation>Der Ersatz wurde zuletzt %1 verwendet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>When nothing uses the old credential any more, retire it. Nothing is deleted before you confirm.</source>
        <translation>Wenn nichts mehr die alten Zugangsdaten nutzt, legen Sie sie still. Vor Ihrer Bestätigung wird nichts gelöscht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleting the old credential…</source>
        <translation>Die alten Zugangsdaten werden gelöscht…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The old credential was not deleted: %1</source>
        <translation>Die alten Zugangsdaten wurden nicht gelöscht: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The old credential “%1” was deleted. The rotation is finished.</source>
        <translation>Die alten Zugangsdaten „%1“ wurden gelöscht. Die Rotation ist abgeschlossen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rotation abandoned: nothing was deleted.</source>
        <translation>Rotation verworfen: Nichts wurde gelöscht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Possible once the replacement has passed its test.</source>
        <translation>Möglich, sobald der Ersatz seinen Test bestanden hat.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Checked at %1; checked again every 30 seconds.</source>
        <translation>Geprüft um %1; erneute Prüfung alle 30 Sekunden.</translation>
    </message>
</context>
<context>
    <name>keycard::SecretDialog</name>
    <message>
        <location filename="../../src/gui/secretdialog.cpp" line="+140"/>
        <source>New credential: %1</source>
        <translation>Neue Zugangsdaten: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is the only time the server shows this secret. Copy it or keep it in the keychain before closing.</source>
        <translation>Nur jetzt zeigt der Server dieses Geheimnis. Kopieren Sie es oder speichern Sie es im Schlüsselbund, bevor Sie schließen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stored secret: %1</source>
        <translation>Gespeichertes Geheimnis: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This secret was read from this computer&apos;s keychain. The server cannot show it again.</source>
        <translation>Dieses Geheimnis wurde aus dem Schlüsselbund dieses Computers gelesen. Der Server kann es nicht erneut anzeigen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+132"/>
        <source>The secret is stored in this computer&apos;s keychain.</source>
        <translation>Das Geheimnis ist im Schlüsselbund dieses Computers gespeichert.</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>The clipboard has been cleared.</source>
        <translation>Die Zwischenablage wurde geleert.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Show</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Storing the secret in the keychain…</source>
        <translation>Das Geheimnis wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No system keychain is available (%1). Copy the secret now; it stays on screen until you confirm.</source>
        <translation>Kein System-Schlüsselbund verfügbar (%1). Kopieren Sie das Geheimnis jetzt; es bleibt sichtbar, bis Sie bestätigen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The keychain is locked or refused access (%1). Unlock it and choose Store in keychain again, or copy the secret now.</source>
        <translation>Der Schlüsselbund ist gesperrt oder verweigert den Zugriff (%1). Entsperren Sie ihn und wählen Sie erneut „Im Schlüsselbund speichern“, oder kopieren Sie das Geheimnis jetzt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The secret could not be stored in the keychain: %1</source>
        <translation>Das Geheimnis konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Testing the credential…</source>
        <translation>Die Zugangsdaten werden getestet…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The credential works.</source>
        <translation>Die Zugangsdaten funktionieren.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Client ID copied.</source>
        <translation>Client-ID kopiert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the secret in a file?</source>
        <translation>Das Geheimnis in einer Datei speichern?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file holds the client secret in plain text. Anyone who gets the file, or a copy or backup of it, can sign in as this credential. It is made readable only by you; delete it as soon as the other system has the secret.</source>
        <translation>Die Datei enthält das Client-Geheimnis im Klartext. Wer die Datei oder eine Kopie oder Sicherung davon erhält, kann sich mit diesen Zugangsdaten anmelden. Sie wird nur für Sie lesbar angelegt; löschen Sie sie, sobald das andere System das Geheimnis hat.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Environment file (*.env)</source>
        <translation>Umgebungsdatei (*.env)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON file (*.json)</source>
        <translation>JSON-Datei (*.json)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the Credential as a File</source>
        <translation>Zugangsdaten als Datei speichern</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>its permissions could not be limited to you (%1)</source>
        <translation>ihre Zugriffsrechte konnten nicht auf Sie beschränkt werden (%1)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The secret could not be saved to %1: %2</source>
        <translation>Das Geheimnis konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved to %1, readable only by you. Delete the file once the other system has the secret.</source>
        <translation>Unter %1 gespeichert, nur für Sie lesbar. Löschen Sie die Datei, sobald das andere System das Geheimnis hat.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The secret is not in the keychain, and the server will not show it again. Close only if you have pasted it somewhere safe.</source>
        <translation>Das Geheimnis ist nicht im Schlüsselbund, und der Server zeigt es nicht erneut. Schließen Sie nur, wenn Sie es an einem sicheren Ort eingefügt haben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You have neither copied the secret nor stored it in the keychain. The server will not show it again. Close and lose it?</source>
        <translation>Sie haben das Geheimnis weder kopiert noch im Schlüsselbund gespeichert. Der Server zeigt es nicht erneut. Schließen und es verlieren?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close without keeping the secret?</source>
        <translation>Schließen, ohne das Geheimnis zu behalten?</translation>
    </message>
</context>
<context>
    <name>keycard::SecretStore</name>
    <message>
        <location filename="../../src/core/secretstore.cpp" line="+156"/>
        <source>Keycard Admin: profile “%1”, API key</source>
        <translation>Keycard Admin: Profil „%1“, API-Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keycard Admin: profile “%1”, client ID %2</source>
        <translation>Keycard Admin: Profil „%1“, Client-ID %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keycard Admin: credential “%1”, client ID %2</source>
        <translation>Keycard Admin: Zugangsdaten „%1“, Client-ID %2</translation>
    </message>
</context>
<context>
    <name>keycard::SecureClipboard</name>
    <message numerus="yes">
        <location filename="../../src/gui/secureclipboard.cpp" line="+102"/>
        <source>%1 copied. The clipboard is cleared in %n s.</source>
        <translation>
            <numerusform>%1 kopiert. Die Zwischenablage wird in %n s geleert.</numerusform>
            <numerusform>%1 kopiert. Die Zwischenablage wird in %n s geleert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keycard::ServiceAccountsModel</name>
    <message>
        <location filename="../../src/models/serviceaccountsmodel.cpp" line="+154"/>
        <source>The credentials could not be counted: %1</source>
        <translation>Die Zugangsdaten konnten nicht gezählt werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The oldest credential was created %1.</source>
        <translation>Die ältesten Zugangsdaten wurden %1 angelegt.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oldest credential</source>
        <translation>Älteste Zugangsdaten</translation>
    </message>
</context>
<context>
    <name>keycard::SignIn</name>
    <message>
        <location filename="../../src/core/signin.cpp" line="+75"/>
        <source>There is no saved profile named “%1”.</source>
        <translation>Es gibt kein gespeichertes Profil namens „%1“.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The secret of profile “%1” is not in the system keychain. Enter it to sign in.</source>
        <translation>Das Geheimnis des Profils „%1“ ist nicht im System-Schlüsselbund. Geben Sie es ein, um sich anzumelden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keychain could not be read (%1). Enter the secret to sign in for this session.</source>
        <translation>Der System-Schlüsselbund konnte nicht gelesen werden (%1). Geben Sie das Geheimnis ein, um sich für diese Sitzung anzumelden.</translation>
    </message>
</context>
<context>
    <name>keycard::SignInDialog</name>
    <message>
        <location filename="../../src/gui/signindialog.cpp" line="+27"/>
        <source>&amp;Sign In</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>The system keychain could not be read (%1). Type the secret to sign in for this session.</source>
        <translation>Der System-Schlüsselbund konnte nicht gelesen werden (%1). Geben Sie das Geheimnis ein, um sich für diese Sitzung anzumelden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Client &amp;secret:</source>
        <translation>Client-&amp;Geheimnis:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Give this connection a profile name.</source>
        <translation>Geben Sie dieser Verbindung einen Profilnamen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the client ID of a service account credential.</source>
        <translation>Geben Sie die Client-ID von Dienstkonto-Zugangsdaten ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the client secret.</source>
        <translation>Geben Sie das Client-Geheimnis ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the API key.</source>
        <translation>Geben Sie den API-Schlüssel ein.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Signed in, but the secret could not be kept in the system keychain: %1. You are signed in for this session only; you will be asked for the secret next time.</source>
        <translation>Angemeldet, aber das Geheimnis konnte nicht im System-Schlüsselbund gespeichert werden: %1. Sie sind nur für diese Sitzung angemeldet; beim nächsten Mal werden Sie nach dem Geheimnis gefragt.</translation>
    </message>
</context>
<context>
    <name>keycard::cli::Command</name>
    <message>
        <location filename="../../src/cli/command.cpp" line="+56"/>
        <source>The output could not be written (%1); stopped.</source>
        <translation>Die Ausgabe konnte nicht geschrieben werden (%1); abgebrochen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>signed in to %1</source>
        <translation>angemeldet bei %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign-in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>signing in with the KEYCARD_API_* variables</source>
        <translation>Anmeldung mit den Variablen KEYCARD_API_*</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not signed in: set KEYCARD_API_CLIENT_ID and KEYCARD_API_CLIENT_SECRET (or KEYCARD_API_API_KEY), or pass --profile NAME (see “keycardctl profiles list”).</source>
        <translation>Nicht angemeldet: Setzen Sie KEYCARD_API_CLIENT_ID und KEYCARD_API_CLIENT_SECRET (oder KEYCARD_API_API_KEY) oder übergeben Sie --profile NAME (siehe „keycardctl profiles list“).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--base-url goes with the KEYCARD_API_* variables; profile “%1” has its own URL.</source>
        <translation>--base-url gehört zu den Variablen KEYCARD_API_*; das Profil „%1“ hat seine eigene URL.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>signing in with profile “%1”</source>
        <translation>Anmeldung mit dem Profil „%1“</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>This sign-in has access to no organization.</source>
        <translation>Diese Anmeldung hat Zugriff auf keine Organisation.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Several organizations are open to this sign-in; pick one with --organization ID_OR_LABEL:
%1</source>
        <translation>Dieser Anmeldung stehen mehrere Organisationen offen; wählen Sie eine mit --organization ID_OR_LABEL:
%1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No service account in organization %1 has the ID or name “%2”.</source>
        <translation>Kein Dienstkonto in der Organisation %1 hat die ID oder den Namen „%2“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Several service accounts are named “%1”; give the ID of the one you mean:</source>
        <translation>Mehrere Dienstkonten heißen „%1“; geben Sie die ID des gemeinten an:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Service account “%1” has no credential with the ID or name “%2”.</source>
        <translation>Das Dienstkonto „%1“ hat keine Zugangsdaten mit der ID oder dem Namen „%2“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Several credentials of service account “%1” are named “%2”; give the ID of the one you mean:</source>
        <translation>Mehrere Zugangsdaten des Dienstkontos „%1“ heißen „%2“; geben Sie die ID der gemeinten an:</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Credential %1 is deleted, but its secret could not be removed from the system keychain: %2</source>
        <translation>Die Zugangsdaten %1 sind gelöscht, aber ihr Geheimnis konnte nicht aus dem System-Schlüsselbund entfernt werden: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>request %1: HTTP %2</source>
        <translation>Anfrage %1: HTTP %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 Not on a terminal, so nobody can answer: add --yes to go ahead.</source>
        <translation>%1 Nicht an einem Terminal, daher kann niemand antworten: Fügen Sie --yes hinzu, um fortzufahren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> [y/N] </source>
        <translation> [j/N] </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>y</source>
        <translation>j</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>keycard::cli::CredentialCreateCommand</name>
    <message>
        <location filename="../../src/cli/commands/credentialcreatecommand.cpp" line="+26"/>
        <source>The new credential&apos;s description (at most 500 characters).</source>
        <translation>Die Beschreibung der neuen Zugangsdaten (höchstens 500 Zeichen).</translation>
    </message>
</context>
<context>
    <name>keycard::cli::CredentialRotateCommand</name>
    <message>
        <location filename="../../src/cli/commands/credentialrotatecommand.cpp" line="+62"/>
        <source>The last step: delete CREDENTIAL, the old credential, once a replacement made by rotate exists.</source>
        <translation>Der letzte Schritt: CREDENTIAL, die alten Zugangsdaten, löschen, sobald ein mit rotate angelegter Ersatz existiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --retire-old: delete only when the old credential has not been used for this long (never used counts as unused), such as 24h, 7d, 30m; otherwise refuse with exit status 1.</source>
        <translation>Mit --retire-old: nur löschen, wenn die alten Zugangsdaten so lange nicht verwendet wurden (nie verwendet zählt als unbenutzt), etwa 24h, 7d, 30m; sonst mit Exit-Status 1 ablehnen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--if-unused-for goes with --retire-old.</source>
        <translation>--if-unused-for gehört zu --retire-old.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--retire-old creates nothing, so it takes neither --store nor --secret-to.</source>
        <translation>--retire-old legt nichts an und nimmt daher weder --store noch --secret-to.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--if-unused-for takes a number and a unit, such as 24h, 7d, 30m or 45s; “%1” is not one.</source>
        <translation>--if-unused-for erwartet eine Zahl mit Einheit, etwa 24h, 7d, 30m oder 45s; „%1“ ist keine.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The replacement “%1” (client ID %2) was created, but it did not sign in: %3. Keep using “%4” and do not retire it.</source>
        <translation>Der Ersatz „%1“ (Client-ID %2) wurde angelegt, konnte sich aber nicht anmelden: %3. Verwenden Sie weiter „%4“ und legen Sie es nicht still.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The replacement “%1” signs in. Switch whatever uses client ID %2 over to client ID %3; then retire the old credential with:
  keycardctl --organization %4 credentials rotate %5 %6 --retire-old --if-unused-for 24h</source>
        <translation>Der Ersatz „%1“ meldet sich an. Stellen Sie alles, was die Client-ID %2 verwendet, auf die Client-ID %3 um; legen Sie die alten Zugangsdaten dann still mit:
  keycardctl --organization %4 credentials rotate %5 %6 --retire-old --if-unused-for 24h</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Credential “%1” has no replacement yet (a credential named “%2”), so it was not retired. Create one first with: keycardctl credentials rotate %3 %4 — or delete it without a replacement with: keycardctl credentials delete %3 %4</source>
        <translation>Die Zugangsdaten „%1“ haben noch keinen Ersatz (Zugangsdaten namens „%2“) und wurden daher nicht stillgelegt. Legen Sie zuerst einen an mit: keycardctl credentials rotate %3 %4 — oder löschen Sie sie ohne Ersatz mit: keycardctl credentials delete %3 %4</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Retire (delete) credential “%1”, replaced by “%2”?</source>
        <translation>Die Zugangsdaten „%1“ stilllegen (löschen), ersetzt durch „%2“?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credential “%1” was last used at %2, less than a day ago: something may still use it.</source>
        <translation>Die Zugangsdaten „%1“ wurden zuletzt am %2 verwendet, vor weniger als einem Tag: Womöglich verwendet sie noch etwas.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Retired credential “%1” (%2); “%3” (client ID %4) replaces it.</source>
        <translation>Die Zugangsdaten „%1“ (%2) wurden stillgelegt; „%3“ (Client-ID %4) ersetzt sie.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Credential “%1” was last used at %2, less than %3 ago, so it was not retired: something still uses it. Switch that over to the replacement and try again later.</source>
        <translation>Die Zugangsdaten „%1“ wurden zuletzt am %2 verwendet, vor weniger als %3, und wurden daher nicht stillgelegt: Etwas verwendet sie noch. Stellen Sie es auf den Ersatz um und versuchen Sie es später erneut.</translation>
    </message>
</context>
<context>
    <name>keycard::cli::ListCommand</name>
    <message numerus="yes">
        <location filename="../../src/cli/listcommand.cpp" line="+8"/>
        <source>%n item(s) so far…</source>
        <translation>
            <numerusform>Bisher %n Eintrag…</numerusform>
            <numerusform>Bisher %n Einträge…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n item(s) so far match…</source>
        <translation>
            <numerusform>%1 von bisher %n Eintrag passen…</numerusform>
            <numerusform>%1 von bisher %n Einträgen passen…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keycard::cli::NewSecretDelivery</name>
    <message>
        <location filename="../../src/cli/newsecretdelivery.cpp" line="+58"/>
        <source>Keep the secret in the system keychain, where Keycard Admin finds it.</source>
        <translation>Das Geheimnis im System-Schlüsselbund speichern, wo Keycard Admin es findet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the secret to stdout (inside the JSON object only) or to a new file that only you may read.</source>
        <translation>Das Geheimnis auf stdout (nur innerhalb des JSON-Objekts) oder in eine neue, nur für Sie lesbare Datei schreiben.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>stdout is a pipe whose reader has already ended, so the secret would be lost. Nothing was created.</source>
        <translation>stdout ist eine Pipe, deren Leser bereits beendet ist; das Geheimnis ginge verloren. Es wurde nichts angelegt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The new secret needs a place to go: pass --store (the system keychain) or --secret-to stdout|FILE. Nothing was created.</source>
        <translation>Das neue Geheimnis braucht einen Ablageort: Übergeben Sie --store (den System-Schlüsselbund) oder --secret-to stdout|FILE. Es wurde nichts angelegt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The secret of the new credential is shown only once. Keep it in the [k]eychain, write it to a [f]ile, [s]how it here, or [q]uit? </source>
        <translation>Das Geheimnis der neuen Zugangsdaten wird nur einmal angezeigt. Im Schlüsselbund speichern [k], in eine Datei schreiben [f], hier anzeigen [s] oder beenden [q]? </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secret of the new credential is shown only once. Keep it in the [k]eychain, write it to a [f]ile, or [q]uit? </source>
        <translation>Das Geheimnis der neuen Zugangsdaten wird nur einmal angezeigt. Im Schlüsselbund speichern [k], in eine Datei schreiben [f] oder beenden [q]? </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>File to create: </source>
        <translation>Anzulegende Datei: </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was created.</source>
        <translation>Es wurde nichts angelegt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot create %1 for the secret (%2); it must not exist yet. Nothing was created.</source>
        <translation>%1 kann für das Geheimnis nicht angelegt werden (%2); die Datei darf noch nicht existieren. Es wurde nichts angelegt.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The system keychain cannot keep the secret (%1). Nothing was created; use --secret-to FILE instead.</source>
        <translation>Der System-Schlüsselbund kann das Geheimnis nicht speichern (%1). Es wurde nichts angelegt; verwenden Sie stattdessen --secret-to FILE.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The secret is in %1 (readable by you only).</source>
        <translation>Das Geheimnis liegt in %1 (nur für Sie lesbar).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The secret is in the system keychain; Keycard Admin shows it as stored.</source>
        <translation>Das Geheimnis liegt im System-Schlüsselbund; Keycard Admin zeigt es als gespeichert an.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The secret could not be kept where you asked (%1), so it was written to stdout instead; it is shown nowhere else.</source>
        <translation>Das Geheimnis konnte nicht dort gespeichert werden, wo Sie es wollten (%1), daher wurde es stattdessen auf stdout geschrieben; es wird nirgends sonst angezeigt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This is the only time the secret is shown.</source>
        <translation>Nur dieses eine Mal wird das Geheimnis angezeigt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The output could not be written (%1); the secret is kept as said above.</source>
        <translation>Die Ausgabe konnte nicht geschrieben werden (%1); das Geheimnis ist wie oben angegeben verwahrt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The secret of the new credential “%1” (client ID %2) could not be written to stdout (%3) and is kept nowhere else: it is lost, nobody has seen it. Delete the credential with: keycardctl --organization %4 credentials delete %5 %6</source>
        <translation>Das Geheimnis der neuen Zugangsdaten „%1“ (Client-ID %2) konnte nicht nach stdout geschrieben werden (%3) und ist nirgends sonst verwahrt: Es ist verloren, niemand hat es gesehen. Löschen Sie die Zugangsdaten mit: keycardctl --organization %4 credentials delete %5 %6</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The answer to creating credential “%1” was lost, so it may or may not exist now; if it does, nobody has seen its secret. It was not sent again. See what appeared with: keycardctl --organization %2 credentials list %3 — and delete a credential you do not recognise.</source>
        <translation>Die Antwort auf das Anlegen der Zugangsdaten „%1“ ging verloren; sie können also existieren oder nicht. Falls ja, hat niemand ihr Geheimnis gesehen. Die Anfrage wurde nicht erneut gesendet. Prüfen Sie, was hinzugekommen ist, mit: keycardctl --organization %2 credentials list %3 — und löschen Sie Zugangsdaten, die Sie nicht kennen.</translation>
    </message>
</context>
<context>
    <name>keycard::cli::ReportCommand</name>
    <message>
        <location filename="../../src/cli/commands/reportcommand.cpp" line="+59"/>
        <source>--%1 takes a number of days from 1 to %2.</source>
        <translation>--%1 erwartet eine Anzahl Tage von 1 bis %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Every credential of every service account of the organization, with its age, last use and flags (never a secret); --output json or csv gives the columns of Keycard Admin&apos;s report export.</source>
        <translation>Alle Zugangsdaten aller Dienstkonten der Organisation mit Alter, letzter Verwendung und Markierungen (nie ein Geheimnis); --output json oder csv liefert die Spalten des Berichtsexports von Keycard Admin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Flag credentials not used for more than this many days (default 90).</source>
        <translation>Zugangsdaten markieren, die länger als so viele Tage nicht verwendet wurden (Standard 90).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flag credentials created more than this many days ago (default 365).</source>
        <translation>Zugangsdaten markieren, die vor mehr als so vielen Tagen angelegt wurden (Standard 365).</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 of %2 service accounts, %3 credentials</source>
        <translation>%1 von %2 Dienstkonten, %3 Zugangsdaten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2+ service accounts, %3 credentials</source>
        <translation>%1 von %2+ Dienstkonten, %3 Zugangsdaten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> — waiting out the server&apos;s rate limit</source>
        <translation> — wartet das Ratenlimit des Servers ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — about %1 s left</source>
        <translation> — noch etwa %1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — at least %1 s left</source>
        <translation> — noch mindestens %1 s</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The credentials of service account “%1” (%2) could not be listed: %3</source>
        <translation>Die Zugangsdaten des Dienstkontos „%1“ (%2) konnten nicht aufgelistet werden: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The report is incomplete: %n service account(s) are missing.</source>
        <translation>
            <numerusform>Der Bericht ist unvollständig: %n Dienstkonto fehlt.</numerusform>
            <numerusform>Der Bericht ist unvollständig: %n Dienstkonten fehlen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n credential(s) in %1 service accounts.</source>
        <translation>
            <numerusform>%n Zugangsdaten-Eintrag in %1 Dienstkonten.</numerusform>
            <numerusform>%n Zugangsdaten in %1 Dienstkonten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keycard::cli::Runner</name>
    <message>
        <location filename="../../src/cli/runner.cpp" line="+30"/>
        <source>Try “keycardctl --help”.</source>
        <translation>Versuchen Sie „keycardctl --help“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show the help.</source>
        <translation>Die Hilfe anzeigen.</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+44"/>
        <source>There is no command “%1”.</source>
        <translation>Es gibt keinen Befehl „%1“.</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>“%1” has no command “%2”.</source>
        <translation>„%1“ hat keinen Befehl „%2“.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Usage: keycardctl %1 %2</source>
        <translation>Aufruf: keycardctl %1 %2</translation>
    </message>
</context>
</TS>
