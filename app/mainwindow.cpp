// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "documentcontroller.h"
#include "i18n.h"
#include "reportexporter.h"
#include "identitydialog.h"
#include "journaldialog.h"
#include "mergedialog.h"
#include "sharedialog.h"

#include "decp/projectmarches.h"
#include "welcomepage.h"

#include "core/project.h"
#include "panelapi/panel.h"
#include "reports/reportkinds.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDate>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>

namespace Atelier {

MainWindow::MainWindow(const BuiltinPanels &panels, WorkingArea area, QWidget *parent)
    : QMainWindow(parent), m_panels(panels),
      m_documents(new DocumentController(panels.schema, std::move(area), this)),
      m_reports(new ReportExporter(panels, *m_documents, this)), m_pages(new QStackedWidget(this)),
      m_welcome(new WelcomePage(this)), m_navigator(new QListWidget(this)),
      m_panelViews(new QStackedWidget(this)), m_fileLabel(new QLabel(this)), m_stateLabel(new QLabel(this))
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/atelier.svg")));
    m_navigator->setObjectName(QStringLiteral("navigator"));
    m_navigator->setAccessibleName(tr("Panels"));
    m_navigator->setIconSize(QSize(32, 32));
    m_navigator->setFixedWidth(230);
    m_navigator->setWordWrap(true);
    m_navigator->setSpacing(2);
    for (Panel *panel : m_panels.panels) {
        auto *item = new QListWidgetItem(panel->icon(), panel->title(), m_navigator);
        item->setData(Qt::UserRole, panel->id());
        item->setSizeHint(QSize(0, 56));
    }
    connect(m_navigator, &QListWidget::currentRowChanged, m_panelViews, &QStackedWidget::setCurrentIndex);

    auto *workspace = new QWidget(this);
    auto *layout = new QHBoxLayout(workspace);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigator);
    layout->addWidget(m_panelViews, 1);
    m_pages->addWidget(m_welcome);
    m_pages->addWidget(workspace);
    setCentralWidget(m_pages);

    m_fileLabel->setObjectName(QStringLiteral("fileLabel"));
    m_stateLabel->setObjectName(QStringLiteral("stateLabel"));
    statusBar()->addWidget(m_fileLabel, 1);
    statusBar()->addPermanentWidget(m_stateLabel);

    createMenus();
    connect(m_welcome, &WelcomePage::newRequested, m_documents, &DocumentController::newProject);
    connect(m_welcome, &WelcomePage::openRequested, m_documents, &DocumentController::openWithDialog);
    connect(m_welcome, &WelcomePage::recentRequested, m_documents, &DocumentController::open);
    connect(m_documents, &DocumentController::projectAboutToChange, this, &MainWindow::dropViews);
    connect(m_documents, &DocumentController::projectChanged, this, &MainWindow::showProject);
    connect(m_documents, &DocumentController::stateChanged, this, &MainWindow::updateState);
    connect(m_documents, &DocumentController::recentFilesChanged, this, &MainWindow::updateRecentMenu);
    updateRecentMenu();
    showProject(nullptr);
    resize(1280, 800);
}

MainWindow::~MainWindow()
{
    // In this order: no more signals to a window being destroyed, views before the project they read,
    // then the project itself (its undo stack still reports to the window's group).
    m_documents->disconnect(this);
    dropViews();
    delete m_documents;
}

