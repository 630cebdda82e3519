#pragma once

#include <QByteArray>
#include <QString>

namespace pac::server {

// Salted PBKDF2-HMAC-SHA256 password hashes in one self-describing string,
// "pbkdf2-sha256$<iterations>$<salt, base64>$<key, base64>", so the cost can rise later
// without breaking stored hashes. The plain password is never stored or logged.
class PasswordHasher
{
public:
    static constexpr int kDefaultIterations = 20000;

    explicit PasswordHasher(int iterations = kDefaultIterations);

    // A fresh 16-byte salt from the system's random generator on every call.
    QString hash(const QString &password) const;
    // Recomputes with the stored salt and cost; compares in constant time.
    bool verify(const QString &password, const QString &storedHash) const;

private:
    int m_iterations;
};

} // namespace pac::server
