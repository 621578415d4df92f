// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Export menu as a piloting service uses it: PDF with a progress bar that cancels, a preview.
#include "../app/windowfixture.h"
#include "democlause.h"
#include "pdftools.h"

#include "app/demo.h"
#include "app/reportexporter.h"
#include "reports/reportkinds.h"

#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QComboBox>
#include <QFileDialog>
#include <QProgressDialog>
#include <QStatusBar>

using namespace Atelier;

namespace {

const Reports::ReportKind &roadmap()
{
    const Reports::ReportKind *kind = Reports::ReportKinds::find(QStringLiteral("roadmap"));
    REQUIRE(kind);
    return *kind;
}

/// Calls `act` on the first modal widget of type T that shows up (gives up after a few seconds).
template <typename T> void onNextModal(std::function<void(T *)> act)
{
    auto *timer = new QTimer;
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, [=] {
        T *widget = nullptr;
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *t = qobject_cast<T *>(w); t && t->isVisible())
                widget = t;
        if (!widget) {
            if (++*tries > 500)
                timer->deleteLater();
            return;
        }
        timer->stop();
        timer->deleteLater();
        act(widget);
    });
    timer->start(10);
}

void openDemo(WindowFixture &f)
{
    REQUIRE(f.docs().newProject());
    QString error;
    REQUIRE(Demo::fill(f.project().context(), f.panels.tables(), &error));
}

} // namespace

TEST_CASE("The Export menu offers each report as PDF and in preview, once a project is open",
          "[reports][gui]")
{
    WindowFixture f;
    QAction *pdf = f.menuAction(QStringLiteral("Export"), QStringLiteral("Roadmap as PDF"));
    QAction *preview =
        f.menuAction(QStringLiteral("Export"), QStringLiteral("Preview and print the roadmap"));
    f.menuAction(QStringLiteral("Export"), QStringLiteral("Workshop report as PDF"));
    CHECK_FALSE(pdf->isEnabled());
    CHECK_FALSE(preview->isEnabled());
    CHECK(preview->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_P));
    openDemo(f);
    CHECK(pdf->isEnabled());
    CHECK(preview->isEnabled());
    const QString suggested = f.window->reports().suggestedPath(roadmap());
    CHECK(
        QFileInfo(suggested).fileName() ==
        QStringLiteral("Roadmap — Restauration scolaire - cuisine centrale et approvisionnement local.pdf"));
}

TEST_CASE("Exporting the roadmap from the window writes the PDF and says so", "[reports][gui]")
{
    WindowFixture f;
    openDemo(f);
    const QString path = f.ws.path(QStringLiteral("roadmap.pdf"));
    const int edits = f.project().undoStack().count();
    REQUIRE(f.window->reports().exportTo(roadmap(), path));
    const int pages = PdfTools::info(path, QStringLiteral("Pages")).toInt();
    CHECK(pages >= 8);
    CHECK(f.window->statusBar()->currentMessage().contains(QStringLiteral("(%1 page(s))").arg(pages)));
    // The project is not changed by an export.
    CHECK(f.project().undoStack().count() == edits);
}

