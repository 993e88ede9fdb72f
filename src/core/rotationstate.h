#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace keycard {

// Where a credential rotation stands, kept in the settings so that it survives closing the app:
// IDs, names, the step and times. Never the secret.
struct RotationState
{
    enum class Step {
        Creating, // the replacement's create was sent; its answer had not arrived
        Created,  // the replacement exists; not tested yet
        Tested,   // the replacement obtained a token: the old one may be retired
    };

    QString id; // of the rotation
    QString keychainProfile;
    QString orgId;
    QString accountId;
    QString accountName;
    QString oldId;
    QString oldName;
    QString oldClientId;
    QString newId;
    QString newName;
    QString newClientId;
    Step step = Step::Creating;
    QDateTime startedAt; // UTC: when the replacement's create was sent
    QDateTime testedAt;  // UTC

    bool isValid() const { return !id.isEmpty() && !orgId.isEmpty() && !oldId.isEmpty(); }
};

// The unfinished rotations in the application settings (QSettings), one group per rotation.
class RotationStore final
{
public:
    // Unfinished rotations of this keychain profile (the connection they belong to), oldest first.
    static QList<RotationState> pending(const QString& keychainProfile);
    static void save(const RotationState& state);
    static void remove(const QString& rotationId);

    // The replacement's name: "ci-deploy (rotated 2026-11-29)"; an earlier "(rotated …)"
    // suffix is replaced, not repeated.
    static QString rotatedName(const QString& oldName, const QDate& date);
};

} // namespace keycard
