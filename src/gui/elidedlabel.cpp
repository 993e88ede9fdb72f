#include "elidedlabel.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QPainter>
#include <QStyle>
#include <QtMath>

namespace keycard {

ElidedLabel::ElidedLabel(QWidget* parent) : QFrame(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void ElidedLabel::setText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_line = text.simplified(); // line breaks and tabs become spaces
    setAccessibleName(m_line);
    updateGeometry();
    updateElided();
}

QSize ElidedLabel::sizeHint() const
{
    // Fractional advances: the rounded integer width can be a pixel short of what elidedText()
    // needs, and the whole text would then lose its last characters.
    const QMargins margins = contentsMargins();
    const int textWidth = qCeil(QFontMetricsF(font()).horizontalAdvance(m_line)) + 1;
    return {textWidth + margins.left() + margins.right(),
            fontMetrics().height() + margins.top() + margins.bottom()};
}

QSize ElidedLabel::minimumSizeHint() const
{
    const QMargins margins = contentsMargins();
    const int ellipsis = fontMetrics().horizontalAdvance(QStringLiteral("…"));
    const int width = qMin(fontMetrics().horizontalAdvance(m_line),
                           4 * fontMetrics().averageCharWidth() + ellipsis);
    return {width + margins.left() + margins.right(),
            fontMetrics().height() + margins.top() + margins.bottom()};
}

void ElidedLabel::paintEvent(QPaintEvent* event)
{
    QFrame::paintEvent(event);
    QPainter painter(this);
    style()->drawItemText(&painter, contentsRect(), Qt::AlignLeft | Qt::AlignVCenter, palette(),
                          isEnabled(), m_elided, foregroundRole());
}

void ElidedLabel::resizeEvent(QResizeEvent* event)
{
    QFrame::resizeEvent(event);
    updateElided();
}

void ElidedLabel::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        updateGeometry();
        updateElided();
    }
}

void ElidedLabel::updateElided()
{
    m_elided = fontMetrics().elidedText(m_line, Qt::ElideRight, contentsRect().width());
    setToolTip(isElided() ? m_text : QString());
    update();
}

} // namespace keycard
