// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"

#include "core/lawtable.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Atelier;

namespace {

QByteArray table(const QByteArray &values)
{
    return QByteArrayLiteral("{\"format\": 1, \"values\": [") + values + QByteArrayLiteral("]}");
}

const QByteArray kValue = R"({"key": "european_threshold.local.works", "unit": "eur_ht", "value": 6000000,
    "from": "2028-01-01", "to": "2029-12-31", "source": "CCP R2194-8"})";

QString write(const QTemporaryDir &dir, const QByteArray &bytes)
{
    const QString path = dir.filePath(QStringLiteral("thresholds.json"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
    return path;
}

} // namespace

TEST_CASE("The shipped law table holds LAW.md's values with their periods and sources", "[law]")
{
    QString message = QStringLiteral("unchanged");
    const LawTable law = LawTable::load(QString(), &message);
    CHECK(message.isEmpty());
    const auto services = law.find(QStringLiteral("european_threshold.local.supplies_services"), QDate(2026, 1, 1));
    REQUIRE(services);
    CHECK(services->value == 216'000'00);
    CHECK(services->unit == QStringLiteral("eur_ht"));
    CHECK(services->from == QDate(2026, 1, 1));
    CHECK(services->to == QDate(2027, 12, 31));
    CHECK(services->source.contains(QStringLiteral("R2194-8")));
    CHECK(law.find(QStringLiteral("european_threshold.local.supplies_services"), QDate(2025, 12, 31))->value ==
          221'000'00);
    CHECK(law.find(QStringLiteral("european_threshold.central.supplies_services"), QDate(2027, 12, 31))->value ==
          140'000'00);
    CHECK_FALSE(law.find(QStringLiteral("european_threshold.central.supplies_services"), QDate(2025, 12, 31)));
    CHECK(law.find(QStringLiteral("minor_change.supplies_services"))->value == 10);
    CHECK(law.find(QStringLiteral("minor_change.works"))->value == 15);
    CHECK(law.find(QStringLiteral("modification_cap"))->value == 50);
    CHECK(law.find(QStringLiteral("cao_opinion"))->value == 5);
    CHECK(law.find(QStringLiteral("decp_publication"))->value == 2);
    CHECK(law.find(QStringLiteral("decp_publication.threshold"), QDate(2024, 1, 1))->value == 40'000'00);
    CHECK_FALSE(law.find(QStringLiteral("decp_publication.threshold"), QDate(2023, 12, 31)));
    for (const DatedValue &v : law.values()) {
        INFO(v.key.toStdString());
        CHECK_FALSE(v.source.isEmpty());
        CHECK_FALSE(v.label.isEmpty());
    }
}

TEST_CASE("The user's table extends and overrides the shipped one", "[law]")
{
    const QTemporaryDir dir;
    const QByteArray override_ = R"({"key": "european_threshold.local.supplies_services", "unit": "eur_ht",
        "value": 216000.5, "from": "2026-01-01", "to": "2026-06-30", "source": "décret de test"})";
    QString message;
    const LawTable law = LawTable::load(write(dir, table(kValue + ',' + override_)), &message);
    CHECK(message.isEmpty());
    // A new period of the user's: the day before, the first day, the last day, the day after.
    const QString works = QStringLiteral("european_threshold.local.works");
    CHECK(law.find(works, QDate(2027, 12, 31))->value == 5'404'000'00);
    CHECK(law.find(works, QDate(2028, 1, 1))->value == 6'000'000'00);
    CHECK(law.find(works, QDate(2029, 12, 31))->value == 6'000'000'00);
    CHECK_FALSE(law.find(works, QDate(2030, 1, 1)));
    // The user's value comes first where both apply, the shipped one elsewhere.
    const QString services = QStringLiteral("european_threshold.local.supplies_services");
    CHECK(law.find(services, QDate(2026, 6, 30))->value == 216'000'50);
    CHECK(law.find(services, QDate(2026, 6, 30))->origin.endsWith(QStringLiteral("thresholds.json")));
    CHECK(law.find(services, QDate(2026, 7, 1))->value == 216'000'00);
}

TEST_CASE("A malformed user table is set aside with a clear message; the shipped one is used", "[law]")
{
    struct Row
    {
        QByteArray file;
        const char *says;
    };
    const Row rows[] = {
        {"{\"format\": 1, \"values\": [", "is not valid JSON (at byte"},
        {QByteArray("\x00\xff garbage", 10), "is not valid JSON"},
        {"[]", "is not a table of thresholds of format 1."},
        {"{\"format\": 2, \"values\": []}", "is not a table of thresholds of format 1."},
        {"{\"format\": 1}", "has no list of values."},
        {table("3"), "value no. 1: not an object."},
        {table(R"({"unit": "eur_ht", "value": 1, "source": "x"})"), "value no. 1: it has no key."},
        {table(R"({"key": "k", "unit": "euros", "value": 1, "source": "x"})"),
         "value no. 1: its unit must be eur_ht, percent or months."},
        {table(R"({"key": "k", "unit": "percent", "value": 1})"),
         "value no. 1: it names no source (the article it comes from)."},
        {table(R"({"key": "k", "unit": "percent", "value": "ten", "source": "x"})"),
         "value no. 1: its value must be a number, zero or more."},
        {table(R"({"key": "k", "unit": "percent", "value": -1, "source": "x"})"),
         "value no. 1: its value must be a number, zero or more."},
        {table(R"({"key": "k", "unit": "eur_ht", "value": 1.001, "source": "x"})"),
         "value no. 1: an amount has at most two decimals."},
        {table(R"({"key": "k", "unit": "percent", "value": 10.5, "source": "x"})"),
         "value no. 1: a rate or a period is a whole number."},
        {table(R"({"key": "k", "unit": "percent", "value": 10, "from": "2026-13-01", "source": "x"})"),
         "value no. 1: its dates must be written YYYY-MM-DD, or null."},
        {table(R"({"key": "k", "unit": "percent", "value": 10, "from": "2026-02-01", "to": "2026-01-31", "source": "x"})"),
         "value no. 1: its period ends before it starts."},
        {table(kValue + ',' + R"({"key": "european_threshold.local.works", "unit": "eur_ht", "value": 1,
            "from": "2029-12-31", "to": null, "source": "x"})"),
         "value no. 2: its period overlaps another value of european_threshold.local.works."},
    };
    for (const Row &row : rows) {
        INFO(row.file.toStdString());
        const QTemporaryDir dir;
        const QString path = write(dir, row.file);
        QString message;
        const LawTable law = LawTable::load(path, &message);
        CHECK(message.startsWith(QStringLiteral("Your table of thresholds was set aside, the shipped one is used: ")));
        CHECK(message.contains(QDir::toNativeSeparators(path)));
        CHECK(message.contains(QString::fromUtf8(row.says)));
        // The shipped values still answer.
        REQUIRE(law.find(QStringLiteral("european_threshold.local.works"), QDate(2026, 1, 1)));
        CHECK(law.find(QStringLiteral("european_threshold.local.works"), QDate(2026, 1, 1))->value == 5'404'000'00);
        CHECK_FALSE(law.find(QStringLiteral("k")));
    }
}

TEST_CASE("An absent user table is no error; the user's file lives under the application's data", "[law]")
{
    QString message = QStringLiteral("unchanged");
    const LawTable law = LawTable::load(QStringLiteral("/nonexistent/thresholds.json"), &message);
    CHECK(message.isEmpty());
    CHECK(law.find(QStringLiteral("modification_cap")));
    CHECK(LawTable::userFilePath().endsWith(QStringLiteral("/law/thresholds.json")));
}
