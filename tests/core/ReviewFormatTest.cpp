#include "DocumentFormat.h"
#include "ReviewWorkflow.h"
#include "SignOffGate.h"
#include "TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace csr;

namespace {

// A report as version 1 of the program wrote it: statuses typed by anyone, no review section.
const char *FormatOneReport = R"({
    "chapters": [
        {"id": "c1", "key": "statement", "title": "公开陈述", "required": true,
         "status": "approved",
         "blocks": [{"id": "b1", "type": "paragraph", "text": "收入 {{revenue}} 亿元。"},
                    {"id": "b2", "type": "signature"}]},
        {"id": "c2", "title": "领导关怀", "required": true, "status": "submitted",
         "blocks": [{"id": "b3", "type": "list", "items": ["文明单位"]}]}
    ],
    "formatVersion": 1,
    "metadata": {"unitName": "测试单位", "year": 2023, "standards": []},
    "metrics": [{"id": "revenue", "label": "经营收入", "value": 12.5, "unit": "亿元",
                 "previousValue": 5}],
    "signatory": {"name": "张三"}
})";

Document reviewedDocument()
{
    Document doc = test::smallDocument();
    ReviewRecord &r = doc.review;
    r.reviewers = {QStringLiteral("李审核")};
    r.owner = QStringLiteral("张三");
    r.tolerancePercent = 25;
    r.metricTolerances.insert(QStringLiteral("staff.total"), 12.5);
    r.tableTolerances.insert(QStringLiteral("b4"), 20);
    const QDateTime when(QDate(2024, 3, 1), QTime(9, 30), Qt::UTC);
    r.explanations.insert(QStringLiteral("staff.total"),
                          {QStringLiteral("合并了两个营业部"), QStringLiteral("王编辑"), when});
    r.threads.append({QStringLiteral("t1"),
                      {AnchorKind::TextRange,
                       QStringLiteral("c1"),
                       QStringLiteral("b1"),
                       {},
                       14,
                       QStringLiteral("收入")},
                      {{QStringLiteral("李审核"), when, QStringLiteral("口径？")},
                       {QStringLiteral("王编辑"), when.addSecs(60), QStringLiteral("含税")}},
                      true,
                      QStringLiteral("李审核"),
                      when.addSecs(120)});
    r.threads.append({QStringLiteral("t2"),
                      {AnchorKind::Metric, {}, {}, QStringLiteral("revenue"), 0, {}},
                      {{QStringLiteral("李审核"), when, QStringLiteral("来源？")}},
                      false,
                      {},
                      {}});
    ReviewWorkflow::submit(doc, QStringLiteral("c1"), QStringLiteral("王编辑"), when);
    ReviewWorkflow::returnForChanges(doc, QStringLiteral("c1"), FileReviewPolicy(r),
                                     QStringLiteral("李审核"), when, QStringLiteral("补充"));
    ReviewWorkflow::submit(doc, QStringLiteral("c2"), QStringLiteral("王编辑"), when);
    ReviewWorkflow::approve(doc, QStringLiteral("c2"), FileReviewPolicy(r),
                            QStringLiteral("李审核"), when.addSecs(30));
    r.overrides.append({QStringLiteral("张三"),
                        when,
                        QStringLiteral("上级要求按期报送"),
                        {QStringLiteral("an open comment")}});
    return doc;
}

} // namespace

TEST_CASE("Comments, review steps, tolerances and overrides survive a round trip")
{
    const Document doc = reviewedDocument();
    REQUIRE(doc.review.history.size() == 4);
    REQUIRE(doc.review.history.last().blockFingerprints.size() == 2);
    const QByteArray json = DocumentFormat::toJson(doc);
    CHECK(json.contains("\"blockFingerprints\""));
    CHECK(json.contains(test::formatVersionLine()));
    CHECK(json.contains("\"needsChanges\""));
    const auto read = DocumentFormat::fromJson(json);
    REQUIRE(read.ok());
    CHECK(read.document.review == doc.review);
    CHECK(read.document == doc);
    CHECK(DocumentFormat::toJson(read.document) == json);
}

TEST_CASE("A report without review writes no review section")
{
    const QByteArray json = DocumentFormat::toJson(test::smallDocument());
    CHECK_FALSE(json.contains("\"review\""));
    CHECK_FALSE(json.contains("\"evidence\""));
}

