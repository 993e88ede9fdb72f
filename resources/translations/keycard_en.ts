<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/aboutdialog.ui" line="+5" />
        <source>About Keycard Admin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Administer a Keycard organization's service accounts and credentials.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../src/app/commandline.cpp" line="+12" />
        <source>Administer a Keycard organization's service accounts and credentials.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Start a built-in demo server on loopback and sign in to it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Seed of the demo data (default 1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Sign in with the saved connection profile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>The Keycard API base URL to use.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Open this organization (ID or label).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Save a picture of the window once data is shown, then quit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Quit with status 0 once the first page of service accounts is shown (1 after 20 s).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>--demo-seed needs a number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>Not a usable URL: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DeleteAccountDialog</name>
    <message>
        <location filename="../../ui/deleteaccountdialog.ui" line="+14" />
        <source>Delete service account</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <location filename="../../ui/editdialog.ui" line="+14" />
        <source>Service account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+18" />
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>Required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+17" />
        <source>&amp;Description:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>Optional</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <location filename="../../ui/listpanel.ui" line="+65" />
        <source>&amp;Retry</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.ui" line="+6" />
        <source>Keycard Admin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+22" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Switch &amp;Profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>Toolbar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source>&amp;Sign In…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Sign in with another credential or to another server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Ctrl+Q</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>F5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Load the lists again from the server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>New &amp;Service Account…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Ctrl+N</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Create a service account in this organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>New &amp;Credential…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Create a credential for the selected service account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>F2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Rename or describe the selected item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Delete…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Del</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Delete the selected items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Copy Client &amp;ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Ctrl+C</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Copy the selected credential's client ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Show Stored Se&amp;cret…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Show the secret kept in this computer's keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Forget Stored Secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Remove the secret from this computer's keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Find Service &amp;Accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Ctrl+F</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Filter the service accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Find Cre&amp;dentials</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Ctrl+Shift+F</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Filter the credentials</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Se&amp;ttings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Ctrl+,</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>&amp;About Keycard Admin</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <location filename="../../src/models/relativetime.cpp" line="+19" />
        <source>just now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>1 minute ago</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>%n minutes ago</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>1 hour ago</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>%n hours ago</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>1 day ago</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>%n days ago</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>1 month ago</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>%n months ago</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>1 year ago</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>%n years ago</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <location filename="../../ui/secretdialog.ui" line="+14" />
        <source>Credential secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+18" />
        <source>Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source>Client &amp;ID:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+17" />
        <source>Copy client ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>Client s&amp;ecret:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+23" />
        <source>&amp;Show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>&amp;Copy secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+27" />
        <source>Store in &amp;keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+27" />
        <source>&amp;Test</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settingsdialog.ui" line="+5" />
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Clear copied &amp;secrets after:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source> s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Rows per &amp;page:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Keep new credential secrets in the system &amp;keychain automatically</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/signindialog.ui" line="+5" />
        <source>Sign in to Keycard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Profile:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Saved connections. Type a new name to save a new one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Base URL:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Sign in with:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Client &amp;credentials</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;API key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Client &amp;ID:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Client &amp;secret:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Keep the secret in the system keychain</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <location filename="../../src/models/timetext.cpp" line="+18" />
        <source>%1 (%2 UTC)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keycard::AboutDialog</name>
    <message>
        <location filename="../../src/gui/aboutdialog.cpp" line="+11" />
        <source>Keycard Admin %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Version %1
