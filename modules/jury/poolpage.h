// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "poolimport.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace Atelier {
struct ProjectContext;
class EntityTableEditor;
} // namespace Atelier

namespace Atelier::Jury {

/// The recruitment pool: the electoral-roll extracts and the volunteers' lists imported (their columns
/// confirmed first, every rejected line reported with its reason, the people on both lists shown), and
/// the people kept — only what the draw needs.
class PoolPage : public QWidget
{
    Q_OBJECT
public:
    explicit PoolPage(ProjectContext &ctx, QWidget *parent = nullptr);
    /// Imports a file's bytes with this mapping, then tells how it went (a message box). False when
    /// nothing was imported.
    bool importBytes(const QByteArray &bytes, const QString &fileName, const QString &source, const Mapping &mapping);

private:
    void importFile(const QString &source);
    void refresh();
    void purge();

    ProjectContext &m_ctx;
    QPushButton *m_roll;
    QPushButton *m_volunteers;
    QPushButton *m_purge;
    QLabel *m_summary;
    EntityTableEditor *m_imports;
    EntityTableEditor *m_people;
};

} // namespace Atelier::Jury
