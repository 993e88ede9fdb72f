#pragma once

#include <QByteArray>
#include <QIODevice>

namespace keycard {

// A request body that can be read once and never rewound. QNetworkAccessManager silently sends
// a request again when a kept-alive connection closes before the answer; for a create that
// would make a second item. Uploaded from this device (with DoNotBufferUploadDataAttribute),
// such a resend fails with ContentReSendError instead, and the caller hears "outcome unknown".
class OneShotBody final : public QIODevice
{
    Q_OBJECT

public:
    explicit OneShotBody(const QByteArray& data, QObject* parent = nullptr);

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override;

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 maxSize) override;

private:
    QByteArray m_data;
    qint64 m_offset = 0;
};

} // namespace keycard
