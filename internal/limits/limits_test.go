package limits

import (
	"testing"
	"time"
)

func TestLookup(t *testing.T) {
	for _, tt := range []struct {
		method, path string
		id           int
		count        string
		amount       int
		period       time.Duration
	}{
		{"GET", "/v2/campaigns/123/orders", 27, "resp", 10000, time.Hour},
		{"GET", "/campaigns/123/orders.json", 27, "resp", 10000, time.Hour},
		{"GET", "/v2/campaigns/123/orders/456", 28, "resp", 10000, time.Hour},
		{"POST", "/v2/campaigns/123/orders/status-update", 0, "resp.result.orders", 10000, time.Hour},
		{"POST", "/v2/businesses/9/offer-mappings/update", 0, "req.offerMappings", 5000, time.Minute},
	} {
		r, ok := Lookup(tt.method, tt.path)
		if !ok || (tt.id != 0 && r.ID != tt.id) || r.Count != tt.count || r.Amount != tt.amount || r.Period != tt.period {
			t.Errorf("Lookup(%s %s) = %+v, %v; want resource %d counting %s, %d per %v", tt.method, tt.path, r, ok, tt.id, tt.count, tt.amount, tt.period)
		}
	}
	if r, ok := Lookup("GET", "/v2/nothing/here"); ok {
		t.Errorf("Lookup(unknown) = %+v; want none", r)
	}
	if len(Table) < 150 {
		t.Errorf("Table holds %d operations; want the spec's 160", len(Table))
	}
}

func TestEntity(t *testing.T) {
	for path, want := range map[string]string{
		"/v2/campaigns/123/orders":             "campaignId 123",
		"/v2/businesses/9/offer-mappings":      "businessId 9",
		"/campaigns/5/offers.json":             "campaignId 5",
		"/v2/regions":                          "",
		"/v1/businesses/7/campaigns/8/reports": "businessId 7",
	} {
		if got := Entity(path); got != want {
			t.Errorf("Entity(%s) = %q; want %q", path, got, want)
		}
	}
}