Qt %2 (built with %3)
QtKeychain %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Released under the MIT License. Keycard is an identity and access platform; this application uses its public REST API.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keycard::ApiClient</name>
    <message>
        <location filename="../../src/core/apiclient.cpp" line="+170" />
        <source>The server address is not a complete web address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>The server address must start with https://.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>The server address must not contain a user name or password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>The server address must start with https:// unless the server runs on this computer; plain http would expose the credentials.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+18" />
        <location filename="../../src/core/tokenprovider.cpp" line="+123" />
        <source>sign in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+19" />
        <source>load the organizations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>load the organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>load the service accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>load the service account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>create the service account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>save the service account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>delete the service account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>load the credentials</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source>load the credential</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>create the credential</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+26" />
        <source>save the credential</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source>delete the credential</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>test the credential</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keycard::ApiError</name>
    <message>
        <location filename="../../src/core/apierror.cpp" line="+109" />
        <source>The connection settings are not usable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>The Keycard server could not be reached.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>The Keycard server stopped answering.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>The secure connection to the server could not be verified.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>The server did not accept the credentials.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>The credentials in use are not allowed to do this.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>The item no longer exists, or was never there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>The change conflicts with the current state on the server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>The server refused the values entered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>The server refused the request.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Too many requests were sent in a short time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>The Keycard server had a problem.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>The server's answer was not in the expected form.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>The connection was lost after the request was sent, so it is not known whether it took effect.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>The request was cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source>Check the server address and credentials in the settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Check your network connection and the server address, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Try again in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Check the server address; if it is right, the network may be intercepting secure connections.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Check the client ID and secret or API key, then sign in again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Ask an administrator of the organization for access.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Reload the list to see what exists now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Reload, then make the change again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Correct the values and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Wait a little, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Try again later; if it keeps happening, contact Keycard support.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Try again later; if it keeps happening, report it with the request ID.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Reload the list to check what exists before trying again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>Could not %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>The server said: “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>The server said: “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>(HTTP status %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Problem at: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Request ID: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keycard::BulkCredentialDelete</name>
    <message>
        <location filename="../../src/gui/bulkdelete.cpp" line="+95" />
        <source>1 of %1 credentials could not be deleted:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>%1 of %2 credentials could not be deleted:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>• %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keycard::CredentialsModel</name>
    <message>
        <location filename="../../src/models/credentialsmodel.cpp" line="+113" />
        <source>never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>in keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>secret lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>This credential has never been used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>This computer's keychain holds the secret: Show Stored Secret reads it back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>The server created this credential but its answer never arrived, so nobody has its secret. Delete it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+38" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Client ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Last used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Secret</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keycard::DeleteAccountConfirmation</name>
    <message>
        <location filename="../../src/gui/deleteconfirmation.cpp" line="+27" />
        <source>Delete the service account “%1”? This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+21" />
        <source>Counting its credentials…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>It has no credentials.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>This also deletes its credential; anything using it stops working.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>This also deletes its %1 credentials; anything using them stops working.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Type the service account's name, “%1”, to confirm:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+28" />
        <source>Its credentials could not be counted.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keycard::DeleteCredentialsConfirmation</name>
    <message>
        <location line="+29" />
        <source>Delete Credential</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Delete %1 Credentials</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source>Delete this credential? Anything that signs in with it stops working. This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Delete these %1 credentials? Anything that signs in with them stops working. This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>… and %1 more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keycard::EditDialog</name>
    <message>
        <location filename="../../src/gui/editdialog.cpp" line="+47" />
        <source>New Service Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>New Credential</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Create a service account in this organization.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Create a credential for this service account. Its secret is shown once, right after it is created.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Edit Service Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Edit Credential</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Rename or describe the service account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Rename or describe the credential.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Create</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Saving</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+98" />
        <source>%1 / %2 (too long)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>%1 / %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+28" />
        <source>Request ID: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>The credential may have been created, but the answer never arrived, so its secret is lost. It will not be created again automatically.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keycard::ItemActions</name>
    <message>
        <location filename="../../src/gui/itemactions.cpp" line="+84" />
        <source>Service account “%1” created.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+45" />
        <source>The create may have reached the server; checking what exists…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Could not check for the new credential</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>The credential may have been created, but listing the account's credentials failed: %1
