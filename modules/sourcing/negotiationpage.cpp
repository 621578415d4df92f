// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "negotiationpage.h"

#include "decp/projectquery.h"
#include "decpview/comparablesdialog.h"

#include "answerstable.h"
#include "gridstore.h"
#include "negotiation.h"
#include "scoring.h"
#include "sourcingdocuments.h"
#include "sourcingschema.h"

#include "core/notifier.h"
#include "core/projectcontext.h"
#include "core/store.h"
#include "reports/pdfexport.h"
#include "widgets/entitytablemodel.h"
#include "widgets/fieldbinder.h"
#include "widgets/pageparts.h"

#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTabWidget>

namespace Atelier::Sourcing {

NegotiationPage::NegotiationPage(ProjectContext &ctx, QWidget *parent)
    : QWidget(parent), m_ctx(ctx), m_shortlist(new QListWidget), m_heading(new QLabel), m_stack(new QStackedWidget),
      m_prepare(new QPushButton(tr("Prepare the meeting"))), m_export(new QPushButton(tr("Export the sheet as PDF…"))),
      m_tabs(new QTabWidget),
      m_meeting(new EntityTableEditor(ctx, Tables::meeting(), columns({"meeting_date", "place"}), tr("Prepare the meeting"))),
      m_experts(new EntityTableEditor(ctx, Tables::meetingExpert(), columns({"participant_id", "expertise"}),
                                      tr("Invite a neutral expert"))),
      m_topics(new EntityTableEditor(ctx, Tables::meetingTopic(), columns({"topic", "title", "notes"}), tr("Add topic"))),
      m_company(new QPlainTextEdit), m_public(new QPlainTextEdit), m_general(new QPlainTextEdit),
      m_revised(new AnswersTable(ctx, Phase::Meeting)), m_beforeAfter(new QTableWidget)
{
    setObjectName(QStringLiteral("negotiationPage"));
    m_shortlist->setObjectName(QStringLiteral("shortlist"));
    m_shortlist->setAccessibleName(tr("Shortlisted bidders"));
    m_heading->setObjectName(QStringLiteral("negotiationHeading"));
    m_heading->setWordWrap(true);
    QFont big = m_heading->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_heading->setFont(big);
    m_prepare->setObjectName(QStringLiteral("prepareMeeting"));
    m_export->setObjectName(QStringLiteral("exportSheet"));
    // Seed §4: the meeting is prepared with data from earlier contracts (DECP comparables).
    auto *comparables = new QPushButton(tr("Comparable past contracts…"));
    comparables->setObjectName(QStringLiteral("comparables"));
    connect(comparables, &QPushButton::clicked, this, [this] {
        DecpView::ComparablesDialog::showFor(Decp::ProjectQuery::forProject(m_ctx.store), this);
    });
    m_meeting->setObjectName(QStringLiteral("meeting"));
    m_meeting->addRowAction()->setVisible(false);
    m_meeting->removeRowAction()->setText(tr("Remove the meeting"));
    m_meeting->view()->setMaximumHeight(m_meeting->view()->verticalHeader()->defaultSectionSize() +
                                        m_meeting->view()->horizontalHeader()->sizeHint().height() + 8);
    m_experts->setObjectName(QStringLiteral("experts"));
    m_experts->model()->setReferenceFilter(QStringLiteral("participant_id"), [](const Row &, const Row &participant) {
        return text(participant, "role") == QLatin1String("neutral_expert");
    });
    m_topics->setObjectName(QStringLiteral("topics"));
    m_topics->view()->setAccessibleName(tr("Topics of the meeting"));
    stretchColumn(m_topics, 2);
    m_topics->view()->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_topics->view()->setWordWrap(true);
    m_topics->view()->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_topics->view()->verticalHeader()->setDefaultSectionSize(m_topics->view()->fontMetrics().lineSpacing() * 3 + 12);
    m_topics->view()->setColumnWidth(0, 200);
    m_company->setObjectName(QStringLiteral("companyConstraints"));
    m_public->setObjectName(QStringLiteral("publicConstraints"));
    m_general->setObjectName(QStringLiteral("generalInterest"));
    m_beforeAfter->setObjectName(QStringLiteral("beforeAfter"));
    m_beforeAfter->setAccessibleName(tr("Before and after the meetings"));
    m_beforeAfter->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_beforeAfter->verticalHeader()->hide();

    auto *empty = new QWidget;
    auto *emptyLayout = new QVBoxLayout(empty);
    auto *why = new QLabel(tr("After the offers are analysed, and when the procedure allows it, the buyer meets each "
                              "shortlisted bidder to understand its offer better and to estimate its impacts together. "
                              "The sheet goes to the bidder beforehand: the grid, the life cycle of what it offers, the "
                              "neutral experts invited."));
    why->setWordWrap(true);
    emptyLayout->addWidget(why);
    emptyLayout->addWidget(m_prepare, 0, Qt::AlignLeft);
    emptyLayout->addStretch();

    auto *sheet = new QWidget;
    auto *sheetLayout = new QVBoxLayout(sheet);
    sheetLayout->addWidget(m_meeting);
    sheetLayout->addWidget(boxed(tr("The product's life cycle, topic by topic"), m_topics), 4);
    sheetLayout->addWidget(boxed(tr("Neutral experts invited"), m_experts), 1);
    auto *reciprocity = new QWidget;
    auto *reciprocityLayout = new QVBoxLayout(reciprocity);
    auto *principle = new QLabel(tr("The discussion follows a principle of reciprocity and mutual responsibility: "
                                    "it takes into account the interests and constraints of the company, those of "
                                    "the public actor, and the general interest."));
    principle->setWordWrap(true);
    reciprocityLayout->addWidget(principle);
    const TableInfo &meeting = Tables::meeting();
    for (const auto &[editor, column] : {std::pair{m_company, "company_constraints"}, std::pair{m_public, "public_constraints"},
                                         std::pair{m_general, "general_interest"}})
        reciprocityLayout->addWidget(boxed(meeting.field(QLatin1String(column))->translatedLabel(), editor));
    m_tabs->setObjectName(QStringLiteral("negotiationTabs"));
    m_tabs->addTab(sheet, tr("Meeting sheet"));
    m_tabs->addTab(reciprocity, tr("Reciprocity"));
    m_tabs->addTab(m_revised, tr("Estimates revised"));
    m_tabs->addTab(m_beforeAfter, tr("Before and after"));
    m_stack->addWidget(empty);
    m_stack->addWidget(m_tabs);

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_export);
    top->addWidget(comparables);
    rightLayout->addLayout(top);
    rightLayout->addWidget(m_stack, 1);
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *leftTitle = new QLabel(tr("Shortlist"));
    leftTitle->setBuddy(m_shortlist);
    leftLayout->addWidget(leftTitle);
    leftLayout->addWidget(m_shortlist);
    auto *splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 4);
    splitter->setSizes({220, 1040});
    (new QVBoxLayout(this))->addWidget(splitter);

    connect(m_shortlist, &QListWidget::currentRowChanged, this, &NegotiationPage::bidderChosen);
    connect(m_prepare, &QPushButton::clicked, this, [this] { Negotiation::prepare(m_ctx, bidderId()); });
    connect(m_export, &QPushButton::clicked, this, &NegotiationPage::exportSheet);
    connect(&ctx.notifier, &Notifier::tableChanged, this, [this](const QString &table) {
        if (table == Tables::bidder().table())
            refreshShortlist();
        if (table == Tables::meeting().table())
            bidderChosen();
        if (table == Tables::answer().table() || table == Tables::bidder().table() ||
            table == Tables::gridQuestion().table() || table == Tables::gridChoice().table())
            refreshBeforeAfter();
    });
    refreshShortlist();
}

