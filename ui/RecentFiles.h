#pragma once

#include <QObject>
#include <QStringList>

namespace csr::ui {

// The files opened or saved last, newest first, kept in the settings ("recentFiles").
class RecentFiles : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    static constexpr int Max = 8;

    QStringList files() const;
    void add(const QString &absolutePath);

signals:
    void changed();
};

} // namespace csr::ui
