// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparablesdialog.h"

#include "amountschart.h"
#include "comparablestable.h"

#include "core/format.h"
#include "decp/referencelibrary.h"
#include "widgets/moneyedit.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>

#include <cmath>

namespace Atelier::DecpView {

using Decp::CpvLevel;

namespace {

const QDate noDate(2000, 1, 1); ///< a date edit at its minimum: no bound (DECP starts in 2019)

QString levelName(CpvLevel level)
{
    switch (level) {
    case CpvLevel::Division: return ComparablesDialog::tr("division");
    case CpvLevel::Group: return ComparablesDialog::tr("group");
    case CpvLevel::Class: return ComparablesDialog::tr("class");
    case CpvLevel::Category: return ComparablesDialog::tr("category");
    case CpvLevel::Code: return ComparablesDialog::tr("exact code");
    }
    return {};
}

QString money(double cents)
{
    return Format::money(std::llround(cents));
}

QDateEdit *dateEdit(const char *name)
{
    auto *edit = new QDateEdit;
    edit->setObjectName(QLatin1String(name));
    edit->setCalendarPopup(true);
    edit->setMinimumDate(noDate);
    edit->setSpecialValueText(ComparablesDialog::tr("any"));
    edit->setDate(noDate);
    return edit;
}

QSpinBox *monthsEdit(const char *name)
{
    auto *edit = new QSpinBox;
    edit->setObjectName(QLatin1String(name));
    edit->setRange(0, 1200);
    edit->setSpecialValueText(ComparablesDialog::tr("any"));
    edit->setSuffix(ComparablesDialog::tr(" months"));
    edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return edit;
}

MoneyEdit *amountEdit(const char *name)
{
    auto *edit = new MoneyEdit;
    edit->setObjectName(QLatin1String(name));
    edit->setSpecialValueText(ComparablesDialog::tr("any"));
    return edit;
}

/// Two editors side by side: "from … to …".
QWidget *range(QWidget *from, QWidget *to)
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(from, 1);
    layout->addWidget(new QLabel(ComparablesDialog::tr("to")));
    layout->addWidget(to, 1);
    return row;
}

} // namespace

