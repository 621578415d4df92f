// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Answers the next message box as a user would: waits for it to show, then clicks a button.

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QTimer>

#include <memory>

/// Clicks the button whose text is `buttonText` (or a standard button) in the next modal message
/// box; `seen` receives the box's text. Gives up after a few seconds.
inline void answerNextMessageBox(const QString &buttonText, QString *seen = nullptr,
                                 QMessageBox::StandardButton standard = QMessageBox::NoButton)
{
    auto *timer = new QTimer;
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, [=] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            if (++*tries > 250)
                timer->deleteLater();
            return;
        }
        if (seen)
            *seen = box->text();
        QAbstractButton *target = standard != QMessageBox::NoButton ? box->button(standard) : nullptr;
        for (QAbstractButton *b : box->buttons())
            if (!target && b->text().remove(QLatin1Char('&')) == buttonText)
                target = b;
        if (target)
            target->click();
        else
            box->reject();
        timer->stop();
        timer->deleteLater();
    });
    timer->start(20);
}

#include <QInputDialog>

/// Types `text` into the next input dialog and accepts it.
inline void answerNextInputDialog(const QString &text)
{
    auto *timer = new QTimer;
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, [=] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            if (++*tries > 250)
                timer->deleteLater();
            return;
        }
        dialog->setTextValue(text);
        dialog->accept();
        timer->stop();
        timer->deleteLater();
    });
    timer->start(20);
}

#include <functional>

/// Runs `act` on the next modal dialog of type `Dialog` once it shows (to type in it and press its
/// buttons as a user would). Gives up after a few seconds.
template <typename Dialog> inline void onNextDialog(std::function<void(Dialog *)> act)
{
    auto *timer = new QTimer;
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, [=] {
        auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            if (++*tries > 250)
                timer->deleteLater();
            return;
        }
        timer->stop();
        timer->deleteLater();
        act(dialog);
    });
    timer->start(20);
}
