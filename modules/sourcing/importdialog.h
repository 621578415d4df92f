// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "canvasimport.h"

#include <QDialog>

class QTreeWidget;

namespace Atelier::Sourcing {

/// Lets the user tick the chapters and entries of a source to import (all ticked at first).
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(const CanvasSource &source, QWidget *parent = nullptr);
    QList<CanvasPick> picks() const;
    QTreeWidget *tree() const { return m_tree; }

private:
    QTreeWidget *m_tree;
};

} // namespace Atelier::Sourcing
