#include "mainwindow.h"

#include "aboutdialog.h"
#include "afterpaint.h"
#include "apiclient.h"
#include "apierror.h"
#include "credentialsmodel.h"
#include "dialogshortcuts.h"
#include "elidedlabel.h"
#include "errorrecovery.h"
#include "filteredlistmodel.h"
#include "framethrottle.h"
#include "idletimer.h"
#include "itemactions.h"
#include "listpanel.h"
#include "organizationsmodel.h"
#include "palettecolors.h"
#include "placekeeper.h"
#include "profilestore.h"
#include "reportwindow.h"
#include "rowlocator.h"
#include "secretdialog.h"
#include "secretmarkdelegate.h"
#include "secretstore.h"
#include "secureclipboard.h"
#include "serviceaccountsmodel.h"
#include "settingsdialog.h"
#include "signin.h"
#include "signindialog.h"
#include "storedsecretsindex.h"
#include "ui_mainwindow.h"
#include "visiblerows.h"
#include "windowgeometry.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QShowEvent>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QWindow>

namespace keycard {

namespace {
// Widths that fit typical names before the user's own widths are restored over them.
void setColumnWidths(QTableView* view, const QList<int>& widths)
{
    for (int column = 0; column < widths.size(); ++column)
        view->setColumnWidth(column, widths.at(column));
}
} // namespace

MainWindow::MainWindow(ProfileStore& profiles, SecretStore& secrets, QWidget* parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_profiles(profiles),
      m_secrets(secrets)
{
    m_ui->setupUi(this);
    palettecolors::styleAsNotice(m_ui->noticeLabel);
    m_ui->noticeLabel->hide();
    m_ui->noticeButton->hide();
    connect(m_ui->noticeButton, &QPushButton::clicked, this, [this] {
        if (m_noticeAction)
            m_noticeAction->trigger();
    });
    m_idleTimer = new IdleTimer(this);
    connect(m_idleTimer, &IdleTimer::idle, this, &MainWindow::lock);
    new DialogShortcuts(this, {m_ui->actionLock});

    m_organizations = new OrganizationsModel(this);
    m_accounts = new ServiceAccountsModel(this);
    m_credentials = new CredentialsModel(this);
    m_accountsFilter = new FilteredListModel(this);
    m_accountsFilter->setSourceModel(m_accounts);
    m_credentialsFilter = new FilteredListModel(this);
    m_credentialsFilter->setSourceModel(m_credentials);

    m_organizationPicker = new QComboBox(this);
    m_organizationPicker->setObjectName(QStringLiteral("organizationPicker"));
    m_organizationPicker->setModel(m_organizations);
    m_organizationPicker->setMinimumContentsLength(24);
    m_organizationPicker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_organizationPicker->setPlaceholderText(tr("Choose an organization…"));
    m_organizationPicker->setToolTip(tr("The organization whose service accounts are shown"));
    m_organizationPicker->setAccessibleName(tr("Organization"));
    m_organizationPicker->setAccessibleDescription(
        tr("The organization whose service accounts are shown"));
    auto* pickerLabel = new QLabel(tr("&Organization:"), this);
    pickerLabel->setBuddy(m_organizationPicker);
    m_ui->toolBar->insertWidget(m_ui->actionRefresh, pickerLabel);
    m_ui->toolBar->insertWidget(m_ui->actionRefresh, m_organizationPicker);
    m_ui->toolBar->insertSeparator(m_ui->actionRefresh);

    // Its text can hold a whole error description: one line that elides, all of it in the tooltip.
    m_countsLabel = new ElidedLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    statusBar()->addPermanentWidget(m_countsLabel);
    // Indeterminate while a sign-in runs: a slow server is seen to be working.
    m_signInBusy = new QProgressBar(this);
    m_signInBusy->setObjectName(QStringLiteral("signInBusy"));
    m_signInBusy->setRange(0, 0);
    m_signInBusy->setTextVisible(false);
    m_signInBusy->setMaximumWidth(120);
    m_signInBusy->setAccessibleName(tr("Signing in"));
    m_signInBusy->hide();
    statusBar()->addPermanentWidget(m_signInBusy);

    m_clipboard = new SecureClipboard(this);
    m_storedIndex = new StoredSecretsIndex(nullptr, this);
    connect(m_clipboard, &SecureClipboard::countdownChanged, this, [this](int secondsLeft) {
        if (secondsLeft > 0)
            statusBar()->showMessage(m_clipboard->statusText());
        else
            statusBar()->clearMessage();
    });

    m_place = new PlaceKeeper(m_ui->accountsPanel->view(), this);
    setupPanels();
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    ItemActions::Parts parts;
    parts.window = this;
    parts.accounts = m_accounts;
    parts.credentials = m_credentials;
    parts.accountsView = m_ui->accountsPanel->view();
    parts.credentialsView = m_ui->credentialsPanel->view();
    parts.secrets = &m_secrets;
    parts.storedIndex = m_storedIndex;
    parts.clipboard = m_clipboard;
    parts.signInAgain = m_ui->actionSignInAgain;
    m_actions = new ItemActions(
        parts,
        [this] {
            ActionContext context;
            context.session = m_session;
            context.orgId = currentOrganizationId();
            context.accountId = currentAccountId();
            context.keychainProfile = keychainProfile();
            context.storeNewSecrets = m_preferences.storeNewSecretsInKeychain;
            return context;
        },
        this);
    connect(m_actions, &ItemActions::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    setupActions();
    applyPreferences(Preferences::load());
    rebuildProfilesMenu();
    restoreLayout();
    // The saved column layout says whether the counts were shown.
    m_ui->actionShowCredentialCounts->setChecked(
        !m_ui->accountsPanel->view()->isColumnHidden(ServiceAccountsModel::CredentialCountColumn));
    updateActions();
    updateStatusBar();
}

MainWindow::~MainWindow()
{
    // QWidget's destructor still moves the focus: nothing may call back into this window.
    disconnect(qApp, nullptr, this, nullptr);
    m_signIn.reset();
    // The models hold a pointer to the client: detach them before it goes.
    m_organizations->setClient(nullptr);
    m_accounts->setClient(nullptr);
    m_credentials->setClient(nullptr);
    // The session's tasks end with it: nothing is left to show what they report.
    delete m_actions;
    m_actions = nullptr;
    m_session.reset();
    m_waitingSession.reset();
}

void MainWindow::setupPanels()
{
    ListPanel* accounts = m_ui->accountsPanel;
    accounts->setTitle(tr("Service accounts"));
    accounts->setFilterPlaceholder(tr("Filter service accounts (Ctrl+F)"));
    accounts->view()->setAccessibleName(tr("Service accounts"));
    accounts->filterEdit()->setAccessibleName(tr("Filter service accounts"));
    accounts->filterEdit()->setAccessibleDescription(
        tr("Shows only the loaded service accounts whose name or description contains the "
           "text. Escape clears it."));
    accounts->setEmptyTexts(tr("No service accounts yet. Create one with Ctrl+N."),
                            tr("No loaded service account matches “%1”."));
    accounts->setIdleText(tr("Choose an organization to see its service accounts."));
    accounts->setModels(m_accounts, m_accountsFilter);
    accounts->view()->setSelectionMode(QAbstractItemView::SingleSelection);
    setColumnWidths(accounts->view(), {260, 420, 150});
    m_visibleAccounts = new VisibleRows(
        accounts->view(),
        [this](const QStringList& ids) { m_accounts->credentialStats().request(ids); }, this);
    for (int column : {ServiceAccountsModel::CredentialCountColumn,
                       ServiceAccountsModel::OldestCredentialColumn})
        accounts->view()->setColumnHidden(column, true);
    accounts->setRecoveryActions(
        [this](const ApiError& error) { return recoveryAction(error, true); });

    ListPanel* credentials = m_ui->credentialsPanel;
    credentials->setTitle(tr("Credentials"));
    credentials->setFilterPlaceholder(tr("Filter credentials (Ctrl+Shift+F)"));
    credentials->view()->setAccessibleName(tr("Credentials"));
    credentials->filterEdit()->setAccessibleName(tr("Filter credentials"));
    credentials->filterEdit()->setAccessibleDescription(
        tr("Shows only the loaded credentials whose name or client ID contains the text. "
           "Escape clears it."));
    credentials->setEmptyTexts(
        tr("This service account has no credentials yet. Create one with Ctrl+Shift+N."),
        tr("No loaded credential matches “%1”."));
    credentials->setIdleText(tr("Select a service account to see its credentials."));
    credentials->setModels(m_credentials, m_credentialsFilter);
    credentials->view()->setSelectionMode(QAbstractItemView::ExtendedSelection);
    setColumnWidths(credentials->view(), {200, 240, 130, 130, 120, 70});
    credentials->view()->setItemDelegateForColumn(CredentialsModel::SecretColumn,
                                                  new SecretMarkDelegate(credentials->view()));
    credentials->setRecoveryActions(
        [this](const ApiError& error) { return recoveryAction(error, false); });

    connect(m_organizations, &QAbstractItemModel::rowsInserted, this,
            &MainWindow::organizationsChanged);
    connect(m_organizations, &PagedListModel::loadStateChanged, this,
            &MainWindow::organizationsChanged);
    connect(m_organizations, &PagedListModel::loadStateChanged, this, &MainWindow::updateProgress);
    connect(m_organizationPicker, &QComboBox::currentIndexChanged, this,
            &MainWindow::organizationChosen);
    connect(accounts->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::accountChanged);
    connect(credentials->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);
    connect(m_credentials, &QAbstractItemModel::dataChanged, this, &MainWindow::updateActions);
    connect(qApp, &QApplication::focusChanged, this, &MainWindow::updateActions);

    auto* statusThrottle = new FrameThrottle([this] { updateStatusBar(); }, this);
    for (PagedListModel* model :
         {static_cast<PagedListModel*>(m_organizations), static_cast<PagedListModel*>(m_accounts),
          static_cast<PagedListModel*>(m_credentials)}) {
        // The counts change with every page: the status bar follows at most once a frame.
        connect(model, &PagedListModel::loadStateChanged, statusThrottle, &FrameThrottle::request);
        connect(model, &PagedListModel::countsChanged, statusThrottle, &FrameThrottle::request);
        connect(model, &PagedListModel::listPermissionsChanged, this, &MainWindow::updateActions);
    }

    connect(m_accountsFilter, &QAbstractItemModel::rowsInserted, this, [this] {
        m_place->selectArrivedAccount();
        QTableView* view = m_ui->accountsPanel->view();
        if (!view->selectionModel()->currentIndex().isValid() && m_accountsFilter->rowCount() > 0)
            view->setCurrentIndex(m_accountsFilter->index(0, 0));
        if (!m_accountsShownOnce) {
            m_accountsShownOnce = true;
            emit firstAccountsArrived();
            // Announced once the rows have been painted, not merely inserted.
            AfterPaint::run(m_ui->accountsPanel->view()->viewport(),
                            [this] { emit accountsShown(); });
        }
    });
    connect(m_credentials, &PagedListModel::loadStateChanged, this, [this] {
        if (m_credentialsShownOnce || m_credentials->isLoading() || !m_credentials->hasScope())
            return;
        m_credentialsShownOnce = true;
        QTimer::singleShot(0, this, [this] {
            m_ui->credentialsPanel->view()->viewport()->repaint();
            emit credentialsShown();
        });
    });
}

void MainWindow::setupActions()
{
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionRefresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_ui->actionSignIn, &QAction::triggered, this, [this] { openSignInDialog(); });
    connect(m_ui->actionSignInAgain, &QAction::triggered, this, &MainWindow::signInAgain);
    connect(m_ui->actionLock, &QAction::triggered, this, &MainWindow::lock);
    connect(m_ui->actionChooseOrganization, &QAction::triggered, this,
            &MainWindow::chooseAnotherOrganization);
    connect(m_ui->actionRetryOrganizations, &QAction::triggered, m_organizations,
            &PagedListModel::retry);
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::openSettings);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::openAbout);
    connect(m_ui->actionCredentialReport, &QAction::triggered, this,
            &MainWindow::openCredentialReport);
    connect(m_ui->actionShowCredentialCounts, &QAction::toggled, this,
            &MainWindow::showCredentialCounts);
    connect(m_ui->actionRotateCredential, &QAction::triggered, m_actions,
            &ItemActions::rotateSelected);
    connect(m_ui->actionNewServiceAccount, &QAction::triggered, m_actions,
            &ItemActions::newServiceAccount);
    connect(m_ui->actionNewCredential, &QAction::triggered, m_actions, &ItemActions::newCredential);
    connect(m_ui->actionEdit, &QAction::triggered, m_actions, &ItemActions::editSelected);
    connect(m_ui->actionDelete, &QAction::triggered, m_actions, &ItemActions::deleteSelected);
    connect(m_ui->actionCopyClientId, &QAction::triggered, m_actions, &ItemActions::copyClientId);
    connect(m_ui->actionShowStoredSecret, &QAction::triggered, m_actions,
            &ItemActions::showStoredSecret);
    connect(m_ui->actionForgetStoredSecret, &QAction::triggered, m_actions,
            &ItemActions::forgetStoredSecret);
    connect(m_ui->actionFindAccounts, &QAction::triggered, this, [this] {
        m_ui->accountsPanel->filterEdit()->setFocus();
        m_ui->accountsPanel->filterEdit()->selectAll();
    });
    connect(m_ui->actionFindCredentials, &QAction::triggered, this, [this] {
        m_ui->credentialsPanel->filterEdit()->setFocus();
        m_ui->credentialsPanel->filterEdit()->selectAll();
    });

