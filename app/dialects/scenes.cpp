#include "dialects/scenes.h"

using namespace Qt::StringLiterals;

namespace jw {

QString ScenesDialect::name() const { return u"scenes"_s; }
void ScenesDialect::read(const QJsonObject &, JobSnapshot &) const {} // TODO(helper): implement
QUrl ScenesDialect::pollUrl(const QUrl &base, const QString &id) const { Q_UNUSED(id); return base; }

} // namespace jw
