#include "ui/StatusChip.h"

namespace pac {

StatusChip::StatusChip(QWidget *parent)
    : QLabel(parent)
{
    setAlignment(Qt::AlignCenter);
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    applyTone();
}

StatusChip::StatusChip(const QString &text, Tone tone, QWidget *parent)
    : StatusChip(parent)
{
    showState(text, tone);
}

void StatusChip::setTone(Tone tone)
{
    m_tone = tone;
    applyTone();
}

void StatusChip::showState(const QString &text, Tone tone)
{
    setText(text);
    setTone(tone);
    setVisible(!text.isEmpty());
}

void StatusChip::applyTone()
{
    // Background and text colours per tone: soft fills that stay legible on light and dark
    // palettes because the text colour is chosen with the fill.
    QString background, foreground;
    switch (m_tone) {
    case Tone::Neutral:
        background = QStringLiteral("#e8eaed");
        foreground = QStringLiteral("#3c4043");
        break;
    case Tone::Good:
        background = QStringLiteral("#e6f4ea");
        foreground = QStringLiteral("#137333");
        break;
    case Tone::Info:
        background = QStringLiteral("#e8f0fe");
        foreground = QStringLiteral("#1967d2");
        break;
    case Tone::Warning:
        background = QStringLiteral("#fef7e0");
        foreground = QStringLiteral("#8a5300");
        break;
    case Tone::Bad:
        background = QStringLiteral("#fce8e6");
        foreground = QStringLiteral("#b3261e");
        break;
    }
    setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: 8px; "
                                 "padding: 1px 8px; font-size: 11px; }")
                      .arg(background, foreground));
}

} // namespace pac
