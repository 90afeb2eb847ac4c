package market

import (
	"time"

	"github.com/yafault/yafault/fault"
	"github.com/yafault/yafault/internal/pattern"
	"github.com/yafault/yafault/internal/wire"
)

// A message row: the documented status, the message pattern ({name}
// placeholders, [optional] parts) and its verdict. A message's meaning lives
// in exactly one row; rows that share a reason are wordings of one
// situation (doc versions drift).
type messageRow struct {
	Status  int
	Pattern string
	Class   wire.Class
}

func m(status int, pat string, k fault.Kind, reason string, retry bool, hint string) messageRow {
	return messageRow{Status: status, Pattern: pat, Class: wire.C(k, reason, retry, hint)}
}

// withAction and withWait adjust a row's verdict.
func (r messageRow) withAction(a fault.Action) messageRow { r.Class.Action = a; return r }
func (r messageRow) withWait(d time.Duration) messageRow  { r.Class.Wait = d; return r }

const (
	hintReauth   = "get a new token and send it in the right header"
	hintApiKey   = "check the Api-Key token as sent; if it is right, issue a new one in the cabinet"
	hintResource = "the method's quota for this period is spent; it is usable again at X-RateLimit-Resource-Until"
	hintDisabled = "a person must fix the store or cabinet in the seller's account; API access returns about a minute after (check apiAvailability in GET v2/campaigns)"
)

