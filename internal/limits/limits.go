// Package limits holds Market's documented per-resource quotas: for each
// operation, the resource its requests count against, what one request
// costs, and the quota of the lowest subscription tier. They come from the
// x-resource-limit-config of the Market Partner API's OpenAPI spec
// (github.com/yandex-market/yandex-market-partner-api, openapi/, read at
// 1318e9b, 2026-07-17), and let a Budget know a limit before Market's first
// answer; the X-RateLimit-Resource-* headers of every answer then say what
// holds for the account.
package limits

import (
	"strings"
	"time"
)

// Resource is one operation's quota.
type Resource struct {
	Method, Path string // the operation, with {name} for a path parameter
	ID           int    // the spec's x-resource-id: operations sharing one share a quota
	// Count names what a request costs: "resp" for one per call, req.X for
	// the number of elements of the request's array X, resp.X for the
	// response's (unknown before the answer).
	Count string
	// Parallel is the spec's parallel-limit-value; 0 when it sets none.
	// Its meaning is undocumented.
	Parallel int
	// Amount per Period is the quota of the lowest tier (subscription none).
	Amount int
	Period time.Duration
}

// Table is every operation with a documented quota.
var Table = []Resource{
	{"POST", "/v2/businesses/{businessId}/settings", 218, "resp", 0, 100, time.Hour},
	{"GET", "/v2/campaigns", 1, "resp", 0, 1000, time.Hour},
	{"GET", "/v2/campaigns/{campaignId}", 2, "resp", 0, 5000, time.Hour},
	{"GET", "/v2/campaigns/{campaignId}/settings", 25, "resp", 0, 1000, time.Hour},
	{"GET", "/v2/campaigns/{campaignId}/orders/{orderId}", 28, "resp", 6, 10000, time.Hour},
	{"GET", "/v2/campaigns/{campaignId}/orders", 27, "resp", 6, 10000, time.Hour},
	{"POST", "/v1/businesses/{businessId}/orders", 283, "resp", 6, 10000, time.Hour},
	{"PUT", "/v2/campaigns/{campaignId}/orders/{orderId}/identifiers", 179, "resp", 0, 10000, time.Hour},
	{"PUT", "/v2/campaigns/{campaignId}/orders/{orderId}/items", 57, "resp", 6, 10000, time.Hour},
	{"PUT", "/v2/campaigns/{campaignId}/orders/{orderId}/status", 30, "resp", 0, 10000, time.Hour},
	{"POST", "/v2/campaigns/{campaignId}/orders/status-update", 117, "resp.result.orders", 0, 10000, time.Hour},
	{"PUT", "/v2/campaigns/{campaignId}/orders/{orderId}/delivery/shipments/{shipmentId}/boxes", 107, "resp", 0, 10000, time.Hour},
	{"PUT", "/v2/campaigns/{campaignId}/orders/{orderId}/cancellation/accept", 137, "resp", 0, 500, time.Hour},
	{"POST", "/v2/campaigns/{campaignId}/orders/{orderId}/deliverDigitalGoods", 129, "resp", 6, 10000, time.Hour},
	{"PUT", "/v2/campaigns/{campaignId}/orders/{orderId}/boxes", 206, "resp", 0, 10000, time.Hour},
	{"POST", "/v2/campaigns/{campaignId}/orders/{orderId}/external-id", 255, "resp", 0, 1000, time.Hour},
	{"POST", "/v2/campaigns/{campaignId}/orders/{orderId}/identifiers/status", 259, "resp", 0, 1000, time.Hour},
	{"POST", "/v1/campaigns/{campaignId}/orders/create", 269, "resp", 0, 10000, time.Hour},
	{"POST", "/v1/campaigns/{campaignId}/orders/update", 273, "resp", 0, 10000, time.Hour},
	{"POST", "/v1/campaigns/{campaignId}/orders/update-options", 280, "resp", 0, 10000, time.Hour},
	{"PUT", "/v2/campaigns/{campaignId}/orders/{orderId}/delivery/date", 138, "resp", 0, 10000, time.Hour},
	{"POST", "/v2/campaigns/{campaignId}/orders/{orderId}/delivery/track", 136, "resp", 0, 10000, time.Hour},
	{"GET", "/v2/campaigns/{campaignId}/orders/{orderId}/buyer", 130, "resp", 0, 3000, time.Hour},
	{"PUT", "/v2/campaigns/{campaignId}/orders/{orderId}/verifyEac", 164, "resp", 0, 10000, time.Hour},
	{"PUT", "/v2/campaigns/{campaignId}/orders/{orderId}/delivery/storage-limit", 154, "resp", 0, 10000, time.Hour},
	{"GET", "/v2/campaigns/{campaignId}/orders/{orderId}/delivery/shipments/{shipmentId}/boxes/{boxId}/label", 118, "resp", 0, 10000, time.Hour},
	{"GET", "/v2/campaigns/{campaignId}/orders/{orderId}/delivery/labels", 119, "resp", 0, 10000, time.Hour},
	{"GET", "/v2/campaigns/{campaignId}/orders/{orderId}/delivery/labels/data", 120, "resp", 0, 10000, time.Hour},
	{"POST", "/v2/campaigns/{campaignId}/orders/{orderId}/business-buyer", 214, "resp", 0, 3000, time.Hour},
	{"POST", "/v2/campaigns/{campaignId}/orders/{orderId}/documents", 215, "resp", 0, 3000, time.Hour},
	{"GET", "/v2/campaigns/{campaignId}/returns", 148, "resp", 0, 5000, time.Hour},
	{"GET", "/v2/campaigns/{campaignId}/orders/{orderId}/returns/{returnId}", 159, "resp", 0, 7000, time.Hour},
	{"POST", "/v2/campaigns/{campaignId}/orders/{orderId}/returns/{returnId}/decision", 160, "resp", 0, 1000, time.Hour},
	{"POST", "/v2/campaigns/{campaignId}/orders/{orderId}/returns/{returnId}/decision/submit", 161, "resp", 0, 5000, time.Hour},
	{"POST", "/v1/businesses/{businessId}/returns/decisions", 287, "resp", 0, 5000, time.Hour},
	{"GET", "/v2/campaigns/{campaignId}/orders/{orderId}/returns/{returnId}/application", 162, "resp", 0, 5000, time.Hour},
	{"GET", "/v2/campaigns/{campaignId}/orders/{orderId}/returns/{returnId}/decision/{itemId}/image/{imageHash}", 163, "resp", 0, 5000, time.Hour},
	{"POST", "/v1/campaigns/{campaignId}/returns/create", 270, "resp", 0, 5000, time.Hour},
	{"POST", "/v1/campaigns/{campaignId}/returns/cancel", 271, "resp", 0, 5000, time.Hour},
	{"GET", "/v2/regions", 17, "resp.regions", 0, 50000, time.Hour},
	{"GET", "/v2/regions/{regionId}", 18, "resp", 0, 10000, time.Hour},
	{"GET", "/v2/regions/{regionId}/children", 31, "resp.regions.children", 0, 1000, time.Hour},
	{"POST", "/v2/regions/countries", 254, "resp", 0, 100, time.Hour},
	{"GET", "/v2/campaigns/{campaignId}/shipments/reception-transfer-act", 126, "resp", 0, 200, time.Hour},
	{"GET", "/v2/campaigns/{campaignId}/first-mile/shipments/{shipmentId}", 133, "resp", 0, 200, time.Hour},
	{"GET", "/v2/campaigns/{campaignId}/first-mile/shipments/{shipmentId}/orders/info", 139, "resp", 0, 200, time.Hour},
	{"POST", "/v2/campaigns/{campaignId}/first-mile/shipments/{shipmentId}/confirm", 132, "resp", 0, 200, time.Hour},
	{"GET", "/v2/campaigns/{campaignId}/first-mile/shipments/{shipmentId}/act", 134, "resp", 0, 200, time.Hour},
	{"GET", "/v2/campaigns/{campaignId}/first-mile/shipments/{shipmentId}/inbound-act", 147, "resp", 0, 200, time.Hour},
	{"GET", "/v2/campaigns/{campaignId}/first-mile/shipments/{shipmentId}/transportation-waybill", 140, "resp", 0, 200, time.Hour},
	{"GET", "/v2/campaigns/{campaignId}/first-mile/shipments/{shipmentId}/discrepancy-act", 150, "resp", 0, 200, time.Hour},
	{"PUT", "/v2/campaigns/{campaignId}/first-mile/shipments/{shipmentId}/pallets", 178, "resp", 0, 200, time.Hour},
	{"GET", "/v2/campaigns/{campaignId}/first-mile/shipments/{shipmentId}/pallet/labels", 180, "resp", 0, 200, time.Hour},
	{"PUT", "/v2/campaigns/{campaignId}/first-mile/shipments", 135, "resp", 0, 200, time.Hour},
	{"POST", "/v2/campaigns/{campaignId}/first-mile/shipments/{shipmentId}/orders/transfer", 185, "resp", 0, 200, time.Hour},
	{"POST", "/v2/businesses/{businessId}/offer-mappings/delete", 171, "req.offerIds", 0, 5000, time.Minute},
	{"POST", "/v2/businesses/{businessId}/offer-mappings", 169, "resp", 0, 100, time.Minute},
	{"POST", "/v2/businesses/{businessId}/offer-mappings/update", 170, "req.offerMappings", 0, 5000, time.Minute},
	{"POST", "/v2/businesses/{businessId}/offer-mappings/archive", 205, "req.offerIds", 0, 5000, time.Minute},
	{"POST", "/v2/businesses/{businessId}/offer-mappings/unarchive", 204, "req.offerIds", 0, 5000, time.Minute},
	{"POST", "/v1/businesses/{businessId}/offer-mappings/barcodes/generate", 281, "req.offerIds", 0, 5000, time.Minute},
	{"POST", "/v2/businesses/{businessId}/offer-prices/updates", 177, "req.offers", 0, 10000, time.Minute},
	{"POST", "/v2/campaigns/{campaignId}/offer-prices/updates", 64, "req.offers", 12, 10000, time.Minute},
	{"GET", "/v2/campaigns/{campaignId}/offer-prices", 63, "resp.result.offers", 0, 150000, time.Minute},
	{"POST", "/v2/campaigns/{campaignId}/offer-prices", 176, "resp.result.offers", 0, 10000, time.Minute},
	{"POST", "/v2/businesses/{businessId}/offer-prices", 261, "resp.result.offers", 0, 5000, time.Minute},
	{"POST", "/v2/businesses/{businessId}/price-quarantine", 172, "resp", 0, 5000, time.Minute},
	{"POST", "/v2/businesses/{businessId}/price-quarantine/confirm", 173, "req.offerIds", 0, 5000, time.Minute},
	{"POST", "/v2/campaigns/{campaignId}/price-quarantine", 174, "resp", 0, 5000, time.Minute},
	{"POST", "/v2/campaigns/{campaignId}/price-quarantine/confirm", 175, "req.offerIds", 0, 5000, time.Minute},
	{"POST", "/v2/campaigns/{campaignId}/hidden-offers", 59, "req.hiddenOffers", 0, 5000, time.Minute},
	{"GET", "/v2/campaigns/{campaignId}/hidden-offers", 61, "resp", 0, 100, time.Minute},
	{"POST", "/v2/campaigns/{campaignId}/hidden-offers/delete", 242, "req.hiddenOffers", 0, 5000, time.Minute},
	{"PUT", "/v2/campaigns/{campaignId}/offers/stocks", 141, "req.skus", 0, 100000, time.Minute},
	{"POST", "/v2/campaigns/{campaignId}/offers/stocks", 201, "resp.result.warehouses.offers.offerId", 0, 100000, time.Minute},
	{"GET", "/v2/delivery/services", 55, "resp", 0, 5000, time.Hour},
	{"POST", "/v1/campaigns/{campaignId}/delivery-options", 274, "resp", 10, 1000, time.Minute},
	{"POST", "/v1/campaigns/{campaignId}/return-delivery-options", 276, "resp", 0, 5000, time.Hour},
	{"POST", "/v2/campaigns/{campaignId}/stats/orders", 124, "resp", 0, 10000, time.Hour},
	{"POST", "/v2/campaigns/{campaignId}/stats/skus", 125, "resp.result.shopSkus", 0, 2000, time.Minute},
	{"GET", "/v2/reports/info/{reportId}", 188, "resp", 0, 100, time.Minute},
	{"POST", "/v2/reports/united-netting/generate", 189, "resp", 0, 1, 2 * time.Minute},
	{"POST", "/v2/reports/united-marketplace-services/generate", 192, "resp", 0, 1, 2 * time.Minute},
	{"POST", "/v2/reports/united-orders/generate", 212, "resp", 0, 1, 2 * time.Minute},
	{"POST", "/v2/reports/united-returns/generate", 244, "resp", 0, 1, 2 * time.Minute},
	{"POST", "/v2/reports/goods-realization/generate", 193, "resp", 0, 1, 2 * time.Minute},
	{"POST", "/v2/reports/stocks-on-warehouses/generate", 200, "resp", 0, 1, 2 * time.Minute},
	{"POST", "/v2/reports/goods-movement/generate", 196, "resp", 0, 1, 2 * time.Minute},
	{"POST", "/v2/reports/shows-sales/generate", 203, "resp", 0, 1, 10 * time.Minute},
	{"POST", "/v2/reports/competitors-position/generate", 229, "resp", 0, 1, 10 * time.Minute},
	{"POST", "/v2/reports/goods-prices/generate", 272, "resp", 0, 1, 2 * time.Minute},
	{"POST", "/v2/reports/goods-turnover/generate", 213, "resp", 0, 1, 2 * time.Minute},
	{"POST", "/v2/reports/boost-consolidated/generate", 217, "resp", 0, 1, 2 * time.Minute},
	{"POST", "/v2/reports/documents/shipment-list/generate", 223, "resp", 0, 200, time.Hour},
	{"POST", "/v2/reports/shelf-statistics/generate", 226, "resp", 0, 1, 2 * time.Minute},
	{"POST", "/v2/reports/documents/labels/generate", 227, "resp", 0, 1000, time.Hour},
	{"POST", "/v2/reports/goods-feedback/generate", 241, "resp", 0, 1, 10 * time.Minute},
	{"POST", "/v2/reports/shows-boost/generate", 257, "resp", 0, 1, 2 * time.Minute},
	{"POST", "/v2/reports/banners-statistics/generate", 258, "resp", 0, 1, 2 * time.Minute},
	{"POST", "/v2/reports/closure-documents/generate", 260, "resp", 0, 1000, time.Hour},
	{"POST", "/v2/reports/jewelry-fiscal/generate", 262, "resp", 0, 1, 2 * time.Minute},
	{"POST", "/v2/reports/sales-geography/generate", 263, "resp", 0, 1, 2 * time.Minute},
	{"POST", "/v2/reports/key-indicators/generate", 264, "resp", 0, 1, 2 * time.Minute},
	{"POST", "/v2/reports/closure-documents/detalization/generate", 266, "resp", 0, 1, 2 * time.Minute},
	{"POST", "/v1/businesses/{businessId}/reports/marketing-detalization/generate", 293, "resp", 0, 1, 2 * time.Minute},
	{"POST", "/v1/reports/documents/barcodes/generate", 282, "resp", 0, 100, time.Hour},
	{"POST", "/v2/campaigns/{campaignId}/outlets", 48, "resp", 0, 35000, time.Hour},
	{"GET", "/v2/campaigns/{campaignId}/outlets", 32, "resp.outlets", 0, 100000, time.Hour},
	{"PUT", "/v2/campaigns/{campaignId}/outlets/{outletId}", 49, "resp", 0, 35000, time.Hour},
	{"GET", "/v2/campaigns/{campaignId}/outlets/{outletId}", 33, "resp", 0, 10000, time.Hour},
	{"DELETE", "/v2/campaigns/{campaignId}/outlets/{outletId}", 47, "resp", 0, 35000, time.Hour},
	{"POST", "/v1/businesses/{businessId}/logistics-points", 277, "resp", 0, 10000, time.Hour},
	{"GET", "/v2/campaigns/{campaignId}/outlets/licenses", 113, "resp", 0, 100000, time.Hour},
	{"DELETE", "/v2/campaigns/{campaignId}/outlets/licenses", 112, "resp", 0, 100000, time.Hour},
	{"POST", "/v2/campaigns/{campaignId}/outlets/licenses", 114, "resp", 0, 100000, time.Hour},
	{"POST", "/v2/businesses/{businessId}/goods-feedback", 233, "resp", 0, 5000, time.Hour},
	{"POST", "/v2/businesses/{businessId}/goods-feedback/skip-reaction", 234, "resp", 0, 500, time.Hour},
	{"POST", "/v2/businesses/{businessId}/goods-feedback/comments/update", 232, "resp", 0, 1000, time.Hour},
	{"POST", "/v2/businesses/{businessId}/goods-feedback/comments/delete", 231, "resp", 0, 1000, time.Hour},
	{"POST", "/v2/businesses/{businessId}/goods-feedback/comments", 230, "resp", 0, 5000, time.Hour},
	{"POST", "/v1/businesses/{businessId}/goods-feedback-advertiser", 288, "resp", 0, 10000, time.Hour},
	{"POST", "/v1/businesses/{businessId}/goods-questions", 285, "resp", 0, 1000, time.Hour},
	{"POST", "/v1/businesses/{businessId}/goods-questions/answers", 286, "resp", 0, 1000, time.Hour},
	{"POST", "/v1/businesses/{businessId}/goods-questions/update", 284, "resp", 0, 500, time.Hour},
	{"POST", "/v2/campaigns/{campaignId}/offers", 181, "resp", 0, 1000, time.Minute},
	{"POST", "/v2/campaigns/{campaignId}/offers/update", 183, "req.offers", 0, 5000, time.Minute},
	{"POST", "/v2/campaigns/{campaignId}/offers/delete", 182, "req.offerIds", 0, 5000, time.Minute},
	{"POST", "/v2/businesses/{businessId}/offers/recommendations", 191, "resp", 0, 50, time.Minute},
	{"PUT", "/v2/businesses/{businessId}/bids", 165, "resp", 0, 500, time.Minute},
	{"PUT", "/v2/campaigns/{campaignId}/bids", 166, "resp", 0, 1000, time.Minute},
	{"POST", "/v2/businesses/{businessId}/bids/info", 184, "resp", 0, 500, time.Minute},
	{"POST", "/v2/businesses/{businessId}/bids/recommendations", 187, "resp", 0, 500, time.Minute},
	{"GET", "/v2/businesses/{businessId}/warehouses", 194, "resp", 0, 100, time.Minute},
	{"POST", "/v2/businesses/{businessId}/warehouses", 243, "resp", 0, 100, time.Hour},
	{"GET", "/v2/warehouses", 202, "resp", 0, 100, time.Hour},
	{"POST", "/v2/campaigns/{campaignId}/warehouse/status", 245, "resp", 0, 100, time.Hour},
	{"POST", "/v2/category/{categoryId}/parameters", 197, "resp", 0, 100, time.Minute},
	{"POST", "/v2/businesses/{businessId}/offer-cards", 198, "resp", 0, 100, time.Minute},
	{"POST", "/v2/businesses/{businessId}/offer-cards/update", 199, "req.offersContent", 0, 5000, time.Minute},
	{"POST", "/v2/businesses/{businessId}/chats/new", 207, "resp", 0, 1000, time.Hour},
	{"POST", "/v2/businesses/{businessId}/chats", 208, "resp", 0, 5000, time.Hour},
	{"GET", "/v2/businesses/{businessId}/chat", 249, "resp", 0, 1000, time.Hour},
	{"POST", "/v2/businesses/{businessId}/chats/file/send", 209, "resp", 0, 1000, time.Hour},
	{"POST", "/v2/businesses/{businessId}/chats/message", 210, "resp", 0, 1000, time.Hour},
	{"GET", "/v2/businesses/{businessId}/chats/message", 248, "resp", 0, 1000, time.Hour},
	{"POST", "/v2/businesses/{businessId}/chats/history", 211, "resp", 0, 10000, time.Hour},
	{"POST", "/v2/tariffs/calculate", 216, "resp", 0, 100, time.Minute},
	{"POST", "/v2/categories/tree", 222, "resp", 0, 50, time.Hour},
	{"POST", "/v2/categories/max-sale-quantum", 225, "resp", 0, 5000, time.Hour},
	{"POST", "/v2/businesses/{businessId}/ratings/quality", 239, "resp", 0, 500, time.Hour},
	{"POST", "/v2/campaigns/{campaignId}/ratings/quality/details", 240, "resp", 0, 5000, time.Hour},
	{"POST", "/v2/businesses/{businessId}/promos", 235, "resp", 0, 1000, time.Hour},
	{"POST", "/v2/businesses/{businessId}/promos/offers", 236, "resp", 0, 5000, time.Hour},
	{"POST", "/v2/businesses/{businessId}/promos/offers/update", 237, "resp", 0, 5000, time.Hour},
	{"POST", "/v2/businesses/{businessId}/promos/offers/delete", 238, "resp", 0, 5000, time.Hour},
	{"POST", "/v2/campaigns/{campaignId}/supply-requests", 253, "resp", 0, 1000, time.Hour},
	{"POST", "/v2/campaigns/{campaignId}/supply-requests/items", 252, "resp", 0, 1000, time.Hour},
	{"POST", "/v2/campaigns/{campaignId}/supply-requests/documents", 251, "resp", 0, 1000, time.Hour},
	{"POST", "/v2/auth/token", 256, "resp", 0, 100, time.Hour},
	{"POST", "/v1/businesses/{businessId}/operations", 279, "resp", 0, 1000, time.Hour},
}

