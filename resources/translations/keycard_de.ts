<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/aboutdialog.ui" line="+5" />
        <source>About Keycard Admin</source>
        <translation>Über Keycard Admin</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Administer a Keycard organization's service accounts and credentials.</source>
        <translation>Die Dienstkonten und Zugangsdaten einer Keycard-Organisation verwalten.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../src/app/commandline.cpp" line="+12" />
        <source>Administer a Keycard organization's service accounts and credentials.</source>
        <translation>Die Dienstkonten und Zugangsdaten einer Keycard-Organisation verwalten.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Start a built-in demo server on loopback and sign in to it.</source>
        <translation>Einen eingebauten Demo-Server auf Loopback starten und sich dort anmelden.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Seed of the demo data (default 1).</source>
        <translation>Startwert der Demo-Daten (Standard 1).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Sign in with the saved connection profile.</source>
        <translation>Mit dem gespeicherten Verbindungsprofil anmelden.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The Keycard API base URL to use.</source>
        <translation>Die zu verwendende Basis-URL der Keycard-API.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Open this organization (ID or label).</source>
        <translation>Diese Organisation öffnen (ID oder Kennung).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Save a picture of the window once data is shown, then quit.</source>
        <translation>Ein Bild des Fensters speichern, sobald Daten angezeigt werden, dann beenden.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Quit with status 0 once the first page of service accounts is shown (1 after 20 s).</source>
        <translation>Mit Status 0 beenden, sobald die erste Seite der Dienstkonten angezeigt wird (1 nach 20 s).</translation>
    </message>
    <message>
        <location line="+12" />
        <source>--demo-seed needs a number.</source>
        <translation>--demo-seed braucht eine Zahl.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Not a usable URL: %1</source>
        <translation>Keine brauchbare URL: %1</translation>
    </message>
