// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"

#include "reports/typography.h"

using Atelier::Reports::Typography::french;

static const QString narrow(QChar(0x202F));
static const QString nbsp(QChar(0x00A0));

TEST_CASE("French typography: narrow no-break spaces before high signs", "[reports][typography]")
{
    CHECK(french(QStringLiteral("Budget : 12 €")) == QStringLiteral("Budget") + narrow + QStringLiteral(":") +
                                                         QStringLiteral(" 12") + nbsp + QStringLiteral("€"));
    CHECK(french(QStringLiteral("Pourquoi ? Parce que ; voilà !")) ==
          QStringLiteral("Pourquoi") + narrow + QStringLiteral("? Parce que") + narrow +
              QStringLiteral("; voilà") + narrow + QStringLiteral("!"));
    // Typed without the space: added, except where the sign belongs to the word.
    CHECK(french(QStringLiteral("Vraiment?")) == QStringLiteral("Vraiment") + narrow + QStringLiteral("?"));
    CHECK(french(QStringLiteral("à 10:30")) == QStringLiteral("à 10:30"));
    CHECK(french(QStringLiteral("rentrée 2027; puis")) ==
          QStringLiteral("rentrée 2027") + narrow + QStringLiteral("; puis"));
    CHECK(french(QStringLiteral("https://example.org")) == QStringLiteral("https://example.org"));
    CHECK(french(QStringLiteral("example.org/page?id=3")) == QStringLiteral("example.org/page?id=3"));
    CHECK(french(QStringLiteral("Note:")) == QStringLiteral("Note:"));
}

TEST_CASE("French typography: guillemets and signs after numbers", "[reports][typography]")
{
    CHECK(french(QStringLiteral("la « cantine » ouverte")) ==
          QStringLiteral("la «") + nbsp + QStringLiteral("cantine") + nbsp + QStringLiteral("» ouverte"));
    CHECK(french(QStringLiteral("50 % de bio")) == QStringLiteral("50") + nbsp + QStringLiteral("% de bio"));
    CHECK(french(QStringLiteral("déjà bien")) == QStringLiteral("déjà bien"));
    // Already typeset text stays as it is.
    const QString done = QStringLiteral("Budget") + narrow + QStringLiteral(": «") + nbsp +
                         QStringLiteral("x") + nbsp + QStringLiteral("»");
    CHECK(french(done) == done);
}
