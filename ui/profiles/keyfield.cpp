#include "profiles/keyfield.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace jw {

KeyField::KeyField(QWidget *parent)
    : QWidget(parent)
    , m_state(new QLabel(this))
    , m_key(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_replace(new QPushButton(tr("Replace\u2026"), this))
{
    m_state->setObjectName(u"keyState"_s);
    m_replace->setObjectName(u"replaceKeyButton"_s);
    m_key->setObjectName(u"keyEdit"_s);
    m_secret->setObjectName(u"secretKeyEdit"_s);
    for (QLineEdit *edit : {m_key, m_secret}) {
        edit->setEchoMode(QLineEdit::Password);
        edit->hide();
        connect(edit, &QLineEdit::textChanged, this, &KeyField::edited);
    }
    setTwoPart(false);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_state);
    row->addWidget(m_key, 1);
    row->addWidget(m_secret, 1);
    row->addWidget(m_replace);
    row->addStretch(); // "Replace…" keeps its size while the key field is hidden
    setFocusProxy(m_key);
    connect(m_replace, &QPushButton::clicked, this, &KeyField::startReplace);
}

void KeyField::setTwoPart(bool twoPart)
{
    m_twoPart = twoPart;
    m_key->setPlaceholderText(twoPart ? tr("Access key") : tr("Paste the API key"));
    m_secret->setPlaceholderText(tr("Secret key"));
    m_secret->setVisible(twoPart && m_key->isVisible());
    if (!twoPart)
        m_secret->clear();
}

void KeyField::showState(const QString &text)
{
    m_state->setText(text);
}

void KeyField::startReplace()
{
    m_key->show();
    m_secret->setVisible(m_twoPart);
    m_replace->hide();
    m_state->hide(); // the field(s) take the whole row while a key is typed
    m_key->setFocus();
}

void KeyField::stopEditing()
{
    for (QLineEdit *edit : {m_key, m_secret}) {
        edit->clear();
        edit->hide();
    }
    m_replace->show();
    m_state->show();
}

bool KeyField::isEditing() const
{
    return !m_key->isHidden();
}

QString KeyField::typedKey(QString *problem) const
{
    if (!isEditing())
        return {};
    const QString key = m_key->text().trimmed();
    if (!m_twoPart)
        return key;
    const QString secret = m_secret->text().trimmed();
    if (key.isEmpty() && secret.isEmpty())
        return {};
    if (key.isEmpty() || secret.isEmpty()) {
        if (problem)
            *problem = key.isEmpty() ? tr("Enter the access key too: this profile signs its tokens with both keys.")
                                     : tr("Enter the secret key too: this profile signs its tokens with both keys.");
        return {};
    }
    if (key.contains(u':')) {
        if (problem)
            *problem = tr("The access key cannot contain \":\".");
        return {};
    }
    return key + u':' + secret;
}

} // namespace jw
