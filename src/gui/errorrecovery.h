#pragma once

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

} // namespace keycard
