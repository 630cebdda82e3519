#include "models/CreditApplicationJson.h"

namespace pac {

QJsonObject toJson(const CreditApplication &application)
{
    Q_UNUSED(application)
    return {};
}

std::optional<CreditApplication> creditApplicationFromJson(const QJsonObject &object,
                                                           QString *badField)
{
    Q_UNUSED(object)
    Q_UNUSED(badField)
    return std::nullopt;
}

QJsonObject toJson(const CreditDecisionRequest &request)
{
    Q_UNUSED(request)
    return {};
}

std::optional<CreditDecisionRequest> creditDecisionRequestFromJson(const QJsonObject &object,
                                                                   QString *badField)
{
    Q_UNUSED(object)
    Q_UNUSED(badField)
    return std::nullopt;
}

} // namespace pac
