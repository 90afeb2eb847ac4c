package direct

import (
	"time"

	"github.com/yafault/yafault/fault"
	"github.com/yafault/yafault/internal/wire"
)

// Origin says where a Direct code is documented.
type Origin uint8

// The origins.
const (
	// V5 codes are in the API v5 errors list.
	V5 Origin = iota
	// Observed codes are not in the v5 list but were met on v5 in practice.
	Observed
	// V4 codes belong to the legacy API v4 and Live v4.
	V4
)

// A code row: the code's verdict, whether it is a warning, and where it is
// documented. A code's meaning lives in exactly one row.
type codeRow struct {
	Class   wire.Class
	Warning bool
	Origin  Origin
}

func e(k fault.Kind, reason string, retry bool, hint string) codeRow {
	return codeRow{Class: wire.C(k, reason, retry, hint)}
}

// w is a warning row: the operation was done, with a remark. Warnings are
// never retried.
func w(k fault.Kind, reason, hint string) codeRow {
	c := wire.C(k, reason, false, hint)
	c.Action = fault.None
	return codeRow{Class: c, Warning: true}
}

func (r codeRow) act(a fault.Action) codeRow   { r.Class.Action = a; return r }
func (r codeRow) wait(d time.Duration) codeRow { r.Class.Wait = d; return r }
func (r codeRow) origin(o Origin) codeRow      { r.Origin = o; return r }

// refuse and mayApply say, for a retryable row, whether Direct turned the
// request away before acting on it, and why.
func (r codeRow) refuse(why string) codeRow   { r.Class = r.Class.Refuse(why); return r }
func (r codeRow) mayApply(why string) codeRow { r.Class = r.Class.MayApply(why); return r }

// pointsWait is the pause suggested after error 152. Points are topped up
// once an hour on a schedule of each user's own, so waiting an hour covers
// the next top-up whenever it falls; Direct's own sample spreads its
// retries over the same 60 minutes.
const pointsWait = time.Hour