</context>
<context>
    <name>DeleteAccountDialog</name>
    <message>
        <location filename="../../ui/deleteaccountdialog.ui" line="+14" />
        <source>Delete service account</source>
        <translation>Dienstkonto löschen</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <location filename="../../ui/editdialog.ui" line="+14" />
        <source>Service account</source>
        <translation>Dienstkonto</translation>
    </message>
    <message>
        <location line="+18" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <location line="+17" />
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <location filename="../../ui/listpanel.ui" line="+65" />
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.ui" line="+6" />
        <source>Keycard Admin</source>
        <translation>Keycard Admin</translation>
    </message>
    <message>
        <location line="+22" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Switch &amp;Profile</source>
        <translation>&amp;Profil wechseln</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Toolbar</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <location line="+14" />
        <source>&amp;Sign In…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sign in with another credential or to another server</source>
        <translation>Mit anderen Zugangsdaten oder bei einem anderen Server anmelden</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Load the lists again from the server</source>
        <translation>Die Listen erneut vom Server laden</translation>
    </message>
    <message>
        <location line="+3" />
        <source>New &amp;Service Account…</source>
        <translation>Neues &amp;Dienstkonto…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Create a service account in this organization</source>
        <translation>Ein Dienstkonto in dieser Organisation anlegen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>New &amp;Credential…</source>
        <translation>Neue &amp;Zugangsdaten…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Create a credential for the selected service account</source>
        <translation>Zugangsdaten für das gewählte Dienstkonto anlegen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rename or describe the selected item</source>
        <translation>Das gewählte Element umbenennen oder beschreiben</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete the selected items</source>
        <translation>Die gewählten Elemente löschen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Copy Client &amp;ID</source>
        <translation>Client-&amp;ID kopieren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy the selected credential's client ID</source>
        <translation>Die Client-ID der gewählten Zugangsdaten kopieren</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Show Stored Se&amp;cret…</source>
        <translation>Gespeichertes &amp;Geheimnis anzeigen…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show the secret kept in this computer's keychain</source>
        <translation>Das im Schlüsselbund dieses Computers gespeicherte Geheimnis anzeigen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Forget Stored Secret</source>
        <translation>Gespeichertes Geheimnis &amp;vergessen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove the secret from this computer's keychain</source>
        <translation>Das Geheimnis aus dem Schlüsselbund dieses Computers entfernen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Find Service &amp;Accounts</source>
        <translation>Dienstkonten &amp;suchen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Filter the service accounts</source>
        <translation>Die Dienstkonten filtern</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Find Cre&amp;dentials</source>
        <translation>Zugangsdaten s&amp;uchen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Filter the credentials</source>
        <translation>Die Zugangsdaten filtern</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;About Keycard Admin</source>
        <translation>Ü&amp;ber Keycard Admin</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <location filename="../../src/models/relativetime.cpp" line="+19" />
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <location line="+8" />
        <source>1 minute ago</source>
        <translation>vor 1 Minute</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%n minutes ago</source>
        <translation>vor %n Minuten</translation>
    </message>
    <message>
        <location line="+2" />
        <source>1 hour ago</source>
        <translation>vor 1 Stunde</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%n hours ago</source>
        <translation>vor %n Stunden</translation>
    </message>
    <message>
        <location line="+2" />
        <source>1 day ago</source>
        <translation>vor 1 Tag</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%n days ago</source>
        <translation>vor %n Tagen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>1 month ago</source>
        <translation>vor 1 Monat</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%n months ago</source>
        <translation>vor %n Monaten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>1 year ago</source>
        <translation>vor 1 Jahr</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%n years ago</source>
        <translation>vor %n Jahren</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <location filename="../../ui/secretdialog.ui" line="+14" />
        <source>Credential secret</source>
        <translation>Geheimnis der Zugangsdaten</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Copy client ID</source>
        <translation>Client-ID kopieren</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Client s&amp;ecret:</source>
        <translation>Client-G&amp;eheimnis:</translation>
    </message>
    <message>
        <location line="+23" />
        <source>&amp;Show</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <location line="+13" />
        <source>&amp;Copy secret</source>
        <translation>Geheimnis &amp;kopieren</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Store in &amp;keychain</source>
        <translation>Im &amp;Schlüsselbund speichern</translation>
    </message>
    <message>
        <location line="+27" />
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settingsdialog.ui" line="+5" />
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Clear copied &amp;secrets after:</source>
        <translation>Kopierte &amp;Geheimnisse löschen nach:</translation>
    </message>
    <message>
        <location line="+1" />
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rows per &amp;page:</source>
        <translation>Zeilen pro &amp;Seite:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Keep new credential secrets in the system &amp;keychain automatically</source>
        <translation>Geheimnisse neuer Zugangsdaten automatisch im System-&amp;Schlüsselbund speichern</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/signindialog.ui" line="+5" />
        <source>Sign in to Keycard</source>
        <translation>Bei Keycard anmelden</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Saved connections. Type a new name to save a new one.</source>
        <translation>Gespeicherte Verbindungen. Geben Sie einen neuen Namen ein, um eine neue zu speichern.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sign in with:</source>
        <translation>Anmelden mit:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Client &amp;credentials</source>
        <translation>Client-&amp;Zugangsdaten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;API key</source>
        <translation>&amp;API-Schlüssel</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Client &amp;secret:</source>
        <translation>Client-&amp;Geheimnis:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Keep the secret in the system keychain</source>
        <translation>Das Geheimnis im System-&amp;Schlüsselbund speichern</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <location filename="../../src/models/timetext.cpp" line="+18" />
        <source>%1 (%2 UTC)</source>
        <translation>%1 (%2 UTC)</translation>
    </message>
</context>
<context>
    <name>keycard::AboutDialog</name>
    <message>
        <location filename="../../src/gui/aboutdialog.cpp" line="+11" />
        <source>Keycard Admin %1</source>
        <translation>Keycard Admin %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Version %1
Qt %2 (built with %3)
QtKeychain %4</source>
        <translation>Version %1
Qt %2 (erstellt mit %3)
QtKeychain %4</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Released under the MIT License. Keycard is an identity and access platform; this application uses its public REST API.</source>
        <translation>Veröffentlicht unter der MIT-Lizenz. Keycard ist eine Identitäts- und Zugriffsplattform; diese Anwendung nutzt ihre öffentliche REST-API.</translation>
    </message>
