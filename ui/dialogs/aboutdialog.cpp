#include "dialogs/aboutdialog.h"

#include "application/application.h"
#include "profiles/secretvault.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace jw {

AboutDialog::AboutDialog(Application *app, QWidget *parent)
    : QDialog(parent)
    , m_versions(new QLabel(this))
{
    setWindowTitle(tr("About Jobwatch"));
    setObjectName(u"aboutDialog"_s);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(u":/icons/jobwatch.svg"_s).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);
    top->addWidget(icon);
    auto *text = new QVBoxLayout;
    auto *title = new QLabel(u"<h2>Jobwatch %1</h2>"_s.arg(QStringLiteral(JOBWATCH_VERSION)), this);
    text->addWidget(title);
    auto *summary = new QLabel(tr("Watches the asynchronous jobs of generative-AI APIs within each provider's rate "
                                  "limit, shows their progress live and previews their results. API keys stay in "
                                  "the system keychain."),
                               this);
    summary->setWordWrap(true);
    text->addWidget(summary);
    m_versions->setObjectName(u"aboutVersions"_s);
    m_versions->setText(versionText(app));
    m_versions->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    text->addWidget(m_versions);
    text->addStretch();
    top->addLayout(text, 1);
    layout->addLayout(top);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy versions"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_versions->text()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

QString AboutDialog::versionText(const Application *app)
{
    QStringList lines;
    lines << tr("Jobwatch %1").arg(QStringLiteral(JOBWATCH_VERSION));
    const QString builtWith = QStringLiteral(QT_VERSION_STR);
    lines << (builtWith == QString::fromLatin1(qVersion()) ? tr("Qt %1").arg(builtWith)
                                                            : tr("Qt %1 (built with %2)").arg(QString::fromLatin1(qVersion()), builtWith));
    if (app->vault()->backend() == SecretVault::Backend::File) {
        lines << tr("API keys: plaintext key file (opt-in), %1").arg(app->vault()->keyFilePath());
    } else {
        lines << tr("API keys: system keychain (Secret Service or KWallet) through QtKeychain %1")
                     .arg(QStringLiteral(JOBWATCH_QTKEYCHAIN_VERSION));
    }
    return lines.join(u'\n');
}

} // namespace jw
