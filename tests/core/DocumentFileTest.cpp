#include "DocumentFile.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <csignal>
#include <sys/resource.h>

using namespace csr;

TEST_CASE("The sample survives load, save, load byte for byte")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const Document sample = test::loadSample();
    const QString first = dir.filePath(QStringLiteral("first.csreport"));
    const QString second = dir.filePath(QStringLiteral("second.csreport"));
    REQUIRE(DocumentFile::save(sample, first).isEmpty());
    const auto reread = DocumentFile::load(first);
    REQUIRE(reread.ok());
    CHECK(reread.document == sample);
    REQUIRE(DocumentFile::save(reread.document, second).isEmpty());
    CHECK((test::readFile(first) == test::readFile(second)));
    // The committed sample is itself in the stable form (`csrstudio format`), so saving it
    // changes nothing.
    CHECK((test::readFile(first) == test::readFile(QStringLiteral(CSR_SAMPLE))));
}

TEST_CASE("A corrupt or truncated file is refused and left untouched")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.csreport"));
    const QByteArray whole = test::readFile(QStringLiteral(CSR_SAMPLE));
    const QByteArray truncated = whole.left(whole.size() / 2);
    test::writeFile(path, truncated);
    const auto read = DocumentFile::load(path);
    CHECK(read.error.kind == ReadErrorKind::SyntaxError);
    CHECK(read.error.message.contains(QStringLiteral("broken.csreport")));
    CHECK((test::readFile(path) == truncated));
}

TEST_CASE("Missing files and folders are named")
{
    QTemporaryDir dir;
    auto missing = DocumentFile::load(dir.filePath(QStringLiteral("nope.csreport")));
    CHECK(missing.error.kind == ReadErrorKind::FileUnreadable);
    CHECK(missing.error.message.contains(QStringLiteral("does not exist")));
    auto folder = DocumentFile::load(dir.path());
    CHECK(folder.error.kind == ReadErrorKind::FileUnreadable);
}

TEST_CASE("A huge file is refused before it is read")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.csreport"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.resize(DocumentFormat::MaxFileSize + 1)); // sparse: costs no disk
    f.close();
    const auto read = DocumentFile::load(path);
    CHECK(read.error.kind == ReadErrorKind::TooLarge);
}

TEST_CASE("A failed save leaves the existing file whole")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.csreport"));
    REQUIRE(DocumentFile::save(test::smallDocument(), path).isEmpty());
    const QByteArray before = test::readFile(path);

    SECTION("into a folder that does not exist")
    {
        const QString error = DocumentFile::save(
            test::loadSample(), dir.filePath(QStringLiteral("no/such/dir/x.csreport")));
        CHECK_FALSE(error.isEmpty());
    }
    SECTION("over the same file, when the disk refuses the new bytes half-way")
    {
        // A file-size limit makes the write itself fail, as a full disk would; unlike file
        // permissions it also binds root, so the test means the same in CI.
        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit previousLimit{};
        REQUIRE(getrlimit(RLIMIT_FSIZE, &previousLimit) == 0);
        rlimit limit = previousLimit;
        limit.rlim_cur = 4096;
        REQUIRE(setrlimit(RLIMIT_FSIZE, &limit) == 0);
        const QString error = DocumentFile::save(test::loadSample(), path); // ~100 KB
        setrlimit(RLIMIT_FSIZE, &previousLimit);
        std::signal(SIGXFSZ, previousHandler);
        CHECK_FALSE(error.isEmpty());
        CHECK(error.contains(QStringLiteral("report.csreport")));
    }
    SECTION("a small report, which Qt buffers whole and writes only when committing")
    {
        // Qt 6.4's QSaveFile::commit() renamed such a file, cut at the limit, over the old one.
        Document changed = test::smallDocument();
        changed.metadata.scope = QStringLiteral("changed");
        QString error;
        {
            const test::FileSizeLimit limit(64);
            error = DocumentFile::save(changed, path);
        }
        CHECK_FALSE(error.isEmpty());
    }
    CHECK((test::readFile(path) == before));
    // No temporary files are left beside the document.
    CHECK(QDir(dir.path()).entryList(QDir::Files) ==
          QStringList{QStringLiteral("report.csreport")});
}