// codes is the Direct code catalog: every code of the v5 errors list, the
// codes met in practice outside it, and the legacy v4 codes.
//
// Where it departs from the reference table's proposed class
// (direct-codes.tsv), and why:
//   - 58 is Account, not Auth: the token is fine; the app's API access
//     request is not approved, which a person must file (RequestAccess).
//   - 1003 is retryable after a minute and 1004 is not retryable at all: the
//     docs say to try 1004 again only with a different login.
//   - 1020 is not retryable: the docs send it to support (biplane's retry of
//     it is a mistake the trap list names).
//   - 7001 is Quota but not retryable and not refilled by time: objects must
//     be deleted or archived first (FixAccount).
//   - 10141 and 10175 are Conflict warnings, not Unknown: both report that
//     the object's existing state changed what the request did.
//   - 10251 (not in the list, met on /json/v501/ads) is an Unsupported
//     warning: text banners can no longer be created.
//   - 56 and 9000 (met by tapi, not in the v5 list) and the v4 codes 57, 500,
//     503, 504 keep their observed retry advice; 156 is v4's archived-object
//     refusal.
var codes = map[int]codeRow{
	// Server errors.
	52: e(fault.Unavailable, "AUTH_SERVER_UNAVAILABLE", true, "Direct could not reach its authorization server; retry shortly").
		refuse("authorization comes before the method: the API could not reach Yandex OAuth, so it did not run the call (errors list: try again later)"),
	1000: e(fault.Unavailable, "SERVER_UNAVAILABLE", true, "the API server is temporarily unavailable; retry shortly, then contact support if it persists").
		mayApply("the errors list calls it an internal server error and does not say the call was not run"),
	1001: e(fault.Internal, "SERVICE_INIT_ERROR", true, "the service failed to start handling the request; retry shortly").
		mayApply("undocumented beyond its name; libraries retry it, but nothing says the call was not run"),
	1002: e(fault.Internal, "OPERATION_ERROR", true, "the operation failed on the server; retry shortly (blindly only if the call is idempotent)").
		mayApply("the operation itself failed, perhaps after changing some objects"),
	1003: e(fault.Internal, "USER_CREATION_FAILED", true, "Direct could not create the Yandex account; try again later").wait(time.Minute).
		refuse("the errors list asks to repeat the call later: the account was not created"),
	1004: e(fault.Internal, "CLIENT_CREATION_FAILED", false, "Direct could not create the client; try again later with a different login").act(fault.FixRequest),
	1020: e(fault.Internal, "CURRENCY_LIST_UNDEFINED", false, "an internal error that a retry does not fix; contact support with the request id").act(fault.ContactSupport),

	// Authentication and registration.
	53: e(fault.Auth, "TOKEN_INVALID", false, "the OAuth token is invalid, expired or revoked; get a new one"),
	58: e(fault.Account, "APP_REGISTRATION_INCOMPLETE", false, "the app's request for API access is not approved yet; file it and wait for approval").act(fault.RequestAccess),

	// Permissions.
	54:   e(fault.Permission, "NO_RIGHTS", false, "the user lacks rights for this: a read-only user writing, a Client-Login that is not the agency's client, or an account not yet converted to a currency"),
	513:  e(fault.Account, "LOGIN_NOT_IN_DIRECT", false, "the login has no Direct account; create a campaign in the web interface first"),
	3000: e(fault.Permission, "NO_API_ACCESS", false, "the user has no API access, or not from this IP address"),
	3001: e(fault.Permission, "NO_METHOD_ACCESS", false, "the method is granted on request (AgencyClients.add, for one)"),

	// Points and connections.
	152: e(fault.Quota, "POINTS_EXHAUSTED", true, "the API points (units) are spent, not money: points return hourly on the user's own schedule; wait, or make cheaper requests").wait(pointsWait).
		refuse("without enough points a request is not executed (the points page)"),
	506: e(fault.RateLimit, "TOO_MANY_CONNECTIONS", true, "more than five requests at once for this advertiser; retry shortly with less parallelism").wait(2 * time.Second).
		refuse("a connection over the limit is turned away (the points page)"),

	// Unsupported.
	3500: e(fault.Unsupported, "NOT_SUPPORTED", false, "the object or operation is not supported here (a bid modifier for this campaign type, say)"),
	3600: e(fault.Unsupported, "LIMITED_FUNCTIONALITY", false, "the feature is not available to this account"),

	// Invalid request parameters.
	4000: e(fault.Invalid, "INVALID_REQUEST_PARAMS", false, "fix the request parameters"),
	4001: e(fault.Invalid, "INVALID_SELECTION_CRITERIA", false, "fix SelectionCriteria: fewer ids, or at least one of the required filters"),
	4002: e(fault.Invalid, "INVALID_PAGE", false, "fix Limit or Offset"),
	4003: e(fault.Invalid, "REQUIRED_PARAM_GROUP_MISSING", false, "pass at least one parameter of the group"),
	4004: e(fault.Invalid, "MUTUALLY_EXCLUSIVE_PARAMS", false, "pass only one of the mutually exclusive parameters"),
	4005: e(fault.Invalid, "MIXED_ID_TYPES", false, "use ids of one type in one request"),
	4006: e(fault.Invalid, "INCOMPATIBLE_OPERATIONS", false, "do not mix incompatible operations in one request"),

	// Invalid field values.
	5000: e(fault.Invalid, "FIELD_REQUIRED", false, "add the required field or parameter the message names"),
	5001: e(fault.Invalid, "FIELD_TOO_LONG", false, "shorten the value"),
	5002: e(fault.Invalid, "INVALID_CHARACTERS", false, "remove the characters or operators not allowed in the field"),
	5003: e(fault.Invalid, "EMPTY_VALUE", false, "send a non-empty value"),
	5004: e(fault.Invalid, "INVALID_FORMAT", false, "fix the field's format"),
	5005: e(fault.Invalid, "INVALID_FIELD_VALUE", false, "fix the field's value"),
	5006: e(fault.Invalid, "INVALID_FIELD_USE", false, "the field is not allowed in this context"),
	5007: e(fault.Invalid, "DUPLICATE_ELEMENT", false, "remove the repeated element"),
	5008: e(fault.Invalid, "REQUIRED_FIELD_GROUP_MISSING", false, "pass at least one field of the group"),
	5009: e(fault.Invalid, "MUTUALLY_EXCLUSIVE_FIELDS", false, "pass only one of the mutually exclusive fields"),
	5010: e(fault.Invalid, "FIELD_LENGTH_INVALID", false, "fix the field's length"),
	5100: e(fault.Invalid, "INVALID_TEMPLATE", false, "fix the use of the ## template"),
	5120: e(fault.Invalid, "INVALID_GEOTARGETING", false, "fix the regions"),
	5140: e(fault.Invalid, "KEYWORD_TOO_MANY_WORDS", false, "use fewer words in the keyword"),
	5141: e(fault.Invalid, "KEYWORD_ONLY_STOP_WORDS", false, "a keyword may not be stop words alone"),
	5142: e(fault.Invalid, "KEYWORD_WORD_TOO_LONG", false, "shorten the keyword's words"),
	5160: e(fault.Invalid, "NEGATIVE_KEYWORD_IS_PHRASE", false, "a negative keyword must be one word"),
	5161: e(fault.Invalid, "INVALID_NEGATIVE_KEYWORDS", false, "fix the negative keywords"),
	5162: e(fault.Invalid, "NEGATIVE_KEYWORDS_TOO_LONG", false, "shorten the negative keywords"),
	5181: e(fault.Invalid, "APP_CHANGE_NOT_ALLOWED", false, "the advertised app cannot be changed"),
	5200: e(fault.Conflict, "LOGIN_TAKEN", false, "the login is taken; choose another"),

	// Inconsistent objects.
	6000: e(fault.Conflict, "INCONSISTENT_OBJECT_STATE", false, "the object's state forbids the operation"),
	6001: e(fault.Invalid, "WRONG_OBJECT_TYPE", false, "the object is of the wrong type for this operation"),
	6100: e(fault.Invalid, "REGION_TEXT_MISMATCH", false, "the ad text does not suit the display regions"),
	6101: e(fault.Invalid, "LANGUAGE_GEO_MISMATCH", false, "the ad language does not suit the geotargeting"),

	// Object limits.
	7000: e(fault.Invalid, "ELEMENT_COUNT_INVALID", false, "too many elements, or none"),
	7001: e(fault.Quota, "OBJECT_LIMIT_REACHED", false, "the account holds the most objects allowed; delete or archive some first (this does not refill by itself)").act(fault.FixAccount),
	7002: e(fault.Unsupported, "TRACKING_DOMAIN_UNSUPPORTED", false, "the tracking system's domain is not supported; change the URL"),

	// Request parsing.
	55:   e(fault.Invalid, "OPERATION_NOT_FOUND", false, "the method name is wrong"),
	8000: e(fault.Invalid, "INVALID_REQUEST", false, "the request is malformed or misses a required parameter; read the detail"),

	// Unable to perform operation.
	8300: e(fault.Conflict, "INVALID_OBJECT_STATUS", false, "the object's status forbids the operation"),
	8301: e(fault.Conflict, "CANNOT_DELETE", false, "the object cannot be deleted in its state"),
	8302: e(fault.Conflict, "CANNOT_STOP_IMPRESSIONS", false, "impressions cannot be stopped in the object's state"),
	8303: e(fault.Conflict, "CANNOT_ARCHIVE", false, "the object cannot be archived in its state"),
	8304: e(fault.Conflict, "CANNOT_UNARCHIVE", false, "the object cannot be unarchived in its state"),
	8305: e(fault.Conflict, "ACTION_NOT_ALLOWED", false, "the action is not allowed now (a daily cap may apply); a retry today fails again"),
	8312: e(fault.Invalid, "REPORT_NOT_ONLINE", false, "the report cannot be built online; request it with processingMode auto or offline"),
	8600: e(fault.Account, "SHARED_ACCOUNT_ERROR", false, "the shared account could not be connected; check it in the web interface"),

	// Not found. 8800 is also what a wrong Client-Login gives.
	8800: e(fault.NotFound, "OBJECT_NOT_FOUND", false, "the object does not exist, or the Client-Login header names the wrong client"),

	// Objects per request.
	9300: e(fault.Invalid, "TOO_MANY_OBJECTS", false, "split the request: it holds more objects than the method allows"),
	9301: e(fault.Invalid, "SELECTION_TOO_BROAD", false, "narrow the selection (Limit + Offset has a ceiling)"),

	// Bids and strategies.
	9600: e(fault.Invalid, "FIELD_STRATEGY_MISMATCH", false, "the field does not suit the campaign's strategy"),
	9601: e(fault.Conflict, "BID_CHANGE_NOT_ALLOWED", false, "the strategy does not allow manual bids"),

	// Duplicates.
	9800: e(fault.Invalid, "DUPLICATE_OBJECT_IN_REQUEST", false, "the object appears more than once in the request"),
	9801: e(fault.Conflict, "OBJECT_ALREADY_EXISTS", false, "an object with these characteristics exists already"),
	9802: e(fault.Invalid, "DUPLICATE_LIST_ELEMENT", false, "an element appears more than once in the list"),

	// Warnings: the operation was done, with a remark.
	10000: w(fault.Invalid, "DUPLICATE_OBJECT_IGNORED", "the object appears in the request more than once"),
	10020: w(fault.Conflict, "ALREADY_SUSPENDED", "the object was already suspended"),
	10021: w(fault.Conflict, "NOT_SUSPENDED", "the object was not suspended"),
	10022: w(fault.Conflict, "ALREADY_ARCHIVED", "the object was already archived"),
	10025: w(fault.Conflict, "ALREADY_DELETED", "the object was already marked as deleted"),
	10100: w(fault.Conflict, "DUPLICATE_VCARD", "the vCard duplicates one created before"),
	10120: w(fault.Conflict, "DUPLICATE_SITELINK_SET", "the sitelink set duplicates one created before"),
	10140: w(fault.Conflict, "KEYWORD_EXISTS", "the keyword exists already"),
	10141: w(fault.Conflict, "KEYWORD_CREATED_ON_UPDATE", "the update created a new keyword"),
	10160: w(fault.Invalid, "BID_NOT_APPLIED", "the bid will not be applied"),
	10161: w(fault.Invalid, "PRIORITY_NOT_APPLIED", "the priority will not be applied"),
	10163: w(fault.Invalid, "SETTING_NOT_CHANGED", "the setting will not be changed"),
	10165: w(fault.Invalid, "PARAMETER_NOT_APPLIED", "the parameter will not be applied"),
	10175: w(fault.Conflict, "HIGHER_PRIORITY_SETTING_USED", "a setting with higher priority will be used"),
	10200: w(fault.Conflict, "AD_ALREADY_SUSPENDED", "the ad was already suspended"),
	10201: w(fault.Conflict, "AD_NOT_SUSPENDED", "the ad was not suspended"),
	10202: w(fault.Conflict, "AD_ALREADY_ARCHIVED", "the ad was already archived"),
	10203: w(fault.Conflict, "AD_NOT_ARCHIVED", "the ad was not archived"),
	10240: w(fault.Conflict, "KEYWORD_ALREADY_SUSPENDED", "the keyword was already suspended"),
	10241: w(fault.Conflict, "KEYWORD_NOT_SUSPENDED", "the keyword was not suspended"),
	10242: w(fault.Conflict, "TARGETING_ALREADY_SUSPENDED", "the targeting condition was already suspended"),
	10243: w(fault.Conflict, "TARGETING_NOT_SUSPENDED", "the targeting condition was not suspended"),

	// Met in practice, not in the v5 list.
	56: e(fault.RateLimit, "METHOD_CALL_LIMIT", true, "the method's call limit is reached; retry later").wait(10 * time.Minute).origin(Observed).
		refuse("a call over the method's limit is turned away"),
	9000: e(fault.RateLimit, "REPORT_QUEUE_FULL", true, "the offline report queue is full (five per user); wait for a report to finish").wait(10 * time.Second).origin(Observed).
		refuse("the report was not queued: the queue was full"),
	10251: w(fault.Unsupported, "TEXT_BANNERS_CLOSED", "creating text banners is closed").origin(Observed),

	// Legacy API v4 and Live v4.
	57: e(fault.RateLimit, "V4_RATE_LIMIT", true, "v4 request limit; retry later").wait(10 * time.Second).origin(V4).
		refuse("a request over v4's concurrency limit is turned away"),
	500: e(fault.Internal, "V4_INTERNAL_ERROR", true, "v4 internal error; retry shortly").origin(V4).
		mayApply("an internal error says nothing of what was done"),
	503: e(fault.Unavailable, "V4_UNAVAILABLE", true, "v4 temporarily unavailable; retry shortly").origin(V4).
		mayApply("nothing documents whether the call was run"),
	504: e(fault.Unavailable, "V4_TIMEOUT", true, "v4 timed out; retry later").wait(5 * time.Second).origin(V4).
		mayApply("a timeout says nothing of what was done"),
	156: e(fault.Conflict, "V4_ARCHIVED_NOT_EDITABLE", false, "archived campaigns and ads cannot be changed; unarchive first").origin(V4),
}
