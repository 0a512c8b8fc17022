#include "mapping/mapping.h"

using namespace Qt::StringLiterals;

namespace jw {

struct MappingDialect::Spec {};
MappingDialect::MappingDialect() : m_spec(std::make_unique<Spec>()) {}
MappingDialect::~MappingDialect() = default;
std::unique_ptr<MappingDialect> MappingDialect::fromJson(const QByteArray &, QString *error)
{
    if (error)
        *error = u"not implemented"_s;
    return nullptr;
}
QString MappingDialect::name() const { return u"custom"_s; }
void MappingDialect::read(const QJsonObject &, JobSnapshot &) const {}
ApiError MappingDialect::readError(const QJsonObject &o) const { return readCommonError(o); }
QUrl MappingDialect::pollUrl(const QUrl &base, const QString &) const { return base; }
AuthForm MappingDialect::auth() const { return {}; }

} // namespace jw
