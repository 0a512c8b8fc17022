#include "droppedinputnotice.h"

#include "dialogs/droppedinputdialog.h"

#include <QHBoxLayout>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace jw {

DroppedInputNotice::DroppedInputNotice(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_link = new QToolButton(this);
    m_link->setObjectName(u"droppedInputLink"_s);
    m_link->setAutoRaise(true);
    m_link->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_link->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    m_link->setToolTip(tr("Show the lines that were not added, and why"));
    // A link's look: the palette's link colour, underlined.
    QFont font = m_link->font();
    font.setUnderline(true);
    m_link->setFont(font);
    QPalette palette = m_link->palette();
    palette.setColor(QPalette::ButtonText, palette.color(QPalette::Link));
    m_link->setPalette(palette);
    m_link->setCursor(Qt::PointingHandCursor);
    connect(m_link, &QToolButton::clicked, this, &DroppedInputNotice::openList);
    layout->addWidget(m_link);

    m_dismiss = new QToolButton(this);
    m_dismiss->setAutoRaise(true);
    m_dismiss->setText(u"\u00d7"_s);
    m_dismiss->setToolTip(tr("Dismiss"));
    m_dismiss->setAccessibleName(tr("Dismiss the notice about lines not added"));
    connect(m_dismiss, &QToolButton::clicked, this, &QWidget::hide);
    layout->addWidget(m_dismiss);
    hide();
}

void DroppedInputNotice::setResult(const IntakeResult &result)
{
    m_result = result;
    QStringList parts;
    if (result.unrecognisedLines > 0)
        parts.append(tr("%n line(s) not recognised", nullptr, result.unrecognisedLines));
    if (!result.rejected.isEmpty())
        parts.append(tr("%n item(s) not usable", nullptr, int(result.rejected.size())));
    m_link->setText(parts.join(tr(", ", "separator of summary parts")));
    setVisible(!parts.isEmpty());
    if (m_dialog)
        m_dialog->setResult(m_result);
}

QString DroppedInputNotice::text() const
{
    return isHidden() ? QString() : m_link->text();
}

DroppedInputDialog *DroppedInputNotice::list() const
{
    return m_dialog;
}

DroppedInputDialog *DroppedInputNotice::openList()
{
    if (!m_dialog) {
        m_dialog = new DroppedInputDialog(window());
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_dialog->setResult(m_result);
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    return m_dialog;
}

} // namespace jw