Refresh (F5) later and delete any credential whose secret you do not have.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>The server did not create the credential. You can try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>Secret lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Delete Them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Keep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <location line="+121" />
        <source>Some credentials were not deleted</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="-118" />
        <source>%n credential(s) without a secret deleted.</source>
        <translation><numerusform>%n credential without a secret deleted.</numerusform><numerusform>%n credentials without a secret deleted.</numerusform></translation>
    </message>
    <message>
        <location line="+33" />
        <source>Service account “%1” saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+16" />
        <source>Credential “%1” saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+19" />
        <source>Service account not deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>“%1” was not deleted: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>Service account “%1” deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+28" />
        <source>Deleting credentials: %1 of %2…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+11" />
        <source>%n credential(s) deleted.</source>
        <translation><numerusform>%n credential deleted.</numerusform><numerusform>%n credentials deleted.</numerusform></translation>
    </message>
    <message>
        <location line="+21" />
        <source>Keychain entry not removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>The credential is deleted, but its secret could not be removed from the system keychain: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source>Client ID %1 copied.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source>Secret not available</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>This computer's keychain does not hold the secret of “%1”, or the keychain is locked. Unlock it and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>The system keychain could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+21" />
        <source>The stored secret is forgotten.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keycard::Launcher</name>
    <message>
        <location filename="../../src/app/launcher.cpp" line="+73" />
        <source>The demo server could not listen on a loopback port.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>Demo server at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Connected to the built-in demo server at %1. Nothing here touches a real Keycard organization.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+18" />
        <source>Signing in with the KEYCARD_API_* environment variables failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>%1 (from the environment)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>smoke test: no service accounts were shown within 20 seconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>could not save the screenshot to %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keycard::LostCreateRecovery</name>
    <message>
        <location filename="../../src/gui/lostcreaterecovery.cpp" line="+81" />
        <source>The server may have created the credential, but its answer never arrived, so its secret is lost. It was not sent again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>No credential appeared since, so it was most likely not created.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>• %1 (client ID %2, created %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>These credentials appeared since:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Delete it?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Delete them?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keycard::MainWindow</name>
    <message>
        <location filename="../../src/gui/mainwindow.cpp" line="+64" />
        <source>Choose an organization…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>The organization whose service accounts are shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Organization:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+62" />
        <source>Service accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Filter service accounts (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>No service accounts yet. Create one with Ctrl+N.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>No loaded service account matches “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Choose an organization to see its service accounts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Credentials</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Filter credentials (Ctrl+Shift+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>This service account has no credentials yet. Create one with Ctrl+Shift+N.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>No loaded credential matches “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Select a service account to see its credentials.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+107" />
        <source>No saved profiles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+18" />
        <source>%1 — Keycard Admin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>There is no saved profile named “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Signing in as “%1”…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>The secret of profile “%1” is not in the system keychain. Enter it to sign in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>The system keychain could not be read (%1). Enter the secret to sign in for this session.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+107" />
        <source>This credential cannot see any organization. Ask an administrator to grant it access, or sign in with another one (Ctrl+Shift+S).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+59" />
        <source>Your credential is not allowed to do this in this organization.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Create a service account in this organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>Create a credential for the selected service account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+17" />
        <source>Rename or describe the selected credential</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Delete the selected credentials</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Rename or describe the selected service account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Delete the selected service account and its credentials</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source>Service accounts: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Credentials: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keycard::OrganizationsModel</name>
    <message>
        <location filename="../../src/models/organizationsmodel.cpp" line="+59" />
        <source>%1 (%2)
Created %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+17" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Label</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keycard::PagedListModel</name>
    <message>
        <location filename="../../src/models/pagedlistmodel.cpp" line="+74" />
        <source>Loading more…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>The server repeated a page cursor; paging stopped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>The server said more pages exist but gave no cursor; paging stopped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>%1 loaded, more available</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <location line="+2" />
        <source>%1 loaded</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keycard::SecretDialog</name>
    <message>
        <location filename="../../src/gui/secretdialog.cpp" line="+69" />
        <source>New credential: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>This is the only time the server shows this secret. Copy it or keep it in the keychain before closing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Stored secret: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>This secret was read from this computer's keychain. The server cannot show it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <location line="+80" />
        <source>The secret is stored in this computer's keychain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-32" />
        <source>Hide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+18" />
        <source>Storing the secret in the keychain…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+18" />
        <source>No system keychain is available (%1). Copy the secret now; it stays on screen until you confirm.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>The keychain is locked or refused access (%1). Unlock it and choose Store in keychain again, or copy the secret now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>The secret could not be stored in the keychain: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+15" />
        <source>Testing the credential…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>The credential works.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>Client secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+23" />
        <source>The secret is not in the keychain, and the server will not show it again. Close only if you have pasted it somewhere safe.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>You have neither copied the secret nor stored it in the keychain. The server will not show it again. Close and lose it?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Close without keeping the secret?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keycard::SecureClipboard</name>
    <message numerus="yes">
        <location filename="../../src/gui/secureclipboard.cpp" line="+92" />
        <source>%1 copied. The clipboard is cleared in %n s.</source>
        <translation><numerusform>%1 copied. The clipboard is cleared in %n s.</numerusform><numerusform>%1 copied. The clipboard is cleared in %n s.</numerusform></translation>
    </message>
</context>
<context>
    <name>keycard::ServiceAccountsModel</name>
    <message>
        <location filename="../../src/models/serviceaccountsmodel.cpp" line="+112" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Updated</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keycard::SignInDialog</name>
    <message>
        <location filename="../../src/gui/signindialog.cpp" line="+18" />
        <source>&amp;Sign In</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>Default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+83" />
        <source>The system keychain could not be read (%1). Type the secret to sign in for this session.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>Client &amp;secret:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>API &amp;key:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+22" />
        <source>Give this connection a profile name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Enter the client ID of a service account credential.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Enter the client secret.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Enter the API key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+47" />
        <source>Signed in, but the secret could not be kept in the system keychain: %1. You are signed in for this session only; you will be asked for the secret next time.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>