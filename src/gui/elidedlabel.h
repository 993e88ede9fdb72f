#pragma once

#include <QFrame>
#include <QString>

namespace keycard {

// One line of plain text that never asks for the width it does not get: when the text is longer
// than the label is wide it ends in "…" and the tooltip holds all of it. Its minimum width is a
// few characters, so no text, however long, can widen the window it sits in. For the places
// where one line is right (the status bar); where a text may run to several lines, use a QLabel
// with word wrap and a horizontal size policy of Ignored.
class ElidedLabel final : public QFrame
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(ElidedLabel)

    QString text() const { return m_text; }
    void setText(const QString& text);
    bool isElided() const { return m_elided != m_line; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateElided();

    QString m_text;   // as given
    QString m_line;   // on one line
    QString m_elided; // as painted
};

} // namespace keycard
