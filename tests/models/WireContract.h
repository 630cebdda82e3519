#pragma once

// What tst_wire_contract needs to hold our encoders against docs/portal-api.yaml: a reader
// for the YAML the schemas are written in (no YAML library is installed), the schemas
// unfolded into member paths, and the comparison of a written document with one of them.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <algorithm>

namespace pac::test {

// ---------------------------------------------------------------------------------------
// A reader for the block-style YAML subset the schema section is written in: mappings and
// sequences by indentation, `- key: value` items, plain and quoted scalars, one-line or
// wrapped flow sequences (`[a, b,\n c]`) and block scalars (`|`, `>-`), whose text is kept
// but not interpreted. Anything else fails with the line number, so a schema written in a
// form this reader does not know cannot pass by being read as nothing.
class YamlSubsetReader
{
public:
    struct Line
    {
        int indent = 0;
        QString text;
        int number = 0;
    };

    // The `components: schemas:` mapping of an OpenAPI document.
    static QJsonObject schemasOf(const QString &document, QString *error)
    {
        QList<Line> lines;
        bool inComponents = false;
        bool inSchemas = false;
        const QStringList all = document.split(u'\n');
        for (int i = 0; i < all.size(); ++i) {
            QString raw = all.at(i);
            if (raw.endsWith(u'\r'))
                raw.chop(1);
            const QString text = raw.trimmed();
            if (text.isEmpty() || text.startsWith(u'#'))
                continue;
            int indent = 0;
            while (indent < raw.size() && raw.at(indent) == u' ')
                ++indent;
            if (raw.at(indent) == u'\t') {
                *error = QStringLiteral("line %1: a tab in the indentation").arg(i + 1);
                return {};
            }
            if (indent == 0) {
                inComponents = text == u"components:";
                inSchemas = false;
                continue;
            }
            if (inComponents && indent == 2) {
                inSchemas = text == u"schemas:";
                continue;
            }
            if (inSchemas)
                lines.append({indent, text, i + 1});
        }
        if (lines.isEmpty()) {
            *error = QStringLiteral("no `components: schemas:` section");
            return {};
        }
        YamlSubsetReader reader(std::move(lines));
        const QJsonValue value = reader.block(reader.m_lines.first().indent);
        if (reader.m_error.isEmpty() && reader.m_pos < reader.m_lines.size())
            reader.fail(QStringLiteral("unexpected indentation"));
        *error = reader.m_error;
        return value.toObject();
    }

    // A whole document (for the reader's own test).
    static QJsonValue read(const QString &document, QString *error)
    {
        QList<Line> lines;
        const QStringList all = document.split(u'\n');
        for (int i = 0; i < all.size(); ++i) {
            const QString text = all.at(i).trimmed();
            if (text.isEmpty() || text.startsWith(u'#'))
                continue;
            int indent = 0;
            while (all.at(i).at(indent) == u' ')
                ++indent;
            lines.append({indent, text, i + 1});
        }
        if (lines.isEmpty())
            return QJsonValue::Null;
        YamlSubsetReader reader(std::move(lines));
        const QJsonValue value = reader.block(reader.m_lines.first().indent);
        if (reader.m_error.isEmpty() && reader.m_pos < reader.m_lines.size())
            reader.fail(QStringLiteral("unexpected indentation"));
        *error = reader.m_error;
        return value;
    }

private:
    explicit YamlSubsetReader(QList<Line> lines)
        : m_lines(std::move(lines))
    { }

    static bool isItem(const QString &text) { return text == u"-" || text.startsWith(u"- "); }

    // Where the key of `key: value` / `key:` ends, or -1 when the text is a plain scalar.
    static qsizetype keyEnd(const QString &text)
    {
        QChar quote;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (!quote.isNull()) {
                if (c == quote)
                    quote = QChar();
                continue;
            }
            if (i == 0 && (c == u'\'' || c == u'"')) {
                quote = c;
                continue;
            }
            if (i == 0 && (c == u'[' || c == u'{'))
                return -1;
            if (c == u':' && (i + 1 == text.size() || text.at(i + 1) == u' '))
                return i;
        }
        return -1;
    }

