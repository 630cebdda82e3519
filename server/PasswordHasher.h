#pragma once

#include <QByteArray>
#include <QString>

namespace pac::server {

// Salted PBKDF2-HMAC-SHA256 password hashes in one self-describing string,
// "pbkdf2-sha256$<iterations>$<salt, base64>$<key, base64>", so the cost can rise later
// without breaking stored hashes. The plain password is never stored or logged.
// kDefaultIterations is OWASP's figure for PBKDF2-HMAC-SHA256 (2023); OpenSSL's
// implementation is an order of magnitude faster than Qt's QPasswordDigestor, so that is
// used (bench/README.md, "Figures behind settings"). A hash still takes far too long for
// the server's thread: SessionEndpoints hashes on a pool.
// Tests pass a few iterations (the seam); a hash of fewer iterations than configured is
// re-hashed on the next successful sign-in (needsRehash).
class PasswordHasher
{
public:
    static constexpr int kDefaultIterations = 600'000;

    explicit PasswordHasher(int iterations = kDefaultIterations);

    // A fresh 16-byte salt from the system's random generator on every call.
    QString hash(const QString &password) const;
    // Recomputes with the stored salt and cost; compares in constant time.
    bool verify(const QString &password, const QString &storedHash) const;
    // Whether `storedHash` costs less than this hasher's iterations (or is not ours).
    bool needsRehash(const QString &storedHash) const;
    int iterations() const { return m_iterations; }
    // The iterations recorded in a stored hash; 0 when it is not one of ours.
    static int iterationsOf(const QString &storedHash);

private:
    int m_iterations;
};

} // namespace pac::server
