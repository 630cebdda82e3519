#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace pac {

// A storage failure, returned as a value (never thrown). `message` is for the user (translated);
// `detail` is the driver's or the operating system's text, for the log. Neither ever holds a
// token, a password or an account number.
struct StorageError
{
    enum class Kind {
        Open, // the database file could not be opened or configured
        Sql, // a statement failed (disk full, locked too long, constraint, ...)
        Migration, // a schema migration step failed (the file is left at the older version)
        SchemaTooNew, // the file was written by a newer program; it is left untouched
        NotFound, // no row with that id
        InvalidState, // the operation does not apply in the row's current state
        InvalidInput, // the caller passed something the cache refuses (nothing was saved)
        Io, // a file outside SQLite (profile folder, credentials file)
        Cancelled, // the caller cancelled the work
    };

    Kind kind = Kind::Sql;
    QString message;
    QString detail;

    static StorageError make(Kind kind, const QString &message, const QString &detail = {});
};

// The value of a storage call or the error that prevented it: a tiny `expected`.
template<typename T>
class [[nodiscard]] StorageResult
{
public:
    StorageResult(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    { }
    StorageResult(StorageError error)
        : m_data(std::in_place_index<1>, std::move(error))
    { }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    // Only when ok().
    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    // Only when !ok().
    const StorageError &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, StorageError> m_data;
};

// The outcome of a storage call that returns nothing but may fail.
template<>
class [[nodiscard]] StorageResult<void>
{
public:
    StorageResult() = default;
    StorageResult(StorageError error)
        : m_error(std::move(error))
        , m_failed(true)
    { }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const StorageError &error() const { return m_error; }

private:
    StorageError m_error;
    bool m_failed = false;
};

using StorageStatus = StorageResult<void>;

} // namespace pac
