#pragma once
// The profile dialog's key row: the saved key shown redacted with "Replace…", or the field(s) to paste a new
// one. A key that signs tokens (jwt-hs256) has two parts, an access key and a secret key, with a field each;
// they are handed on as "ACCESS:SECRET" (SecretVault keeps them as two keychain entries).

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace jw {

class KeyField final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyField)
public:
    explicit KeyField(QWidget *parent = nullptr);

    void setTwoPart(bool twoPart);
    bool isTwoPart() const { return m_twoPart; }
    void showState(const QString &text); // the saved key, redacted, or "Saving…", "Not saved"
    void startReplace();                 // shows the field(s) and focuses the first
    void stopEditing();                  // hides and clears them
    bool isEditing() const;
    // What was typed: the key, or "ACCESS:SECRET"; empty when nothing was. Both parts are needed: one alone gives
    // empty and sets *problem.
    QString typedKey(QString *problem = nullptr) const;

Q_SIGNALS:
    void edited();

private:
    QLabel *m_state;
    QLineEdit *m_key;
    QLineEdit *m_secret;
    QPushButton *m_replace;
    bool m_twoPart = false;
};

} // namespace jw
