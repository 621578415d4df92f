// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "poolimport.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace Atelier::Jury {

/// Which column holds which field: the guess from the headers, confirmed or corrected by the user, with
/// the first lines of the file to see by; OK only once the draw's fields are all there.
class MappingDialog : public QDialog
{
    Q_OBJECT
public:
    MappingDialog(const CsvTable &table, const QString &fileName, QWidget *parent = nullptr);
    Mapping mapping() const;
    QComboBox *editor(PoolField field) const { return m_editors.value(field); }

private:
    void update();

    QHash<PoolField, QComboBox *> m_editors;
    QLabel *m_missing;
    QDialogButtonBox *m_buttons;
};

} // namespace Atelier::Jury
