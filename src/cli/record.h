#pragma once

#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

namespace keycard::cli {

// One object as keycardctl prints it: the API's field names, in the API's order.
using Record = QList<QPair<QString, QJsonValue>>;

enum class OutputFormat { Table, Json, Csv };

// What a table shows of a record (`fields`), and every field of the kind: the CSV header even
// when the list is empty.
struct TableLayout
{
    QStringList fields;
    QStringList allFields;
};

} // namespace keycard::cli
