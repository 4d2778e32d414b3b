#pragma once

#include <QWidget>

#include <array>

class QComboBox;
class QPushButton;
class QTreeView;

namespace csr::ui {

class ChapterFilterProxy;
class ChapterTreeModel;
class ReportSession;

// The chapter navigator: the report details button, the person and status filters and the
// chapter tree. Tells which chapter the user picks; the window decides what to show.
class NavigatorPanel : public QWidget
{
    Q_OBJECT
public:
    explicit NavigatorPanel(ReportSession *session, QWidget *parent = nullptr);
    ~NavigatorPanel() override;

    ChapterTreeModel *model() const { return m_chapters; }
    ChapterFilterProxy *filter() const { return m_filter; }
    QTreeView *view() const { return m_tree; }
    QComboBox *assigneeFilter() const { return m_assigneeFilter; }
    QComboBox *statusFilter() const { return m_statusFilter; }

    // Marks the chapter open in the form as the tree's current row, and keeps it listed
    // whatever the filters say ("" when no chapter is open).
    void showCurrent(const QString &chapterId);
    // Clears the filters if they hide the chapter; false for an unknown chapter.
    bool reveal(const QString &chapterId);
    // The filter boxes list the people the report names now.
    void refreshFilters();
    // The first chapter the tree lists ("" for none).
    QString firstChapter() const;
    // The width at which every chapter title, name and status shows whole.
    int preferredWidth() const;
    void retranslate();

signals:
    void chapterPicked(const QString &chapterId);
    void detailsRequested();
    // Another report's titles need this width (preferredWidth) to show whole.
    void widthWanted(int width);

private:
    using Columns = std::array<int, 3>; // per ChapterTreeModel column: the width it wants
    Columns measuredColumns() const;    // every row measured
    int widthOf(const Columns &columns) const;
    void measureAll();                       // every row, then asks for the width they want
    void widenFor(const QString &chapterId); // after its row (and ancestors') may have grown

    ChapterTreeModel *m_chapters;
    ChapterFilterProxy *m_filter;
    QPushButton *m_detailsButton;
    QComboBox *m_assigneeFilter;
    QComboBox *m_statusFilter;
    QTreeView *m_tree;
    QString m_current;
    bool m_syncing = false; // showCurrent() is moving the tree's current row
    Columns m_columns{};    // as last measured or widened
    bool m_measured = false;
};

} // namespace csr::ui
