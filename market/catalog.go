package market

import (
	"time"

	"github.com/yafault/yafault/fault"
	"github.com/yafault/yafault/internal/pattern"
	"github.com/yafault/yafault/internal/wire"
)

// A message row: the documented status, the message pattern ({name}
// placeholders, [optional] parts) and the reason it means. Rows that share
// a reason are wordings of one situation (doc versions drift); what the
// reason means lives once, in reasons.
type messageRow struct {
	Status  int
	Pattern string
	Reason  string
}

// verdicts files classes by their reason.
func verdicts(cs ...wire.Class) map[string]wire.Class {
	m := make(map[string]wire.Class, len(cs))
	for _, c := range cs {
		if _, dup := m[c.Reason]; dup {
			panic("market: reason " + c.Reason + " defined twice") // caught by every test
		}
		m[c.Reason] = c
	}
	return m
}

// verdictOf returns what a reason means: the catalog's verdict, or the
// status fallback's for a reason they share; ok is false for a reason
// neither knows.
func verdictOf(reason string) (wire.Class, bool) {
	if c, ok := reasons[reason]; ok {
		return c, true
	}
	return wire.StatusReason(reason)
}

// mustVerdict returns a catalogued reason's verdict.
func mustVerdict(reason string) wire.Class {
	c, ok := verdictOf(reason)
	if !ok {
		panic("market: reason " + reason + " is not in the catalog") // caught by every test
	}
	return c
}

const (
	hintReauth   = "get a new token and send it in the right header"
	hintAPIKey   = "check the Api-Key token as sent; if it is right, issue a new one in the cabinet"
	hintResource = "the method's quota for this period is spent; it is usable again at X-RateLimit-Resource-Until"
	hintDisabled = "a person must fix the store or cabinet in the seller's account; API access returns about a minute after (check apiAvailability in GET v2/campaigns)"
)

