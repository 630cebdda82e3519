#pragma once

#include <QString>
#include <QUrl>

namespace pac {

// What the sign-in form asks for.
struct SignInRequest
{
    bool demo = true; // the built-in demo portal; else `portal`
    QUrl portal;
    QString userName;
    QString password; // lives only until the sign-in call is made; never stored or logged
    bool remember = false; // keep the token in the keychain for the next start
};

} // namespace pac