    static QString unquote(const QString &text)
    {
        if (text.size() >= 2 && text.startsWith(u'\'') && text.endsWith(u'\''))
            return text.mid(1, text.size() - 2).replace(QStringLiteral("''"), QStringLiteral("'"));
        if (text.size() >= 2 && text.startsWith(u'"') && text.endsWith(u'"'))
            return text.mid(1, text.size() - 2);
        return text;
    }

    // Names the line being read: the next one, or the last one read at the end.
    void fail(const QString &what)
    {
        if (!m_error.isEmpty())
            return;
        const qsizetype at = std::min(m_pos, m_lines.size() - 1);
        m_error = QStringLiteral("line %1: %2").arg(m_lines.at(at).number).arg(what);
    }

    QJsonValue block(int indent)
    {
        if (m_pos < m_lines.size() && isItem(m_lines.at(m_pos).text))
            return sequence(indent);
        return mapping(indent);
    }

    QJsonObject mapping(int indent)
    {
        QJsonObject object;
        while (m_error.isEmpty() && m_pos < m_lines.size() && m_lines.at(m_pos).indent == indent
               && !isItem(m_lines.at(m_pos).text)) {
            const QString text = m_lines.at(m_pos).text;
            const qsizetype colon = keyEnd(text);
            if (colon <= 0) {
                fail(QStringLiteral("expected `key: value`"));
                break;
            }
            const QString key = unquote(text.left(colon).trimmed());
            if (object.contains(key)) {
                fail(QStringLiteral("`%1` twice").arg(key));
                break;
            }
            ++m_pos;
            object.insert(key, value(text.mid(colon + 1).trimmed(), indent));
        }
        return object;
    }

    QJsonArray sequence(int indent)
    {
        QJsonArray array;
        while (m_error.isEmpty() && m_pos < m_lines.size() && m_lines.at(m_pos).indent == indent
               && isItem(m_lines.at(m_pos).text)) {
            Line &line = m_lines[m_pos];
            const QString content = line.text.mid(1).trimmed();
            if (!content.isEmpty() && keyEnd(content) > 0) {
                // `- key: value` opens a mapping at the column of `key`.
                line.indent += int(line.text.indexOf(content));
                line.text = content;
                array.append(mapping(line.indent));
            } else {
                ++m_pos;
                array.append(value(content, indent));
            }
        }
        return array;
    }

    // The value after `key:` (or `-`) on a line of `indent`; m_pos is at the next line.
    QJsonValue value(const QString &rest, int indent)
    {
        const bool deeper = m_pos < m_lines.size() && m_lines.at(m_pos).indent > indent;
        if (rest.isEmpty()) {
            if (deeper)
                return block(m_lines.at(m_pos).indent);
            // A sequence may sit at its key's own indentation.
            if (m_pos < m_lines.size() && m_lines.at(m_pos).indent == indent
                && isItem(m_lines.at(m_pos).text)) {
                return sequence(indent);
            }
            return QJsonValue::Null;
        }
        if (rest.startsWith(u'|') || rest.startsWith(u'>')) {
            QStringList text;
            while (m_pos < m_lines.size() && m_lines.at(m_pos).indent > indent)
                text.append(m_lines.at(m_pos++).text);
            return text.join(rest.startsWith(u'|') ? u'\n' : u' ');
        }
        if (rest.startsWith(u'{')) {
            --m_pos; // the line just read
            fail(QStringLiteral("flow mappings are not read"));
            return {};
        }
        QString text = rest;
        if (rest.startsWith(u'[')) {
            while (!text.endsWith(u']') && m_pos < m_lines.size()
                   && m_lines.at(m_pos).indent > indent) {
                text += u' ' + m_lines.at(m_pos++).text;
            }
            return flowSequence(text);
        }
        while (m_pos < m_lines.size() && m_lines.at(m_pos).indent > indent) { // a wrapped scalar
            if (keyEnd(m_lines.at(m_pos).text) > 0 || isItem(m_lines.at(m_pos).text)) {
                fail(QStringLiteral("`key: value` under a scalar"));
                return {};
            }
            text += u' ' + m_lines.at(m_pos++).text;
        }
        return unquote(text);
    }

