// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "drawsetup.h"

#include "widgets/lateronce.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;
class QTableWidget;

namespace Atelier {
struct ProjectContext;
class EntityTableEditor;
class MoneyEdit;
} // namespace Atelier

namespace Atelier::Jury {

class AttendanceModel;

/// The draw, in the order it happens in the room: the settings and quotas, then frozen (the fair
/// chances and the fingerprints shown to everyone), then the witnesses' numbers and the jury drawn,
/// then the jurors' training, days and allowance, and substitutes when someone withdraws.
class DrawPage : public QWidget
{
    Q_OBJECT
public:
    explicit DrawPage(ProjectContext &ctx, QWidget *parent = nullptr);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void showChances();
    void act(bool (*step)(ProjectContext &, QString *), const QString &title);
    void replaceJuror();

    ProjectContext &m_ctx;
    QLabel *m_state;
    QPushButton *m_prepare;
    QWidget *m_settings;
    QSpinBox *m_size;
    QCheckBox *m_household;
    QList<QCheckBox *> m_categories;
    QPushButton *m_proportional, *m_freeze, *m_draw, *m_replace;
    EntityTableEditor *m_quotas, *m_witnesses, *m_jurors, *m_sessions;
    QTableView *m_attendance;
    AttendanceModel *m_attendanceModel;
    QLabel *m_fingerprints, *m_lowest, *m_allowanceTotal;
    QTableWidget *m_chances;
    MoneyEdit *m_allowance;
    QString m_boundDraw;
    QList<Category> m_frozenCategories; ///< the jurors' profiles are shown with them
    /// The chances cost a LEXIMIN lottery read back and 2,000 greedy draws: worked out only while the
    /// page is shown, once per event loop turn at most (the demo writes a draw in one go), and again
    /// only when the lottery or the pool changed.
    LaterOnce m_chancesLater;
    QString m_chancesShown;
};

} // namespace Atelier::Jury
