#include "server/FaultInjector.h"

#include <QStringList>

namespace pac::server {

namespace {

std::optional<double> share(const QString &text)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || value < 0 || value > 1)
        return std::nullopt;
    return value;
}

std::optional<int> milliseconds(QString text)
{
    int scale = 1;
    if (text.endsWith(QLatin1String("ms"))) {
        text.chop(2);
    } else if (text.endsWith(QLatin1Char('s'))) {
        text.chop(1);
        scale = 1000;
    }
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 0 || value > 600000 / scale)
        return std::nullopt;
    return value * scale;
}

} // namespace

std::optional<FaultSpec> FaultSpec::parse(const QString &spec, QString *error)
{
    FaultSpec result;
    bool slowGiven = false;
    const QStringList items = spec.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &item : items) {
        const qsizetype eq = item.indexOf(QLatin1Char('='));
        const QString key = item.left(eq).trimmed();
        const QString value = eq < 0 ? QString() : item.mid(eq + 1).trimmed();
        bool ok = true;
        if (key == QLatin1String("error")) {
            const auto v = share(value);
            ok = v.has_value();
            result.errorShare = v.value_or(0);
        } else if (key == QLatin1String("drop")) {
            const auto v = share(value);
            ok = v.has_value();
            result.dropShare = v.value_or(0);
        } else if (key == QLatin1String("drop_after")) {
            const auto v = share(value);
            ok = v.has_value();
            result.dropAfterShare = v.value_or(0);
        } else if (key == QLatin1String("slow")) {
            const auto v = share(value);
            ok = v.has_value();
            result.slowShare = v.value_or(0);
            slowGiven = true;
        } else if (key == QLatin1String("delay")) {
            const auto v = milliseconds(value);
            ok = v.has_value();
            result.delayMs = v.value_or(0);
        } else if (key == QLatin1String("seed")) {
            result.seed = value.toUInt(&ok);
        } else {
            *error = QStringLiteral("unknown fault \"%1\" (known: error, drop, drop_after, "
                                    "delay, slow, seed)")
                         .arg(key);
            return std::nullopt;
        }
        if (!ok || eq < 0) {
            *error = QStringLiteral("bad value in \"%1\"").arg(item.trimmed());
            return std::nullopt;
        }
    }
    if (result.errorShare + result.dropShare > 1.0) {
        *error = QStringLiteral("error and drop shares add up to more than 1");
        return std::nullopt;
    }
    if (slowGiven && result.delayMs == 0) {
        *error = QStringLiteral("slow needs a delay");
        return std::nullopt;
    }
    return result;
}

FaultInjector::FaultInjector(const FaultSpec &spec)
    : m_spec(spec)
    , m_random(spec.seed)
{ }

bool FaultInjector::isExempt(const QByteArray &method, const QString &apiPath)
{
    return (method == "GET" && apiPath == QLatin1String("/health"))
        || (method == "POST" && apiPath == QLatin1String("/session"));
}

FaultDecision FaultInjector::next()
{
    // Three draws per request whatever the outcome, so one request's fault never shifts the
    // sequence of the next.
    const double kindDraw = m_random.generateDouble();
    const double splitDraw = m_random.generateDouble();
    const double slowDraw = m_random.generateDouble();

    FaultDecision decision;
    if (kindDraw < m_spec.errorShare)
        decision.kind = FaultKind::Error;
    else if (kindDraw < m_spec.errorShare + m_spec.dropShare)
        decision.kind = splitDraw < m_spec.dropAfterShare ? FaultKind::DropAfterEffect
                                                          : FaultKind::DropBeforeEffect;
    if (m_spec.delayMs > 0 && slowDraw < m_spec.slowShare)
        decision.delayMs = m_spec.delayMs;
    return decision;
}

} // namespace pac::server