    // Delete, Edit and Copy belong to the table that has the focus, so that the same keys keep
    // working as usual inside the filter boxes.
    QTableView* accountsView = m_ui->accountsPanel->view();
    QTableView* credentialsView = m_ui->credentialsPanel->view();
    for (QAction* action : {m_ui->actionEdit, m_ui->actionDelete}) {
        action->setShortcutContext(Qt::WidgetShortcut);
        accountsView->addAction(action);
        credentialsView->addAction(action);
    }
    m_ui->actionCopyClientId->setShortcutContext(Qt::WidgetShortcut);
    accountsView->insertAction(m_ui->actionEdit, m_ui->actionNewServiceAccount);
    accountsView->insertAction(m_ui->actionEdit, m_ui->actionNewCredential);
    credentialsView->insertAction(m_ui->actionEdit, m_ui->actionNewCredential);
    credentialsView->addAction(m_ui->actionCopyClientId);
    credentialsView->addAction(m_ui->actionRotateCredential);
    credentialsView->addAction(m_ui->actionShowStoredSecret);
    credentialsView->addAction(m_ui->actionForgetStoredSecret);
}

void MainWindow::rebuildProfilesMenu()
{
    QMenu* menu = m_ui->menuProfiles;
    menu->clear();
    const QList<ConnectionProfile> profiles = m_profiles.profiles();
    for (const ConnectionProfile& profile : profiles) {
        QAction* action = menu->addAction(profile.name);
        action->setCheckable(true);
        action->setChecked(m_session && profile.name == m_session->identity().profileName);
        const QString name = profile.name;
        connect(action, &QAction::triggered, this, [this, name] { signInWithProfile(name); });
    }
    if (profiles.isEmpty())
        menu->addAction(tr("No saved profiles"))->setEnabled(false);
}

