#pragma once

namespace keycard::cli {

// keycardctl's exit status: scripts branch on these, so they never change meaning.
enum ExitCode : int {
    ExitDone = 0,
    ExitFailed = 1,         // the server refused or failed (message with the request ID)
    ExitUsage = 2,          // the command line cannot be carried out as given
    ExitOutcomeUnknown = 3, // a create whose answer was lost: never re-sent, check what exists
    ExitSignInFailed = 4,
    ExitOutputFailed = 5, // stdout took not all of it: its reader left, or the disk is full
};

} // namespace keycard::cli