</context>
<context>
    <name>keycard::ApiClient</name>
    <message>
        <location filename="../../src/core/apiclient.cpp" line="+170" />
        <source>The server address is not a complete web address.</source>
        <translation>Die Serveradresse ist keine vollständige Webadresse.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The server address must start with https://.</source>
        <translation>Die Serveradresse muss mit https:// beginnen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The server address must not contain a user name or password.</source>
        <translation>Die Serveradresse darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The server address must start with https:// unless the server runs on this computer; plain http would expose the credentials.</source>
        <translation>Die Serveradresse muss mit https:// beginnen, außer der Server läuft auf diesem Computer; einfaches http würde die Zugangsdaten preisgeben.</translation>
    </message>
    <message>
        <location line="+18" />
        <location filename="../../src/core/tokenprovider.cpp" line="+123" />
        <source>sign in</source>
        <translation>anmelden</translation>
    </message>
    <message>
        <location line="+19" />
        <source>load the organizations</source>
        <translation>die Organisationen laden</translation>
    </message>
    <message>
        <location line="+9" />
        <source>load the organization</source>
        <translation>die Organisation laden</translation>
    </message>
    <message>
        <location line="+9" />
        <source>load the service accounts</source>
        <translation>die Dienstkonten laden</translation>
    </message>
    <message>
        <location line="+12" />
        <source>load the service account</source>
        <translation>das Dienstkonto laden</translation>
    </message>
    <message>
        <location line="+11" />
        <source>create the service account</source>
        <translation>das Dienstkonto anlegen</translation>
    </message>
    <message>
        <location line="+13" />
        <source>save the service account</source>
        <translation>das Dienstkonto speichern</translation>
    </message>
    <message>
        <location line="+12" />
        <source>delete the service account</source>
        <translation>das Dienstkonto löschen</translation>
    </message>
    <message>
        <location line="+13" />
        <source>load the credentials</source>
        <translation>die Zugangsdaten laden</translation>
    </message>
    <message>
        <location line="+14" />
        <source>load the credential</source>
        <translation>die Zugangsdaten laden</translation>
    </message>
    <message>
        <location line="+13" />
        <source>create the credential</source>
        <translation>die Zugangsdaten anlegen</translation>
    </message>
    <message>
        <location line="+26" />
        <source>save the credential</source>
        <translation>die Zugangsdaten speichern</translation>
    </message>
    <message>
        <location line="+14" />
        <source>delete the credential</source>
        <translation>die Zugangsdaten löschen</translation>
    </message>
    <message>
        <location line="+13" />
        <source>test the credential</source>
        <translation>die Zugangsdaten testen</translation>
    </message>
</context>
<context>
    <name>keycard::ApiError</name>
    <message>
        <location filename="../../src/core/apierror.cpp" line="+109" />
        <source>The connection settings are not usable.</source>
        <translation>Die Verbindungseinstellungen sind nicht verwendbar.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The Keycard server could not be reached.</source>
        <translation>Der Keycard-Server war nicht erreichbar.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The Keycard server stopped answering.</source>
        <translation>Der Keycard-Server antwortet nicht mehr.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The secure connection to the server could not be verified.</source>
        <translation>Die sichere Verbindung zum Server konnte nicht überprüft werden.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The server did not accept the credentials.</source>
        <translation>Der Server hat die Zugangsdaten nicht akzeptiert.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The credentials in use are not allowed to do this.</source>
        <translation>Die verwendeten Zugangsdaten dürfen das nicht.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The item no longer exists, or was never there.</source>
        <translation>Das Element existiert nicht mehr oder hat nie existiert.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The change conflicts with the current state on the server.</source>
        <translation>Die Änderung widerspricht dem aktuellen Stand auf dem Server.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The server refused the values entered.</source>
        <translation>Der Server hat die eingegebenen Werte abgelehnt.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The server refused the request.</source>
        <translation>Der Server hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Too many requests were sent in a short time.</source>
        <translation>In kurzer Zeit wurden zu viele Anfragen gesendet.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The Keycard server had a problem.</source>
        <translation>Der Keycard-Server hatte ein Problem.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The server's answer was not in the expected form.</source>
        <translation>Die Antwort des Servers hatte nicht die erwartete Form.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The connection was lost after the request was sent, so it is not known whether it took effect.</source>
        <translation>Die Verbindung brach nach dem Senden der Anfrage ab; ob sie ausgeführt wurde, ist unbekannt.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Check the server address and credentials in the settings.</source>
        <translation>Prüfen Sie Serveradresse und Zugangsdaten in den Einstellungen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check your network connection and the server address, then try again.</source>
        <translation>Prüfen Sie Ihre Netzwerkverbindung und die Serveradresse und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Try again in a moment.</source>
        <translation>Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check the server address; if it is right, the network may be intercepting secure connections.</source>
        <translation>Prüfen Sie die Serveradresse; stimmt sie, fängt das Netzwerk womöglich sichere Verbindungen ab.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Check the client ID and secret or API key, then sign in again.</source>
        <translation>Prüfen Sie Client-ID und Geheimnis oder den API-Schlüssel und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ask an administrator of the organization for access.</source>
        <translation>Bitten Sie einen Administrator der Organisation um Zugriff.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reload the list to see what exists now.</source>
        <translation>Laden Sie die Liste neu, um zu sehen, was jetzt existiert.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reload, then make the change again.</source>
        <translation>Laden Sie neu und nehmen Sie die Änderung erneut vor.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Correct the values and try again.</source>
        <translation>Korrigieren Sie die Werte und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Wait a little, then try again.</source>
        <translation>Warten Sie kurz und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Try again later; if it keeps happening, contact Keycard support.</source>
        <translation>Versuchen Sie es später erneut; passiert es wiederholt, wenden Sie sich an den Keycard-Support.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Try again later; if it keeps happening, report it with the request ID.</source>
        <translation>Versuchen Sie es später erneut; passiert es wiederholt, melden Sie es mit der Anfrage-ID.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reload the list to check what exists before trying again.</source>
        <translation>Laden Sie die Liste neu und prüfen Sie, was existiert, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Could not %1.</source>
        <translation>Konnte %1 nicht.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The server said: “%1”</source>
        <translation>Der Server meldet: „%1“</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The server said: “%1”.</source>
        <translation>Der Server meldet: „%1“.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(HTTP status %1)</source>
        <translation>(HTTP-Status %1)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Problem at: %1.</source>
        <translation>Problem bei: %1.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Request ID: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
