// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as a DECP file, through the streaming reader `atelier decp import` uses.
// Besides the sanitizers' findings, the reader's promises are checked on every input: every contract handed
// over holds what the library requires (the schema's patterns and minimums), every invalid record says why
// and where (inside the file), the counts agree, and a reading that ends without a fatal error read the
// whole file. Built with clang: cmake -DATELIER_FUZZ=ON (tests/fuzz/run.sh).
#include "decp/decpreader.h"

#include <QBuffer>
#include <QCoreApplication>

#include <cstdint>
#include <cstdlib>

using namespace Atelier::Decp;

namespace {

bool allDigits(const QString &s)
{
    for (const QChar c : s)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}

void require(bool promise)
{
    if (!promise)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_decp";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    qint64 handed = 0;
    const ReadReport report = Reader::read(buffer, [&](PastContract &&c) {
        ++handed;
        require(!c.id.isEmpty() && c.id.size() <= 16);
        require(c.buyerSiret.size() == 14 && allDigits(c.buyerSiret));
        require(c.cpv.size() == 8 && allDigits(c.cpv));
        require(c.amountCents >= 100 && c.durationMonths >= 1 && c.notifiedOn.isValid());
        require(!c.holders.isEmpty() && !c.object.isNull() && !c.nature.isEmpty() && !c.procedure.isEmpty());
        return true;
    });
    require(handed == report.valid);
    require(report.valid + report.invalid.size() <= report.read);
    require(report.bytes >= 0 && report.bytes <= qint64(size));
    for (const InvalidRecord &bad : report.invalid)
        require(!bad.reason.isEmpty() && bad.index >= 1 && bad.index <= report.read && bad.offset >= 0 &&
                bad.offset <= qint64(size));
    if (report.fatal.isEmpty())
        require(report.bytes == qint64(size) && report.valid + report.invalid.size() == report.read);
    return 0;
}
