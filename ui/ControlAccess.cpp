#include "ui/ControlAccess.h"

#include <QAction>
#include <QWidget>

namespace pac {

QString ControlAccess::refusal(Role role, Action action, const std::optional<QString> &ruleRefusal)
{
    if (!Permissions::allows(role, action))
        return Permissions::whoMay(action);
    return ruleRefusal.value_or(QString());
}

void ControlAccess::apply(QWidget *control, Role role, Action action,
                          const std::optional<QString> &ruleRefusal, const QString &enabledToolTip)
{
    const QString why = refusal(role, action, ruleRefusal);
    control->setEnabled(why.isEmpty());
    control->setToolTip(why.isEmpty() ? enabledToolTip : why);
}

void ControlAccess::apply(QAction *control, Role role, Action action,
                          const std::optional<QString> &ruleRefusal, const QString &enabledToolTip)
{
    const QString why = refusal(role, action, ruleRefusal);
    control->setEnabled(why.isEmpty());
    // An empty tooltip makes QAction fall back to its text (without the mnemonic).
    control->setToolTip(why.isEmpty() ? enabledToolTip : why);
}

} // namespace pac
