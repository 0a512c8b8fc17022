#include "net/httpstatus.h"

#include "net/redirect.h"

namespace jw {

HttpClass classifyHttpStatus(int httpStatus)
{
    switch (httpStatus) {
    case 0: return HttpClass::NoAnswer;
    case 401: return HttpClass::Unauthorised;
    case 403: return HttpClass::Forbidden;
    case 404: return HttpClass::NotFound;
    case 400:
    case 422: return HttpClass::Rejected;
    case 429: return HttpClass::RateLimited;
    case 503: return HttpClass::Unavailable;
    default: break;
    }
    if (httpStatus >= 200 && httpStatus < 300)
        return HttpClass::Success;
    if (isRedirectStatus(httpStatus))
        return HttpClass::Redirect;
    if (httpStatus >= 400 && httpStatus < 500)
        return HttpClass::ClientError;
    if (httpStatus >= 500 && httpStatus < 600)
        return HttpClass::ServerError;
    return HttpClass::Other;
}

} // namespace jw
