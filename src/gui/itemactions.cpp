#include "itemactions.h"

#include "apiclient.h"
#include "apierror.h"
#include "bulkcredentialdelete.h"
#include "credentialcreate.h"
#include "credentialrotation.h"
#include "credentialsmodel.h"
#include "deleteconfirmation.h"
#include "editdialog.h"
#include "errorrecovery.h"
#include "lostcreaterecovery.h"
#include "rotationdialog.h"
#include "secretdialog.h"
#include "secretstore.h"
#include "secureclipboard.h"
#include "serviceaccountsmodel.h"
#include "storedsecretsindex.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QTableView>

namespace keycard {

namespace {
QString selectedId(QTableView* view)
{
    const QModelIndex current = view->currentIndex();
    return current.isValid() ? current.data(PagedListModel::IdRole).toString() : QString();
}

// The view shows the model through a filter: look the row up where the view sees it.
void selectRow(QTableView* view, const QString& id)
{
    const QAbstractItemModel* model = view->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data(PagedListModel::IdRole).toString() == id) {
            view->setCurrentIndex(model->index(row, 0));
            return;
        }
}
} // namespace

ItemActions::ItemActions(const Parts& parts, std::function<ActionContext()> context,
                         QObject* parent)
    : QObject(parent), m_parts(parts), m_context(std::move(context))
{
    connect(m_parts.storedIndex, &StoredSecretsIndex::changed, this,
            &ItemActions::refreshSecretMarks);
}

bool ItemActions::credentialsHaveFocus() const
{
    return m_parts.credentialsView->hasFocus();
}

QStringList ItemActions::selectedCredentialIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_parts.credentialsView->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows)
        ids << index.data(PagedListModel::IdRole).toString();
    if (ids.isEmpty()) {
        const QString current = selectedId(m_parts.credentialsView);
        if (!current.isEmpty())
            ids << current;
    }
    return ids;
}

void ItemActions::showError(const QString& title, const QString& text, QAction* offer)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, m_parts.window);
    box->setObjectName(QStringLiteral("actionErrorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (offer) {
        // What helps is offered where the error is read: the box closes, the action runs.
        QPushButton* button = box->addButton(offer->text(), QMessageBox::AcceptRole);
        connect(box, &QMessageBox::finished, this, [box, button, guarded = QPointer(offer)] {
            if (box->clickedButton() == button && guarded)
                guarded->trigger();
        });
    }
    box->open();
}

void ItemActions::showError(const QString& title, const QString& text, const ApiError& error)
{
    const bool signInHelps = recoveryFor(error, false) == Recovery::SignInAgain;
    showError(title, text, signInHelps ? m_parts.signInAgain : nullptr);
}

SessionPtr ItemActions::liveSession(const ActionContext& context, const QString& failedTitle)
{
    SessionPtr session = context.session.lock();
    if (!session)
        showError(failedTitle, Session::sessionEndedMessage(), m_parts.signInAgain);
    return session;
}

void ItemActions::newServiceAccount()
{
    const ActionContext context = m_context();
    if (context.session.expired() || context.orgId.isEmpty())
        return;
    EditDialog* dialog =
        EditDialog::createServiceAccount(context.session, context.orgId, m_parts.window);
    dialog->setSignInAgain(m_parts.signInAgain);
    connect(dialog, &EditDialog::serviceAccountSaved, this, [this](const ServiceAccount& account) {
        m_parts.accounts->prepend(account);
        selectRow(m_parts.accountsView, account.id);
        emit message(tr("Service account “%1” created.").arg(account.name));
    });
    dialog->open();
}

void ItemActions::newCredential()
{
    const ActionContext context = m_context();
    if (context.session.expired() || context.accountId.isEmpty())
        return;
    EditDialog* dialog = EditDialog::createCredential(context.session, context.orgId,
                                                      context.accountId, m_parts.window);
    dialog->setSignInAgain(m_parts.signInAgain);
    connect(dialog, &EditDialog::credentialCreateStarted, this,
            [this, context, dialog](CredentialCreate* create) {
                ActionContext started = context;
                started.session = dialog->session(); // a new one after signing in again
                watchCreate(create, started);
            });
    dialog->open();
}

