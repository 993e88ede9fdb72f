#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <functional>

class QTableView;

namespace keycard {

// Tells which rows of a table are on screen (their PagedListModel::IdRole), a moment after the
// table scrolls, resizes or gets rows: for work done only for what a person sees.
class VisibleRows final : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<void(const QStringList& ids)>;

    VisibleRows(QTableView* view, Handler handler, QObject* parent = nullptr);

    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    QStringList visibleIds() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void schedule();

    QPointer<QTableView> m_view;
    Handler m_handler;
    QTimer m_settle;
    bool m_enabled = false;
};

} // namespace keycard
