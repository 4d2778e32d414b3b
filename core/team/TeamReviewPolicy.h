#pragma once

#include "ReviewPolicy.h"

namespace csr::team {

// Team mode's answer to who may do what in a review: the server's role of the person logged in
// (TeamSession::role()). The server enforces the same (schema version 3); this lets the client
// say why before it asks.
class TeamReviewPolicy : public ReviewPolicy
{
public:
    TeamReviewPolicy(QString person, QString role)
        : m_person(std::move(person)), m_role(std::move(role))
    {
    }
    bool mayReview(const QString &user) const override
    {
        return user == m_person && m_role == QLatin1String("reviewer");
    }
    bool mayOverrideSignOff(const QString &user) const override
    {
        return user == m_person && m_role == QLatin1String("owner");
    }

private:
    QString m_person;
    QString m_role;
};

} // namespace csr::team