SignIn& MainWindow::newSignIn(const QString& failureIntro)
{
    return watchSignIn(std::make_unique<SignIn>(), failureIntro);
}

SignIn& MainWindow::watchSignIn(std::unique_ptr<SignIn> running, const QString& failureIntro)
{
    m_signIn = std::move(running); // an earlier one is cancelled
    SignIn* signIn = m_signIn.get();
    connect(signIn, &SignIn::succeeded, this, [this](const SessionPtr& session) {
        statusBar()->clearMessage();
        updateProgress();
        if (!session->identity().profileName.isEmpty())
            m_profiles.setLastProfile(session->identity().profileName);
        adoptSession(session);
    });
    connect(signIn, &SignIn::failed, this, [this, signIn, failureIntro](const QString& message) {
        statusBar()->clearMessage();
        updateProgress();
        openSignInDialog(failureIntro.isEmpty() ? message
                                                : failureIntro + QLatin1Char(' ') + message,
                         signIn->baseUrl(), signIn->profileName());
    });
    return *signIn;
}

void MainWindow::signIn(const ConnectionConfig& config, const SessionIdentity& identity,
                        const QString& failureIntro)
{
    newSignIn(failureIntro).start(config, identity);
    updateProgress();
}

void MainWindow::signIn(std::unique_ptr<SignIn> running, const QString& failureIntro)
{
    watchSignIn(std::move(running), failureIntro);
    updateProgress();
}

