#pragma once
// Text result: the file shown as plain text (UTF-8), read on a worker thread and capped at
// kMaxChars; a note says when it was cut. Save as… keeps the whole file.

#include "previews/artifactpreview.h"

class QPlainTextEdit;

namespace jw {

class TextPreview final : public ArtifactPreview
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TextPreview)
public:
    static constexpr qint64 kMaxBytes = 256 * 1024;

    explicit TextPreview(const Artifact &artifact, QWidget *parent = nullptr);
    ~TextPreview() override;

    QString text() const;
    bool isTruncated() const { return m_truncated; }

protected:
    void loadFile(const QString &path) override;

private:
    QPlainTextEdit *m_text = nullptr;
    bool m_truncated = false;
    int m_generation = 0;
};

} // namespace jw
