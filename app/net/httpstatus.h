#pragma once
// The one classifier of HTTP status codes: what an answer means for a poll, a download or Test connection.
// Pure; each caller decides what to do with the class (pause, back off, confirm, report).

namespace jw {

enum class HttpClass {
    NoAnswer,     // 0: no HTTP answer at all (connection, TLS or timeout)
    Success,      // 2xx
    Redirect,     // 3xx with a Location to follow (not 304)
    Unauthorised, // 401: the key was not accepted
    Forbidden,    // 403: the key lacks permission (or a scope)
    NotFound,     // 404
    RateLimited,  // 429
    Unavailable,  // 503
    ServerError,  // any other 5xx
    Rejected,     // 400, 422: the provider refuses this job's request as it is; asking again cannot help
    ClientError,  // any other 4xx
    Other,        // 1xx, 304 and anything out of range
};

HttpClass classifyHttpStatus(int httpStatus);

} // namespace jw