void MainWindow::signInWithProfile(const QString& name)
{
    newSignIn({}).startWithProfile(name, m_profiles, m_secrets);
    updateProgress();
}

void MainWindow::cancelSignIn()
{
    if (m_signIn)
        m_signIn->cancel();
    updateProgress();
}

// One text says what the sign-in is doing, in the organization picker and the status bar.
void MainWindow::updateProgress()
{
    const bool signingIn = m_signIn && m_signIn->isRunning();
    m_signInBusy->setVisible(signingIn);
    QString placeholder = tr("Choose an organization…");
    if (signingIn) {
        const QString host = m_signIn->baseUrl().host();
        const QString profile = m_signIn->profileName();
        placeholder = host.isEmpty()      ? tr("Signing in as “%1”…").arg(profile)
                      : profile.isEmpty() ? tr("Signing in to %1…").arg(host)
                                          : tr("Signing in as “%1” to %2…").arg(profile, host);
        statusBar()->showMessage(placeholder);
    } else if (m_session && m_organizations->rowCount() == 0 &&
               m_organizations->loadState() == PagedListModel::LoadState::Loading) {
        placeholder = tr("Loading organizations…");
    } else if (m_session && m_organizations->loadState() == PagedListModel::LoadState::Failed) {
        placeholder = tr("Organizations not loaded");
    }
    m_organizationPicker->setPlaceholderText(placeholder);
}

void MainWindow::adoptSession(const SessionPtr& session)
{
    cancelSignIn(); // whichever sign-in finished last does not replace this one
    if (m_session && m_session != session && m_session->createsInFlight() > 0) {
        m_waitingSession = session;
        connect(m_session.get(), &Session::createsSettled, this, &MainWindow::createsSettled,
                Qt::UniqueConnection);
        showNotice(tr("Signed in as “%1”. The switch follows as soon as the credential being "
                      "created has arrived, so that its secret is not lost.")
                       .arg(session->identity().title));
        return;
    }
    switchTo(session);
}

