#pragma once

#include <QColor>
#include <QPalette>

class QLabel;
class QWidget;

namespace keycard::palettecolors {

// WCAG 2 contrast ratio of two opaque colours: 1 (same) to 21 (black on white).
double contrastRatio(const QColor& a, const QColor& b);

// A red for warnings and a green for good news, of the same hue in every palette but light on a
// dark background and dark on a light one, at least 4.5:1 against `background` (WCAG AA).
QColor warningText(const QColor& background);
QColor positiveText(const QColor& background);

// Text in the warning colour on the widget's own window background.
void setWarningText(QWidget* widget, bool warning = true);

// A notice banner: the window colour tinted amber (light or dark with the palette), its text in
// the palette's own text colour, and a frame.
void styleAsNotice(QLabel* label);

} // namespace keycard::palettecolors
