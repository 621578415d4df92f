// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvaspage.h"

#include "decp/projectquery.h"
#include "decpview/comparablesdialog.h"

#include "canvasimport.h"
#include "canvasindex.h"
#include "entryform.h"
#include "importdialog.h"
#include "sourcingschema.h"

#include "core/edit.h"
#include "core/notifier.h"
#include "core/projectcontext.h"
#include "core/store.h"
#include "panelapi/panel.h"
#include "widgets/entitytablemodel.h"
#include "widgets/pageparts.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QApplication>
#include <QDate>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QToolButton>

namespace Atelier::Sourcing {

namespace {

/// A search hit in two lines: the title with the words found in bold, then the passage.
class HitDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem o = option;
        initStyleOption(&o, index);
        o.text.clear();
        QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &o, painter, o.widget);
        QTextDocument doc;
        layout(doc, index, option);
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = option.palette;
        if (option.state & QStyle::State_Selected)
            context.palette.setColor(QPalette::Text, option.palette.color(QPalette::HighlightedText));
        painter->save();
        painter->translate(option.rect.topLeft() + QPoint(4, 2));
        doc.documentLayout()->draw(painter, context);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QTextDocument doc;
        layout(doc, index, option);
        return QSize(int(doc.idealWidth()) + 8, int(doc.size().height()) + 4);
    }

private:
    static void layout(QTextDocument &doc, const QModelIndex &index, const QStyleOptionViewItem &option)
    {
        doc.setDefaultFont(option.font);
        doc.setHtml(index.data(Qt::UserRole + 1).toString());
        doc.setTextWidth(qMax(200, option.rect.width() - 8));
    }
};

/// The kind of entry a chapter of this theme holds first.
QString defaultKind(const QString &theme)
{
    if (theme == QLatin1String("standards"))
        return QLatin1String(EntryKind::kStandard);
    if (theme == QLatin1String("lessons"))
        return QLatin1String(EntryKind::kLesson);
    if (theme == QLatin1String("information"))
        return QLatin1String(EntryKind::kFigure);
    return QLatin1String(EntryKind::kActor);
}

} // namespace

