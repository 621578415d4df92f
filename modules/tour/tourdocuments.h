// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/reportsection.h"
#include "reports/reportwriter.h"

#include <QCoreApplication>

#include <optional>

namespace Atelier {
class Store;
struct ProjectContext;
} // namespace Atelier

namespace Atelier::Tour {

/// The documents of a co-operator tour, through the report engine.
struct TourDocuments
{
    Q_DECLARE_TR_FUNCTIONS(Atelier::Tour::TourDocuments)
public:
    enum class Format { A4, A5Booklet };
    /// The discovery booklet: the day (people, agenda) first, then every exercise with room to write
    /// by hand; A5 pages imposed two-up on A4 for a folded booklet, or A4 pages.
    static Reports::Document booklet(const Store &store, const QString &tourId, Format format);
    /// The answer key: the quiz's right answers with their explanation and article, what the jeu de
    /// piste expects at each step.
    static Reports::Document answerKey(const Store &store, const QString &tourId, Format format);
    /// The summary of the day, one or two pages: who came, the answers found, the words corrected,
    /// the photos, the quiz's scores, the agreement and its signatures.
    static Reports::Document summary(const Store &store, const QString &tourId);
    /// The roadmap's section: each tour's summary, shorter (no photos).
    static Reports::ReportSection roadmapSection(const Store &store);

    /// The tour a command line names: by the contract's holder (or its line), or the only tour.
    static QString findTour(const Store &store, const QString &name, QString *error);
    static std::optional<Format> format(const QString &name);
};

} // namespace Atelier::Tour
