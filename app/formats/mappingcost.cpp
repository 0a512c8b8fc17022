#include "formats/mappingcost.h"

#include "formats/valuereader.h"

#include <QCoreApplication>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace jw::mapping {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(Mapping) };

class CostReader final : public ValueReader
{
public:
    bool read(const QJsonValue &v, CostRule *out)
    {
        if (v.isUndefined() || v.isNull())
            return true;
        if (!v.isObject())
            return wrongType(u"cost"_s, Tr::tr("an object with \"value\" and \"unit\""), v);
        const QJsonObject o = v.toObject();
        if (!checkKeys(o, {"value"_L1, "unit"_L1, "estimate"_L1}, u"cost"_s)
            || !field(o, u"value"_s, u"cost."_s, &out->value, true) || !string(o, u"unit"_s, u"cost.unit"_s, &out->unit, true))
            return false;
        if (!isCostUnit(out->unit))
            return fail(Tr::tr("\"cost.unit\" must be \"seconds\" (compute time), \"credits\" or a currency code in capitals "
                               "such as \"USD\" (got \"%1\").").arg(quoted(out->unit)));
        const QJsonValue estimate = o.value(u"estimate"_s);
        if (!estimate.isUndefined() && !estimate.isBool())
            return wrongType(u"cost.estimate"_s, Tr::tr("true or false"), estimate);
        out->estimate = estimate.toBool();
        return true;
    }
};

} // namespace

bool parseCostRule(const QJsonValue &v, CostRule *out, QString *error)
{
    CostReader reader;
    if (reader.read(v, out))
        return true;
    if (error)
        *error = reader.error();
    return false;
}

std::optional<JobCost> readCost(const QJsonValue &root, const CostRule &rule, Explanation *ex)
{
    if (rule.value.isEmpty())
        return std::nullopt;
    Trace tried;
    const std::optional<double> amount = readNumber(root, rule.value, ex ? &tried : nullptr);
    if (ex)
        ex->fields.append({u"cost"_s, tried});
    if (!amount || *amount < 0)
        return std::nullopt;
    return JobCost{*amount, rule.unit, rule.estimate};
}

} // namespace jw::mapping
