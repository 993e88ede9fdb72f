#include "credentialrotation.h"

#include "apiclient.h"
#include "credentialcreate.h"
#include "logging.h"

#include <QUuid>

namespace keycard {

CredentialRotation::CredentialRotation(const WeakSession& session, const QString& orgId,
                                       const QString& accountId, const QString& accountName,
                                       const Credential& old, QObject* parent)
    : QObject(parent), m_session(session)
{
    const SessionPtr current = session.lock();
    m_state.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_state.keychainProfile = current ? current->identity().keychainProfile() : QString();
    m_state.orgId = orgId;
    m_state.accountId = accountId;
    m_state.accountName = accountName;
    m_state.oldId = old.id;
    m_state.oldName = old.name;
    m_state.oldClientId = old.clientId;
    m_state.newName = RotationStore::rotatedName(old.name, QDate::currentDate());
    m_draft = Draft{m_state.newName, old.description};
    m_oldLastUsed = old.lastUsedAt;
}

CredentialRotation::CredentialRotation(const WeakSession& session, const RotationState& saved,
                                       QObject* parent)
    : QObject(parent), m_session(session), m_state(saved), m_resumed(true)
{
    switch (saved.step) {
    case RotationState::Step::Creating:
        m_phase = Phase::CreateLost; // the app closed before the answer: never sent again
        break;
    case RotationState::Step::Created:
        m_phase = Phase::Created;
        break;
    case RotationState::Step::Tested:
        m_phase = Phase::Tested;
        break;
    }
}

CredentialRotation::~CredentialRotation()
{
    m_testHandle.cancel();
    m_oldHandle.cancel();
    m_newHandle.cancel();
    m_retireHandle.cancel();
}

void CredentialRotation::setPhase(Phase phase)
{
    if (phase == m_phase)
        return;
    m_phase = phase;
    emit phaseChanged(phase);
}

void CredentialRotation::save()
{
    RotationStore::save(m_state);
}

CredentialCreate* CredentialRotation::startCreate()
{
    const SessionPtr session = m_session.lock();
    if (!session) {
        m_error = ApiError(ApiError::Kind::SessionEnded);
        return nullptr;
    }
    if (m_phase != Phase::Ready && m_phase != Phase::CreateLost)
        return nullptr;
    m_error = ApiError();
    m_state.step = RotationState::Step::Creating;
    m_state.startedAt = QDateTime::currentDateTimeUtc();
    save();
    setPhase(Phase::Creating);
    auto* create = session->start(
        std::make_unique<CredentialCreate>(session, m_state.orgId, m_state.accountId, m_draft));
    connect(create, &CredentialCreate::created, this, &CredentialRotation::created);
    connect(create, &CredentialCreate::outcomeUnknown, this,
            [this](const QDateTime&, const ApiError& error) {
                // The recovery (LostCreateRecovery) finds and offers to delete what appeared;
                // the rotation starts over only when the user asks.
                m_error = error;
                RotationStore::remove(m_state.id);
                setPhase(Phase::CreateLost);
            });
    connect(create, &CredentialCreate::failed, this, [this](const ApiError& error) {
        m_error = error;
        RotationStore::remove(m_state.id);
        setPhase(Phase::Ready);
    });
    return create;
}

void CredentialRotation::created(const NewCredential& created)
{
    qCInfo(lcTasks) << "rotation: replacement" << created.credential.id << "for" << m_state.oldId;
    m_state.newId = created.credential.id;
    m_state.newClientId = created.credential.clientId;
    m_state.newName = created.credential.name;
    m_state.step = RotationState::Step::Created;
    save();
    setPhase(Phase::Created);
    emit replacementCreated(created.credential);
    test(created.clientSecret);
}

void CredentialRotation::test(const SecretString& secret)
{
    const SessionPtr session = m_session.lock();
    if (!session) {
        m_error = ApiError(ApiError::Kind::SessionEnded);
        setPhase(Phase::TestFailed);
        return;
    }
    m_error = ApiError();
    setPhase(Phase::Testing);
    m_testHandle = session->client().testClientCredentials(
        m_state.newClientId, secret, this, [this](const Result<Empty>& result) {
            if (!result.ok()) {
                m_error = result.error();
                setPhase(Phase::TestFailed);
                return;
            }
            m_state.step = RotationState::Step::Tested;
            m_state.testedAt = QDateTime::currentDateTimeUtc();
            save();
            setPhase(Phase::Tested);
            refreshUse();
        });
}

void CredentialRotation::refreshUse()
{
    const SessionPtr session = m_session.lock();
    if (!session || m_oldHandle.isActive())
        return;
    m_oldHandle = session->client().getCredential(m_state.orgId, m_state.accountId, m_state.oldId,
                                                  this, [this](const Result<Credential>& result) {
                                                      if (result.ok()) {
                                                          m_oldLastUsed = result.value().lastUsedAt;
                                                          m_useKnown = true;
                                                      } else {
                                                          m_error = result.error();
                                                      }
                                                      emit useRefreshed();
                                                  });
    if (m_state.newId.isEmpty())
        return;
    m_newHandle = session->client().getCredential(m_state.orgId, m_state.accountId, m_state.newId,
                                                  this, [this](const Result<Credential>& result) {
                                                      if (result.ok()) {
                                                          m_newLastUsed = result.value().lastUsedAt;
                                                          emit useRefreshed();
                                                      }
                                                  });
}

bool CredentialRotation::oldUsedSinceStart() const
{
    // Servers give whole seconds: a use in the second the rotation began counts as after it.
    return m_oldLastUsed.isValid() && m_state.startedAt.isValid() &&
           m_oldLastUsed.toSecsSinceEpoch() >= m_state.startedAt.toSecsSinceEpoch();
}

void CredentialRotation::retireOld()
{
    const SessionPtr session = m_session.lock();
    if (!session) {
        m_error = ApiError(ApiError::Kind::SessionEnded);
        setPhase(Phase::RetireFailed);
        return;
    }
    if (m_phase != Phase::Tested && m_phase != Phase::RetireFailed)
        return;
    m_error = ApiError();
    setPhase(Phase::Retiring);
    m_retireHandle = session->client().deleteCredential(
        m_state.orgId, m_state.accountId, m_state.oldId, this, [this](const Result<Empty>& result) {
            // Already gone counts as retired.
            if (!result.ok() && result.error().kind() != ApiError::Kind::NotFound) {
                m_error = result.error();
                setPhase(Phase::RetireFailed);
                return;
            }
            qCInfo(lcTasks) << "rotation: retired" << m_state.oldId;
            RotationStore::remove(m_state.id);
            setPhase(Phase::Retired);
        });
}

void CredentialRotation::abandon()
{
    m_testHandle.cancel();
    m_retireHandle.cancel();
    RotationStore::remove(m_state.id);
    setPhase(Phase::Abandoned);
}

} // namespace keycard