</context>
<context>
    <name>keycard::BulkCredentialDelete</name>
    <message>
        <location filename="../../src/gui/bulkdelete.cpp" line="+95" />
        <source>1 of %1 credentials could not be deleted:</source>
        <translation>1 von %1 Zugangsdaten konnte nicht gelöscht werden:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 of %2 credentials could not be deleted:</source>
        <translation>%1 von %2 Zugangsdaten konnten nicht gelöscht werden:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>• %1: %2</source>
        <translation>• %1: %2</translation>
    </message>
</context>
<context>
    <name>keycard::CredentialsModel</name>
    <message>
        <location filename="../../src/models/credentialsmodel.cpp" line="+113" />
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+5" />
        <source>in keychain</source>
        <translation>im Schlüsselbund</translation>
    </message>
    <message>
        <location line="+2" />
        <source>secret lost</source>
        <translation>Geheimnis verloren</translation>
    </message>
    <message>
        <location line="+13" />
        <source>This credential has never been used.</source>
        <translation>Diese Zugangsdaten wurden nie verwendet.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This computer's keychain holds the secret: Show Stored Secret reads it back.</source>
        <translation>Der Schlüsselbund dieses Computers enthält das Geheimnis: „Gespeichertes Geheimnis anzeigen“ liest es aus.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The server created this credential but its answer never arrived, so nobody has its secret. Delete it.</source>
        <translation>Der Server hat diese Zugangsdaten angelegt, aber seine Antwort kam nie an; niemand kennt das Geheimnis. Löschen Sie sie.</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
</context>
<context>
    <name>keycard::DeleteAccountConfirmation</name>
    <message>
        <location filename="../../src/gui/deleteconfirmation.cpp" line="+27" />
        <source>Delete the service account “%1”? This cannot be undone.</source>
        <translation>Das Dienstkonto „%1“ löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Counting its credentials…</source>
        <translation>Zugangsdaten werden gezählt…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>It has no credentials.</source>
        <translation>Es hat keine Zugangsdaten.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This also deletes its credential; anything using it stops working.</source>
        <translation>Damit werden auch seine Zugangsdaten gelöscht; alles, was sie nutzt, funktioniert dann nicht mehr.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This also deletes its %1 credentials; anything using them stops working.</source>
        <translation>Damit werden auch seine %1 Zugangsdaten gelöscht; alles, was sie nutzt, funktioniert dann nicht mehr.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Type the service account's name, “%1”, to confirm:</source>
        <translation>Geben Sie zur Bestätigung den Namen des Dienstkontos ein, „%1“:</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Its credentials could not be counted.</source>
        <translation>Seine Zugangsdaten konnten nicht gezählt werden.</translation>
    </message>
</context>
<context>
    <name>keycard::DeleteCredentialsConfirmation</name>
    <message>
        <location line="+29" />
        <source>Delete Credential</source>
        <translation>Zugangsdaten löschen</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Delete %1 Credentials</source>
        <translation>%1 Zugangsdaten löschen</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Delete this credential? Anything that signs in with it stops working. This cannot be undone.</source>
        <translation>Diese Zugangsdaten löschen? Alles, was sich damit anmeldet, funktioniert dann nicht mehr. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Delete these %1 credentials? Anything that signs in with them stops working. This cannot be undone.</source>
        <translation>Diese %1 Zugangsdaten löschen? Alles, was sich damit anmeldet, funktioniert dann nicht mehr. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
