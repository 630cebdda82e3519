#include "server/Log.h"

#include <cstring>
#include <mutex>

Q_LOGGING_CATEGORY(lcServer, "pac.server", QtInfoMsg)

namespace pac {

namespace {

// A category filter is process state by nature (Qt offers no other seam); it is set once
// and only ever narrows what QtHttpServer may print.
QLoggingCategory::CategoryFilter g_previousFilter = nullptr;

void filterQtHttpServer(QLoggingCategory *category)
{
    if (g_previousFilter)
        g_previousFilter(category);
    if (std::strncmp(category->categoryName(), "qt.httpserver", 13) == 0)
        category->setEnabled(QtDebugMsg, false);
}

} // namespace

void keepQtHttpServerDebugOff()
{
    static std::once_flag once;
    std::call_once(once,
                   [] { g_previousFilter = QLoggingCategory::installFilter(filterQtHttpServer); });
}

} // namespace pac
