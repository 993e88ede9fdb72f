#include "requesthandle.h"

#include "pendingcall.h"

namespace keycard {

RequestHandle::RequestHandle(QObject* call) : m_call(call) {}

void RequestHandle::cancel()
{
    if (auto* call = qobject_cast<PendingCall*>(m_call.data()))
        call->cancel();
    m_call.clear();
}

bool RequestHandle::isActive() const
{
    const auto* call = qobject_cast<const PendingCall*>(m_call.data());
    return call && call->isActive();
}

} // namespace keycard
