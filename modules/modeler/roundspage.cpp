// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "roundspage.h"

#include "timerwidget.h"
#include "workshop.h"

#include "core/edit.h"
#include "core/notifier.h"
#include "core/projectcontext.h"
#include "core/store.h"
#include "widgets/entitytableeditor.h"
#include "widgets/entitytablemodel.h"
#include "widgets/fielddelegate.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Atelier::Modeler {

/// Edits the text of an element or amendment; for an investment mode, a list of the modes.
class ElementTextDelegate : public FieldDelegate
{
public:
    using FieldDelegate::FieldDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        if (!isModeText(index))
            return FieldDelegate::createEditor(parent, option, index);
        auto *combo = new QComboBox(parent);
        const FieldInfo &mode = Entities::investmentMode();
        for (const Choice &c : mode.choices)
            combo->addItem(mode.choiceLabel(QLatin1String(c.key)), QLatin1String(c.key));
        combo->setAccessibleName(mode.translatedLabel());
        return combo;
    }

private:
    static bool isModeText(const QModelIndex &index)
    {
        const auto *model = qobject_cast<const EntityTableModel *>(index.model());
        if (!model || index.column() != model->columnOf(QStringLiteral("text")))
            return false;
        const QModelIndex kind = index.siblingAtColumn(model->columnOf(QStringLiteral("kind")));
        return kind.isValid() && kind.data(Qt::EditRole).toString() == QLatin1String("mode");
    }
};

RoundsPage::RoundsPage(ProjectContext &ctx, FacilitatorTimer &timer, QWidget *parent)
    : QWidget(parent), m_ctx(ctx), m_scenarios(new QComboBox(this)), m_round(new QSpinBox(this)),
      m_elements(new EntityTableEditor(
          ctx, Tables::element(), {QStringLiteral("kind"), QStringLiteral("text"), QStringLiteral("removed")},
          tr("Add element"))),
      m_amendments(
          new EntityTableEditor(ctx, Tables::amendment(),
                                {QStringLiteral("round"), QStringLiteral("role_id"), QStringLiteral("action"),
                                 QStringLiteral("element_id"), QStringLiteral("kind"), QStringLiteral("text"),
                                 QStringLiteral("reason"), QStringLiteral("status")},
                                tr("Propose amendment")))
{
    m_scenarios->setObjectName(QStringLiteral("scenarios"));
    m_scenarios->setAccessibleName(tr("Scenario"));
    m_scenarios->setMinimumContentsLength(16);
    m_scenarios->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_round->setObjectName(QStringLiteral("round"));
    m_round->setRange(1, 99);
    m_round->setPrefix(tr("Round "));
    m_round->setAccessibleName(tr("Current round"));
    m_elements->setObjectName(QStringLiteral("elements"));
    m_amendments->setObjectName(QStringLiteral("amendments"));
    m_elements->view()->horizontalHeader()->resizeSection(0, 170);
    m_elements->view()->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_elements->view()->horizontalHeader()->setStretchLastSection(false);
    QHeaderView *amendHeader = m_amendments->view()->horizontalHeader();
    amendHeader->resizeSection(0, 60);
    amendHeader->resizeSection(3, 200);
    amendHeader->resizeSection(5, 280);
    amendHeader->resizeSection(6, 260);

    // An element of kind "mode" holds an investment mode's key: show (and choose) its name.
    const auto modeName = [](const Row &row) {
        const QString text = row.value(QStringLiteral("text")).toString();
        return row.value(QStringLiteral("kind")).toString() == QLatin1String("mode")
                   ? Entities::investmentMode().choiceLabel(text)
                   : text;
    };
    m_elements->model()->setDisplay(QStringLiteral("text"), modeName);
    m_amendments->model()->setDisplay(QStringLiteral("text"), modeName);
    m_amendments->model()->setReferenceName(QStringLiteral("element_id"), modeName);
    // An amendment changes or removes an element of its own scenario, one that still stands (or the
    // one it already names, so that opening the list does not lose it).
    m_amendments->model()->setReferenceFilter(
        QStringLiteral("element_id"), [](const Row &amendment, const Row &element) {
            const QString id = element.value(QStringLiteral("id")).toString();
            return element.value(QStringLiteral("scenario_id")) ==
                       amendment.value(QStringLiteral("scenario_id")) &&
                   (!element.value(QStringLiteral("removed")).toBool() ||
                    id == amendment.value(QStringLiteral("element_id")).toString());
        });
    // The element named decides the kind: choosing another element brings its kind along, in one step.
    m_amendments->model()->setWriter(QStringLiteral("element_id"), [this](const QString &id,
                                                                          const QVariant &value) {
        const QString element = value.toString();
        QList<FieldChange> changes{{id, QStringLiteral("element_id"), element}};
        const QString kind = m_ctx.store.value(Tables::element(), element, QStringLiteral("kind")).toString();
        if (!kind.isEmpty())
            changes.append({id, QStringLiteral("kind"), kind});
        return Edit::setValues(m_ctx, Tables::amendment(), changes,
                               Tables::amendment().field(QStringLiteral("element_id"))->translatedEditText());
    });
    m_elements->view()->setItemDelegate(new ElementTextDelegate(m_elements->view()));
    m_amendments->view()->setItemDelegate(new ElementTextDelegate(m_amendments->view()));

    auto *proposal = new QPushButton(tr("New proposal…"), this);
    proposal->setObjectName(QStringLiteral("newProposal"));
    auto *forkButton = new QPushButton(tr("Fork into a new scenario…"), this);
    forkButton->setObjectName(QStringLiteral("fork"));
    connect(proposal, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString title = QInputDialog::getText(this, tr("New proposal"), tr("Title of the proposal:"),
                                                    QLineEdit::Normal, tr("Initial proposal"), &ok);
        if (ok)
            selectScenario(Workshop::createProposal(m_ctx, title, {{QStringLiteral("object"), QString()}}));
    });
    connect(forkButton, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString title =
            QInputDialog::getText(this, tr("Fork the scenario"), tr("Title of the new scenario:"),
                                  QLineEdit::Normal, m_scenarios->currentText() + tr(" (variant)"), &ok);
        if (ok && !currentScenario().isEmpty())
            selectScenario(Workshop::fork(m_ctx, currentScenario(), round(), title));
    });

    auto *accept = new QAction(tr("Accept"), this);
    auto *reject = new QAction(tr("Reject"), this);
    accept->setObjectName(QStringLiteral("accept"));
    accept->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    accept->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(accept, &QAction::triggered, this, [this] { decideCurrent(true); });
    connect(reject, &QAction::triggered, this, [this] { decideCurrent(false); });
    m_amendments->addToolAction(accept);
    m_amendments->addToolAction(reject);
    for (QWidget *w : std::initializer_list<QWidget *>{proposal, forkButton})
        w->setEnabled(!ctx.isReadOnly());
    accept->setEnabled(!ctx.isReadOnly());
    reject->setEnabled(!ctx.isReadOnly());

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Scenario:")));
    top->addWidget(m_scenarios, 1);
    top->addWidget(proposal);
    top->addWidget(forkButton);
    auto *turn = new QHBoxLayout;
    turn->addWidget(m_round);
    turn->addWidget(new TimerWidget(timer, this));
    turn->addStretch();

    auto *proposalBox = new QGroupBox(tr("The proposal as it stands"));
    (new QVBoxLayout(proposalBox))->addWidget(m_elements);
    auto *amendBox = new QGroupBox(tr("Amendments, round after round"));
    auto *amendLayout = new QVBoxLayout(amendBox);
    auto *hint =
        new QLabel(tr("Each role in turn proposes to add, change or remove an element, with a reason; the "
                      "group accepts or rejects. Accepted changes rewrite the proposal."));
    hint->setWordWrap(true);
    amendLayout->addWidget(hint);
    amendLayout->addWidget(m_amendments);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(proposalBox);
    split->addWidget(amendBox);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(turn);
    layout->addWidget(split, 1);

    connect(m_scenarios, &QComboBox::currentIndexChanged, this, &RoundsPage::showScenario);
    connect(m_round, &QSpinBox::valueChanged, this, &RoundsPage::showScenario);
    auto onChange = [this](const QString &table) {
        if (table == Tables::scenario().table())
            reloadScenarios();
    };
    connect(&ctx.notifier, &Notifier::tableChanged, this, onChange);
    reloadScenarios();
}

