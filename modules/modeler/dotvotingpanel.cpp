// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dotvotingpanel.h"

#include "workshop.h"

#include "core/notifier.h"
#include "core/projectcontext.h"
#include "core/store.h"
#include "widgets/entitytableeditor.h"
#include "widgets/entitytablemodel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Atelier::Modeler {

DotVotingPanel::DotVotingPanel(ProjectContext &ctx, QWidget *parent)
    : QWidget(parent), m_ctx(ctx), m_limit(new QSpinBox(this)),
      m_votes(new EntityTableEditor(ctx, Tables::dotVote(),
                                    {QStringLiteral("participant_id"), QStringLiteral("dots")},
                                    tr("Give dots"), this)),
      m_left(new QListWidget(this)), m_refusal(new QLabel(this))
{
    m_limit->setObjectName(QStringLiteral("dotsPerParticipant"));
    m_limit->setRange(0, kMaxDotsPerParticipant);
    m_limit->setSpecialValueText(tr("no limit"));
    m_limit->setKeyboardTracking(false); // a number typed counts once, when complete
    m_limit->setAccessibleName(tr("Dots per participant (0: no limit)"));
    m_limit->setEnabled(!ctx.isReadOnly());
    m_votes->setObjectName(QStringLiteral("dots"));
    m_left->setObjectName(QStringLiteral("dotsLeft"));
    m_left->setAccessibleName(tr("Dots left to each participant"));
    m_refusal->setObjectName(QStringLiteral("dotsRefusal"));
    m_refusal->setWordWrap(true);
    m_refusal->hide();

    // The dots a vote holds and who gives them go through the workshop's rule, not a plain edit.
    EntityTableModel *model = m_votes->model();
    model->setWriter(QStringLiteral("dots"), [this](const QString &id, const QVariant &dots) {
        QString why;
        return report(Workshop::setVoteDots(m_ctx, id, dots.toInt(), &why), why);
    });
    model->setWriter(QStringLiteral("participant_id"), [this](const QString &id, const QVariant &voter) {
        QString why;
        return report(Workshop::setVoter(m_ctx, id, voter.toString(), &why), why);
    });

    auto *limitLabel = new QLabel(tr("Dots per participant:"), this);
    limitLabel->setBuddy(m_limit);
    auto *limitRow = new QHBoxLayout;
    limitRow->addWidget(limitLabel);
    limitRow->addWidget(m_limit);
    limitRow->addStretch();
    auto *tables = new QHBoxLayout;
    tables->addWidget(m_votes, 3);
    tables->addWidget(m_left, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(limitRow);
    layout->addLayout(tables, 1);
    layout->addWidget(m_refusal);

    connect(m_limit, &QSpinBox::valueChanged, this, &DotVotingPanel::onLimitChosen);
    connect(&ctx.notifier, &Notifier::tableChanged, this, [this](const QString &table) {
        const bool votes = table == Tables::workshopSetting().table() || table == Tables::dotVote().table();
        if (table == Tables::workshopSetting().table())
            showLimit();
        if (votes)
            report(true, {}); // a refusal no longer tells how things stand (an undo, a vote removed)
        if (votes || table == Entities::participant().table())
            showDotsLeft();
    });
    showLimit();
    showDotsLeft();
}

QSize DotVotingPanel::sizeHint() const
{
    return {QWidget::sizeHint().width(), minimumSizeHint().height()};
}

void DotVotingPanel::setScenario(const QString &scenarioId)
{
    m_votes->setFilter(QStringLiteral("scenario_id"), scenarioId);
}

void DotVotingPanel::showLimit()
{
    const QSignalBlocker quiet(m_limit);
    m_limit->setValue(Workshop::dotsPerParticipant(m_ctx));
}

void DotVotingPanel::showDotsLeft()
{
    const int limit = Workshop::dotsPerParticipant(m_ctx);
    m_left->clear();
    for (const Row &p : m_ctx.store.rows(Entities::participant())) {
        const QString id = p.value(QStringLiteral("id")).toString();
        const QString name = p.value(QStringLiteral("name")).toString();
        const std::optional<int> left = Workshop::dotsLeft(m_ctx, id);
        auto *item = new QListWidgetItem(
            left ? tr("%1 — dots left: %2 of %3").arg(name).arg(*left).arg(limit)
                 : tr("%1 — dots given: %2").arg(name).arg(Workshop::dotsGiven(m_ctx, id)),
            m_left);
        item->setData(Qt::UserRole, id);
    }
}

void DotVotingPanel::onLimitChosen(int dots)
{
    QString why;
    if (!report(Workshop::setDotsPerParticipant(m_ctx, dots, &why), why))
        // Back to the number recorded, once the spin box is done with its own signal.
        QMetaObject::invokeMethod(this, &DotVotingPanel::showLimit, Qt::QueuedConnection);
}

bool DotVotingPanel::report(bool accepted, const QString &why)
{
    m_refusal->setText(accepted ? QString() : why);
    m_refusal->setVisible(!accepted && !why.isEmpty());
    return accepted;
}

} // namespace Atelier::Modeler
