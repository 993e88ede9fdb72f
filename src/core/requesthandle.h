#pragma once

#include <QObject>
#include <QPointer>

namespace keycard {

// Refers to one call in flight. Cancelling aborts the network request; the callback never runs.
// Copyable; a default-constructed or finished handle is inactive and cancel() does nothing.
class RequestHandle final
{
public:
    RequestHandle() = default;
    explicit RequestHandle(QObject* call);

    void cancel();
    bool isActive() const;

private:
    QPointer<QObject> m_call;
};

} // namespace keycard
