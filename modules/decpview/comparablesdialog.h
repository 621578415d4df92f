// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decp/comparables.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QStandardItemModel;
class QTableView;

namespace Atelier {
class MoneyEdit;
namespace Sql {
class Error;
}
}

namespace Atelier::Decp {
class ReferenceLibrary;
}

namespace Atelier::DecpView {

class AmountsChart;

/// Comparable past contracts (seed §4: "données … issues de précédents marchés"): the reference library
/// searched by CPV code (its hierarchy, widened when too few match), amount, duration, holder, buyer and
/// dates; the matches as a table, their amounts as a box plot and in words. An empty library offers to
/// import a DECP file. Non-modal: open it with `show()`, it deletes itself when closed.
class ComparablesDialog : public QDialog
{
    Q_OBJECT
public:
    /// `query` fills the form (and is searched at once when it names a CPV code). `libraryPath` empty:
    /// `libraryPath()`.
    explicit ComparablesDialog(const Decp::ComparableQuery &query, QWidget *parent = nullptr,
                               const QString &libraryPath = {});
    ~ComparablesDialog() override;

    /// The reference library this window reads: $ATELIER_REFERENCE_LIBRARY when set (tests, a shared
    /// library on a network drive), else ReferenceLibrary::defaultPath().
    static QString libraryPath();
    /// Opens a window on `query` beside `parent` (non-modal, deleted when closed).
    static ComparablesDialog *showFor(const Decp::ComparableQuery &query, QWidget *parent);

    /// The query the form states now.
    Decp::ComparableQuery query() const;
    void search();
    /// Streams a DECP file into the library; what it read, stored and refused (also told in a message box
    /// when `tell`).
    QString importFile(const QString &path, bool tell = true);

private:
    void buildForm(QWidget *form);
    void setQuery(const Decp::ComparableQuery &query);
    void openLibrary();
    /// The library's size; 0 when it cannot be read (then closed, and said so: closeUnreadable()).
    qint64 libraryCount();
    /// A library a read failed on (damaged, or held by another program) is closed; the empty page says why.
    void closeUnreadable(const Sql::Error &error);
    void showEmptyOrResults();
    void chooseAndImport();
    void showComparables(const Decp::Comparables &found, const Decp::ComparableQuery &asked);

    QString m_path;
    std::unique_ptr<Decp::ReferenceLibrary> m_library;
    QString m_libraryError; ///< why there is no library to read (a whole sentence)
    QLineEdit *m_cpv;
    QComboBox *m_level;
    QCheckBox *m_widen;
    QSpinBox *m_atLeast;
    MoneyEdit *m_minAmount, *m_maxAmount;
    QSpinBox *m_minMonths, *m_maxMonths;
    QLineEdit *m_holder, *m_buyer;
    QDateEdit *m_from, *m_to;
    QPushButton *m_search;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QLabel *m_summary;
    QLabel *m_figures;
    QStandardItemModel *m_model;
    QTableView *m_table;
    AmountsChart *m_chart;
    QLabel *m_libraryLine;
    QPushButton *m_importMore;
    QPushButton *m_importFirst;
};

} // namespace Atelier::DecpView
