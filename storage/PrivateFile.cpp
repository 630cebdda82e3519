#include "storage/PrivateFile.h"

#include <QSaveFile>

namespace pac {

bool PrivateFile::write(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)
        && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        && file.write(bytes) == bytes.size() && file.commit()) {
        return true;
    }
    if (error)
        *error = file.errorString();
    return false;
}

} // namespace pac