// messageRows is the Market message catalog: the documented error messages
// of the error-codes page and the limits and access pages.
var messageRows = []messageRow{
	// 400: request content.
	m(400, "Campaign type is not allowed[. Allowed campaign types: {campaignTypes}]", fault.Unsupported, "CAMPAIGN_TYPE_NOT_ALLOWED", false, "the method does not support this store's placement model; use the method for your model"),
	m(400, "Collection of field must not be empty", fault.Invalid, "FIELD_EMPTY", false, "send at least one element in the list"),
	m(400, "{field} must not be empty[ (rejected value: {value})]", fault.Invalid, "FIELD_EMPTY", false, "send a non-empty value"),
	m(400, "Contract with type MARKETING was signed with the agency", fault.Permission, "CONTRACT_WITH_AGENCY", false, "closing documents for this contract come from your agency; ask it").withAction(fault.None),
	m(400, "Invalid status: {status}", fault.Invalid, "INVALID_STATUS_FILTER", false, "use a valid order status in the filter"),
	m(400, "JSON: {message}", fault.Invalid, "INVALID_JSON", false, "the body is not valid JSON; fix its syntax"),
	m(400, "Limit exceeded", fault.Invalid, "PAGE_LIMIT_EXCEEDED", false, "the page size (limit) is too large; ask for fewer items per page. This is not a rate limit"),
	m(400, "Parameter limit must be less than or equal to {maxLimit} (rejected value: {limit})", fault.Invalid, "PAGE_LIMIT_EXCEEDED", false, "the page size (limit) is too large; ask for fewer items per page. This is not a rate limit"),
	m(400, "Missing field", fault.Invalid, "FIELD_REQUIRED", false, "add the required parameter"),
	m(400, "{field} must not be null[ (rejected value: null)]", fault.Invalid, "FIELD_REQUIRED", false, "add the required field"),
	m(400, "Outlet is disabled for editing by partner", fault.Permission, "OUTLET_EDIT_DISABLED", false, "the outlet is locked because delivery to Market pick-up points was refused; support can re-enable it").withAction(fault.ContactSupport),
	m(400, "String {value} is not a valid country code according to ISO 3166-1 alpha-2", fault.Invalid, "INVALID_COUNTRY_CODE", false, "send a two-letter ISO 3166-1 alpha-2 country code"),
	m(400, "The request is too big: Maximum allowed request size must be less than {maxSize} KB, but passed {size} MB", fault.Invalid, "REQUEST_TOO_LARGE", false, "the body may not exceed 512 KB; split the request"),
	m(400, "The request is too big: {message}", fault.Invalid, "REQUEST_TOO_LARGE", false, "the body may not exceed 512 KB; split the request"),
	m(400, "Too long time period. Maximum is {maxPeriod} days", fault.Invalid, "DATE_RANGE_TOO_LONG", false, "narrow the date range to the maximum the message gives"),
	m(400, "Unexpected character {character}: expected a valid value {values}", fault.Invalid, "INVALID_ENCODING", false, "send the body in UTF-8 and check its syntax"),
	m(400, "Unexpected end of content", fault.Invalid, "BODY_TRUNCATED", false, "the body ended early; send the complete document"),
	m(400, "Value of field {field} must be between {min} and {max}[ exclusively]", fault.Invalid, "FIELD_OUT_OF_RANGE", false, "send a value inside the range the message gives"),
	m(400, "Length of field {field} must be between {min} and {max}[ exclusively]", fault.Invalid, "FIELD_OUT_OF_RANGE", false, "send a value whose length is inside the range the message gives"),
	m(400, "Value of field {field} must be greater than[ or equal to] {limit}", fault.Invalid, "FIELD_TOO_SMALL", false, "send a larger value"),
	m(400, "Value of field {field} must be less than[ or equal to] {limit}", fault.Invalid, "FIELD_TOO_LARGE", false, "send a smaller value"),
	m(400, "Value of field has too high scale: {price}", fault.Invalid, "FIELD_SCALE_TOO_HIGH", false, "send the value with fewer decimal places"),
	m(400, "Value of field must match the pattern: {regExp}", fault.Invalid, "FIELD_PATTERN_MISMATCH", false, "send a value that matches the pattern the message gives"),
	m(400, "{field} must match {regexp}[ (rejected value: {value})]", fault.Invalid, "FIELD_PATTERN_MISMATCH", false, "send a value that matches the pattern the message gives"),
	m(400, "{field} must be greater than or equal to {limit}[ (rejected value: {value})]", fault.Invalid, "FIELD_TOO_SMALL", false, "send a value at or above the minimum"),
	m(400, "{field} must be greater than {limit}[ (rejected value: {value})]", fault.Invalid, "FIELD_TOO_SMALL", false, "send a value above the minimum"),
	m(400, "{field} must be less than or equal to {limit}[ (rejected value: {value})]", fault.Invalid, "FIELD_TOO_LARGE", false, "send a value at or below the maximum"),
	m(400, "{field} size must be between {min} and {max} (rejected size: {size})", fault.Invalid, "FIELD_SIZE_OUT_OF_RANGE", false, "send a number of items inside the range"),
	m(400, "{field} size must be between {min} and {max}[ (rejected value: {value})]", fault.Invalid, "FIELD_LENGTH_OUT_OF_RANGE", false, "send a value whose length is inside the range"),
	m(400, "Required request body is missing", fault.Invalid, "BODY_REQUIRED", false, "the method needs a request body"),
	m(400, "Required request body content is missing: {detail}", fault.Invalid, "BODY_REQUIRED", false, "the method needs a request body"),
	m(400, "Required request parameter {param} is not present", fault.Invalid, "PARAM_REQUIRED", false, "add the query parameter the message names"),
	m(400, "Illegal input at {path}", fault.Invalid, "INVALID_BODY", false, "the value at the path the message gives has the wrong type or form"),
	m(400, "Type mismatch: {value}", fault.Invalid, "TYPE_MISMATCH", false, "send the value with the documented type"),
	m(400, "Bad page token", fault.Invalid, "BAD_PAGE_TOKEN", false, "start paging again without page_token, or pass the token the previous page returned"),
	m(400, "Incorrect X-Business-Id header value: {value}", fault.Invalid, "INVALID_BUSINESS_ID_HEADER", false, "X-Business-Id must be the cabinet's numeric id"),
	m(400, "Cutoff time for shipments has not been reached yet", fault.Conflict, "SHIPMENT_CUTOFF_NOT_REACHED", true, "the shipment cannot be confirmed before its cutoff time; try again after it").withWait(10 * time.Minute),
	m(400, "Some orders are in the process of being excluded from shipment (shipmentId: {shipmentId}, orderIds: {orderIds}). Please wait up to 30 minutes and try again", fault.Conflict, "SHIPMENT_TRANSFER_IN_PROGRESS", true, "orders are still being moved out of the shipment; try again within 30 minutes").withWait(5 * time.Minute),
	m(400, "The limit for promo update requests with a single offerId has been exceeded. Please wait or use batch requests with multiple offerIds for the same promoId", fault.RateLimit, "PROMO_SINGLE_OFFER_RATE_LIMIT", true, "batch several offerIds per promoId instead of one request per offer").withWait(time.Minute),
	m(400, "Unable to find mapping for marketSku: {marketSku}", fault.Invalid, "OFFER_MAPPING_NOT_FOUND", false, "the SKU is not mapped to an offer of this store; map it first or drop it"),
	m(400, "Order {orderId} with status {status} is not allowed for status {newStatus}", fault.Conflict, "ORDER_STATUS_TRANSITION_FORBIDDEN", false, "the order's current status does not allow this change"),
	m(400, "Content type {contentType} not supported", fault.Unsupported, "UNSUPPORTED_CONTENT_TYPE", false, "send Content-Type: application/json"),

	// 401: credentials.
	m(401, "Api-Key token is invalid", fault.Auth, "API_KEY_INVALID", false, hintApiKey),
	m(401, "Api-Key token is revoked", fault.Auth, "API_KEY_REVOKED", false, "the Api-Key token was deleted; issue a new one in the cabinet"),
	m(401, "Api-Key token is not specified", fault.Auth, "API_KEY_MISSING", false, "send the token in the Api-Key header"),
	m(401, "Api-Key token format invalid", fault.Auth, "API_KEY_MALFORMED", false, hintApiKey),
	m(401, "Api-Key token length invalid", fault.Auth, "API_KEY_MALFORMED", false, hintApiKey),
	m(401, "Api-Key token prefix invalid", fault.Auth, "API_KEY_MALFORMED", false, "send the Api-Key value alone, without a Bearer prefix; if it is right, issue a new one"),
	m(401, "Authorization header has invalid syntax", fault.Auth, "AUTH_HEADER_INVALID", false, "send Authorization: Bearer <OAuth token>"),
	m(401, "Credentials are not specified", fault.Auth, "CREDENTIALS_MISSING", false, "send an Api-Key header or an Authorization header with an OAuth token"),
	m(401, "OAuth credentials are not specified", fault.Auth, "OAUTH_CREDENTIALS_MISSING", false, "send Authorization: Bearer <OAuth token>"),
	m(401, "OAuth token is not specified", fault.Auth, "OAUTH_TOKEN_MISSING", false, "send Authorization: Bearer <OAuth token>"),
	m(401, "OAuth client id is not specified", fault.Auth, "OAUTH_CLIENT_ID_MISSING", false, "the legacy OAuth header needs oauth_client_id; better, switch to an Api-Key token"),
	m(401, "Unsupported authorization type specified in Authorization header", fault.Auth, "AUTH_SCHEME_UNSUPPORTED", false, "use the Bearer scheme for OAuth tokens, or the Api-Key header"),

	// 403: access.
	m(403, "Access denied", fault.Permission, "ACCESS_DENIED", false, "check the resource ids and that the token's user has rights to them"),
	m(403, "Access denied for campaign {campaignId} because it is not active", fault.Account, "API_DISABLED_INACTIVITY", false, hintDisabled),
	m(403, "Access to API denied for the client / campaign", fault.Account, "API_ACCESS_DENIED", false, "API access is closed for this seller; ask your agency to open it"),
	m(403, "Contact not found for login {login} and campaignId {campaignId}", fault.Permission, "SIGNER_NOT_FOUND", false, "name a login that belongs to the cabinet or store"),
	m(403, "Contacts with available roles for signing not found for login {login}", fault.Permission, "SIGNER_NO_ROLE", false, "name a login with the rights to sign documents"),
	m(403, "OAuth token is invalid (account has been globally logged out)", fault.Auth, "OAUTH_TOKEN_REVOKED", false, "the user signed out everywhere in Yandex ID; get a new OAuth token"),
	m(403, "OAuth token is invalid", fault.Auth, "OAUTH_TOKEN_INVALID", false, "the OAuth token expired or was revoked; get a new one (a dead Api-Key is a 401, a dead OAuth token a 403)"),
	m(403, "Token is invalid", fault.Auth, "OAUTH_TOKEN_INVALID", false, "the OAuth token expired or was revoked; get a new one"),
	m(403, "Restrict access for business {businessId} because it is not active", fault.Account, "API_DISABLED_BUSINESS", false, hintDisabled),
	m(403, "Scope is invalid", fault.Auth, "OAUTH_SCOPE_INVALID", false, "the token was issued to an app without Market access; get a token through an app with market:partner-api"),
	m(403, "Client id is invalid", fault.Auth, "OAUTH_CLIENT_ID_INVALID", false, "the oauth_client_id does not match the token; fix it or switch to an Api-Key token"),
	m(403, "The method is not supported for Market Yandex Go sellers", fault.Unsupported, "METHOD_NOT_SUPPORTED_FOR_SELLER_TYPE", false, "this method is not available to Market Yandex Go sellers"),
	m(403, "Token does not have any of the scopes[ to access the API method][: {scopes}]", fault.Permission, "INSUFFICIENT_SCOPE", false, "give the Api-Key token one of the access groups the method needs, or issue one that has it"),
	m(403, "User account is disabled", fault.Account, "USER_DISABLED", false, "the token's user is blocked; contact support").withAction(fault.ContactSupport),
	m(403, "The method is deprecated and is occasionally forbidden. Please stop using it", fault.Unsupported, "METHOD_DEPRECATED", false, "move to the method's replacement; calls to it are refused more and more often"),
	m(403, "API for campaign {campaignId} manually disabled", fault.Account, "API_DISABLED_MANUALLY", false, hintDisabled),
	m(403, "API for campaign {campaignId} disabled due to inactivity", fault.Account, "API_DISABLED_INACTIVITY", false, hintDisabled),
	m(403, "API for campaign {campaignId} disabled because there are no active contracts with Market", fault.Account, "API_DISABLED_NO_CONTRACT", false, hintDisabled),
	m(403, "API for campaign {campaignId} disabled because it has no placement program", fault.Account, "API_DISABLED_NO_PLACEMENT", false, hintDisabled),
	m(403, "API for business {businessId} disabled because it has only disabled partners", fault.Account, "API_DISABLED_BUSINESS", false, hintDisabled),
	m(403, "Electronic signature is only available for API token authorization", fault.Auth, "API_KEY_REQUIRED", false, "this method needs an Api-Key token, not OAuth"),

	// 404.
	m(404, "Campaign not found[:] {campaignId}", fault.NotFound, "CAMPAIGN_NOT_FOUND", false, "check the campaign id"),
	m(404, "Login not found: {login}", fault.NotFound, "LOGIN_NOT_FOUND", false, "check the login"),
	m(404, "Model not found: {modelId}", fault.NotFound, "MODEL_NOT_FOUND", false, "check the model id"),
	m(404, "Resource not found", fault.NotFound, "RESOURCE_NOT_FOUND", false, "check the URL and the method version"),

	// 405, 415.
	m(405, "Request method {method} not supported", fault.Unsupported, "METHOD_NOT_ALLOWED", false, "the resource does not support this HTTP method"),
	m(415, "Content type {contentType} not supported", fault.Unsupported, "UNSUPPORTED_CONTENT_TYPE", false, "send Content-Type: application/json"),
	m(415, "Unknown content-type: {contentType}", fault.Unsupported, "UNSUPPORTED_CONTENT_TYPE", false, "send Content-Type: application/json"),
	m(415, "Missing Content-Type", fault.Unsupported, "CONTENT_TYPE_MISSING", false, "send Content-Type: application/json"),

	// 420: limits. Market throttles with 420, never 429.
	m(420, "Hit rate limit of {limit} parallel requests[ for {entity}]", fault.RateLimit, "PARALLEL_LIMIT_EXCEEDED", true, "too many requests at once for this store or cabinet; send fewer in parallel"),
	m(420, "Hit rate limit of {limit} requests per {period} for resource {resource}[ for {entity}]", fault.Quota, "RESOURCE_LIMIT_EXCEEDED", true, hintResource),
	m(420, "Hit rate limit of {limit} points per {period} for resource {resource}[ for {entity}]", fault.Quota, "RESOURCE_LIMIT_EXCEEDED", true, hintResource),
	m(420, "Active reports limit exceeded, limit={limit}", fault.RateLimit, "ACTIVE_REPORTS_LIMIT_EXCEEDED", true, "too many reports are being generated at once; wait for one to finish").withWait(time.Minute),

	// 423: locked.
	m(423, "Business is in migration", fault.Locked, "BUSINESS_MIGRATION_IN_PROGRESS", true, "stores are being moved in this cabinet; try again when the move ends").withWait(15 * time.Minute),
	m(423, "Campaign is in business migration", fault.Locked, "CAMPAIGN_MIGRATION_IN_PROGRESS", true, "the store is moving to another cabinet; try again when the move ends").withWait(15 * time.Minute),
	m(423, "Partner use only default price", fault.Conflict, "DEFAULT_PRICES_ONLY", false, "the cabinet sets one price for all stores; set prices at the cabinet level, not per store"),

	// 503.
	m(503, "Service temporarily unavailable. Please, try again later", fault.Unavailable, "SERVICE_UNAVAILABLE", true, "Market is overloaded; retry later and contact support if it persists").withWait(5 * time.Second),
}

