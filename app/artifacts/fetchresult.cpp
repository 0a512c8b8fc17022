#include "artifacts/fetchresult.h"

using namespace Qt::StringLiterals;

namespace jw {

QString fetchErrorName(FetchError error)
{
    switch (error) {
    case FetchError::None: return u"none"_s;
    case FetchError::Network: return u"network"_s;
    case FetchError::TooLarge: return u"too large"_s;
    case FetchError::Expired: return u"expired"_s;
    case FetchError::Refused: return u"refused"_s;
    case FetchError::Http: return u"http"_s;
    case FetchError::Aborted: return u"aborted"_s;
    case FetchError::Storage: return u"storage"_s;
    }
    return {};
}

} // namespace jw