QString NegotiationPage::bidderId() const
{
    const QListWidgetItem *item = m_shortlist->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void NegotiationPage::commitPending()
{
    if (m_binder)
        m_binder->commitPending();
}

void NegotiationPage::refreshShortlist()
{
    const QString chosen = bidderId();
    {
        const QSignalBlocker quiet(m_shortlist);
        m_shortlist->clear();
        for (const Row &b : m_ctx.store.rows(Tables::bidder()))
            if (b.value(QStringLiteral("shortlisted")).toBool()) {
                auto *item = new QListWidgetItem(text(b, "name"), m_shortlist);
                item->setData(Qt::UserRole, text(b, "id"));
                if (text(b, "id") == chosen)
                    m_shortlist->setCurrentItem(item);
            }
        if (!m_shortlist->currentItem() && m_shortlist->count() > 0)
            m_shortlist->setCurrentRow(0);
    }
    bidderChosen();
    refreshBeforeAfter();
}

void NegotiationPage::bidderChosen()
{
    commitPending();
    const QString bidder = bidderId();
    const Row meeting = Negotiation::meetingOf(m_ctx.store, bidder);
    m_heading->setText(bidder.isEmpty() ? tr("No bidder shortlisted yet: tick “Shortlisted” in the Bidders tab.")
                                        : tr("Negotiation with %1").arg(m_ctx.store.value(Tables::bidder(), bidder,
                                                                                          QStringLiteral("name")).toString()));
    m_export->setEnabled(!bidder.isEmpty());
    m_prepare->setEnabled(!bidder.isEmpty() && !m_ctx.isReadOnly());
    m_revised->setBidder(bidder);
    const QString meetingId = text(meeting, "id");
    m_stack->setCurrentIndex(meetingId.isEmpty() ? 0 : 1);
    if (meetingId == m_meetingId && m_binder)
        return;
    m_meetingId = meetingId;
    m_meeting->setFilter(QStringLiteral("bidder_id"), bidder);
    m_experts->setFilter(QStringLiteral("meeting_id"), meetingId);
    m_topics->setFilter(QStringLiteral("meeting_id"), meetingId);
    delete m_binder;
    if (meetingId.isEmpty())
        return;
    m_binder = new FieldBinder(m_ctx, Tables::meeting(), meetingId, this);
    m_binder->bind(m_company, QStringLiteral("company_constraints"));
    m_binder->bind(m_public, QStringLiteral("public_constraints"));
    m_binder->bind(m_general, QStringLiteral("general_interest"));
}

void NegotiationPage::refreshBeforeAfter()
{
    const QList<GridQuestion> questions = GridStore::questions(m_ctx.store);
    const QList<BidderScore> before = Scoring::compare(questions, GridStore::bidders(m_ctx.store, Phase::Tender, true));
    const QList<BidderScore> after = Scoring::compare(questions, GridStore::bidders(m_ctx.store, Phase::Meeting, true));
    const QStringList impacts = Scoring::maximumByImpact(questions).keys();
    QStringList headers{tr("Bidder"), tr("Total before"), tr("Total after")};
    for (const QString &impact : impacts)
        headers << (impact.isEmpty() ? tr("no impact linked") : impact);
    m_beforeAfter->clear();
    m_beforeAfter->setColumnCount(int(headers.size()));
    m_beforeAfter->setHorizontalHeaderLabels(headers);
    m_beforeAfter->setRowCount(int(before.size()));
    const auto points = [](double p) { return QLocale().toString(p, 'f', 1); };
    int r = 0;
    for (const Row &b : m_ctx.store.rows(Tables::bidder())) {
        if (!b.value(QStringLiteral("shortlisted")).toBool())
            continue;
        const auto find = [&](const QList<BidderScore> &list) {
            for (const BidderScore &s : list)
                if (s.bidderId == text(b, "id"))
                    return s;
            return BidderScore{};
        };
        const BidderScore was = find(before), is = find(after);
        int c = 0;
        auto put = [&](const QString &shown) {
            auto *item = new QTableWidgetItem(shown);
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_beforeAfter->setItem(r, c++, item);
        };
        put(text(b, "name"));
        put(points(was.total));
        put(points(is.total));
        for (const QString &impact : impacts) {
            const double x = was.byImpact.value(impact), y = is.byImpact.value(impact);
            put(qFuzzyCompare(1 + x, 1 + y) ? points(x) : tr("%1 → %2").arg(points(x), points(y)));
        }
        ++r;
    }
    m_beforeAfter->resizeColumnsToContents();
}

void NegotiationPage::exportSheet()
{
    const QString name = m_ctx.store.value(Tables::bidder(), bidderId(), QStringLiteral("name")).toString();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the negotiation sheet"),
                                                      tr("negotiation-%1.pdf").arg(name.simplified().replace(QLatin1Char(' '), QLatin1Char('-'))),
                                                      tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    commitPending();
    Reports::Document sheet = SourcingDocuments::negotiationSheetOf(m_ctx, bidderId()); // this bidder, whatever its name
    const Reports::PdfExport result = Reports::PdfExport::write(sheet, path);
    if (result.outcome != Reports::PdfExport::Written)
        QMessageBox::warning(this, tr("Export the negotiation sheet"), result.error);
}

} // namespace Atelier::Sourcing