void MainWindow::switchTo(SessionPtr session) // by value: it may be m_waitingSession
{
    m_waitingSession.reset();
    if (session && m_place->hasKept()) // signed in again after a lock or a refused session
        m_preferredOrganization = m_place->returnTo();
    if (session) {
        m_locked = false;
        m_organizationPicker->setEnabled(true);
        if (m_noticeAction)
            showNotice({}); // what it offered was for the previous session
    }
    ApiClient* client = session ? &session->client() : nullptr;
    m_organizations->setClient(client);
    m_accounts->setClient(client);
    m_credentials->setClient(client);
    m_credentials->setScope({}, {});
    m_accounts->setScope({});
    // The previous session may be running this very code inside one of its calls: it goes once
    // that has returned, and its tasks then end with "the session ended".
    Session::releaseLater(std::exchange(m_session, session));
    m_accountsShownOnce = false;
    m_credentialsShownOnce = false;
    setWindowTitle(session ? tr("%1 — Keycard Admin").arg(session->identity().title)
                           : tr("Keycard Admin"));
    rebuildProfilesMenu();
    if (session) {
        m_organizations->fetchMore({});
        openExpectedOrganization();
        m_actions->sessionStarted();
        m_actions->resumeRotations();
    }
    updateActions();
    updateStatusBar();
    updateProgress();
    emit sessionStarted();
}

void MainWindow::createsSettled()
{
    if (m_waitingSession)
        switchTo(m_waitingSession);
    if (m_lockWhenSettled) {
        m_lockWhenSettled = false;
        lock();
    }
    if (!m_closeWhenSettled)
        return;
    m_closeWhenSettled = false;
    // A secret that has just arrived is on screen: it must be put away before the window goes.
    if (findChild<SecretDialog*>()) {
        showNotice(tr("The credential has arrived. Put its secret away, then close the window."));
        return;
    }
    QTimer::singleShot(0, this, &QWidget::close);
}

void MainWindow::openSignInDialog(const QString& message, const QUrl& baseUrl,
                                  const QString& profileName)
{
    if (!isVisible())
        show(); // a start that waited for its first page: the dialog needs its window
    auto* dialog = new SignInDialog(m_profiles, &m_secrets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!profileName.isEmpty())
        dialog->selectProfile(profileName);
    if (baseUrl.isValid() && !baseUrl.isEmpty())
        dialog->setBaseUrl(baseUrl);
    dialog->setMessage(message);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString notice = dialog->keychainNotice();
        adoptSession(dialog->takeSession());
        if (!notice.isEmpty())
            showNotice(notice);
    });
    // The dialog's sign-in replaces one still running from the profiles menu.
    cancelSignIn();
    dialog->open();
}

void MainWindow::setPreferredOrganization(const QString& organizationId)
{
    m_preferredOrganization = organizationId;
}

void MainWindow::setUnsavedSignInAgain(std::function<void()> signIn)
{
    m_unsavedSignInAgain = std::move(signIn);
}

void MainWindow::showNotice(const QString& text, QAction* action)
{
    m_ui->noticeLabel->setText(text);
    m_ui->noticeLabel->setVisible(!text.isEmpty());
    m_noticeAction = text.isEmpty() ? nullptr : action;
    m_ui->noticeButton->setVisible(m_noticeAction != nullptr);
    if (m_noticeAction)
        m_ui->noticeButton->setText(m_noticeAction->text());
}

void MainWindow::lock()
{
    if (!m_session || m_locked)
        return;
    if (m_session->createsInFlight() > 0) {
        m_lockWhenSettled = true;
        connect(m_session.get(), &Session::createsSettled, this, &MainWindow::createsSettled,
                Qt::UniqueConnection);
        showNotice(tr("A credential is being created. Keycard Admin locks as soon as the server "
                      "has answered, so that its secret is not lost."));
        return;
    }
    m_place->keep(*m_session, currentOrganizationId());
    m_locked = true;
    // A secret kept in the keychain can be shown again after signing in; a new one that is not
    // kept anywhere yet stays on screen until the user has put it away.
    for (SecretDialog* dialog : findChildren<SecretDialog*>())
        if (dialog->isVisible() &&
            (dialog->mode() == SecretDialog::Mode::Stored || dialog->isStored()))
            dialog->reject();
    m_clipboard->clearNow();
    cancelSignIn();
    // The tables keep their rows; without a client they load nothing more.
    Session::releaseLater(std::exchange(m_session, nullptr));
    m_organizationPicker->setEnabled(false);
    setWindowTitle(tr("Locked — Keycard Admin"));
    rebuildProfilesMenu();
    showNotice(tr("Locked — sign in again to continue."), m_ui->actionSignInAgain);
    updateActions();
}

void MainWindow::signInAgain()
{
    if (!m_place->hasKept() && m_session)
        m_place->keep(*m_session, currentOrganizationId());
    const ReturnPoint& place = m_place->kept();
    if (!place.isSet()) {
        openSignInDialog();
        return;
    }
    if (m_locked && !place.profileName.isEmpty()) {
        signInWithProfile(place.profileName);
        return;
    }
    if (m_locked && m_unsavedSignInAgain) {
        m_unsavedSignInAgain();
        return;
    }
    openSignInDialog(tr("Sign in again to continue where you were."), place.baseUrl,
                     place.profileName);
}

