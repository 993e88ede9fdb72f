#include "macpasteboard.h"

#include <QtGlobal>

#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
#include <QtGui/qutimimeconverter.h>

// Not compiled on Linux: written against the documented QUtiMimeConverter API of Qt 6.5+
// (doc.qt.io/qt-6/qutimimeconverter.html: the four pure virtuals; constructing an instance
// registers it; a heap instance is owned and deleted by Qt at application exit), following how
// KeePassXC maps the same type with the older QMacPasteboardMime. Built by the macOS release
// workflow (Qt 6.8).
namespace keycard {

namespace {
const QLatin1String kConcealedMime("application/x-nspasteboard-concealed-type");
const QLatin1String kConcealedUti("org.nspasteboard.ConcealedType");

class ConcealedTypeConverter final : public QUtiMimeConverter
{
public:
    QString mimeForUti(const QString& uti) const override
    {
        return uti == kConcealedUti ? QString(kConcealedMime) : QString();
    }

    QString utiForMime(const QString& mime) const override
    {
        return mime == kConcealedMime ? QString(kConcealedUti) : QString();
    }

    // The hint's bytes are passed through unchanged both ways.
    QVariant convertToMime(const QString& mime, const QList<QByteArray>& data,
                           const QString& uti) const override
    {
        if (mime != kConcealedMime || uti != kConcealedUti || data.size() != 1)
            return {};
        return data.first();
    }

    QList<QByteArray> convertFromMime(const QString& mime, const QVariant& data,
                                      const QString& uti) const override
    {
        if (mime != kConcealedMime || uti != kConcealedUti)
            return {};
        return {data.toByteArray()};
    }
};
} // namespace

void installConcealedTypeConverter()
{
    static const bool installed = [] {
        new ConcealedTypeConverter; // registers itself; Qt deletes it at exit
        return true;
    }();
    Q_UNUSED(installed)
}

} // namespace keycard

#else
// Qt before 6.5 only had private API for this (QMacInternalPasteboardMime): no converter.
namespace keycard {
void installConcealedTypeConverter() {}
} // namespace keycard
#endif
