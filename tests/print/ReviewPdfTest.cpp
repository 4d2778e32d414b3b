// What the review adds to the printed report: nothing in the public edition, the sign-off record
// and the evidence (index and embedded files) in the internal one, and the comments as PDF notes
// only in the review edition.
#include "CommentAnchoring.h"
#include "Evidence.h"
#include "PdfExporter.h"
#include "PrintTestSupport.h"
#include "ReviewWorkflow.h"
#include "TestSupport.h"

#include <QFileInfo>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <poppler-annotation.h>
#include <poppler-qt6.h>

#include <memory>

using namespace csr;
using namespace csr::test;

namespace {

// Words that cannot be in a report by chance, in a comment and in an evidence file.
const QString CommentMark = QStringLiteral("ZQXCOMMENT4711");
const QString ReplyMark = QStringLiteral("ZQXREPLY0815");
const QByteArray EvidenceMark("ZQXEVIDENCE2501-raw-bytes-of-the-roster");

QByteArray utf16be(const QString &s)
{
    QByteArray out;
    for (const QChar c : s)
        out.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
    return out;
}

struct Reviewed
{
    Document doc;
    QString quotedChapterId;
    QString quote;
};

// The sample under review: a returned chapter, a comment on words of a paragraph, a resolved
// comment on a figure, an evidence file on a figure.
Reviewed reviewedSample()
{
    Reviewed r{loadSample(), {}, {}};
    Document &doc = r.doc;
    doc.review.reviewers = {QStringLiteral("李审核")};
    doc.review.owner = QStringLiteral("朱樱");
    const QDateTime when(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC);
    // The first paragraph of at least 40 characters, in a chapter after the statement.
    forEachChapter(doc.chapters, [&](const ChapterVisit &v) {
        for (const Block &b : v.chapter.blocks)
            if (const auto *p = std::get_if<Paragraph>(&b.content);
                p && r.quote.isEmpty() && v.depth > 0 && p->text.size() > 80 &&
                !p->text.left(40).contains(QStringLiteral("{{"))) {
                r.quotedChapterId = v.chapter.id;
                r.quote = p->text.mid(20, 8);
                doc.review.threads.append(
                    {QStringLiteral("t1"),
                     {AnchorKind::TextRange, v.chapter.id, b.id, {}, 20, r.quote},
                     {{QStringLiteral("李审核"), when, CommentMark},
                      {QStringLiteral("王编辑"), when.addSecs(600), ReplyMark}},
                     false,
                     {},
                     {}});
            }
    });
    doc.review.threads.append({QStringLiteral("t2"),
                               {AnchorKind::Metric, {}, {}, doc.metrics.first().id, 0, {}},
                               {{QStringLiteral("李审核"), when, QStringLiteral("来源？")}},
                               true,
                               QStringLiteral("李审核"),
                               when});
    const QString returned = doc.chapters.first().id;
    REQUIRE(ReviewWorkflow::returnForChanges(doc, returned, FileReviewPolicy(doc.review),
                                             QStringLiteral("李审核"), when, QStringLiteral("补充"))
                .ok());
    auto e = EvidenceFactory::make(doc.metrics.first().id, QStringLiteral("花名册.csv"),
                                   EvidenceMark, QStringLiteral("王编辑"), when, 0);
    REQUIRE(e.ok());
    e.evidence.id = QStringLiteral("e1");
    doc.evidence.append(e.evidence);
    return r;
}

QString exportTo(const QTemporaryDir &dir, const Document &doc, Edition edition, bool review,
                 const QString &name)
{
    print::ExportOptions options;
    options.edition = edition;
    options.review = review;
    const QString path = dir.filePath(name);
    const auto result = print::PdfExporter::exportPdf(doc, path, options);
    INFO(result.error.toStdString());
    REQUIRE(result.ok());
    return path;
}

QByteArray uncompressed(const QString &pdf, const QTemporaryDir &dir)
{
    const QString out = dir.filePath(QStringLiteral("qdf-") + QFileInfo(pdf).fileName());
    const ToolRun r =
        runTool(QStringLiteral("qpdf"),
                {QStringLiteral("--qdf"), QStringLiteral("--object-streams=disable"), pdf, out});
    INFO(r.err.toStdString());
    REQUIRE((r.exitCode == 0 || r.exitCode == 3)); // 3: warnings only
    return readFile(out);
}

bool containsText(const QByteArray &bytes, const QString &s)
{
    return bytes.contains(s.toUtf8()) || bytes.contains(utf16be(s));
}

} // namespace

