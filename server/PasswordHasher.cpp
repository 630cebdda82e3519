#include "server/PasswordHasher.h"

#include <QRandomGenerator>
#include <QStringList>

#include <openssl/evp.h>

namespace pac::server {

namespace {

constexpr int kSaltBytes = 16;
constexpr int kKeyBytes = 32;
const QLatin1String kScheme("pbkdf2-sha256");

QByteArray derive(const QString &password, const QByteArray &salt, int iterations)
{
    const QByteArray utf8 = password.toUtf8();
    QByteArray key(kKeyBytes, Qt::Uninitialized);
    const int ok = PKCS5_PBKDF2_HMAC(utf8.constData(), int(utf8.size()),
                                     reinterpret_cast<const unsigned char *>(salt.constData()),
                                     int(salt.size()), iterations, EVP_sha256(), kKeyBytes,
                                     reinterpret_cast<unsigned char *>(key.data()));
    return ok == 1 ? key : QByteArray();
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

} // namespace

PasswordHasher::PasswordHasher(int iterations)
    : m_iterations(iterations)
{ }

QString PasswordHasher::hash(const QString &password) const
{
    QByteArray salt(kSaltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()),
                                          kSaltBytes / sizeof(quint32));
    const QByteArray key = derive(password, salt, m_iterations);
    return QStringList {kScheme, QString::number(m_iterations),
                        QString::fromLatin1(salt.toBase64()), QString::fromLatin1(key.toBase64())}
        .join(QLatin1Char('$'));
}

bool PasswordHasher::verify(const QString &password, const QString &storedHash) const
{
    const QStringList parts = storedHash.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts.at(0) != kScheme)
        return false;
    bool ok = false;
    const int iterations = parts.at(1).toInt(&ok);
    if (!ok || iterations < 1)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts.at(3).toLatin1());
    if (salt.isEmpty() || expected.size() != kKeyBytes)
        return false;
    return constantTimeEquals(derive(password, salt, iterations), expected);
}

int PasswordHasher::iterationsOf(const QString &storedHash)
{
    const QStringList parts = storedHash.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts.at(0) != kScheme)
        return 0;
    return std::max(0, parts.at(1).toInt());
}

bool PasswordHasher::needsRehash(const QString &storedHash) const
{
    return iterationsOf(storedHash) < m_iterations;
}

} // namespace pac::server
