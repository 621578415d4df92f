// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tourview.h"

#include "agreementpage.h"
#include "daypage.h"
#include "exercisepages.h"
#include "quizpage.h"
#include "tourschema.h"
#include "tourstore.h"

#include "core/notifier.h"
#include "core/projectcontext.h"
#include "core/store.h"
#include "reports/pdfexport.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Atelier::Tour {

TourView::TourView(ProjectContext &ctx, QWidget *parent)
    : QWidget(parent), m_ctx(ctx), m_tours(new QComboBox), m_contracts(new QComboBox),
      m_plan(new QPushButton(tr("Plan the tour"))), m_export(new QPushButton(tr("Export"))),
      m_remove(new QPushButton(tr("Remove this tour…"))), m_heading(new QLabel),
      m_stack(new QStackedWidget), m_tabs(new QTabWidget), m_day(new DayPage(ctx)), m_steps(new StepsPage(ctx)),
      m_words(new WordsPage(ctx)), m_photos(new PhotosPage(ctx)), m_quiz(new QuizPage(ctx)),
      m_agreement(new AgreementPage(ctx))
{
    setObjectName(QStringLiteral("tourView"));
    m_tours->setObjectName(QStringLiteral("tours"));
    m_tours->setAccessibleName(tr("Co-operator tour shown"));
    m_contracts->setObjectName(QStringLiteral("contractsWithoutTour"));
    m_contracts->setAccessibleName(tr("Contract to plan a tour for"));
    m_plan->setObjectName(QStringLiteral("planTour"));
    m_export->setObjectName(QStringLiteral("exportTour"));
    m_remove->setObjectName(QStringLiteral("removeTour"));
    m_heading->setObjectName(QStringLiteral("tourHeading"));
    m_heading->setWordWrap(true);
    QFont big = m_heading->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_heading->setFont(big);

    auto *menu = new QMenu(m_export);
    const QList<std::pair<QString, Document>> documents{
        {tr("Discovery booklet, A5 booklet to fold…"), Document::BookletA5},
        {tr("Discovery booklet, A4 pages…"), Document::BookletA4},
        {tr("Answer key…"), Document::AnswerKey},
        {tr("Summary of the day…"), Document::Summary}};
    for (const auto &[label, document] : documents) {
        const Document d = document;
        menu->addAction(label, this, [this, d] { exportWithDialog(d); });
    }
    m_export->setMenu(menu);

    auto *empty = new QWidget;
    auto *emptyLayout = new QVBoxLayout(empty);
    auto *why = new QLabel(tr("Once a contract is notified, a day is organised with the buyer, the prescriber and the "
                              "holder to celebrate the start of the partnership and get to know each other. Each side "
                              "welcomes the other in its workplace, shows it behind the scenes, introduces its "
                              "colleagues and takes it to lunch. With a discovery booklet, they do simple exercises "
                              "together, then agree on how they will exchange information while the contract runs."));
    why->setWordWrap(true);
    emptyLayout->addWidget(why);
    auto *planRow = new QHBoxLayout;
    auto *contractLabel = new QLabel(tr("&Contract:"));
    contractLabel->setBuddy(m_contracts);
    planRow->addWidget(contractLabel);
    planRow->addWidget(m_contracts, 1);
    planRow->addWidget(m_plan);
    emptyLayout->addLayout(planRow);
    emptyLayout->addStretch();

    m_tabs->setObjectName(QStringLiteral("tourTabs"));
    m_tabs->addTab(m_day, tr("The day"));
    m_tabs->addTab(m_steps, tr("Jeu de piste"));
    m_tabs->addTab(m_words, tr("Les 10 mots de l'autre"));
    m_tabs->addTab(m_photos, tr("Safari photos"));
    m_tabs->addTab(m_quiz, tr("Quiz"));
    m_tabs->addTab(m_agreement, tr("Agreement"));
    m_stack->addWidget(empty);
    m_stack->addWidget(m_tabs);

    auto *top = new QHBoxLayout;
    auto *tourLabel = new QLabel(tr("&Tour:"));
    tourLabel->setBuddy(m_tours);
    top->addWidget(tourLabel);
    top->addWidget(m_tours, 1);
    top->addWidget(m_export);
    top->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_heading);
    layout->addWidget(m_stack, 1);

    connect(m_tours, &QComboBox::currentIndexChanged, this, &TourView::tourChosen);
    connect(m_plan, &QPushButton::clicked, this, &TourView::plan);
    connect(m_remove, &QPushButton::clicked, this, &TourView::removeTour);
    connect(m_tabs, &QTabWidget::currentChanged, this, &TourView::commitPending);
    connect(&ctx.notifier, &Notifier::tableChanged, this, [this](const QString &table) {
        if (table == Tables::tour().table() || table == Entities::contract().table())
            refreshTours();
    });
    refreshTours();
}

