#include "portal/PortalClient.h"

#include "portal/Log.h"
#include "portal/UrlPolicy.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSslSocket>

#include <memory>

namespace pac {

PortalClient::PortalClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    // Shared with the calls in flight, which may outlive the client.
    auto generator = std::make_shared<QRandomGenerator>(QRandomGenerator::securelySeeded());
    m_random = [generator] { return generator->generateDouble(); };
    rebuildTlsConfiguration();
}

PortalClient::~PortalClient() = default;

void PortalClient::setOrigin(const QUrl &origin)
{
    m_origin = origin.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (!isOriginAllowed()) {
        qCWarning(lcPortal).noquote() << "portal origin refused (https, or http to this computer "
                                         "only):"
                                      << m_origin.scheme() + u"://" + m_origin.host();
    }
}

QUrl PortalClient::apiBase() const
{
    QUrl base = m_origin;
    base.setPath(m_origin.path() + ApiBasePath);
    return base;
}

bool PortalClient::isOriginAllowed() const
{
    return isAllowedPortalUrl(m_origin);
}

void PortalClient::setBearerToken(const QByteArray &token)
{
    m_token = token;
}

void PortalClient::clearBearerToken()
{
    m_token.clear();
}

void PortalClient::setTransferTimeout(std::chrono::milliseconds timeout)
{
    // 0 would switch the timeout off (QNetworkRequest); a client always has one.
    m_transferTimeout = std::max(timeout, std::chrono::milliseconds(1));
}

void PortalClient::setRetryPolicy(const RetryPolicy &policy)
{
    m_retryPolicy = policy;
    m_retryPolicy.maxAttempts = std::max(1, policy.maxAttempts);
}

void PortalClient::setExtraCaCertificates(const QList<QSslCertificate> &certificates)
{
    m_extraCaCertificates = certificates;
    rebuildTlsConfiguration();
}

bool PortalClient::addCaCertificatesFromFile(const QString &pemPath, QString *error)
{
    QFile file(pemPath);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read the certificate file %1: %2").arg(pemPath, file.errorString());
        return false;
    }
    const QList<QSslCertificate> certificates
        = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty()) {
        if (error)
            *error = tr("The file %1 holds no PEM certificate.").arg(pemPath);
        return false;
    }
    m_extraCaCertificates += certificates;
    rebuildTlsConfiguration();
    return true;
}

void PortalClient::rebuildTlsConfiguration()
{
    m_tls = QSslConfiguration::defaultConfiguration();
    m_tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    // Adding certificates to the default configuration would switch off the on-demand
    // loading of the system's roots, so the extra ones join an explicit copy of them.
    if (!m_extraCaCertificates.isEmpty())
        m_tls.setCaCertificates(QSslConfiguration::systemCaCertificates() + m_extraCaCertificates);
}

void PortalClient::setRandomSource(std::function<double()> random)
{
    m_random = std::move(random);
}

void PortalClient::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

QByteArray PortalClient::userAgent()
{
    return QByteArrayLiteral("PortalAgentConsole/" PAC_VERSION " Qt/") + qVersion();
}

PortalCall *PortalClient::start(PortalRequest request, QObject *context,
                                PortalCall::Completion completion)
{
    Q_ASSERT_X(context, "PortalClient", "every call needs a context object");
    Q_ASSERT_X(context->thread() == thread(), "PortalClient",
               "the context must live in the client's thread");

    TransportSettings settings;
    settings.network = m_network;
    settings.apiBase = apiBase();
    settings.bearerToken = request.authenticated ? m_token : QByteArray();
    settings.userAgent = userAgent();
    settings.tls = m_tls;
    settings.transferTimeout = m_transferTimeout;
    settings.maxReplyBytes = m_maxReplyBytes;
    settings.retry = m_retryPolicy;
    settings.random = m_random;
    settings.clock = m_clock;

    if (request.authenticated) {
        // A 401 means the session is gone, whatever the call was: tell whoever signs in.
        completion = [client = QPointer<PortalClient>(this),
                      inner = std::move(completion)](const PortalResult<HttpResponse> &outcome) {
            const bool expired
                = !outcome.ok() && outcome.error().kind == PortalError::Kind::Unauthorized;
            inner(outcome);
            if (expired && client)
                emit client->sessionExpired();
        };
    }
    auto *call
        = new PortalCall(std::move(settings), std::move(request), std::move(completion), context);
    call->start();
    return call;
}

} // namespace pac
