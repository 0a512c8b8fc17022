#pragma once
// "About Jobwatch": the icon, what Jobwatch does, and the versions that matter in a bug report: Jobwatch, Qt (the
// one it runs on and the one it was built with), and where API keys are kept (the system keychain through
// QtKeychain, or the opt-in plaintext key file). Everything as selectable text, and "Copy" puts the version lines
// on the clipboard.

#include <QDialog>

class QLabel;

namespace jw {

class Application;

class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)
public:
    AboutDialog(Application *app, QWidget *parent = nullptr);

    // The version lines, as shown and copied (translated).
    static QString versionText(const Application *app);
    QLabel *versionLabel() const { return m_versions; }

private:
    QLabel *m_versions;
};

} // namespace jw
