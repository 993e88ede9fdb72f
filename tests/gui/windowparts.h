#pragma once

// The main window's parts as a person meets them, found by object name or type: the tests drive
// the real window through its widgets and need no accessors of MainWindow.
#include "listpanel.h"
#include "pagedlistmodel.h"
#include "secretstore.h"
#include "secureclipboard.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QTableView>
#include <QTest>
#include <QWidget>

namespace keycard::test {

// The window's child of type T named `name` (any name when empty); a missing one ends the test
// with its name rather than with a null pointer.
template <typename T>
T* windowPart(const QWidget* window, const QString& name = {})
{
    T* part = window->findChild<T*>(name);
    if (!part)
        qFatal("the window has no %s named \"%s\"", T::staticMetaObject.className(),
               qPrintable(name));
    return part;
}

inline QComboBox* organizationPicker(const QWidget* window)
{
    return windowPart<QComboBox>(window, QStringLiteral("organizationPicker"));
}

inline ListPanel* accountsPanel(const QWidget* window)
{
    return windowPart<ListPanel>(window, QStringLiteral("accountsPanel"));
}

inline ListPanel* credentialsPanel(const QWidget* window)
{
    return windowPart<ListPanel>(window, QStringLiteral("credentialsPanel"));
}

inline QTableView* accountsView(const QWidget* window)
{
    return accountsPanel(window)->view();
}

inline QTableView* credentialsView(const QWidget* window)
{
    return credentialsPanel(window)->view();
}

inline SecureClipboard* secureClipboard(const QWidget* window)
{
    return windowPart<SecureClipboard>(window);
}

// The ID of the organization chosen in the picker; empty when none is.
inline QString currentOrganizationId(const QWidget* window)
{
    return organizationPicker(window)->currentData(PagedListModel::IdRole).toString();
}

// The ID of the service account at the accounts table's current row; empty when none is.
inline QString currentAccountId(const QWidget* window)
{
    return accountsView(window)->currentIndex().data(PagedListModel::IdRole).toString();
}

// The row of `model` whose ID is `id`, or -1.
inline int rowWithId(const QAbstractItemModel* model, const QString& id)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data(PagedListModel::IdRole).toString() == id)
            return row;
    return -1;
}

// The notice above the tables as the user sees it: empty while it is hidden.
inline QString noticeText(const QWidget* window)
{
    const auto* label = windowPart<QLabel>(window, QStringLiteral("noticeLabel"));
    return label->isVisible() ? label->text() : QString();
}

// The modal dialog of type T the window opens (null, with the test failed, when none comes).
template <typename T>
T* waitForModalDialog()
{
    T* dialog = nullptr;
    [&] {
        QTRY_VERIFY((dialog = qobject_cast<T*>(QApplication::activeModalWidget())));
    }();
    return dialog;
}

// Picks the organization and waits until its `accountCount` service accounts are shown.
inline void openOrganization(const QWidget* window, const QString& orgId, int accountCount)
{
    QComboBox* picker = organizationPicker(window);
    QTRY_VERIFY(picker->findData(orgId, PagedListModel::IdRole) >= 0);
    picker->setCurrentIndex(picker->findData(orgId, PagedListModel::IdRole));
    QTRY_COMPARE(accountsView(window)->model()->rowCount(), accountCount);
}

// Selects the service account and waits until its `credentialCount` credentials are shown.
inline void selectAccount(const QWidget* window, const QString& accountId, int credentialCount)
{
    QTableView* accounts = accountsView(window);
    const int row = rowWithId(accounts->model(), accountId);
    if (row >= 0)
        accounts->setCurrentIndex(accounts->model()->index(row, 0));
    QCOMPARE(currentAccountId(window), accountId);
    QTRY_COMPARE(credentialsView(window)->model()->rowCount(), credentialCount);
}

// What the keychain holds under `key`, read as the app reads it (waits for the answer).
inline SecretString readKeychain(SecretStore& store, const QString& key,
                                 SecretStore::Status* status = nullptr)
{
    bool done = false;
    SecretStore::Outcome result;
    QObject context;
    store.read(key, &context, [&](const SecretStore::Outcome& outcome) {
        result = outcome;
        done = true;
    });
    [&] {
        QTRY_VERIFY(done);
    }();
    if (status)
        *status = result.status;
    return result.secret;
}

} // namespace keycard::test