// The create's answer is handled here, not in the dialog, which the user may close meanwhile.
void ItemActions::watchCreate(CredentialCreate* create, const ActionContext& context)
{
    connect(create, &CredentialCreate::created, this,
            [this, context](const NewCredential& created) {
                if (m_parts.credentials->serviceAccountId() == context.accountId)
                    m_parts.credentials->prepend(created.credential);
                revealNewSecret(created, context);
            });
    connect(create, &CredentialCreate::outcomeUnknown, this,
            [this, context](const QDateTime& startedAtUtc, const ApiError& error) {
                recoverLostCreate(context, startedAtUtc, error);
            });
}

void ItemActions::revealNewSecret(const NewCredential& created, const ActionContext& context)
{
    const SecretDialog::Location location{context.keychainProfile, context.orgId,
                                          context.accountId};
    const SecretDialog::Services services{context.session, m_parts.secrets, m_parts.clipboard,
                                          m_parts.storedIndex};
    auto* dialog =
        new SecretDialog(created, location, services, context.storeNewSecrets, m_parts.window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ItemActions::recoverLostCreate(const ActionContext& context, const QDateTime& startedAtUtc,
                                    const ApiError& error)
{
    const SessionPtr session = context.session.lock();
    if (!session || error.kind() == ApiError::Kind::SessionEnded) {
        showError(tr("Secret may be lost"),
                  tr("The session ended while a credential was being created: it may exist "
                     "without anyone having seen its secret. Sign in again, look for it in the "
                     "service account's credentials, and delete it if you do not have its "
                     "secret."));
        return;
    }
    QSet<QString> known;
    if (m_parts.credentials->serviceAccountId() == context.accountId)
        for (int row = 0; row < m_parts.credentials->rowCount(); ++row)
            known.insert(m_parts.credentials->idAt(row));
    auto task = std::make_unique<LostCreateRecovery>(session, context.orgId, context.accountId,
                                                     known, startedAtUtc);
    QPointer<LostCreateRecovery> recovery = task.get();
    emit message(tr("The create may have reached the server; checking what exists…"));
    connect(recovery, &LostCreateRecovery::searchFailed, this, [this](const ApiError& error) {
        showError(tr("Could not check for the new credential"),
                  tr("The credential may have been created, but listing the account's "
                     "credentials failed: %1\nRefresh (F5) later and delete any credential whose "
                     "secret you do not have.")
                      .arg(describeError(error)),
                  error);
    });
    connect(recovery, &LostCreateRecovery::found, this,
            [this, recovery, context](const QList<Credential>& orphans) {
                if (orphans.isEmpty()) {
                    emit message(tr("The server did not create the credential. You can try "
                                    "again."));
                    return;
                }
                const bool sameAccount =
                    m_parts.credentials->serviceAccountId() == context.accountId;
                for (const Credential& orphan : orphans) {
                    if (sameAccount)
                        m_parts.credentials->prepend(orphan);
                    m_parts.credentials->markSecretLost(orphan.id);
                }
                askToDeleteOrphans(recovery);
            });
    connect(recovery, &LostCreateRecovery::orphansDeleted, this,
            [this, recovery](const QStringList& deleted,
                             const QList<QPair<QString, ApiError>>& failures) {
                for (const QString& id : deleted)
                    m_parts.credentials->removeId(id);
                if (!failures.isEmpty())
                    showError(tr("Some credentials were not deleted"),
                              recovery->deleteReportText());
                else
                    emit message(tr("%n credential(s) without a secret deleted.", nullptr,
                                    int(deleted.size())));
            });
    session->start(std::move(task));
}

void ItemActions::askToDeleteOrphans(LostCreateRecovery* recovery)
{
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Secret lost"), recovery->explanation(),
                                QMessageBox::NoButton, m_parts.window);
    box->setObjectName(QStringLiteral("lostSecretBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* remove = box->addButton(tr("&Delete Them"), QMessageBox::DestructiveRole);
    box->addButton(tr("&Keep"), QMessageBox::RejectRole);
    const QPointer<LostCreateRecovery> guarded = recovery;
    connect(box, &QMessageBox::finished, this, [guarded, remove, box] {
        if (!guarded)
            return;
        if (box->clickedButton() == remove)
            guarded->deleteOrphans();
        else
            guarded->dismiss();
    });
    // The session may end while the question is open: then nothing can be deleted any more.
    connect(recovery, &SessionTask::finished, box, [this, box](SessionTask::Outcome outcome) {
        if (outcome != SessionTask::Outcome::SessionEnded)
            return;
        box->close();
        showError(tr("Credentials without a secret were kept"), Session::sessionEndedMessage(),
                  m_parts.signInAgain);
    });
    box->open();
}

void ItemActions::rotateSelected()
{
    const ActionContext context = m_context();
    const QStringList ids = selectedCredentialIds();
    const int row = ids.size() == 1 ? m_parts.credentials->rowOf(ids.first()) : -1;
    if (context.session.expired() || row < 0)
        return;
    const int accountRow = m_parts.accounts->rowOf(context.accountId);
    const QString accountName =
        accountRow >= 0 ? m_parts.accounts->itemAt(accountRow).name : context.accountId;
    openRotation(std::make_unique<CredentialRotation>(context.session, context.orgId,
                                                      context.accountId, accountName,
                                                      m_parts.credentials->itemAt(row)),
                 context);
}

void ItemActions::sessionStarted()
{
    const WeakSession session = m_context().session;
    for (EditDialog* dialog : m_parts.window->findChildren<EditDialog*>(Qt::FindDirectChildrenOnly))
        dialog->continueWith(session);
}

void ItemActions::resumeRotations()
{
    const ActionContext context = m_context();
    if (context.session.expired())
        return;
    const QList<RotationState> pending = RotationStore::pending(context.keychainProfile);
    const auto open = m_parts.window->findChildren<RotationDialog*>();
    for (const RotationState& state : pending) {
        const bool shown = std::any_of(open.cbegin(), open.cend(), [&](RotationDialog* dialog) {
            return dialog->rotation()->state().id == state.id;
        });
        if (shown)
            continue;
        ActionContext resumed = context;
        resumed.orgId = state.orgId;
        resumed.accountId = state.accountId;
        openRotation(std::make_unique<CredentialRotation>(context.session, state), resumed);
    }
}

void ItemActions::openRotation(std::unique_ptr<CredentialRotation> rotation,
                               const ActionContext& context)
{
    auto* dialog = new RotationDialog(std::move(rotation), m_parts.secrets, m_parts.window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RotationDialog::createStarted, this,
            [this, context](CredentialCreate* create) { watchCreate(create, context); });
    connect(dialog, &RotationDialog::oldRetired, this,
            [this, context](const QString&, const QString& accountId, const QString& credentialId) {
                if (m_parts.credentials->serviceAccountId() == accountId)
                    m_parts.credentials->removeId(credentialId);
                forgetSecretsOf(context, {credentialId});
                emit message(tr("The old credential was deleted; the rotation is finished."));
            });
    dialog->show();
}

void ItemActions::editSelected()
{
    if (credentialsHaveFocus())
        editCredential();
    else
        editServiceAccount();
}

void ItemActions::deleteSelected()
{
    if (credentialsHaveFocus())
        deleteCredentials();
    else
        deleteServiceAccount();
}

void ItemActions::editServiceAccount()
{
    const ActionContext context = m_context();
    const int row = m_parts.accounts->rowOf(context.accountId);
    if (context.session.expired() || row < 0)
        return;
    EditDialog* dialog = EditDialog::editServiceAccount(
        context.session, context.orgId, m_parts.accounts->itemAt(row), m_parts.window);
    dialog->setSignInAgain(m_parts.signInAgain);
    connect(dialog, &EditDialog::serviceAccountSaved, this, [this](const ServiceAccount& account) {
        m_parts.accounts->replace(account);
        emit message(tr("Service account “%1” saved.").arg(account.name));
    });
    dialog->open();
}

void ItemActions::editCredential()
{
    const ActionContext context = m_context();
    const int row = m_parts.credentials->rowOf(selectedId(m_parts.credentialsView));
    if (context.session.expired() || row < 0)
        return;
    EditDialog* dialog =
        EditDialog::editCredential(context.session, context.orgId, context.accountId,
                                   m_parts.credentials->itemAt(row), m_parts.window);
    dialog->setSignInAgain(m_parts.signInAgain);
    connect(dialog, &EditDialog::credentialSaved, this, [this](const Credential& credential) {
        m_parts.credentials->replace(credential);
        emit message(tr("Credential “%1” saved.").arg(credential.name));
    });
    dialog->open();
}

void ItemActions::deleteServiceAccount()
{
    const ActionContext context = m_context();
    const int row = m_parts.accounts->rowOf(context.accountId);
    if (context.session.expired() || row < 0)
        return;
    const ServiceAccount account = m_parts.accounts->itemAt(row);
    auto* confirmation = new DeleteAccountConfirmation(account, -1, m_parts.window);
    confirmation->setAttribute(Qt::WA_DeleteOnClose);
    confirmation->countCredentials(context.session, context.orgId);
    connect(confirmation, &QDialog::accepted, this, [this, context, account] {
        const SessionPtr session = liveSession(context, tr("Service account not deleted"));
        if (!session)
            return;
        session->client().deleteServiceAccount(
            context.orgId, account.id, this, [this, context, account](const Result<Empty>& result) {
                if (!result.ok()) {
                    showError(tr("Service account not deleted"),
                              tr("“%1” was not deleted: %2")
                                  .arg(account.name, describeError(result.error())),
                              result.error());
                    return;
                }
                m_parts.accounts->removeId(account.id);
                ActionContext accountContext = context;
                accountContext.accountId = account.id;
                forgetSecretsOf(accountContext,
                                m_parts.storedIndex->idsForAccount(context.keychainProfile,
                                                                   context.orgId, account.id));
                m_parts.storedIndex->removeAccount(context.keychainProfile, context.orgId,
                                                   account.id);
                emit message(tr("Service account “%1” deleted.").arg(account.name));
            });
    });
    confirmation->open();
}

void ItemActions::deleteCredentials()
{
    const ActionContext context = m_context();
    const QStringList ids = selectedCredentialIds();
    if (context.session.expired() || ids.isEmpty())
        return;
    QList<Credential> credentials;
    QHash<QString, QString> names;
    for (const QString& id : ids) {
        const int row = m_parts.credentials->rowOf(id);
        if (row < 0)
            continue;
        credentials << m_parts.credentials->itemAt(row);
        names.insert(id, credentials.last().name);
    }
    auto* confirmation = new DeleteCredentialsConfirmation(credentials, m_parts.window);
    confirmation->setAttribute(Qt::WA_DeleteOnClose);
    connect(confirmation, &QDialog::accepted, this, [this, context, ids, names] {
        const SessionPtr session = liveSession(context, tr("Credentials not deleted"));
        if (!session)
            return;
        auto task =
            std::make_unique<BulkCredentialDelete>(session, context.orgId, context.accountId, ids);
        BulkCredentialDelete* bulk = task.get();
        bulk->setNames(names);
        connect(bulk, &BulkCredentialDelete::progress, this, [this](int done, int total) {
            emit message(tr("Deleting credentials: %1 of %2…").arg(done).arg(total));
        });
        connect(bulk, &SessionTask::finished, this, [this, bulk, context] {
            const QStringList deleted = bulk->deletedIds();
            for (const QString& id : deleted)
                m_parts.credentials->removeId(id);
            forgetSecretsOf(context, deleted);
            // The status bar never keeps saying "Deleting…": it says how it ended.
            emit message(tr("%n credential(s) deleted.", nullptr, int(deleted.size())));
            if (!bulk->failures().isEmpty())
                showError(tr("Some credentials were not deleted"), bulk->reportText());
        });
        emit message(tr("Deleting credentials: %1 of %2…").arg(0).arg(ids.size()));
        session->start(std::move(task));
    });
    confirmation->open();
}

void ItemActions::forgetSecretsOf(const ActionContext& context, const QStringList& credentialIds)
{
    for (const QString& id : credentialIds) {
        if (!m_parts.storedIndex->contains(context.keychainProfile, context.orgId,
                                           context.accountId, id))
            continue;
        const QString key = SecretStore::credentialKey(context.keychainProfile, context.orgId,
                                                       context.accountId, id);
        m_parts.secrets->remove(
            key, this, [this, context, id](const SecretStore::Outcome& outcome) {
                if (outcome.ok() || outcome.status == SecretStore::Status::NotFound)
                    m_parts.storedIndex->remove(context.keychainProfile, context.orgId,
                                                context.accountId, id);
                else
                    showError(tr("Keychain entry not removed"),
                              tr("The credential is deleted, but its secret could not be removed "
                                 "from the system keychain: %1")
                                  .arg(outcome.errorText));
            });
    }
}

void ItemActions::copyClientId()
{
    const int row = m_parts.credentials->rowOf(selectedId(m_parts.credentialsView));
    if (row < 0)
        return;
    const QString clientId = m_parts.credentials->itemAt(row).clientId;
    m_parts.clipboard->copyPlain(clientId);
    emit message(tr("Client ID %1 copied.").arg(clientId));
}

void ItemActions::showStoredSecret()
{
    const ActionContext context = m_context();
    const int row = m_parts.credentials->rowOf(selectedId(m_parts.credentialsView));
    if (context.session.expired() || row < 0)
        return;
    const Credential credential = m_parts.credentials->itemAt(row);
    // A secret on screen can be seen by whoever looks: ask first, with No as the default.
    auto* question = new QMessageBox(
        QMessageBox::Question, tr("Show the stored secret?"),
        tr("The client secret of “%1” will be shown on screen, read from this computer's "
           "keychain. Make sure nobody else can see your screen.")
            .arg(credential.name),
        QMessageBox::NoButton, m_parts.window);
    question->setObjectName(QStringLiteral("showStoredSecretQuestion"));
    question->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* showButton = question->addButton(tr("&Show Secret"), QMessageBox::AcceptRole);
    question->setDefaultButton(question->addButton(QMessageBox::Cancel));
    connect(question, &QMessageBox::finished, this,
            [this, context, credential, question, showButton] {
                if (question->clickedButton() == showButton)
                    readStoredSecret(context, credential);
            });
    question->open();
}

void ItemActions::readStoredSecret(const ActionContext& context, const Credential& credential)
{
    if (context.session.expired())
        return;
    const QString key = SecretStore::credentialKey(context.keychainProfile, context.orgId,
                                                   context.accountId, credential.id);
    m_parts.secrets->read(
        key, this, [this, context, credential](const SecretStore::Outcome& outcome) {
            if (!outcome.ok()) {
                showError(
                    tr("Secret not available"),
                    outcome.status == SecretStore::Status::NotFound
                        ? tr("This computer's keychain does not hold the secret of “%1”, or "
                             "the keychain is locked. Unlock it and try again.")
                              .arg(credential.name)
                        : tr("The system keychain could not be read: %1").arg(outcome.errorText));
                return;
            }
            if (context.session.expired())
                return; // locked (or signed out) while the keychain answered: show nothing
            const SecretDialog::Location location{context.keychainProfile, context.orgId,
                                                  context.accountId};
            const SecretDialog::Services services{context.session, m_parts.secrets,
                                                  m_parts.clipboard, m_parts.storedIndex};
            auto* dialog =
                new SecretDialog(credential, outcome.secret, location, services, m_parts.window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        });
}

void ItemActions::forgetStoredSecret()
{
    const ActionContext context = m_context();
    const QString id = selectedId(m_parts.credentialsView);
    if (id.isEmpty())
        return;
    forgetSecretsOf(context, {id});
    emit message(tr("The stored secret is forgotten."));
}

void ItemActions::refreshSecretMarks()
{
    const ActionContext context = m_context();
    const QStringList ids = context.accountId.isEmpty()
                                ? QStringList()
                                : m_parts.storedIndex->idsForAccount(
                                      context.keychainProfile, context.orgId, context.accountId);
    m_parts.credentials->setStoredSecretIds(QSet<QString>(ids.begin(), ids.end()));
}

} // namespace keycard
