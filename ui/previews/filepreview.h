#pragma once
// Document and other results: title, format and size, the link (checked before it opens), Save as…
// with a progress bar for the download, and Open externally. No inline PDF rendering. Nothing downloads until
// Save as… or Open externally asks for it.

#include "previews/artifactpreview.h"

class QLabel;
class QProgressBar;

namespace jw {

class FilePreview final : public ArtifactPreview
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilePreview)
public:
    explicit FilePreview(const Artifact &artifact, QWidget *parent = nullptr);
    ~FilePreview() override;

    bool fetchesAutomatically() const override { return false; }
    void setProgress(qint64 received, qint64 total) override;

    QProgressBar *progressBar() const { return m_progress; }
    QString formatText() const;

protected:
    void loadFile(const QString &path) override;

private:
    QLabel *m_format = nullptr;
    QLabel *m_link = nullptr;
    QProgressBar *m_progress = nullptr;
};

} // namespace jw
