#pragma once
// Shared by the preview tests (tst_previews_image, tst_previews_video, tst_previews_text): files to preview,
// written into the test's temporary folder.

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

namespace previewtest {

// Writes `data` to the file `name` in `dir`. Returns its path, or an empty string when it could not be written
// in full.
inline QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        return {};
    return path;
}

} // namespace previewtest
