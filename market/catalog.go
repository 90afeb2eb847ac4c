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

// refuse says why Market turned the request away before acting on it: a
// retryable row may be resent even when the request is not idempotent.
func (r messageRow) refuse(why string) messageRow { r.Class = r.Class.Refuse(why); return r }

// withAction and withWait adjust a row's verdict.
func (r messageRow) withAction(a fault.Action) messageRow { r.Class.Action = a; return r }
func (r messageRow) withWait(d time.Duration) messageRow  { r.Class.Wait = d; return r }

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
	m(400, "Value of field {field} must be between {min} and {max}[ exclusively]", fault.Invalid, "FIELD_OUT_OF_RANGE", false, "send a value inside the range the message gives"),
	m(400, "Length of field {field} must be between {min} and {max}[ exclusively]", fault.Invalid, "FIELD_OUT_OF_RANGE", false, "send a value whose length is inside the range the message gives"),
	m(400, "Value of field {field} must be greater than[ or equal to] {limit}", fault.Invalid, "FIELD_OUT_OF_RANGE", false, "send a larger value"),
	m(400, "Value of field {field} must be less than[ or equal to] {limit}", fault.Invalid, "FIELD_OUT_OF_RANGE", false, "send a smaller value"),
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
	m(400, "Cutoff time for shipments has not been reached yet", fault.Conflict, "SHIPMENT_CUTOFF_NOT_REACHED", true, "the shipment cannot be confirmed before its cutoff time; try again after it").withWait(10 * time.Minute).
		refuse("a 400: Market refused the confirmation, which it allows after the cutoff time"),
	m(400, "Some orders are in the process of being excluded from shipment (shipmentId: {shipmentId}, orderIds: {orderIds}). Please wait up to 30 minutes and try again", fault.Conflict, "SHIPMENT_TRANSFER_IN_PROGRESS", true, "orders are still being moved out of the shipment; try again within 30 minutes").withWait(5 * time.Minute).
		refuse("a 400: Market refused the call while the orders move, and asks to repeat it"),
	m(400, "The limit for promo update requests with a single offerId has been exceeded. Please wait or use batch requests with multiple offerIds for the same promoId", fault.RateLimit, "PROMO_SINGLE_OFFER_RATE_LIMIT", true, "batch several offerIds per promoId instead of one request per offer").withWait(time.Minute).
		refuse("a 400 rate limit: the update was turned away"),
	m(400, "Unable to find mapping for marketSku: {marketSku}", fault.Invalid, "OFFER_MAPPING_NOT_FOUND", false, "the SKU is not mapped to an offer of this store; map it first or drop it"),
	m(400, "Order {orderId} with status {status} is not allowed for status {newStatus}", fault.Conflict, "ORDER_STATUS_TRANSITION_FORBIDDEN", false, "the order's current status does not allow this change"),
	m(400, "Content type {contentType} not supported", fault.Unsupported, "UNSUPPORTED_CONTENT_TYPE", false, "send Content-Type: application/json"),

	m(400, "{field} elements must be not null (rejected value: {value})", fault.Invalid, "FIELD_NULL_ELEMENT", false, "remove the null elements from the list"),
	m(400, "Unexpected end of content", fault.Invalid, "INVALID_BODY", false, "the body is cut short or malformed; send the complete, valid document"),
	m(400, "URL businessId ({urlBusinessId}) does not match businessId in X-Business-Id header ({headerBusinessId})", fault.Invalid, "BUSINESS_ID_MISMATCH", false, "the business id in the URL or body and the X-Business-Id header must name the same cabinet"),
	m(400, "Action is not allowed for order {orderId} with status {status} and substatus {substatus}", fault.Conflict, "ORDER_ACTION_NOT_ALLOWED", false, "the order's status and substatus do not allow this action; check the order's current state first"),
	m(400, "Attempt to change order items or instances after READY_TO_SHIP", fault.Conflict, "ORDER_ITEMS_FROZEN", false, "items cannot change once the order is READY_TO_SHIP"),
	m(400, "Can't create return for order with status: {status}", fault.Conflict, "RETURN_NOT_ALLOWED", false, "a return can be created only for an order in a status that allows it (delivered)"),
	m(400, "Can't resolve geo for address {address}", fault.Invalid, "ADDRESS_NOT_RESOLVED", false, "Market could not place the address on the map; send it in full"),
	m(400, "Cancellation request substatus {subbstatus} is not available for status {status} and role {role} for order {orderId}", fault.Conflict, "CANCELLATION_SUBSTATUS_NOT_ALLOWED", false, "use a cancellation substatus allowed for the order's status and your role"),
	m(400, "Cannot do operation for order with status {status}, and substatus {substatus} (partnerId = {partnerId}, orderId = {orderId})", fault.Conflict, "ORDER_ACTION_NOT_ALLOWED", false, "the order's status and substatus do not allow this action; check the order's current state first"),
	m(400, "Cannot do operation, external ID already set for order (partnerId = {partnerId}, orderId = {orderId}, externalId = {externalId})", fault.Conflict, "EXTERNAL_ID_ALREADY_SET", false, "the order's external id is set already; do not send it again"),
	m(400, "Delivery date {date} can't be in the future", fault.Invalid, "DELIVERY_DATE_IN_FUTURE", false, "a real delivery date cannot be later than today"),
	m(400, "Delivery dates can't be updated for {deliveryType} order with id {orderId}", fault.Conflict, "DELIVERY_DATES_NOT_EDITABLE", false, "delivery dates of this delivery type cannot be changed"),
	m(400, "Exceeded the number of days to edit delivery dates! limit is: {days} days", fault.Invalid, "DELIVERY_DATE_SHIFT_LIMIT", false, "move the delivery date by no more days than the limit"),
	m(400, "Exceeded the number of edits of delivery dates! limit is: {limit}", fault.Conflict, "DELIVERY_DATE_EDIT_LIMIT", false, "the delivery dates were changed as often as allowed; no more changes are possible"),
	m(400, "Failed to upload photos", fault.Unavailable, "PHOTO_UPLOAD_FAILED", true, "Market could not fetch the photos; check that their URLs are public, then retry").withWait(time.Minute).
		refuse("a 400: the request failed as a whole (offer updates apply nothing when one fails, the offer-mappings page)"),
	m(400, "Invalid filters: interval between {dateFrom} and {dateTo} is more than {range} days.", fault.Invalid, "DATE_RANGE_TOO_LONG", false, "narrow the date range, or split it into several requests"),
	m(400, "Invalid incoming cis for item with id = {itemId} for reason: {reason}", fault.Invalid, "INVALID_CIS", false, "fix the item's identification code (CIS) as the reason says"),
	m(400, "Invalid order boxes layout request. Violations: {violations}", fault.Invalid, "INVALID_BOX_LAYOUT", false, "fix the box layout as the listed violations say"),
	m(400, "Invalid status for order {orderId}: {status}, PROCESSING expected", fault.Conflict, "ORDER_WRONG_STATUS", false, "the order is not in the status this call needs (usually PROCESSING); check its status first"),
	m(400, "Merchant return with id: {returnId} already exists", fault.Conflict, "RETURN_ALREADY_EXISTS", false, "the return exists already; a repeated request can be treated as done"),
	m(400, "New delivery dates are the same as the current!", fault.Invalid, "DELIVERY_DATE_UNCHANGED", false, "send dates that differ from the current ones"),
	m(400, "No permission to set status {newStatus} for order {orderId} with status {currentStatus}", fault.Conflict, "ORDER_STATUS_TRANSITION_FORBIDDEN", false, "the order cannot move from its current status to the one requested; check the order status model"),
	m(400, "No transition found: {fromStatus} -> {toStatus}", fault.Conflict, "ORDER_STATUS_TRANSITION_FORBIDDEN", false, "the order cannot move from its current status to the one requested; check the order status model"),
	m(400, "Not a business buyer.", fault.Unsupported, "NOT_BUSINESS_BUYER", false, "the buyer is a person, not a business; this call applies to business buyers only"),
	m(400, "Not enough stock for items: {offerIds}", fault.Conflict, "NOT_ENOUGH_STOCK", false, "the listed offers lack stock; update stocks or drop them"),
	m(400, "Offers not found for SKUs: {offerIds}", fault.Invalid, "OFFERS_NOT_FOUND", false, "check the offer ids (SKUs) against the catalog"),
	m(400, "Order {orderId} is in cancellation state", fault.Conflict, "ORDER_IN_CANCELLATION", false, "the order is being cancelled; it cannot be changed"),
	m(400, "Order {orderId} is in terminal state", fault.Conflict, "ORDER_IN_TERMINAL_STATE", false, "the order is finished (delivered or cancelled); it cannot be changed"),
	m(400, "Order already exists with external id {externalOrderId}", fault.Conflict, "ORDER_ALREADY_EXISTS", false, "an order with this external id exists already; use a new id or treat the repeat as done"),
	m(400, "Order creation start date is required to be less than end date", fault.Invalid, "DATE_RANGE_INVERTED", false, "the start of the range must come before its end"),
	m(400, "Order is in the wrong status, it’s only possible starting from the status PROCESSING.", fault.Conflict, "ORDER_WRONG_STATUS", false, "the order is not in the status this call needs (usually PROCESSING); check its status first"),
	m(400, "Order is not in shop-processing status (actual: {status}).", fault.Conflict, "ORDER_WRONG_STATUS", false, "the order is not in the status this call needs (usually PROCESSING); check its status first"),
	m(400, "Order shipment start date is required to be less than end date", fault.Invalid, "DATE_RANGE_INVERTED", false, "the start of the range must come before its end"),
	m(400, "Order update start is required to be less than end date", fault.Invalid, "DATE_RANGE_INVERTED", false, "the start of the range must come before its end"),
	m(400, "Order.id={orderId} is not digital.", fault.Unsupported, "ORDER_NOT_DIGITAL", false, "this call applies to digital orders only"),
	m(400, "Real delivery date should be from order creation date to current date inclusively", fault.Invalid, "DELIVERY_DATE_OUT_OF_RANGE", false, "the real delivery date must lie between the order's creation and today"),
	m(400, "Status change was forbidden for client role = {role}", fault.Permission, "ORDER_STATUS_CHANGE_FORBIDDEN", false, "your role may not change the order's status this way"),
	m(400, "Status not allowed: {status}", fault.Invalid, "ORDER_STATUS_NOT_ALLOWED", false, "use an order status this call accepts"),
	m(400, "The requested delivery interval is not valid for order {orderId}", fault.Invalid, "INVALID_DELIVERY_INTERVAL", false, "fetch the order's current delivery intervals and pick one of them"),
	m(400, "Transition {fromStatus} -> {toStatus} is not allowed. Reason: {reason}", fault.Conflict, "ORDER_STATUS_TRANSITION_FORBIDDEN", false, "the order cannot move from its current status to the one requested; check the order status model"),
	m(400, "Wrong count for shop skus: {offerIds}", fault.Invalid, "INVALID_RETURN_COUNT", false, "fix the item counts of the return"),
	m(400, "Closest shipment for reception transfer act generation not found.", fault.Conflict, "SHIPMENT_NOT_READY", true, "there is no shipment to build the act for yet; try again once it exists").withWait(10 * time.Minute).
		refuse("a 400: there was nothing to act on yet"),
	m(400, "No orders for closest shipment have been processed yet (shipmentId: {shipmentId}).", fault.Conflict, "SHIPMENT_NO_PROCESSED_ORDERS", true, "move the shipment's orders to READY_TO_SHIP, then try again").withWait(10 * time.Minute).
		refuse("a 400: there was nothing to act on yet"),
	m(400, "Outbound with id = {shipmentId} is not confirmed and hasn't draft transfer", fault.Conflict, "SHIPMENT_NOT_CONFIRMED", false, "confirm the shipment before this call"),
	m(400, "Shipment with ID {shipmentId} contains invalid orders. Reasons: orders are in wrong status ({orderIds})", fault.Conflict, "SHIPMENT_INVALID_ORDERS", false, "fix or move the listed orders out of the shipment"),
	m(400, "Shipment with ID {shipmentId} does not contain any orders", fault.Conflict, "SHIPMENT_EMPTY", false, "add orders to the shipment first"),
	m(400, "Shipment with ID {shipmentId} has been confirmed already", fault.Conflict, "SHIPMENT_ALREADY_CONFIRMED", false, "the shipment is confirmed already; do not confirm it again"),
	m(400, "Some orders have not been processed yet. Please change the status of orders to READY_TO_SHIP and try again. (shipmentId: {shipmentId}, orderIds: {orderIds}).", fault.Conflict, "SHIPMENT_ORDERS_NOT_PROCESSED", false, "move the listed orders to READY_TO_SHIP, then try again"),
	m(400, "discountBase is less than value: offerId = {offerId}", fault.Invalid, "DISCOUNT_BASE_TOO_LOW", false, "the price before discount must be higher than the price"),
	m(400, "Duplicate offer in request: offerId = {offerId}", fault.Invalid, "DUPLICATE_OFFER", false, "each offer may appear once in a request; remove the repeats"),
	m(400, "Missing offerId", fault.Invalid, "MISSING_OFFER_ID", false, "every item needs an offerId"),
	m(400, "Missing price value: offerId = {offerId}", fault.Invalid, "MISSING_PRICE", false, "send a price value for the offer"),
	m(400, "Offer at index {index} should have valid discount value. Discount percentage must be between {min} and {max}, actual {val}", fault.Invalid, "INVALID_DISCOUNT", false, "the discount must lie in the range the message gives"),
	m(400, "Offer at index {index} should not have {fieldName} with {currency} currency", fault.Invalid, "INVALID_CURRENCY", false, "use a currency the cabinet and method support"),
	m(400, "Offer at index {index} should not have {fieldName} with too many digits", fault.Invalid, "FIELD_SCALE_TOO_HIGH", false, "send the value with fewer decimal places"),
	m(400, "offerId = {offerId} should have valid discount value. Discount percentage must be between {min} and {max}, actual {val}", fault.Invalid, "INVALID_DISCOUNT", false, "the discount must lie in the range the message gives"),
	m(400, "Unrecognized vat: {value}: offerId = {offerId}", fault.Invalid, "INVALID_VAT", false, "use a VAT rate from the documented list"),
	m(400, "Vat setting of {vatName} ({vatId}) not supported for current {taxSystemName} ({taxSystemId}) taxSystem: {offerId}", fault.Invalid, "VAT_NOT_SUPPORTED", false, "use a VAT rate that the tax system accepts now"),
	m(400, "Vat setting of {vatName} ({vatId}) not supported since year 2019: {offerId}", fault.Invalid, "VAT_NOT_SUPPORTED", false, "use a VAT rate that the tax system accepts now"),
	m(400, "Duplicate offerId={offerId} at positions {positions}", fault.Invalid, "DUPLICATE_OFFER", false, "each offer may appear once in a request; remove the repeats"),
	m(400, "Offer at index {index} cannot have parameter {fieldName} deleted and set at the same time", fault.Invalid, "PARAMETER_DELETE_AND_SET", false, "either delete the parameter or set it, not both"),
	m(400, "Offer at index {index} should not have empty values in list of {fieldName}", fault.Invalid, "FIELD_EMPTY_LIST_ITEM", false, "remove the empty values from the list"),
	m(400, "Offer at index {index} should have weightDimensions.{weightDimension} greater than 0", fault.Invalid, "INVALID_WEIGHT_DIMENSIONS", false, "weight and dimensions must be greater than zero"),
	m(400, "Offers should have different ids. Following offers ids are repeating: {offerIds}.", fault.Invalid, "DUPLICATE_OFFER", false, "each offer may appear once in a request; remove the repeats"),
	m(400, "Duplicate shop-sku {sku} for warehouse {count}", fault.Invalid, "DUPLICATE_SKU", false, "each SKU may appear once per warehouse"),
	m(400, "Stock for {sku} should not be in the future", fault.Invalid, "STOCK_DATE_IN_FUTURE", false, "the stock's updatedAt cannot be in the future"),
	m(400, "Stock for {sku} should not be older than a day", fault.Invalid, "STOCK_DATE_TOO_OLD", false, "send a stock updatedAt within the last day"),
	m(400, "datediff-is-to-big-local", fault.Invalid, "OUTLET_DELIVERY_RANGE_TOO_WIDE", false, "narrow the outlet's delivery period"),
	m(400, "datediff-is-to-big-long-period", fault.Invalid, "OUTLET_DELIVERY_RANGE_TOO_WIDE", false, "narrow the outlet's delivery period"),
	m(400, "datediff-is-to-big-remote", fault.Invalid, "OUTLET_DELIVERY_RANGE_TOO_WIDE", false, "narrow the outlet's delivery period"),
	m(400, "Not valid outlet info: {errors}", fault.Invalid, "INVALID_OUTLET", false, "fix the outlet data as the message lists"),
	m(400, "Outlet with code {shopOutletCode} already exists for campaign {campaignId}", fault.Conflict, "OUTLET_ALREADY_EXISTS", false, "an outlet with this code exists; use another code or update the existing outlet"),
	m(400, "Region {regionName} cannot be used as outlet region", fault.Invalid, "INVALID_OUTLET_REGION", false, "use a town or city region for the outlet"),
	m(400, "Wrong outlet gps coordinates", fault.Invalid, "INVALID_COORDINATES", false, "send the outlet's coordinates as 'longitude, latitude'"),
	m(400, "Category is not a leaf.", fault.Invalid, "CATEGORY_NOT_LEAF", false, "use a leaf category (one without subcategories)"),
	m(400, "Following categories are not leaf categories: {categories}", fault.Invalid, "CATEGORY_NOT_LEAF", false, "use a leaf category (one without subcategories)"),
	m(400, "Unknown categories: {categories}", fault.NotFound, "UNKNOWN_CATEGORY", false, "check the category ids against the category tree"),
	m(400, "Requested businessId ({requestedBusinessId}) does not match businessId in X-Business-Id header ({headerBusinessId})", fault.Invalid, "BUSINESS_ID_MISMATCH", false, "the business id in the URL or body and the X-Business-Id header must name the same cabinet"),
	m(400, "Invalid parameter: payout frequency {frequency} and delay weeks {paymentDelayWeeks} are not supported", fault.Invalid, "INVALID_PAYOUT_PARAMS", false, "use a payout frequency and delay combination the method lists"),
	m(400, "Currency {currency} is not supported for tariff calculation", fault.Invalid, "INVALID_CURRENCY", false, "use a currency the cabinet and method support"),
	m(400, "Not enough parameters in request: offerIds or deleteAllOffers should be specified", fault.Invalid, "PARAM_REQUIRED", false, "add the parameter the message names"),
	m(400, "Promo has ended", fault.Conflict, "PROMO_ENDED", false, "the promo is over; choose an active one"),
	m(400, "Too many parameters in request: only one of parameters offerIds or deleteAllOffers should be specified", fault.Invalid, "PARAMS_MUTUALLY_EXCLUSIVE", false, "send only one of the parameters the message names"),
	m(400, "Date field {dateFieldTo} must be greater or equal to {dateFieldFrom}!", fault.Invalid, "DATE_RANGE_INVERTED", false, "the start of the range must come before its end"),
	m(400, "Only default prices are used for this business. Generate the report at the business level (not campaign) to see actual prices.", fault.Conflict, "DEFAULT_PRICES_ONLY", false, "the cabinet uses one price for all stores; work with prices at the cabinet (business) level, not per store"),
	m(400, "Periods \"orderDate\" and \"orderUpdate\" can't be specified simultaneously!", fault.Invalid, "PARAMS_MUTUALLY_EXCLUSIVE", false, "send only one of the parameters the message names"),
	m(400, "Without subscription, you cannot request data older than 90 days. The dateFrom ({dateFrom}) is too far in the past.", fault.Account, "SUBSCRIPTION_REQUIRED", false, "data that old needs a subscription; subscribe or ask for a shorter period"),
	m(400, "You cannot request data older than 400 days. The dateFrom ({dateFrom}) is too far in the past.", fault.Invalid, "DATE_TOO_OLD", false, "ask for data from the last 400 days only"),
	m(400, "Duplicate comment.", fault.Conflict, "DUPLICATE_COMMENT", false, "the same comment was sent already; do not send it again"),
	m(400, "Illegal url in comment text.", fault.Invalid, "ILLEGAL_URL_IN_COMMENT", false, "remove links from the comment"),
	m(400, "parentEntityId required for CREATE operation", fault.Invalid, "PARAM_REQUIRED", false, "add the parameter the message names"),
	m(400, "entityId required for UPDATE and DELETE operation", fault.Invalid, "PARAM_REQUIRED", false, "add the parameter the message names"),
	m(400, "QUESTION entity type cannot be updated", fault.Unsupported, "ENTITY_NOT_EDITABLE", false, "questions cannot be edited; edit answers or comments"),
	m(400, "Cannot create a comment on another comment.", fault.Invalid, "INVALID_PARENT_ENTITY", false, "reply to an answer, not to a comment"),

	// 401: credentials.
	m(401, "Api-Key token is invalid", fault.Auth, "API_KEY_INVALID", false, hintAPIKey),
	m(401, "Api-Key token is revoked", fault.Auth, "API_KEY_REVOKED", false, "the Api-Key token was deleted; issue a new one in the cabinet"),
	m(401, "Api-Key token is not specified", fault.Auth, "API_KEY_MISSING", false, "send the token in the Api-Key header"),
	m(401, "Api-Key token format invalid", fault.Auth, "API_KEY_MALFORMED", false, hintAPIKey),
	m(401, "Api-Key token length invalid", fault.Auth, "API_KEY_MALFORMED", false, hintAPIKey),
	m(401, "Api-Key token prefix invalid", fault.Auth, "API_KEY_MALFORMED", false, "send the Api-Key value alone, without a Bearer prefix; if it is right, issue a new one"),
	m(401, "Authorization header has invalid syntax", fault.Auth, "AUTH_HEADER_INVALID", false, "send the OAuth token in the Authorization header, after the word Bearer"),
	m(401, "Credentials are not specified", fault.Auth, "CREDENTIALS_MISSING", false, "send an Api-Key header or an Authorization header with an OAuth token"),
	m(401, "OAuth credentials are not specified", fault.Auth, "OAUTH_CREDENTIALS_MISSING", false, "send the OAuth token in the Authorization header, after the word Bearer"),
	m(401, "OAuth token is not specified", fault.Auth, "OAUTH_TOKEN_MISSING", false, "send the OAuth token in the Authorization header, after the word Bearer"),
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

	m(403, "No access to campaigns: {campaigns}", fault.Permission, "CAMPAIGN_ACCESS_DENIED", false, "the listed campaigns are not yours to use; pass your own campaign ids"),
	m(403, "No access to comment modifying.", fault.Permission, "ACCESS_DENIED", false, "the token's user has no rights to this object"),
	m(403, "No access to feedback modifying.", fault.Permission, "ACCESS_DENIED", false, "the token's user has no rights to this object"),
	m(403, "The partner does not have access to the supply request.", fault.Permission, "ACCESS_DENIED", false, "the token's user has no rights to this object"),
	m(403, "businessId in X-Business-Id header ({headerBusinessId}) does not match the business that the campaign {campaignId} belongs to ({actualBusinessId})", fault.Invalid, "BUSINESS_ID_MISMATCH", false, "the business id in the URL or body and the X-Business-Id header must name the same cabinet"),
	m(403, "Entity id from request body does not match businessId in X-Business-Id header ({businessId})", fault.Invalid, "BUSINESS_ID_MISMATCH", false, "the business id in the URL or body and the X-Business-Id header must name the same cabinet"),

	// 404.
	m(404, "Campaign not found[:] {campaignId}", fault.NotFound, "CAMPAIGN_NOT_FOUND", false, "check the campaign id"),
	m(404, "Login not found: {login}", fault.NotFound, "LOGIN_NOT_FOUND", false, "check the login"),
	m(404, "Model not found: {modelId}", fault.NotFound, "MODEL_NOT_FOUND", false, "check the model id"),
	m(404, "Resource not found", fault.NotFound, "RESOURCE_NOT_FOUND", false, "check the URL and the method version"),

	m(404, "Report not found.", fault.NotFound, "REPORT_NOT_FOUND", false, "check the report id; generated reports expire"),
	m(404, "Box not found. Box: {boxId}", fault.NotFound, "BOX_NOT_FOUND", false, "check the box id"),
	m(404, "Campaign {campaignId} has no order id {orderId}", fault.NotFound, "ORDER_NOT_FOUND", false, "check the order id and the campaign it belongs to"),
	m(404, "Can't find chat by id: {chatId}", fault.NotFound, "CHAT_NOT_FOUND", false, "check the chat id"),
	m(404, "Can't find message by id: {messageId} for chat {chatId}", fault.NotFound, "MESSAGE_NOT_FOUND", false, "check the message and chat ids"),
	m(404, "Failed to find \\[{resource}\\] with id \\[{id}\\]", fault.NotFound, "RESOURCE_NOT_FOUND", false, "check the object id and the URL"),
	m(404, "Failed to find order with id {orderId}", fault.NotFound, "ORDER_NOT_FOUND", false, "check the order id and the campaign it belongs to"),
	m(404, "Feedbacks not found.", fault.NotFound, "FEEDBACK_NOT_FOUND", false, "check the feedback ids"),
	m(404, "Grade not found.", fault.NotFound, "FEEDBACK_NOT_FOUND", false, "check the feedback ids"),
	m(404, "No boxes found for order {orderId}", fault.NotFound, "BOXES_NOT_FOUND", false, "set the order's boxes before this call"),
	m(404, "Order not found: {orderId}", fault.NotFound, "ORDER_NOT_FOUND", false, "check the order id and the campaign it belongs to"),
	m(404, "Order not found: partnerId = {partnerId}, orderId = {orderId}", fault.NotFound, "ORDER_NOT_FOUND", false, "check the order id and the campaign it belongs to"),
	m(404, "Outlet not found: {outletId}", fault.NotFound, "OUTLET_NOT_FOUND", false, "check the outlet id"),
	m(404, "Region {regionId} not found.", fault.NotFound, "REGION_NOT_FOUND", false, "check the region id"),
	m(404, "Return {returnId} for order {orderId} is not found", fault.NotFound, "RETURN_NOT_FOUND", false, "check the return and order ids"),
	m(404, "Shipment with ID {shipmentId} not found", fault.NotFound, "SHIPMENT_NOT_FOUND", false, "check the shipment id"),
	m(404, "Supply request not found.", fault.NotFound, "SUPPLY_REQUEST_NOT_FOUND", false, "check the supply request id"),
	m(404, "Unknown category", fault.NotFound, "UNKNOWN_CATEGORY", false, "check the category ids against the category tree"),

	// 405, 415.
	m(405, "Request method {method} not supported", fault.Unsupported, "METHOD_NOT_ALLOWED", false, "the resource does not support this HTTP method"),
	m(415, "Content type {contentType} not supported", fault.Unsupported, "UNSUPPORTED_CONTENT_TYPE", false, "send Content-Type: application/json"),
	m(415, "Unknown content-type: {contentType}", fault.Unsupported, "UNSUPPORTED_CONTENT_TYPE", false, "send Content-Type: application/json"),
	m(415, "Missing Content-Type", fault.Unsupported, "CONTENT_TYPE_MISSING", false, "send Content-Type: application/json"),

	// 420: limits. Market throttles with 420, never 429.
	m(420, "Hit rate limit of {limit} parallel requests[ for {entity}]", fault.RateLimit, "PARALLEL_LIMIT_EXCEEDED", true, "too many requests at once for this store or cabinet; send fewer in parallel").
		refuse("a request over the parallel limit is turned away with 420 (the limits page)"),
	m(420, "Hit rate limit of {limit} requests per {period} for resource {resource}[ for {entity}]", fault.Quota, "RESOURCE_LIMIT_EXCEEDED", true, hintResource).
		refuse("a request over the method's quota is turned away with 420 until X-RateLimit-Resource-Until (the error-codes page)"),
	m(420, "Hit rate limit of {limit} points per {period} for resource {resource}[ for {entity}]", fault.Quota, "RESOURCE_LIMIT_EXCEEDED", true, hintResource).
		refuse("a request over the method's quota is turned away with 420 until X-RateLimit-Resource-Until (the error-codes page)"),
	m(420, "Active reports limit exceeded, limit={limit}", fault.RateLimit, "ACTIVE_REPORTS_LIMIT_EXCEEDED", true, "too many reports are being generated at once; wait for one to finish").withWait(time.Minute).
		refuse("the report was not started: too many were being generated"),

	// 423: locked.
	m(423, "Business is in migration", fault.Locked, "BUSINESS_MIGRATION_IN_PROGRESS", true, "stores are being moved in this cabinet; try again when the move ends").withWait(15 * time.Minute).
		refuse("423: the cabinet is locked while stores move, so nothing was changed"),
	m(423, "Campaign is in business migration", fault.Locked, "CAMPAIGN_MIGRATION_IN_PROGRESS", true, "the store is moving to another cabinet; try again when the move ends").withWait(15 * time.Minute).
		refuse("423: the store is locked while it moves, so nothing was changed"),
	m(423, "Partner use only default price", fault.Conflict, "DEFAULT_PRICES_ONLY", false, "the cabinet sets one price for all stores; set prices at the cabinet level, not per store"),

	// 503.
	m(503, "Service temporarily unavailable. Please, try again later", fault.Unavailable, "SERVICE_UNAVAILABLE", true, "Market is overloaded; retry later and contact support if it persists").withWait(5 * time.Second).
		refuse("503: the server could not handle the request (RFC 9110, 15.6.4), and Market asks to try again"),
}

