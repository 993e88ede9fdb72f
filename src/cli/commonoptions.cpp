#include "commonoptions.h"

#include <QCommandLineParser>

namespace keycard::cli {

namespace {
constexpr int kMaxDescription = 500;
} // namespace

QCommandLineOption CommonOptions::name(const QString& help)
{
    return {QStringLiteral("name"), help, QStringLiteral("NAME")};
}

QCommandLineOption CommonOptions::description(const QString& help)
{
    return {QStringLiteral("description"), help, QStringLiteral("TEXT")};
}

QCommandLineOption CommonOptions::yes()
{
    return {{QStringLiteral("y"), QStringLiteral("yes")},
            tr("Do not ask for confirmation (needed when not on a terminal).")};
}

Patch CommonOptions::patch(const QCommandLineParser& parser)
{
    Patch patch;
    if (parser.isSet(QStringLiteral("name")))
        patch.name = parser.value(QStringLiteral("name"));
    if (parser.isSet(QStringLiteral("description")))
        patch.description = parser.value(QStringLiteral("description"));
    return patch;
}

std::optional<QString> CommonOptions::checkDraft(const Draft& draft)
{
    if (draft.name.trimmed().isEmpty())
        return tr("A name cannot be empty.");
    if (draft.description.size() > kMaxDescription)
        return tr("A description has at most %1 characters; this one has %2.")
            .arg(kMaxDescription)
            .arg(draft.description.size());
    return std::nullopt;
}

std::optional<QString> CommonOptions::checkPatch(const Patch& patch)
{
    if (patch.isEmpty())
        return tr("Nothing to change: give --name or --description.");
    return checkDraft(
        {patch.name.value_or(QStringLiteral("unchanged")), patch.description.value_or(QString())});
}

} // namespace keycard::cli
