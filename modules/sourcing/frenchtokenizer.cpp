// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "frenchtokenizer.h"

#include <sqlite3.h>

#include <string>
#include <string_view>

namespace Atelier::Sourcing {

namespace {

/// unicode61, created with the arguments of the table (by default, accents removed).
struct Wrapped
{
    fts5_tokenizer base{};
    Fts5Tokenizer *inner = nullptr;
};

/// One call of xTokenize: where the words go, and a buffer for a word rewritten.
struct Call
{
    void *context;
    int (*token)(void *, int, const char *, int, int, int);
    std::string buffer;
};

/// “œ” and “æ” (U+0153, U+00E6, in UTF-8) as the two letters people type for them. The uppercase
/// forms are already lowercase here: unicode61 folds case first.
constexpr std::string_view kLigatures[][2] = {{"\xC5\x93", "oe"}, {"\xC3\xA6", "ae"}};

int onToken(void *context, int flags, const char *text, int size, int start, int end)
{
    auto *call = static_cast<Call *>(context);
    const std::string_view word(text, std::size_t(size));
    bool ligature = false;
    for (const auto &pair : kLigatures)
        ligature = ligature || word.find(pair[0]) != std::string_view::npos;
    if (!ligature)
        return call->token(call->context, flags, text, size, start, end);
    call->buffer.assign(word);
    for (const auto &pair : kLigatures)
        for (std::size_t at = call->buffer.find(pair[0]); at != std::string::npos;
             at = call->buffer.find(pair[0], at + pair[1].size()))
            call->buffer.replace(at, pair[0].size(), pair[1]);
    return call->token(call->context, flags, call->buffer.data(), int(call->buffer.size()), start, end);
}

int create(void *api, const char **arguments, int count, Fts5Tokenizer **out)
{
    auto *fts5 = static_cast<fts5_api *>(api);
    auto *wrapped = new Wrapped;
    void *baseContext = nullptr;
    int rc = fts5->xFindTokenizer(fts5, "unicode61", &baseContext, &wrapped->base);
    static const char *defaults[] = {"remove_diacritics", "2"};
    if (rc == SQLITE_OK)
        rc = wrapped->base.xCreate(baseContext, count > 0 ? arguments : defaults, count > 0 ? count : 2,
                                   &wrapped->inner);
    if (rc != SQLITE_OK) {
        delete wrapped;
        return rc;
    }
    *out = reinterpret_cast<Fts5Tokenizer *>(wrapped);
    return SQLITE_OK;
}

void destroy(Fts5Tokenizer *tokenizer)
{
    auto *wrapped = reinterpret_cast<Wrapped *>(tokenizer);
    wrapped->base.xDelete(wrapped->inner);
    delete wrapped;
}

int tokenize(Fts5Tokenizer *tokenizer, void *context, int flags, const char *text, int size,
             int (*token)(void *, int, const char *, int, int, int))
{
    auto *wrapped = reinterpret_cast<Wrapped *>(tokenizer);
    Call call{context, token, {}};
    return wrapped->base.xTokenize(wrapped->inner, &call, flags, text, size, onToken);
}

} // namespace

bool registerFrenchTokenizer(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *query = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &query, nullptr) != SQLITE_OK)
        return false;
    sqlite3_bind_pointer(query, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(query);
    sqlite3_finalize(query);
    if (!api || api->iVersion < 2)
        return false;
    static fts5_tokenizer french{create, destroy, tokenize};
    return api->xCreateTokenizer(api, kFrenchTokenizer, api, &french, nullptr) == SQLITE_OK;
}

} // namespace Atelier::Sourcing
