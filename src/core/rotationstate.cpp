#include "rotationstate.h"

#include <QRegularExpression>
#include <QSettings>
#include <algorithm>

namespace keycard {

namespace {
const QString kGroup = QStringLiteral("rotations");
constexpr int kMaxNameChars = 255;

QString stepKey(RotationState::Step step)
{
    switch (step) {
    case RotationState::Step::Creating:
        return QStringLiteral("creating");
    case RotationState::Step::Created:
        return QStringLiteral("created");
    case RotationState::Step::Tested:
        return QStringLiteral("tested");
    }
    return {};
}

RotationState::Step stepFrom(const QString& key)
{
    if (key == QLatin1String("tested"))
        return RotationState::Step::Tested;
    if (key == QLatin1String("created"))
        return RotationState::Step::Created;
    return RotationState::Step::Creating;
}
} // namespace

QList<RotationState> RotationStore::pending(const QString& keychainProfile)
{
    QSettings settings;
    settings.beginGroup(kGroup);
    QList<RotationState> result;
    const QStringList ids = settings.childGroups();
    for (const QString& id : ids) {
        settings.beginGroup(id);
        RotationState s;
        s.id = id;
        s.keychainProfile = settings.value(QStringLiteral("profile")).toString();
        s.orgId = settings.value(QStringLiteral("orgId")).toString();
        s.accountId = settings.value(QStringLiteral("accountId")).toString();
        s.accountName = settings.value(QStringLiteral("accountName")).toString();
        s.oldId = settings.value(QStringLiteral("oldId")).toString();
        s.oldName = settings.value(QStringLiteral("oldName")).toString();
        s.oldClientId = settings.value(QStringLiteral("oldClientId")).toString();
        s.newId = settings.value(QStringLiteral("newId")).toString();
        s.newName = settings.value(QStringLiteral("newName")).toString();
        s.newClientId = settings.value(QStringLiteral("newClientId")).toString();
        s.step = stepFrom(settings.value(QStringLiteral("step")).toString());
        s.startedAt = settings.value(QStringLiteral("startedAt")).toDateTime();
        s.testedAt = settings.value(QStringLiteral("testedAt")).toDateTime();
        settings.endGroup();
        if (s.isValid() && s.keychainProfile == keychainProfile)
            result.append(s);
    }
    std::sort(result.begin(), result.end(), [](const RotationState& a, const RotationState& b) {
        return a.startedAt < b.startedAt;
    });
    return result;
}

void RotationStore::save(const RotationState& s)
{
    QSettings settings;
    settings.beginGroup(kGroup);
    settings.beginGroup(s.id);
    settings.setValue(QStringLiteral("profile"), s.keychainProfile);
    settings.setValue(QStringLiteral("orgId"), s.orgId);
    settings.setValue(QStringLiteral("accountId"), s.accountId);
    settings.setValue(QStringLiteral("accountName"), s.accountName);
    settings.setValue(QStringLiteral("oldId"), s.oldId);
    settings.setValue(QStringLiteral("oldName"), s.oldName);
    settings.setValue(QStringLiteral("oldClientId"), s.oldClientId);
    settings.setValue(QStringLiteral("newId"), s.newId);
    settings.setValue(QStringLiteral("newName"), s.newName);
    settings.setValue(QStringLiteral("newClientId"), s.newClientId);
    settings.setValue(QStringLiteral("step"), stepKey(s.step));
    settings.setValue(QStringLiteral("startedAt"), s.startedAt);
    settings.setValue(QStringLiteral("testedAt"), s.testedAt);
    settings.endGroup();
    settings.endGroup();
    settings.sync();
}

void RotationStore::remove(const QString& rotationId)
{
    if (rotationId.isEmpty())
        return;
    QSettings settings;
    settings.beginGroup(kGroup);
    settings.remove(rotationId);
    settings.endGroup();
    settings.sync();
}

QString RotationStore::rotatedName(const QString& oldName, const QDate& date)
{
    static const QRegularExpression earlier(QStringLiteral(" \\(rotated \\d{4}-\\d{2}-\\d{2}\\)$"));
    QString base = oldName;
    base.remove(earlier);
    const QString suffix = QStringLiteral(" (rotated %1)").arg(date.toString(Qt::ISODate));
    return base.left(kMaxNameChars - int(suffix.size())) + suffix;
}

} // namespace keycard
