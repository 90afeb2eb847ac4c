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
//   - 9000 (met by tapi, not in the v5 list) and the v4 codes 57, 500, 503
//     keep their observed retry advice; 504 is v4's scheduled maintenance,
//     as the only text on record says; 156 is v4's archived-object refusal;
//     56 is a spent daily allowance (Quota), as the v4 pages document it.
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
	9000: e(fault.RateLimit, "REPORT_QUEUE_FULL", true, "the offline report queue is full (five per user); wait for a report to finish").wait(10 * time.Second).origin(Observed).
		refuse("the report was not queued: the queue was full"),
	10251: w(fault.Unsupported, "TEXT_BANNERS_CLOSED", "creating text banners is closed").origin(Observed),
	// A warning of campaigns.unarchive recorded on v5 by axisrow/direct-cli
	// ("Object is not archived"), beside 10021's and 10203's kind.
	10023: w(fault.Conflict, "NOT_ARCHIVED", "the object was not archived").origin(Observed),

	// Legacy API v4 and Live v4. The sources: the v4 error-codes table
	// (yandex.ru/dev/direct/doc/dg-v4/reference/ErrorCodes) for 1 to 18,
	// with its texts; the v4 method pages for 56, 152 and 353; the Direct
	// API blog for 59 (Live 4 methods being closed); live responses recorded
	// by axisrow/direct-cli and axisrow/tapi-yandex-direct for 73, 91, 350,
	// 370, 509 and 515, with their texts. The rest of the table could not be
	// read: the other codes, their meaning and their retry advice come from
	// the v4 code list of the biplane/yandex-direct client, and have no
	// vendor text here.
	//
	// 56 is a method's daily call allowance (the v4 TransferMoney and usage
	// limits pages): once spent, the method takes one call every ten
	// minutes until the day ends. It has been met on v5 too, with no text.
	56: e(fault.Quota, "METHOD_CALL_LIMIT", true, "the method's daily call allowance is spent; until the day ends it takes one call every ten minutes").wait(10 * time.Minute).origin(V4).
		refuse("a call over the method's allowance is turned away before it runs"),
	57: e(fault.RateLimit, "V4_RATE_LIMIT", true, "v4 request limit; retry later").wait(10 * time.Second).origin(V4).
		refuse("a request over v4's concurrency limit is turned away"),
	500: e(fault.Internal, "V4_INTERNAL_ERROR", true, "v4 internal error; retry shortly").origin(V4).
		mayApply("an internal error says nothing of what was done"),
	503: e(fault.Unavailable, "V4_UNAVAILABLE", true, "v4 temporarily unavailable; retry shortly").origin(V4).
		mayApply("nothing documents whether the call was run"),
	504: e(fault.Unavailable, "V4_MAINTENANCE", true, "v4 is down for scheduled maintenance; retry in a few minutes").wait(time.Minute).origin(V4).
		mayApply("nothing documents whether the call was run"),
	156: e(fault.Conflict, "V4_ARCHIVED_NOT_EDITABLE", false, "archived campaigns and ads cannot be changed; unarchive first").origin(V4),
	1:   e(fault.Invalid, "V4_INVALID_CAMPAIGN_ID", false, "check the CampaignID: it must name an existing campaign that this user may access").origin(V4),
	2:   e(fault.NotFound, "V4_NO_CAMPAIGN_STATS", false, "treat this as an empty result: the campaign simply has no statistics for the request").act(fault.None).origin(V4),
	3:   e(fault.Invalid, "V4_INVALID_DATE", false, "send StartDate and EndDate in the date format the method documents").origin(V4),
	5:   e(fault.Invalid, "V4_INVALID_DATE_RANGE", false, "make the start date no later than the end date").origin(V4),
	8:   e(fault.Invalid, "V4_INVALID_LIMIT", false, "set Limit to a whole number greater than zero").origin(V4),
	9:   e(fault.Invalid, "V4_FIELD_NOT_ARRAY", false, "send this parameter as an array, not as a single value or an object").origin(V4),
	10:  e(fault.Invalid, "V4_INVALID_BANNER_FILTER", false, "fix the Banner filter in the statistics request").origin(V4),
	11:  e(fault.Invalid, "V4_INVALID_GEO_FILTER", false, "fix the Geo (region) filter in the statistics request").origin(V4),
	12:  e(fault.Invalid, "V4_INVALID_PAGE_NAME_FILTER", false, "fix the PageName (site) filter in the statistics request").origin(V4),
	13:  e(fault.Invalid, "V4_INVALID_PAGE_FILTER", false, "fix the site type given in the Page filter").origin(V4),
	14:  e(fault.Invalid, "V4_INVALID_PHRASE_FILTER", false, "fix the Phrase (keyword) filter in the statistics request").origin(V4),
	15:  e(fault.Invalid, "V4_INVALID_PAGE_TYPE", false, "fix the PageType filter value").origin(V4),
	16:  e(fault.Invalid, "V4_INVALID_DATE_GROUPING", false, "fix the Date (group-by-date) setting of the statistics request").origin(V4),
	17:  e(fault.Invalid, "V4_INVALID_REPORT_COLUMN", false, "use a valid report field name in GroupByColumn").origin(V4),
	18:  e(fault.Invalid, "V4_INVALID_OFFSET", false, "fix the Offset value of the request").origin(V4),
	23:  e(fault.Invalid, "V4_INVALID_BANNER_ID", false, "check the BannerID: it must name an existing ad of this user").origin(V4),
	24:  e(fault.NotFound, "V4_REPORT_NOT_FOUND", false, "check the report ID: the report does not exist or was deleted, so create it again if you still need it").origin(V4),
	27:  e(fault.Invalid, "V4_INVALID_BANNER_PARAM", false, "fix the BannerID parameter of the request").origin(V4),
	28:  e(fault.Invalid, "V4_INVALID_PHRASE_ID", false, "fix the PhraseID parameter of the request").origin(V4),
	29:  e(fault.Invalid, "V4_INVALID_CAMPAIGN_TYPE", false, "use a campaign type this method accepts").origin(V4),
	59:  e(fault.Unsupported, "V4_METHOD_DEPRECATED", false, "this Live 4 method is deprecated; move the call to API v5").origin(V4),
	71:  e(fault.Invalid, "V4_INVALID_PARAMS", false, "fix the request parameters").origin(V4),
	72:  e(fault.Invalid, "V4_INVALID_FORECAST_ID", false, "fix the ForecastID of the request").origin(V4),
	73:  e(fault.NotFound, "V4_FORECAST_NOT_FOUND", false, "no budget forecast has this ID; create the forecast first").origin(V4),
	74: e(fault.Unavailable, "V4_FORECAST_PENDING", true, "the budget forecast is still being built; ask again in a few seconds").wait(10 * time.Second).origin(V4).
		refuse("the forecast is not ready and nothing was returned; the call only reads"),
	76: e(fault.Invalid, "V4_INVALID_FORECAST_PHRASES", false, "fix the keywords given in Phrases").origin(V4),
	77: e(fault.Invalid, "V4_INVALID_FORECAST_GEO", false, "fix the regions given in GeoID").origin(V4),
	78: e(fault.Unavailable, "V4_FORECAST_UNAVAILABLE", true, "the report is temporarily unavailable; try again in a minute").wait(time.Minute).origin(V4).
		refuse("the report could not be served and the call only reads"),
	92: e(fault.Unavailable, "V4_WORDSTAT_REPORT_PENDING", true, "the Wordstat report is still being generated; check again in 10 to 20 seconds").wait(10 * time.Second).origin(V4).
		refuse("the report is still being generated; the call only reads"),
	111: e(fault.Invalid, "V4_INVALID_CAMPAIGN_INFO", false, "fix the campaign parameters in the request").origin(V4),
	114: e(fault.Quota, "V4_CAMPAIGN_LIMIT_REACHED", false, "the account has as many campaigns as allowed; archive or delete some first").act(fault.FixAccount).origin(V4),
	151: e(fault.Invalid, "V4_INVALID_BANNER_INFO", false, "fix the structure of the BannerInfo objects").origin(V4),
	153: e(fault.Invalid, "V4_TOO_MANY_BANNERS_IN_REQUEST", false, "send fewer ads in one request").origin(V4),
	154: e(fault.Invalid, "V4_INVALID_POINT_ON_MAP", false, "fix the PointOnMap structure").origin(V4),
	155: e(fault.Conflict, "V4_OPERATION_NOT_ALLOWED", false, "the campaign or ad's state does not allow this operation").origin(V4),
	157: e(fault.Quota, "V4_CAMPAIGN_AD_LIMIT", false, "the campaign holds as many ads as allowed; archive or delete some, or use another campaign").act(fault.FixAccount).origin(V4),
	191: e(fault.Conflict, "V4_CONTEXT_PRICE_LOCKED", false, "ContextPrice cannot be changed for keywords active on search").origin(V4),
	192: e(fault.Invalid, "V4_INVALID_NEGATIVE_KEYWORDS", false, "fix the negative keywords").origin(V4),
	242: e(fault.Invalid, "V4_INVALID_PRICE", false, "fix the bid value").origin(V4),
	243: e(fault.Invalid, "V4_INVALID_AUTOBROKER", false, "fix the AutoBroker value").origin(V4),
	251: e(fault.Invalid, "V4_INVALID_LOGIN", false, "check the user login in the request").origin(V4),
	252: e(fault.Conflict, "V4_LOGIN_IN_USE", false, "another Yandex user already has this login; choose another").origin(V4),
	253: e(fault.Conflict, "V4_LOGIN_TAKEN", false, "the login is taken; choose another").origin(V4),
	259: e(fault.NotFound, "V4_CLIENT_NOT_FOUND", false, "no such client exists; check the client login").origin(V4),
	350: e(fault.Auth, "V4_INVALID_FINANCE_TOKEN", false, "send a valid finance token built from the master token for this operation, not the OAuth token").origin(V4),
	351: e(fault.Invalid, "V4_INVALID_OPERATION_NUM", false, "use a new operation number larger than any used before and build the finance token with it").origin(V4),
	353: e(fault.Invalid, "V4_TRANSFER_SUM_MISMATCH", false, "make the total taken from campaigns equal the total added to campaigns").origin(V4),
	501: e(fault.Invalid, "V4_BAD_REQUEST", false, "the request is malformed; fix it before sending again").origin(V4),
	509: e(fault.Unsupported, "V4_METHOD_NOT_AVAILABLE", false, "this method is switched off in this API version; use its API v5 counterpart").origin(V4),
	510: e(fault.Permission, "V4_ACCESS_BLOCKED", false, "API access is blocked for this user; contact Direct support").act(fault.ContactSupport).origin(V4),
	91:  e(fault.NotFound, "V4_WORDSTAT_REPORT_NOT_FOUND", false, "no Wordstat report has this ID; create the report first").origin(V4),
	370: e(fault.NotFound, "V4_TRANSACTION_NOT_FOUND", false, "no finance transaction has this number; check the operation number").origin(V4),
	515: e(fault.Account, "V4_SHARED_ACCOUNT_REQUIRED", false, "connect the shared account for this client in the Direct interface first").origin(V4),
}
