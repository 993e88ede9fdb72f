#pragma once

#include "apierror.h"

#include <optional>
#include <utility>

namespace keycard {

// Either a value or an ApiError.
template <typename T>
class Result final
{
public:
    static Result success(T value)
    {
        Result r;
        r.m_value.emplace(std::move(value));
        return r;
    }
    static Result failure(ApiError error)
    {
        Result r;
        r.m_error = std::move(error);
        return r;
    }

    bool ok() const { return m_value.has_value(); }
    const T& value() const { return *m_value; }
    T& value() { return *m_value; }
    const ApiError& error() const { return m_error; }

private:
    Result() = default;
    std::optional<T> m_value;
    ApiError m_error;
};

} // namespace keycard