// messageRows is the Market message catalog: the documented error messages
// of the error-codes page, the limits and access pages and the OpenAPI spec.
// Reason ids follow the reference table (market-messages.tsv).
//
// Where it departs from the table's proposed class, and why:
//   - the resource quota 420 (Hit rate limit of N requests per period for
//     resource R) is Quota, not RateLimit: a per-period budget that refills
//     at X-RateLimit-Resource-Until, where retrying sooner only fails again.
//     The parallel-requests 420 stays RateLimit.
//   - conflict/locked splits: 423 migrations are Locked (a vendor process
//     holds the object and releases it); everything else is Conflict, since
//     waiting does not change it. Partner use only default price is Conflict
//     and not retryable, whatever its 423.
//   - Failed to upload photos is Unavailable and retryable after a minute:
//     Market failed to fetch the files, not the request's form.
//   - BUSINESS_ID_MISMATCH is Invalid even under 403: the request's ids
//     disagree with its X-Business-Id header; UNKNOWN_CATEGORY is NotFound
//     under 400 as under 404; the 400 DEFAULT_PRICES_ONLY is Conflict like
//     the 423 one: rows that share a reason share a verdict.
//
// reasons holds what each Market reason means: one verdict and one hint.
// The message rows, the codes and the per-item codes point at them; a
// reason shared with the status fallbacks (SERVICE_UNAVAILABLE,
// REQUEST_TOO_LARGE, BAD_REQUEST, ...) means what wire.StatusClass says.
var reasons = verdicts(
	wire.C(fault.Unsupported, "CAMPAIGN_TYPE_NOT_ALLOWED", false, "the method does not support this store's placement model; use the method for your model"),
	wire.C(fault.Invalid, "FIELD_EMPTY", false, "send a non-empty value; a list needs at least one element"),
	wire.C(fault.Permission, "CONTRACT_WITH_AGENCY", false, "closing documents for this contract come from your agency; ask it").WithAction(fault.None),
	wire.C(fault.Invalid, "INVALID_STATUS_FILTER", false, "use a valid order status in the filter"),
	wire.C(fault.Invalid, "INVALID_JSON", false, "the body is not valid JSON; fix its syntax"),
	wire.C(fault.Invalid, "PAGE_LIMIT_EXCEEDED", false, "the page size (limit) is too large; ask for fewer items per page. This is not a rate limit"),
	wire.C(fault.Invalid, "FIELD_REQUIRED", false, "add the required field or parameter the message names"),
	wire.C(fault.Permission, "OUTLET_EDIT_DISABLED", false, "the outlet is locked because delivery to Market pick-up points was refused; support can re-enable it").WithAction(fault.ContactSupport),
	wire.C(fault.Invalid, "INVALID_COUNTRY_CODE", false, "send a two-letter ISO 3166-1 alpha-2 country code"),
	wire.C(fault.Invalid, "DATE_RANGE_TOO_LONG", false, "narrow the date range to the maximum the message gives, or split it into several requests"),
	wire.C(fault.Invalid, "INVALID_ENCODING", false, "send the body in UTF-8 and check its syntax"),
	wire.C(fault.Invalid, "FIELD_OUT_OF_RANGE", false, "send a value, or a length, inside the limits the message gives"),
	wire.C(fault.Invalid, "FIELD_SCALE_TOO_HIGH", false, "send the value with fewer decimal places"),
	wire.C(fault.Invalid, "FIELD_PATTERN_MISMATCH", false, "send a value that matches the pattern the message gives"),
	wire.C(fault.Invalid, "FIELD_TOO_SMALL", false, "send a value at or above the minimum the message gives"),
	wire.C(fault.Invalid, "FIELD_TOO_LARGE", false, "send a value at or below the maximum"),
	wire.C(fault.Invalid, "FIELD_SIZE_OUT_OF_RANGE", false, "send a number of items inside the range"),
	wire.C(fault.Invalid, "FIELD_LENGTH_OUT_OF_RANGE", false, "send a value whose length is inside the range"),
	wire.C(fault.Invalid, "BODY_REQUIRED", false, "the method needs a request body"),
	wire.C(fault.Invalid, "PARAM_REQUIRED", false, "add the parameter the message names"),
	wire.C(fault.Invalid, "INVALID_BODY", false, "the body is malformed, cut short, or has a value of the wrong type at the path the message gives; send a complete, valid document"),
	wire.C(fault.Invalid, "TYPE_MISMATCH", false, "send the value with the documented type"),
	wire.C(fault.Invalid, "BAD_PAGE_TOKEN", false, "start paging again without page_token, or pass the token the previous page returned"),
	wire.C(fault.Invalid, "INVALID_BUSINESS_ID_HEADER", false, "X-Business-Id must be the cabinet's numeric id"),
	wire.C(fault.Conflict, "SHIPMENT_CUTOFF_NOT_REACHED", true, "the shipment cannot be confirmed before its cutoff time; try again after it").WithWait(10*time.Minute).Refuse("a 400: Market refused the confirmation, which it allows after the cutoff time"),
	wire.C(fault.Conflict, "SHIPMENT_TRANSFER_IN_PROGRESS", true, "orders are still being moved out of the shipment, which takes up to 30 minutes; then try again").WithWait(5*time.Minute).Refuse("a 400: Market refused the call while the orders move, and asks to repeat it"),
	wire.C(fault.RateLimit, "PROMO_SINGLE_OFFER_RATE_LIMIT", true, "batch several offerIds per promoId instead of one request per offer").WithWait(time.Minute).Refuse("a 400 rate limit: the update was turned away"),
	wire.C(fault.Invalid, "OFFER_MAPPING_NOT_FOUND", false, "the SKU is not mapped to an offer of this store; map it first or drop it"),
	wire.C(fault.Conflict, "ORDER_STATUS_TRANSITION_FORBIDDEN", false, "the order cannot move from its current status to the one requested; check the order status model"),
	wire.C(fault.Unsupported, "UNSUPPORTED_CONTENT_TYPE", false, "send Content-Type: application/json"),
	wire.C(fault.Invalid, "FIELD_NULL_ELEMENT", false, "remove the null elements from the list"),
	wire.C(fault.Invalid, "BUSINESS_ID_MISMATCH", false, "the business id in the URL or body and the X-Business-Id header must name the same cabinet"),
	wire.C(fault.Conflict, "ORDER_ACTION_NOT_ALLOWED", false, "the order's status and substatus do not allow this action; check the order's current state first"),
	wire.C(fault.Conflict, "ORDER_ITEMS_FROZEN", false, "items cannot change once the order is READY_TO_SHIP"),
	wire.C(fault.Conflict, "RETURN_NOT_ALLOWED", false, "a return can be created only for an order in a status that allows it (delivered)"),
	wire.C(fault.Invalid, "ADDRESS_NOT_RESOLVED", false, "Market could not place the address on the map; send it in full"),
	wire.C(fault.Conflict, "CANCELLATION_SUBSTATUS_NOT_ALLOWED", false, "use a cancellation substatus allowed for the order's status and your role"),
	wire.C(fault.Conflict, "EXTERNAL_ID_ALREADY_SET", false, "the order's external id is set already; do not send it again"),
	wire.C(fault.Invalid, "DELIVERY_DATE_IN_FUTURE", false, "a real delivery date cannot be later than today"),
	wire.C(fault.Conflict, "DELIVERY_DATES_NOT_EDITABLE", false, "delivery dates of this delivery type cannot be changed"),
	wire.C(fault.Invalid, "DELIVERY_DATE_SHIFT_LIMIT", false, "move the delivery date by no more days than the limit"),
	wire.C(fault.Conflict, "DELIVERY_DATE_EDIT_LIMIT", false, "the delivery dates were changed as often as allowed; no more changes are possible"),
	wire.C(fault.Unavailable, "PHOTO_UPLOAD_FAILED", true, "Market could not fetch the photos; check that their URLs are public, then retry").WithWait(time.Minute).Refuse("a 400: the request failed as a whole (offer updates apply nothing when one fails, the offer-mappings page)"),
	wire.C(fault.Invalid, "INVALID_CIS", false, "fix or replace the item's marking code (CIS) as the reason says: the message of a refused request, the substatus of a failed check"),
	wire.C(fault.Invalid, "INVALID_BOX_LAYOUT", false, "fix the box layout as the listed violations say"),
	wire.C(fault.Conflict, "ORDER_WRONG_STATUS", false, "the order is not in the status this call needs (usually PROCESSING); check its status first"),
	wire.C(fault.Conflict, "RETURN_ALREADY_EXISTS", false, "the return exists already; a repeated request can be treated as done"),
	wire.C(fault.Invalid, "DELIVERY_DATE_UNCHANGED", false, "send dates that differ from the current ones"),
	wire.C(fault.Unsupported, "NOT_BUSINESS_BUYER", false, "the buyer is a person, not a business; this call applies to business buyers only"),
	wire.C(fault.Conflict, "NOT_ENOUGH_STOCK", false, "the listed offers lack stock; update stocks or drop them"),
	wire.C(fault.Invalid, "OFFERS_NOT_FOUND", false, "check the offer ids (SKUs) against the catalog"),
	wire.C(fault.Conflict, "ORDER_IN_CANCELLATION", false, "the order is being cancelled; it cannot be changed"),
	wire.C(fault.Conflict, "ORDER_IN_TERMINAL_STATE", false, "the order is finished (delivered or cancelled); it cannot be changed"),
	wire.C(fault.Conflict, "ORDER_ALREADY_EXISTS", false, "an order with this external id exists already; use a new id or treat the repeat as done"),
	wire.C(fault.Invalid, "DATE_RANGE_INVERTED", false, "the start of the range must come before its end"),
	wire.C(fault.Unsupported, "ORDER_NOT_DIGITAL", false, "this call applies to digital orders only"),
	wire.C(fault.Invalid, "DELIVERY_DATE_OUT_OF_RANGE", false, "the real delivery date must lie between the order's creation and today"),
	wire.C(fault.Permission, "ORDER_STATUS_CHANGE_FORBIDDEN", false, "your role may not change the order's status this way"),
	wire.C(fault.Invalid, "ORDER_STATUS_NOT_ALLOWED", false, "use an order status this call accepts"),
	wire.C(fault.Invalid, "INVALID_DELIVERY_INTERVAL", false, "fetch the order's current delivery intervals and pick one of them"),
	wire.C(fault.Invalid, "INVALID_RETURN_COUNT", false, "fix the item counts of the return"),
	wire.C(fault.Conflict, "SHIPMENT_NOT_READY", true, "there is no shipment to build the act for yet; try again once it exists").WithWait(10*time.Minute).Refuse("a 400: there was nothing to act on yet"),
	wire.C(fault.Conflict, "SHIPMENT_NO_PROCESSED_ORDERS", true, "move the shipment's orders to READY_TO_SHIP, then try again").WithWait(10*time.Minute).Refuse("a 400: there was nothing to act on yet"),
	wire.C(fault.Conflict, "SHIPMENT_NOT_CONFIRMED", false, "confirm the shipment before this call"),
	wire.C(fault.Conflict, "SHIPMENT_INVALID_ORDERS", false, "fix or move the listed orders out of the shipment"),
	wire.C(fault.Conflict, "SHIPMENT_EMPTY", false, "add orders to the shipment first"),
	wire.C(fault.Conflict, "SHIPMENT_ALREADY_CONFIRMED", false, "the shipment is confirmed already; do not confirm it again"),
	wire.C(fault.Conflict, "SHIPMENT_ORDERS_NOT_PROCESSED", false, "move the listed orders to READY_TO_SHIP, then try again"),
	wire.C(fault.Invalid, "DISCOUNT_BASE_TOO_LOW", false, "the price before discount must be higher than the price"),
	wire.C(fault.Invalid, "DUPLICATE_OFFER", false, "each offer may appear once in a request; remove the repeats"),
	wire.C(fault.Invalid, "MISSING_OFFER_ID", false, "every item needs an offerId"),
	wire.C(fault.Invalid, "MISSING_PRICE", false, "send a price value for the offer"),
	wire.C(fault.Invalid, "INVALID_DISCOUNT", false, "the discount must lie in the range the message gives"),
	wire.C(fault.Invalid, "INVALID_CURRENCY", false, "use a currency the cabinet and method support"),
	wire.C(fault.Invalid, "INVALID_VAT", false, "use a VAT rate from the documented list"),
	wire.C(fault.Invalid, "VAT_NOT_SUPPORTED", false, "use a VAT rate that the tax system accepts now"),
	wire.C(fault.Invalid, "PARAMETER_DELETE_AND_SET", false, "either delete the parameter or set it, not both"),
	wire.C(fault.Invalid, "FIELD_EMPTY_LIST_ITEM", false, "remove the empty values from the list"),
	wire.C(fault.Invalid, "INVALID_WEIGHT_DIMENSIONS", false, "weight and dimensions must be greater than zero"),
	wire.C(fault.Invalid, "DUPLICATE_SKU", false, "each SKU may appear once per warehouse"),
	wire.C(fault.Invalid, "STOCK_DATE_IN_FUTURE", false, "the stock's updatedAt cannot be in the future"),
	wire.C(fault.Invalid, "STOCK_DATE_TOO_OLD", false, "send a stock updatedAt within the last day"),
	wire.C(fault.Invalid, "OUTLET_DELIVERY_RANGE_TOO_WIDE", false, "narrow the outlet's delivery period"),
	wire.C(fault.Invalid, "INVALID_OUTLET", false, "fix the outlet data as the message lists"),
	wire.C(fault.Conflict, "OUTLET_ALREADY_EXISTS", false, "an outlet with this code exists; use another code or update the existing outlet"),
	wire.C(fault.Invalid, "INVALID_OUTLET_REGION", false, "use a town or city region for the outlet"),
	wire.C(fault.Invalid, "INVALID_COORDINATES", false, "send the outlet's coordinates as 'longitude, latitude'"),
	wire.C(fault.Invalid, "CATEGORY_NOT_LEAF", false, "use a leaf category (one without subcategories)"),
	wire.C(fault.NotFound, "UNKNOWN_CATEGORY", false, "check the category ids against the category tree"),
	wire.C(fault.Invalid, "INVALID_PAYOUT_PARAMS", false, "use a payout frequency and delay combination the method lists"),
	wire.C(fault.Conflict, "PROMO_ENDED", false, "the promo is over; choose an active one"),
	wire.C(fault.Invalid, "PARAMS_MUTUALLY_EXCLUSIVE", false, "send only one of the parameters the message names"),
	wire.C(fault.Conflict, "DEFAULT_PRICES_ONLY", false, "the cabinet uses one price for all stores; work with prices at the cabinet (business) level, not per store"),
	wire.C(fault.Account, "SUBSCRIPTION_REQUIRED", false, "the cabinet's subscription does not include this (data older than 90 days needs one); upgrade it or narrow the request"),
	wire.C(fault.Invalid, "DATE_TOO_OLD", false, "ask for data from the last 400 days only"),
	wire.C(fault.Conflict, "DUPLICATE_COMMENT", false, "the same comment was sent already; do not send it again"),
	wire.C(fault.Invalid, "ILLEGAL_URL_IN_COMMENT", false, "remove links from the comment"),
	wire.C(fault.Unsupported, "ENTITY_NOT_EDITABLE", false, "questions cannot be edited; edit answers or comments"),
	wire.C(fault.Invalid, "INVALID_PARENT_ENTITY", false, "reply to an answer, not to a comment"),
	wire.C(fault.Auth, "API_KEY_INVALID", false, hintAPIKey),
	wire.C(fault.Auth, "API_KEY_REVOKED", false, "the Api-Key token was deleted; issue a new one in the cabinet"),
	wire.C(fault.Auth, "API_KEY_MISSING", false, "send the token in the Api-Key header"),
	wire.C(fault.Auth, "API_KEY_MALFORMED", false, "send the Api-Key value alone, as issued (no Bearer prefix); if it is right, issue a new one in the cabinet"),
	wire.C(fault.Auth, "AUTH_HEADER_INVALID", false, "send the OAuth token in the Authorization header, after the word Bearer"),
	wire.C(fault.Auth, "CREDENTIALS_MISSING", false, "send an Api-Key header or an Authorization header with an OAuth token"),
	wire.C(fault.Auth, "OAUTH_CREDENTIALS_MISSING", false, "send the OAuth token in the Authorization header, after the word Bearer"),
	wire.C(fault.Auth, "OAUTH_TOKEN_MISSING", false, "send the OAuth token in the Authorization header, after the word Bearer"),
	wire.C(fault.Auth, "OAUTH_CLIENT_ID_MISSING", false, "the legacy OAuth header needs oauth_client_id; better, switch to an Api-Key token"),
	wire.C(fault.Auth, "AUTH_SCHEME_UNSUPPORTED", false, "use the Bearer scheme for OAuth tokens, or the Api-Key header"),
	wire.C(fault.Permission, "ACCESS_DENIED", false, "check the resource ids and that the token's user has rights to them"),
	wire.C(fault.Account, "API_DISABLED_INACTIVITY", false, hintDisabled),
	wire.C(fault.Account, "API_ACCESS_DENIED", false, "API access is closed for this seller; ask your agency to open it"),
	wire.C(fault.Permission, "SIGNER_NOT_FOUND", false, "name a login that belongs to the cabinet or store"),
	wire.C(fault.Permission, "SIGNER_NO_ROLE", false, "name a login with the rights to sign documents"),
	wire.C(fault.Auth, "OAUTH_TOKEN_REVOKED", false, "the user signed out everywhere in Yandex ID; get a new OAuth token"),
	wire.C(fault.Auth, "OAUTH_TOKEN_INVALID", false, "the OAuth token expired or was revoked; get a new one (a dead Api-Key is a 401, a dead OAuth token a 403)"),
	wire.C(fault.Account, "API_DISABLED_BUSINESS", false, hintDisabled),
	wire.C(fault.Auth, "OAUTH_SCOPE_INVALID", false, "the token was issued to an app without Market access; get a token through an app with market:partner-api"),
	wire.C(fault.Auth, "OAUTH_CLIENT_ID_INVALID", false, "the oauth_client_id does not match the token; fix it or switch to an Api-Key token"),
	wire.C(fault.Unsupported, "METHOD_NOT_SUPPORTED_FOR_SELLER_TYPE", false, "this method is not available to Market Yandex Go sellers"),
	wire.C(fault.Permission, "INSUFFICIENT_SCOPE", false, "give the Api-Key token one of the access groups the method needs, or issue one that has it"),
	wire.C(fault.Account, "USER_DISABLED", false, "the token's user is blocked; contact support").WithAction(fault.ContactSupport),
	wire.C(fault.Unsupported, "METHOD_DEPRECATED", false, "move to the method's replacement; calls to it are refused more and more often"),
	wire.C(fault.Account, "API_DISABLED_MANUALLY", false, hintDisabled),
	wire.C(fault.Account, "API_DISABLED_NO_CONTRACT", false, hintDisabled),
	wire.C(fault.Account, "API_DISABLED_NO_PLACEMENT", false, hintDisabled),
	wire.C(fault.Auth, "API_KEY_REQUIRED", false, "this method needs an Api-Key token, not OAuth"),
	wire.C(fault.Permission, "CAMPAIGN_ACCESS_DENIED", false, "the listed campaigns are not yours to use; pass your own campaign ids"),
	wire.C(fault.NotFound, "CAMPAIGN_NOT_FOUND", false, "check the campaign id"),
	wire.C(fault.NotFound, "LOGIN_NOT_FOUND", false, "check the login"),
	wire.C(fault.NotFound, "MODEL_NOT_FOUND", false, "check the model id"),
	wire.C(fault.NotFound, "RESOURCE_NOT_FOUND", false, "check the object id, the URL and the method version"),
	wire.C(fault.NotFound, "REPORT_NOT_FOUND", false, "check the report id; generated reports expire"),
	wire.C(fault.NotFound, "BOX_NOT_FOUND", false, "check the box id"),
	wire.C(fault.NotFound, "ORDER_NOT_FOUND", false, "check the order id and the campaign it belongs to"),
	wire.C(fault.NotFound, "CHAT_NOT_FOUND", false, "check the chat id"),
	wire.C(fault.NotFound, "MESSAGE_NOT_FOUND", false, "check the message and chat ids"),
	wire.C(fault.NotFound, "FEEDBACK_NOT_FOUND", false, "check the feedback ids"),
	wire.C(fault.NotFound, "BOXES_NOT_FOUND", false, "set the order's boxes before this call"),
	wire.C(fault.NotFound, "OUTLET_NOT_FOUND", false, "check the outlet id"),
	wire.C(fault.NotFound, "REGION_NOT_FOUND", false, "check the region id"),
	wire.C(fault.NotFound, "RETURN_NOT_FOUND", false, "check the return and order ids"),
	wire.C(fault.NotFound, "SHIPMENT_NOT_FOUND", false, "check the shipment id"),
	wire.C(fault.NotFound, "SUPPLY_REQUEST_NOT_FOUND", false, "check the supply request id"),
	wire.C(fault.Unsupported, "METHOD_NOT_ALLOWED", false, "the resource does not support this HTTP method"),
	wire.C(fault.Unsupported, "CONTENT_TYPE_MISSING", false, "send Content-Type: application/json"),
	wire.C(fault.RateLimit, "PARALLEL_LIMIT_EXCEEDED", true, "too many requests at once for this store or cabinet; send fewer in parallel").Refuse("a request over the parallel limit is turned away with 420 (the limits page)"),
	wire.C(fault.Quota, "RESOURCE_LIMIT_EXCEEDED", true, hintResource).WithWait(time.Minute).Refuse("a request over the method's quota is turned away with 420 until X-RateLimit-Resource-Until (the error-codes page)"),
	wire.C(fault.RateLimit, "ACTIVE_REPORTS_LIMIT_EXCEEDED", true, "too many reports are being generated at once; wait for one to finish").WithWait(time.Minute).Refuse("the report was not started: too many were being generated"),
	wire.C(fault.Locked, "BUSINESS_MIGRATION_IN_PROGRESS", true, "stores are being moved in this cabinet; try again when the move ends").WithWait(15*time.Minute).Refuse("423: the cabinet is locked while stores move, so nothing was changed"),
	wire.C(fault.Locked, "CAMPAIGN_MIGRATION_IN_PROGRESS", true, "the store is moving to another cabinet; try again when the move ends").WithWait(15*time.Minute).Refuse("423: the store is locked while it moves, so nothing was changed"),
	// Codes that no message row names.
	wire.C(fault.NotFound, "BUSINESS_NOT_FOUND", false, "check the business id"),
	wire.C(fault.NotFound, "PARTNER_NOT_FOUND", false, "check the partner id"),
	wire.C(fault.NotFound, "OFFER_NOT_FOUND", false, "check the offer id"),
	wire.C(fault.Invalid, "NO_REQUIRED_FIELDS", false, "add the required fields the message names"),
	wire.C(fault.Account, "API_DISABLED", false, hintDisabled),
	wire.C(fault.RateLimit, "REQUEST_LIMIT_EXCEEDED", true, "too many requests; slow down and retry later").
		Refuse("a request over a limit is turned away with 420 (the limits page)"),
	// Per-item codes.
	wire.C(fault.Conflict, "OFFER_HAS_STOCKS", false, "an offer with stock cannot be archived; zero its stock first"),
	wire.C(fault.NotFound, "OFFER_DOES_NOT_EXIST", false, "check the offer id"),
	// Per-item statuses (itemStatuses).
	wire.C(fault.Unavailable, "CIS_CHECK_FAILED", false, "Market could not check the marking code; send the order's codes again later, or remove this one").WithAction(fault.FixRequest),
	wire.C(fault.Conflict, "CIS_NOT_ON_VALIDATION", false, "the marking code was not sent for a check (codes of DBS orders are not checked); if the order needs checked codes, send them again").WithAction(fault.None),
	wire.C(fault.Invalid, "EAC_CODE_REJECTED", false, "the confirmation code is wrong; check it with the courier and send it again (attemptsLeft says how many tries remain before Market sends a new code)"),
	wire.C(fault.Unknown, "OPERATION_FAILED", false, "the operation ended with an error and Market did not say why; read the order or return to see its state, and start the change again if it is still needed"),
	wire.C(fault.Unknown, "OPERATION_IN_PROGRESS", false, "the operation is still running; ask for its status again later"),
	wire.C(fault.Conflict, "UIN_NOT_ON_VALIDATION", false, "the UIN was not sent for a check, or the order lacks some of its UINs; send a UIN for every jewellery item of the order").WithAction(fault.None),

	// Reasons of the typed error codes (ApiErrorCodeType) that no documented
	// message has; codeList gives the evidence for each.
	wire.C(fault.Invalid, "INVALID_FEED_ID", false, "drop the feedId or send a feed id that belongs to this store; feeds are gone from the current API"),
	wire.C(fault.Invalid, "INVALID_WAREHOUSE_ID", false, "use a warehouse id returned by the warehouses method for this store or cabinet"),
	wire.C(fault.Conflict, "GROUPED_WAREHOUSE", false, "the warehouse is in a warehouse group; send stocks for just one warehouse of the group, using the id the warehouses method gives for it"),
	wire.C(fault.Invalid, "INVALID_TTL", false, "send a hiding period in hours within the allowed range (it was 1 to 720)"),
	wire.C(fault.Invalid, "INVALID_COMMENT", false, "shorten or fix the comment; the hidden-offer comment allowed at most 100 characters"),
	wire.C(fault.Invalid, "NON_POSITIVE_LIMIT", false, "send a limit of 1 or more"),
	wire.C(fault.Invalid, "INVALID_OFFER_ID", false, "fix the offer id (SKU): keep it within the allowed length and use only permitted printable characters"),
	wire.C(fault.Invalid, "INVALID_SHOP_SKU", false, "correct the shop SKU value of the item"),
	wire.C(fault.Invalid, "AMBIGUOUS_OFFER", false, "identify the offer unambiguously, by one identifier that matches a single product"),
	wire.C(fault.Invalid, "FORBIDDEN_FIELD_DEFINITION", false, "remove the field the message names; it may not be set here"),
	wire.C(fault.Invalid, "PROBLEMS_IN_OTHER_OFFERS", false, "this item is fine; fix the other items in the batch and send the whole request again"),
	wire.C(fault.Invalid, "AMBIGUOUS_FIELD_DEFINITION", false, "set the field only once, in one way"),
	wire.C(fault.Invalid, "INVALID_PHONE_FORMAT", false, "send the phone number in the documented format"),
	wire.C(fault.Invalid, "INVALID_TIME_FORMAT", false, "send times as HH:MM with valid hours and minutes"),
	wire.C(fault.Invalid, "COULD_NOT_FIND_COORDS", false, "Market could not locate the address; send the outlet coordinates or a fuller address"),
	wire.C(fault.NotFound, "ITEM_NOT_FOUND", false, "use item ids from this order"),
	wire.C(fault.Invalid, "INVALID_ITEM", false, "fix the item data as the message says"),
	wire.C(fault.Invalid, "ITEM_DUPLICATE", false, "list each order item only once"),
	wire.C(fault.Conflict, "ITEM_SHIPPED", false, "the item has already been shipped and cannot be changed"),
	wire.C(fault.Unsupported, "ITEMS_ADDITION_NOT_SUPPORTED", false, "you can only remove items or lower counts; an order cannot be enlarged"),
	wire.C(fault.Conflict, "CANNOT_REMOVE_LAST_ITEM", false, "the last item cannot be removed; cancel the order with reason SHOP_FAILED instead"),
	wire.C(fault.Conflict, "OTHER_REMOVE_ITEM_ERROR", false, "the item cannot be removed; read the message, and cancel the order if it cannot be fulfilled"),
	wire.C(fault.Conflict, "TRACK_CODE_ALREADY_USED", false, "this track number is already used for that delivery service; send the right one"),
	wire.C(fault.Invalid, "TOO_MANY_CISES_FOR_ITEM", false, "send no more marking codes than the item count"),
	wire.C(fault.Invalid, "TOO_FEW_CISES_FOR_ITEM", false, "send a marking code for every unit of the item"),
	wire.C(fault.Invalid, "DUPLICATE_CIS", false, "each marking code may be sent only once"),
	wire.C(fault.Invalid, "TOO_MANY_UINS_FOR_ITEM", false, "send no more UINs than the item count"),
	wire.C(fault.Invalid, "TOO_FEW_UINS_FOR_ITEM", false, "send a UIN for every unit of the jewellery item"),
	wire.C(fault.Invalid, "INVALID_UIN", false, "fix the UIN: it must exist, not be blocked and belong to this store, and the store must be connected to the jewellery register (GIIS DMDK); a check's substatus says which failed"),
	wire.C(fault.Locked, "UIN_VALIDATION_IN_PROGRESS_ERROR", true, "UIN checks are still running; wait a little and send the request again").WithWait(time.Minute).Refuse("the UIN check had not finished, so Market turned the request away (the code asks to wait; the spec's UinStatusType has IN_PROGRESS)"),
	wire.C(fault.Locked, "CIS_VALIDATION_IN_PROGRESS_ERROR", true, "marking-code checks are still running; wait a little and send the request again").WithWait(time.Minute).Refuse("the marking-code check had not finished, so Market turned the request away (the code asks to wait; the spec's CisStatusType has IN_PROGRESS)"),
	wire.C(fault.Invalid, "INVALID_RNPT", false, "fix the RNPT (batch registration number) of the item"),
	wire.C(fault.Invalid, "INVALID_GTD", false, "fix the customs declaration (GTD) number"),
	wire.C(fault.Invalid, "COUNTRY_CODE_AND_GTD_ARE_REQUIRED_VALIDATION_ERROR", false, "send both the country of origin and the GTD number for this item"),
	wire.C(fault.Invalid, "DUPLICATE_UIN", false, "each UIN may be sent only once"),
	wire.C(fault.Conflict, "DELETED_ITEMS_EXCEEDS_THRESHOLD", false, "too large a share of the order would be removed; cancel the order instead"),
	wire.C(fault.Conflict, "PROMO_PROHIBITS_DELETE", false, "items added under a promotion cannot be removed; cancel the order if needed"),
	wire.C(fault.Conflict, "PAYMENT_PROHIBITS_DELETE", false, "the order's payment method does not allow removing items; cancel the order if needed"),
	wire.C(fault.Invalid, "INCORRECT_INN", false, "check the taxpayer number (INN) you sent"),
	wire.C(fault.Invalid, "CONSTRAINT_VIOLATION", false, "fill in the product fields the message names (for example country of manufacture or URL)"),
	wire.C(fault.Invalid, "DUPLICATE_MARKET_SKU", false, "use each Market SKU only once in the request"),
	wire.C(fault.NotFound, "INVALID_MARKET_SKU", false, "check the Market SKU; no such card exists"),
	wire.C(fault.Invalid, "INVALID_MAPPING", false, "fix the link between your product and the Market card"),
	wire.C(fault.Invalid, "UNKNOWN_PARAMETER", false, "remove the parameter or characteristic Market does not know for this category"),
	wire.C(fault.Invalid, "INVALID_QUERY_PARAMETER", false, "fix the query-string parameter the message names"),
	wire.C(fault.Invalid, "BAD_OFFERS", false, "some offers in the request are not acceptable; fix or remove the ones the message lists"),
	wire.C(fault.Invalid, "INVALID_ORDER_BEFORE", false, "send orderBefore as a valid hour of the day"),
	wire.C(fault.Conflict, "SUBSTATUS_NOT_ALLOWED", false, "use a substatus allowed for the order's current status"),
	wire.C(fault.Conflict, "USER_UNREACHABLE_NOT_ALLOWED", false, "you cannot cancel as USER_UNREACHABLE until the call conditions are met; call the buyer as required first"),
	wire.C(fault.Invalid, "CANT_DELIVER_ORDER_TO_ADDRESS", false, "delivery to this address is not possible; give another address or delivery method"),
	wire.C(fault.Conflict, "PICKUP_EXPIRED_CANCELLATION_FORBIDDEN", false, "the order can no longer be cancelled this way after its pickup storage period ended"),
	wire.C(fault.Conflict, "CODE_NEED_BE_REFRESHED", false, "too many wrong attempts; Market will issue a new confirmation code, use that one"),
	wire.C(fault.Conflict, "CODE_ALREADY_ACCEPTED", false, "the confirmation code was already accepted; nothing more to do").WithAction(fault.None),
	wire.C(fault.Invalid, "NO_EMAIL", false, "an e-mail address is needed for this operation and none is available; supply one"),
	wire.C(fault.Conflict, "PROMO_ENTRY_DEADLINE_EXCEEDED", false, "the deadline to join or change this promotion has passed"),
	wire.C(fault.Unsupported, "PROMO_MECHANICS_NOT_SUPPORTED", false, "this kind of promotion cannot be managed through the API; use the seller cabinet"),
	wire.C(fault.NotFound, "DOCUMENT_NOT_FOUND", false, "check the document id; the document may not exist yet"),
	wire.C(fault.Conflict, "EXTERNAL_ORDER_ID_UPDATE_ERROR", false, "the external order id cannot be set now; read the message (it may already be set, or the status is too late)"),
	wire.C(fault.Invalid, "DECLINE_REASON_ARE_REQUIRED_ERROR", false, "when you decline, also send the reason"),
	wire.C(fault.NotFound, "CONTRACT_NOT_FOUND", false, "no matching contract was found; check the contract type and period you asked for"),
	wire.C(fault.Invalid, "INVALID_DELIVERY_OPTION", false, "get current delivery options and pick one of them"),
	wire.C(fault.Conflict, "ORDER_MODIFICATION_NOT_ALLOWED", false, "the order can no longer be changed in its current state"),
	wire.C(fault.Unsupported, "DELIVERY_TAX_INFO_NO_DBS_PARTNER", false, "delivery tax data can be sent only by DBS stores"),
	wire.C(fault.Conflict, "DELIVERY_TAX_INFO_INCORRECT_ORDER_STATUS", false, "delivery tax data cannot be sent in the order's current status"),
	wire.C(fault.Unsupported, "DELIVERY_TAX_INFO_TAX_SYSTEM_IS_NOT_SUPPORTED", false, "the store's tax system is not supported for delivery tax data"),
	wire.C(fault.Unsupported, "DELIVERY_TAX_INFO_INCORRECT_DELIVERY_SERVICE", false, "delivery tax data cannot be sent for this order's delivery service"),
	wire.C(fault.Invalid, "DELIVERY_TAX_INFO_INCORRECT_REQUEST", false, "fix the delivery tax data in the request"),
	wire.C(fault.Invalid, "INVALID_RETURN_OFFERS", false, "return only products and quantities that were in the delivered order"),
	wire.C(fault.Invalid, "INVALID_DELIVERY_TYPE", false, "this delivery type is not allowed for the operation; choose one it supports"),
	wire.C(fault.Invalid, "INVALID_RETURN_REASON", false, "use a return reason and sub-reason pair from the documented list"),
	wire.C(fault.Unsupported, "RESTRICTED_BY_MARKETPLACE_REGION", false, "this is not available in your store's marketplace region"),
	wire.C(fault.Conflict, "ORDER_EDIT_ERROR", false, "the order change was refused; read the message for the cause"),
	wire.C(fault.Account, "ADVERTISER_STATUS_MISMATCH", false, "the cabinet's advertiser status does not allow this; check it in the seller cabinet"),
	wire.C(fault.Permission, "RESTRICTED_FOR_ADVERTISER", false, "this is closed for your advertiser account"),
	wire.C(fault.Conflict, "CIS_HANDLE_MODE_RESTRICTION", false, "the item's marking-code handling mode does not allow this; check how codes are handled for it"),
	wire.C(fault.NotFound, "OFFER_NOT_MATCHED", false, "the offer is not matched to a Market card; link it first"),
	wire.C(fault.Invalid, "INVALID_BID_VALUE", false, "send a bid within the allowed range and format"),
	wire.C(fault.Unsupported, "NOT_SUPPORTED_BY_DELIVERY_SERVICE", false, "the order's delivery service does not allow removing items; cancel the order if needed"),
	wire.C(fault.Invalid, "INVALID_FEED_REPARSE_INTERVAL_MINUTES", false, "send one positive reparse interval within the allowed range"),
)

