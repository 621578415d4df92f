// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "drawpage.h"

#include "attendancemodel.h"

#include "comparison.h"
#include "drawstore.h"
#include "juryschema.h"

#include "core/edit.h"
#include "core/format.h"
#include "core/notifier.h"
#include "core/projectcontext.h"
#include "core/store.h"
#include "widgets/entitytablemodel.h"
#include "widgets/fieldbinder.h"
#include "widgets/moneyedit.h"
#include "widgets/pageparts.h"

#include <QAction>
#include <QCheckBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>

namespace Atelier::Jury {

DrawPage::DrawPage(ProjectContext &ctx, QWidget *parent)
    : QWidget(parent), m_ctx(ctx), m_state(new QLabel), m_prepare(new QPushButton(tr("Prepare the draw"))),
      m_settings(new QWidget), m_size(new QSpinBox), m_household(new QCheckBox(tr("At most one person per household"))),
      m_proportional(new QPushButton(tr("Quotas that follow the pool"))),
      m_freeze(new QPushButton(tr("Check the quotas and freeze the draw"))), m_draw(new QPushButton(tr("Draw the jury"))),
      m_replace(new QPushButton(tr("The selected juror withdraws: draw a substitute…"))),
      m_quotas(new EntityTableEditor(ctx, Tables::quota(), columns({"category", "value", "min", "max"}), QString())),
      m_witnesses(new EntityTableEditor(ctx, Tables::witness(), columns({"name", "number"}), tr("Add a witness"))),
      m_jurors(new EntityTableEditor(ctx, Tables::juror(),
                                     columns({"first_names", "last_name", "profile", "status", "ethics_training",
                                              "rules_training"}),
                                     QString())),
      m_sessions(new EntityTableEditor(ctx, Tables::session(), columns({"date", "title", "days"}), tr("Add a session"))),
      m_attendance(new QTableView), m_attendanceModel(new AttendanceModel(ctx, this)),
      m_fingerprints(new QLabel), m_lowest(new QLabel), m_allowanceTotal(new QLabel), m_chances(new QTableWidget),
      m_allowance(new MoneyEdit), m_chancesLater(this, [this] { showChances(); })
{
    setObjectName(QStringLiteral("drawPage"));
    m_state->setObjectName(QStringLiteral("drawState"));
    m_state->setWordWrap(true);
    m_prepare->setObjectName(QStringLiteral("prepareDraw"));
    m_size->setObjectName(QStringLiteral("jurySize"));
    m_size->setRange(1, 200);
    m_size->setKeyboardTracking(false);
    m_household->setObjectName(QStringLiteral("onePerHousehold"));
    m_proportional->setObjectName(QStringLiteral("proportionalQuotas"));
    m_freeze->setObjectName(QStringLiteral("freezeDraw"));
    m_draw->setObjectName(QStringLiteral("drawJury"));
    m_replace->setObjectName(QStringLiteral("replaceJuror"));
    m_quotas->setObjectName(QStringLiteral("quotas"));
    m_witnesses->setObjectName(QStringLiteral("witnesses"));
    m_jurors->setObjectName(QStringLiteral("jurors"));
    m_sessions->setObjectName(QStringLiteral("sessions"));
    m_sessions->setDefaults({{QStringLiteral("days"), 1.0}});
    m_attendance->setObjectName(QStringLiteral("attendance"));
    m_attendance->setModel(m_attendanceModel);
    m_attendance->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_attendance->setSelectionMode(QAbstractItemView::NoSelection);
    // A session goes with who attended it: the editor's own removal is replaced by one that takes both.
    m_sessions->removeRowAction()->setVisible(false);
    auto *removeSession = new QAction(QIcon::fromTheme(QStringLiteral("list-remove")), tr("Remove the session"), this);
    removeSession->setObjectName(QStringLiteral("removeSession"));
    m_sessions->addToolAction(removeSession);
    connect(removeSession, &QAction::triggered, this, [this] {
        if (const QString id = m_sessions->currentId(); !id.isEmpty())
            DrawStore::removeSession(m_ctx, id);
    });
    m_fingerprints->setObjectName(QStringLiteral("fingerprints"));
    m_fingerprints->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fingerprints->setWordWrap(true);
    m_lowest->setObjectName(QStringLiteral("lowestChance"));
    m_lowest->setWordWrap(true);
    m_chances->setObjectName(QStringLiteral("chances"));
    m_chances->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_chances->verticalHeader()->hide();
    m_allowance->setObjectName(QStringLiteral("dailyAllowance"));
    m_allowanceTotal->setObjectName(QStringLiteral("allowanceTotal"));
    m_quotas->addRowAction()->setVisible(false);
    m_quotas->removeRowAction()->setVisible(false);
    m_jurors->addRowAction()->setVisible(false);
    m_jurors->removeRowAction()->setVisible(false);
    m_quotas->model()->setDisplay(QStringLiteral("category"),
                                  [](const Row &r) { return Setup::categoryLabel(text(r, "category")); });
    m_quotas->model()->setDisplay(QStringLiteral("value"),
                                  [](const Row &r) { return Setup::valueLabel(text(r, "category"), text(r, "value")); });
    m_jurors->model()->setDisplay(QStringLiteral("profile"), [this](const Row &r) {
        return Setup::profileLabel(m_frozenCategories, text(r, "profile"));
    });
    stretchColumn(m_quotas, 1);
    stretchColumn(m_witnesses, 0);
    stretchColumn(m_sessions, 1);
    m_jurors->view()->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    stretchColumn(m_jurors, 2);

    auto *settingsForm = new QFormLayout(m_settings);
    settingsForm->addRow(tr("Jurors to draw"), m_size);
    settingsForm->addRow(QString(), m_household);
    auto *categories = new QHBoxLayout;
    for (const QString &key : Setup::categoryKeys()) {
        auto *box = new QCheckBox(Setup::categoryLabel(key));
        box->setObjectName(QStringLiteral("category_") + key);
        box->setProperty("key", key);
        categories->addWidget(box);
        m_categories << box;
        connect(box, &QCheckBox::clicked, this, [this] {
            QStringList keys;
            for (QCheckBox *b : std::as_const(m_categories))
                if (b->isChecked())
                    keys << b->property("key").toString();
            QString error;
            if (!DrawStore::setCategories(m_ctx, keys, &error) || !DrawStore::setProportionalQuotas(m_ctx, &error))
                QMessageBox::warning(this, tr("Categories"), error);
        });
    }
    categories->addStretch();
    settingsForm->addRow(tr("Categories"), categories);
    settingsForm->addRow(QString(), m_proportional);

    auto *chancesBox = new QWidget;
    auto *chancesLayout = new QVBoxLayout(chancesBox);
    chancesLayout->addWidget(m_lowest);
    chancesLayout->addWidget(m_chances, 1);
    chancesLayout->addWidget(m_fingerprints);

    auto *drawButtons = new QHBoxLayout;
    drawButtons->addWidget(m_freeze);
    drawButtons->addWidget(m_draw);
    drawButtons->addStretch();
    auto *allowance = new QHBoxLayout;
    allowance->addWidget(new QLabel(tr("Allowance per day")));
    allowance->addWidget(m_allowance);
    allowance->addWidget(m_allowanceTotal, 1);
    allowance->addWidget(m_replace);

    auto *content = new QWidget;
    auto *grid = new QGridLayout(content);
    grid->addWidget(m_state, 0, 0, 1, 2);
    grid->addWidget(m_prepare, 1, 0, 1, 2, Qt::AlignLeft);
    grid->addWidget(boxed(tr("1. Settings"), m_settings), 2, 0);
    grid->addWidget(boxed(tr("2. Quotas"), m_quotas), 3, 0);
    grid->addLayout(drawButtons, 4, 0, 1, 2);
    grid->addWidget(boxed(tr("3. Fair chances and fingerprints"), chancesBox), 2, 1, 2, 1);
    grid->addWidget(boxed(tr("4. Witnesses and their numbers"), m_witnesses), 5, 0);
    auto *juryBox = new QWidget;
    auto *juryLayout = new QVBoxLayout(juryBox);
    juryLayout->setContentsMargins(0, 0, 0, 0);
    juryLayout->addWidget(m_jurors, 1);
    juryLayout->addLayout(allowance);
    grid->addWidget(boxed(tr("5. The jury"), juryBox), 5, 1);
    grid->addWidget(boxed(tr("6. Sessions"), m_sessions), 6, 0);
    grid->addWidget(boxed(tr("7. Who attended"), m_attendance), 6, 1);
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(1, 3);
    grid->setRowStretch(3, 1);
    grid->setRowStretch(5, 1);
    grid->setRowStretch(6, 1);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_prepare, &QPushButton::clicked, this, [this] {
        QString error;
        if (DrawStore::prepare(m_ctx, &error).isEmpty())
            QMessageBox::warning(this, tr("Prepare the draw"), error);
    });
    connect(m_size, &QSpinBox::valueChanged, this, [this](int size) {
        const auto d = DrawStore::record(m_ctx.store);
        if (d && d->settings.panelSize != size && d->state == QLatin1String("setup")) {
            Edit::Group group(m_ctx, tr("Change the jury's size"));
            Edit::setValue(m_ctx, Tables::draw(), d->id, QStringLiteral("panel_size"), size);
            QString error;
            DrawStore::setProportionalQuotas(m_ctx, &error);
        }
    });
    connect(m_household, &QCheckBox::clicked, this, [this](bool on) {
        if (const auto d = DrawStore::record(m_ctx.store))
            Edit::setValue(m_ctx, Tables::draw(), d->id, QStringLiteral("one_per_household"), on);
    });
    connect(m_proportional, &QPushButton::clicked, this, [this] {
        QString error;
        if (!DrawStore::setProportionalQuotas(m_ctx, &error))
            QMessageBox::warning(this, tr("Quotas"), error);
    });
    connect(m_freeze, &QPushButton::clicked, this, [this] { act(&DrawStore::freeze, tr("Freeze the draw")); });
    connect(m_draw, &QPushButton::clicked, this, [this] { act(&DrawStore::drawJury, tr("Draw the jury")); });
    connect(m_replace, &QPushButton::clicked, this, &DrawPage::replaceJuror);
    connect(&ctx.notifier, &Notifier::tableChanged, this, [this](const QString &table) {
        if (table == Tables::draw().table() || table == Tables::quota().table() || table == Tables::witness().table() ||
            table == Tables::juror().table() || table == Tables::poolPerson().table() ||
            table == Tables::session().table() || table == Tables::attendance().table())
            refresh();
    });
    refresh();
}

