#include "recordwriter.h"

#include "output.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace keycard::cli {

namespace {
constexpr int kMaxColumnWidth = 48;
constexpr int kMinColumnWidth = 4;
const QChar kEllipsis(0x2026);

QByteArray csvCell(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text.toUtf8();
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return '"' + quoted.toUtf8() + '"';
}

QByteArray csvRow(const QStringList& cells)
{
    QByteArray row;
    for (int i = 0; i < cells.size(); ++i) {
        if (i > 0)
            row += ',';
        row += csvCell(cells.at(i));
    }
    return row + "\r\n";
}

QJsonValue field(const Record& record, const QString& name)
{
    for (const auto& [key, value] : record)
        if (key == name)
            return value;
    return QJsonValue::Null;
}

QString oneLine(QString text)
{
    for (QChar& c : text)
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    return text;
}

// A JSON value's text: JSON has no bare-value writer in Qt, so a one-element array is trimmed.
QByteArray jsonText(const QJsonValue& value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}
} // namespace

QString cellText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::String:
        return value.toString();
    default:
        return {};
    }
}

RecordWriter::RecordWriter(OutputFormat format, TableLayout layout, FILE* stream)
    : m_format(format), m_layout(std::move(layout)), m_stream(stream)
{}

QByteArray RecordWriter::jsonObject(const Record& record)
{
    // QJsonObject sorts its keys; the API's order reads better, so the object is built here.
    QByteArray out = "{";
    for (int i = 0; i < record.size(); ++i) {
        if (i > 0)
            out += ", ";
        out += jsonText(QJsonValue(record.at(i).first)) + ": " + jsonText(record.at(i).second);
    }
    return out + "}";
}

void RecordWriter::begin(const QList<Record>& firstBatch)
{
    m_begun = true;
    switch (m_format) {
    case OutputFormat::Json:
        put("[");
        break;
    case OutputFormat::Csv: {
        m_csvFields = m_layout.allFields;
        if (m_csvFields.isEmpty() && !firstBatch.isEmpty())
            for (const auto& pair : firstBatch.first())
                m_csvFields.append(pair.first);
        put(csvRow(m_csvFields));
        break;
    }
    case OutputFormat::Table: {
        for (const QString& name : m_layout.fields) {
            int width = std::max(kMinColumnWidth, int(name.size()));
            for (const Record& record : firstBatch)
                width = std::max(width, int(oneLine(cellText(field(record, name))).size()));
            m_widths.append(std::min(width, kMaxColumnWidth));
        }
        QStringList headings;
        for (const QString& name : m_layout.fields)
            headings.append(name.toUpper());
        put(tableRow(headings));
        break;
    }
    }
}

QByteArray RecordWriter::tableRow(const QStringList& cells) const
{
    QString line;
    for (int i = 0; i < cells.size(); ++i) {
        QString text = oneLine(cells.at(i));
        const int width = m_widths.value(i, kMaxColumnWidth);
        if (text.size() > width)
            text = text.left(width - 1) + kEllipsis;
        if (i + 1 < cells.size())
            text = text.leftJustified(width) + QLatin1String("  ");
        line += text;
    }
    return line.toUtf8() + '\n';
}

void RecordWriter::write(const QList<Record>& batch)
{
    // The header waits for the first rows: a table takes its column widths from them.
    if (batch.isEmpty())
        return;
    if (!m_begun)
        begin(batch);
    QByteArray out;
    for (const Record& record : batch) {
        switch (m_format) {
        case OutputFormat::Json:
            out += (m_written == 0 ? "\n  " : ",\n  ") + jsonObject(record);
            break;
        case OutputFormat::Csv: {
            QStringList cells;
            for (const QString& name : std::as_const(m_csvFields))
                cells.append(cellText(field(record, name)));
            out += csvRow(cells);
            break;
        }
        case OutputFormat::Table: {
            QStringList cells;
            for (const QString& name : std::as_const(m_layout.fields))
                cells.append(cellText(field(record, name)));
            out += tableRow(cells);
            break;
        }
        }
        ++m_written;
    }
    put(out);
}

void RecordWriter::put(const QByteArray& bytes)
{
    if (!failed())
        m_error = writeAll(m_stream, bytes);
}

void RecordWriter::end()
{
    if (!m_begun)
        begin({});
    if (m_format == OutputFormat::Json)
        put(m_written == 0 ? "]\n" : "\n]\n");
}

int RecordWriter::writeOne(OutputFormat format, const TableLayout& layout, const Record& record,
                           FILE* stream)
{
    if (format == OutputFormat::Json)
        return writeAll(stream, QByteArray(jsonObject(record) + '\n'));
    if (format == OutputFormat::Table) {
        // One object reads best as "field: value" lines.
        int width = 0;
        for (const auto& pair : record)
            width = std::max(width, int(pair.first.size()));
        QByteArray out;
        for (const auto& [key, value] : record)
            out += QString(key + QLatin1Char(':')).leftJustified(width + 2).toUtf8() +
                   oneLine(cellText(value)).toUtf8() + '\n';
        return writeAll(stream, out);
    }
    RecordWriter writer(format, layout, stream);
    writer.write({record});
    writer.end();
    return writer.error();
}

} // namespace keycard::cli