CanvasPage::CanvasPage(ProjectContext &ctx, CanvasIndex &index, QWidget *parent)
    : QWidget(parent), m_ctx(ctx), m_index(index), m_search(new QLineEdit),
      m_chapters(new EntityTableEditor(ctx, Tables::chapter(), columns({"title", "theme"}), tr("Add chapter"))),
      m_entries(new EntityTableEditor(ctx, Tables::entry(), columns({"title", "kind", "tags", "origin_project"}),
                                      tr("Add entry"))),
      m_results(new QListWidget), m_resultCount(new QLabel), m_middle(new QStackedWidget), m_form(new EntryForm(ctx)),
      m_banner(new QLabel), m_bannerButton(new QPushButton(tr("Add them to the canvas"))),
      m_start(new QPushButton(tr("Start with the four thematic chapters"))), m_import(new QToolButton)
{
    setObjectName(QStringLiteral("canvasPage"));
    m_search->setObjectName(QStringLiteral("canvasSearch"));
    m_search->setAccessibleName(tr("Search the canvas"));
    m_search->setPlaceholderText(tr("Search every entry (Ctrl+F): actors, standards, lessons, figures…"));
    m_search->setClearButtonEnabled(true);
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(find);
    connect(find, &QAction::triggered, m_search, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });

    m_chapters->setObjectName(QStringLiteral("chapters"));
    m_chapters->view()->setAccessibleName(tr("Chapters"));
    stretchColumn(m_chapters, 0);
    auto *up = new QAction(style()->standardIcon(QStyle::SP_ArrowUp), tr("Move up"), this);
    up->setObjectName(QStringLiteral("chapterUp"));
    up->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up));
    auto *down = new QAction(style()->standardIcon(QStyle::SP_ArrowDown), tr("Move down"), this);
    down->setObjectName(QStringLiteral("chapterDown"));
    down->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down));
    for (QAction *a : {up, down}) {
        a->setEnabled(!ctx.isReadOnly());
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_chapters->addToolAction(a);
        m_chapters->addAction(a); // the keys work from the table too
    }
    connect(up, &QAction::triggered, this, [this] { moveChapter(-1); });
    // Removing a chapter removes its fiches with it, in one undo step (the table's own Remove would
    // leave them without a chapter).
    m_chapters->removeRowAction()->setVisible(false);
    auto *remove = new QAction(tr("Remove"), this);
    remove->setObjectName(QStringLiteral("removeChapter"));
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    remove->setEnabled(!ctx.isReadOnly());
    m_chapters->addToolAction(remove);
    m_chapters->addAction(remove);
    connect(remove, &QAction::triggered, this, &CanvasPage::removeChapters);
    connect(down, &QAction::triggered, this, [this] { moveChapter(+1); });

    m_entries->setObjectName(QStringLiteral("entries"));
    m_entries->view()->setAccessibleName(tr("Entries of the chapter"));
    stretchColumn(m_entries, 0); // the title first: a new fiche opens it for typing
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setAccessibleName(tr("Entries found"));
    m_results->setItemDelegate(new HitDelegate(m_results));
    m_results->setWordWrap(true);
    m_results->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_resultCount->setObjectName(QStringLiteral("resultCount"));
    m_resultCount->setTextFormat(Qt::PlainText); // it quotes what was typed

    m_import->setObjectName(QStringLiteral("importCanvas"));
    m_import->setText(tr("Import…"));
    m_import->setToolTip(tr("Import chapters or entries from another project or from a template"));
    m_import->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_import);
    menu->addAction(tr("From another project…"), this, &CanvasPage::importFile);
    menu->addSeparator();
    for (const CanvasTemplate &t : CanvasImport::templates())
        menu->addAction(tr("Template: %1").arg(t.title), this, [this, t] {
            QString error;
            if (const std::optional<CanvasSource> source = CanvasImport::fromTemplate(t.resource, &error))
                importFrom(*source);
            else
                QMessageBox::warning(this, tr("Import into the sourcing canvas"), error);
        });
    m_import->setMenu(menu);

    m_banner->setObjectName(QStringLiteral("workshopQuestions"));
    m_banner->setWordWrap(true);
    m_bannerButton->setObjectName(QStringLiteral("addWorkshopQuestions"));
    m_start->setObjectName(QStringLiteral("startCanvas"));

    // Left: search, then chapters.
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *chaptersTitle = new QLabel(tr("Chapters"));
    chaptersTitle->setBuddy(m_chapters->view());
    leftLayout->addWidget(chaptersTitle);
    leftLayout->addWidget(m_chapters, 1);
    leftLayout->addWidget(m_start);
    leftLayout->addWidget(m_import, 0, Qt::AlignLeft);
    // Seed §4's "données issues de précédents marchés": the reference library's past contracts like ours.
    auto *comparables = new QPushButton(tr("Comparable past contracts…"));
    comparables->setObjectName(QStringLiteral("canvasComparables"));
    comparables->setToolTip(tr("Past contracts published as DECP with the CPV code of this project's contracts: "
                               "amounts, durations, holders"));
    connect(comparables, &QPushButton::clicked, this, [this] {
        DecpView::ComparablesDialog::showFor(Decp::ProjectQuery::forProject(m_ctx.store), this);
    });
    leftLayout->addWidget(comparables, 0, Qt::AlignLeft);
    // Middle: the chapter's entries, or the hits.
    auto *hits = new QWidget;
    auto *hitsLayout = new QVBoxLayout(hits);
    hitsLayout->setContentsMargins(0, 0, 0, 0);
    hitsLayout->addWidget(m_resultCount);
    hitsLayout->addWidget(m_results, 1);
    m_middle->addWidget(m_entries);
    m_middle->addWidget(hits);
    auto *bannerRow = new QWidget;
    auto *bannerLayout = new QHBoxLayout(bannerRow);
    bannerLayout->setContentsMargins(0, 0, 0, 0);
    bannerLayout->addWidget(m_banner, 1);
    bannerLayout->addWidget(m_bannerButton);
    auto *middle = new QWidget;
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->addWidget(bannerRow);
    middleLayout->addWidget(m_middle, 1);

    auto *splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(middle);
    splitter->addWidget(m_form);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 3);
    splitter->setSizes({380, 480, 480});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(splitter, 1);
    setTabOrder(m_search, m_chapters->view());
    setTabOrder(m_chapters->view(), m_entries->view());

    connect(m_chapters, &EntityTableEditor::currentIdChanged, this, &CanvasPage::chapterChosen);
    connect(m_entries, &EntityTableEditor::currentIdChanged, m_form, &EntryForm::setEntry);
    connect(m_search, &QLineEdit::textChanged, this, &CanvasPage::search);
    connect(m_results, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { showEntry(item->data(Qt::UserRole).toString()); });
    connect(m_results, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            m_form->setEntry(item->data(Qt::UserRole).toString());
    });
    connect(m_bannerButton, &QPushButton::clicked, this, &CanvasPage::addWorkshopQuestions);
    connect(m_start, &QPushButton::clicked, this, &CanvasPage::startCanvas);
    connect(&ctx.notifier, &Notifier::tableChanged, this, [this](const QString &table) {
        if (table == Tables::entry().table() || table == Entities::sourcingQuestion().table() ||
            table == Tables::chapter().table())
            refreshBanner();
        if (table == Tables::entry().table() && !m_search->text().isEmpty())
            search();
    });
    refreshBanner();
    keepCurrentRow(m_chapters);
    keepCurrentRow(m_entries);
    chapterChosen();
}

