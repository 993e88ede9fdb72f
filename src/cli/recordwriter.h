#pragma once

#include "record.h"

#include <QByteArray>
#include <QList>
#include <cstdio>

namespace keycard::cli {

// Writes records to a stream as they come, page after page, flushing after each batch, so a
// long list starts printing at once.
//   json:  one array of objects, one object a line; "]" only after end(), so a list that broke
//          off is not valid JSON and no script mistakes it for the whole list.
//   csv:   a header row of field names, then RFC 4180 rows.
//   table: the layout's fields, column widths from the first batch (longer cells elided).
class RecordWriter final
{
public:
    RecordWriter(OutputFormat format, TableLayout layout, FILE* stream = stdout);
    Q_DISABLE_COPY_MOVE(RecordWriter)

    void write(const QList<Record>& batch);
    // Closes the list (writes "[]" or the header when nothing came).
    void end();
    int written() const { return m_written; }
    // The stream took not all that was written (its errno in error()); nothing more is written.
    bool failed() const { return m_error != 0; }
    int error() const { return m_error; }

    // A single object, not a list: json prints the object, csv a header and one row. Returns
    // the errno when the stream did not take it all, 0 when it did.
    static int writeOne(OutputFormat format, const TableLayout& layout, const Record& record,
                        FILE* stream = stdout);
    static QByteArray jsonObject(const Record& record);

private:
    void begin(const QList<Record>& firstBatch);
    QByteArray tableRow(const QStringList& cells) const;
    void put(const QByteArray& bytes);

    OutputFormat m_format;
    TableLayout m_layout;
    FILE* m_stream;
    QStringList m_csvFields;
    QList<int> m_widths;
    bool m_begun = false;
    int m_written = 0;
    int m_error = 0;
};

// The text of a value in a table or CSV cell: null is empty, booleans are true/false.
QString cellText(const QJsonValue& value);

} // namespace keycard::cli