QString RoundsPage::currentScenario() const
{
    return m_scenarios->currentData().toString();
}

int RoundsPage::round() const
{
    return m_round->value();
}

void RoundsPage::selectScenario(const QString &id)
{
    const int index = m_scenarios->findData(id);
    if (index >= 0)
        m_scenarios->setCurrentIndex(index);
}

void RoundsPage::reloadScenarios()
{
    const QString current = currentScenario();
    const QSignalBlocker quiet(m_scenarios);
    m_scenarios->clear();
    for (const Row &s : m_ctx.store.rows(Tables::scenario()))
        m_scenarios->addItem(s.value(QStringLiteral("title")).toString(), s.value(QStringLiteral("id")));
    const int index = m_scenarios->findData(current);
    m_scenarios->setCurrentIndex(index >= 0 ? index : m_scenarios->count() - 1);
    showScenario();
}

void RoundsPage::showScenario()
{
    const QString id = currentScenario();
    if (m_elements->model()->filterValue() != id || id.isEmpty()) {
        m_elements->setFilter(QStringLiteral("scenario_id"), id);
        m_amendments->setFilter(QStringLiteral("scenario_id"), id);
        const QSignalBlocker quiet(m_round);
        m_round->setValue(id.isEmpty() ? 1 : Workshop::lastRound(m_ctx, id));
    }
    Row defaults{{QStringLiteral("scenario_id"), id}, {QStringLiteral("round"), round()}};
    m_amendments->setDefaults(defaults);
    m_elements->setDefaults({{QStringLiteral("scenario_id"), id}});
}

void RoundsPage::decideCurrent(bool accept)
{
    // An amendment still being typed is recorded before the group decides on it.
    if (QWidget *editor = QApplication::focusWidget(); editor && m_amendments->isAncestorOf(editor))
        editor->clearFocus();
    const QString id = m_amendments->currentId();
    if (!id.isEmpty())
        Workshop::decide(m_ctx, id, accept);
}

} // namespace Atelier::Modeler