TEST_CASE("review: the public and internal editions carry no comment, and evidence only internally",
          "[print][pdf][review]")
{
    QTemporaryDir dir;
    const Reviewed r = reviewedSample();
    REQUIRE_FALSE(r.quote.isEmpty());
    const QString pub = exportTo(dir, r.doc, Edition::Public, false, QStringLiteral("public.pdf"));
    const QString internal =
        exportTo(dir, r.doc, Edition::Internal, false, QStringLiteral("internal.pdf"));

    for (const QString &pdf : {pub, internal}) {
        INFO(pdf.toStdString());
        const QString text = pdftotext(pdf);
        const QByteArray bytes = uncompressed(pdf, dir);
        for (const QString &mark : {CommentMark, ReplyMark}) {
            CHECK_FALSE(text.contains(mark));
            CHECK_FALSE(containsText(bytes, mark));
        }
        CHECK_FALSE(bytes.contains("/Subtype /Text")); // no note annotations at all
    }

    // Public: no evidence file, no index, no sign-off record.
    const QString publicText = pdftotext(pub);
    CHECK_FALSE(uncompressed(pub, dir).contains(EvidenceMark));
    CHECK_FALSE(publicText.contains(QStringLiteral("证明材料索引")));
    CHECK_FALSE(publicText.contains(QStringLiteral("签署记录")));
    const ToolRun publicFiles =
        runTool(QStringLiteral("pdfdetach"), {QStringLiteral("-list"), pub});
    // Only the public data set (open-data.md), never an evidence file.
    CHECK(publicFiles.out.startsWith("2 embedded files"));
    CHECK(publicFiles.out.contains("csr-data-2023-public.csv"));

    // Internal: the index with the hash, the record with the return, the file attached.
    const QString internalText = pdftotext(internal);
    CHECK(internalText.contains(QStringLiteral("证明材料索引")));
    for (int group = 0; group < 4; ++group) // printed in groups of 16 hex digits
        CHECK(internalText.contains(r.doc.evidence.first().sha256.mid(16 * group, 16)));
    CHECK(internalText.contains(QStringLiteral("签署记录")));
    const ToolRun files =
        runTool(QStringLiteral("pdfdetach"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                                              QStringLiteral("-list"), internal});
    INFO(files.out.toStdString());
    // The evidence file beside the internal data set; the name tree lists it last
    // ("csr-data-…" sorts before "evidence-1.csv").
    CHECK(files.out.contains("3 embedded files"));
    CHECK(files.out.contains(QStringLiteral("3: 花名册.csv").toUtf8()));
    const QString saved = dir.filePath(QStringLiteral("saved.csv"));
    REQUIRE(runTool(QStringLiteral("pdfdetach"), {QStringLiteral("-save"), QStringLiteral("3"),
                                                  QStringLiteral("-o"), saved, internal})
                .exitCode == 0);
    CHECK(readFile(saved) == EvidenceMark);
}

TEST_CASE("review: the review edition has each comment thread as a note beside its place",
          "[print][pdf][review]")
{
    QTemporaryDir dir;
    const Reviewed r = reviewedSample();
    const QString pdf = exportTo(dir, r.doc, Edition::Internal, true, QStringLiteral("review.pdf"));
    std::unique_ptr<Poppler::Document> doc(Poppler::Document::load(pdf));
    REQUIRE(doc);
    struct Found
    {
        int page;
        QString contents, author;
    };
    QList<Found> notes;
    for (int i = 0; i < doc->numPages(); ++i) {
        std::unique_ptr<Poppler::Page> page(doc->page(i));
        for (const auto &a : page->annotations())
            if (a->subType() == Poppler::Annotation::AText)
                notes.append({i, a->contents(), a->author()});
    }
    REQUIRE(notes.size() == 2);
    const auto open = std::find_if(notes.begin(), notes.end(),
                                   [](const Found &f) { return f.contents.contains(CommentMark); });
    REQUIRE(open != notes.end());
    CHECK(open->contents.contains(ReplyMark));
    CHECK(open->author == QStringLiteral("李审核"));
    // On the page that prints the commented words.
    std::unique_ptr<Poppler::Page> page(doc->page(open->page));
    CHECK(page->text(QRectF())
              .remove(QRegularExpression(QStringLiteral("\\s")))
              .contains(r.quote.left(4)));
    // Every chapter's first page says its review status.
    const QString text = pdftotext(pdf);
    CHECK(text.contains(QStringLiteral("审阅状态")));
    // In the report's language (review.status.*), not the UI translator's English.
    CHECK(text.contains(QStringLiteral("需修改")));
    CHECK_FALSE(text.contains(QStringLiteral("needs changes")));
    // pdfinfo, the command-line view of the same file, reads it too.
    CHECK(runTool(QStringLiteral("pdfinfo"), {pdf}).exitCode == 0);
}

