#pragma once

namespace pac::cli {

// agentctl's exit statuses (docs/portal-api.yaml). Scripts branch on these.
enum ExitCode : int {
    Ok = 0, // done
    Failure = 1, // anything else (a local file could not be read, the cache is damaged, ...)
    UsageError = 2, // bad usage or refused by validation; nothing was saved
    Conflict = 3, // the customer changed on the portal: resolve the conflict
    NotAllowed = 4, // not signed in, or the role may not do this
    Unavailable = 75, // network trouble (EX_TEMPFAIL): the edit waits in the outbox
};

} // namespace pac::cli
