#pragma once

#include "apiclient.h"

#include <QTest>
#include <optional>

namespace keycard::test {

// Collects the answer of one call and counts how often the callback ran.
template <typename T>
class Answer final
{
public:
    ApiClient::Callback<T> callback()
    {
        return [this](const Result<T>& result) {
            ++m_calls;
            m_result.emplace(result);
        };
    }

    bool wait(int timeoutMs = 15000)
    {
        return QTest::qWaitFor([this] { return m_result.has_value(); }, timeoutMs);
    }

    int calls() const { return m_calls; }
    bool arrived() const { return m_result.has_value(); }
    const Result<T>& result() const { return *m_result; }
    bool ok() const { return m_result && m_result->ok(); }
    const T& value() const { return m_result->value(); }
    ApiError::Kind kind() const { return m_result->error().kind(); }
    const ApiError& error() const { return m_result->error(); }

private:
    std::optional<Result<T>> m_result;
    int m_calls = 0;
};

inline const char* kindName(ApiError::Kind kind)
{
    static QByteArray name;
    name = ApiError::kindName(kind).toLatin1();
    return name.constData();
}

} // namespace keycard::test

#define KC_COMPARE_KIND(answer, expected)                                                          \
    QCOMPARE(QString::fromLatin1(keycard::test::kindName((answer).kind())),                        \
             QString::fromLatin1(keycard::test::kindName(expected)))
