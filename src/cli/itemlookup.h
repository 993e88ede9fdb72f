#pragma once

#include "pagestream.h"

#include <QList>
#include <functional>
#include <memory>

namespace keycard::cli {

// The outcome of finding one item by ID or exact name.
template <typename T>
struct Lookup
{
    enum class Outcome { Found, NotFound, Ambiguous, Failed };
    Outcome outcome = Outcome::NotFound;
    T item;
    QList<T> matches; // Ambiguous: every item of that name
    ApiError error;   // Failed
};

template <typename T>
struct LookupCalls
{
    std::function<RequestHandle(QObject* context, ApiClient::Callback<T> done)> get;
    PageCall<T> list;
};

// ACCOUNT and CREDENTIAL arguments take an ID or an exact name: asks for the ID first (one call),
// and only when there is no such ID goes through the list for items of that exact name.
template <typename T>
void lookUp(QObject* context, const QString& idOrName, LookupCalls<T> calls,
            std::function<void(const Lookup<T>&)> done)
{
    calls.get(context, [context, idOrName, list = calls.list, done](const Result<T>& byId) {
        if (byId.ok()) {
            Lookup<T> found;
            found.outcome = Lookup<T>::Outcome::Found;
            found.item = byId.value();
            done(found);
            return;
        }
        const ApiError::Kind kind = byId.error().kind();
        if (kind != ApiError::Kind::NotFound && kind != ApiError::Kind::Validation &&
            kind != ApiError::Kind::BadRequest) {
            Lookup<T> failed;
            failed.outcome = Lookup<T>::Outcome::Failed;
            failed.error = byId.error();
            done(failed);
            return;
        }
        auto matches = std::make_shared<QList<T>>();
        streamPages<T>(
            context, list,
            [matches, idOrName](const QList<T>& items) {
                for (const T& item : items)
                    if (item.name == idOrName)
                        matches->append(item);
            },
            [matches, done](const std::optional<ApiError>& error) {
                Lookup<T> lookup;
                if (error) {
                    lookup.outcome = Lookup<T>::Outcome::Failed;
                    lookup.error = *error;
                } else if (matches->size() == 1) {
                    lookup.outcome = Lookup<T>::Outcome::Found;
                    lookup.item = matches->first();
                } else if (matches->size() > 1) {
                    lookup.outcome = Lookup<T>::Outcome::Ambiguous;
                    lookup.matches = *matches;
                }
                done(lookup);
            });
    });
}

} // namespace keycard::cli
