#include "previews/reportdocument.h"

#include <QPixmap>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace jw {

ReportDocument::ReportDocument(QObject *parent)
    : QTextDocument(parent)
{
}

QVariant ReportDocument::loadResource(int type, const QUrl &name)
{
    if (!m_refused.contains(name))
        m_refused.append(name);
    if (type != QTextDocument::ImageResource)
        return {};
    // Nothing is ever loaded: the image shows as Qt's own "missing image" icon (compiled into Qt Widgets), or a
    // blank square without it. A null answer would make Qt load the name as a file path itself.
    QPixmap placeholder(u":/qt-project.org/styles/commonstyle/images/file-16.png"_s);
    if (placeholder.isNull() || placeholder.width() > kPlaceholderSize || placeholder.height() > kPlaceholderSize) {
        placeholder = QPixmap(kPlaceholderSize, kPlaceholderSize);
        placeholder.fill(Qt::transparent);
    }
    return placeholder;
}

} // namespace jw