</context>
<context>
    <name>keycard::EditDialog</name>
    <message>
        <location filename="../../src/gui/editdialog.cpp" line="+47" />
        <source>New Service Account</source>
        <translation>Neues Dienstkonto</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New Credential</source>
        <translation>Neue Zugangsdaten</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Create a service account in this organization.</source>
        <translation>Ein Dienstkonto in dieser Organisation anlegen.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Create a credential for this service account. Its secret is shown once, right after it is created.</source>
        <translation>Zugangsdaten für dieses Dienstkonto anlegen. Das Geheimnis wird nur einmal angezeigt, direkt nach dem Anlegen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Edit Service Account</source>
        <translation>Dienstkonto bearbeiten</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Edit Credential</source>
        <translation>Zugangsdaten bearbeiten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rename or describe the service account.</source>
        <translation>Das Dienstkonto umbenennen oder beschreiben.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rename or describe the credential.</source>
        <translation>Die Zugangsdaten umbenennen oder beschreiben.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Saving</source>
        <translation>Wird gespeichert</translation>
    </message>
    <message>
        <location line="+98" />
        <source>%1 / %2 (too long)</source>
        <translation>%1 / %2 (zu lang)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Request ID: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The credential may have been created, but the answer never arrived, so its secret is lost. It will not be created again automatically.</source>
        <translation>Die Zugangsdaten wurden womöglich angelegt, aber die Antwort kam nie an; das Geheimnis ist verloren. Sie werden nicht automatisch erneut angelegt.</translation>
    </message>
</context>
<context>
    <name>keycard::ItemActions</name>
    <message>
        <location filename="../../src/gui/itemactions.cpp" line="+84" />
        <source>Service account “%1” created.</source>
        <translation>Dienstkonto „%1“ angelegt.</translation>
    </message>
    <message>
        <location line="+45" />
        <source>The create may have reached the server; checking what exists…</source>
        <translation>Die Anfrage hat den Server womöglich erreicht; es wird geprüft, was existiert…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Could not check for the new credential</source>
        <translation>Die neuen Zugangsdaten konnten nicht geprüft werden</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The credential may have been created, but listing the account's credentials failed: %1
Refresh (F5) later and delete any credential whose secret you do not have.</source>
        <translation>Die Zugangsdaten wurden womöglich angelegt, aber das Auflisten der Zugangsdaten des Kontos schlug fehl: %1
Aktualisieren Sie später (F5) und löschen Sie alle Zugangsdaten, deren Geheimnis Sie nicht haben.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The server did not create the credential. You can try again.</source>
        <translation>Der Server hat die Zugangsdaten nicht angelegt. Sie können es erneut versuchen.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Secret lost</source>
        <translation>Geheimnis verloren</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Delete Them</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Keep</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <location line="+14" />
        <location line="+121" />
        <source>Some credentials were not deleted</source>
        <translation>Einige Zugangsdaten wurden nicht gelöscht</translation>
    </message>
    <message numerus="yes">
        <location line="-118" />
        <source>%n credential(s) without a secret deleted.</source>
        <translation><numerusform>%n Zugangsdaten ohne Geheimnis gelöscht.</numerusform><numerusform>%n Zugangsdaten ohne Geheimnis gelöscht.</numerusform></translation>
    </message>
    <message>
        <location line="+33" />
        <source>Service account “%1” saved.</source>
        <translation>Dienstkonto „%1“ gespeichert.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Credential “%1” saved.</source>
        <translation>Zugangsdaten „%1“ gespeichert.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Service account not deleted</source>
        <translation>Dienstkonto nicht gelöscht</translation>
    </message>
    <message>
        <location line="+1" />
        <source>“%1” was not deleted: %2</source>
        <translation>„%1“ wurde nicht gelöscht: %2</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Service account “%1” deleted.</source>
        <translation>Dienstkonto „%1“ gelöscht.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Deleting credentials: %1 of %2…</source>
        <translation>Zugangsdaten werden gelöscht: %1 von %2…</translation>
    </message>
    <message numerus="yes">
        <location line="+11" />
        <source>%n credential(s) deleted.</source>
        <translation><numerusform>%n Zugangsdaten gelöscht.</numerusform><numerusform>%n Zugangsdaten gelöscht.</numerusform></translation>
    </message>
    <message>
        <location line="+21" />
        <source>Keychain entry not removed</source>
        <translation>Schlüsselbund-Eintrag nicht entfernt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The credential is deleted, but its secret could not be removed from the system keychain: %1</source>
        <translation>Die Zugangsdaten sind gelöscht, aber ihr Geheimnis konnte nicht aus dem System-Schlüsselbund entfernt werden: %1</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Client ID %1 copied.</source>
        <translation>Client-ID %1 kopiert.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Secret not available</source>
        <translation>Geheimnis nicht verfügbar</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This computer's keychain does not hold the secret of “%1”, or the keychain is locked. Unlock it and try again.</source>
        <translation>Der Schlüsselbund dieses Computers enthält das Geheimnis von „%1“ nicht, oder er ist gesperrt. Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The system keychain could not be read: %1</source>
        <translation>Der System-Schlüsselbund konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+21" />
        <source>The stored secret is forgotten.</source>
        <translation>Das gespeicherte Geheimnis ist vergessen.</translation>
    </message>
