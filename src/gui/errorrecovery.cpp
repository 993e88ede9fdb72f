#include "errorrecovery.h"

#include "apierror.h"

namespace keycard {

Recovery recoveryFor(const ApiError& error, bool organizationList)
{
    switch (error.kind()) {
    case ApiError::Kind::Authentication:
    case ApiError::Kind::SessionEnded:
        return Recovery::SignInAgain;
    case ApiError::Kind::NotFound:
    case ApiError::Kind::Permission:
        return organizationList ? Recovery::ChooseOrganization : Recovery::None;
    default:
        return Recovery::None;
    }
}

} // namespace keycard
