#pragma once

#include "Evidence.h"

#include <QObject>
#include <QTemporaryDir>
#include <QUrl>
#include <functional>

namespace csr::ui {

// Opens an evidence file kept in the report with the desktop's program for its type: the bytes
// are checked against their SHA-256, written read-only under their own name into a private
// folder that lives as long as this object, and that copy is opened. Widget-free; tests replace
// the launcher.
class EvidenceOpener : public QObject
{
    Q_OBJECT
public:
    using Launcher = std::function<bool(const QUrl &)>;
    explicit EvidenceOpener(QObject *parent = nullptr);
    // The application's: copies stay while the program runs, since a viewer may still read one.
    static EvidenceOpener *shared();

    void setLauncher(Launcher launcher) { m_launcher = std::move(launcher); }
    // The copy's path, or empty with `error` saying why (damaged, cannot write, cannot open).
    QString open(const Evidence &evidence, QString *error);

private:
    QTemporaryDir m_dir;
    Launcher m_launcher;
};

} // namespace csr::ui
