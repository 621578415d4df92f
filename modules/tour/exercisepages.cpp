// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exercisepages.h"

#include "exercises.h"
#include "tourschema.h"
#include "tourstore.h"

#include "core/attachmentfile.h"
#include "core/edit.h"
#include "core/notifier.h"
#include "core/projectcontext.h"
#include "core/store.h"
#include "widgets/pageparts.h"

#include <QAction>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QMessageBox>
#include <QPixmap>
#include <QSplitter>
#include <QUndoStack>

namespace Atelier::Tour {

/// Rows tall enough for a few lines of text.
static void tallRows(EntityTableEditor *editor, int lines)
{
    QTableView *view = editor->view();
    view->setWordWrap(true);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().lineSpacing() * lines + 12);
}

StepsPage::StepsPage(ProjectContext &ctx, QWidget *parent)
    : QWidget(parent),
      m_steps(new EntityTableEditor(ctx, Tables::step(), columns({"host", "place", "clue", "question", "expected", "found"}),
                                    tr("Add a step")))
{
    setObjectName(QStringLiteral("stepsPage"));
    m_steps->setObjectName(QStringLiteral("steps"));
    m_steps->view()->setAccessibleName(tr("Steps of the jeu de piste"));
    tallRows(m_steps, 3);
    for (int c = 2; c < 6; ++c)
        m_steps->view()->horizontalHeader()->setSectionResizeMode(c, QHeaderView::Stretch);
    m_steps->view()->setColumnWidth(1, 200);
    auto *intro = new QLabel(tr("In the production workshop, in the administration's services: at each step a place, a "
                                "clue to find it and a question to answer on site. After the day, write down the answer "
                                "found."));
    intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_steps, 1);
}

void StepsPage::setTour(const QString &tourId)
{
    m_steps->setFilter(QStringLiteral("tour_id"), tourId);
}

WordsPage::WordsPage(ProjectContext &ctx, QWidget *parent)
    : QWidget(parent), m_ctx(ctx),
      m_public(new EntityTableEditor(ctx, Tables::word(), columns({"word", "definition", "correction"}), tr("Add a word"))),
      m_holder(new EntityTableEditor(ctx, Tables::word(), columns({"word", "definition", "correction"}), tr("Add a word"))),
      m_rule(new QLabel)
{
    setObjectName(QStringLiteral("wordsPage"));
    m_public->setObjectName(QStringLiteral("publicWords"));
    m_public->view()->setAccessibleName(tr("The administration's words, explained to the company"));
    m_holder->setObjectName(QStringLiteral("holderWords"));
    m_holder->view()->setAccessibleName(tr("The company's words, explained to the administration"));
    for (EntityTableEditor *e : {m_public, m_holder}) {
        tallRows(e, 2);
        e->view()->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
        e->view()->setColumnWidth(0, 170);
        e->view()->setColumnWidth(2, 160);
    }
    m_rule->setObjectName(QStringLiteral("tenWordsRule"));
    m_rule->setWordWrap(true);
    m_rule->setTextFormat(Qt::PlainText);
    auto *splitter = new QSplitter;
    splitter->addWidget(boxed(tr("The administration's words, explained to the company"), m_public));
    splitter->addWidget(boxed(tr("The company's words, explained to the administration"), m_holder));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_rule);
    layout->addWidget(splitter, 1);
    connect(&ctx.notifier, &Notifier::tableChanged, this, [this](const QString &table) {
        if (table == Tables::word().table())
            refreshRule();
    });
}

void WordsPage::setTour(const QString &tourId)
{
    m_tour = tourId;
    m_public->setFilter(QStringLiteral("tour_id"), tourId);
    m_public->setFilter(QStringLiteral("side"), QLatin1String(Side::kPublic));
    m_holder->setFilter(QStringLiteral("tour_id"), tourId);
    m_holder->setFilter(QStringLiteral("side"), QLatin1String(Side::kHolder));
    refreshRule();
}

void WordsPage::refreshRule()
{
    const TenWordsCheck check = TenWords::check(TourStore::words(m_ctx.store, m_tour));
    if (check.ok()) {
        m_rule->setText(tr("Ten words on each side, each with its definition."));
        m_rule->setStyleSheet(QString());
    } else {
        m_rule->setText(check.problems.join(QLatin1Char('\n')));
        m_rule->setStyleSheet(QStringLiteral("color: #9a3412; font-weight: bold;"));
    }
}

