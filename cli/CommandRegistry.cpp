#include "cli/CommandRegistry.h"

namespace pac::cli {

void CommandRegistry::add(CommandInfo info)
{
    for (CommandInfo &existing : m_commands) {
        if (existing.name == info.name) {
            existing = std::move(info);
            return;
        }
    }
    m_commands.append(std::move(info));
}

const CommandInfo *CommandRegistry::find(QStringView name) const
{
    for (const CommandInfo &info : m_commands) {
        if (info.name == name)
            return &info;
    }
    return nullptr;
}

} // namespace pac::cli
