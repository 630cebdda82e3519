#include "models/FieldError.h"

#include <QDebug>

namespace pac {

QJsonObject toJson(const FieldError &error)
{
    return {{QStringLiteral("field"), error.field},
            {QStringLiteral("code"), error.code},
            {QStringLiteral("message"), error.message}};
}

QJsonArray toJson(const QList<FieldError> &errors)
{
    QJsonArray array;
    for (const FieldError &error : errors)
        array.append(toJson(error));
    return array;
}

std::optional<FieldError> fieldErrorFromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject o = value.toObject();
    const QJsonValue field = o.value(QStringLiteral("field"));
    const QJsonValue code = o.value(QStringLiteral("code"));
    const QJsonValue message = o.value(QStringLiteral("message"));
    if (!field.isString() || !code.isString() || !message.isString())
        return std::nullopt;
    return FieldError {field.toString(), code.toString(), message.toString()};
}

QList<FieldError> fieldErrorsFromJson(const QJsonArray &array)
{
    QList<FieldError> errors;
    for (const QJsonValue &value : array) {
        if (auto error = fieldErrorFromJson(value))
            errors.append(*error);
    }
    return errors;
}

const FieldError *findError(const QList<FieldError> &errors, QStringView field)
{
    for (const FieldError &error : errors) {
        if (error.field == field)
            return &error;
    }
    return nullptr;
}

QDebug operator<<(QDebug debug, const FieldError &error)
{
    const QDebugStateSaver saver(debug);
    debug.nospace() << error.field << ": " << error.code << " (" << error.message << ')';
    return debug;
}

} // namespace pac