    QJsonArray flowSequence(const QString &text)
    {
        if (!text.endsWith(u']') || text.mid(1).contains(u'[')) {
            --m_pos; // the line just read
            fail(QStringLiteral("a flow sequence this reader does not know: %1").arg(text));
            return {};
        }
        QJsonArray array;
        QString item;
        QChar quote;
        const QString inside = text.mid(1, text.size() - 2);
        for (const QChar c : inside) {
            if (!quote.isNull()) {
                if (c == quote)
                    quote = QChar();
                item += c;
            } else if (c == u'\'' || c == u'"') {
                quote = c;
                item += c;
            } else if (c == u',') {
                array.append(unquote(item.trimmed()));
                item.clear();
            } else {
                item += c;
            }
        }
        if (!item.trimmed().isEmpty())
            array.append(unquote(item.trimmed()));
        return array;
    }

    QList<Line> m_lines;
    qsizetype m_pos = 0;
    QString m_error;
};

// ---------------------------------------------------------------------------------------
// One schema unfolded into paths: "ach.enabled_by.at", "billing_contacts[].email" ("[]" is
// an array's items), each with the schema that describes it.
class SchemaPaths
{
public:
    SchemaPaths(const QJsonObject &schemas, const QString &root)
        : m_schemas(schemas)
    {
        if (!schemas.contains(root)) {
            m_problems.append(QStringLiteral("the schema has no `%1`").arg(root));
            return;
        }
        unfold(schemas.value(root).toObject(), QString(), 0);
    }

    QStringList problems() const { return m_problems; }
    QSet<QString> membersOf(const QString &path) const { return m_members.value(path); }
    QSet<QString> memberPaths() const { return m_memberPaths; }
    bool describesMembers(const QString &path) const { return m_members.contains(path); }

    // The JSON types the schema allows at `path`; empty: any.
    QSet<QString> typesAt(const QString &path) const { return types(m_nodes.value(path), 0); }
    QSet<QString> enumAt(const QString &path) const { return enumeration(m_nodes.value(path), 0); }

    static QString join(const QString &path, const QString &name)
    {
        return path.isEmpty() ? name : path + u'.' + name;
    }

private:
    static constexpr int kMaxDepth = 16;

    QJsonObject resolve(QJsonObject node, int depth) const
    {
        while (node.contains(QStringLiteral("$ref")) && depth++ < kMaxDepth) {
            const QString ref = node.value(QStringLiteral("$ref")).toString();
            const QString prefix = QStringLiteral("#/components/schemas/");
            node = ref.startsWith(prefix) ? m_schemas.value(ref.mid(prefix.size())).toObject()
                                          : QJsonObject();
        }
        return node;
    }

    // The schema and, for oneOf/anyOf/allOf, each alternative.
    QList<QJsonObject> alternatives(const QJsonObject &node, int depth) const
    {
        QList<QJsonObject> all {resolve(node, depth)};
        for (const char *key : {"oneOf", "anyOf", "allOf"}) {
            for (const QJsonValue &option : all.first().value(QLatin1String(key)).toArray())
                all.append(resolve(option.toObject(), depth));
        }
        return all;
    }

    QSet<QString> types(const QJsonObject &node, int depth) const
    {
        QSet<QString> result;
        for (const QJsonObject &option : alternatives(node, depth)) {
            const QJsonValue type = option.value(QStringLiteral("type"));
            if (type.isString())
                result.insert(type.toString());
            for (const QJsonValue &t : type.toArray())
                result.insert(t.toString());
            if (type.isUndefined() && option.contains(QStringLiteral("properties")))
                result.insert(QStringLiteral("object"));
        }
        return result;
    }

    QSet<QString> enumeration(const QJsonObject &node, int depth) const
    {
        QSet<QString> result;
        for (const QJsonObject &option : alternatives(node, depth)) {
            for (const QJsonValue &v : option.value(QStringLiteral("enum")).toArray())
                result.insert(v.toString());
        }
        return result;
    }