var messageRows = []messageRow{

	// 400: request content.
	{400, "Campaign type is not allowed[. Allowed campaign types: {campaignTypes}]", "CAMPAIGN_TYPE_NOT_ALLOWED"},
	{400, "Collection of field must not be empty", "FIELD_EMPTY"},
	{400, "{field} must not be empty[ (rejected value: {value})]", "FIELD_EMPTY"},
	{400, "Contract with type MARKETING was signed with the agency", "CONTRACT_WITH_AGENCY"},
	{400, "Invalid status: {status}", "INVALID_STATUS_FILTER"},
	{400, "JSON: {message}", "INVALID_JSON"},
	{400, "Limit exceeded", "PAGE_LIMIT_EXCEEDED"},
	{400, "Parameter limit must be less than or equal to {maxLimit} (rejected value: {limit})", "PAGE_LIMIT_EXCEEDED"},
	{400, "Missing field", "FIELD_REQUIRED"},
	{400, "{field} must not be null[ (rejected value: null)]", "FIELD_REQUIRED"},
	{400, "Outlet is disabled for editing by partner", "OUTLET_EDIT_DISABLED"},
	{400, "String {value} is not a valid country code according to ISO 3166-1 alpha-2", "INVALID_COUNTRY_CODE"},
	{400, "The request is too big: Maximum allowed request size must be less than {maxSize} KB, but passed {size} MB", "REQUEST_TOO_LARGE"},
	{400, "The request is too big: {message}", "REQUEST_TOO_LARGE"},
	{400, "Too long time period. Maximum is {maxPeriod} days", "DATE_RANGE_TOO_LONG"},
	{400, "Unexpected character {character}: expected a valid value {values}", "INVALID_ENCODING"},
	{400, "Value of field {field} must be between {min} and {max}[ exclusively]", "FIELD_OUT_OF_RANGE"},
	{400, "Length of field {field} must be between {min} and {max}[ exclusively]", "FIELD_OUT_OF_RANGE"},
	{400, "Value of field {field} must be greater than[ or equal to] {limit}", "FIELD_OUT_OF_RANGE"},
	{400, "Value of field {field} must be less than[ or equal to] {limit}", "FIELD_OUT_OF_RANGE"},
	{400, "Value of field has too high scale: {price}", "FIELD_SCALE_TOO_HIGH"},
	{400, "Value of field must match the pattern: {regExp}", "FIELD_PATTERN_MISMATCH"},
	{400, "{field} must match {regexp}[ (rejected value: {value})]", "FIELD_PATTERN_MISMATCH"},
	{400, "{field} must be greater than or equal to {limit}[ (rejected value: {value})]", "FIELD_TOO_SMALL"},
	{400, "{field} must be greater than {limit}[ (rejected value: {value})]", "FIELD_TOO_SMALL"},
	{400, "{field} must be less than or equal to {limit}[ (rejected value: {value})]", "FIELD_TOO_LARGE"},
	{400, "{field} size must be between {min} and {max} (rejected size: {size})", "FIELD_SIZE_OUT_OF_RANGE"},
	{400, "{field} size must be between {min} and {max}[ (rejected value: {value})]", "FIELD_LENGTH_OUT_OF_RANGE"},
	{400, "Required request body is missing", "BODY_REQUIRED"},
	{400, "Required request body content is missing: {detail}", "BODY_REQUIRED"},
	{400, "Required request parameter {param} is not present", "PARAM_REQUIRED"},
	{400, "Illegal input at {path}", "INVALID_BODY"},
	{400, "Type mismatch: {value}", "TYPE_MISMATCH"},
	{400, "Bad page token", "BAD_PAGE_TOKEN"},
	{400, "Incorrect X-Business-Id header value: {value}", "INVALID_BUSINESS_ID_HEADER"},
	{400, "Cutoff time for shipments has not been reached yet", "SHIPMENT_CUTOFF_NOT_REACHED"},
	{400, "Some orders are in the process of being excluded from shipment (shipmentId: {shipmentId}, orderIds: {orderIds}). Please wait up to 30 minutes and try again", "SHIPMENT_TRANSFER_IN_PROGRESS"},
	{400, "The limit for promo update requests with a single offerId has been exceeded. Please wait or use batch requests with multiple offerIds for the same promoId", "PROMO_SINGLE_OFFER_RATE_LIMIT"},
	{400, "Unable to find mapping for marketSku: {marketSku}", "OFFER_MAPPING_NOT_FOUND"},
	{400, "Order {orderId} with status {status} is not allowed for status {newStatus}", "ORDER_STATUS_TRANSITION_FORBIDDEN"},
	{400, "Content type {contentType} not supported", "UNSUPPORTED_CONTENT_TYPE"},

	{400, "{field} elements must be not null (rejected value: {value})", "FIELD_NULL_ELEMENT"},
	{400, "Unexpected end of content", "INVALID_BODY"},
	{400, "URL businessId ({urlBusinessId}) does not match businessId in X-Business-Id header ({headerBusinessId})", "BUSINESS_ID_MISMATCH"},
	{400, "Action is not allowed for order {orderId} with status {status} and substatus {substatus}", "ORDER_ACTION_NOT_ALLOWED"},
	{400, "Attempt to change order items or instances after READY_TO_SHIP", "ORDER_ITEMS_FROZEN"},
	{400, "Can't create return for order with status: {status}", "RETURN_NOT_ALLOWED"},
	{400, "Can't resolve geo for address {address}", "ADDRESS_NOT_RESOLVED"},
	{400, "Cancellation request substatus {subbstatus} is not available for status {status} and role {role} for order {orderId}", "CANCELLATION_SUBSTATUS_NOT_ALLOWED"},
	{400, "Cannot do operation for order with status {status}, and substatus {substatus} (partnerId = {partnerId}, orderId = {orderId})", "ORDER_ACTION_NOT_ALLOWED"},
	{400, "Cannot do operation, external ID already set for order (partnerId = {partnerId}, orderId = {orderId}, externalId = {externalId})", "EXTERNAL_ID_ALREADY_SET"},
	{400, "Delivery date {date} can't be in the future", "DELIVERY_DATE_IN_FUTURE"},
	{400, "Delivery dates can't be updated for {deliveryType} order with id {orderId}", "DELIVERY_DATES_NOT_EDITABLE"},
	{400, "Exceeded the number of days to edit delivery dates! limit is: {days} days", "DELIVERY_DATE_SHIFT_LIMIT"},
	{400, "Exceeded the number of edits of delivery dates! limit is: {limit}", "DELIVERY_DATE_EDIT_LIMIT"},
	{400, "Failed to upload photos", "PHOTO_UPLOAD_FAILED"},
	{400, "Invalid filters: interval between {dateFrom} and {dateTo} is more than {range} days.", "DATE_RANGE_TOO_LONG"},
	{400, "Invalid incoming cis for item with id = {itemId} for reason: {reason}", "INVALID_CIS"},
	{400, "Invalid order boxes layout request. Violations: {violations}", "INVALID_BOX_LAYOUT"},
	{400, "Invalid status for order {orderId}: {status}, PROCESSING expected", "ORDER_WRONG_STATUS"},
	{400, "Merchant return with id: {returnId} already exists", "RETURN_ALREADY_EXISTS"},
	{400, "New delivery dates are the same as the current!", "DELIVERY_DATE_UNCHANGED"},
	{400, "No permission to set status {newStatus} for order {orderId} with status {currentStatus}", "ORDER_STATUS_TRANSITION_FORBIDDEN"},
	{400, "No transition found: {fromStatus} -> {toStatus}", "ORDER_STATUS_TRANSITION_FORBIDDEN"},
	{400, "Not a business buyer.", "NOT_BUSINESS_BUYER"},
	{400, "Not enough stock for items: {offerIds}", "NOT_ENOUGH_STOCK"},
	{400, "Offers not found for SKUs: {offerIds}", "OFFERS_NOT_FOUND"},
	{400, "Order {orderId} is in cancellation state", "ORDER_IN_CANCELLATION"},
	{400, "Order {orderId} is in terminal state", "ORDER_IN_TERMINAL_STATE"},
	{400, "Order already exists with external id {externalOrderId}", "ORDER_ALREADY_EXISTS"},
	{400, "Order creation start date is required to be less than end date", "DATE_RANGE_INVERTED"},
	{400, "Order is in the wrong status, it’s only possible starting from the status PROCESSING.", "ORDER_WRONG_STATUS"},
	{400, "Order is not in shop-processing status (actual: {status}).", "ORDER_WRONG_STATUS"},
	{400, "Order shipment start date is required to be less than end date", "DATE_RANGE_INVERTED"},
	{400, "Order update start is required to be less than end date", "DATE_RANGE_INVERTED"},
	{400, "Order.id={orderId} is not digital.", "ORDER_NOT_DIGITAL"},
	{400, "Real delivery date should be from order creation date to current date inclusively", "DELIVERY_DATE_OUT_OF_RANGE"},
	{400, "Status change was forbidden for client role = {role}", "ORDER_STATUS_CHANGE_FORBIDDEN"},
	{400, "Status not allowed: {status}", "ORDER_STATUS_NOT_ALLOWED"},
	{400, "The requested delivery interval is not valid for order {orderId}", "INVALID_DELIVERY_INTERVAL"},
	{400, "Transition {fromStatus} -> {toStatus} is not allowed. Reason: {reason}", "ORDER_STATUS_TRANSITION_FORBIDDEN"},
	{400, "Wrong count for shop skus: {offerIds}", "INVALID_RETURN_COUNT"},
	{400, "Closest shipment for reception transfer act generation not found.", "SHIPMENT_NOT_READY"},
	{400, "No orders for closest shipment have been processed yet (shipmentId: {shipmentId}).", "SHIPMENT_NO_PROCESSED_ORDERS"},
	{400, "Outbound with id = {shipmentId} is not confirmed and hasn't draft transfer", "SHIPMENT_NOT_CONFIRMED"},
	{400, "Shipment with ID {shipmentId} contains invalid orders. Reasons: orders are in wrong status ({orderIds})", "SHIPMENT_INVALID_ORDERS"},
	{400, "Shipment with ID {shipmentId} does not contain any orders", "SHIPMENT_EMPTY"},
	{400, "Shipment with ID {shipmentId} has been confirmed already", "SHIPMENT_ALREADY_CONFIRMED"},
	{400, "Some orders have not been processed yet. Please change the status of orders to READY_TO_SHIP and try again. (shipmentId: {shipmentId}, orderIds: {orderIds}).", "SHIPMENT_ORDERS_NOT_PROCESSED"},
	{400, "discountBase is less than value: offerId = {offerId}", "DISCOUNT_BASE_TOO_LOW"},
	{400, "Duplicate offer in request: offerId = {offerId}", "DUPLICATE_OFFER"},
	{400, "Missing offerId", "MISSING_OFFER_ID"},
	{400, "Missing price value: offerId = {offerId}", "MISSING_PRICE"},
	{400, "Offer at index {index} should have valid discount value. Discount percentage must be between {min} and {max}, actual {val}", "INVALID_DISCOUNT"},
	{400, "Offer at index {index} should not have {fieldName} with {currency} currency", "INVALID_CURRENCY"},
	{400, "Offer at index {index} should not have {fieldName} with too many digits", "FIELD_SCALE_TOO_HIGH"},
	{400, "offerId = {offerId} should have valid discount value. Discount percentage must be between {min} and {max}, actual {val}", "INVALID_DISCOUNT"},
	{400, "Unrecognized vat: {value}: offerId = {offerId}", "INVALID_VAT"},
	{400, "Vat setting of {vatName} ({vatId}) not supported for current {taxSystemName} ({taxSystemId}) taxSystem: {offerId}", "VAT_NOT_SUPPORTED"},
	{400, "Vat setting of {vatName} ({vatId}) not supported since year 2019: {offerId}", "VAT_NOT_SUPPORTED"},
	// OfferPriceControllerMarketSkuTest names the offer by feed and SKU.
	{400, "Vat setting of {vatName} ({vatId}) not supported since year 2019: feedId = {feedId}, marketSku = {marketSku}", "VAT_NOT_SUPPORTED"},
	{400, "Duplicate offerId={offerId} at positions {positions}", "DUPLICATE_OFFER"},
	{400, "Offer at index {index} cannot have parameter {fieldName} deleted and set at the same time", "PARAMETER_DELETE_AND_SET"},
	{400, "Offer at index {index} should not have empty values in list of {fieldName}", "FIELD_EMPTY_LIST_ITEM"},
	{400, "Offer at index {index} should have weightDimensions.{weightDimension} greater than 0", "INVALID_WEIGHT_DIMENSIONS"},
	{400, "Offers should have different ids. Following offers ids are repeating: {offerIds}.", "DUPLICATE_OFFER"},
	{400, "Duplicate shop-sku {sku} for warehouse {count}", "DUPLICATE_SKU"},
	{400, "Stock for {sku} should not be in the future", "STOCK_DATE_IN_FUTURE"},
	{400, "Stock for {sku} should not be older than a day", "STOCK_DATE_TOO_OLD"},
	{400, "datediff-is-to-big-local", "OUTLET_DELIVERY_RANGE_TOO_WIDE"},
	{400, "datediff-is-to-big-long-period", "OUTLET_DELIVERY_RANGE_TOO_WIDE"},
	{400, "datediff-is-to-big-remote", "OUTLET_DELIVERY_RANGE_TOO_WIDE"},
	{400, "Not valid outlet info: {errors}", "INVALID_OUTLET"},
	{400, "Outlet with code {shopOutletCode} already exists for campaign {campaignId}", "OUTLET_ALREADY_EXISTS"},
	{400, "Region {regionName} cannot be used as outlet region", "INVALID_OUTLET_REGION"},
	{400, "Wrong outlet gps coordinates", "INVALID_COORDINATES"},
	{400, "Category is not a leaf.", "CATEGORY_NOT_LEAF"},
	{400, "Following categories are not leaf categories: {categories}", "CATEGORY_NOT_LEAF"},
	{400, "Unknown categories: {categories}", "UNKNOWN_CATEGORY"},
	{400, "Requested businessId ({requestedBusinessId}) does not match businessId in X-Business-Id header ({headerBusinessId})", "BUSINESS_ID_MISMATCH"},
	{400, "[Invalid parameter: ]payout frequency {frequency} and delay weeks {paymentDelayWeeks} are not supported", "INVALID_PAYOUT_PARAMS"},
	{400, "Currency {currency} is not supported for tariff calculation", "INVALID_CURRENCY"},
	{400, "Not enough parameters in request: offerIds or deleteAllOffers should be specified", "PARAM_REQUIRED"},
	{400, "Promo has ended", "PROMO_ENDED"},
	{400, "Too many parameters in request: only one of parameters offerIds or deleteAllOffers should be specified", "PARAMS_MUTUALLY_EXCLUSIVE"},
	{400, "Date field {dateFieldTo} must be greater or equal to {dateFieldFrom}!", "DATE_RANGE_INVERTED"},
	{400, "Only default prices are used for this business. Generate the report at the business level (not campaign) to see actual prices.", "DEFAULT_PRICES_ONLY"},
	{400, "Periods \"orderDate\" and \"orderUpdate\" can't be specified simultaneously!", "PARAMS_MUTUALLY_EXCLUSIVE"},
	{400, "Without subscription, you cannot request data older than 90 days. The dateFrom ({dateFrom}) is too far in the past.", "SUBSCRIPTION_REQUIRED"},
	{400, "You cannot request data older than 400 days. The dateFrom ({dateFrom}) is too far in the past.", "DATE_TOO_OLD"},
	{400, "Duplicate comment.", "DUPLICATE_COMMENT"},
	{400, "Illegal url in comment text.", "ILLEGAL_URL_IN_COMMENT"},
	{400, "parentEntityId required for CREATE operation", "PARAM_REQUIRED"},
	{400, "entityId required for UPDATE and DELETE operation", "PARAM_REQUIRED"},
	{400, "QUESTION entity type cannot be updated", "ENTITY_NOT_EDITABLE"},
	{400, "Cannot create a comment on another comment.", "INVALID_PARENT_ENTITY"},

	// 401: credentials.
	{401, "Api-Key token is invalid", "API_KEY_INVALID"},
	{401, "Api-Key token is revoked", "API_KEY_REVOKED"},
	{401, "Api-Key token is not specified", "API_KEY_MISSING"},
	{401, "Api-Key token format invalid", "API_KEY_MALFORMED"},
	{401, "Api-Key token length invalid", "API_KEY_MALFORMED"},
	{401, "Api-Key token prefix invalid", "API_KEY_MALFORMED"},
	{401, "Authorization header has invalid syntax", "AUTH_HEADER_INVALID"},
	{401, "Credentials are not specified", "CREDENTIALS_MISSING"},
	{401, "OAuth credentials are not specified", "OAUTH_CREDENTIALS_MISSING"},
	{401, "OAuth token is not specified", "OAUTH_TOKEN_MISSING"},
	{401, "OAuth client id is not specified", "OAUTH_CLIENT_ID_MISSING"},
	{401, "Unsupported authorization type specified in Authorization header", "AUTH_SCHEME_UNSUPPORTED"},

	// 403: access.
	{403, "Access denied", "ACCESS_DENIED"},
	{403, "Access denied for campaign {campaignId} because it is not active", "API_DISABLED_INACTIVITY"},
	{403, "Access to API denied for the client / campaign", "API_ACCESS_DENIED"},
	{403, "Contact not found for login {login} and campaignId {campaignId}", "SIGNER_NOT_FOUND"},
	{403, "Contacts with available roles for signing not found for login {login}", "SIGNER_NO_ROLE"},
	{403, "OAuth token is invalid (account has been globally logged out)", "OAUTH_TOKEN_REVOKED"},
	{403, "OAuth token is invalid", "OAUTH_TOKEN_INVALID"},
	{403, "Token is invalid", "OAUTH_TOKEN_INVALID"},
	{403, "Restrict access for business {businessId} because it is not active", "API_DISABLED_BUSINESS"},
	{403, "Scope is invalid", "OAUTH_SCOPE_INVALID"},
	{403, "Client id is invalid", "OAUTH_CLIENT_ID_INVALID"},
	{403, "The method is not supported for Market Yandex Go sellers", "METHOD_NOT_SUPPORTED_FOR_SELLER_TYPE"},
	{403, "Token does not have any of the scopes[ to access the API method][: {scopes}]", "INSUFFICIENT_SCOPE"},
	{403, "User account is disabled", "USER_DISABLED"},
	{403, "The method is deprecated and is occasionally forbidden. Please stop using it", "METHOD_DEPRECATED"},
	{403, "API for campaign {campaignId} manually disabled", "API_DISABLED_MANUALLY"},
	{403, "API for campaign {campaignId} disabled due to inactivity", "API_DISABLED_INACTIVITY"},
	{403, "API for campaign {campaignId} disabled because there are no active contracts with Market", "API_DISABLED_NO_CONTRACT"},
	{403, "API for campaign {campaignId} disabled because it has no placement program", "API_DISABLED_NO_PLACEMENT"},
	{403, "API for business {businessId} disabled because it has only disabled partners", "API_DISABLED_BUSINESS"},
	{403, "Electronic signature is only available for API token authorization", "API_KEY_REQUIRED"},

	{403, "No access to campaigns: {campaigns}", "CAMPAIGN_ACCESS_DENIED"},
	{403, "No access to comment modifying.", "ACCESS_DENIED"},
	{403, "No access to feedback modifying.", "ACCESS_DENIED"},
	{403, "The partner does not have access to the supply request.", "ACCESS_DENIED"},
	{403, "businessId in X-Business-Id header ({headerBusinessId}) does not match the business that the campaign {campaignId} belongs to ({actualBusinessId})", "BUSINESS_ID_MISMATCH"},
	{403, "Entity id from request body does not match businessId in X-Business-Id header ({businessId})", "BUSINESS_ID_MISMATCH"},

	// 404.
	{404, "Campaign not found[:] {campaignId}", "CAMPAIGN_NOT_FOUND"},
	{404, "Login not found: {login}", "LOGIN_NOT_FOUND"},
	{404, "Model not found: {modelId}", "MODEL_NOT_FOUND"},
	{404, "Resource not found", "RESOURCE_NOT_FOUND"},

	{404, "Report not found.", "REPORT_NOT_FOUND"},
	{404, "Box not found. Box: {boxId}", "BOX_NOT_FOUND"},
	{404, "Campaign {campaignId} has no order id {orderId}", "ORDER_NOT_FOUND"},
	{404, "Can't find chat by id: {chatId}", "CHAT_NOT_FOUND"},
	{404, "Can't find message by id: {messageId} for chat {chatId}", "MESSAGE_NOT_FOUND"},
	{404, "Failed to find \\[{resource}\\] with id \\[{id}\\]", "RESOURCE_NOT_FOUND"},
	{404, "Failed to find order with id {orderId}", "ORDER_NOT_FOUND"},
	{404, "Feedbacks not found.", "FEEDBACK_NOT_FOUND"},
	{404, "Grade not found.", "FEEDBACK_NOT_FOUND"},
	{404, "No boxes found for order {orderId}", "BOXES_NOT_FOUND"},
	{404, "Order not found: {orderId}", "ORDER_NOT_FOUND"},
	{404, "Order not found: partnerId = {partnerId}, orderId = {orderId}", "ORDER_NOT_FOUND"},
	{404, "Outlet not found: {outletId}", "OUTLET_NOT_FOUND"},
	{404, "Region {regionId} not found.", "REGION_NOT_FOUND"},
	{404, "Return {returnId} for order {orderId} is not found", "RETURN_NOT_FOUND"},
	{404, "Shipment with ID {shipmentId} not found", "SHIPMENT_NOT_FOUND"},
	// Wordings of Yandex's published partner-API server tests that the docs
	// do not list, each asserted with its code.
	{400, "Shipment with ID {shipmentId} is not created yet", "SHIPMENT_NOT_FOUND"},
	{400, "Item should be specified only once: {itemId}", "ITEM_DUPLICATE"},
	{400, "Track code {trackCode} has been already used for delivery service {deliveryServiceId}", "TRACK_CODE_ALREADY_USED"},
	{400, "Substatus USER_UNREACHABLE not allowed[!]", "USER_UNREACHABLE_NOT_ALLOWED"},
	{400, "Could not find GPS coordinates for outlet {outlet}[ (address: {address})]", "COULD_NOT_FIND_COORDS"},
	{400, "{field} must be positive[ (rejected value: {value})]", "FIELD_TOO_SMALL"},
	{404, "Supply request not found.", "SUPPLY_REQUEST_NOT_FOUND"},
	{404, "Unknown category", "UNKNOWN_CATEGORY"},
	// ShipmentControllerTest: the docs' two BAD_ORDERS wordings with the
	// order ids alone in the parentheses, and a shipment's empty boxes.
	{400, "Some orders are in the process of being excluded from shipment ({orderIds}). Please wait up to 30 minutes and try again.", "SHIPMENT_TRANSFER_IN_PROGRESS"},
	{400, "Some orders have not been processed yet. Please change the status of orders to READY_TO_SHIP and try again. ({orderIds}).", "SHIPMENT_ORDERS_NOT_PROCESSED"},
	{400, "Can't proceed with document creation - reason: there are no boxes in order #{orderId}, parcel #{parcelId}. Minimum required number of boxes is {minBoxes}. Please, add boxes to the order #{orderId}, parcel #{parcelId} and try again.", "BOXES_NOT_FOUND"},
	// BuyerHandlerTest: a dropship store asks for a DBS-only method.
	{403, "Action available only for {model} model", "CAMPAIGN_TYPE_NOT_ALLOWED"},
	// The label server test: a box of a given parcel.
	{404, "Box not found. Parcel: {parcelId}. Box: {boxId}", "BOX_NOT_FOUND"},
	// OfferPriceControllerUnhappyPathTest and the offer suggestions test:
	// an oversized batch, sent with code REQUEST_LIMIT_EXCEEDED; and the
	// price messages, which name the offer by feed and offer id.
	{400, "Request too big: maximum of {max} offers are allowed in single request: got {count}", "REQUEST_TOO_LARGE"},
	{400, "Missing price value: feedId = {feedId}, offerId = {offerId}", "MISSING_PRICE"},
	{400, "Missing price element: feedId = {feedId}, offerId = {offerId}", "MISSING_PRICE"},
	{400, "discountBase is less then value: feedId = {feedId}, offerId = {offerId}", "DISCOUNT_BASE_TOO_LOW"},
	{400, "Too many digits after decimal point in price value: feedId = {feedId}, offerId = {offerId}", "FIELD_SCALE_TOO_HIGH"},
	{400, "Price element shouldn't be present on delete: feedId = {feedId}, offerId = {offerId}", "PARAMETER_DELETE_AND_SET"},
	{400, "Unrecognized vat: {value}: feedId = {feedId}, marketSku = {marketSku}", "INVALID_VAT"},
	{400, "illegal discount value: {discount}: feedId = {feedId}, offerId = {offerId}", "INVALID_DISCOUNT"},
	{400, "Non positive price {field}: feedId = {feedId}, offerId = {offerId}", "FIELD_TOO_SMALL"},
	{400, "Price value too big: feedId = {feedId}, offerId = {offerId}", "FIELD_TOO_LARGE"},
	{400, "currencyId is missing: feedId = {feedId}, offerId = {offerId}", "FIELD_REQUIRED"},
	{400, "Only {currency} currencyId is currently supported: feedId = {feedId}, offerId = {offerId}", "INVALID_CURRENCY"},
	{400, "updatedAt is not allowed in request, but found for: feedId = {feedId}, offerId = {offerId}", "FORBIDDEN_FIELD_DEFINITION"},
	// OrderBoxesTest: the order's status forbids changing its boxes.
	{400, "You could not change boxes for order {orderId} in this status {status} ({substatus})", "ORDER_ACTION_NOT_ALLOWED"},
	// OfferMappingEntriesControllerTest: a store of another model, and a
	// null inside a list.
	{400, "Campaign is not supplier", "CAMPAIGN_TYPE_NOT_ALLOWED"},
	{400, "Offer at position {position} should not have null value in list of {fieldName}", "FIELD_NULL_ELEMENT"},
	{423, "Partner is in business migration: {partnerId}", "CAMPAIGN_MIGRATION_IN_PROGRESS"},
	// OutletLicenseControllerFunctionalTest: outlets named in the plural.
	{404, "Outlets not found: {outletIds}", "OUTLET_NOT_FOUND"},

	// 405, 415.
	{405, "Request method {method} not supported", "METHOD_NOT_ALLOWED"},
	{415, "Content type {contentType} not supported", "UNSUPPORTED_CONTENT_TYPE"},
	{415, "Unknown content-type: {contentType}", "UNSUPPORTED_CONTENT_TYPE"},
	{415, "Missing Content-Type", "CONTENT_TYPE_MISSING"},

	// 420: limits. Market throttles with 420, never 429.
	{420, "Hit rate limit of {limit} parallel requests[ for {entity}]", "PARALLEL_LIMIT_EXCEEDED"},
	{420, "Hit rate limit of {limit} requests per {period} for resource {resource}[ for {entity}]", "RESOURCE_LIMIT_EXCEEDED"},
	{420, "Hit rate limit of {limit} points per {period} for resource {resource}[ for {entity}]", "RESOURCE_LIMIT_EXCEEDED"},
	{420, "Active reports limit exceeded, limit={limit}", "ACTIVE_REPORTS_LIMIT_EXCEEDED"},

	// 423: locked.
	{423, "Business is in migration", "BUSINESS_MIGRATION_IN_PROGRESS"},
	{423, "Campaign is in business migration", "CAMPAIGN_MIGRATION_IN_PROGRESS"},
	{423, "Partner use only default price", "DEFAULT_PRICES_ONLY"},

	// 503.
	{503, "Service temporarily unavailable. Please, try again later", "SERVICE_UNAVAILABLE"},
}