ComparablesDialog::ComparablesDialog(const Decp::ComparableQuery &query, QWidget *parent, const QString &libraryPath)
    : QDialog(parent), m_path(libraryPath.isEmpty() ? ComparablesDialog::libraryPath() : libraryPath),
      m_cpv(new QLineEdit), m_level(new QComboBox), m_widen(new QCheckBox(tr("Widen when fewer than"))),
      m_atLeast(new QSpinBox), m_minAmount(amountEdit("minimumAmount")), m_maxAmount(amountEdit("maximumAmount")),
      m_minMonths(monthsEdit("minimumMonths")), m_maxMonths(monthsEdit("maximumMonths")), m_holder(new QLineEdit),
      m_buyer(new QLineEdit), m_from(dateEdit("notifiedFrom")), m_to(dateEdit("notifiedTo")),
      m_search(new QPushButton(tr("Search"))), m_stack(new QStackedWidget), m_empty(new QLabel), m_summary(new QLabel),
      m_figures(new QLabel), m_model(new QStandardItemModel(this)), m_table(new QTableView), m_chart(new AmountsChart),
      m_libraryLine(new QLabel), m_importMore(new QPushButton(tr("Import a DECP file…"))),
      m_importFirst(new QPushButton(tr("Import a DECP file…")))
{
    setObjectName(QStringLiteral("comparablesDialog"));
    setWindowTitle(tr("Comparable past contracts"));
    setSizeGripEnabled(true);
    resize(1180, 720);

    auto *form = new QGroupBox(tr("Contracts like this one"));
    buildForm(form);

    // The results: the line saying what matched, the figures and the chart beside the table.
    m_summary->setObjectName(QStringLiteral("comparablesSummary"));
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_figures->setObjectName(QStringLiteral("comparablesFigures"));
    m_figures->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("comparablesTable"));
    m_table->setAccessibleName(tr("Comparable past contracts"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_model->setSortRole(Qt::UserRole);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    fillComparables(*m_model, {});
    auto *side = new QWidget;
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    auto *chartTitle = new QLabel(tr("Distribution of the amounts"));
    chartTitle->setFont(bold);
    sideLayout->addWidget(chartTitle);
    sideLayout->addWidget(m_chart, 1);
    sideLayout->addWidget(m_figures);
    auto *split = new QSplitter;
    split->addWidget(m_table);
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({800, 320});
    auto *results = new QWidget;
    auto *resultsLayout = new QVBoxLayout(results);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addWidget(m_summary);
    resultsLayout->addWidget(split, 1);

    // An empty library: say so, and offer the import.
    auto *emptyPage = new QWidget;
    auto *emptyLayout = new QVBoxLayout(emptyPage);
    m_empty->setObjectName(QStringLiteral("emptyLibrary"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_importFirst->setObjectName(QStringLiteral("importFirst"));
    emptyLayout->addStretch();
    emptyLayout->addWidget(m_empty);
    emptyLayout->addWidget(m_importFirst, 0, Qt::AlignCenter);
    emptyLayout->addStretch();
    m_stack->addWidget(emptyPage);
    m_stack->addWidget(results);

    m_libraryLine->setObjectName(QStringLiteral("libraryLine"));
    m_libraryLine->setTextFormat(Qt::PlainText);
    m_importMore->setObjectName(QStringLiteral("importMore"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_libraryLine, 1);
    bottom->addWidget(m_importMore);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(form);
    layout->addWidget(m_stack, 1);
    layout->addLayout(bottom);

    connect(m_search, &QPushButton::clicked, this, &ComparablesDialog::search);
    connect(m_importFirst, &QPushButton::clicked, this, &ComparablesDialog::chooseAndImport);
    connect(m_importMore, &QPushButton::clicked, this, &ComparablesDialog::chooseAndImport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_widen, &QCheckBox::toggled, m_atLeast, &QWidget::setEnabled);

    setQuery(query);
    openLibrary();
    showEmptyOrResults();
    if (libraryCount() > 0 && !query.cpv.isEmpty())
        search();
}

ComparablesDialog::~ComparablesDialog() = default;

QString ComparablesDialog::libraryPath()
{
    const QString set = qEnvironmentVariable("ATELIER_REFERENCE_LIBRARY");
    return set.isEmpty() ? Decp::ReferenceLibrary::defaultPath() : set;
}

ComparablesDialog *ComparablesDialog::showFor(const Decp::ComparableQuery &query, QWidget *parent)
{
    auto *dialog = new ComparablesDialog(query, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

void ComparablesDialog::buildForm(QWidget *box)
{
    m_cpv->setObjectName(QStringLiteral("cpvCode"));
    m_cpv->setPlaceholderText(tr("e.g. 45214200-2"));
    m_cpv->setMaxLength(10);
    m_cpv->setMinimumWidth(m_cpv->fontMetrics().horizontalAdvance(QStringLiteral("45214200-2")) + 24);
    m_level->setObjectName(QStringLiteral("cpvLevel"));
    for (const auto &[level, label] :
         {std::pair{CpvLevel::Division, tr("Division (2 digits)")}, std::pair{CpvLevel::Group, tr("Group (3 digits)")},
          std::pair{CpvLevel::Class, tr("Class (4 digits)")}, std::pair{CpvLevel::Category, tr("Category (5 digits)")},
          std::pair{CpvLevel::Code, tr("Exact code (8 digits)")}})
        m_level->addItem(label, int(level));
    m_widen->setObjectName(QStringLiteral("widen"));
    m_atLeast->setObjectName(QStringLiteral("atLeast"));
    m_atLeast->setRange(1, 1000);
    m_atLeast->setSuffix(tr(" matches"));
    m_holder->setObjectName(QStringLiteral("holder"));
    m_holder->setPlaceholderText(tr("SIRET, any when empty"));
    m_buyer->setObjectName(QStringLiteral("buyer"));
    m_buyer->setPlaceholderText(tr("SIRET, any when empty"));
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setDefault(true); // Enter in any field searches

    auto *cpvRow = new QHBoxLayout;
    cpvRow->addWidget(m_cpv, 2);
    cpvRow->addWidget(new QLabel(tr("sharing its")));
    cpvRow->addWidget(m_level, 2);
    cpvRow->addWidget(m_widen);
    cpvRow->addWidget(m_atLeast, 1);
    auto *left = new QFormLayout;
    auto *cpvLabel = new QLabel(tr("&CPV code:"));
    cpvLabel->setBuddy(m_cpv); // a row of several fields gets no buddy of its own
    left->addRow(cpvLabel, cpvRow);
    left->addRow(tr("&Amount excl. VAT:"), range(m_minAmount, m_maxAmount));
    left->addRow(tr("D&uration:"), range(m_minMonths, m_maxMonths));
    auto *right = new QFormLayout;
    right->addRow(tr("&Holder:"), m_holder);
    right->addRow(tr("&Buyer:"), m_buyer);
    right->addRow(tr("&Notified from:"), range(m_from, m_to));
    auto *layout = new QHBoxLayout(box);
    layout->addLayout(left, 3);
    layout->addSpacing(12);
    layout->addLayout(right, 2);
    layout->addWidget(m_search, 0, Qt::AlignBottom);
}

void ComparablesDialog::setQuery(const Decp::ComparableQuery &query)
{
    m_cpv->setText(query.cpv);
    m_level->setCurrentIndex(std::max(0, m_level->findData(int(query.level))));
    m_widen->setChecked(query.atLeast > 0);
    m_atLeast->setValue(query.atLeast > 0 ? query.atLeast : 5);
    m_atLeast->setEnabled(query.atLeast > 0);
    m_minAmount->setCents(query.minimumCents.value_or(0));
    m_maxAmount->setCents(query.maximumCents.value_or(0));
    m_minMonths->setValue(query.minimumMonths.value_or(0));
    m_maxMonths->setValue(query.maximumMonths.value_or(0));
    m_holder->setText(query.holder);
    m_buyer->setText(query.buyer);
    m_from->setDate(query.from.isValid() ? query.from : noDate);
    m_to->setDate(query.to.isValid() ? query.to : noDate);
}

Decp::ComparableQuery ComparablesDialog::query() const
{
    Decp::ComparableQuery q;
    q.cpv = m_cpv->text().trimmed();
    q.level = CpvLevel(m_level->currentData().toInt());
    q.atLeast = m_widen->isChecked() ? m_atLeast->value() : 0;
    if (m_minAmount->cents() > 0)
        q.minimumCents = m_minAmount->cents();
    if (m_maxAmount->cents() > 0)
        q.maximumCents = m_maxAmount->cents();
    if (m_minMonths->value() > 0)
        q.minimumMonths = m_minMonths->value();
    if (m_maxMonths->value() > 0)
        q.maximumMonths = m_maxMonths->value();
    q.holder = m_holder->text().trimmed();
    q.buyer = m_buyer->text().trimmed();
    if (m_from->date() != noDate)
        q.from = m_from->date();
    if (m_to->date() != noDate)
        q.to = m_to->date();
    return q;
}

void ComparablesDialog::openLibrary()
{
    m_library = Decp::ReferenceLibrary::open(m_path, &m_libraryError);
}

qint64 ComparablesDialog::libraryCount()
{
    try {
        return m_library ? m_library->count() : 0;
    } catch (const Sql::Error &e) {
        closeUnreadable(e);
        return 0;
    }
}

void ComparablesDialog::closeUnreadable(const Sql::Error &error)
{
    m_library.reset();
    m_libraryError = Decp::describeLibraryError(m_path, error);
}

void ComparablesDialog::showEmptyOrResults()
{
    const qint64 count = libraryCount();
    const bool empty = count == 0;
    if (!m_library)
        m_empty->setText(m_libraryError);
    else
        m_empty->setText(tr("The reference library of past contracts is empty.\n\nImport a DECP file (the "
                            "données essentielles de la commande publique, JSON v2, as data.gouv.fr publishes "
                            "them) to compare this contract with those other buyers notified."));
    m_stack->setCurrentIndex(empty ? 0 : 1);
    m_search->setEnabled(!empty);
    m_importMore->setVisible(!empty && m_library);
    m_importFirst->setVisible(m_library != nullptr); // nothing can be imported into a library that cannot be read
    m_libraryLine->setText(m_library ? tr("Reference library: %n past contract(s), in “%1”.", nullptr, int(count))
                                           .arg(QDir::toNativeSeparators(QFileInfo(m_path).absoluteFilePath()))
                                     : QString());
}

void ComparablesDialog::search()
{
    if (!m_library)
        return;
    const Decp::ComparableQuery asked = query();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Decp::Comparables found;
    try {
        found = m_library->comparables(asked);
    } catch (const Sql::Error &e) {
        QApplication::restoreOverrideCursor();
        closeUnreadable(e);
        showEmptyOrResults();
        return;
    }
    QApplication::restoreOverrideCursor();
    showComparables(found, asked);
}

void ComparablesDialog::showComparables(const Decp::Comparables &found, const Decp::ComparableQuery &asked)
{
    if (!found.valid) {
        m_summary->setText(tr("Type a CPV code of at least %n digit(s) to compare at this level.", nullptr,
                              int(asked.level)));
        fillComparables(*m_model, {});
        m_chart->setDistribution({});
        m_figures->clear();
        return;
    }
    QString line = tr("%n past contract(s) match at the %1 level (CPV codes beginning with %2).", nullptr,
                      int(found.total))
                       .arg(levelName(found.level), found.prefix);
    if (found.level != asked.level)
        line += QLatin1Char(' ') + tr("Widened from the %1: fewer than %n matched there.", nullptr, asked.atLeast)
                                       .arg(levelName(asked.level));
    if (found.total > found.rows.size())
        line += QLatin1Char(' ') + tr("The table shows the %n most recent.", nullptr, int(found.rows.size()));
    m_summary->setText(line);
    fillComparables(*m_model, found.rows);
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(0, std::min(m_table->columnWidth(0), 360));
    m_chart->setDistribution(found.amounts);
    const Decp::Distribution &d = found.amounts;
    m_figures->setText(d.count == 0 ? tr("No amount to show.")
                                    : tr("Median: %1\nFirst quartile: %2\nThird quartile: %3\nLowest: %4, "
                                         "highest: %5\nOver %n contract(s).",
                                         nullptr, int(d.count))
                                          .arg(money(d.median), money(d.firstQuartile), money(d.thirdQuartile),
                                               money(d.minimum), money(d.maximum)));
}

void ComparablesDialog::chooseAndImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a DECP file into the reference library"),
                                                      QDir::homePath(), tr("DECP JSON (*.json);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

QString ComparablesDialog::importFile(const QString &path, bool tell)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!m_library || !file.open(QIODevice::ReadOnly)) {
        const QString why = m_library ? tr("“%1” cannot be read (%2): nothing was imported.").arg(name, file.errorString())
                                      : m_libraryError;
        if (tell)
            QMessageBox::warning(this, tr("Import a DECP file"), why);
        return why;
    }
    // The import reports no progress: a wait cursor while the file streams in.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Decp::ImportReport report = m_library->import(file);
    QApplication::restoreOverrideCursor();
    showEmptyOrResults();
    if (report.file.read == 0 && (!report.file.fatal.isEmpty() || !report.file.recognised)) {
        const QString why = report.file.fatal.isEmpty()
                                ? tr("“%1” holds no DECP marché: nothing was imported.").arg(name)
                                : tr("“%1” cannot be read as DECP JSON (%2): nothing was imported.").arg(name, report.file.fatal);
        if (tell)
            QMessageBox::warning(this, tr("Import a DECP file"), why);
        return why;
    }
    QStringList lines = Decp::importSummary(name, report);
    constexpr int shown = 10;
    for (const Decp::InvalidRecord &r : report.file.invalid.mid(0, shown))
        lines << tr("Record %1 (byte %2): %3").arg(r.index).arg(r.offset).arg(r.reason);
    if (report.file.invalid.size() > shown)
        lines << tr("… and %n more invalid record(s).", nullptr, int(report.file.invalid.size() - shown));
    if (!report.file.fatal.isEmpty())
        lines << tr("The reading stopped %1; the records before were kept.").arg(report.file.fatal);
    if (tell)
        QMessageBox::information(this, tr("Import a DECP file"), lines.join(QLatin1Char('\n')));
    if (!m_cpv->text().trimmed().isEmpty() && libraryCount() > 0)
        search();
    return lines.join(QLatin1Char('\n'));
}

} // namespace Atelier::DecpView