void DrawPage::act(bool (*step)(ProjectContext &, QString *), const QString &title)
{
    QString error;
    if (!step(m_ctx, &error))
        QMessageBox::warning(this, title, error);
}

void DrawPage::replaceJuror()
{
    const QString id = m_jurors->currentId();
    const Row juror = m_ctx.store.row(Tables::juror(), id);
    if (juror.isEmpty())
        return;
    if (QMessageBox::question(this, tr("A juror withdraws"),
                              tr("%1 %2 withdraws from the jury: draw a substitute of the same profile now?")
                                  .arg(text(juror, "first_names"), text(juror, "last_name"))) != QMessageBox::Yes)
        return;
    QString error;
    if (!DrawStore::replace(m_ctx, id, &error))
        QMessageBox::warning(this, tr("A juror withdraws"), error);
}

void DrawPage::refresh()
{
    const std::optional<DrawRecord> d = DrawStore::record(m_ctx.store);
    const bool writable = !m_ctx.isReadOnly();
    const QString state = d ? d->state : QString();
    const bool setup = state == QLatin1String("setup"), frozen = state == QLatin1String("frozen"),
               drawn = state == QLatin1String("drawn");
    m_prepare->setVisible(!d);
    m_prepare->setEnabled(writable);
    m_settings->setEnabled(writable && setup);
    m_quotas->setEnabled(d.has_value());
    m_quotas->view()->setEditTriggers(writable && setup ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                                              QAbstractItemView::AnyKeyPressed
                                                        : QAbstractItemView::NoEditTriggers);
    m_freeze->setEnabled(writable && setup);
    m_draw->setEnabled(writable && frozen);
    m_witnesses->setEnabled(frozen || drawn);
    m_witnesses->addRowAction()->setEnabled(writable && frozen);
    m_witnesses->removeRowAction()->setEnabled(writable && frozen);
    m_witnesses->view()->setEditTriggers(writable && frozen ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                                                  QAbstractItemView::AnyKeyPressed
                                                            : QAbstractItemView::NoEditTriggers);
    m_replace->setEnabled(writable && drawn);
    if (!d)
        m_state->setText(tr("No draw yet. Import the lists into the pool, then prepare the draw: its size, "
                            "its categories and their quotas."));
    else if (setup)
        m_state->setText(tr("Setting up: choose the categories and the quotas, then check and freeze the draw. "
                            "Once frozen, nothing can change: its fingerprints are shown before any number is called."));
    else if (frozen)
        m_state->setText(tr("Frozen on %1. Read the fingerprints aloud, then let each witness call a number "
                            "(a die, or several) and write it down with their name; then draw the jury.")
                             .arg(Format::timestamp(d->frozenAt)));
    else
        m_state->setText(tr("Drawn on %1. Anyone can check the draw: atelier jury verify FILE (see the minutes).")
                             .arg(Format::timestamp(d->drawnAt)));
    if (d) {
        const QSignalBlocker a(m_size), b(m_household);
        m_size->setValue(d->settings.panelSize);
        m_household->setChecked(d->settings.onePerHousehold);
        for (QCheckBox *box : std::as_const(m_categories)) {
            const QSignalBlocker c(box);
            box->setChecked(d->settings.categories.contains(box->property("key").toString()));
        }
        if (m_boundDraw != d->id) {
            m_boundDraw = d->id;
            auto *binder = new FieldBinder(m_ctx, Tables::draw(), d->id, this);
            binder->bind(m_allowance, QStringLiteral("daily_allowance"));
        }
        m_allowanceTotal->setText(tr("%1 days attended in all: %2")
                                      .arg(Format::number(m_attendanceModel->totalDays()), Format::money(m_attendanceModel->totalAllowance())));
    }
    m_allowance->setEnabled(writable && d.has_value());
    m_frozenCategories = d ? d->categories : QList<Category>();
    m_chancesLater.request();
}

void DrawPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_chancesLater.request();
}

void DrawPage::showChances()
{
    if (!isVisible())
        return; // done when shown
    const std::optional<DrawRecord> d = DrawStore::record(m_ctx.store);
    const QString shown = d ? d->state + d->fingerprints.lottery + u'/' +
                                  QString::number(m_ctx.store.count(Tables::poolPerson().table()))
                            : QString();
    if (shown == m_chancesShown && !shown.isEmpty())
        return;
    m_chancesShown = shown;
    m_chances->clear();
    m_chances->setRowCount(0);
    m_fingerprints->clear();
    m_lowest->clear();
    if (!d || d->state == QLatin1String("setup")) {
        m_lowest->setText(tr("The fair chances are computed when the draw is frozen."));
        return;
    }
    QString error;
    const std::optional<DrawInputs> in = DrawStore::inputs(m_ctx.store, &error);
    if (!in || in->pool.isEmpty()) {
        m_lowest->setText(tr("The pool was purged: the chances stay in the minutes."));
    } else {
        const DrawProblem problem = Draw::problemOf(*in);
        const QList<double> fair = Draw::chances(problem, in->lottery);
        const QList<double> greedy = Comparison::greedyChances(problem, 2000, QByteArray::fromHex(d->fingerprints.lottery.toLatin1()));
        const double uniform = Comparison::uniformChance(problem);
        m_chances->setColumnCount(5);
        m_chances->setHorizontalHeaderLabels({tr("Profile"), tr("People"), tr("Fair (LEXIMIN)"), tr("Greedy"),
                                              tr("Uniform, no quotas")});
        m_chances->setRowCount(int(problem.profiles.size()));
        double lowestGreedy = 1;
        for (int p = 0; p < problem.profiles.size(); ++p) {
            const QStringList cells{Setup::profileText(in->categories, problem.profiles[p].values),
                                    Format::number(problem.profiles[p].people), Setup::chanceText(fair.value(p)),
                                    Setup::chanceText(greedy.value(p)), Setup::chanceText(uniform)};
            for (int c = 0; c < cells.size(); ++c) {
                auto *item = new QTableWidgetItem(cells[c]);
                if (c > 0)
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_chances->setItem(p, c, item);
            }
            lowestGreedy = std::min(lowestGreedy, greedy.value(p));
        }
        m_chances->resizeColumnsToContents();
        m_chances->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        m_lowest->setText(tr("The least favoured person has a chance of %1 (the highest the quotas allow); "
                             "a greedy quota-first draw would give them %2, a uniform draw %3 but without the quotas.")
                              .arg(Setup::chanceText(d->lowest), Setup::chanceText(lowestGreedy), Setup::chanceText(uniform)) +
                          (d->certified ? u' ' + tr("GLPK's exact rational simplex confirmed this optimum.") : QString()) +
                          (in->onePerHousehold ? u' ' + Setup::householdText(Draw::householdBound(*in)) : QString()));
    }
    m_fingerprints->setText(tr("<b>Fingerprints (SHA-256)</b><br><tt>pool %1<br>quotas %2<br>settings %3<br>lottery %4<br>algorithm %5</tt>")
                                .arg(d->fingerprints.pool, d->fingerprints.quotas, d->fingerprints.settings,
                                     d->fingerprints.lottery, d->fingerprints.algorithm));
}

} // namespace Atelier::Jury
