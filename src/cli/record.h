#pragma once

#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

namespace keycard::cli {

// One object as keycardctl prints it: the API's field names, in the API's order.
using Record = QList<QPair<QString, QJsonValue>>;

enum class OutputFormat { Table, Json, Csv };

// What a table shows of a record (JSON and CSV show every field).
struct TableLayout
{
    QStringList fields;
};

} // namespace keycard::cli