TEST_CASE("review: a passage changed since its chapter's approval is marked in the review edition",
          "[print][pdf][review]")
{
    QTemporaryDir dir;
    Document doc = loadSample();
    doc.review.reviewers = {QStringLiteral("李审核")};
    const QDateTime when(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC);
    // A chapter with two paragraphs long enough to find on the page; the second is edited.
    QString chapterId, keptText, editedBlockId;
    forEachChapter(doc.chapters, [&](const ChapterVisit &v) {
        QList<const Block *> paragraphs;
        for (const Block &b : v.chapter.blocks)
            if (const auto *p = std::get_if<Paragraph>(&b.content);
                p && p->text.size() > 60 && !p->text.left(30).contains(QStringLiteral("{{")))
                paragraphs << &b;
        if (chapterId.isEmpty() && v.depth > 0 && paragraphs.size() >= 2) {
            chapterId = v.chapter.id;
            keptText = std::get<Paragraph>(paragraphs[0]->content).text;
            editedBlockId = paragraphs[1]->id;
        }
    });
    REQUIRE_FALSE(chapterId.isEmpty());
    const FileReviewPolicy policy(doc.review);
    doc.findChapter(chapterId)->status = ChapterStatus::Draft; // the sample's are approved
    REQUIRE(ReviewWorkflow::submit(doc, chapterId, QStringLiteral("王编辑"), when).ok());
    REQUIRE(ReviewWorkflow::approve(doc, chapterId, policy, QStringLiteral("李审核"), when).ok());
    const QString before = exportTo(dir, doc, Edition::Internal, true, QStringLiteral("ok.pdf"));
    const QString edited = QStringLiteral("ZQXEDITED9 这一段在批准后改写过。");
    for (Block &b : doc.findChapter(chapterId)->blocks)
        if (b.id == editedBlockId)
            std::get<Paragraph>(b.content).text = edited;
    const QString after = exportTo(dir, doc, Edition::Internal, true, QStringLiteral("edited.pdf"));

    const auto changeNotes = [](const QString &pdf) {
        QList<QPair<int, QString>> out;
        std::unique_ptr<Poppler::Document> d(Poppler::Document::load(pdf));
        REQUIRE(d);
        for (int i = 0; i < d->numPages(); ++i) {
            std::unique_ptr<Poppler::Page> page(d->page(i));
            for (const auto &a : page->annotations())
                if (a->subType() == Poppler::Annotation::AText &&
                    a->contents().startsWith(QStringLiteral("Changed since")))
                    out.append({i, a->contents()});
        }
        return out;
    };
    CHECK(changeNotes(before).isEmpty());
    const auto notes = changeNotes(after);
    REQUIRE(notes.size() == 1);
    CHECK(notes.first().second.contains(QStringLiteral("李审核")));
    CHECK(notes.first().second.contains(QStringLiteral("2024-03-01")));
    // The note is on the page that prints the edited words.
    std::unique_ptr<Poppler::Document> d(Poppler::Document::load(after));
    std::unique_ptr<Poppler::Page> page(d->page(notes.first().first));
    CHECK(page->text(QRectF()).contains(QStringLiteral("ZQXEDITED9")));
    // The blue bar: in the left margin just before the text (76 points at 72 dpi), clear of
    // the note's icon further left.
    const QImage image = page->renderToImage(72, 72);
    int blue = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 68; x < 74; ++x) {
            const QColor c = image.pixelColor(x, y);
            blue += c.blue() > 150 && c.red() < 90 && c.green() < 150;
        }
    CHECK(blue > 10);
    CHECK(pdftotext(after).contains(QStringLiteral("批准后已修改")));
}