// byMethod files Table by method, each list's templates split in segments.
var byMethod = func() map[string][]entry {
	m := map[string][]entry{}
	for i := range Table {
		r := &Table[i]
		m[r.Method] = append(m[r.Method], entry{r, strings.Split(strings.Trim(r.Path, "/"), "/")})
	}
	return m
}()

type entry struct {
	r    *Resource
	segs []string
}

// Lookup returns the quota of a request: its method and URL path (with or
// without the version prefix and a .json suffix, as older clients send
// it); ok is false for an operation the table does not hold.
func Lookup(method, path string) (r Resource, ok bool) {
	segs := Segments(path)
	for _, try := range [][]string{segs, append([]string{"v2"}, segs...), append([]string{"v1"}, segs...)} {
		// The template with the most literal segments wins: .../orders/
		// status-update, not .../orders/{orderId}.
		best, bestLit := -1, -1
		for i, e := range byMethod[method] {
			if lit, ok := match(e.segs, try); ok && lit > bestLit {
				best, bestLit = i, lit
			}
		}
		if best >= 0 {
			return *byMethod[method][best].r, true
		}
	}
	return Resource{}, false
}

// Segments splits a URL path into its segments, dropping an empty first or
// last one and a .json or .xml suffix.
func Segments(path string) []string {
	path = strings.Trim(path, "/")
	for _, ext := range []string{".json", ".xml"} {
		path = strings.TrimSuffix(path, ext)
	}
	if path == "" {
		return nil
	}
	return strings.Split(path, "/")
}

// match reports whether segs fit a template, and how many of the
// template's segments are literal.
func match(tmpl, segs []string) (literal int, ok bool) {
	if len(tmpl) != len(segs) {
		return 0, false
	}
	for i, t := range tmpl {
		if strings.HasPrefix(t, "{") {
			continue
		}
		if t != segs[i] {
			return 0, false
		}
		literal++
	}
	return literal, true
}

// Entity returns who a Market request counts against, as the limits page
// says: the store of a /campaigns/{id} path, the cabinet of a
// /businesses/{id} path, else "" (the account the credential belongs to).
func Entity(path string) string {
	segs := Segments(path)
	for i := 0; i+1 < len(segs); i++ {
		switch segs[i] {
		case "campaigns":
			return "campaignId " + segs[i+1]
		case "businesses":
			return "businessId " + segs[i+1]
		}
	}
	return ""
}
