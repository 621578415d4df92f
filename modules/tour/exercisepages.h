// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The booklet's simpler exercises, each a page of the tour: the jeu de piste, the ten words of each
// side, the safari photos.
#pragma once

#include <QWidget>

class QLabel;

namespace Atelier {
struct ProjectContext;
class EntityTableEditor;
} // namespace Atelier

namespace Atelier::Tour {

/// Jeu de piste: steps with a place, a clue, a question to answer on site; the answer found, after.
class StepsPage : public QWidget
{
    Q_OBJECT
public:
    explicit StepsPage(ProjectContext &ctx, QWidget *parent = nullptr);
    void setTour(const QString &tourId);

private:
    EntityTableEditor *m_steps;
};

/// “Les 10 mots de l'autre”: the administration's words and the holder's, with definitions and the
/// corrections of the day; a side with fewer or more than ten words is flagged.
class WordsPage : public QWidget
{
    Q_OBJECT
public:
    explicit WordsPage(ProjectContext &ctx, QWidget *parent = nullptr);
    void setTour(const QString &tourId);

private:
    void refreshRule();

    ProjectContext &m_ctx;
    QString m_tour;
    EntityTableEditor *m_public;
    EntityTableEditor *m_holder;
    QLabel *m_rule;
};

/// Safari photos “outils et machines”: photos stored in the project file, with captions and who took
/// them.
class PhotosPage : public QWidget
{
    Q_OBJECT
public:
    explicit PhotosPage(ProjectContext &ctx, QWidget *parent = nullptr);
    void setTour(const QString &tourId);
    /// Adds the photos of these files (each stored in the project's library), as one undo step.
    /// False, and `error` says why, when a file cannot be read (nothing is added then).
    bool addPhotos(const QStringList &paths, QString *error);

private:
    void showCurrent();

    ProjectContext &m_ctx;
    QString m_tour;
    EntityTableEditor *m_photos;
    QLabel *m_preview;
};

} // namespace Atelier::Tour
