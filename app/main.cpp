// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "builtinpanels.h"
#include "cli.h"
#include "i18n.h"
#include "mainwindow.h"
#include "style.h"

#include "documentcontroller.h"

#include <QApplication>
#include <QDir>
#include <QStandardPaths>

#include <memory>

static void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Atelier Achat"));
    QCoreApplication::setApplicationName(QStringLiteral("atelier"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ATELIER_VERSION));
}

int main(int argc, char *argv[])
{
    const QStringList arguments = [&] {
        QStringList list;
        for (int i = 0; i < argc; ++i)
            list << QString::fromLocal8Bit(argv[i]);
        return list;
    }();
    if (Atelier::Cli::isCommand(arguments)) {
        std::unique_ptr<QCoreApplication> app;
        if (Atelier::Cli::needsWidgets(arguments)) {
            // Reports draw charts: widgets, never on a screen. Offscreen always, so that no display
            // is needed and every export is laid out at the same resolution.
            qputenv("QT_QPA_PLATFORM", "offscreen");
            app = std::make_unique<QApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv); // no display needed
        }
        describeApplication();
        Atelier::I18n::install(Atelier::Cli::language(arguments));
        return Atelier::Cli::run(arguments);
    }

    QApplication app(argc, argv);
    describeApplication();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Atelier Achat"));
    QGuiApplication::setDesktopFileName(QStringLiteral("atelier"));
    Atelier::I18n::install(Atelier::I18n::chosenLanguage());
    Atelier::Style::apply(app);

    const Atelier::BuiltinPanels panels = Atelier::BuiltinPanels::load();
    Atelier::WorkingArea area(QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
                                  .filePath(QStringLiteral("working")));
    Atelier::MainWindow window(panels, area);
    window.show();
    // Unsaved work from an interrupted session comes first; then the file asked for, if any.
    if (!window.documents().offerRecovery() && arguments.size() > 1)
        window.documents().open(arguments.at(1));
    return app.exec();
}