QString CanvasPage::currentChapter() const
{
    return m_chapters->currentId();
}

void CanvasPage::chapterChosen()
{
    const QString chapter = currentChapter();
    // The defaults first: setFilter adds the chapter to them, so that a fiche added here belongs to it.
    m_entries->setDefaults({{QStringLiteral("kind"),
                             defaultKind(m_ctx.store.value(Tables::chapter(), chapter, QStringLiteral("theme")).toString())}});
    m_entries->setFilter(QStringLiteral("chapter_id"), chapter);
    if (m_search->text().isEmpty())
        m_form->setEntry(m_entries->currentId());
}

void CanvasPage::search()
{
    const QString typed = m_search->text();
    if (typed.trimmed().isEmpty()) {
        m_middle->setCurrentIndex(0);
        m_form->setEntry(m_entries->currentId());
        return;
    }
    m_middle->setCurrentIndex(1);
    const SearchResult found = m_index.search(typed);
    const QList<SearchHit> &hits = found.hits;
    QHash<QString, QString> chapters;
    for (const Row &c : m_ctx.store.rows(Tables::chapter()))
        chapters.insert(text(c, "id"), text(c, "title"));
    const FieldInfo &kind = *Tables::entry().field(QStringLiteral("kind"));
    // The fiche shown stays shown when it is still found (the list refreshes as fiches change).
    const QString shown = m_results->currentItem() ? m_results->currentItem()->data(Qt::UserRole).toString() : QString();
    const QSignalBlocker quiet(m_results);
    m_results->clear();
    for (const SearchHit &hit : hits) {
        auto *item = new QListWidgetItem(m_results);
        const QString where = tr("%1 — %2").arg(kind.choiceLabel(hit.kind), chapters.value(hit.chapterId).toHtmlEscaped());
        item->setData(Qt::UserRole, hit.entryId);
        item->setData(Qt::UserRole + 1, QStringLiteral("<b>%1</b> <span style='color:#666'>· %2</span><br/>%3")
                                            .arg(hit.title.isEmpty() ? tr("(untitled)") : hit.title, where,
                                                 hit.snippet));
        // What assistive technology reads: the plain title and where it is.
        QTextDocument plain;
        plain.setHtml(hit.title + QLatin1String(" — ") + where);
        item->setData(Qt::AccessibleTextRole, plain.toPlainText());
        item->setText(plain.toPlainText());
    }
    if (hits.isEmpty())
        m_resultCount->setText(tr("Nothing found for “%1”.").arg(typed));
    else if (!found.ranked)
        m_resultCount->setText(tr("More than %1 entries contain it: those whose title does come first. Type more "
                                  "to rank them.")
                                   .arg(QLocale().toString(CanvasIndex::kMaxRanked)));
    else if (found.matches > hits.size())
        m_resultCount->setText(tr("%n entry(ies) found, the best %1 shown.", nullptr, found.matches).arg(hits.size()));
    else
        m_resultCount->setText(tr("%n entry(ies) found.", nullptr, found.matches));
    int row = hits.isEmpty() ? -1 : 0;
    for (int i = 0; i < hits.size(); ++i)
        if (hits[i].entryId == shown)
            row = i;
    m_results->setCurrentRow(row);
    if (row >= 0 && hits[row].entryId != m_form->entryId())
        m_form->setEntry(hits[row].entryId);
}

void CanvasPage::showEntry(const QString &entryId)
{
    const QString chapter = m_ctx.store.value(Tables::entry(), entryId, QStringLiteral("chapter_id")).toString();
    if (!m_search->text().isEmpty()) {
        const QSignalBlocker quiet(m_search);
        m_search->clear();
        m_middle->setCurrentIndex(0);
    }
    m_chapters->selectId(chapter);
    chapterChosen();
    m_entries->selectId(entryId);
    m_form->setEntry(entryId);
}

void CanvasPage::commitPending()
{
    m_form->commitPending();
}

void CanvasPage::moveChapter(int by)
{
    const QString id = currentChapter();
    QStringList order;
    for (int r = 0; r < m_chapters->model()->rowCount(); ++r)
        order << m_chapters->model()->idAt(r);
    const int from = int(order.indexOf(id));
    const int to = from + by;
    if (from < 0 || to < 0 || to >= order.size())
        return;
    order.move(from, to);
    QList<FieldChange> changes;
    for (int i = 0; i < order.size(); ++i)
        if (m_ctx.store.value(Tables::chapter(), order[i], QStringLiteral("position")).toInt() != i)
            changes << FieldChange{order[i], QStringLiteral("position"), i};
    Edit::setValues(m_ctx, Tables::chapter(), changes, tr("Move chapter"));
    m_chapters->selectId(id);
}

