#pragma once

#include "models/AchBankDetails.h"
#include "models/CreditApplicationJson.h"
#include "portal/PortalCall.h"
#include "portal/PortalResult.h"
#include "portal/PortalTypes.h"
#include "portal/RetryPolicy.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <functional>

class QNetworkAccessManager;

namespace pac {

// The portal API client (docs/portal-api.yaml) over an injected QNetworkAccessManager.
//
// Every endpoint is asynchronous and has the same shape: it takes a context object and a
// callback, and returns the PortalCall handle (abort() cancels; it deletes itself when
// done). The callback runs once on the context's thread with a PortalResult: the decoded
// value, or a PortalError. If the context is destroyed first, the call is aborted and the
// callback never runs. The context must live in the client's thread.
//
// Security: https to any host, plain http only to loopback (else InsecureUrl, nothing sent);
// TLS peers are always verified (extra CA certificates can be added, no error is ever
// ignored); redirects are followed only within the portal's origin, so the Authorization
// header never reaches another one (RedirectRefused); the token, passwords and account
// numbers never appear in a log line.
//
// Retries: GET requests and changes that carry an Idempotency-Key are retried on network
// errors, timeouts, 429, 502, 503 and 504, with exponential backoff and full jitter, honouring
// Retry-After (RetryPolicy). Every attempt of one call carries the same X-Request-Id.
class PortalClient : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Callback = std::function<void(const PortalResult<T> &)>;

    // The base path every endpoint is below, appended to the origin.
    static constexpr QLatin1String ApiBasePath {"/api/v1"};

    // `network` is not owned; calls fail with a Network error once it is gone.
    explicit PortalClient(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~PortalClient() override;

    // The portal's origin, e.g. "https://portal.example.com" or "http://127.0.0.1:8080". A
    // path is kept as a prefix (a portal behind a proxy at /billing → /billing/api/v1).
    void setOrigin(const QUrl &origin);
    QUrl origin() const { return m_origin; }
    // origin + "/api/v1"
    QUrl apiBase() const;
    // Whether calls may go to the origin at all (https, or http to a loopback host).
    bool isOriginAllowed() const;

    // The bearer token sent with every call but health and signIn. signIn sets it.
    void setBearerToken(const QByteArray &token);
    void clearBearerToken();
    bool hasBearerToken() const { return !m_token.isEmpty(); }

    // A call fails with Timeout when no data moves for this long (default 30 s).
    void setTransferTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds transferTimeout() const { return m_transferTimeout; }

    // A reply body larger than this fails the call (BadResponse) as soon as the size is
    // announced or reached (default 64 MiB; the largest page the portal sends is ~2 MiB).
    void setMaxReplyBytes(qint64 bytes) { m_maxReplyBytes = std::max<qint64>(bytes, 1); }
    qint64 maxReplyBytes() const { return m_maxReplyBytes; }

    void setRetryPolicy(const RetryPolicy &policy);
    RetryPolicy retryPolicy() const { return m_retryPolicy; }

    // Certificate authorities trusted in addition to the system's (e.g. a company CA).
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates);
    QList<QSslCertificate> extraCaCertificates() const { return m_extraCaCertificates; }
    // Adds the certificates of a PEM file; false with a translated reason in *error if the
    // file cannot be read or holds no certificate.
    bool addCaCertificatesFromFile(const QString &pemPath, QString *error = nullptr);

    // Seams for deterministic tests: the jitter source (uniform in [0, 1)) and "now" (for
    // Retry-After dates). Defaults: a securely seeded generator and the system clock.
    void setRandomSource(std::function<double()> random);
    void setClock(std::function<QDateTime()> clock);

    // "PortalAgentConsole/<version> Qt/<qVersion()>"
    static QByteArray userAgent();

    // --- Endpoints (API.md). Changes take a ChangeGuard: If-Match and Idempotency-Key. ---

    PortalCall *health(QObject *context, Callback<ServerHealth> done);
    // POST /session. On success the client keeps the token for later calls.
    PortalCall *signIn(const QString &username, const QString &password, QObject *context,
                       Callback<PortalSession> done);

    PortalCall *listCustomers(const CustomerListQuery &query, QObject *context,
                              Callback<CustomerPage> done);
    // With a non-empty ifNoneMatch, a 304 gives CustomerFetch::notModified.
    PortalCall *getCustomer(qint64 customerId, const QByteArray &ifNoneMatch, QObject *context,
                            Callback<CustomerFetch> done);
    PortalCall *putInvoiceEmails(qint64 customerId, const QStringList &emails,
                                 const ChangeGuard &guard, QObject *context,
                                 Callback<Customer> done);
    PortalCall *putPaymentTerms(qint64 customerId, PaymentTermsKind terms, const ChangeGuard &guard,
                                QObject *context, Callback<Customer> done);
    PortalCall *manualEnableAch(qint64 customerId, const QString &reason, const ChangeGuard &guard,
                                QObject *context, Callback<Customer> done);

