#include "textcelldelegate.h"

#include <QApplication>
#include <QPainter>

namespace keycard {

namespace {
bool onlyOneLineOfText(const QStyleOptionViewItem& option)
{
    return option.icon.isNull() &&
           !option.features.testFlag(QStyleOptionViewItem::HasCheckIndicator) &&
           !option.features.testFlag(QStyleOptionViewItem::WrapText) &&
           !option.state.testFlag(QStyle::State_Editing) &&
           !option.text.contains(QChar::LineSeparator) && !option.text.contains(QLatin1Char('\n'));
}

QPalette::ColorGroup colorGroup(const QStyleOptionViewItem& option)
{
    if (!option.state.testFlag(QStyle::State_Enabled))
        return QPalette::Disabled;
    return option.state.testFlag(QStyle::State_Active) ? QPalette::Normal : QPalette::Inactive;
}
} // namespace

void TextCellDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (!onlyOneLineOfText(opt)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget* widget = opt.widget;
    const QStyle* style = widget ? widget->style() : QApplication::style();
    // The same margins, alignment and colours as QCommonStyle's CE_ItemViewItem.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textRect = opt.rect.adjusted(margin, 0, -margin, 0);
    const Qt::Alignment alignment = QStyle::visualAlignment(opt.direction, opt.displayAlignment);
    const QFontMetrics metrics(opt.font);
    QString text = opt.text;
    int width = text.isEmpty() ? 0 : metrics.horizontalAdvance(text);
    if (width > textRect.width()) {
        // Qt places elided text by its own measure; only the left-aligned case is the same here.
        if (opt.direction != Qt::LeftToRight || !alignment.testFlag(Qt::AlignLeft)) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        text = metrics.elidedText(text, opt.textElideMode, textRect.width());
        width = metrics.horizontalAdvance(text);
    }

    painter->save();
    painter->setClipRect(opt.rect);
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
    const QPalette::ColorGroup group = colorGroup(opt);
    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    if (!text.isEmpty()) {
        const QRect placed =
            QStyle::alignedRect(opt.direction, alignment, QSize(width, metrics.height()), textRect);
        painter->setPen(
            opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
        painter->setFont(opt.font);
        painter->drawText(QPointF(placed.left(), placed.top() + metrics.ascent()), text);
    }
    if (opt.state.testFlag(QStyle::State_HasFocus)) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(opt);
        focus.rect = style->subElementRect(QStyle::SE_ItemViewItemFocusRect, &opt, widget);
        focus.state |= QStyle::State_KeyboardFocusChange | QStyle::State_Item;
        focus.backgroundColor =
            opt.palette.color(group, selected ? QPalette::Highlight : QPalette::Window);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
    painter->restore();
}

} // namespace keycard
