#pragma once
// What a drop or a paste hands to the job intake: the text of the clipboard or drag, the http(s) URLs it
// carries, and the contents of dropped local .json/.txt files (capped; a larger or unreadable file gives a
// one-line problem instead).

#include <QString>
#include <QStringList>

class QMimeData;

namespace jw {

struct MimeText {
    QString text;          // everything to feed IdExtractor, joined by newlines
    QStringList problems;  // one line each, translated (unreadable file, file too large)
};

bool mimeHasJobText(const QMimeData *mime);
MimeText textFromMime(const QMimeData *mime, qint64 maxFileBytes = 2 * 1024 * 1024);

} // namespace jw
