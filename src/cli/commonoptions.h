#pragma once

#include "types.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <optional>

class QCommandLineParser;

namespace keycard::cli {

// Options that several commands share, and the checks of their values.
struct CommonOptions
{
    Q_DECLARE_TR_FUNCTIONS(CommonOptions)

public:
    static QCommandLineOption name(const QString& help);
    static QCommandLineOption description(const QString& help);
    static QCommandLineOption yes();

    // --name and --description as an update's patch (only what was given).
    static Patch patch(const QCommandLineParser& parser);
    // A message for people when a create's or an update's fields cannot be sent as given.
    static std::optional<QString> checkDraft(const Draft& draft);
    static std::optional<QString> checkPatch(const Patch& patch);
};

} // namespace keycard::cli
