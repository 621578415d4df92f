// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quizpage.h"

#include "exercises.h"
#include "tourschema.h"
#include "tourstore.h"

#include "core/edit.h"
#include "core/notifier.h"
#include "core/projectcontext.h"
#include "core/store.h"
#include "widgets/pageparts.h"

#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>

namespace Atelier::Tour {

QuizPage::QuizPage(ProjectContext &ctx, QWidget *parent)
    : QWidget(parent), m_ctx(ctx),
      m_questions(new EntityTableEditor(ctx, Tables::quizQuestion(),
                                        columns({"question", "choice_a", "choice_b", "choice_c", "choice_d", "correct",
                                                 "article", "explanation"}),
                                        tr("Add a question"))),
      m_problems(new QLabel), m_answers(new QTableWidget), m_answerHint(new QLabel), m_scores(new QTableWidget),
      m_refresh(this, [this] { refreshAnswers(); })
{
    setObjectName(QStringLiteral("quizPage"));
    m_questions->setObjectName(QStringLiteral("quizQuestions"));
    m_questions->view()->setAccessibleName(tr("Questions of the quiz"));
    QTableView *view = m_questions->view();
    view->setWordWrap(true);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().lineSpacing() * 3 + 12);
    view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    view->horizontalHeader()->setSectionResizeMode(7, QHeaderView::Stretch);
    for (int c = 1; c <= 4; ++c)
        view->setColumnWidth(c, 150);
    m_problems->setObjectName(QStringLiteral("quizProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setStyleSheet(QStringLiteral("color: #9a3412;"));

    m_answers->setObjectName(QStringLiteral("quizAnswers"));
    m_answers->setAccessibleName(tr("Answers given, a letter per question and participant"));
    m_answerHint->setObjectName(QStringLiteral("quizAnswerHint"));
    m_answerHint->setWordWrap(true);
    m_answerHint->setText(hint());
    m_scores->setObjectName(QStringLiteral("quizScores"));
    m_scores->setAccessibleName(tr("Scores per participant"));
    m_scores->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_scores->verticalHeader()->hide();

    auto *questions = new QWidget;
    auto *questionsLayout = new QVBoxLayout(questions);
    questionsLayout->addWidget(m_questions, 1);
    questionsLayout->addWidget(m_problems);
    auto *results = new QWidget;
    auto *resultsLayout = new QVBoxLayout(results);
    resultsLayout->addWidget(m_answerHint);
    auto *split = new QSplitter;
    split->addWidget(m_answers);
    split->addWidget(boxed(tr("Scores"), m_scores));
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({700, 520});
    resultsLayout->addWidget(split, 1);
    auto *tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("quizTabs"));
    tabs->addTab(questions, tr("Questions"));
    tabs->addTab(results, tr("Answers and scores"));
    (new QVBoxLayout(this))->addWidget(tabs);

    connect(m_answers, &QTableWidget::itemChanged, this, &QuizPage::answerTyped);
    connect(m_questions, &EntityTableEditor::currentIdChanged, this, &QuizPage::refreshProblems);
    connect(&ctx.notifier, &Notifier::tableChanged, this, [this](const QString &table) {
        if (table == Tables::quizQuestion().table())
            refreshProblems();
        if (table == Tables::quizQuestion().table() || table == Tables::quizAnswer().table() ||
            table == Tables::person().table() || table == Entities::participant().table())
            m_refresh.request();
    });
}

QString QuizPage::hint()
{
    return tr("After the day, type each participant's answers: A, B, C or D (empty: no answer). Right answers turn "
              "green, wrong ones red.");
}

void QuizPage::setTour(const QString &tourId)
{
    m_tour = tourId;
    m_questions->setFilter(QStringLiteral("tour_id"), tourId);
    refreshProblems();
    refreshAnswers();
}

void QuizPage::refreshProblems()
{
    QStringList lines;
    int n = 0;
    for (const QuizQuestion &q : TourStore::quiz(m_ctx.store, m_tour)) {
        ++n;
        for (const QString &p : Quiz::problems(q))
            lines << tr("Question %1: %2").arg(n).arg(p);
    }
    m_problems->setText(lines.join(QLatin1Char('\n')));
    m_problems->setVisible(!lines.isEmpty());
}

void QuizPage::refreshAnswers()
{
    const QSignalBlocker quiet(m_answers);
    const QList<QuizQuestion> questions = TourStore::quiz(m_ctx.store, m_tour);
    const QList<Person> people = TourStore::people(m_ctx.store, m_tour);
    const QList<QuizAnswer> answers = TourStore::answers(m_ctx.store, m_tour);
    // The cells are updated in place: an answer being typed in another cell keeps its editor.
    m_answers->setRowCount(int(questions.size()));
    m_answers->setColumnCount(int(people.size()));
    QStringList headers, rows;
    for (const Person &p : people)
        headers << p.name;
    m_answers->setHorizontalHeaderLabels(headers);
    for (int r = 0; r < questions.size(); ++r) {
        rows << tr("Q%1").arg(r + 1);
        for (int c = 0; c < people.size(); ++c) {
            int chosen = -1;
            for (const QuizAnswer &a : answers)
                if (a.questionId == questions[r].id && a.participantId == people[c].participantId) {
                    chosen = a.chosen;
                    break;
                }
            QTableWidgetItem *item = m_answers->item(r, c);
            if (!item) {
                item = new QTableWidgetItem;
                item->setTextAlignment(Qt::AlignCenter);
                m_answers->setItem(r, c, item);
            }
            item->setText(Quiz::letterOf(chosen).toUpper());
            item->setData(Qt::UserRole, questions[r].id);
            item->setData(Qt::UserRole + 1, people[c].participantId);
            item->setBackground(chosen < 0                            ? QBrush()
                                : chosen == questions[r].correct ? QColor(0xd9, 0xf2, 0xdf)
                                                                 : QColor(0xfb, 0xdc, 0xd6));
            if (m_ctx.isReadOnly())
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
        }
    }
    m_answers->setVerticalHeaderLabels(rows);
    for (int r = 0; r < questions.size(); ++r)
        m_answers->verticalHeaderItem(r)->setToolTip(questions[r].text);
    m_answers->resizeColumnsToContents();

    QStringList ids;
    for (const Person &p : people)
        ids << p.participantId;
    const QList<QuizScore> scores = Quiz::scores(questions, answers, ids);
    m_scores->clear();
    m_scores->setColumnCount(4);
    m_scores->setHorizontalHeaderLabels({tr("Participant"), tr("Side"), tr("Right answers"), tr("Answered")});
    m_scores->setRowCount(int(scores.size()));
    for (int i = 0; i < scores.size(); ++i) {
        const QStringList cells{people[i].name, Tables::person().field(QStringLiteral("side"))->choiceLabel(people[i].side),
                                tr("%1 / %2").arg(scores[i].right).arg(scores[i].questions),
                                QString::number(scores[i].answered)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c >= 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_scores->setItem(i, c, item);
        }
    }
    m_scores->resizeColumnsToContents();
}

void QuizPage::answerTyped(QTableWidgetItem *item)
{
    const QString typed = item->text().trimmed().toLower();
    const int chosen = Quiz::indexOf(typed);
    const QString question = item->data(Qt::UserRole).toString();
    const QString participant = item->data(Qt::UserRole + 1).toString();
    if (question.isEmpty() || participant.isEmpty())
        return; // the cell is being made
    if (!typed.isEmpty() && chosen < 0) {
        m_answerHint->setText(tr("“%1” is not an answer: type A, B, C or D, or leave the cell empty.").arg(item->text()));
        m_refresh.request();
        return;
    }
    QString existing;
    for (const Row &a : m_ctx.store.rows(Tables::quizAnswer()))
        if (text(a, "question_id") == question && text(a, "participant_id") == participant) {
            existing = text(a, "id");
            break;
        }
    m_answerHint->setText(hint());
    const QString letter = Quiz::letterOf(chosen);
    if (existing.isEmpty()) {
        if (!letter.isEmpty())
            Edit::addRow(m_ctx, Tables::quizAnswer(),
                         {{QStringLiteral("question_id"), question},
                          {QStringLiteral("participant_id"), participant},
                          {QStringLiteral("chosen"), letter}});
    } else {
        Edit::setValue(m_ctx, Tables::quizAnswer(), existing, QStringLiteral("chosen"), letter);
    }
    m_refresh.request(); // also when the write failed: the cell shows what is stored
}

} // namespace Atelier::Tour