PhotosPage::PhotosPage(ProjectContext &ctx, QWidget *parent)
    : QWidget(parent), m_ctx(ctx),
      m_photos(new EntityTableEditor(ctx, Tables::photo(), columns({"attachment_id", "caption", "taken_by"}),
                                     tr("Add photos…"))),
      m_preview(new QLabel)
{
    setObjectName(QStringLiteral("photosPage"));
    m_photos->setObjectName(QStringLiteral("photos"));
    m_photos->view()->setAccessibleName(tr("Photos of tools and machines"));
    m_photos->model()->setReferenceFilter(QStringLiteral("attachment_id"), [](const Row &, const Row &attachment) {
        return text(attachment, "kind") == QLatin1String("photo");
    });
    stretchColumn(m_photos, 1);
    m_photos->setAddHandler([this] {
        const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Add photos"), QString(),
                                                                tr("Photos (*.png *.jpg *.jpeg *.webp)"));
        QString error;
        if (!paths.isEmpty() && !addPhotos(paths, &error) && !error.isEmpty())
            QMessageBox::warning(this, tr("Add photos"), error);
    });
    m_preview->setObjectName(QStringLiteral("photoPreview"));
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setMinimumSize(320, 240);
    m_preview->setAccessibleName(tr("The photo chosen"));
    auto *intro = new QLabel(tr("Tools and machines each side works with, photographed during the day. The photos are "
                                "kept in the project file, in the evidence library."));
    intro->setWordWrap(true);
    auto *splitter = new QSplitter;
    splitter->addWidget(m_photos);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    m_photos->view()->setColumnWidth(0, 200);
    m_photos->view()->setColumnWidth(2, 170);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);
    connect(m_photos, &EntityTableEditor::currentIdChanged, this, &PhotosPage::showCurrent);
    connect(&ctx.notifier, &Notifier::tableChanged, this, [this](const QString &table) {
        if (table == Tables::photo().table())
            showCurrent();
    });
    keepCurrentRow(m_photos);
}

void PhotosPage::setTour(const QString &tourId)
{
    m_tour = tourId;
    m_photos->setFilter(QStringLiteral("tour_id"), tourId);
    showCurrent();
}

void PhotosPage::showCurrent()
{
    const QString attachment = m_ctx.store.value(Tables::photo(), m_photos->currentId(), QStringLiteral("attachment_id")).toString();
    QPixmap picture;
    if (!attachment.isEmpty())
        picture.loadFromData(m_ctx.store.blob(Entities::attachment(), attachment, QStringLiteral("data")));
    if (picture.isNull()) {
        m_preview->setText(tr("No photo chosen."));
        return;
    }
    m_preview->setPixmap(picture.scaled(m_preview->size().boundedTo(QSize(640, 480)), Qt::KeepAspectRatio, Qt::SmoothTransformation));
}

bool PhotosPage::addPhotos(const QStringList &paths, QString *error)
{
    if (m_tour.isEmpty())
        return false;
    QList<Row> files;
    for (const QString &path : paths) {
        std::optional<Row> row = AttachmentFile::read(path, error);
        if (!row)
            return false;
        if (QImageReader(path).read().isNull()) {
            if (error)
                *error = tr("“%1” is not a photo that can be shown.").arg(QFileInfo(path).fileName());
            return false;
        }
        row->insert(QStringLiteral("kind"), QStringLiteral("photo"));
        files << *row;
    }
    const int before = m_ctx.undoStack.index();
    bool ok = true;
    QString last;
    {
        Edit::Group group(m_ctx, tr("Add photos"));
        for (const Row &file : files) {
            const QString attachment = Edit::addRow(m_ctx, Entities::attachment(), file);
            last = attachment.isEmpty() ? QString()
                                        : Edit::addRow(m_ctx, Tables::photo(),
                                                       {{QStringLiteral("tour_id"), m_tour},
                                                        {QStringLiteral("attachment_id"), attachment},
                                                        {QStringLiteral("caption"), text(file, "title")}});
            ok = ok && !last.isEmpty();
        }
    }
    if (!ok) {
        Edit::takeBack(m_ctx, before); // the notifier told the user why
        return false;
    }
    m_photos->selectId(last);
    return true;
}

} // namespace Atelier::Tour
