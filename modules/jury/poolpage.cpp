// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "poolpage.h"

#include "juryschema.h"
#include "mappingdialog.h"
#include "poolstore.h"

#include "core/notifier.h"
#include "core/projectcontext.h"
#include "core/store.h"
#include "widgets/pageparts.h"

#include <QAction>
#include <QDate>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>

namespace Atelier::Jury {

PoolPage::PoolPage(ProjectContext &ctx, QWidget *parent)
    : QWidget(parent), m_ctx(ctx), m_roll(new QPushButton(tr("Import an electoral-roll extract…"))),
      m_volunteers(new QPushButton(tr("Import the volunteers' list…"))),
      m_purge(new QPushButton(tr("Purge the pool's personal data…"))), m_summary(new QLabel),
      m_imports(new EntityTableEditor(ctx, Tables::poolImport(),
                                      columns({"source", "file_name", "encoding", "accepted", "rejected", "imported_at"}), QString())),
      m_people(new EntityTableEditor(ctx, Tables::poolPerson(),
                                     columns({"last_name", "first_names", "birth_year", "sex", "neighbourhood", "source", "line"}),
                                     QString()))
{
    setObjectName(QStringLiteral("poolPage"));
    m_roll->setObjectName(QStringLiteral("importRoll"));
    m_volunteers->setObjectName(QStringLiteral("importVolunteers"));
    m_purge->setObjectName(QStringLiteral("purgePool"));
    m_summary->setObjectName(QStringLiteral("poolSummary"));
    m_summary->setWordWrap(true);
    for (EntityTableEditor *e : {m_imports, m_people}) {
        e->addRowAction()->setVisible(false);
        e->removeRowAction()->setVisible(false); // the pool is purged as a whole, after the draw
    }
    m_imports->setObjectName(QStringLiteral("poolImports"));
    m_imports->view()->setAccessibleName(tr("Lists imported"));
    stretchColumn(m_imports, 1);
    m_people->setObjectName(QStringLiteral("poolPeople"));
    m_people->view()->setAccessibleName(tr("People of the pool"));
    stretchColumn(m_people, 4);
    auto *kept = new QLabel(tr("What is kept of each person: names, year of birth, sex, neighbourhood or polling "
                               "station, commune, and a fingerprint of the address to recognise households — not "
                               "the address, not the full date of birth, no contact. The lists themselves stay "
                               "with the administration, archived for checking the draw."));
    kept->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_roll);
    buttons->addWidget(m_volunteers);
    buttons->addStretch();
    buttons->addWidget(m_purge);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(boxed(tr("Lists imported"), m_imports));
    splitter->addWidget(boxed(tr("The pool"), m_people));
    splitter->setStretchFactor(1, 4);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(kept);
    layout->addLayout(buttons);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    connect(m_roll, &QPushButton::clicked, this, [this] { importFile(QStringLiteral("roll")); });
    connect(m_volunteers, &QPushButton::clicked, this, [this] { importFile(QStringLiteral("volunteers")); });
    connect(m_purge, &QPushButton::clicked, this, &PoolPage::purge);
    connect(&ctx.notifier, &Notifier::tableChanged, this, [this](const QString &table) {
        if (table == Tables::poolPerson().table() || table == Tables::draw().table())
            refresh();
    });
    refresh();
}

void PoolPage::refresh()
{
    const QList<PoolPerson> roll = PoolStore::people(m_ctx.store, QStringLiteral("roll"));
    const QList<PoolPerson> volunteers = PoolStore::people(m_ctx.store, QStringLiteral("volunteers"));
    const int both = int(Pool::sameIn(roll, volunteers).size());
    QString text = tr("In the pool: %1 and %2.")
                       .arg(tr("%n person(s) from the electoral roll", nullptr, int(roll.size())),
                            tr("%n volunteer(s)", nullptr, int(volunteers.size())));
    if (both > 0)
        text += QLatin1Char(' ') + tr("%n person(s) on both lists.", nullptr, both);
    const QList<Row> draws = m_ctx.store.rows(Tables::draw());
    const QString state = draws.isEmpty() ? QString() : Atelier::text(draws.first(), "state");
    const bool pooled = !roll.isEmpty() || !volunteers.isEmpty();
    m_roll->setEnabled(!m_ctx.isReadOnly() && (state.isEmpty() || state == QLatin1String("setup")));
    m_volunteers->setEnabled(m_roll->isEnabled());
    m_purge->setEnabled(!m_ctx.isReadOnly() && state == QLatin1String("drawn") && pooled);
    if (state == QLatin1String("drawn") && !pooled)
        text = tr("The pool's personal data was purged after the draw. Its fingerprints stay: the draw can "
                  "still be verified against the archived lists (atelier jury verify FILE --pool LIST.csv).");
    m_summary->setText(text);
}

void PoolPage::purge()
{
    if (QMessageBox::warning(this, tr("Purge the pool"),
                             tr("Remove every person of the pool from the project, for good? The jurors stay; "
                                "no substitute can be drawn afterwards; the undo history is cleared. Keep the "
                                "lists as imported, archived: the draw can then still be verified against them."),
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    QString error;
    if (!PoolStore::purge(m_ctx, &error))
        QMessageBox::warning(this, tr("Purge the pool"), error);
}

void PoolPage::importFile(const QString &source)
{
    const QString path = QFileDialog::getOpenFileName(this, source == QLatin1String("roll") ? m_roll->text() : m_volunteers->text(),
                                                      QString(), tr("Lists (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Import"), tr("“%1” cannot be read (%2).").arg(QFileInfo(path).fileName(), file.errorString()));
        return;
    }
    const QByteArray bytes = file.readAll();
    const CsvTable table = Csv::read(bytes);
    if (table.records.size() < 2) {
        QMessageBox::warning(this, tr("Import"), tr("“%1” holds no line after its header.").arg(QFileInfo(path).fileName()));
        return;
    }
    MappingDialog dialog(table, QFileInfo(path).fileName(), this);
    if (dialog.exec() == QDialog::Accepted)
        importBytes(bytes, QFileInfo(path).fileName(), source, dialog.mapping());
}

bool PoolPage::importBytes(const QByteArray &bytes, const QString &fileName, const QString &source, const Mapping &mapping)
{
    QString error;
    const std::optional<PoolReport> report = PoolStore::import(m_ctx, bytes, fileName, source, mapping, QDate::currentDate(), &error);
    if (!report) {
        QMessageBox::warning(this, tr("Import"), error);
        return false;
    }
    QStringList details;
    for (const Rejection &r : report->read.rejected)
        details << tr("Line %1: %2").arg(r.line).arg(r.reason);
    for (const auto &[here, there] : report->onBothLists)
        details << tr("Line %1 is also on the other list (its line %2).").arg(here).arg(there);
    QMessageBox box(QMessageBox::Information, tr("Import"),
                    tr("%1, %2; %3.")
                        .arg(tr("%n person(s) kept", nullptr, int(report->read.accepted.size())),
                             tr("%n line(s) rejected", nullptr, int(report->read.rejected.size())),
                             tr("%n person(s) also on the other list", nullptr, int(report->onBothLists.size()))),
                    QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("importReport"));
    if (!details.isEmpty())
        box.setDetailedText(details.join(QLatin1Char('\n')));
    box.exec();
    return true;
}

} // namespace Atelier::Jury
