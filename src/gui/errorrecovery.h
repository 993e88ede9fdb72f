#pragma once

#include <QString>
#include <QUrl>

namespace keycard {

class ApiError;

// What a person can do about a failed list besides trying again.
enum class Recovery {
    None,               // Retry is all there is
    SignInAgain,        // the server no longer accepts the token or the secret; the session ended
    ChooseOrganization, // the organization is gone, or closed to this credential
};

// `organizationList`: the list belongs to the chosen organization (its service accounts), so
// that a 404 or 403 says the organization itself is gone or closed.
Recovery recoveryFor(const ApiError& error, bool organizationList);

// Where the window was when its session ended (locked, or no longer accepted), so that signing
// in again brings back the same organization and service account. Holds no secret.
struct ReturnPoint
{
    QString profileName; // empty for a connection that is not saved (demo, KEYCARD_API_*)
    QUrl baseUrl;
    QString organizationId;
    QString accountId;

    bool isSet() const { return baseUrl.isValid() && !baseUrl.isEmpty(); }
};

} // namespace keycard
