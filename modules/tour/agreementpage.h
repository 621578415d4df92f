// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace Atelier {
struct ProjectContext;
class EntityTableEditor;
class FieldBinder;
} // namespace Atelier

namespace Atelier::Tour {

/// The information-exchange agreement: what is exchanged, by which channel, how often, between which
/// contacts of each side; the escalation path; who signed for each side and when.
class AgreementPage : public QWidget
{
    Q_OBJECT
public:
    explicit AgreementPage(ProjectContext &ctx, QWidget *parent = nullptr);
    void setTour(const QString &tourId);
    void commitPending();

private:
    void refreshState();

    ProjectContext &m_ctx;
    QString m_tour;
    EntityTableEditor *m_exchanges;
    QPlainTextEdit *m_escalation;
    EntityTableEditor *m_signatures;
    QLabel *m_state;
    QPointer<FieldBinder> m_binder;
};

} // namespace Atelier::Tour