void CanvasPage::removeChapters()
{
    const QStringList chapters = m_chapters->selectedIds();
    if (chapters.isEmpty())
        return;
    QStringList entries, links;
    for (const Row &e : m_ctx.store.rows(Tables::entry()))
        if (chapters.contains(text(e, "chapter_id")))
            entries << text(e, "id");
    for (const Row &l : m_ctx.store.rows(Tables::entryAttachment()))
        if (entries.contains(text(l, "entry_id")))
            links << text(l, "id");
    Edit::Group group(m_ctx, Entities::tr(Tables::chapter().removeText));
    if (!links.isEmpty())
        Edit::removeRows(m_ctx, Tables::entryAttachment(), links);
    if (!entries.isEmpty())
        Edit::removeRows(m_ctx, Tables::entry(), entries);
    Edit::removeRows(m_ctx, Tables::chapter(), chapters);
}

void CanvasPage::startCanvas()
{
    const FieldInfo &theme = *Tables::chapter().field(QStringLiteral("theme"));
    Edit::Group group(m_ctx, tr("Start the canvas"));
    for (const char *key : {"actors", "standards", "lessons", "information"}) {
        QString title = theme.choiceLabel(QLatin1String(key));
        title[0] = title[0].toUpper();
        Edit::addRow(m_ctx, Tables::chapter(), {{QStringLiteral("title"), title}, {QStringLiteral("theme"), QLatin1String(key)}});
    }
}

/// The modeler's questions that no canvas entry carries yet.
static QList<Row> newWorkshopQuestions(const Store &store)
{
    QSet<QString> carried;
    for (const Row &e : store.rows(Tables::entry()))
        carried.insert(text(e, "question_id"));
    QList<Row> out;
    for (const Row &q : store.rows(Entities::sourcingQuestion()))
        if (!carried.contains(text(q, "id")))
            out << q;
    return out;
}

void CanvasPage::refreshBanner()
{
    const int waiting = int(newWorkshopQuestions(m_ctx.store).size());
    m_banner->setText(tr("%n question(s) raised in the modeling workshop are not in the canvas yet.", nullptr, waiting));
    m_banner->parentWidget()->setVisible(waiting > 0);
    m_bannerButton->setEnabled(!m_ctx.isReadOnly());
    m_start->setVisible(m_chapters->model()->rowCount() == 0);
    m_start->setEnabled(!m_ctx.isReadOnly());
    m_import->setEnabled(!m_ctx.isReadOnly());
}

void CanvasPage::addWorkshopQuestions()
{
    const QList<Row> questions = newWorkshopQuestions(m_ctx.store);
    if (questions.isEmpty())
        return;
    Edit::Group group(m_ctx, tr("Add the workshop's questions to the canvas"));
    QString chapter;
    for (const Row &c : m_ctx.store.rows(Tables::chapter()))
        if (chapter.isEmpty() && text(c, "theme") == QLatin1String("information"))
            chapter = text(c, "id");
    if (chapter.isEmpty()) {
        QString title = Tables::chapter().field(QStringLiteral("theme"))->choiceLabel(QStringLiteral("information"));
        title[0] = title[0].toUpper();
        chapter = Edit::addRow(m_ctx, Tables::chapter(),
                               {{QStringLiteral("title"), title}, {QStringLiteral("theme"), QStringLiteral("information")}});
    }
    for (const Row &q : questions)
        Edit::addRow(m_ctx, Tables::entry(),
                     {{QStringLiteral("chapter_id"), chapter},
                      {QStringLiteral("kind"), QLatin1String(EntryKind::kQuestion)},
                      {QStringLiteral("title"), text(q, "text")},
                      {QStringLiteral("question_id"), text(q, "id")},
                      {QStringLiteral("origin_project"), text(q, "origin")},
                      {QStringLiteral("origin_date"), QDate::currentDate().toString(Qt::ISODate)}});
}

void CanvasPage::importFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import from another project"), QString(),
                                                      tr("Atelier projects (*.atelier)"));
    if (path.isEmpty())
        return;
    QString error;
    const std::optional<CanvasSource> source = CanvasImport::fromFile(path, schemaFor(staticPanels()), &error);
    if (!source) {
        QMessageBox::warning(this, tr("Import into the sourcing canvas"), error);
        return;
    }
    importFrom(*source);
}

void CanvasPage::importFrom(const CanvasSource &source)
{
    ImportDialog dialog(source, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!CanvasImport::import(m_ctx, source, dialog.picks(), &error))
        QMessageBox::warning(this, tr("Import into the sourcing canvas"), error);
}

} // namespace Atelier::Sourcing
