// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tourdocuments.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace Atelier {
struct ProjectContext;
}

namespace Atelier::Tour {

class DayPage;
class StepsPage;
class WordsPage;
class PhotosPage;
class QuizPage;
class AgreementPage;

/// The co-operator tour panel: a tour per notified contract, planned in one click with the
/// booklet's French defaults; the day, each exercise and the agreement in tabs; the booklet, its
/// answer key and the summary of the day exported as PDF.
class TourView : public QWidget
{
    Q_OBJECT
public:
    TourView(ProjectContext &ctx, QWidget *parent = nullptr);
    ~TourView() override;

    QString tourId() const;
    /// Writes a document of the current tour to `path`; false (and `error` says why) when it failed.
    enum class Document { BookletA4, BookletA5, AnswerKey, Summary };
    bool exportTo(Document document, const QString &path, QString *error);

private:
    void refreshTours();
    void tourChosen();
    void plan();
    void removeTour();
    void exportWithDialog(Document document);
    void commitPending();

    ProjectContext &m_ctx;
    QString m_shown; ///< the tour the pages show
    bool m_shownOnce = false;
    QComboBox *m_tours;
    QComboBox *m_contracts;
    QPushButton *m_plan;
    QPushButton *m_export;
    QPushButton *m_remove;
    QLabel *m_heading;
    QStackedWidget *m_stack;
    QTabWidget *m_tabs;
    DayPage *m_day;
    StepsPage *m_steps;
    WordsPage *m_words;
    PhotosPage *m_photos;
    QuizPage *m_quiz;
    AgreementPage *m_agreement;
};

} // namespace Atelier::Tour