// codeRow is what a Market code means and the evidence for it.
type codeRow struct {
	Code, Reason, Source string
}

// codeList classifies a Market code when no message pattern matched: every
// value of the OpenAPI spec's ApiErrorCodeType (in its order), then codes
// servers send outside it. Source says where each meaning comes from: the
// docs' error-codes page and the spec (its schemas, operations and history),
// Yandex's published partner-API server tests, third-party clients; "name
// only" when the code's name is all there is, and then the row is the
// cautious reading of the name. The generic codes (BAD_REQUEST, FORBIDDEN,
// ...) mean what the HTTP status means, and say no more than it.
var codeList = []codeRow{
	{"INVALID_FEED_ID", "INVALID_FEED_ID", "name only in enum; OpenAPI spec history: feedId existed in HiddenOfferDTO at first commit c892da6 (2023-05-22), removed ac0e06a (2023-06-19)"},
	{"INVALID_WAREHOUSE_ID", "INVALID_WAREHOUSE_ID", "name only; stocks take warehouse ids (OpenAPI spec paths/v2_campaigns_campaignId_offers_stocks.yaml)"},
	{"GROUPED_WAREHOUSE", "GROUPED_WAREHOUSE", "name only; context: OpenAPI spec paths/v2_campaigns_campaignId_offers_stocks.yaml (for a warehouse group send stocks for one warehouse only) and v2_businesses_businessId_warehouses.yaml (id to use for a group)"},
	{"DUPLICATE_OFFER", "DUPLICATE_OFFER", "error-codes page #prices 'Duplicate offer in request: offerId = ...'; error-codes page #offers 'Duplicate offerId=... at positions ...'; old offer-mapping docs as copied by a third-party Python client: another item with the same shop-sku"},
	{"INVALID_TTL", "INVALID_TTL", "name only; OpenAPI spec history c892da6 HiddenOfferDTO.ttlInHours: min 1, max 720, default 48"},
	{"INVALID_COMMENT", "INVALID_COMMENT", "name only; OpenAPI spec history c892da6 HiddenOfferDTO.comment: max 100 chars"},
	{"LIMIT_EXCEEDED", "PAGE_LIMIT_EXCEEDED", "error-codes page (2025) #400 'Limit exceeded' = too many values per page (parameter limit) (DragonSigh/yandex-market-api-docs concepts/error-codes.md); code-to-message link inferred from the name"},
	{"NON_POSITIVE_LIMIT", "NON_POSITIVE_LIMIT", "name only; OpenAPI spec limit parameters have minimum 1 (e.g. getHiddenOffers limit)"},
	{"REQUEST_LIMIT_EXCEEDED", "REQUEST_LIMIT_EXCEEDED", "name only in enum; 420 is Market's throttle status (error-codes page #420, limits page: request over limit is turned away); under 400 it is a batch over its size (Yandex-internal OfferPriceControllerUnhappyPathTest and the offer suggestions test: 400 'Request too big: maximum of 2000 offers are allowed in single request: got 2001'); so under 400 it means REQUEST_TOO_LARGE"},
	{"INVALID_OFFER_ID", "INVALID_OFFER_ID", "old offer-mapping-entries docs as copied by a third-party Python client: shop-sku longer than 80 or non-printable-ASCII chars; current OpenAPI spec ShopSku pattern/length"},
	{"MISSING_OFFER_ID", "MISSING_OFFER_ID", "error-codes page #prices 'Missing offerId'"},
	{"MISSING_OFFER", "FIELD_REQUIRED", "old offer-mapping-entries docs as copied by a third-party Python client: item has no offer parameter"},
	{"INVALID_SHOP_SKU", "INVALID_SHOP_SKU", "old offer-mapping-entries docs as copied by a third-party Python client"},
	{"AMBIGUOUS_OFFER", "AMBIGUOUS_OFFER", "name only"},
	{"OFFER_NOT_FOUND", "OFFER_NOT_FOUND", "OpenAPI spec components/schemas/OfferContentErrorType.yaml OFFER_NOT_FOUND (no such product in the catalog); yandex-market/yandex-market-php-partner tests fixture bidsSet.json per-item error"},
	{"MODEL_NOT_FOUND", "MODEL_NOT_FOUND", "error-codes page (2025) #404 'Model not found: modelId'"},
	{"CATEGORY_NOT_FOUND", "UNKNOWN_CATEGORY", "error-codes page #404 'Unknown category'; error-codes page #categories 'Unknown categories: ...'; code-to-message link inferred from the name"},
	{"NO_REQUIRED_FIELDS", "NO_REQUIRED_FIELDS", "GitHub issue yandex-market/marketplace-php-partner#29 (400, code OTHER, message prefixed 'NO_REQUIRED_FIELDS: ...' in Russian); old offer-mapping docs via third-party client"},
	{"FORBIDDEN_FIELD_DEFINITION", "FORBIDDEN_FIELD_DEFINITION", "name only"},
	{"PROBLEMS_IN_OTHER_OFFERS", "PROBLEMS_IN_OTHER_OFFERS", "old offer-mapping-entries docs as copied by a third-party Python client; all-or-nothing batches: OpenAPI spec paths/v2_businesses_businessId_offer-mappings_update.yaml 400/200 descriptions"},
	{"AMBIGUOUS_FIELD_DEFINITION", "AMBIGUOUS_FIELD_DEFINITION", "name only"},
	{"INVALID_OUTLET_INFO", "INVALID_OUTLET", "error-codes page #outlets 'Not valid outlet info: {errors}'; code-to-message link inferred from the name"},
	{"DUPLICATE_OUTLET_CODE", "OUTLET_ALREADY_EXISTS", "error-codes page #outlets 'Outlet with code ... already exists for campaign ...'; Yandex-internal partner-API test OutletControllerTest: same shopOutletCode -> DUPLICATE_OUTLET_CODE"},
	{"UNKNOWN_REGION", "REGION_NOT_FOUND", "Yandex-internal partner-API test OutletControllerTest: unknown outlet regionId -> UNKNOWN_REGION (400); error-codes page #404 'Region ... not found.'"},
	{"WRONG_REGION", "INVALID_OUTLET_REGION", "error-codes page #outlets 'Region ... cannot be used as outlet region'; code-to-message link inferred"},
	{"NOT_SPECIFIED", "FIELD_REQUIRED", "Yandex-internal partner-API test OutletControllerTest: outlet without regionId -> NOT_SPECIFIED (create and update)"},
	{"INVALID_PHONE_FORMAT", "INVALID_PHONE_FORMAT", "name only; outlet phones in OpenAPI spec OutletDTO"},
	{"INVALID_TIME_FORMAT", "INVALID_TIME_FORMAT", "name only; Yandex-internal test OutletDTOConverterTest rejects schedule times like ':00' and '24:00'"},
	{"COULD_NOT_FIND_COORDS", "COULD_NOT_FIND_COORDS", "Yandex-internal test OutletDTOConverterTest: 'Could not find GPS coordinates for outlet 0 (address: ...)'"},
	{"WRONG_OUTLET_GPS_COORDINATES", "INVALID_COORDINATES", "error-codes page #outlets 'Wrong outlet gps coordinates'"},
	{"ITEM_NOT_FOUND", "ITEM_NOT_FOUND", "Yandex-internal partner-API test OrderEditTest: PUT orders/{orderId}/items, checkouter ITEM_NOT_FOUND -> 400 ITEM_NOT_FOUND"},
	{"INVALID_ITEM", "INVALID_ITEM", "Yandex-internal OrderEditTest: INVALID_ITEM -> 400"},
	{"ITEM_DUPLICATE", "ITEM_DUPLICATE", "Yandex-internal OrderEditTest: 400 ITEM_DUPLICATE 'Item should be specified only once: <id>'"},
	{"ITEM_SHIPPED", "ITEM_SHIPPED", "Yandex-internal OrderEditTest: ITEM_SHIPPED -> 400"},
	{"ITEMS_ADDITION_NOT_SUPPORTED", "ITEMS_ADDITION_NOT_SUPPORTED", "docs updateOrderItems (yandex.ru/dev/market/partner-api/doc/ru/reference/orders/updateOrderItems: order cannot be enlarged); Yandex-internal OrderEditTest"},
	{"CANNOT_REMOVE_LAST_ITEM", "CANNOT_REMOVE_LAST_ITEM", "docs updateOrderItems (cannot remove the only item; cancel with SHOP_FAILED); note Yandex-internal OrderEditTest maps this checkouter case to OTHER_REMOVE_ITEM_ERROR"},
	{"OTHER_REMOVE_ITEM_ERROR", "OTHER_REMOVE_ITEM_ERROR", "Yandex-internal OrderEditTest: checkouter CANNOT_REMOVE_LAST_ITEM -> 400 OTHER_REMOVE_ITEM_ERROR"},
	{"TRACK_CODE_ALREADY_USED", "TRACK_CODE_ALREADY_USED", "Yandex-internal test OrderTracksTest: POST orders/{id}/delivery/track -> 400 'Track code CODE has been already used for delivery service 124'"},
	{"TOO_MANY_CISES_FOR_ITEM", "TOO_MANY_CISES_FOR_ITEM", "Yandex-internal OrderEditTest: checkouter TOO_MANY_CISES_FOR_ITEM -> 400"},
	{"TOO_FEW_CISES_FOR_ITEM", "TOO_FEW_CISES_FOR_ITEM", "Yandex-internal OrderEditTest: checkouter TOO_FEW_CISES_FOR_ITEM -> 400"},
	{"INVALID_CIS", "INVALID_CIS", "error-codes page #orders 'Invalid incoming cis for item with id = %d for reason: ...'; Yandex-internal OrderControllerTest: status change blocked 'cises not loaded' also answered 400 INVALID_CIS"},
	{"DUPLICATE_CIS", "DUPLICATE_CIS", "name only"},
	{"TOO_MANY_UINS_FOR_ITEM", "TOO_MANY_UINS_FOR_ITEM", "name only; UIN per jewellery unit: OpenAPI spec paths/v2_campaigns_campaignId_orders_orderId_identifiers_status.yaml"},
	{"TOO_FEW_UINS_FOR_ITEM", "TOO_FEW_UINS_FOR_ITEM", "name only; OpenAPI spec getOrderIdentifiersStatus description (UIN for each jewellery item)"},
	{"INVALID_UIN", "INVALID_UIN", "name only; OpenAPI spec components/schemas/UinStatusType.yaml (FAILED)"},
	{"UIN_VALIDATION_IN_PROGRESS_ERROR", "UIN_VALIDATION_IN_PROGRESS_ERROR", "name; OpenAPI spec UinStatusType IN_PROGRESS and getOrderIdentifiersStatus: READY_TO_SHIP only after all codes pass the check"},
	{"CIS_VALIDATION_IN_PROGRESS_ERROR", "CIS_VALIDATION_IN_PROGRESS_ERROR", "name; OpenAPI spec CisStatusType IN_PROGRESS and getOrderIdentifiersStatus: READY_TO_SHIP only after all codes pass the check"},
	{"INVALID_RNPT", "INVALID_RNPT", "name only; RNPT is one of the identifiers of PUT orders/{orderId}/identifiers (OpenAPI spec)"},
	{"INVALID_GTD", "INVALID_GTD", "name only; identifiers method (OpenAPI spec)"},
	{"INVALID_COUNTRY_CODE", "INVALID_COUNTRY_CODE", "error-codes page #orders / error-codes page (2025) #400 'String (value) is not a valid country code according to ISO 3166-1 alpha-2'"},
	{"COUNTRY_CODE_AND_GTD_ARE_REQUIRED_VALIDATION_ERROR", "COUNTRY_CODE_AND_GTD_ARE_REQUIRED_VALIDATION_ERROR", "name only"},
	{"DUPLICATE_UIN", "DUPLICATE_UIN", "name only"},
	{"DELETED_ITEMS_EXCEEDS_THRESHOLD", "DELETED_ITEMS_EXCEEDS_THRESHOLD", "Yandex-internal OrderEditTest: checkouter DELETION_AMOUNT_EXCEEDS_THRESHOLD -> 400; docs updateOrderItems: item making up 99% of the order cost cannot be removed"},
	{"PROMO_PROHIBITS_DELETE", "PROMO_PROHIBITS_DELETE", "Yandex-internal OrderEditTest; docs updateOrderItems (promo items cannot be removed)"},
	{"PAYMENT_PROHIBITS_DELETE", "PAYMENT_PROHIBITS_DELETE", "Yandex-internal OrderEditTest: 400 PAYMENT_PROHIBITS_DELETE 'Cannot remove items for order 2827258'"},
	{"CANCELLATION_REQUESTED", "ORDER_IN_CANCELLATION", "Yandex-internal OrderEditTest: checkouter CANCELLATION_REQUESTED -> 400; error-codes page #orders 'Order ... is in cancellation state'"},
	{"ORDER_IN_TERMINAL_STATE", "ORDER_IN_TERMINAL_STATE", "error-codes page #orders 'Order ... is in terminal state'"},
	{"EDIT_COUNT_EXCEEDED", "DELIVERY_DATE_EDIT_LIMIT", "Yandex-internal test: PUT orders/{id}/delivery/date -> 400 EDIT_COUNT_EXCEEDED; error-codes page #orders 'Exceeded the number of edits of delivery dates! limit is: ...'"},
	{"DAYS_COUNT_EXCEEDED", "DELIVERY_DATE_SHIFT_LIMIT", "Yandex-internal test: PUT delivery/date -> 400 DAYS_COUNT_EXCEEDED; error-codes page #orders 'Exceeded the number of days to edit delivery dates! limit is: ... days'"},
	{"SAME_DELIVERY_DATES", "DELIVERY_DATE_UNCHANGED", "error-codes page #orders 'New delivery dates are the same as the current!'; code-to-message link inferred from the name"},
	{"INCORRECT_INN", "INCORRECT_INN", "name only; INN lists appear in report requests (OpenAPI spec GenerateUnitedNettingReportRequest, GenerateUnitedMarketplaceServicesReportRequest)"},
	{"BAD_REQUEST", "BAD_REQUEST", "GitHub issue yandex-market/yandex-market-php-partner#33 (two BAD_REQUEST errors); Yandex-internal tests use BAD_REQUEST for field validation, e.g. 'items[0].count must be positive (rejected value: -10)'"},
	{"UNSUPPORTED_MEDIA_TYPE", "UNSUPPORTED_MEDIA_TYPE", "typed enum; error-codes page #415"},
	{"FORBIDDEN", "FORBIDDEN", "GitHub issue yandex-money/yandex-money-cms-prestashop#49 (hybrid body, 403 FORBIDDEN 'Token is invalid')"},
	{"NOT_FOUND", "NOT_FOUND", "Yandex-internal tests: 404 NOT_FOUND 'Order not found: 1', 'Order has no parcels: 1' (29820047722), 'Shipment with ID 12321 not found' (29231055869); NOTE same tests send 400 NOT_FOUND 'Shipment with ID 12321 is not created yet'"},
	{"LOCKED", "LOCKED", "typed enum; error-codes page #423 (migration or default prices)"},
	{"CONSTRAINT_VIOLATION", "CONSTRAINT_VIOLATION", "old offer-mapping-entries docs as copied by a third-party Python client: manufacturer-countries and/or url not given"},
	{"DUPLICATE_MARKET_SKU", "DUPLICATE_MARKET_SKU", "name only"},
	{"INVALID_MARKET_SKU", "INVALID_MARKET_SKU", "old offer-mapping-entries docs as copied by a third-party Python client: non-existent market-sku"},
	{"INVALID_MAPPING", "INVALID_MAPPING", "name only"},
	{"MISSING_MAPPING", "OFFER_MAPPING_NOT_FOUND", "name; same situation as 'Unable to find mapping for marketSku: ...' (GitHub issue yandex-market/yandex-market-php-partner#33, sent with code BAD_REQUEST)"},
	{"UNKNOWN_PARAMETER", "UNKNOWN_PARAMETER", "OpenAPI spec components/schemas/OfferMappingErrorType.yaml UNKNOWN_PARAMETER (characteristic not in the category); Yandex-internal FeedParameterConverterTest: unknown feed parameter -> UNKNOWN_PARAMETER"},
	{"INTERNAL_ERROR", "INTERNAL_ERROR", "error-codes page #500; Yandex-internal FirstMileShipmentControllerTest: 500 INTERNAL_ERROR 'Cannot get information about shipment with ID 12321', 'Shipment with ID 12321 cannot be confirmed'"},
	{"MISSING_PARAM", "PARAM_REQUIRED", "name; error-codes page #common 'Required request parameter ... is not present'"},
	{"DUPLICATE_SHOP_SKU", "DUPLICATE_SKU", "error-codes page #stocks 'Duplicate shop-sku ... for warehouse ...'; code-to-message link inferred"},
	{"INVALID_CURRENCY", "INVALID_CURRENCY", "error-codes page #prices 'Offer at index ... should not have ... with ... currency'; error-codes page #tariffs 'Currency ... is not supported for tariff calculation'"},
	{"INVALID_PAYMENT_SETTINGS", "INVALID_PAYOUT_PARAMS", "third-party client comment, observed live 2026-08-04: POST v2/tariffs/calculate -> 400 INVALID_PAYMENT_SETTINGS 'payout frequency WEEKLY and delay weeks null are not supported'; error-codes page #tariffs 'Invalid parameter: payout frequency ... and delay weeks ... are not supported'"},
	{"OTHER", "BAD_REQUEST", "GitHub issue yandex-market/marketplace-php-partner#29 (400 OTHER, message 'NO_REQUIRED_FIELDS: ...'): no code of its own, so the status decides, and in a 200 ERROR body it is a refused request"},
	{"INVALID_CATEGORY", "CATEGORY_NOT_LEAF", "OpenAPI spec components/schemas/OfferMappingErrorType.yaml INVALID_CATEGORY (non-leaf category; use one without children); error-codes page #categories 'Category is not a leaf.'"},
	{"INVALID_QUERY_PARAMETER", "INVALID_QUERY_PARAMETER", "name only"},
	{"CAMPAIGN_NOT_FOUND", "CAMPAIGN_NOT_FOUND", "error-codes page #404 'Campaign not found ...'"},
	{"PARTNER_NOT_FOUND", "PARTNER_NOT_FOUND", "name only"},
	{"BUSINESS_NOT_FOUND", "BUSINESS_NOT_FOUND", "name only"},
	{"CAMPAIGN_TYPE_NOT_SUPPORTED", "CAMPAIGN_TYPE_NOT_ALLOWED", "Yandex-internal tests: 400 CAMPAIGN_TYPE_NOT_SUPPORTED 'Campaign type is not allowed'; error-codes page #common"},
	{"BAD_OFFERS", "BAD_OFFERS", "name only"},
	{"ALREADY_CONFIRMED", "SHIPMENT_ALREADY_CONFIRMED", "Yandex-internal FirstMileShipmentControllerTest: 400 ALREADY_CONFIRMED 'Shipment with ID 12321 has been confirmed already'; error-codes page #shipments"},
	{"CUTOFF_NOT_REACHED", "SHIPMENT_CUTOFF_NOT_REACHED", "OpenAPI spec paths/v2_campaigns_campaignId_first-mile_shipments_shipmentId_confirm.yaml (400 'Cutoff time for shipments has not been reached yet' before confirmation time); Yandex-internal FirstMileShipmentControllerTest: 400 CUTOFF_NOT_REACHED with that message"},
	{"NO_ORDERS", "SHIPMENT_EMPTY", "Yandex-internal FirstMileShipmentControllerTest: 400 NO_ORDERS 'Shipment with ID 12321 does not contain any orders'; error-codes page #shipments"},
	{"BAD_ORDERS", "SHIPMENT_INVALID_ORDERS", "error-codes page #shipments 'Shipment with ID ... contains invalid orders. Reasons: ...'; code-to-message link inferred from the name"},
	{"NO_BOXES", "BOXES_NOT_FOUND", "name; error-codes page #404 'No boxes found for order ...' (reason BOXES_NOT_FOUND, kept not_found there); Yandex-internal test mentions excluded-order reason NO_PLACES"},
	{"INVALID_ORDER_BEFORE", "INVALID_ORDER_BEFORE", "name; OpenAPI spec components/schemas/OutletDeliveryRuleDTO.yaml orderBefore (hour)"},
	{"STATUS_NOT_ALLOWED", "ORDER_STATUS_NOT_ALLOWED", "error-codes page #orders 'Status not allowed: ...'; Yandex-internal OrderEditTest: checkouter OrderStatusNotAllowed on item edit -> 400 STATUS_NOT_ALLOWED"},
	{"SUBSTATUS_NOT_ALLOWED", "SUBSTATUS_NOT_ALLOWED", "name only; error-codes page #orders 'Cancellation request substatus ... is not available for status ...' is one such case"},
	{"USER_UNREACHABLE_NOT_ALLOWED", "USER_UNREACHABLE_NOT_ALLOWED", "Yandex-internal OrderControllerTest: 400 USER_UNREACHABLE_NOT_ALLOWED 'Substatus USER_UNREACHABLE not allowed!'; OpenAPI spec components/parameters/GetOrdersSubstatus.yaml (conditions: at least 3 calls 8-21, 90 min apart)"},
	{"ACTION_FORBIDDEN", "ORDER_ACTION_NOT_ALLOWED", "name; error-codes page #orders 'Action is not allowed for order ... with status ... and substatus ...'; code-to-message link inferred"},
	{"CANT_DELIVER_ORDER_TO_ADDRESS", "CANT_DELIVER_ORDER_TO_ADDRESS", "name only"},
	{"PICKUP_EXPIRED_CANCELLATION_FORBIDDEN", "PICKUP_EXPIRED_CANCELLATION_FORBIDDEN", "name only"},
	{"INVALID_ORDER_STATUS", "ORDER_WRONG_STATUS", "name; error-codes page #orders 'Invalid status for order ...: ..., PROCESSING expected'; code-to-message link inferred"},
	{"CODE_NEED_BE_REFRESHED", "CODE_NEED_BE_REFRESHED", "OpenAPI spec components/schemas/EacVerificationStatusType.yaml NEED_UPDATE and EacVerificationResultDTO.attemptsLeft (verifyOrderEac); code link inferred from the name"},
	{"CODE_ALREADY_ACCEPTED", "CODE_ALREADY_ACCEPTED", "name; verifyOrderEac (OpenAPI spec paths/v2_campaigns_campaignId_orders_orderId_verifyEac.yaml)"},
	{"NO_EMAIL", "NO_EMAIL", "name only"},
	{"PROMO_ENDED", "PROMO_ENDED", "error-codes page #promos 'Promo has ended'"},
	{"PROMO_ENTRY_DEADLINE_EXCEEDED", "PROMO_ENTRY_DEADLINE_EXCEEDED", "name only"},
	{"PROMO_MECHANICS_NOT_SUPPORTED", "PROMO_MECHANICS_NOT_SUPPORTED", "name only"},
	{"PROMO_SINGLE_OFFER_TASK_LIMIT_EXCEEDED", "PROMO_SINGLE_OFFER_RATE_LIMIT", "error-codes page #promos 'The limit for promo update requests with a single offerId has been exceeded. Please wait or use batch requests ...'; code-to-message link inferred from the name"},
	{"SUPPLY_REQUEST_NOT_FOUND", "SUPPLY_REQUEST_NOT_FOUND", "error-codes page #404 'Supply request not found.'"},
	{"DOCUMENT_NOT_FOUND", "DOCUMENT_NOT_FOUND", "name only; document methods: OpenAPI spec paths/v2_campaigns_campaignId_supply-requests_documents.yaml, ..._orders_orderId_documents.yaml"},
	{"EXTERNAL_ORDER_ID_UPDATE_ERROR", "EXTERNAL_ORDER_ID_UPDATE_ERROR", "name; updateExternalOrderId (OpenAPI spec paths/v2_campaigns_campaignId_orders_orderId_external-id.yaml); error-codes page #orders messages 'Cannot do operation ... external ID already set' / '... for order with status ...'"},
	{"DECLINE_REASON_ARE_REQUIRED_ERROR", "DECLINE_REASON_ARE_REQUIRED_ERROR", "name; OpenAPI spec components/schemas/AcceptOrderCancellationRequest.yaml (reason required when accepted=false); link inferred"},
	{"CONTRACT_NOT_FOUND", "CONTRACT_NOT_FOUND", "name only; contract-dependent closing documents: OpenAPI spec paths/v2_reports_closure-documents_generate.yaml"},
	{"CONTRACT_WITH_AGENCY", "CONTRACT_WITH_AGENCY", "error-codes page #reports / error-codes page (2025) #400 'Contract with type MARKETING was signed with the agency'"},
	{"NOT_ENOUGH_STOCK", "NOT_ENOUGH_STOCK", "error-codes page #orders 'Not enough stock for items: ...'; createOrder needs stock (OpenAPI spec paths/v1_campaigns_campaignId_orders_create.yaml)"},
	{"INVALID_DELIVERY_OPTION", "INVALID_DELIVERY_OPTION", "name; createOrder asks to get options from delivery-options first (OpenAPI spec paths/v1_campaigns_campaignId_orders_create.yaml)"},
	{"ORDER_ALREADY_EXISTS", "ORDER_ALREADY_EXISTS", "error-codes page #orders 'Order already exists with external id ...'"},
	{"ORDER_MODIFICATION_NOT_ALLOWED", "ORDER_MODIFICATION_NOT_ALLOWED", "name; updateOrder allowed only before DELIVERED/CANCELLED (OpenAPI spec paths/v1_campaigns_campaignId_orders_update.yaml)"},
	{"DELIVERY_TAX_INFO_NO_DBS_PARTNER", "DELIVERY_TAX_INFO_NO_DBS_PARTNER", "name only"},
	{"DELIVERY_TAX_INFO_INCORRECT_ORDER_STATUS", "DELIVERY_TAX_INFO_INCORRECT_ORDER_STATUS", "name only"},
	{"DELIVERY_TAX_INFO_TAX_SYSTEM_IS_NOT_SUPPORTED", "DELIVERY_TAX_INFO_TAX_SYSTEM_IS_NOT_SUPPORTED", "name only"},
	{"DELIVERY_TAX_INFO_INCORRECT_DELIVERY_SERVICE", "DELIVERY_TAX_INFO_INCORRECT_DELIVERY_SERVICE", "name only"},
	{"DELIVERY_TAX_INFO_INCORRECT_REQUEST", "DELIVERY_TAX_INFO_INCORRECT_REQUEST", "name only"},
	{"RETURN_ALREADY_EXISTS", "RETURN_ALREADY_EXISTS", "error-codes page #orders 'Merchant return with id: ... already exists'"},
	{"INVALID_RETURN_OFFERS", "INVALID_RETURN_OFFERS", "name; createReturn items (OpenAPI spec components/schemas/CreateReturnDTO.yaml, CreateReturnItemDTO.yaml)"},
	{"PHOTO_UPLOAD_FAILED", "PHOTO_UPLOAD_FAILED", "error-codes page #orders 'Failed to upload photos'; createReturn pictures (OpenAPI spec CreateReturnItemDTO.pictures)"},
	{"INVALID_DELIVERY_TYPE", "INVALID_DELIVERY_TYPE", "name only; candidates: createReturn returnOption (OpenAPI spec CreateReturnOptionDTO) or error-codes page #orders 'Delivery dates can't be updated for ... order'"},
	{"INVALID_RETURN_REASON", "INVALID_RETURN_REASON", "name; OpenAPI spec components/schemas/ExternalReturnDecisionReasonType.yaml and ExternalReturnDecisionSubreasonType.yaml (subreasons belong to one reason)"},
	{"INVALID_ITEM_DIMENSIONS", "INVALID_WEIGHT_DIMENSIONS", "name; error-codes page #offers 'Offer at index ... should have weightDimensions.... greater than 0'; link inferred"},
	{"API_DISABLED", "API_DISABLED", "API access page and error-codes page #403 'API for campaign ... disabled ...' family (apiAvailability); code link from the name"},
	{"RESTRICTED_BY_MARKETPLACE_REGION", "RESTRICTED_BY_MARKETPLACE_REGION", "name only (methods marked unavailable for Market Yandex Go sellers: OpenAPI spec x-allowed)"},
	{"NO_ACCESS_BY_DEPRECATION_POLICY", "METHOD_DEPRECATED", "error-codes page #403 'The method is deprecated and is occasionally forbidden. Please stop using it'; OpenAPI spec x-deprecation-config (degradation-start-date, replacement-operation-id)"},
	{"ORDER_EDIT_ERROR", "ORDER_EDIT_ERROR", "Yandex-internal tests: order-service answers ORDER_EDIT_ERROR with details.checkouterErrorCode, which the API translated to the specific code"},
	{"ADVERTISER_STATUS_MISMATCH", "ADVERTISER_STATUS_MISMATCH", "name only"},
	{"RESTRICTED_FOR_ADVERTISER", "RESTRICTED_FOR_ADVERTISER", "name only"},
	{"SUBSCRIPTION_REQUIRED", "SUBSCRIPTION_REQUIRED", "error-codes page #reports 'Without subscription, you cannot request data older than 90 days ...'; subscription tiers in OpenAPI spec x-resource-limit-config (none/medium)"},
	{"CIS_HANDLE_MODE_RESTRICTION", "CIS_HANDLE_MODE_RESTRICTION", "name only"},
	{"UNAUTHORIZED", "UNAUTHORIZED", "not in the enum; the error-codes page's example {'code':'UNAUTHORIZED','message':'Api-Key token is invalid'}; the docs example"},
	{"INTERNAL_SERVER_ERROR", "INTERNAL_ERROR", "not in the enum; Yandex-internal OrderBoxesTest: 500 INTERNAL_SERVER_ERROR 'Internal server error' (hybrid body, JSON and XML)"},
	{"NOT_LEAF_CATEGORY", "CATEGORY_NOT_LEAF", "not in the enum; Yandex-internal GetParametersContentControllerTest: 400 INVALID_CATEGORY 'NOT_LEAF_CATEGORY: Не листовая категория' (the token leads the message)"},
	{"OFFER_NOT_MATCHED", "OFFER_NOT_MATCHED", "not in the enum: no public source found (reported from live traffic in the project's issue tracker; likely the legacy bids API); name only"},
	{"INVALID_BID_VALUE", "INVALID_BID_VALUE", "not in the enum: no public source found (reported from live traffic in the project's issue tracker; likely the legacy bids API); name only"},
	{"NOT_SUPPORTED_BY_DELIVERY_SERVICE", "NOT_SUPPORTED_BY_DELIVERY_SERVICE", "not in the enum; Yandex-internal OrderEditTest: PUT orders/{id}/items -> 400 NOT_SUPPORTED_BY_DELIVERY_SERVICE 'Cannot remove items for order 2827258'"},
	{"INVALID_FEED_REPARSE_INTERVAL_MINUTES", "INVALID_FEED_REPARSE_INTERVAL_MINUTES", "not in the enum; Yandex-internal FeedParameterConverterTest: null/negative/too small/too big/non-numeric/multiple values; feed methods removed from OpenAPI spec (reparseIntervalMinutes gone 92adc6e 2025-05-28)"},
	{"INVALID_CIS_CODE", "INVALID_CIS", "not in the enum, doubtful: Only in a third-party OpenCart module's code list for PUT orders/{id}/items; internal mapping shows checkouter INVALID_CIS_CODE becomes INVALID_CIS"},
	{"TOO_FEW_CISES_FOR_ITEM_CODE", "TOO_FEW_CISES_FOR_ITEM", "not in the enum, doubtful: Same OpenCart list; internal mapping shows checkouter TOO_FEW_CISES_FOR_ITEM_CODE becomes TOO_FEW_CISES_FOR_ITEM"},
	{"ORDER_NOT_FOUND", "ORDER_NOT_FOUND", "not in the enum; a reason of the error-codes page #404 order messages ('Order not found: ...'), kept as a code for older servers"},
}