TEST_CASE("A long export can be cancelled: nothing is written", "[reports][gui]")
{
    WindowFixture f;
    openDemo(f);
    const QString path = f.ws.path(QStringLiteral("cancelled.pdf"));
    bool seen = false;
    onNextModal<QProgressDialog>([&](QProgressDialog *progress) {
        seen = true;
        progress->cancel();
    });
    CHECK_FALSE(f.window->reports().exportTo(roadmap(), path));
    CHECK(seen);
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("An export to a folder that cannot be written says why", "[reports][gui]")
{
    WindowFixture f;
    openDemo(f);
    QString message;
    answerNextMessageBox(QStringLiteral("OK"), &message, QMessageBox::Ok);
    CHECK_FALSE(f.window->reports().exportTo(roadmap(), f.ws.path(QStringLiteral("gone/away/r.pdf"))));
    CHECK(message.contains(QStringLiteral("could not be written")));
}

TEST_CASE("The print preview shows every page of the roadmap", "[reports][gui]")
{
    WindowFixture f;
    openDemo(f);
    const QString path = f.ws.path(QStringLiteral("roadmap.pdf"));
    REQUIRE(f.window->reports().exportTo(roadmap(), path));
    const int pages = PdfTools::info(path, QStringLiteral("Pages")).toInt();
    int shown = 0;
    onNextModal<QPrintPreviewDialog>([&](QPrintPreviewDialog *dialog) {
        auto *widget = dialog->findChild<QPrintPreviewWidget *>();
        REQUIRE(widget);
        shown = widget->pageCount();
        dialog->reject();
    });
    f.window->reports().preview(roadmap());
    CHECK(shown == pages);
}

TEST_CASE("The Export menu writes a panel's document: the discovery booklet, its options asked first", "[reports][gui][tour]")
{
    WindowFixture f;
    openDemo(f);
    QAction *booklet = f.window->findChild<QAction *>(QStringLiteral("export-booklet"));
    REQUIRE(booklet);
    CHECK(booklet->isEnabled());
    CHECK(booklet->text() == QStringLiteral("Discovery booklet as PDF…"));
    const QString path = f.ws.path(QStringLiteral("booklet.pdf"));
    bool asked = false;
    onNextModal<QDialog>([&](QDialog *dialog) {
        auto *format = dialog->findChild<QComboBox *>(QStringLiteral("format"));
        auto *contract = dialog->findChild<QComboBox *>(QStringLiteral("contract"));
        REQUIRE(format);
        REQUIRE(contract);
        CHECK(contract->currentText().startsWith(QStringLiteral("Coopérative Inox & Insertion — "))); // holder — line
        CHECK(format->itemText(1) == QStringLiteral("A5 booklet (printed two-up on A4, folded)"));
        format->setCurrentIndex(1);
        asked = true;
        onNextModal<QFileDialog>([&](QFileDialog *save) {
            save->selectFile(path);
            static_cast<QDialog *>(save)->accept();
        });
        dialog->accept();
    });
    booklet->trigger();
    CHECK(asked);
    REQUIRE(QFile::exists(path));
    CHECK(PdfTools::info(path, QStringLiteral("Page size")).startsWith(QStringLiteral("842 x 595 pts")));
    CHECK(f.window->statusBar()->currentMessage().contains(QStringLiteral("Discovery booklet exported")));
}

TEST_CASE("The Export menu writes the draft avenant of a decided modification", "[reports][gui][clause]")
{
    WindowFixture f;
    openDemo(f);
    QAction *avenant = f.window->findChild<QAction *>(QStringLiteral("export-avenant"));
    REQUIRE(avenant);
    CHECK(avenant->text() == QStringLiteral("Draft avenant as PDF…"));
    decideDemoModification(f.project().context(), true, QDate(2026, 12, 3));
    const QString path = f.ws.path(QStringLiteral("avenant.pdf"));
    bool asked = false;
    onNextModal<QDialog>([&](QDialog *dialog) {
        auto *contract = dialog->findChild<QComboBox *>(QStringLiteral("contract"));
        auto *number = dialog->findChild<QComboBox *>(QStringLiteral("number"));
        CHECK(contract);
        CHECK(number);
        if (contract && number) {
            CHECK(contract->currentText().startsWith(QStringLiteral("Atelier Nord-Sud Architectes")));
            CHECK(number->currentText() == QStringLiteral("1"));
        }
        asked = true;
        onNextModal<QFileDialog>([&](QFileDialog *save) {
            save->selectFile(path);
            static_cast<QDialog *>(save)->accept();
        });
        dialog->accept();
    });
    avenant->trigger();
    CHECK(asked);
    REQUIRE(QFile::exists(path));
    const QString text = PdfTools::text(path, 0, false).simplified();
    CHECK(text.contains(QStringLiteral("Draft avenant no. 1")));
    CHECK(text.contains(QStringLiteral("Legal sign-off by the buyer: Sophie Arnaud-Lebrun")));
    CHECK(f.window->statusBar()->currentMessage().contains(QStringLiteral("Draft avenant exported")));
}
