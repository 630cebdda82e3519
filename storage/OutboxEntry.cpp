#include "storage/OutboxEntry.h"

#include <array>
#include <utility>

namespace pac {

namespace {

constexpr std::array<std::pair<EditKind, const char16_t *>, 6> kKinds {{
    {EditKind::InvoiceEmails, u"invoice_emails"},
    {EditKind::PaymentTerms, u"payment_terms"},
    {EditKind::AchManualEnable, u"ach_manual_enable"},
    {EditKind::CreditApplicationSubmit, u"credit_application_submit"},
    {EditKind::CreditDecision, u"credit_decision"},
    {EditKind::InvoiceResend, u"invoice_resend"},
}};

constexpr std::array<std::pair<OutboxState, const char16_t *>, 4> kStates {{
    {OutboxState::Pending, u"pending"},
    {OutboxState::Sending, u"sending"},
    {OutboxState::Conflict, u"conflict"},
    {OutboxState::Failed, u"failed"},
}};

template<typename Table, typename Enum>
QString nameOf(const Table &table, Enum value)
{
    for (const auto &[e, name] : table) {
        if (e == value)
            return QString::fromUtf16(name);
    }
    return {};
}

template<typename Enum, typename Table>
std::optional<Enum> valueOf(const Table &table, QStringView text)
{
    for (const auto &[e, name] : table) {
        if (text == QStringView(name))
            return e;
    }
    return std::nullopt;
}

} // namespace

QString toWire(EditKind kind)
{
    return nameOf(kKinds, kind);
}

QString toWire(OutboxState state)
{
    return nameOf(kStates, state);
}

std::optional<EditKind> editKindFromWire(QStringView text)
{
    return valueOf<EditKind>(kKinds, text);
}

std::optional<OutboxState> outboxStateFromWire(QStringView text)
{
    return valueOf<OutboxState>(kStates, text);
}

} // namespace pac
