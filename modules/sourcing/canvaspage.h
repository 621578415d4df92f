// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QToolButton;

namespace Atelier {
class EntityTableEditor;
struct ProjectContext;
} // namespace Atelier

namespace Atelier::Sourcing {

class CanvasIndex;
class EntryForm;
struct CanvasSource;

/// The buyers' guide: chapters on the left, the chapter's entries (or what the search found) in
/// the middle, the entry in full on the right. Search answers as you type.
class CanvasPage : public QWidget
{
    Q_OBJECT
public:
    CanvasPage(ProjectContext &ctx, CanvasIndex &index, QWidget *parent = nullptr);

    /// Shows an entry: its chapter chosen, the entry selected and opened in the form.
    void showEntry(const QString &entryId);
    void commitPending();

    QLineEdit *searchField() const { return m_search; }
    QListWidget *results() const { return m_results; }
    EntityTableEditor *chapters() const { return m_chapters; }
    EntityTableEditor *entries() const { return m_entries; }
    EntryForm *form() const { return m_form; }
    /// Imports from a source after the user ticked what to take (ImportDialog).
    void importFrom(const CanvasSource &source);

private:
    void chapterChosen();
    void search();
    void moveChapter(int by);
    void removeChapters();
    void startCanvas();
    void addWorkshopQuestions();
    void refreshBanner();
    void importFile();
    QString currentChapter() const;

    ProjectContext &m_ctx;
    CanvasIndex &m_index;
    QLineEdit *m_search;
    EntityTableEditor *m_chapters;
    EntityTableEditor *m_entries;
    QListWidget *m_results;
    QLabel *m_resultCount;
    QStackedWidget *m_middle;
    EntryForm *m_form;
    QLabel *m_banner;
    QPushButton *m_bannerButton;
    QPushButton *m_start;
    QToolButton *m_import;
};

} // namespace Atelier::Sourcing
