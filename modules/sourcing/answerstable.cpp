// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "answerstable.h"

#include "scoring.h"
#include "sourcingschema.h"

#include "core/notifier.h"
#include "core/projectcontext.h"
#include "core/store.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Atelier::Sourcing {

namespace {

constexpr int kStoredRole = Qt::UserRole + 1;

/// Edits an answer the way its question asks for it, and a hand score on the question's scale.
class AnswerDelegate : public QStyledItemDelegate
{
public:
    AnswerDelegate(AnswersTable *owner, const QList<GridQuestion> *questions)
        : QStyledItemDelegate(owner), m_owner(owner), m_questions(questions)
    {
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const GridQuestion &q = m_questions->at(index.row());
        if (index.column() == AnswersTable::HandScore) {
            auto *spin = new QSpinBox(parent);
            spin->setRange(-1, q.scaleMax);
            spin->setSpecialValueText(AnswersTable::tr("not scored"));
            spin->setSuffix(AnswersTable::tr(" / %1").arg(q.scaleMax));
            return spin;
        }
        if (q.type == AnswerType::YesNo || q.type == AnswerType::Choice) {
            auto *combo = new QComboBox(parent);
            combo->addItem(AnswersTable::tr("(no answer)"), QString());
            if (q.type == AnswerType::YesNo) {
                combo->addItem(Scoring::display(q, QStringLiteral("yes")), QStringLiteral("yes"));
                combo->addItem(Scoring::display(q, QStringLiteral("no")), QStringLiteral("no"));
            } else {
                for (const GridChoice &c : q.choices)
                    combo->addItem(c.label, c.id);
            }
            return combo;
        }
        return QStyledItemDelegate::createEditor(parent, option, index);
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        const QString stored = index.data(kStoredRole).toString();
        if (auto *spin = qobject_cast<QSpinBox *>(editor))
            spin->setValue(index.data(kStoredRole).toInt());
        else if (auto *combo = qobject_cast<QComboBox *>(editor))
            combo->setCurrentIndex(qMax(0, combo->findData(stored)));
        else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
            // What was answered, in the user's way of writing numbers, without the unit shown beside it.
            const GridQuestion &q = m_questions->at(index.row());
            const std::optional<double> number = q.type == AnswerType::Number ? Scoring::number(stored) : std::nullopt;
            line->setText(number ? QLocale().toString(*number, 'g', 15) : stored);
        }
    }

    void setModelData(QWidget *editor, QAbstractItemModel *, const QModelIndex &index) const override
    {
        if (auto *spin = qobject_cast<QSpinBox *>(editor))
            m_owner->writeHandScore(index.row(), spin->value());
        else if (auto *combo = qobject_cast<QComboBox *>(editor))
            m_owner->write(index.row(), combo->currentData().toString());
        else if (auto *line = qobject_cast<QLineEdit *>(editor))
            m_owner->write(index.row(), line->text());
    }

private:
    AnswersTable *m_owner;
    const QList<GridQuestion> *m_questions;
};

} // namespace