template <typename Receiver, typename Slot>
static QAction *menuAction(QMenu *menu, const QString &text, const QKeySequence &key, Receiver *receiver,
                           Slot slot)
{
    QAction *action = menu->addAction(text);
    action->setShortcut(key);
    QObject::connect(action, &QAction::triggered, receiver, slot);
    return action;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    menuAction(file, tr("&New project"), QKeySequence::New, m_documents, &DocumentController::newProject);
    menuAction(file, tr("&Open…"), QKeySequence::Open, m_documents, &DocumentController::openWithDialog);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    // Save As and Quit have no standard key on every platform theme: give them one of our own.
    m_projectActions << menuAction(file, tr("&Save"), QKeySequence::Save, m_documents,
                                   &DocumentController::save);
    m_projectActions << menuAction(file, tr("Save &As…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                                   m_documents, &DocumentController::saveAs);
    QAction *share = menuAction(file, tr("Export for s&haring…"), QKeySequence(), this, &MainWindow::shareCopy);
    share->setObjectName(QStringLiteral("shareCopy"));
    m_projectActions << share;
    QAction *merge = menuAction(file, tr("&Bring back a copy…"), QKeySequence(), this, &MainWindow::mergeCopyWithDialog);
    merge->setObjectName(QStringLiteral("mergeCopy"));
    m_projectActions << merge;
    file->addSeparator();
    m_projectActions << menuAction(file, tr("&Close"), QKeySequence::Close, m_documents,
                                   &DocumentController::close);
    menuAction(file, tr("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q), this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup.createUndoAction(this, tr("Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction *redo = m_undoGroup.createRedoAction(this, tr("Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *journal = menuAction(edit, tr("&Journal of changes…"), QKeySequence(), this, &MainWindow::showJournal);
    journal->setObjectName(QStringLiteral("journal"));
    m_projectActions << journal;

    // One PDF export and one print preview per kind of report.
    QMenu *exports = menuBar()->addMenu(tr("E&xport"));
    for (const Reports::ReportKind *kind : Reports::ReportKinds::all()) {
        QAction *pdf = exports->addAction(tr("%1 as PDF…").arg(kind->title()));
        connect(pdf, &QAction::triggered, this, [this, kind] { m_reports->exportWithDialog(*kind); });
        m_projectActions << pdf;
    }
    // The documents the panels write (the question grid, the discovery booklet…), each asking for its options.
    for (Panel *panel : m_panels.panels)
        for (const PanelDocument &document : panel->documents()) {
            QAction *pdf = exports->addAction(tr("%1 as PDF…").arg(document.title));
            pdf->setObjectName(QStringLiteral("export-%1").arg(document.kind));
            connect(pdf, &QAction::triggered, this, [this, document] { m_reports->exportWithDialog(document); });
            m_projectActions << pdf;
        }
    // The contracts' public data, as the DECP v2 JSON the buyer publishes (R2196-1).
    QAction *decp = exports->addAction(tr("Données essentielles (DECP v2) as JSON…"));
    decp->setObjectName(QStringLiteral("export-decp"));
    connect(decp, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the données essentielles (DECP v2)"),
                                                          QString(), tr("DECP JSON (*.json)"));
        if (!path.isEmpty())
            exportDecp(path);
    });
    m_projectActions << decp;
    exports->addSeparator();
    for (const Reports::ReportKind *kind : Reports::ReportKinds::all()) {
        QAction *preview = exports->addAction(tr("Preview and print the %1…").arg(kind->title().toLower()));
        connect(preview, &QAction::triggered, this, [this, kind] { m_reports->preview(*kind); });
        if (kind == Reports::ReportKinds::all().first())
            preview->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P)); // QKeySequence::Print may be empty
        m_projectActions << preview;
    }

    QMenu *panels = menuBar()->addMenu(tr("&Panels"));
    for (int i = 0; i < m_panels.panels.size(); ++i) {
        QAction *show = panels->addAction(m_panels.panels[i]->icon(), m_panels.panels[i]->title());
        if (i < 9)
            show->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + i)));
        connect(show, &QAction::triggered, this, [this, i] { m_navigator->setCurrentRow(i); });
        m_projectActions << show;
    }

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    QAction *identity = settings->addAction(tr("Your &name and administration…"));
    identity->setObjectName(QStringLiteral("identity"));
    connect(identity, &QAction::triggered, this, [this] {
        IdentityDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted)
            if (Project *project = m_documents->project())
                project->journal().setAuthor(IdentityDialog::apply(Journal::defaultAuthor(project->store().connection())));
    });
    QMenu *language = settings->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(this);
    const QList<QPair<QString, QString>> choices{{QString(), tr("Follow the system")},
                                                 {QStringLiteral("fr"), QStringLiteral("Français")},
                                                 {QStringLiteral("en"), QStringLiteral("English")}};
    for (const auto &[code, name] : choices) {
        QAction *choice = language->addAction(name);
        choice->setCheckable(true);
        choice->setChecked(I18n::chosenLanguage() == code);
        languages->addAction(choice);
        connect(choice, &QAction::triggered, this, [this, code] { chooseLanguage(code); });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Atelier Achat"), this, &MainWindow::about);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_documents->recentFiles().list();
    for (const QString &path : files) {
        QAction *open = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(open, &QAction::triggered, this, [this, path] { m_documents->open(path); });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
    m_welcome->setRecentFiles(files);
}

void MainWindow::dropViews()
{
    while (QWidget *view = m_panelViews->widget(0)) {
        m_panelViews->removeWidget(view);
        delete view;
    }
}

void MainWindow::showProject(Project *project)
{
    dropViews();
    for (QAction *action : std::as_const(m_projectActions))
        action->setEnabled(project != nullptr);
    if (!project) {
        m_pages->setCurrentWidget(m_welcome);
        m_undoGroup.setActiveStack(nullptr);
        updateState();
        return;
    }
    // The journal names whoever the settings say (else the defaults).
    project->journal().setAuthor(IdentityDialog::apply(project->journal().author()));
    m_undoGroup.addStack(&project->undoStack());
    m_undoGroup.setActiveStack(&project->undoStack());
    // Where panels may ask to go, known before any view is made (a view shows only what exists).
    QStringList destinations;
    for (Panel *panel : m_panels.panels)
        destinations += panel->destinations();
    project->context().navigation.setDestinations(destinations);
    for (Panel *panel : m_panels.panels)
        m_panelViews->addWidget(panel->createView(project->context(), m_panelViews));
    connect(&project->context().navigation, &Navigation::showRequested, this,
            [this](const QString &destination, const QString &id) { showDestination(destination, id); });
    m_pages->setCurrentIndex(1);
    m_navigator->setCurrentRow(0);
    m_panelViews->setCurrentIndex(0);
    updateState();
}

void MainWindow::showDestination(const QString &destination, const QString &id)
{
    for (int i = 0; i < m_panels.panels.size(); ++i) {
        if (!m_panels.panels.at(i)->destinations().contains(destination))
            continue;
        m_navigator->setCurrentRow(i);
        m_panels.panels.at(i)->show(m_panelViews->widget(i), destination, id);
        return;
    }
}

QWidget *MainWindow::currentPanelView() const
{
    return m_documents->project() ? m_panelViews->currentWidget() : nullptr;
}

void MainWindow::updateState()
{
    Project *project = m_documents->project();
    if (!project) {
        setWindowFilePath(QString());
        setWindowTitle(tr("Atelier Achat"));
        setWindowModified(false);
        m_fileLabel->clear();
        m_stateLabel->clear();
        return;
    }
    const QString name =
        project->isUntitled() ? project->displayTitle() : QFileInfo(project->documentPath()).fileName();
    setWindowTitle(tr("%1[*] — Atelier Achat").arg(name));
    setWindowModified(project->isModified());
    m_fileLabel->setText(project->isUntitled() ? tr("Not saved yet")
                                               : QDir::toNativeSeparators(project->documentPath()));
    if (project->isReadOnly())
        m_stateLabel->setText(tr("Read-only"));
    else if (project->isModified())
        m_stateLabel->setText(tr("Unsaved changes (kept safe until you save)"));
    else
        m_stateLabel->setText(tr("Saved"));
}

void MainWindow::chooseLanguage(const QString &code)
{
    I18n::setChosenLanguage(code);
    QMessageBox::information(this, tr("Language"), tr("The new language applies from the next start."));
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About Atelier Achat"),
        tr("<h3>Atelier Achat %1</h3><p>A workbench for strategic public procurement: modeling "
           "workshops, steering dashboards, sourcing canvas, evolutivity clause, co-operator tour."
           "</p><p>Free software under the GNU General Public License, version 3 or later.</p>")
            .arg(QApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_documents->close())
        event->accept();
    else
        event->ignore();
}

void MainWindow::shareCopy()
{
    Project *project = m_documents->project();
    if (!project)
        return;
    ShareDialog dialog(*project, m_panels.personalData(), this);
    if (dialog.exec() != QDialog::Accepted || !dialog.report())
        return;
    QStringList leftOut;
    for (const auto &[what, n] : dialog.report()->leftOut)
        leftOut << tr("%1 (%2)").arg(what).arg(n);
    QMessageBox::information(this, tr("Export for sharing"),
                             leftOut.isEmpty() ? tr("The copy is written to “%1”.").arg(QFileInfo(dialog.path()).fileName())
                                               : tr("The copy is written to “%1”, without %2.")
                                                     .arg(QFileInfo(dialog.path()).fileName(), leftOut.join(tr(", "))));
}

QHash<QString, QString> MainWindow::panelTitles() const
{
    QHash<QString, QString> titles{{QStringLiteral("core"), tr("Project")}};
    for (const Panel *panel : m_panels.panels)
        titles.insert(panel->id(), panel->title());
    return titles;
}

void MainWindow::mergeCopyWithDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Bring back a copy"), QString(), tr("Atelier projects (*.atelier)"));
    if (!path.isEmpty())
        mergeCopy(path);
}

