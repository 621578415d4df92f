// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tourdocuments.h"

#include "tourschema.h"
#include "tourstore.h"

#include "core/format.h"
#include "core/store.h"

#include <QImage>
#include <QLocale>
#include <QPainter>

namespace Atelier::Tour {

static QString choice(const TableInfo &table, const char *column, const QString &key)
{
    return table.field(QLatin1String(column))->choiceLabel(key);
}

static QString sideName(const QString &side)
{
    return choice(Tables::person(), "side", side);
}

static QString timeText(const QTime &t)
{
    return t.isValid() ? QLocale().toString(t, QLocale::ShortFormat) : QString();
}

static Reports::ReportInfo info(const Store &store, const QString &tourId, const QString &title, bool a5)
{
    const TableInfo &project = Entities::project();
    Reports::ReportInfo i;
    i.title = title;
    i.projectTitle = TourStore::title(store, tourId);
    i.author = store.value(project, store.projectId(), QStringLiteral("administration")).toString();
    i.subject = TourDocuments::tr("The co-operator tour: a day in each other's workplace after the contract is notified");
    i.keywords = {TourDocuments::tr("co-operator tour"), TourDocuments::tr("discovery booklet")};
    i.language = QLocale().name().replace(QLatin1Char('_'), QLatin1Char('-'));
    i.date = QDate::currentDate();
    if (a5) {
        i.paper = Reports::Style::Paper::A5;
        i.booklet = true;
    }
    return i;
}

/// The contract, the day and the people on each side.
static void writeDay(Reports::Writer &w, const Store &store, const QString &tourId, bool agenda)
{
    const Row tour = store.row(Tables::tour(), tourId);
    const QString contract = text(tour, "contract_id");
    const Row c = store.row(Entities::contract(), contract);
    w.lead(TourDocuments::tr("Contract:"), Entities::contractName(store, contract));
    if (!text(c, "notification_date").isEmpty())
        w.lead(TourDocuments::tr("Notified on:"), Format::longDate(QDate::fromString(text(c, "notification_date"), Qt::ISODate)));
    const QDate day = QDate::fromString(text(tour, "tour_date"), Qt::ISODate);
    w.lead(TourDocuments::tr("Day of the tour:"), day.isValid() ? Format::longDate(day) : TourDocuments::tr("to be set"));
    if (!text(tour, "public_place").isEmpty())
        w.lead(TourDocuments::tr("At the administration:"), text(tour, "public_place"));
    if (!text(tour, "holder_place").isEmpty())
        w.lead(TourDocuments::tr("At the holder's:"), text(tour, "holder_place"));
    const QList<Person> people = TourStore::people(store, tourId);
    if (people.isEmpty())
        w.note(TourDocuments::tr("Nobody is named for the day yet."));
    for (const char *side : {Side::kPublic, Side::kHolder}) {
        QList<QStringList> rows;
        for (const Person &p : people)
            if (p.side == QLatin1String(side))
                rows << QStringList{p.name, p.dayRole.isEmpty() ? p.organisation : p.dayRole};
        if (!rows.isEmpty())
            w.table({{qstrcmp(side, Side::kPublic) == 0 ? TourDocuments::tr("For the administration")
                                                        : TourDocuments::tr("For the holder"),
                      false, 2},
                     {TourDocuments::tr("Role"), false, 3}},
                    rows);
    }
    if (!agenda)
        return;
    w.heading(TourDocuments::tr("Agenda"));
    QList<QStringList> rows;
    for (const Slot &s : Agenda::ordered(TourStore::slots(store, tourId))) {
        const Row r = store.row(Tables::slot(), s.id);
        rows << QStringList{TourDocuments::tr("%1–%2").arg(timeText(s.starts), timeText(s.ends)),
                            choice(Tables::slot(), "host", s.host), s.title, text(r, "place")};
    }
    if (rows.isEmpty())
        w.note(TourDocuments::tr("The agenda is still to be written."));
    else
        w.table({{TourDocuments::tr("When"), false, 3},
                 {TourDocuments::tr("Hosted by"), false, 3},
                 {TourDocuments::tr("What happens"), false, 7},
                 {TourDocuments::tr("Place"), false, 4}},
                rows);
}

static QString hostPhrase(const QString &side)
{
    return side == QLatin1String(Side::kHolder) ? TourDocuments::tr("at the holder's") : TourDocuments::tr("at the administration");
}

Reports::Document TourDocuments::booklet(const Store &store, const QString &tourId, Format format)
{
    const bool a5 = format == Format::A5Booklet;
    Reports::Writer w(info(store, tourId, tr("Discovery booklet"), a5));
    w.section(tr("The day"), false);
    w.paragraph(tr("The contract is notified: this day celebrates the start of the partnership. Each side welcomes "
                   "the other in its workplace, shows what happens behind the scenes, introduces its colleagues and "
                   "takes its guests to lunch where it usually goes. The exercises of this booklet are done together, "
                   "pen in hand."));
    writeDay(w, store, tourId, true);

    w.section(tr("Jeu de piste"), true);
    w.paragraph(tr("At each step, find the place with the clue, then answer the question on the spot."));
    int n = 0;
    for (const Row &s : TourStore::steps(store, tourId)) {
        w.heading(tr("Step %1 — %2 (%3)").arg(++n).arg(text(s, "place"), hostPhrase(text(s, "host"))));
        w.lead(tr("Clue:"), text(s, "clue"));
        w.lead(tr("Question:"), text(s, "question"));
        w.writingLines(3);
    }
    if (n == 0)
        w.note(tr("No step yet."));

    w.section(tr("Les 10 mots de l'autre"), true);
    w.paragraph(tr("Ten words each side uses every day, explained to the other. Write down an example seen during the "
                   "day, or what you would say in your own words."));
    const QList<Word> words = TourStore::words(store, tourId);
    for (const char *side : {Side::kPublic, Side::kHolder}) {
        w.heading(qstrcmp(side, Side::kPublic) == 0 ? tr("The administration's words, explained to the company")
                                                       : tr("The company's words, explained to the administration"));
        QList<QStringList> rows;
        for (const Word &word : words)
            if (word.side == QLatin1String(side))
                rows << QStringList{word.word, word.definition, QString()};
        w.form({{tr("Word"), false, 3}, {tr("What it means"), false, 7}, {tr("Seen today, in our words"), false, 5}}, rows,
               14);
    }

    w.section(tr("Safari photos “outils et machines”"), true);
    w.paragraph(tr("Photograph the tools and machines each side works with — a press, a dishwasher, the software "
                   "that pays the invoices — and write down what each one is for. The photos join the project file "
                   "after the day."));
    w.form({{tr("No."), true, 1}, {tr("Tool or machine"), false, 5}, {tr("What it is for"), false, 7}, {tr("Taken by"), false, 3}},
           QList<QStringList>(8), 11);

    w.section(tr("Quiz “le suivi administratif du marché”"), true);
    w.paragraph(tr("Tick one answer per question. Your name:"));
    w.writingLines(1);
    n = 0;
    for (const QuizQuestion &q : TourStore::quiz(store, tourId)) {
        w.lead(tr("%1.").arg(++n), q.text);
        for (int i = 0; i < q.choices.size(); ++i)
            if (!q.choices.at(i).trimmed().isEmpty())
                w.paragraph(QStringLiteral("☐ %1. %2").arg(Quiz::letterOf(i).toUpper(), q.choices.at(i)));
    }
    if (n == 0)
        w.note(tr("No question yet."));

    w.section(tr("Information-exchange agreement"), true);
    w.paragraph(tr("How we will keep each other informed while the contract runs, given how each of us is organised."));
    QList<QStringList> rows;
    const QHash<QString, QString> names = [&] {
        QHash<QString, QString> all;
        for (const Person &p : TourStore::people(store, tourId))
            all.insert(p.participantId, p.name);
        return all;
    }();
    const auto joined = [](const QString &a, const QString &b) {
        return a.isEmpty() || b.isEmpty() ? a + b : tr("%1 — %2").arg(a, b);
    };
    for (const Exchange &e : TourStore::exchanges(store, tourId))
        rows << QStringList{e.subject, joined(choice(Tables::exchange(), "channel", e.channel), e.frequency),
                            names.value(e.publicContact), names.value(e.holderContact)};
    rows << QStringList() << QStringList(); // room for what the day adds
    w.form({{tr("Information"), false, 5},
            {tr("Channel, how often"), false, 5},
            {tr("Administration's contact"), false, 3},
            {tr("Holder's contact"), false, 3}},
           rows, 10);
    w.heading(tr("Escalation path"));
    const Row tour = store.row(Tables::tour(), tourId);
    for (const QString &line : text(tour, "escalation").split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        w.paragraph(line);
    w.writingLines(2);
    w.heading(tr("Signatures"));
    w.form({{QString(), false, 2}, {tr("For the administration"), false, 5}, {tr("For the holder"), false, 5}},
           {{tr("Name:"), {}, {}}, {tr("Date:"), {}, {}}, {tr("Signature:"), {}, {}}}, 14);
    return w.finish();
}

Reports::Document TourDocuments::answerKey(const Store &store, const QString &tourId, Format format)
{
    Reports::ReportInfo i = info(store, tourId, tr("Answer key"), format == Format::A5Booklet);
    i.cover = false;
    Reports::Writer w(i);
    w.section(tr("Quiz “le suivi administratif du marché”: the answers"), false);
    int n = 0;
    for (const QuizQuestion &q : TourStore::quiz(store, tourId)) {
        w.heading(tr("Question %1").arg(++n));
        w.paragraph(q.text);
        w.lead(tr("Answer %1:").arg(Quiz::letterOf(q.correct).toUpper()), q.choices.value(q.correct));
        if (!q.explanation.isEmpty())
            w.paragraph(q.explanation);
        if (!q.article.isEmpty())
            w.note(tr("Source: %1").arg(q.article));
    }
    if (n == 0)
        w.note(tr("No question yet."));
    w.section(tr("Jeu de piste: what each step expects"), true);
    n = 0;
    for (const Row &s : TourStore::steps(store, tourId)) {
        w.heading(tr("Step %1 — %2 (%3)").arg(++n).arg(text(s, "place"), hostPhrase(text(s, "host"))));
        w.lead(tr("Question:"), text(s, "question"));
        w.lead(tr("Expected:"), text(s, "expected").isEmpty() ? tr("an open answer") : text(s, "expected"));
    }
    if (n == 0)
        w.note(tr("No step yet."));
    return w.finish();
}

/// Photos side by side, at one height, in one picture.
static QImage contactSheet(const QList<QImage> &images)
{
    const int height = 360, gap = 24;
    int width = 0;
    QList<QImage> scaled;
    for (const QImage &i : images) {
        scaled << i.scaledToHeight(height, Qt::SmoothTransformation);
        width += scaled.last().width() + (width > 0 ? gap : 0);
    }
    QImage sheet(width, height, QImage::Format_RGB32);
    sheet.fill(Qt::white);
    QPainter painter(&sheet);
    int x = 0;
    for (const QImage &i : scaled) {
        painter.drawImage(x, 0, i);
        x += i.width() + gap;
    }
    return sheet;
}

/// The summary's body, for its own document and for the roadmap.
static void writeSummary(Reports::Writer &w, const Store &store, const QString &tourId, bool photos)
{
    writeDay(w, store, tourId, false);
    const QList<Person> people = TourStore::people(store, tourId);

    QList<QStringList> found;
    int n = 0;
    for (const Row &s : TourStore::steps(store, tourId)) {
        ++n;
        if (!text(s, "found").isEmpty())
            found << QStringList{QString::number(n), text(s, "place"), text(s, "found")};
    }
    w.heading(TourDocuments::tr("Jeu de piste"));
    if (found.isEmpty())
        w.note(TourDocuments::tr("No answer recorded yet."));
    else
        w.table({{TourDocuments::tr("No."), true, 1}, {TourDocuments::tr("Place"), false, 4}, {TourDocuments::tr("Answer found"), false, 9}},
                found);

    const QList<Word> words = TourStore::words(store, tourId);
    const TenWordsCheck ten = TenWords::check(words);
    w.heading(TourDocuments::tr("Les 10 mots de l'autre"));
    w.paragraph(TourDocuments::tr("%1, %2.")
                    .arg(TourDocuments::tr("%n word(s) of the administration", nullptr, ten.publicWords),
                         TourDocuments::tr("%n word(s) of the holder", nullptr, ten.holderWords)));
    for (const Word &word : words)
        if (!word.correction.isEmpty())
            w.bullet(TourDocuments::tr("“%1”, corrected on the day: %2").arg(word.word, word.correction));

    const QList<Row> shots = TourStore::photos(store, tourId);
    w.heading(TourDocuments::tr("Safari photos"));
    w.paragraph(TourDocuments::tr("%n photo(s) of tools and machines.", nullptr, int(shots.size())));
    if (photos) {
        QList<QImage> images;
        QStringList captions;
        for (const Row &p : shots) {
            const QImage image =
                QImage::fromData(store.blob(Entities::attachment(), text(p, "attachment_id"), QStringLiteral("data")));
            if (image.isNull() || images.size() == 4)
                continue;
            images << image;
            const QString by = store.value(Entities::participant(), text(p, "taken_by"), QStringLiteral("name")).toString();
            captions << (by.isEmpty() ? text(p, "caption") : TourDocuments::tr("%1 (photo: %2)").arg(text(p, "caption"), by));
        }
        if (!images.isEmpty())
            w.image(contactSheet(images), captions.join(QStringLiteral(" · ")), 40);
        if (shots.size() > images.size() && !images.isEmpty())
            w.note(TourDocuments::tr("%n more photo(s) in the project file.", nullptr, int(shots.size() - images.size())));
    }

    const QList<QuizQuestion> quiz = TourStore::quiz(store, tourId);
    QStringList ids;
    for (const Person &p : people)
        ids << p.participantId;
    const QList<QuizScore> scores = Quiz::scores(quiz, TourStore::answers(store, tourId), ids);
    w.heading(TourDocuments::tr("Quiz “le suivi administratif du marché”"));
    QList<QStringList> rows;
    for (int i = 0; i < scores.size(); ++i)
        if (scores[i].answered > 0)
            rows << QStringList{people[i].name, sideName(people[i].side),
                                TourDocuments::tr("%1 / %2").arg(scores[i].right).arg(scores[i].questions),
                                QString::number(scores[i].questions - scores[i].answered)};
    if (rows.isEmpty())
        w.note(TourDocuments::tr("No answer recorded yet."));
    else
        w.table({{TourDocuments::tr("Participant"), false, 5}, {TourDocuments::tr("Side"), false, 4},
                 {TourDocuments::tr("Right answers"), true, 3}, {TourDocuments::tr("Left blank"), true, 3}},
                rows);

    const Row tour = store.row(Tables::tour(), tourId);
    const AgreementCheck agreement = TourStore::agreement(store, tourId);
    w.heading(TourDocuments::tr("Information-exchange agreement"));
    QHash<QString, QString> names;
    for (const Person &p : people)
        names.insert(p.participantId, p.name);
    for (const Exchange &e : TourStore::exchanges(store, tourId))
        w.bullet(TourDocuments::tr("%1: %2, %3 (%4 and %5)")
                     .arg(e.subject, choice(Tables::exchange(), "channel", e.channel), e.frequency,
                          names.value(e.publicContact, QStringLiteral("?")), names.value(e.holderContact, QStringLiteral("?"))));
    if (!text(tour, "escalation").isEmpty())
        w.lead(TourDocuments::tr("Escalation path:"),
               TourDocuments::tr("%n level(s) agreed.", nullptr,
                                 int(text(tour, "escalation").split(QLatin1Char('\n'), Qt::SkipEmptyParts).size())));
    const auto signedBy = [&](const char *side) {
        const Signature s = TourStore::signature(tour, side);
        return TourDocuments::tr("%1 on %2").arg(store.value(Entities::participant(), s.signerId, QStringLiteral("name")).toString(),
                                                 Format::longDate(s.date));
    };
    if (agreement.signedByBoth())
        w.paragraph(TourDocuments::tr("Signed for the administration by %1, and for the holder by %2.")
                        .arg(signedBy(Side::kPublic), signedBy(Side::kHolder)));
    else if (photos) // the summary of the day says what is left; the roadmap only that it is not signed
        w.paragraph(TourDocuments::tr("Not signed by both sides yet: %1").arg(agreement.missing.join(QStringLiteral(" "))));
    else
        w.paragraph(TourDocuments::tr("Not signed by both sides yet."));
}

Reports::Document TourDocuments::summary(const Store &store, const QString &tourId)
{
    Reports::ReportInfo i = info(store, tourId, tr("Summary of the day"), false);
    i.cover = false;
    Reports::Writer w(i);
    w.section(tr("Summary of the co-operator tour"), false);
    writeSummary(w, store, tourId, true);
    return w.finish();
}

Reports::ReportSection TourDocuments::roadmapSection(const Store &store)
{
    return {QStringLiteral("tour.summary"), tr("Co-operator tours"), [&store](Reports::Writer &w) {
                const QList<Row> tours = TourStore::tours(store);
                if (tours.isEmpty())
                    w.note(tr("No co-operator tour planned yet."));
                for (const Row &t : tours) {
                    w.heading(TourStore::title(store, text(t, "id")));
                    writeSummary(w, store, text(t, "id"), false);
                }
            }};
}

QString TourDocuments::findTour(const Store &store, const QString &name, QString *error)
{
    const QList<Row> tours = TourStore::tours(store);
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return QString();
    };
    if (name.isEmpty()) {
        if (tours.size() == 1)
            return text(tours.first(), "id");
        return fail(tours.isEmpty() ? tr("This project has no co-operator tour yet: plan one in the Co-operator tour panel.")
                                    : tr("This project has %n co-operator tour(s): name the contract with --contract HOLDER.",
                                         nullptr, int(tours.size())));
    }
    const QString wanted = name.trimmed().toCaseFolded();
    QStringList exact, found; // a name given whole wins over names that only contain it
    for (const Row &t : tours) {
        const QString contract = text(t, "contract_id");
        const QString holder = store.value(Entities::contract(), contract, QStringLiteral("holder")).toString().toCaseFolded();
        const QString full = Entities::contractName(store, contract).toCaseFolded();
        if (holder == wanted || full == wanted)
            exact << text(t, "id");
        else if (holder.contains(wanted) || full.contains(wanted))
            found << text(t, "id");
    }
    if (exact.size() == 1)
        return exact.first();
    if (!exact.isEmpty())
        found = exact;
    if (found.size() == 1)
        return found.first();
    return fail(found.isEmpty() ? tr("No co-operator tour is planned for a contract named “%1”.").arg(name)
                                : tr("Several co-operator tours match “%1”: give more of the holder's name.").arg(name));
}

std::optional<TourDocuments::Format> TourDocuments::format(const QString &name)
{
    if (name.isEmpty() || name == QLatin1String("a4"))
        return Format::A4;
    if (name == QLatin1String("a5-booklet"))
        return Format::A5Booklet;
    return std::nullopt;
}

} // namespace Atelier::Tour
