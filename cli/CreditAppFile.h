#pragma once

#include "models/CreditApplication.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace pac::cli {

// The file of `agentctl credit-app new ID --from FILE.json`: one JSON object with the members
// of a credit application as the portal takes it (POST /customers/{id}/credit-applications,
// models/CreditApplicationJson.h: snake_case names, money in integer cents, dates
// YYYY-MM-DD). What is the portal's to set (id, customer_id, version, status, submitted_*,
// decision) is ignored. resources/examples/credit-application.json is a complete example.
class CreditAppFile
{
    Q_DECLARE_TR_FUNCTIONS(pac::cli::CreditAppFile)

public:
    struct Result
    {
        std::optional<CreditApplication> application;
        QString error; // when not read: why, naming the file and the place or field
        bool unreadable = false; // the file itself could not be read (not its content)
    };

    static Result read(const QString &path);
    static Result parse(const QByteArray &json, const QString &name);
};

} // namespace pac::cli
