#pragma once

#include <QStyledItemDelegate>

namespace keycard {

// Paints the credentials table's secret column: "in keychain" in the palette's positive colour,
// "secret lost" in its warning colour (bold), each readable on the row's background in a light
// or a dark palette. The words stay: colour is never the only sign.
class SecretMarkDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace keycard
