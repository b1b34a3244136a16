#pragma once

#include "observability/alertevent.h"
#include "observability/jobhealth.h"

#include <QCoreApplication>
#include <QString>

// Words for alerts and health: the rules' names, what an alert says, the jobs and their states.
class AlertText final
{
    Q_DECLARE_TR_FUNCTIONS(AlertText)

public:
    AlertText() = delete;

    // "Feed stale", "API error rate", ...
    static QString ruleName(AlertRule rule);
    // "Fired", "Cleared"
    static QString stateText(AlertEvent::Kind kind);
    // "ticker:bithumb" -> "Bithumb ticker"; "fx" -> "USD/KRW rate"; others as they are.
    static QString subjectText(const QString &subject);
    // One line: "Bithumb ticker has had no fresh value for 7 s (limit 5 s)".
    static QString message(const AlertEvent &event);
    // "Healthy", "Stale", "Waiting"
    static QString healthText(JobHealth::State state);
};