// codeRows classifies a Market code when no message pattern matched. The
// generic codes (BAD_REQUEST, FORBIDDEN, ...) say no more than the status;
// specific ones from the typed enum say more. Market's code alone is not
// reliable, so the status decides where the two disagree.
var codeRows = map[string]wire.Class{
	"UNAUTHORIZED":           wire.C(fault.Auth, "UNAUTHORIZED", false, "the credentials are missing or not accepted; send a valid Api-Key or OAuth token"),
	"FORBIDDEN":              wire.C(fault.Permission, "FORBIDDEN", false, "the credentials do not grant this operation or object"),
	"BAD_REQUEST":            wire.C(fault.Invalid, "BAD_REQUEST", false, "the request is wrong; read the message, fix it and send it again"),
	"NOT_FOUND":              wire.C(fault.NotFound, "NOT_FOUND", false, "check the URL and the ids in the request"),
	"LOCKED":                 wire.C(fault.Locked, "LOCKED", false, "the method cannot be used for this object now; read the message"),
	"INTERNAL_ERROR":         wire.C(fault.Internal, "INTERNAL_ERROR", true, "Market failed; retry later and contact support if it persists"),
	"UNSUPPORTED_MEDIA_TYPE": wire.C(fault.Unsupported, "UNSUPPORTED_MEDIA_TYPE", false, "send Content-Type: application/json"),
	"CAMPAIGN_NOT_FOUND":     wire.C(fault.NotFound, "CAMPAIGN_NOT_FOUND", false, "check the campaign id"),
	"BUSINESS_NOT_FOUND":     wire.C(fault.NotFound, "BUSINESS_NOT_FOUND", false, "check the business id"),
	"PARTNER_NOT_FOUND":      wire.C(fault.NotFound, "PARTNER_NOT_FOUND", false, "check the partner id"),
	"OFFER_NOT_FOUND":        wire.C(fault.NotFound, "OFFER_NOT_FOUND", false, "check the offer id"),
	"ORDER_NOT_FOUND":        wire.C(fault.NotFound, "ORDER_NOT_FOUND", false, "check the order id"),
	"NO_REQUIRED_FIELDS":     wire.C(fault.Invalid, "NO_REQUIRED_FIELDS", false, "add the required fields the message names"),
	"API_DISABLED":           wire.C(fault.Account, "API_DISABLED", false, hintDisabled),
	"REQUEST_LIMIT_EXCEEDED": wire.C(fault.RateLimit, "REQUEST_LIMIT_EXCEEDED", true, "too many requests; slow down and retry later"),
	"SUBSCRIPTION_REQUIRED":  wire.C(fault.Account, "SUBSCRIPTION_REQUIRED", false, "the cabinet's subscription level does not include this; upgrade it or narrow the request"),
}

// messages is the message catalog indexed by first literal word.
var messages = func() *pattern.Index[*messageRow] {
	x := new(pattern.Index[*messageRow])
	for i := range messageRows {
		if err := x.Add(messageRows[i].Pattern, &messageRows[i]); err != nil {
			panic(err) // a catalog typo; caught by every test
		}
	}
	return x
}()