// codeRows classifies a Market code when no message pattern matched. The
// generic codes (BAD_REQUEST, FORBIDDEN, ...) say no more than the status;
// specific ones from the typed enum say more. Market's code alone is not
// reliable, so the status decides where the two disagree.
var codeRows = map[string]wire.Class{
	"UNAUTHORIZED": wire.C(fault.Auth, "UNAUTHORIZED", false, "the credentials are missing or not accepted; send a valid Api-Key or OAuth token"),
	"FORBIDDEN":    wire.C(fault.Permission, "FORBIDDEN", false, "the credentials do not grant this operation or object"),
	"BAD_REQUEST":  wire.C(fault.Invalid, "BAD_REQUEST", false, "the request is wrong; read the message, fix it and send it again"),
	"NOT_FOUND":    wire.C(fault.NotFound, "NOT_FOUND", false, "check the URL and the ids in the request"),
	"LOCKED":       wire.C(fault.Locked, "LOCKED", false, "the method cannot be used for this object now; read the message"),
	"INTERNAL_ERROR": wire.C(fault.Internal, "INTERNAL_ERROR", true, "Market failed; retry later and contact support if it persists").
		MayApply("an internal error says nothing of what was done"),
	"UNSUPPORTED_MEDIA_TYPE": wire.C(fault.Unsupported, "UNSUPPORTED_MEDIA_TYPE", false, "send Content-Type: application/json"),
	"CAMPAIGN_NOT_FOUND":     wire.C(fault.NotFound, "CAMPAIGN_NOT_FOUND", false, "check the campaign id"),
	"BUSINESS_NOT_FOUND":     wire.C(fault.NotFound, "BUSINESS_NOT_FOUND", false, "check the business id"),
	"PARTNER_NOT_FOUND":      wire.C(fault.NotFound, "PARTNER_NOT_FOUND", false, "check the partner id"),
	"OFFER_NOT_FOUND":        wire.C(fault.NotFound, "OFFER_NOT_FOUND", false, "check the offer id"),
	"ORDER_NOT_FOUND":        wire.C(fault.NotFound, "ORDER_NOT_FOUND", false, "check the order id"),
	"NO_REQUIRED_FIELDS":     wire.C(fault.Invalid, "NO_REQUIRED_FIELDS", false, "add the required fields the message names"),
	"API_DISABLED":           wire.C(fault.Account, "API_DISABLED", false, hintDisabled),
	"REQUEST_LIMIT_EXCEEDED": wire.C(fault.RateLimit, "REQUEST_LIMIT_EXCEEDED", true, "too many requests; slow down and retry later").
		Refuse("a request over a limit is turned away with 420 (the limits page)"),
	"SUBSCRIPTION_REQUIRED": wire.C(fault.Account, "SUBSCRIPTION_REQUIRED", false, "the cabinet's subscription level does not include this; upgrade it or narrow the request"),
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
