#pragma once

#include "models/Customer.h"
#include "models/Permissions.h"

#include <QString>

#include <optional>

class QAction;
class QWidget;

namespace pac {

// Role-aware controls (DESIGN.md rule 5): a control the signed-in role may not use, or that a
// billing rule refuses for the customer at hand, is shown disabled with a tooltip saying
// why — for the role, Permissions::whoMay(), e.g. "Only support staff can enable ACH
// manually."; for the rule, its message.
class ControlAccess
{
public:
    // Enables `control` when `role` may take `action` and the rule does not refuse
    // (`ruleRefusal` empty); otherwise disables it with the reason as its tooltip. An
    // enabled control keeps `enabledToolTip`.
    static void apply(QWidget *control, Role role, Action action,
                      const std::optional<QString> &ruleRefusal = std::nullopt,
                      const QString &enabledToolTip = {});
    static void apply(QAction *control, Role role, Action action,
                      const std::optional<QString> &ruleRefusal = std::nullopt,
                      const QString &enabledToolTip = {});

    // The reason a control is disabled, or an empty string when it may be used.
    static QString refusal(Role role, Action action,
                           const std::optional<QString> &ruleRefusal = std::nullopt);
};

} // namespace pac