TourView::~TourView()
{
    commitPending();
}

void TourView::commitPending()
{
    m_agreement->commitPending();
}

QString TourView::tourId() const
{
    return m_tours->currentData().toString();
}

void TourView::refreshTours()
{
    const QString chosen = tourId();
    {
        const QSignalBlocker quiet(m_tours);
        m_tours->clear();
        for (const Row &t : TourStore::tours(m_ctx.store))
            m_tours->addItem(TourStore::title(m_ctx.store, text(t, "id")), text(t, "id"));
        m_tours->addItem(tr("Plan a tour for another contract…"), QString());
        const int at = m_tours->findData(chosen);
        m_tours->setCurrentIndex(at >= 0 && !chosen.isEmpty() ? at : 0);
    }
    m_contracts->clear();
    for (const Row &c : m_ctx.store.rows(Entities::contract()))
        if (TourStore::tourOfContract(m_ctx.store, text(c, "id")).isEmpty())
            m_contracts->addItem(Entities::contractName(m_ctx.store, text(c, "id")), text(c, "id"));
    tourChosen();
}

void TourView::tourChosen()
{
    const QString tour = tourId();
    m_plan->setEnabled(m_contracts->count() > 0 && !m_ctx.isReadOnly());
    if (tour.isEmpty())
        m_heading->setText(m_contracts->count() > 0
                               ? tr("Plan a co-operator tour for a notified contract.")
                               : tr("No contract without a tour: contracts are added in the strategy cockpit."));
    else
        m_heading->setText(TourStore::title(m_ctx.store, tour));
    if (tour == m_shown && m_shownOnce)
        return; // the same tour (one of its fields changed): the pages follow the store themselves
    commitPending();
    m_shown = tour;
    m_shownOnce = true;
    m_stack->setCurrentIndex(tour.isEmpty() ? 0 : 1);
    m_export->setEnabled(!tour.isEmpty());
    m_remove->setEnabled(!tour.isEmpty() && !m_ctx.isReadOnly());
    m_day->setTour(tour);
    m_steps->setTour(tour);
    m_words->setTour(tour);
    m_photos->setTour(tour);
    m_quiz->setTour(tour);
    m_agreement->setTour(tour);
}

void TourView::plan()
{
    const QString tour = prepare(m_ctx, m_contracts->currentData().toString());
    if (tour.isEmpty())
        return; // the failed write was reported by the notifier
    refreshTours();
    m_tours->setCurrentIndex(m_tours->findData(tour));
    m_tabs->setCurrentIndex(0);
}

void TourView::removeTour()
{
    const QString tour = tourId();
    if (tour.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Remove this tour"),
        tr("Remove the co-operator tour with its agenda, exercises, answers and agreement? The photos stay in the "
           "evidence library. Edit › Undo brings everything back."));
    if (answer == QMessageBox::Yes)
        remove(m_ctx, tour); // a failed write was reported by the notifier
}

bool TourView::exportTo(Document document, const QString &path, QString *error)
{
    commitPending();
    const QString tour = tourId();
    using F = TourDocuments::Format;
    Reports::Document written =
        document == Document::Summary     ? TourDocuments::summary(m_ctx.store, tour)
        : document == Document::AnswerKey ? TourDocuments::answerKey(m_ctx.store, tour, F::A4)
                                          : TourDocuments::booklet(m_ctx.store, tour, document == Document::BookletA5 ? F::A5Booklet : F::A4);
    QProgressDialog progress(tr("Laying out the pages…"), tr("Cancel"), 0, 1, this);
    progress.setWindowTitle(tr("Export"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    const Reports::PdfExport result = Reports::PdfExport::write(written, path, [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        return !progress.wasCanceled();
    });
    if (result.outcome == Reports::PdfExport::Failed && error)
        *error = result.error;
    return result.outcome == Reports::PdfExport::Written;
}

void TourView::exportWithDialog(Document document)
{
    const QString holder = m_ctx.store.value(Entities::contract(),
                                             m_ctx.store.value(Tables::tour(), tourId(), QStringLiteral("contract_id")).toString(),
                                             QStringLiteral("holder")).toString();
    const QString stem = document == Document::Summary     ? tr("summary-of-the-day")
                         : document == Document::AnswerKey ? tr("answer-key")
                                                           : tr("discovery-booklet");
    QString name = QStringLiteral("%1-%2.pdf").arg(stem, holder.section(QLatin1Char('('), 0, 0).simplified());
    for (QChar &c : name)
        if (QStringLiteral("/\\:*?\"<>| ").contains(c))
            c = QLatin1Char('-');
    const QString path = QFileDialog::getSaveFileName(this, tr("Export"), name, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(document, path, &error) && !error.isEmpty())
        QMessageBox::warning(this, tr("Export"), error);
}

} // namespace Atelier::Tour
