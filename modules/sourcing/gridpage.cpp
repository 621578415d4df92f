// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gridpage.h"

#include "gridformats.h"
#include "gridstore.h"
#include "gridwording.h"
#include "scoring.h"
#include "sourcingdocuments.h"
#include "sourcingschema.h"

#include "core/edit.h"
#include "core/notifier.h"
#include "core/projectcontext.h"
#include "core/store.h"
#include "reports/pdfexport.h"
#include "widgets/entitytablemodel.h"
#include "widgets/pageparts.h"

#include <QDate>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>

namespace Atelier::Sourcing {

GridPage::GridPage(ProjectContext &ctx, QWidget *parent)
    : QWidget(parent), m_ctx(ctx),
      m_questions(new EntityTableEditor(ctx, Tables::gridQuestion(),
                                        columns({"text", "criterion_id", "answer_type", "unit", "weight", "required"}),
                                        tr("Add question"))),
      m_rule(new EntityTableEditor(ctx, Tables::gridQuestion(),
                                   columns({"yes_is_good", "ideal", "threshold", "higher_is_better", "scale_max"}),
                                   tr("Add question"))),
      m_choices(new EntityTableEditor(ctx, Tables::gridChoice(), columns({"label", "points"}), tr("Add choice"))),
      m_words(new QLabel), m_total(new QLabel), m_fromCanvas(new QPushButton(tr("Add the canvas's questions")))
{
    setObjectName(QStringLiteral("gridPage"));
    m_questions->setObjectName(QStringLiteral("gridQuestions"));
    m_questions->view()->setAccessibleName(tr("Questions of the grid"));
    stretchColumn(m_questions, 0);
    m_rule->setObjectName(QStringLiteral("gridRule"));
    m_rule->view()->setAccessibleName(tr("Scoring rule"));
    m_rule->addRowAction()->setVisible(false);
    m_rule->removeRowAction()->setVisible(false);
    m_rule->view()->setMaximumHeight(m_rule->view()->verticalHeader()->defaultSectionSize() +
                                     m_rule->view()->horizontalHeader()->sizeHint().height() + 8);
    m_choices->setObjectName(QStringLiteral("gridChoices"));
    m_choices->view()->setAccessibleName(tr("Choices and their points"));
    stretchColumn(m_choices, 0);
    m_words->setObjectName(QStringLiteral("ruleInWords"));
    m_words->setWordWrap(true);
    m_total->setObjectName(QStringLiteral("gridTotal"));
    m_fromCanvas->setObjectName(QStringLiteral("addCanvasQuestions"));
    m_fromCanvas->setToolTip(tr("Adds to the grid the question entries of the canvas that are not in it yet"));

    auto *exports = new QWidget;
    auto *exportsLayout = new QHBoxLayout(exports);
    exportsLayout->setContentsMargins(0, 0, 0, 0);
    exportsLayout->addWidget(m_total, 1);
    exportsLayout->addWidget(m_fromCanvas);
    for (const auto &[format, label] : {std::pair{"odt", tr("Export as ODT…")}, std::pair{"pdf", tr("Export as PDF…")},
                                        std::pair{"csv", tr("Export as CSV…")}}) {
        auto *button = new QPushButton(label);
        button->setObjectName(QStringLiteral("export_") + QLatin1String(format));
        connect(button, &QPushButton::clicked, this, [this, f = QString::fromLatin1(format)] { exportAs(f); });
        exportsLayout->addWidget(button);
    }
    auto *detail = new QWidget;
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(boxed(tr("How the answer is scored"), m_rule));
    detailLayout->addWidget(m_words);
    detailLayout->addWidget(boxed(tr("Choices offered"), m_choices), 1);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_questions);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Published with the tender, the grid lets every candidate state the impact of its "
                                "offer on the impacts sought. Each question says how its answer is scored."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(exports);
    layout->addWidget(splitter, 1);

    connect(m_questions, &EntityTableEditor::currentIdChanged, this, &GridPage::questionChosen);
    connect(m_fromCanvas, &QPushButton::clicked, this, &GridPage::addCanvasQuestions);
    connect(&ctx.notifier, &Notifier::tableChanged, this, [this](const QString &table) {
        if (table == Tables::gridQuestion().table() || table == Tables::gridChoice().table() ||
            table == Tables::impactSought().table())
            questionChosen();
    });
    keepCurrentRow(m_questions);
    questionChosen();
}

void GridPage::questionChosen()
{
    const QString id = m_questions->currentId();
    if (id != m_shown) { // a new filter resets the tables: only when another question is chosen
        m_shown = id;
        m_rule->setFilter(QStringLiteral("id"), id);
        m_choices->setFilter(QStringLiteral("question_id"), id);
    }
    const QList<GridQuestion> all = GridStore::questions(m_ctx.store);
    m_total->setText(tr("%n question(s), %1 points in all.", nullptr, int(all.size())).arg(Scoring::maximum(all)));
    m_words->clear();
    for (const GridQuestion &q : all)
        if (q.id == id) {
            m_words->setText(scoringRule(q));
            m_choices->setEnabled(q.type == AnswerType::Choice);
        }
    m_fromCanvas->setEnabled(!m_ctx.isReadOnly());
}

void GridPage::addCanvasQuestions()
{
    QSet<QString> inGrid;
    for (const Row &q : m_ctx.store.rows(Tables::gridQuestion()))
        inGrid.insert(text(q, "entry_id"));
    QList<Row> waiting;
    for (const Row &e : m_ctx.store.rows(Tables::entry()))
        if (text(e, "kind") == QLatin1String(EntryKind::kQuestion) && !inGrid.contains(text(e, "id")))
            waiting << e;
    if (waiting.isEmpty())
        return; // no empty undo step
    Edit::Group group(m_ctx, tr("Add the canvas's questions to the grid"));
    for (const Row &e : waiting)
        GridStore::addFromEntry(m_ctx, e);
}

bool GridPage::exportTo(const QString &format, const QString &path, QString *error)
{
    const QList<GridQuestion> questions = GridStore::questions(m_ctx.store);
    if (format == QLatin1String("pdf")) {
        Reports::Document document = SourcingDocuments::grid(m_ctx);
        const Reports::PdfExport result = Reports::PdfExport::write(document, path);
        if (result.outcome != Reports::PdfExport::Written && error)
            *error = result.error;
        return result.outcome == Reports::PdfExport::Written;
    }
    QByteArray bytes;
    if (format == QLatin1String("csv")) {
        bytes = gridCsv(questions);
    } else {
        const TableInfo &project = Entities::project();
        GridDocument doc;
        doc.projectTitle = m_ctx.store.value(project, m_ctx.store.projectId(), QStringLiteral("title")).toString();
        doc.administration =
            m_ctx.store.value(project, m_ctx.store.projectId(), QStringLiteral("administration")).toString();
        doc.language = QLocale().name().replace(QLatin1Char('_'), QLatin1Char('-'));
        doc.date = QDate::currentDate();
        bytes = gridOdt(doc, questions);
    }
    QSaveFile file(path);
    if (bytes.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("The grid could not be written to “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void GridPage::exportAs(const QString &format)
{
    const QString filter = format == QLatin1String("odt")   ? tr("ODF text documents (*.odt)")
                           : format == QLatin1String("pdf") ? tr("PDF documents (*.pdf)")
                                                            : tr("CSV files for spreadsheets (*.csv)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the question grid"),
                                                      tr("question-grid.%1").arg(format), filter);
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(format, path, &error))
        QMessageBox::warning(this, tr("Export the question grid"), error);
}

} // namespace Atelier::Sourcing