</context>
<context>
    <name>keycard::Launcher</name>
    <message>
        <location filename="../../src/app/launcher.cpp" line="+73" />
        <source>The demo server could not listen on a loopback port.</source>
        <translation>Der Demo-Server konnte an keinem Loopback-Port lauschen.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Demo server at %1</source>
        <translation>Demo-Server unter %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Connected to the built-in demo server at %1. Nothing here touches a real Keycard organization.</source>
        <translation>Verbunden mit dem eingebauten Demo-Server unter %1. Nichts hier berührt eine echte Keycard-Organisation.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Signing in with the KEYCARD_API_* environment variables failed: %1</source>
        <translation>Die Anmeldung mit den Umgebungsvariablen KEYCARD_API_* schlug fehl: %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 (from the environment)</source>
        <translation>%1 (aus der Umgebung)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>smoke test: no service accounts were shown within 20 seconds</source>
        <translation>Rauchtest: innerhalb von 20 Sekunden wurden keine Dienstkonten angezeigt</translation>
    </message>
    <message>
        <location line="+11" />
        <source>could not save the screenshot to %1</source>
        <translation>das Bildschirmfoto konnte nicht unter %1 gespeichert werden</translation>
    </message>
</context>
<context>
    <name>keycard::LostCreateRecovery</name>
    <message>
        <location filename="../../src/gui/lostcreaterecovery.cpp" line="+81" />
        <source>The server may have created the credential, but its answer never arrived, so its secret is lost. It was not sent again.</source>
        <translation>Der Server hat die Zugangsdaten womöglich angelegt, aber seine Antwort kam nie an; das Geheimnis ist verloren. Die Anfrage wurde nicht erneut gesendet.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No credential appeared since, so it was most likely not created.</source>
        <translation>Seitdem sind keine Zugangsdaten hinzugekommen; sie wurden also höchstwahrscheinlich nicht angelegt.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>• %1 (client ID %2, created %3)</source>
        <translation>• %1 (Client-ID %2, angelegt %3)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>These credentials appeared since:</source>
        <translation>Diese Zugangsdaten sind seitdem hinzugekommen:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Delete it?</source>
        <translation>Löschen?</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Delete them?</source>
        <translation>Alle löschen?</translation>
    </message>
