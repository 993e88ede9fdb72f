#pragma once

#include <QStyledItemDelegate>

namespace keycard {

// Paints a cell that holds one line of text (the tables' usual cell) as the style would, at less
// cost: the background, selection and focus frame through the style; the text measured and drawn
// once as a single line, elided only when it does not fit. QStyledItemDelegate lays every cell
// out as a paragraph twice (once to elide, once to draw): most of the time spent painting a
// table that streams rows. Cells with an icon, a check box or wrapped text, and elided text
// that is not left-aligned, go to it unchanged (tst_textcelldelegate compares the pixels).
class TextCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
};

} // namespace keycard