void MainWindow::chooseAnotherOrganization()
{
    m_organizationPicker->setFocus(Qt::OtherFocusReason);
    m_organizationPicker->showPopup();
}

QAction* MainWindow::recoveryAction(const ApiError& error, bool organizationList)
{
    switch (recoveryFor(error, organizationList)) {
    case Recovery::SignInAgain:
        return m_ui->actionSignInAgain;
    case Recovery::ChooseOrganization:
        return m_ui->actionChooseOrganization;
    case Recovery::None:
        break;
    }
    return nullptr;
}

void MainWindow::showOrganizationsError()
{
    const ApiError error = m_organizations->lastError();
    QAction* action = recoveryAction(error, false);
    // The description says what failed ("Could not load the organizations."), why, and the ID.
    showNotice(describeError(error), action ? action : m_ui->actionRetryOrganizations);
}

QString MainWindow::currentOrganizationId() const
{
    const int index = m_organizationPicker->currentIndex();
    return index < 0 ? QString() : m_organizations->idAt(index);
}

QString MainWindow::currentAccountId() const
{
    const QModelIndex current = m_ui->accountsPanel->view()->currentIndex();
    return current.isValid() ? current.data(PagedListModel::IdRole).toString() : QString();
}

// The organization that will be opened is often known before the list has arrived (the one asked
// for, the profile's last one, the one to come back to): its first page is asked for beside the
// list, a round trip sooner. The API takes an ID or a label here; the list then confirms it
// (organizationChosen() keeps what was loaded) or not (organizationsChanged() lets it go).
void MainWindow::openExpectedOrganization()
{
    const QString expected =
        !m_preferredOrganization.isEmpty() ? m_preferredOrganization : rememberedOrganization();
    if (!expected.isEmpty())
        openAccountsOf(expected);
}

void MainWindow::openAccountsOf(const QString& organization)
{
    m_accounts->setScope(organization);
    // Asked for now, not when the view next lays itself out (after a paint; never while the
    // window waits to be shown).
    if (m_accounts->canFetchMore({}))
        m_accounts->fetchMore({});
}

QString MainWindow::rememberedOrganization() const
{
    const QString profileName = m_session ? m_session->identity().profileName : QString();
    return profileName.isEmpty() ? QString() : m_profiles.lastOrganization(profileName);
}

void MainWindow::organizationsChanged()
{
    if (m_organizations->loadState() == PagedListModel::LoadState::Failed) {
        showOrganizationsError();
        return;
    }
    if (m_noticeAction == m_ui->actionRetryOrganizations)
        showNotice({}); // loading again after a failure
    // The picker shows every organization: keep loading until the list is complete.
    if (m_organizations->canFetchMore({}))
        m_organizations->fetchMore({});
    if (m_organizationPicker->currentIndex() >= 0)
        return;

    for (const QString& wanted : {m_preferredOrganization, rememberedOrganization()}) {
        const int row = organizationRow(wanted);
        if (row >= 0) {
            m_organizationPicker->setCurrentIndex(row);
            return;
        }
    }
    const bool complete = m_organizations->loadState() == PagedListModel::LoadState::Complete;
    if (complete)
        m_accounts->setScope({}); // an organization opened ahead that is not in the list
    if (complete && m_organizations->rowCount() == 1)
        m_organizationPicker->setCurrentIndex(0);
    else if (complete && m_organizations->rowCount() == 0)
        showNotice(tr("This credential cannot see any organization. Ask an administrator to "
                      "grant it access, or sign in with another one (Ctrl+Shift+S)."));
}

int MainWindow::organizationRow(const QString& idOrLabel) const
{
    if (idOrLabel.isEmpty())
        return -1;
    const int row = m_organizations->rowOf(idOrLabel);
    if (row >= 0)
        return row;
    for (int r = 0; r < m_organizations->rowCount(); ++r)
        if (m_organizations->index(r, OrganizationsModel::LabelColumn).data().toString() ==
            idOrLabel)
            return r;
    return -1;
}

void MainWindow::organizationChosen(int index)
{
    const QString orgId = index < 0 ? QString() : m_organizations->idAt(index);
    if (!orgId.isEmpty() && orgId == m_accounts->organizationId()) {
        rememberOrganization(orgId); // opened ahead of the list: what has arrived stays
        updateActions();
        return;
    }
    m_credentials->setScope({}, {});
    m_accountsShownOnce = false;
    m_place->organizationChosen();
    openAccountsOf(orgId);
    rememberOrganization(orgId);
    updateActions();
}

