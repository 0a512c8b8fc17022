#pragma once
// The frame every result preview shares: a header (title, kind, format, size), a loading page with
// the fetch progress, the preview's own content, and a failure page that says what happened and what to do
// (network error, too big, expired link, unsupported format, corrupt file...). Subclasses only build their
// content and load a local file; downloading is the ResultView's job (through the ArtifactFetcher), so every
// preview is testable with a file on disk. Save as… and Open externally live here too. Nothing here blocks:
// the save dialog is opened non-modally and file decoding happens in the subclasses off the GUI thread.

#include "artifacts/fetchresult.h"
#include "model/job.h"

#include <QImage>
#include <QWidget>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace jw {
class FittedImage;
class FlowLayout;
}

namespace jw {

enum class PreviewProblem { None, Network, TooLarge, Expired, Refused, Http, Storage, Aborted, Unsupported, Corrupt };

class ArtifactPreview : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArtifactPreview)
public:
    enum class State { Idle, Loading, Loaded, Failed };
    using UrlOpener = std::function<bool(const QUrl &)>;

    explicit ArtifactPreview(const Artifact &artifact, QWidget *parent = nullptr);
    ~ArtifactPreview() override;

    const Artifact &artifact() const { return m_artifact; }
    State state() const { return m_state; }
    PreviewProblem problem() const { return m_problem; }
    QString problemHeadline() const; // the failure page's texts (tests, accessibility)
    QString problemDetail() const;
    QString localFile() const { return m_file; }

    // Whether the view should download the artifact as soon as it is shown (false for documents and other
    // files: they download on Save as…).
    virtual bool fetchesAutomatically() const { return true; }

    // Download progress (total < 0: unknown) and the download's end.
    virtual void setProgress(qint64 received, qint64 total);
    void setFetchResult(const FetchResult &result);
    // Shows the file directly (tests, a file already in the cache).
    void setLocalFile(const QString &path);
    // Shows a failure page.
    void fail(PreviewProblem problem, const QString &detail);

    // Shows or hides the file buttons under the content (Save as…, Open externally, Copy image); the failure
    // page keeps its own. The compare view hides them to give the results room.
    void setFileButtonsVisible(bool visible);

    // Seam for the desktop: defaults to QDesktopServices::openUrl. Tests record instead.
    void setUrlOpener(UrlOpener opener) { m_opener = std::move(opener); }

    // Copies the downloaded file to `path`; false and a message in the status line when it cannot.
    bool saveTo(const QString &path);
    // What the Save as… dialog calls: saves now, or downloads first and saves when the file arrives.
    void requestSave(const QString &path);

public Q_SLOTS:
    void saveAs();          // non-modal file dialog, then saveTo (downloads first when needed)
    void openExternally();  // the cached file, else the artifact URL; only after the link/file check

Q_SIGNALS:
    void stateChanged(jw::ArtifactPreview::State state);
    void fetchRequested();   // download (again)
    void refreshRequested(); // the link expired: poll the job again for fresh URLs
    void notice(const QString &text); // one line for a status bar ("Saved to …", "Refused to open …")

protected:
    // The content page; subclasses put their widgets here (in its layout).
    QWidget *contentPage() const { return m_contentPage; }
    QVBoxLayout *contentLayout() const { return m_contentLayout; }
    // Subclass loads the file; it calls markLoaded() or fail() when done (possibly later, asynchronously).
    virtual void loadFile(const QString &path) = 0;
    void markLoaded();
    // An image shown on the failure page (a video's poster when the codec is unsupported).
    void setFailureImage(const QImage &image);
    // A button row for the content page: Save as… and Open externally, plus whatever the subclass adds.
    QPushButton *makeSaveButton(QWidget *parent);
    QPushButton *makeOpenButton(QWidget *parent);
    // A row of buttons that wraps instead of widening a narrow pane; right-aligned unless `left`.
    static FlowLayout *buttonRow(const QList<QWidget *> &buttons, bool left = false);
    void showStatus(const QString &text);
    static QString formatSize(qint64 bytes);

private:
    void setState(State state);
    void updateHeader(qint64 sizeBytes, const QString &mime);

    Artifact m_artifact;
    State m_state = State::Idle;
    PreviewProblem m_problem = PreviewProblem::None;
    QString m_file;
    QString m_pendingSave; // a Save as… target waiting for the download
    UrlOpener m_opener;

    QLabel *m_title = nullptr;
    QLabel *m_meta = nullptr;
    QWidget *m_pages = nullptr;
    QWidget *m_loadingPage = nullptr;
    QLabel *m_loadingText = nullptr;
    QProgressBar *m_progress = nullptr;
    QWidget *m_contentPage = nullptr;
    QVBoxLayout *m_contentLayout = nullptr;
    QWidget *m_failurePage = nullptr;
    FittedImage *m_failureImage = nullptr;
    QLabel *m_headline = nullptr;
    QLabel *m_detail = nullptr;
    QPushButton *m_pollAgain = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_failOpen = nullptr;
    QPushButton *m_failSave = nullptr;
    QLabel *m_status = nullptr;
};

QString previewStateName(ArtifactPreview::State state);

} // namespace jw