bool MainWindow::mergeCopy(const QString &path)
{
    Project *project = m_documents->project();
    if (!project)
        return false;
    if (project->isReadOnly()) {
        QMessageBox::warning(this, tr("Bring back a copy"),
                             tr("This project is open read-only: nothing can be merged into it. Use Save As to make "
                                "your own copy first."));
        return false;
    }
    QString why;
    std::optional<Merge::Plan> plan = Merge::prepare(*project, path, m_panels.personalData(), &why);
    if (!plan) {
        QMessageBox::warning(this, tr("Bring back a copy"), why);
        return false;
    }
    if (plan->isEmpty()) {
        QMessageBox::information(this, tr("Bring back a copy"),
                                 tr("“%1” holds nothing this project does not have already.").arg(plan->theirsFile));
        return true;
    }
    MergeDialog dialog(*project, std::move(*plan), panelTitles(), m_panels.tables(), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    statusBar()->showMessage(tr("The copy is merged: Undo takes the whole merge back."), 8000);
    return true;
}

void MainWindow::showJournal()
{
    if (Project *project = m_documents->project()) {
        JournalDialog dialog(*project, panelTitles(), this);
        dialog.exec();
    }
}

bool MainWindow::exportDecp(const QString &path)
{
    Project *project = m_documents->project();
    if (!project)
        return false;
    QList<Decp::ProjectMarche> refused;
    QString why;
    if (!Decp::ProjectMarches::exportFile(project->store(), path, QDate::currentDate(), &refused, &why)) {
        QStringList lines{why};
        for (const Decp::ProjectMarche &pm : refused) {
            lines << tr("“%1” lacks:").arg(pm.name);
            for (const Decp::Problem &p : pm.problems)
                lines << tr("• %1").arg(p.text());
        }
        QMessageBox::warning(this, tr("Export the données essentielles (DECP v2)"), lines.join(u'\n'));
        return false;
    }
    QMessageBox::information(this, tr("Export the données essentielles (DECP v2)"),
                             tr("The contracts' public data is written to “%1” (DECP v2), ready to publish.")
                                 .arg(QFileInfo(path).fileName()));
    return true;
}

} // namespace Atelier
