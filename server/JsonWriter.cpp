#include "server/JsonWriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace pac::server {

namespace {

void appendString(QByteArray &out, const QString &text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    out += '"';
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u >= 0x20) {
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\b') {
            out += "\\b";
        } else if (c == '\f') {
            out += "\\f";
        } else {
            out += "\\u00";
            out += kHex[u >> 4];
            out += kHex[u & 0xf];
        }
    }
    out += '"';
}

void appendNumber(QByteArray &out, double number)
{
    if (!std::isfinite(number)) {
        out += "null"; // as QJsonDocument does
        return;
    }
    const double integral = std::trunc(number);
    if (integral == number && std::fabs(number) < 9007199254740992.0) // 2^53: exact
        out += QByteArray::number(qint64(number));
    else
        out += QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
}

} // namespace

void appendJson(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        return;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        return;
    case QJsonValue::Double:
        appendNumber(out, value.toDouble());
        return;
    case QJsonValue::String:
        appendString(out, value.toString());
        return;
    case QJsonValue::Array: {
        out += '[';
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                out += ',';
            appendJson(out, array.at(i));
        }
        out += ']';
        return;
    }
    case QJsonValue::Object: {
        out += '{';
        const QJsonObject object = value.toObject();
        bool first = true;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!first)
                out += ',';
            first = false;
            appendString(out, it.key());
            out += ':';
            appendJson(out, it.value());
        }
        out += '}';
        return;
    }
    }
}

} // namespace pac::server
