#include "dialects/vidocu.h"

using namespace Qt::StringLiterals;

namespace jw {

QString VidocuDialect::name() const { return u"vidocu"_s; }
void VidocuDialect::read(const QJsonObject &, JobSnapshot &) const {} // TODO(helper): implement
QUrl VidocuDialect::pollUrl(const QUrl &base, const QString &id) const { Q_UNUSED(id); return base; }

} // namespace jw