// codeRows is codeList by code.
var codeRows = func() map[string]string {
	m := make(map[string]string, len(codeList))
	for _, r := range codeList {
		if _, dup := m[r.Code]; dup {
			panic("market: code " + r.Code + " listed twice") // caught by every test
		}
		m[r.Code] = r.Reason
	}
	return m
}()

// itemCodes classifies the codes of per-item channels (promo reasons,
// archive refusals, category checks) beyond the shared code table.
var itemCodes = map[string]string{
	"OFFER_HAS_STOCKS":     "OFFER_HAS_STOCKS",
	"OFFER_DOES_NOT_EXIST": "OFFER_DOES_NOT_EXIST",
	"UNKNOWN_CATEGORY":     "UNKNOWN_CATEGORY",
	"CATEGORY_IS_NOT_LEAF": "CATEGORY_NOT_LEAF",
}

// statusKey names one value of a per-object status: the object whose
// status it is and the value.
type statusKey struct{ Object, Status string }

// statusRow is what a per-object status value means: Reason "" for a
// success, else the reason of an error, or of a warning when Warning is
// set; Source is the evidence.
type statusRow struct {
	Reason  string
	Warning bool
	Source  string
}

// itemStatuses classifies the statuses that per-object results carry in
// place of an error code: every value of each enum, so that a value the
// table lacks is one the spec did not list (DecodeItems makes it a
// warning named after it).
//
// The checks of an order's marking codes ("cis") and UINs ("uin") in
// getOrderIdentifiersStatus: an order with such items ships only once
// every code has passed (the operation's description). A code still being
// checked is retryable, as the typed 400 codes that say so; a code not
// sent for a check is a warning, since Market checks no codes of DBS
// orders and a business buyer's order alone needs them.
var itemStatuses = map[statusKey]statusRow{
	{"cis", "OK"}:                {"", false, "CisStatusType OK: the check passed"},
	{"cis", "INVALID"}:           {"INVALID_CIS", false, "CisStatusType INVALID: the check failed and the item may not be sold with this code; CisSubstatusType, returned with INVALID only, says why"},
	{"cis", "FAILED"}:            {"CIS_CHECK_FAILED", false, "CisStatusType FAILED: the code could not be checked; try again later or remove the code"},
	{"cis", "IN_PROGRESS"}:       {"CIS_VALIDATION_IN_PROGRESS_ERROR", false, "CisStatusType IN_PROGRESS: being checked"},
	{"cis", "NOT_ON_VALIDATION"}: {"CIS_NOT_ON_VALIDATION", true, "CisStatusType NOT_ON_VALIDATION: the code was not sent for a check; provideOrderItemIdentifiers: DBS codes are not checked"},
	{"uin", "OK"}:                {"", false, "UinStatusType OK: the check passed"},
	{"uin", "FAILED"}:            {"INVALID_UIN", false, "UinStatusType FAILED: the UIN failed the check; UinSubstatusType, returned with FAILED only, says why (UIN_MERCHANT_MISMATCH, UIN_MERCHANT_UNREGISTERED, UIN_NO_DATA)"},
	{"uin", "IN_PROGRESS"}:       {"UIN_VALIDATION_IN_PROGRESS_ERROR", false, "UinStatusType IN_PROGRESS: being checked"},
	{"uin", "NOT_ON_VALIDATION"}: {"UIN_NOT_ON_VALIDATION", true, "UinStatusType NOT_ON_VALIDATION: the UIN was not sent for a check, or not every UIN of the order was sent"},

	// The check of an Express order's confirmation code (verifyOrderEac).
	{"eac", "ACCEPTED"}:    {"", false, "EacVerificationStatusType ACCEPTED: the code is right"},
	{"eac", "REJECTED"}:    {"EAC_CODE_REJECTED", false, "EacVerificationStatusType REJECTED: the code is wrong; EacVerificationResultDTO.attemptsLeft, returned then, counts the tries left before the code is renewed"},
	{"eac", "NEED_UPDATE"}: {"CODE_NEED_BE_REFRESHED", false, "EacVerificationStatusType NEED_UPDATE: the tries are spent and Market will send a new code"},

	// Asynchronous operations (getOperations), such as a LaaS order's
	// status update, which updateOrderStatuses answers OK when it starts
	// one. A running operation is a warning, so that it does not read as
	// done; the spec gives a failed one no detail.
	{"operation", "DONE"}:        {"", false, "OperationStatusType DONE: finished"},
	{"operation", "IN_PROGRESS"}: {"OPERATION_IN_PROGRESS", true, "OperationStatusType IN_PROGRESS: running"},
	{"operation", "FAILED"}:      {"OPERATION_FAILED", false, "OperationStatusType FAILED: finished with an error; OperationResultDTO has no field that says which"},
}