    void unfold(const QJsonObject &node, const QString &path, int depth)
    {
        if (depth > kMaxDepth) {
            m_problems.append(QStringLiteral("%1: nested too deep").arg(path));
            return;
        }
        m_nodes.insert(path, node);
        for (const QJsonObject &option : alternatives(node, depth)) {
            const QJsonValue properties = option.value(QStringLiteral("properties"));
            if (properties.isObject()) {
                if (!m_members.contains(path)) // no members is still a list of members
                    m_members.insert(path, {});
                const QJsonObject object = properties.toObject();
                for (auto it = object.begin(); it != object.end(); ++it) {
                    m_members[path].insert(it.key()); // (unfolding below may rehash)
                    m_memberPaths.insert(join(path, it.key()));
                    unfold(it.value().toObject(), join(path, it.key()), depth + 1);
                }
            }
            if (const QJsonValue items = option.value(QStringLiteral("items")); items.isObject())
                unfold(items.toObject(), path + QStringLiteral("[]"), depth + 1);
        }
    }

    QJsonObject m_schemas;
    QHash<QString, QJsonObject> m_nodes;
    QHash<QString, QSet<QString>> m_members;
    QSet<QString> m_memberPaths;
    QStringList m_problems;
};

inline QString jsonType(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return value.toDouble() == double(value.toInteger()) ? QStringLiteral("integer")
                                                             : QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

inline QString sorted(const QSet<QString> &names)
{
    QStringList list(names.begin(), names.end());
    list.sort();
    return list.join(QStringLiteral(", "));
}

// Compares a written document with the schema; returns what disagrees, one line each.
class ContractCheck
{
public:
    ContractCheck(const SchemaPaths &schema, const QJsonObject &document, bool fullyPopulated)
        : m_schema(schema)
    {
        m_problems = schema.problems();
        check(document, QString());
        if (fullyPopulated) {
            const QSet<QString> unwritten = schema.memberPaths() - m_written;
            if (!unwritten.isEmpty())
                m_problems.append(QStringLiteral("the schema lists, the sample does not write: %1")
                                      .arg(sorted(unwritten)));
        }
    }

    QStringList problems() const { return m_problems; }

private:
    void check(const QJsonValue &value, const QString &path)
    {
        const QString where = path.isEmpty() ? QStringLiteral("(document)") : path;
        const QString type = jsonType(value);
        const QSet<QString> allowed = m_schema.typesAt(path);
        if (!allowed.isEmpty() && !allowed.contains(type)
            && !(type == u"integer" && allowed.contains(QStringLiteral("number")))) {
            m_problems.append(QStringLiteral("%1: written as %2, the schema says %3")
                                  .arg(where, type, sorted(allowed)));
        }
        const QSet<QString> values = m_schema.enumAt(path);
        if (value.isString() && !values.isEmpty() && !values.contains(value.toString())) {
            m_problems.append(QStringLiteral("%1: \"%2\" is not one of %3")
                                  .arg(where, value.toString(), sorted(values)));
        }
        if (value.isArray()) {
            for (const QJsonValue &item : value.toArray())
                check(item, path + QStringLiteral("[]"));
        }
        if (!value.isObject())
            return;
        const QJsonObject object = value.toObject();
        if (!m_schema.describesMembers(path)) {
            m_problems.append(
                QStringLiteral("%1: an object whose members the schema does not list").arg(where));
            return;
        }
        const QSet<QString> expected = m_schema.membersOf(path);
        QSet<QString> written;
        for (auto it = object.begin(); it != object.end(); ++it)
            written.insert(it.key());
        if (const QSet<QString> extra = written - expected; !extra.isEmpty()) {
            m_problems.append(
                QStringLiteral("%1: written, not in the schema: %2").arg(where, sorted(extra)));
        }
        if (const QSet<QString> missing = expected - written; !missing.isEmpty()) {
            m_problems.append(
                QStringLiteral("%1: in the schema, not written: %2").arg(where, sorted(missing)));
        }
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!expected.contains(it.key()))
                continue;
            const QString member = SchemaPaths::join(path, it.key());
            m_written.insert(member);
            check(it.value(), member);
        }
    }

    const SchemaPaths &m_schema;
    QStringList m_problems;
    QSet<QString> m_written;
};

} // namespace pac::test
