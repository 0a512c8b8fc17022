#include "dialects/muvi.h"

using namespace Qt::StringLiterals;

namespace jw {

QString MuviDialect::name() const { return u"muvi"_s; }
void MuviDialect::read(const QJsonObject &, JobSnapshot &) const {} // TODO(helper): implement
QUrl MuviDialect::pollUrl(const QUrl &base, const QString &id) const { Q_UNUSED(id); return base; }

} // namespace jw
