#pragma once

#include "command.h"
#include "context.h"
#include "pagestream.h"
#include "recordwriter.h"

namespace keycard::cli {

// A command that prints a whole list: rows are written as each page arrives (each page asked
// for once, 100 a page), with progress on stderr when someone is watching there.
class ListCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;

protected:
    template <typename T>
    void printAll(PageCall<T> call, std::function<Record(const T&)> toRecord, TableLayout layout,
                  std::function<bool(const T&)> keep = {})
    {
        auto writer = std::make_shared<RecordWriter>(context().format(), std::move(layout));
        auto seen = std::make_shared<int>(0);
        streamPages<T>(
            this, std::move(call),
            [this, writer, seen, toRecord, keep](const QList<T>& items) {
                QList<Record> batch;
                for (const T& item : items)
                    if (!keep || keep(item))
                        batch.append(toRecord(item));
                *seen += int(items.size());
                writer->write(batch);
                if (writer->failed()) // no page more for a reader that has gone
                    outputFailed(writer->error());
                else
                    reportProgress(*seen, writer->written());
            },
            [this, writer](const std::optional<ApiError>& error) {
                if (error) {
                    fail(*error);
                    return;
                }
                writer->end();
                finishWritten(writer->error());
            },
            [writer] { return writer->failed(); });
    }

private:
    void reportProgress(int seen, int written);
};

} // namespace keycard::cli
