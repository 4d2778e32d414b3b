#include "ReviewPolicy.h"

namespace csr {

namespace {
bool sameName(const QString &a, const QString &b)
{
    return !a.trimmed().isEmpty() && a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}
} // namespace

bool FileReviewPolicy::mayReview(const QString &user) const
{
    return std::any_of(m_record.reviewers.begin(), m_record.reviewers.end(),
                       [&](const QString &r) { return sameName(r, user); });
}

bool FileReviewPolicy::mayOverrideSignOff(const QString &user) const
{
    return sameName(m_record.owner, user);
}

} // namespace csr
