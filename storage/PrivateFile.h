#pragma once

#include <QByteArray>
#include <QString>

namespace pac {

// Files the user asks for that name a customer, its addresses or an account's last 4 digits
// (invoice and authorization PDFs): written through a QSaveFile, so the file appears whole or
// not at all, and readable by the user only — set on the temporary file before anything is
// in it, so no other user can read even a part of it.
class PrivateFile
{
public:
    // False, with the system's reason in *error, when it could not be written.
    static bool write(const QString &path, const QByteArray &bytes, QString *error = nullptr);
};

} // namespace pac
