#pragma once

#include <QLabel>

namespace pac {

// A small rounded label that marks a state ("Pending", "Conflict", "Near limit", "Offline").
// Colours are used sparingly: a tone says how much attention the state needs.
class StatusChip : public QLabel
{
    Q_OBJECT

public:
    enum class Tone { Neutral, Good, Info, Warning, Bad };

    explicit StatusChip(QWidget *parent = nullptr);
    StatusChip(const QString &text, Tone tone, QWidget *parent = nullptr);

    void setTone(Tone tone);
    Tone tone() const { return m_tone; }
    // Text and tone at once; an empty text hides the chip.
    void showState(const QString &text, Tone tone);

private:
    void applyTone();

    Tone m_tone = Tone::Neutral;
};

} // namespace pac
