#include "models/Money.h"

namespace pac {

std::optional<Money> Money::parse(QStringView text, const QLocale &locale, ParseError *error)
{
    Q_UNUSED(text)
    Q_UNUSED(locale)
    if (error)
        *error = ParseError::InvalidCharacters;
    return std::nullopt;
}

QString Money::errorCode(ParseError error)
{
    Q_UNUSED(error)
    return {};
}

QString Money::errorMessage(ParseError error, QStringView text)
{
    Q_UNUSED(error)
    return text.toString();
}

FieldError Money::fieldError(ParseError error, QStringView text, const QString &field)
{
    return {field, errorCode(error), errorMessage(error, text)};
}

QString Money::format(const QLocale &locale) const
{
    Q_UNUSED(locale)
    return toPlainString();
}

QString Money::toPlainString() const
{
    return QString::number(m_cents);
}

} // namespace pac