AnswersTable::AnswersTable(ProjectContext &ctx, Phase phase, QWidget *parent)
    : QWidget(parent), m_ctx(ctx), m_phase(phase), m_table(new QTableWidget), m_problem(new QLabel)
{
    m_table->setObjectName(phase == Phase::Tender ? QStringLiteral("tenderAnswers") : QStringLiteral("meetingAnswers"));
    m_table->setAccessibleName(phase == Phase::Tender ? tr("Answers in the tender") : tr("Answers revised at the meeting"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("No."), tr("Question"), tr("Impact sought"), tr("In the tender"),
                                        phase == Phase::Tender ? tr("Answer") : tr("After the meeting"),
                                        tr("Hand score"), tr("Points")});
    m_table->setColumnHidden(Tender, phase == Phase::Tender);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(Question, QHeaderView::Stretch);
    m_table->setWordWrap(true);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->setItemDelegate(new AnswerDelegate(this, &m_questions));
    // Two lines a question; the whole of it in its tooltip.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().lineSpacing() * 2 + 12);
    m_table->horizontalHeader()->setSectionResizeMode(Number, QHeaderView::ResizeToContents);
    for (const int column : {Impact, Tender, Answer, HandScore, Points})
        m_table->setColumnWidth(column, 140);
    m_problem->setObjectName(QStringLiteral("answerProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a8321e;"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problem);
    connect(&ctx.notifier, &Notifier::tableChanged, this, [this](const QString &table) {
        if (table == Tables::answer().table() || table == Tables::gridQuestion().table() ||
            table == Tables::gridChoice().table() || table == Tables::impactSought().table())
            refresh();
    });
}

void AnswersTable::setBidder(const QString &bidderId)
{
    m_bidderId = bidderId;
    m_problem->clear();
    refresh();
}

void AnswersTable::refresh()
{
    m_questions = GridStore::questions(m_ctx.store);
    QHash<QString, Row> tender, mine;
    for (const Row &a : m_ctx.store.rows(Tables::answer())) {
        if (text(a, "bidder_id") != m_bidderId)
            continue;
        if (text(a, "phase") == phaseKey(Phase::Tender))
            tender.insert(text(a, "question_id"), a);
        if (text(a, "phase") == phaseKey(m_phase))
            mine.insert(text(a, "question_id"), a);
    }
    const QModelIndex current = m_table->currentIndex();
    const QSignalBlocker quiet(m_table);
    m_table->setRowCount(int(m_questions.size()));
    const bool editable = !m_bidderId.isEmpty() && !m_ctx.isReadOnly();
    for (int r = 0; r < m_questions.size(); ++r) {
        const GridQuestion &q = m_questions[r];
        const Row own = mine.value(q.id);
        // After the meeting, a question not revised keeps the tender's answer.
        const Row effective = own.isEmpty() && m_phase == Phase::Meeting ? tender.value(q.id) : own;
        const GridAnswer answer{q.id, text(effective, "answer"),
                                effective.isEmpty() ? -1 : effective.value(QStringLiteral("hand_score")).toInt()};
        const QuestionScore score = Scoring::score(q, effective.isEmpty() ? nullptr : &answer);
        auto cell = [&](int column, const QString &shown, bool canEdit = false) {
            auto *item = new QTableWidgetItem(shown);
            item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled | (canEdit && editable ? Qt::ItemIsEditable : Qt::NoItemFlags));
            m_table->setItem(r, column, item);
            return item;
        };
        cell(Number, QString::number(r + 1))->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        cell(Question, q.required ? q.text + QStringLiteral(" *") : q.text)->setToolTip(q.text);
        cell(Impact, q.impact);
        cell(Tender, Scoring::display(q, text(tender.value(q.id), "answer")));
        QTableWidgetItem *given = cell(Answer, Scoring::display(q, answer.text), true);
        given->setData(kStoredRole, answer.text);
        if (m_phase == Phase::Meeting && !own.isEmpty())
            given->setFont([&] { QFont f = given->font(); f.setBold(true); return f; }());
        QTableWidgetItem *hand = cell(HandScore, q.type != AnswerType::Text ? QString()
                                                 : answer.handScore < 0 ? tr("not scored")
                                                                        : tr("%1 / %2").arg(answer.handScore).arg(q.scaleMax),
                                      q.type == AnswerType::Text);
        hand->setData(kStoredRole, answer.handScore);
        QString points;
        switch (score.state) {
        case QuestionScore::State::Scored:
            points = tr("%1 / %2").arg(QLocale().toString(score.points, 'f', 1)).arg(q.weight);
            break;
        case QuestionScore::State::Missing: points = q.required ? tr("missing (required)") : tr("missing"); break;
        case QuestionScore::State::AwaitingHandScore: points = tr("to be scored"); break;
        case QuestionScore::State::Unscorable: points = score.problem; break;
        }
        QTableWidgetItem *p = cell(Points, points);
        if (score.state != QuestionScore::State::Scored)
            p->setForeground(QColor(0xa8, 0x32, 0x1e));
    }
    if (current.isValid())
        m_table->setCurrentIndex(m_table->model()->index(current.row(), current.column()));
}

bool AnswersTable::write(int row, const QString &typed)
{
    if (row < 0 || row >= m_questions.size() || m_bidderId.isEmpty())
        return false;
    const GridQuestion &q = m_questions[row];
    QString stored = typed.trimmed();
    if (q.type == AnswerType::Number && !stored.isEmpty()) {
        bool ok = false;
        QString digits = stored;
        digits.remove(QChar(0x202F)).remove(QChar(0xA0)).remove(QLatin1Char(' '));
        const double value = QLocale().toDouble(digits, &ok);
        const double dotted = ok ? value : digits.toDouble(&ok);
        if (!ok) {
            m_problem->setText(tr("“%1” is not a number: the answer to question %2 was not changed.").arg(typed).arg(row + 1));
            return false;
        }
        stored = QString::number(dotted, 'g', 15);
    }
    m_problem->clear();
    return GridStore::setAnswer(m_ctx, m_bidderId, q.id, m_phase, stored);
}

bool AnswersTable::writeHandScore(int row, int score)
{
    if (row < 0 || row >= m_questions.size() || m_bidderId.isEmpty())
        return false;
    return GridStore::setHandScore(m_ctx, m_bidderId, m_questions[row].id, m_phase, score);
}

} // namespace Atelier::Sourcing
