#include "palettecolors.h"

#include <QEvent>
#include <QLabel>
#include <QWidget>
#include <cmath>

namespace keycard::palettecolors {

namespace {
constexpr double kMinimumContrast = 4.5;

double channel(double value)
{
    return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

double luminance(const QColor& color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) +
           0.0722 * channel(rgb.blueF());
}

bool isDark(const QColor& color)
{
    return luminance(color) < 0.18;
}

// The hue of `base`, lightened on a dark background and darkened on a light one until it
// stands out from `background` by the minimum contrast.
QColor readableOn(QColor base, const QColor& background)
{
    const bool lighten = isDark(background);
    QColor color = base.toHsl();
    for (int step = 0; step < 100 && contrastRatio(color, background) < kMinimumContrast; ++step) {
        const double lightness = color.lightnessF() + (lighten ? 0.02 : -0.02);
        color.setHslF(color.hslHueF(), color.hslSaturationF(), std::clamp(lightness, 0.0, 1.0));
    }
    return color.toRgb();
}

QColor mix(const QColor& a, const QColor& b, double share)
{
    const QColor x = a.toRgb();
    const QColor y = b.toRgb();
    return QColor::fromRgbF(float(x.redF() * (1 - share) + y.redF() * share),
                            float(x.greenF() * (1 - share) + y.greenF() * share),
                            float(x.blueF() * (1 - share) + y.blueF() * share));
}

QPalette inheritedPalette(const QWidget* widget)
{
    return widget->parentWidget() ? widget->parentWidget()->palette() : widget->palette();
}

void applyNoticeColours(QLabel* label, QPalette palette)
{
    const QColor window = palette.color(QPalette::Window);
    const QColor amber(0xf0, 0xb4, 0x00);
    const QColor background = mix(window, amber, isDark(window) ? 0.22 : 0.28);
    palette.setColor(QPalette::Window, background);
    palette.setColor(QPalette::WindowText,
                     readableOn(palette.color(QPalette::WindowText), background));
    palette.setColor(QPalette::Light, mix(background, amber, 0.6));
    palette.setColor(QPalette::Dark, mix(background, amber, 0.6));
    label->setPalette(palette);
}

// The colours set on the banner are its own: when the desktop switches between light and
// dark while the app runs, they are derived again from the new application palette.
class NoticeRestyler final : public QObject
{
public:
    explicit NoticeRestyler(QLabel* label) : QObject(label), m_label(label)
    {
        label->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        const bool changed = event->type() == QEvent::ApplicationPaletteChange ||
                             event->type() == QEvent::PaletteChange;
        if (watched == m_label && changed && !m_applying) {
            m_applying = true; // our own setPalette() sends a PaletteChange too
            applyNoticeColours(m_label, inheritedPalette(m_label));
            m_applying = false;
        }
        return false;
    }

private:
    bool m_applying = false;
    QLabel* m_label; // the parent: it outlives this filter
};
} // namespace

double contrastRatio(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor warningText(const QColor& background)
{
    return readableOn(QColor(0xc6, 0x28, 0x28), background);
}

QColor positiveText(const QColor& background)
{
    return readableOn(QColor(0x2e, 0x7d, 0x32), background);
}

void setWarningText(QWidget* widget, bool warning)
{
    QPalette palette = inheritedPalette(widget);
    if (warning)
        palette.setColor(QPalette::WindowText, warningText(palette.color(QPalette::Window)));
    widget->setPalette(palette);
}

void styleAsNotice(QLabel* label)
{
    applyNoticeColours(label, inheritedPalette(label));
    label->setAutoFillBackground(true);
    label->setFrameShape(QFrame::Box);
    label->setFrameShadow(QFrame::Sunken);
    label->setMargin(6);
    new NoticeRestyler(label);
}

} // namespace keycard::palettecolors
