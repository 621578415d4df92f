// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bidderspage.h"

#include "answerstable.h"
#include "comparisonview.h"
#include "gridformats.h"
#include "gridstore.h"
#include "sourcingschema.h"

#include "core/projectcontext.h"
#include "core/store.h"
#include "widgets/entitytablemodel.h"
#include "widgets/pageparts.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>

namespace Atelier::Sourcing {

BiddersPage::BiddersPage(ProjectContext &ctx, QWidget *parent)
    : QWidget(parent), m_ctx(ctx),
      m_bidders(new EntityTableEditor(ctx, Tables::bidder(), columns({"name", "shortlisted"}), tr("Add bidder"))),
      m_answers(new AnswersTable(ctx, Phase::Tender)), m_comparison(new ComparisonView(ctx)),
      m_import(new QPushButton(tr("Import answers from CSV…")))
{
    setObjectName(QStringLiteral("biddersPage"));
    m_bidders->setObjectName(QStringLiteral("bidders"));
    m_bidders->view()->setAccessibleName(tr("Bidders"));
    stretchColumn(m_bidders, 0);
    m_import->setObjectName(QStringLiteral("importAnswers"));
    m_import->setToolTip(tr("Reads the CSV of the grid as the bidder filled it in"));

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_bidders, 1);
    leftLayout->addWidget(m_import);
    auto *answersBox = new QWidget;
    auto *answersLayout = new QVBoxLayout(answersBox);
    answersLayout->setContentsMargins(0, 0, 0, 0);
    auto *hint = new QLabel(tr("Double-click or type in the Answer column; * marks a required question."));
    hint->setWordWrap(true);
    answersLayout->addWidget(hint);
    answersLayout->addWidget(m_answers, 1);
    auto *tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("biddersTabs"));
    tabs->addTab(answersBox, tr("Answers of the bidder"));
    tabs->addTab(m_comparison, tr("Comparison"));
    auto *splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(tabs);
    splitter->setStretchFactor(1, 4);
    splitter->setSizes({260, 1000});
    (new QVBoxLayout(this))->addWidget(splitter);

    connect(m_bidders, &EntityTableEditor::currentIdChanged, m_answers, &AnswersTable::setBidder);
    connect(m_bidders, &EntityTableEditor::currentIdChanged, this,
            [this](const QString &id) { m_import->setEnabled(!id.isEmpty() && !m_ctx.isReadOnly()); });
    connect(m_import, &QPushButton::clicked, this, &BiddersPage::importAnswers);
    keepCurrentRow(m_bidders);
    m_answers->setBidder(m_bidders->currentId());
    m_import->setEnabled(!m_bidders->currentId().isEmpty() && !m_ctx.isReadOnly());
}

bool BiddersPage::importCsv(const QString &bidderId, const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("“%1” cannot be read: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    const CsvImport read = readAnswersCsv(file.read(qint64(6) << 20), GridStore::questions(m_ctx.store));
    if (!read.errors.isEmpty()) {
        if (error)
            *error = tr("Nothing was imported from “%1”:\n%2")
                         .arg(QFileInfo(path).fileName(), read.errors.mid(0, 12).join(QLatin1Char('\n')));
        return false;
    }
    if (!GridStore::importAnswers(m_ctx, bidderId, read.answers)) {
        if (error)
            *error = tr("The answers could not be recorded: nothing was changed.");
        return false;
    }
    return true;
}

void BiddersPage::importAnswers()
{
    const QString bidder = m_bidders->currentId();
    const QString path = QFileDialog::getOpenFileName(this, tr("Import the bidder's answers"), QString(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty() || bidder.isEmpty())
        return;
    QString error;
    if (!importCsv(bidder, path, &error))
        QMessageBox::warning(this, tr("Import the bidder's answers"), error);
}

} // namespace Atelier::Sourcing