TEST_CASE("A format 1 report reads with its statuses, is not under review and saves as format 3")
{
    const auto read = DocumentFormat::fromJson(FormatOneReport);
    REQUIRE(read.ok());
    const Document &doc = read.document;
    CHECK(doc.chapters[0].status == ChapterStatus::Approved);
    CHECK(doc.chapters[1].status == ChapterStatus::Submitted);
    CHECK_FALSE(doc.review.isInUse());
    CHECK(ReviewWorkflow::effectiveStatus(doc, doc.chapters[0]) == ChapterStatus::Approved);
    // Not under review: the gate lets it through, though a chapter is only submitted and the
    // revenue grew by 150 % without an explanation.
    CHECK(SignOffGate::blockers(doc).isEmpty());
    CHECK(SignOffGate::openPoints(doc).size() == 2);
    const QByteArray written = DocumentFormat::toJson(doc);
    CHECK(written.contains(test::formatVersionLine()));
    const auto again = DocumentFormat::fromJson(written);
    REQUIRE(again.ok());
    CHECK(again.document == doc);
}

TEST_CASE("Damaged review sections are refused with their place")
{
    const auto readWith = [](const std::function<void(QJsonObject &)> &edit) {
        QJsonObject root =
            QJsonDocument::fromJson(DocumentFormat::toJson(reviewedDocument())).object();
        QJsonObject review = root.value(QStringLiteral("review")).toObject();
        edit(review);
        root.insert(QStringLiteral("review"), review);
        return DocumentFormat::fromJson(QJsonDocument(root).toJson());
    };
    const auto negative =
        readWith([](QJsonObject &r) { r.insert(QStringLiteral("tolerancePercent"), -3); });
    CHECK(negative.error.path == QStringLiteral("review.tolerancePercent"));
    const auto badKind = readWith([](QJsonObject &r) {
        QJsonDocument d(r);
        QByteArray bytes = d.toJson().replace("\"textRange\"", "\"margin\"");
        r = QJsonDocument::fromJson(bytes).object();
    });
    CHECK(badKind.error.kind == ReadErrorKind::InvalidValue);
    CHECK(badKind.error.path == QStringLiteral("review.threads[0].anchor.kind"));
    const auto badStatus = readWith([](QJsonObject &r) {
        QByteArray bytes = QJsonDocument(r).toJson().replace("\"needsChanges\"", "\"done\"");
        r = QJsonDocument::fromJson(bytes).object();
    });
    CHECK(badStatus.error.path == QStringLiteral("review.history[1].status"));
}

TEST_CASE("The sign-off gate names what is open and records the owner's override")
{
    Document doc = reviewedDocument();
    const FileReviewPolicy policy(doc.review);
    const QDateTime when(QDate(2024, 3, 2), QTime(10, 0), Qt::UTC);
    const auto blockers = SignOffGate::blockers(doc);
    QStringList messages;
    for (const auto &b : blockers)
        messages << b.message;
    const QString all = messages.join(QLatin1Char('\n'));
    CHECK(all.contains(QStringLiteral("\"一、公开陈述\" is not approved (needs changes)")));
    CHECK(all.contains(QStringLiteral("open comment on figure 经营收入 (revenue)")));
    CHECK_FALSE(all.contains(QStringLiteral("t1"))); // resolved threads do not block

    const Document before = doc;
    CHECK_FALSE(
        SignOffGate::recordOverride(doc, policy, QStringLiteral("张三"), when, QString(), blockers)
            .ok());
    const auto notOwner = SignOffGate::recordOverride(doc, policy, QStringLiteral("李审核"), when,
                                                      QStringLiteral("急"), blockers);
    CHECK(notOwner.error.contains(QStringLiteral("Only the report's owner (张三)")));
    CHECK(doc == before);
    REQUIRE(SignOffGate::recordOverride(doc, policy, QStringLiteral("张三"), when,
                                        QStringLiteral("按期报送"), blockers)
                .ok());
    CHECK(doc.review.overrides.last().reason == QStringLiteral("按期报送"));
    CHECK(doc.review.overrides.last().blockers == messages);
}

TEST_CASE("A chapter that only groups sections is not held for approval itself")
{
    Document doc = test::loadSample();
    doc.review.reviewers = {QStringLiteral("李审核")};
    Chapter *overview = doc.findChapter(QStringLiteral("c5")); // 二、基本情况: sections only
    REQUIRE(overview->blocks.isEmpty());
    overview->status = ChapterStatus::Draft;
    doc.findChapter(QStringLiteral("c3"))->status = ChapterStatus::Draft; // its first section
    QStringList messages;
    for (const SignOffBlocker &b : SignOffGate::blockers(doc))
        messages << b.message;
    CHECK(messages == QStringList{QStringLiteral(
                          "the required chapter \"（一）企业概述\" is not approved (draft)")});
}