    PortalCall *listPaymentMethods(qint64 customerId, QObject *context,
                                   Callback<QList<PaymentMethod>> done);

    // ACH authorization and verification (API.md; billing rule 8).
    // GET /ach/authorization-text: the text the payer accepts for `code`, rendered for the
    // customer's company and, when given (non-empty), the account's last 4 digits and type.
    PortalCall *achAuthorizationText(qint64 customerId, AchSecCode code, const QString &last4,
                                     const QString &accountType, QObject *context,
                                     Callback<AchAuthorizationTextResult> done);
    // POST /customers/{id}/payment-methods with the payer's authorization (its text and
    // recordedBy are the portal's and not sent). The new method is pending verification. The
    // bank details exist only in memory and in the request body; never logged.
    PortalCall *addAchPaymentMethod(qint64 customerId, const AchBankDetails &details,
                                    const AchAuthorization &authorization, const ChangeGuard &guard,
                                    QObject *context, Callback<PaymentMethod> done);
    // POST /payment-methods/{id}/verify {amounts_cents}: the key makes a retry harmless (the
    // same key answers the same without using a try); a null key gets a fresh one. A wrong
    // pair is a Validation error with code wrong_amounts (the third: verification_failed) and
    // PortalError::triesLeft.
    PortalCall *verifyPaymentMethod(qint64 methodId, const QList<qint64> &amountsCents,
                                    const QUuid &idempotencyKey, QObject *context,
                                    Callback<PaymentMethod> done);
    // POST /payment-methods/{id}/default (409 not_verified unless verified and not revoked).
    // Sent with an Idempotency-Key of its own, kept across the call's retries.
    PortalCall *setDefaultPaymentMethod(qint64 methodId, QObject *context,
                                        Callback<PaymentMethod> done);
    // GET /payment-methods/{id}/authorization.pdf: the authorization as accepted (last 4 only).
    PortalCall *paymentMethodAuthorizationPdf(qint64 methodId, QObject *context,
                                              Callback<QByteArray> done);
    // POST /payment-methods/{id}/revoke {reason} (409 revoked when it already is). Sent with
    // an Idempotency-Key of its own, kept across the call's retries.
    PortalCall *revokePaymentMethod(qint64 methodId, const QString &reason, QObject *context,
                                    Callback<PaymentMethod> done);

    PortalCall *history(qint64 customerId, const QString &cursor, QObject *context,
                        Callback<HistoryPage> done);

    // Invoices and payments (API.md "Invoices and payments").
    PortalCall *listInvoices(qint64 customerId, const InvoiceQuery &query, QObject *context,
                             Callback<InvoicePage> done);
    PortalCall *getInvoice(qint64 invoiceId, QObject *context, Callback<Invoice> done);
    // The PDF's bytes (application/pdf).
    PortalCall *invoicePdf(qint64 invoiceId, QObject *context, Callback<QByteArray> done);
    // POST /invoices/{id}/send: no If-Match, the key makes a retry or a second push harmless.
    PortalCall *sendInvoice(qint64 invoiceId, const QUuid &idempotencyKey, QObject *context,
                            Callback<InvoiceDelivery> done);
    PortalCall *listPayments(qint64 customerId, const InvoiceQuery &query, QObject *context,
                             Callback<PaymentPage> done);

    PortalCall *createCreditApplication(qint64 customerId, const CreditApplication &application,
                                        const ChangeGuard &guard, QObject *context,
                                        Callback<CreditApplication> done);
    PortalCall *listCreditApplications(const CreditApplicationQuery &query, QObject *context,
                                       Callback<CreditApplicationPage> done);
    PortalCall *getCreditApplication(qint64 applicationId, QObject *context,
                                     Callback<CreditApplication> done);
    // The guard's ETag is the application's.
    PortalCall *decideCreditApplication(qint64 applicationId, const CreditDecisionRequest &decision,
                                        const ChangeGuard &guard, QObject *context,
                                        Callback<CreditApplication> done);

signals:
    // An authenticated call was answered 401: the session is missing or expired.
    void sessionExpired();

private:
    // Starts one call; `completion` receives the raw outcome.
    PortalCall *start(PortalRequest request, QObject *context, PortalCall::Completion completion);
    void rebuildTlsConfiguration();

    QPointer<QNetworkAccessManager> m_network;
    QUrl m_origin;
    QByteArray m_token;
    std::chrono::milliseconds m_transferTimeout {30'000};
    qint64 m_maxReplyBytes = TransportSettings().maxReplyBytes;
    RetryPolicy m_retryPolicy;
    QList<QSslCertificate> m_extraCaCertificates;
    QSslConfiguration m_tls;
    std::function<double()> m_random;
    std::function<QDateTime()> m_clock;
};

} // namespace pac
