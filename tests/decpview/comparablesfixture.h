// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small reference library built the way a user builds one: a DECP v2 file written by the test, imported.
// Its marchés (amounts in euros excl. VAT, CPV codes chosen for the hierarchy):
//   A 45214200 100 000 € 12 months 2024-01-10     E 45215000 1 000 000 € 24 months 2025-01-15
//   B 45214210 200 000 € 24 months 2024-03-01     F 45100000    50 000 €  6 months 2023-05-05
//   C 45214300 300 000 € 18 months 2024-06-01     G 71221000    80 000 € 10 months 2024-02-02
//   D 45214400 400 000 € 36 months 2024-09-01
// Category 45214: A B C D; class 4521: A–E; group 452: A–E; division 45: A–F.

#include "catchqt.h"

#include "decp/referencelibrary.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>

inline QByteArray decpMarche(const char *id, const char *cpv, int euros, int months, const char *notified,
                             const char *object)
{
    return QStringLiteral(R"({"id": "%1", "acheteur": {"id": "21590350100017"}, "nature": "Marché", "objet": "%6",
        "codeCPV": "%2", "procedure": "Procédure adaptée", "dureeMois": %4, "dateNotification": "%5", "montant": %3,
        "titulaires": [{"titulaire": {"id": "80295478500028", "typeIdentifiant": "SIRET"}}]})")
        .arg(QLatin1String(id), QLatin1String(cpv))
        .arg(euros)
        .arg(months)
        .arg(QLatin1String(notified), QString::fromUtf8(object))
        .toUtf8();
}

inline QByteArray smallDecpFile()
{
    const QList<QByteArray> marches{
        decpMarche("A", "45214200-2", 100000, 12, "2024-01-10", "École maternelle"),
        decpMarche("B", "45214210", 200000, 24, "2024-03-01", "École primaire"),
        decpMarche("C", "45214300", 300000, 18, "2024-06-01", "Collège"),
        decpMarche("D", "45214400", 400000, 36, "2024-09-01", "Lycée"),
        decpMarche("E", "45215000", 1000000, 24, "2025-01-15", "Centre médico-social"),
        decpMarche("F", "45100000", 50000, 6, "2023-05-05", "Terrassements"),
        decpMarche("G", "71221000", 80000, 10, "2024-02-02", "Maîtrise d'œuvre"),
    };
    QByteArray all = "{\"marches\": {\"marche\": [";
    for (int i = 0; i < marches.size(); ++i)
        all += (i ? "," : "") + marches[i];
    return all + "]}}";
}

struct ComparablesFixture
{
    QTemporaryDir dir;
    QString library = dir.filePath(QStringLiteral("library.sqlite"));
    QString decpFile = dir.filePath(QStringLiteral("decp.json"));

    ComparablesFixture()
    {
        QFile file(decpFile);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(smallDecpFile());
    }
    /// Imports the file into the library, as `atelier decp import` would.
    void fill()
    {
        QString error;
        auto opened = Atelier::Decp::ReferenceLibrary::open(library, &error);
        REQUIRE(opened);
        QFile file(decpFile);
        REQUIRE(file.open(QIODevice::ReadOnly));
        REQUIRE(opened->import(file).stored == 7);
    }
};
