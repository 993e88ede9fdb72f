#pragma once

#include "textcelldelegate.h"

namespace keycard {

// Paints the credentials table's secret column: "in keychain" in the palette's positive colour,
// "secret lost" in its warning colour (bold), each readable on the row's background in a light
// or a dark palette. The words stay: colour is never the only sign.
class SecretMarkDelegate final : public TextCellDelegate
{
    Q_OBJECT

public:
    using TextCellDelegate::TextCellDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace keycard
