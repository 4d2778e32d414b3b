#pragma once

#include "Review.h"

#include <QString>

namespace csr {

// Who may do what in a review. The file mode below trusts the user name from Preferences and
// the names listed in the report; the team mode implements the same questions with the
// server's roles, so the server can refuse what a client should not do.
class ReviewPolicy
{
public:
    virtual ~ReviewPolicy() = default;
    // Approve a submitted chapter or return it for changes.
    virtual bool mayReview(const QString &user) const = 0;
    // Sign although chapters are not approved or comments are open, with a reason.
    virtual bool mayOverrideSignOff(const QString &user) const = 0;
};

// File mode: reviewers are the names in ReviewRecord::reviewers, the owner is
// ReviewRecord::owner. Names are compared trimmed and case-insensitively (people type their
// name the same way, but not always with the same capitals).
class FileReviewPolicy : public ReviewPolicy
{
public:
    explicit FileReviewPolicy(const ReviewRecord &record) : m_record(record) {}
    bool mayReview(const QString &user) const override;
    bool mayOverrideSignOff(const QString &user) const override;

private:
    ReviewRecord m_record;
};

} // namespace csr