void MainWindow::rememberOrganization(const QString& orgId)
{
    const QString profileName = m_session ? m_session->identity().profileName : QString();
    if (!orgId.isEmpty() && !profileName.isEmpty())
        m_profiles.setLastOrganization(profileName, orgId);
}

void MainWindow::accountChanged()
{
    m_place->accountShown(currentAccountId());
    m_credentialsShownOnce = false;
    m_credentials->setScope(currentOrganizationId(), currentAccountId());
    m_actions->refreshSecretMarks();
    updateActions();
}

void MainWindow::refresh()
{
    m_accountsShownOnce = false;
    m_credentialsShownOnce = false;
    // The rows and the selection stay on screen until the new first pages arrive.
    m_accounts->refresh();
    m_credentials->refresh();
}

void MainWindow::updateActions()
{
    const bool signedIn = m_session != nullptr;
    const bool hasOrg = signedIn && !currentOrganizationId().isEmpty();
    const QString accountId = currentAccountId();
    const bool hasAccount = signedIn && !accountId.isEmpty();
    m_ui->actionRefresh->setEnabled(hasOrg);
    m_ui->actionCredentialReport->setEnabled(hasOrg);
    m_ui->actionLock->setEnabled(signedIn);
    m_ui->actionSignInAgain->setEnabled(signedIn || m_place->hasKept());

    auto gate = [](QAction* action, bool applicable, bool allowed, const QString& why,
                   const QString& normalTip) {
        action->setEnabled(applicable && allowed);
        action->setToolTip(applicable && !allowed ? why : normalTip);
    };
    const QString denied = tr("Your credential is not allowed to do this in this organization.");
    gate(m_ui->actionNewServiceAccount, hasOrg,
         m_accounts->listPermissions().allows(QStringLiteral("service_accounts"),
                                              QStringLiteral("create")),
         denied, tr("Create a service account in this organization"));

    const int accountRow = m_accounts->rowOf(accountId);
    const RowPermissions accountPermissions =
        accountRow >= 0 ? m_accounts->rowPermissions(accountRow) : RowPermissions();
    gate(m_ui->actionNewCredential, hasAccount,
         accountPermissions.allows(RowPermissions::CreateChild) &&
             m_credentials->listPermissions().allows(QStringLiteral("credentials"),
                                                     QStringLiteral("create")),
         denied, tr("Create a credential for the selected service account"));

    // Edit and Delete act on the table with the focus; both tables are checked so that the
    // menu entries say whether the selected rows may be changed.
    const bool onCredentials = m_ui->credentialsPanel->view()->hasFocus();
    const QStringList credentialIds = signedIn ? m_actions->selectedCredentialIds() : QStringList();
    bool credentialsMayUpdate = !credentialIds.isEmpty();
    bool credentialsMayDelete = !credentialIds.isEmpty();
    for (const QString& id : credentialIds) {
        const int row = m_credentials->rowOf(id);
        if (row < 0)
            continue;
        credentialsMayUpdate &= m_credentials->rowPermissions(row).allows(RowPermissions::Update);
        credentialsMayDelete &= m_credentials->rowPermissions(row).allows(RowPermissions::Delete);
    }
    if (onCredentials) {
        gate(m_ui->actionEdit, credentialIds.size() == 1, credentialsMayUpdate, denied,
             tr("Rename or describe the selected credential"));
        gate(m_ui->actionDelete, !credentialIds.isEmpty(), credentialsMayDelete, denied,
             tr("Delete the selected credentials"));
    } else {
        gate(m_ui->actionEdit, hasAccount, accountPermissions.allows(RowPermissions::Update),
             denied, tr("Rename or describe the selected service account"));
        gate(m_ui->actionDelete, hasAccount, accountPermissions.allows(RowPermissions::Delete),
             denied, tr("Delete the selected service account and its credentials"));
    }
    const bool oneCredential = credentialIds.size() == 1;
    m_ui->actionCopyClientId->setEnabled(oneCredential);
    gate(m_ui->actionRotateCredential, oneCredential,
         m_credentials->listPermissions().allows(QStringLiteral("credentials"),
                                                 QStringLiteral("create")) &&
             credentialsMayDelete,
         denied,
         tr("Replace the selected credential with a new one, test it, and delete the old "
            "one when nothing uses it"));
    const bool stored = oneCredential && m_credentials->secretMark(credentialIds.first()) ==
                                             CredentialsModel::SecretMark::Stored;
    m_ui->actionShowStoredSecret->setEnabled(stored);
    m_ui->actionForgetStoredSecret->setEnabled(stored);
}

void MainWindow::updateStatusBar()
{
    QStringList parts;
    if (!currentOrganizationId().isEmpty())
        parts << tr("Service accounts: %1").arg(m_accounts->statusText());
    if (!currentAccountId().isEmpty())
        parts << tr("Credentials: %1").arg(m_credentials->statusText());
    m_countsLabel->setText(parts.join(QStringLiteral("  ·  ")));
}

