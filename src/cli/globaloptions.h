#pragma once

#include "record.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>
#include <optional>

class QCommandLineParser;

namespace keycard::cli {

// The options every command takes, before or after the command's name.
struct GlobalOptions
{
    Q_DECLARE_TR_FUNCTIONS(GlobalOptions)

public:
    QString profile;
    QUrl baseUrl;
    QString organization; // ID or label
    std::optional<OutputFormat> output;
    bool quiet = false;
    bool verbose = false;

    static QList<QCommandLineOption> options();
    // Takes the global options set in `parser` over those held already. Returns an error
    // message for people when a value is unusable.
    std::optional<QString> readFrom(const QCommandLineParser& parser);
    // --output, or a table when stdout is a terminal and JSON when it is not.
    OutputFormat format() const;
};

} // namespace keycard::cli
