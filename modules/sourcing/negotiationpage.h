// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTabWidget;

namespace Atelier {
class EntityTableEditor;
class FieldBinder;
struct ProjectContext;
} // namespace Atelier

namespace Atelier::Sourcing {

class AnswersTable;

/// The responsible negotiation (seed §4): the shortlist; for each bidder the meeting sheet (the
/// grid, the product's life cycle, the neutral experts), the reciprocity record, the estimates
/// revised at the meeting, and every shortlisted bidder before and after, side by side.
class NegotiationPage : public QWidget
{
    Q_OBJECT
public:
    explicit NegotiationPage(ProjectContext &ctx, QWidget *parent = nullptr);

    QListWidget *shortlist() const { return m_shortlist; }
    QPushButton *prepareButton() const { return m_prepare; }
    EntityTableEditor *topics() const { return m_topics; }
    EntityTableEditor *experts() const { return m_experts; }
    AnswersTable *revised() const { return m_revised; }
    QTableWidget *beforeAfter() const { return m_beforeAfter; }
    QTabWidget *tabs() const { return m_tabs; }
    QString bidderId() const;
    void commitPending();

private:
    void refreshShortlist();
    void bidderChosen();
    void refreshBeforeAfter();
    void exportSheet();

    ProjectContext &m_ctx;
    QListWidget *m_shortlist;
    QLabel *m_heading;
    QStackedWidget *m_stack;
    QPushButton *m_prepare;
    QPushButton *m_export;
    QTabWidget *m_tabs;
    EntityTableEditor *m_meeting;
    EntityTableEditor *m_experts;
    EntityTableEditor *m_topics;
    QPlainTextEdit *m_company;
    QPlainTextEdit *m_public;
    QPlainTextEdit *m_general;
    AnswersTable *m_revised;
    QTableWidget *m_beforeAfter;
    QPointer<FieldBinder> m_binder;
    QString m_meetingId;
};

} // namespace Atelier::Sourcing