QString MainWindow::keychainProfile() const
{
    return m_session ? m_session->identity().keychainProfile() : QString();
}

void MainWindow::applyPreferences(const Preferences& preferences)
{
    m_preferences = preferences;
    m_clipboard->setClearTimeoutSeconds(preferences.clipboardClearSeconds);
    m_accounts->setPageSize(preferences.pageSize);
    m_credentials->setPageSize(preferences.pageSize);
    m_credentials->setHygieneThresholds(preferences.hygiene);
    m_idleTimer->setTimeout(std::chrono::minutes(preferences.lockAfterIdleMinutes));
}

void MainWindow::openCredentialReport()
{
    if (!m_session || currentOrganizationId().isEmpty())
        return;
    auto* report =
        new ReportWindow(m_session, currentOrganizationId(), m_organizationPicker->currentText(),
                         m_preferences.hygiene, this);
    connect(report, &ReportWindow::showCredentialRequested, this, &MainWindow::showCredential);
    report->resize(1100, 600);
    report->show();
}

void MainWindow::showCredentialCounts(bool shown)
{
    QTableView* view = m_ui->accountsPanel->view();
    for (int column : {ServiceAccountsModel::CredentialCountColumn,
                       ServiceAccountsModel::OldestCredentialColumn})
        view->setColumnHidden(column, !shown);
    m_visibleAccounts->setEnabled(shown);
}

void MainWindow::showCredential(const QString& orgId, const QString& accountId,
                                const QString& accountName, const QString& credentialId,
                                const QString& credentialName)
{
    raise();
    activateWindow();
    if (orgId != currentOrganizationId()) {
        const int row = organizationRow(orgId);
        if (row < 0) {
            showNotice(tr("The organization of that credential is not listed any more."));
            return;
        }
        m_organizationPicker->setCurrentIndex(row);
    }
    m_ui->credentialsPanel->filterEdit()->clear();
    m_ui->accountsPanel->filterEdit()->setText(accountName);
    RowLocator::select(m_ui->accountsPanel->view(), accountId,
                       [this, credentialId, credentialName] {
                           m_ui->credentialsPanel->filterEdit()->setText(credentialName);
                           RowLocator::select(m_ui->credentialsPanel->view(), credentialId);
                       });
}

void MainWindow::openSettings()
{
    auto* dialog = new SettingsDialog(m_preferences, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Preferences chosen = dialog->preferences();
        chosen.save();
        applyPreferences(chosen);
    });
    dialog->open();
}

void MainWindow::openAbout()
{
    auto* dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("mainWindow"));
    restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    // The form's size, too, may be larger than a small screen or one scaled by 2.
    keepOnScreen();
    m_fitOnFirstShow = true;
    m_ui->splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    m_ui->accountsPanel->view()->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("accountsColumns")).toByteArray());
    m_ui->credentialsPanel->view()->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("credentialsColumns")).toByteArray());
    settings.endGroup();
}

// A size saved on a larger screen (or the form's size on a small one), or a place on a screen
// since gone, comes back within the screen the window lands on: after restoring the layout, and
// again when the window is first shown, as by then the platform may know the frame that has to fit
// as well.
void MainWindow::keepOnScreen()
{
    if (windowState() & (Qt::WindowMaximized | Qt::WindowFullScreen | Qt::WindowMinimized))
        return;
    const QScreen* target = QGuiApplication::screenAt(geometry().center());
    if (!target)
        target = screen();
    if (!target)
        return;
    const QMargins frame = windowHandle() ? windowHandle()->frameMargins() : QMargins();
    const QRect outer = geometry().marginsAdded(frame);
    const QRect fitted = fitToScreen(outer, target->availableGeometry());
    if (fitted != outer)
        setGeometry(fitted.marginsRemoved(frame));
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("mainWindow"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    settings.setValue(QStringLiteral("splitter"), m_ui->splitter->saveState());
    settings.setValue(QStringLiteral("accountsColumns"),
                      m_ui->accountsPanel->view()->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("credentialsColumns"),
                      m_ui->credentialsPanel->view()->horizontalHeader()->saveState());
    settings.endGroup();
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    if (m_fitOnFirstShow && !event->spontaneous()) {
        m_fitOnFirstShow = false;
        keepOnScreen();
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_session && m_session->createsInFlight() > 0) {
        event->ignore();
        m_closeWhenSettled = true;
        connect(m_session.get(), &Session::createsSettled, this, &MainWindow::createsSettled,
                Qt::UniqueConnection);
        showNotice(tr("A credential is being created. Keycard Admin closes as soon as the server "
                      "has answered, so that its secret is not lost."));
        return;
    }
    saveLayout();
    event->accept();
}

} // namespace keycard
