#pragma once

#include "models/CreditApplication.h"

#include <QHash>
#include <QJsonObject>
#include <QLocale>
#include <QString>

#include <optional>

namespace pac {

// A credit application as the wizard holds it while the user fills it in: the application
// value (models/CreditApplication) plus the text typed into the few fields whose value is not
// text — the two amounts and the years in business — so "12,3" stays on screen and in the
// draft exactly as typed until it is fixed. Fields are named by their JSON names, as the
// validators and the portal name them ("ein", "billing_address.zip",
// "trade_references[1].email", "guarantor.home_address.city").
//
// A draft's content is the application's JSON (creditApplicationFromJson reads it, so the
// edit service can submit it) with the typed texts beside it under TypedMember, which the
// codec ignores.
class CreditApplicationForm
{
public:
    static constexpr QLatin1String TypedMember {"console_typed"};

    explicit CreditApplicationForm(const QLocale &locale = QLocale());

    // A form holding `application` (each amount shown as the locale writes it).
    static CreditApplicationForm fromApplication(const CreditApplication &application,
                                                 const QLocale &locale = QLocale());
    // A form from a draft's content; nullopt (and *badField) when the codec refuses it.
    static std::optional<CreditApplicationForm> fromDraftContent(const QJsonObject &content,
                                                                 const QLocale &locale = QLocale(),
                                                                 QString *badField = nullptr);
    QJsonObject draftContent() const;

    // The application as typed so far: amounts that do not parse count as 0, years as unset;
    // the guarantor only when hasGuarantor().
    CreditApplication application() const;
    const QLocale &locale() const { return m_locale; }

    // The text of a text field (any field but entity_type, signed_on and consent). Returns
    // false, changing nothing, for an unknown field or an unchanged text.
    QString text(QStringView field) const;
    bool setText(QStringView field, const QString &text);

    std::optional<EntityType> entityType() const { return m_application.entityType; }
    bool setEntityType(std::optional<EntityType> type);
    QDate signedOn() const { return m_application.signedOn; }
    bool setSignedOn(const QDate &date);
    bool consent() const { return m_application.consent; }
    bool setConsent(bool consent);

    // The customer's limit now (the requested limit must be above it).
    qint64 currentLimitCents() const { return m_application.currentLimitCents; }
    bool setCurrentLimitCents(qint64 cents);

    // The optional guarantor; its fields are kept while switched off, but not submitted.
    bool hasGuarantor() const { return m_hasGuarantor; }
    bool setHasGuarantor(bool on);

    // Trade references, in order.
    int tradeReferenceCount() const { return int(m_application.tradeReferences.size()); }
    void insertTradeReference(int row);
    void removeTradeReference(int row);

    // The rule's verdict on one field as it is typed now (CreditApplication::validateField).
    std::optional<FieldError> validate(QStringView field) const;

private:
    QString *stringField(QStringView field);
    const QString *stringField(QStringView field) const;
    static bool isTypedField(QStringView field);
    void applyTyped(QStringView field, const QString &text);

    QLocale m_locale;
    CreditApplication m_application; // without the guarantor (see application())
    PersonalGuarantor m_guarantor;
    bool m_hasGuarantor = false;
    QHash<QString, QString> m_typed; // years_in_business and the two amounts, as typed
};

} // namespace pac
