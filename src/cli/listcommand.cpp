#include "listcommand.h"

namespace keycard::cli {

void ListCommand::reportProgress(int seen, int written)
{
    if (seen == written)
        context().progress(tr("%n item(s) so far…", nullptr, seen));
    else
        context().progress(tr("%1 of %n item(s) so far match…", nullptr, seen).arg(written));
}

} // namespace keycard::cli