// statusClass returns what a per-object status means, and whether it is
// a warning; ok is false for a success. A value the table lacks gives a
// warning named after it, as an unknown per-item warning code does.
func statusClass(object, status string) (c wire.Class, warning, ok bool) {
	row, known := itemStatuses[statusKey{object, status}]
	switch {
	case known && row.Reason == "":
		return wire.Class{}, false, false
	case known:
		return mustVerdict(row.Reason), row.Warning, true
	}
	return itemClass(status, true), true, true
}

// looseRows are wordings of one word rather than a sentence: they match
// only under their own status. Migrations worded otherwise: any 423 that
// speaks of a migration is one, in English or Russian; the documented rows,
// with more literal text, win where they match. Under another status the
// word means nothing.
var looseRows = []messageRow{
	{423, "{subject} migration[ {rest}]", "BUSINESS_MIGRATION_IN_PROGRESS"},
	{423, "{subject} migrating[ {rest}]", "BUSINESS_MIGRATION_IN_PROGRESS"},
	{423, "{subject} миграция[ {rest}]", "BUSINESS_MIGRATION_IN_PROGRESS"},
	{423, "{subject} миграции[ {rest}]", "BUSINESS_MIGRATION_IN_PROGRESS"},
	{423, "{subject} миграцию[ {rest}]", "BUSINESS_MIGRATION_IN_PROGRESS"},
}

// loose holds the patterns of looseRows.
var loose = func() map[string]bool {
	m := make(map[string]bool, len(looseRows))
	for _, r := range looseRows {
		m[r.Pattern] = true
	}
	return m
}()

// messages is the wording catalog, in an index that matches a message
// against every wording in one pass over it.
var messages = func() *pattern.Index[*messageRow] {
	x := new(pattern.Index[*messageRow])
	for _, rows := range [][]messageRow{messageRows, looseRows} {
		for i := range rows {
			if err := x.Add(rows[i].Pattern, &rows[i]); err != nil {
				panic(err) // a catalog typo; caught by every test
			}
		}
	}
	return x
}()