</context>
<context>
    <name>keycard::MainWindow</name>
    <message>
        <location filename="../../src/gui/mainwindow.cpp" line="+64" />
        <source>Choose an organization…</source>
        <translation>Organisation wählen…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The organization whose service accounts are shown</source>
        <translation>Die Organisation, deren Dienstkonten angezeigt werden</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location line="+62" />
        <source>Service accounts</source>
        <translation>Dienstkonten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Filter service accounts (Ctrl+F)</source>
        <translation>Dienstkonten filtern (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No service accounts yet. Create one with Ctrl+N.</source>
        <translation>Noch keine Dienstkonten. Legen Sie eines mit Ctrl+N an.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No loaded service account matches “%1”.</source>
        <translation>Kein geladenes Dienstkonto passt zu „%1“.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose an organization to see its service accounts.</source>
        <translation>Wählen Sie eine Organisation, um ihre Dienstkonten zu sehen.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Filter credentials (Ctrl+Shift+F)</source>
        <translation>Zugangsdaten filtern (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This service account has no credentials yet. Create one with Ctrl+Shift+N.</source>
        <translation>Dieses Dienstkonto hat noch keine Zugangsdaten. Legen Sie welche mit Ctrl+Shift+N an.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No loaded credential matches “%1”.</source>
        <translation>Keine geladenen Zugangsdaten passen zu „%1“.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select a service account to see its credentials.</source>
        <translation>Wählen Sie ein Dienstkonto, um seine Zugangsdaten zu sehen.</translation>
    </message>
    <message>
        <location line="+107" />
        <source>No saved profiles</source>
        <translation>Keine gespeicherten Profile</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1 — Keycard Admin</source>
        <translation>%1 — Keycard Admin</translation>
    </message>
    <message>
        <location line="+12" />
        <source>There is no saved profile named “%1”.</source>
        <translation>Es gibt kein gespeichertes Profil namens „%1“.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Signing in as “%1”…</source>
        <translation>Anmeldung als „%1“…</translation>
    </message>
    <message>
        <source>Signing in as “%1” to %2…</source>
        <translation>Anmeldung als „%1“ bei %2…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The secret of profile “%1” is not in the system keychain. Enter it to sign in.</source>
        <translation>Das Geheimnis des Profils „%1“ ist nicht im System-Schlüsselbund. Geben Sie es ein, um sich anzumelden.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The system keychain could not be read (%1). Enter the secret to sign in for this session.</source>
        <translation>Der System-Schlüsselbund konnte nicht gelesen werden (%1). Geben Sie das Geheimnis ein, um sich für diese Sitzung anzumelden.</translation>
    </message>
    <message>
        <location line="+107" />
        <source>This credential cannot see any organization. Ask an administrator to grant it access, or sign in with another one (Ctrl+Shift+S).</source>
        <translation>Diese Zugangsdaten sehen keine Organisation. Bitten Sie einen Administrator um Zugriff oder melden Sie sich mit anderen an (Ctrl+Shift+S).</translation>
    </message>
    <message>
        <location line="+59" />
        <source>Your credential is not allowed to do this in this organization.</source>
        <translation>Ihre Zugangsdaten dürfen das in dieser Organisation nicht.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Create a service account in this organization</source>
        <translation>Ein Dienstkonto in dieser Organisation anlegen</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Create a credential for the selected service account</source>
        <translation>Zugangsdaten für das gewählte Dienstkonto anlegen</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Rename or describe the selected credential</source>
        <translation>Die gewählten Zugangsdaten umbenennen oder beschreiben</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Delete the selected credentials</source>
        <translation>Die gewählten Zugangsdaten löschen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Rename or describe the selected service account</source>
        <translation>Das gewählte Dienstkonto umbenennen oder beschreiben</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Delete the selected service account and its credentials</source>
        <translation>Das gewählte Dienstkonto samt seinen Zugangsdaten löschen</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Service accounts: %1</source>
        <translation>Dienstkonten: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Credentials: %1</source>
        <translation>Zugangsdaten: %1</translation>
    </message>
</context>
<context>
    <name>keycard::OrganizationsModel</name>
    <message>
        <location filename="../../src/models/organizationsmodel.cpp" line="+59" />
        <source>%1 (%2)
Created %3</source>
        <translation>%1 (%2)
Angelegt %3</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Label</source>
        <translation>Kennung</translation>
    </message>
</context>
<context>
    <name>keycard::PagedListModel</name>
    <message>
        <location filename="../../src/models/pagedlistmodel.cpp" line="+74" />
        <source>Loading more…</source>
        <translation>Weitere werden geladen…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The server repeated a page cursor; paging stopped.</source>
        <translation>Der Server hat einen Seiten-Cursor wiederholt; das Blättern wurde angehalten.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The server said more pages exist but gave no cursor; paging stopped.</source>
        <translation>Der Server meldet weitere Seiten, lieferte aber keinen Cursor; das Blättern wurde angehalten.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 loaded, more available</source>
        <translation>%1 geladen, weitere verfügbar</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+2" />
        <source>%1 loaded</source>
        <translation>%1 geladen</translation>
    </message>
</context>
<context>
    <name>keycard::SecretDialog</name>
    <message>
        <location filename="../../src/gui/secretdialog.cpp" line="+69" />
        <source>New credential: %1</source>
        <translation>Neue Zugangsdaten: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This is the only time the server shows this secret. Copy it or keep it in the keychain before closing.</source>
        <translation>Nur jetzt zeigt der Server dieses Geheimnis. Kopieren Sie es oder speichern Sie es im Schlüsselbund, bevor Sie schließen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Stored secret: %1</source>
        <translation>Gespeichertes Geheimnis: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This secret was read from this computer's keychain. The server cannot show it again.</source>
        <translation>Dieses Geheimnis wurde aus dem Schlüsselbund dieses Computers gelesen. Der Server kann es nicht erneut anzeigen.</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+80" />
        <source>The secret is stored in this computer's keychain.</source>
        <translation>Das Geheimnis ist im Schlüsselbund dieses Computers gespeichert.</translation>
    </message>
    <message>
        <location line="-32" />
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Show</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Storing the secret in the keychain…</source>
        <translation>Das Geheimnis wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <location line="+18" />
        <source>No system keychain is available (%1). Copy the secret now; it stays on screen until you confirm.</source>
        <translation>Kein System-Schlüsselbund verfügbar (%1). Kopieren Sie das Geheimnis jetzt; es bleibt sichtbar, bis Sie bestätigen.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The keychain is locked or refused access (%1). Unlock it and choose Store in keychain again, or copy the secret now.</source>
        <translation>Der Schlüsselbund ist gesperrt oder verweigert den Zugriff (%1). Entsperren Sie ihn und wählen Sie erneut „Im Schlüsselbund speichern“, oder kopieren Sie das Geheimnis jetzt.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The secret could not be stored in the keychain: %1</source>
        <translation>Das Geheimnis konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Testing the credential…</source>
        <translation>Die Zugangsdaten werden getestet…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The credential works.</source>
        <translation>Die Zugangsdaten funktionieren.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <location line="+23" />
        <source>The secret is not in the keychain, and the server will not show it again. Close only if you have pasted it somewhere safe.</source>
        <translation>Das Geheimnis ist nicht im Schlüsselbund, und der Server zeigt es nicht erneut. Schließen Sie nur, wenn Sie es an einem sicheren Ort eingefügt haben.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>You have neither copied the secret nor stored it in the keychain. The server will not show it again. Close and lose it?</source>
        <translation>Sie haben das Geheimnis weder kopiert noch im Schlüsselbund gespeichert. Der Server zeigt es nicht erneut. Schließen und es verlieren?</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Close without keeping the secret?</source>
        <translation>Schließen, ohne das Geheimnis zu behalten?</translation>
    </message>
</context>
<context>
    <name>keycard::SecureClipboard</name>
    <message numerus="yes">
        <location filename="../../src/gui/secureclipboard.cpp" line="+92" />
        <source>%1 copied. The clipboard is cleared in %n s.</source>
        <translation><numerusform>%1 kopiert. Die Zwischenablage wird in %n s geleert.</numerusform><numerusform>%1 kopiert. Die Zwischenablage wird in %n s geleert.</numerusform></translation>
    </message>
</context>
<context>
    <name>keycard::ServiceAccountsModel</name>
    <message>
        <location filename="../../src/models/serviceaccountsmodel.cpp" line="+112" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>keycard::SignInDialog</name>
    <message>
        <location filename="../../src/gui/signindialog.cpp" line="+18" />
        <source>&amp;Sign In</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+83" />
        <source>The system keychain could not be read (%1). Type the secret to sign in for this session.</source>
        <translation>Der System-Schlüsselbund konnte nicht gelesen werden (%1). Geben Sie das Geheimnis ein, um sich für diese Sitzung anzumelden.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Client &amp;secret:</source>
        <translation>Client-&amp;Geheimnis:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Give this connection a profile name.</source>
        <translation>Geben Sie dieser Verbindung einen Profilnamen.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Enter the client ID of a service account credential.</source>
        <translation>Geben Sie die Client-ID von Dienstkonto-Zugangsdaten ein.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Enter the client secret.</source>
        <translation>Geben Sie das Client-Geheimnis ein.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Enter the API key.</source>
        <translation>Geben Sie den API-Schlüssel ein.</translation>
    </message>
    <message>
        <location line="+47" />
        <source>Signed in, but the secret could not be kept in the system keychain: %1. You are signed in for this session only; you will be asked for the secret next time.</source>
        <translation>Angemeldet, aber das Geheimnis konnte nicht im System-Schlüsselbund gespeichert werden: %1. Sie sind nur für diese Sitzung angemeldet; beim nächsten Mal werden Sie nach dem Geheimnis gefragt.</translation>
    </message>
</context>
</TS>