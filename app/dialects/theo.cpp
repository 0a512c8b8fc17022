#include "dialects/theo.h"

using namespace Qt::StringLiterals;

namespace jw {

QString TheoDialect::name() const { return u"theo"_s; }
void TheoDialect::read(const QJsonObject &, JobSnapshot &) const {} // TODO(helper): implement
QUrl TheoDialect::pollUrl(const QUrl &base, const QString &id) const { Q_UNUSED(id); return base; }

} // namespace jw
