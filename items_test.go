package yafault

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/yafault/yafault/fault"
	"github.com/yafault/yafault/internal/capture"
	"github.com/yafault/yafault/internal/wire"
)

// itemsGolden is what TestItemsGolden stores for a capture.
type itemsGolden struct {
	Items    []fault.Item `json:"items"`
	Error    string       `json:"error,omitempty"`
	ItemsErr string       `json:"items_err,omitempty"`
}

// TestItemsGolden feeds every capture in testdata/items/{market,direct}
// through Items and compares the items, the error and ItemsErr's text with
// NAME.golden.json. Regenerate with go test -run Golden -update.
func TestItemsGolden(t *testing.T) {
	for _, svc := range []fault.Service{fault.Market, fault.Direct} {
		files, _ := filepath.Glob(filepath.Join("testdata", "items", string(svc), "*.http"))
		if len(files) == 0 {
			t.Fatalf("no item captures for %s", svc)
		}
		for _, file := range files {
			t.Run(string(svc)+"/"+filepath.Base(file), func(t *testing.T) {
				data, err := os.ReadFile(file)
				if err != nil {
					t.Fatal(err)
				}
				r, err := capture.Parse(data)
				if err != nil {
					t.Fatal(err)
				}
				items, itemsErr := Items(svc, r.Header, r.Body)
				g := itemsGolden{Items: items}
				if itemsErr != nil {
					g.Error = itemsErr.Error()
				}
				if ie := ItemsErr(items); ie != nil {
					g.ItemsErr = ie.Error()
				}
				got, _ := json.MarshalIndent(g, "", "  ")
				got = append(got, '\n')
				golden := strings.TrimSuffix(file, ".http") + ".golden.json"
				if *update {
					os.WriteFile(golden, got, 0o644)
				}
				want, err := os.ReadFile(golden)
				if err != nil {
					t.Fatalf("%v (run go test -run Golden -update)", err)
				}
				if diff := cmp.Diff(string(want), string(got)); diff != "" {
					t.Errorf("Items(%s) differs from %s (-want +got):\n%s", file, golden, diff)
				}
				// Same answer when the service is told from the body.
				auto, autoErr := Items("", r.Header, r.Body)
				if (autoErr == nil) != (itemsErr == nil) || len(auto) != len(items) {
					t.Errorf("Items(\"\", %s) = %d items, %v; want %d items, %v", file, len(auto), autoErr, len(items), itemsErr)
				}
				for _, it := range items {
					for _, f := range append(append([]*fault.Fault{}, it.Errors...), it.Warnings...) {
						if f.Reason == "" || f.Service != svc {
							t.Errorf("item %d fault %v: want a %s fault with a reason", it.Index, f, svc)
						}
						if f.Retryable && !pending(f) {
							t.Errorf("item %d fault %v (%s): retryable; want an item fault retryable only while Market is still checking the object", it.Index, f, f.Reason)
						}
					}
				}
			})
		}
	}
}

// pending reports whether an item fault says no more than that the object
// is still being processed: a Market fault that is retryable because
// Market did nothing yet (Refused) and asks to wait (RetryAfter). Asking
// again later is then all it takes. Any other item fault reports an
// outcome, which repeating the request does not change: Direct's docs say
// not to repeat an operation that returned an error.
func pending(f *fault.Fault) bool {
	return f.Service == fault.Market && f.Retryable && f.Refused && f.RetryAfter > 0 && f.Kind == fault.Locked
}

func TestItemsErr(t *testing.T) {
	nf := &fault.Fault{Service: fault.Direct, Code: "8800", Message: "Object not found", Verdict: fault.Verdict{Kind: fault.NotFound, Reason: "OBJECT_NOT_FOUND"}}
	conflict := &fault.Fault{Service: fault.Direct, Code: "6000", Message: "Inconsistent object state", Verdict: fault.Verdict{Kind: fault.Conflict, Reason: "INCONSISTENT_OBJECT_STATE"}}
	warn := &fault.Fault{Service: fault.Direct, Code: "10020", Verdict: fault.Verdict{Kind: fault.Conflict}}
	items := []fault.Item{{Index: 0, ID: "1"}, {Index: 1, Errors: []*fault.Fault{nf}}, {Index: 2, ID: "3", Warnings: []*fault.Fault{warn}}, {Index: 3, Errors: []*fault.Fault{conflict}}}
	if err := ItemsErr(items[:1]); err != nil {
		t.Errorf("ItemsErr(no errors) = %v; want nil", err)
	}
	if err := ItemsErr([]fault.Item{items[2]}); err != nil {
		t.Errorf("ItemsErr(warnings only) = %v; want nil", err)
	}
	err := ItemsErr(items)
	if err == nil {
		t.Fatal("ItemsErr = nil; want an error")
	}
	want := "direct: 2 of 4 objects failed: #1: 8800: Object not found; #3: 6000: Inconsistent object state"
	if err.Error() != want {
		t.Errorf("Error() = %q; want %q", err.Error(), want)
	}
	if !errors.Is(err, fault.NotFound) || !errors.Is(err, fault.Conflict) || errors.Is(err, fault.Auth) {
		t.Error("errors.Is does not see through to each item's kind")
	}
	var f *fault.Fault
	if !errors.As(err, &f) || f != nf {
		t.Errorf("errors.As found %v; want the first item's fault", f)
	}
	var ie *ItemsError
	if !errors.As(err, &ie) || ie.Failed != 2 || ie.Total != 4 || ie.Items[1].Index != 3 {
		t.Errorf("errors.As(*ItemsError) = %+v", ie)
	}
	if et := err.(*ItemsError).ErrorType(); et != "direct.ITEMS_FAILED" {
		t.Errorf("ErrorType() = %q; want direct.ITEMS_FAILED", et)
	}
	many := make([]fault.Item, 10)
	for i := range many {
		many[i] = fault.Item{Index: i, Errors: []*fault.Fault{nf}}
	}
	if s := ItemsErr(many).Error(); !strings.HasSuffix(s, "; and 7 more") || !strings.HasPrefix(s, "direct: 10 of 10 objects failed: #0") {
		t.Errorf("Error() = %q; want three listed and the rest counted", s)
	}
}

// TestItemsErrorLogs checks that an *ItemsError, bare or wrapped, logs
// as a group naming the counts and the first failed items, each with its
// fault's fields, and no secret from an id.
func TestItemsErrorLogs(t *testing.T) {
	nf := &fault.Fault{Service: fault.Direct, Code: "8800", Message: "Object not found", Verdict: fault.Verdict{Kind: fault.NotFound, Reason: "OBJECT_NOT_FOUND"}}
	many := make([]fault.Item, 10)
	for i := range many {
		many[i] = fault.Item{Index: i, Errors: []*fault.Fault{nf}}
	}
	many[0].ID = "token=y0_AgAAAAAbcdefghijklmnopqrstuvwxyz"
	many[1].Errors = []*fault.Fault{nil, nf, nf}
	many[5].Errors = nil // succeeded
	var buf bytes.Buffer
	slog.New(slog.NewJSONHandler(&buf, nil)).Info("batch", "err", ItemsErr(many))
	var rec struct {
		Err struct {
			Service       string
			Failed, Total int
			More          int
			Items         map[string]struct {
				Index      int
				ID         string
				ErrorCount int `json:"error_count"`
				Error      struct{ Code, Reason, Kind string }
			}
		}
	}
	if err := json.Unmarshal(buf.Bytes(), &rec); err != nil {
		t.Fatalf("log record %s: %v", buf.Bytes(), err)
	}
	e := rec.Err
	if e.Service != "direct" || e.Failed != 9 || e.Total != 10 || e.More != 6 || len(e.Items) != maxListed {
		t.Errorf("logged %+v; want direct, 9 of 10 failed, %d items and 6 more", e, maxListed)
	}
	for _, key := range []string{"0", "1", "2"} {
		it := e.Items[key]
		if it.Index != atoi(t, key) || it.Error.Code != "8800" || it.Error.Reason != "OBJECT_NOT_FOUND" || it.Error.Kind != "not_found" {
			t.Errorf("items[%s] = %+v; want item %s with its fault", key, it, key)
		}
	}
	if n := e.Items["1"].ErrorCount; n != 3 {
		t.Errorf("items[1].error_count = %d; want 3", n)
	}
	if strings.Contains(buf.String(), "y0_") || !strings.Contains(e.Items["0"].ID, "token=") {
		t.Errorf("item id logged as %q; want the token redacted and the rest kept", e.Items["0"].ID)
	}
}

func atoi(t *testing.T, s string) int {
	t.Helper()
	n, err := strconv.Atoi(s)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestItemsNotResults(t *testing.T) {
	for _, body := range []string{``, `<html>x</html>`, `{"result":{"Campaigns":[]}}`, `{"status":"OK","result":{}}`, `[1,2]`} {
		if _, err := Items("", nil, []byte(body)); !errors.Is(err, fault.ErrNotResults) {
			t.Errorf("Items(%q) error = %v; want fault.ErrNotResults", body, err)
		}
	}
	if _, err := Items("", nil, make([]byte, ItemsBodyLimit+1)); !errors.Is(err, fault.ErrTooLarge) {
		t.Errorf("Items(over the limit) error = %v; want fault.ErrTooLarge", err)
	}
	deep := []byte(`<Envelope><Body><r>` + strings.Repeat("<a>", 100) + strings.Repeat("</a>", 100) + `</r></Body></Envelope>`)
	if _, err := Items(fault.Direct, nil, deep); !errors.Is(err, fault.ErrNotResults) {
		t.Errorf("Items(deep XML) error = %v; want fault.ErrNotResults", err)
	}
	_, err := Items(fault.Direct, nil, []byte(`{"error":{"error_code":53,"error_string":"x"}}`))
	var f *fault.Fault
	if !errors.As(err, &f) || f.Reason != "TOKEN_INVALID" {
		t.Errorf("Items(request-level error) = %v; want the fault", err)
	}
}

// TestItemsCost checks what Items allocates on results documents of 10 to
// 100,000 objects: at most 3 allocations per object, and memory a small
// multiple of the body. A normalised fault takes about 330 bytes with its
// entry, more than the 60 to 100 bytes of a terse object that describe it,
// so on these bodies the multiple cannot go much under 4; a Market warning
// with a parameterId adds a Params map.
func TestItemsCost(t *testing.T) {
	if testing.Short() {
		t.Skip("decodes 100,000 objects")
	}
	const maxAllocs, maxBytes = 3, 7
	for _, kind := range []string{"direct", "market", "soap", "identifiers"} {
		for _, n := range []int{10, 100, 1000, 100000} {
			body := batchBody(kind, n)
			svc := fault.Direct
			if kind == "market" || kind == "identifiers" {
				svc = fault.Market
			}
			var items []fault.Item
			allocs := testing.AllocsPerRun(2, func() { items, _ = Items(svc, nil, body) })
			if len(items) != n {
				t.Fatalf("%s/%d: Items gave %d items", kind, n, len(items))
			}
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			Items(svc, nil, body)
			runtime.ReadMemStats(&after)
			perObject := allocs / float64(n)
			times := float64(after.TotalAlloc-before.TotalAlloc) / float64(len(body))
			t.Logf("%s/%d: %.2f allocations per object, %.1f times the body", kind, n, perObject, times)
			if perObject > maxAllocs {
				t.Errorf("%s/%d: %.2f allocations per object; want at most %d", kind, n, perObject, maxAllocs)
			}
			if times > maxBytes {
				t.Errorf("%s/%d: allocated %.1f times the body; want at most %d", kind, n, times, maxBytes)
			}
		}
	}
}

// tinyIDs returns a Market body listing n ids of one byte that Market did
// not delete: the smallest objects a results document can hold.
func tinyIDs(n int) []byte {
	return []byte(`{"status":"OK","result":{"notDeletedOfferIds":[` + strings.TrimSuffix(strings.Repeat("0,", n), ",") + `]}}`)
}

// manyResultNames returns a Direct body whose result holds n distinct
// ...Results members.
func manyResultNames(n int) []byte {
	var b strings.Builder
	b.WriteString(`{"result":{`)
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `"%dResults":0`, i)
	}
	b.WriteString(`}}`)
	return []byte(b.String())
}

// TestItemsBoundsTinyObjects checks the bound on objects: a document of
// more objects than any batch (100,000) is refused with ErrTooLarge, even
// when gzip makes it from a few kilobytes, and what is decoded up to the
// bound costs memory in proportion.
func TestItemsBoundsTinyObjects(t *testing.T) {
	over := tinyIDs(wire.MaxItems + 1)
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	_, err := Items(fault.Market, nil, over)
	runtime.ReadMemStats(&after)
	if !errors.Is(err, fault.ErrTooLarge) {
		t.Errorf("Items(%d ids) error = %v; want ErrTooLarge", wire.MaxItems+1, err)
	}
	// The pass that sizes a list counts past the bound: nothing of it is
	// decoded.
	if used := after.TotalAlloc - before.TotalAlloc; used > uint64(len(over)) {
		t.Errorf("Items(%d ids) allocated %d bytes before refusing them; want at most the body's %d", wire.MaxItems+1, used, len(over))
	}
	items, err := Items(fault.Market, nil, tinyIDs(wire.MaxItems))
	if err != nil || len(items) != wire.MaxItems {
		t.Fatalf("Items(%d ids) = %d items, %v; want them all", wire.MaxItems, len(items), err)
	}
	if items[0].Errors[0] != items[1].Errors[0] {
		t.Error("ids that fail alike do not share their fault")
	}
	for _, n := range []int{4 << 20, 8 << 20} { // under and over 16 MiB inflated
		bomb := gz(string(tinyIDs(n)))
		runtime.GC()
		runtime.ReadMemStats(&before)
		_, err = Items(fault.Market, http.Header{"Content-Encoding": {"gzip"}}, bomb)
		runtime.ReadMemStats(&after)
		if !errors.Is(err, fault.ErrTooLarge) {
			t.Errorf("Items(gzip of %d ids) error = %v; want ErrTooLarge", n, err)
		}
		if used := after.TotalAlloc - before.TotalAlloc; used > 3*ItemsBodyLimit {
			t.Errorf("Items(a %d-byte gzip of %d ids) allocated %d MiB; want at most 3 times the 16 MiB it may inflate to", len(bomb), n, used>>20)
		}
	}
	if _, err := Items(fault.Direct, nil, manyResultNames(1000)); !errors.Is(err, fault.ErrTooLarge) {
		t.Errorf("Items(1000 ...Results members) error = %v; want ErrTooLarge: a method answers with one", err)
	}
}

// itemSummary is what TestItemsShapes compares of an item: its id and the
// reasons of its errors and warnings.
type itemSummary struct {
	ID       string
	Errors   []string
	Warnings []string
}

func summarize(items []fault.Item) []itemSummary {
	var out []itemSummary
	for _, it := range items {
		s := itemSummary{ID: it.ID}
		for _, f := range it.Errors {
			s.Errors = append(s.Errors, f.Reason)
		}
		for _, f := range it.Warnings {
			s.Warnings = append(s.Warnings, f.Reason)
		}
		out = append(out, s)
	}
	return out
}

// TestItemsShapes checks each per-object shape of the Market spec and of
// Direct Live 4, and the lists of objects that look like results but are
// not, object by object.
func TestItemsShapes(t *testing.T) {
	tests := []struct {
		name   string
		svc    fault.Service
		body   string
		want   []itemSummary
		err    error
		reason string
	}{
		{
			name:   "identifiers",
			svc:    fault.Market,
			body:   `{"status":"OK","result":{"items":[{"id":7,"cis":[{"value":"c1","status":"INVALID","substatus":"ITEM_SOLD"},{"value":"c2","status":"FAILED"},{"value":"c3","status":"OK"}],"uin":[{"value":"u1","status":"IN_PROGRESS"},{"value":"u2","status":"FAILED","substatus":"UIN_NO_DATA"}]},{"id":8,"cis":[{"value":"c4","status":"OK"}]}]}}`,
			want:   []itemSummary{{ID: "7", Errors: []string{"INVALID_CIS", "CIS_CHECK_FAILED", "UIN_VALIDATION_IN_PROGRESS_ERROR", "INVALID_UIN"}}, {ID: "8"}},
			reason: "getOrderIdentifiersStatus: one item per order item, a fault per code that did not pass, in order, none for OK",
		},
		{
			name:   "identifiers-not-sent",
			svc:    fault.Market,
			body:   `{"status":"OK","result":{"items":[{"id":1,"cis":[{"value":"c1","status":"NOT_ON_VALIDATION"}],"uin":[{"value":"u1","status":"NOT_ON_VALIDATION"},{"value":"u2","status":"BLOCKED_SOMEHOW"}]}]}}`,
			want:   []itemSummary{{ID: "1", Warnings: []string{"CIS_NOT_ON_VALIDATION", "UIN_NOT_ON_VALIDATION", "BLOCKED_SOMEHOW"}}},
			reason: "a code not sent to a check is a warning (DBS codes are not checked), and so is a status the spec does not list",
		},
		{
			name:   "identifiers-null-lists",
			svc:    fault.Market,
			body:   `{"status":"OK","result":{"items":[{"id":1,"cis":null,"uin":null},{"id":2,"cis":[{"value":"c1","status":7},{"value":"c2"}]}]}}`,
			want:   []itemSummary{{ID: "1"}, {ID: "2"}},
			reason: "nullable lists and a status that is no string or is absent say nothing",
		},
		{
			name:   "eac-rejected",
			svc:    fault.Market,
			body:   `{"status":"OK","result":{"verificationResult":"REJECTED","attemptsLeft":2}}`,
			want:   []itemSummary{{Errors: []string{"EAC_CODE_REJECTED"}}},
			reason: "verifyOrderEac: a wrong code is one object, the order of the URL, without an id",
		},
		{
			name:   "eac-need-update",
			svc:    fault.Market,
			body:   `{"status":"OK","result":{"attemptsLeft":0,"verificationResult":"NEED_UPDATE"}}`,
			want:   []itemSummary{{Errors: []string{"CODE_NEED_BE_REFRESHED"}}},
			reason: "the tries are spent: Market sends a new code, which the 400 code CODE_NEED_BE_REFRESHED also says",
		},
		{
			name:   "eac-accepted",
			svc:    fault.Market,
			body:   `{"status":"OK","result":{"verificationResult":"ACCEPTED"}}`,
			want:   []itemSummary{{}},
			reason: "a right code is an object that succeeded",
		},
		{
			name:   "eac-not-a-string",
			svc:    fault.Market,
			body:   `{"status":"OK","result":{"verificationResult":{"status":"REJECTED"}}}`,
			err:    fault.ErrNotResults,
			reason: "a verificationResult that is not the enum's string is not the check",
		},
		{
			name:   "operations",
			svc:    fault.Market,
			body:   `{"status":"OK","result":{"operations":[{"id":"op-1","type":"ORDER_STATUS_UPDATE","status":"FAILED"},{"id":"op-2","type":"RETURN_CANCELLATION","status":"DONE"},{"id":"op-3","type":"ORDER_RECIPIENT_UPDATE","status":"IN_PROGRESS"}]}}`,
			want:   []itemSummary{{ID: "op-1", Errors: []string{"OPERATION_FAILED"}}, {ID: "op-2"}, {ID: "op-3", Warnings: []string{"OPERATION_IN_PROGRESS"}}},
			reason: "getOperations: one item per operation; FAILED is an error, a running one a warning, so that it does not read as done",
		},
		{
			name:   "operations-started",
			svc:    fault.Market,
			body:   `{"status":"OK","result":{"operations":[{"id":"op-1","type":"ORDER_DELIVERY_INTERVAL_UPDATE"}]}}`,
			err:    fault.ErrNotResults,
			reason: "updateOrder lists the operations it started, without a status: not results",
		},
		{
			name:   "promo-warnings",
			svc:    fault.Market,
			body:   `{"status":"OK","result":{"warningOffers":[{"warnings":[{"code":"DEEP_DISCOUNT_OFFER"},{"campaignIds":[21000001,"21000002"],"code":"CATALOG_PRICE_IS_LOWER_THAN_PROMO"}],"offerId":"SKU-2"}]}}`,
			want:   []itemSummary{{ID: "SKU-2", Warnings: []string{"DEEP_DISCOUNT_OFFER", "CATALOG_PRICE_IS_LOWER_THAN_PROMO"}}},
			reason: "updatePromoOffers' warnings, in order, whatever the order of the members",
		},
		{
			name:   "orders-stats",
			svc:    fault.Market,
			body:   `{"status":"OK","result":{"orders":[{"id":1001,"status":"DELIVERED","items":[]},{"id":1002,"status":"CANCELLED_BEFORE_PROCESSING","items":[]}],"paging":{}}}`,
			err:    fault.ErrNotResults,
			reason: "getOrdersStats lists orders by id under result.orders, as updateOrderStatuses does, but without updateStatus: not results",
		},
		{
			name:   "create-order",
			svc:    fault.Market,
			body:   `{"status":"OK","result":{"orders":[{"id":1001}]}}`,
			err:    fault.ErrNotResults,
			reason: "createOrder's result.orders are the orders it created: not results",
		},
		{
			name:   "orders-status-update-mixed",
			svc:    fault.Market,
			body:   `{"status":"OK","result":{"orders":[{"id":1,"status":"PROCESSING"},{"id":2,"updateStatus":"ERROR","errorDetails":"Order 2 is in terminal state"}]}}`,
			want:   []itemSummary{{ID: "1"}, {ID: "2", Errors: []string{"ORDER_IN_TERMINAL_STATE"}}},
			reason: "one entry with updateStatus makes the list updateOrderStatuses', and every entry keeps its place",
		},
		{
			name:   "max-sale-quantum",
			svc:    fault.Market,
			body:   `{"status":"OK","results":[{"id":91491,"name":"Phones","maxSaleQuantum":100}],"errors":[{"categoryId":90401,"type":"CATEGORY_IS_NOT_LEAF"}]}`,
			want:   []itemSummary{{ID: "91491"}, {ID: "90401", Errors: []string{"CATEGORY_NOT_LEAF"}}},
			reason: "max-sale-quantum's results name categories by id, not offerId",
		},
		{
			name:   "offer-id-before-id",
			svc:    fault.Market,
			body:   `{"status":"OK","results":[{"id":1,"offerId":"SKU-1"},{"offerId":"SKU-2","id":2}]}`,
			want:   []itemSummary{{ID: "SKU-1"}, {ID: "SKU-2"}},
			reason: "an offerId names an offer's result wherever an id stands",
		},
		{
			name:   "live4-actions-result",
			svc:    fault.Direct,
			body:   `{"data":{"ActionsResult":[{"Errors":[{"FaultDetail":"","FaultString":"Shared account must be connected.","FaultCode":515}],"Login":"agency-client","AccountID":null},{"AccountID":123,"Login":"other","Errors":[{"FaultCode":54,"FaultString":"No rights"},{"FaultCode":500,"FaultString":"Internal server error"}]},{"AccountID":124}]}}`,
			want:   []itemSummary{{ID: "agency-client", Errors: []string{"V4_SHARED_ACCOUNT_REQUIRED"}}, {ID: "123", Errors: []string{"NO_RIGHTS", "V4_INTERNAL_ERROR"}}, {ID: "124"}},
			reason: "Live 4 AccountManagement: one object per account, named by AccountID or else Login, its errors by the code table, v4 codes included",
		},
		{
			name:   "live4-actions-result-empty",
			svc:    "",
			body:   `{"data":{"Accounts":[{"AccountID":1}],"ActionsResult":[]}}`,
			want:   nil,
			reason: "an empty ActionsResult is results where nothing failed, and the body tells Direct",
		},
		{
			name:   "live4-data-only",
			svc:    fault.Direct,
			body:   `{"data":{"Accounts":[{"AccountID":1,"Login":"x"}]}}`,
			err:    fault.ErrNotResults,
			reason: "a Live 4 answer without ActionsResult is not results",
		},
		{
			name:   "return-items",
			svc:    fault.Market,
			body:   `{"status":"OK","result":{"id":1,"items":[{"marketSku":1,"instances":[{"cis":"c1","status":"CREATED"}]}]}}`,
			err:    fault.ErrNotResults,
			reason: "getReturn's and getSupplyRequestItems' result.items are objects, their codes under instances: not results",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			items, err := Items(tt.svc, nil, []byte(tt.body))
			if tt.err != nil {
				if !errors.Is(err, tt.err) {
					t.Errorf("Items(%s) = %v, %v; want %v (%s)", tt.body, summarize(items), err, tt.err, tt.reason)
				}
				return
			}
			if err != nil {
				t.Fatalf("Items(%s) error = %v; want items (%s)", tt.body, err, tt.reason)
			}
			if diff := cmp.Diff(tt.want, summarize(items)); diff != "" {
				t.Errorf("Items(%s) (-want +got):\n%s(%s)", tt.body, diff, tt.reason)
			}
		})
	}
}

// TestItemsIdentifierFields checks where a marking-code check puts what
// Market sent: the status as Code, the code checked as Message, the
// substatus as Detail, verbatim; the code appears in no text of ours
// (hint, params, id). A check in progress is retryable after a wait; a
// failed one is not.
func TestItemsIdentifierFields(t *testing.T) {
	const cis = "010465006531553121CtPoNqNB7qOdc"
	body := `{"status":"OK","result":{"items":[{"id":123456,"cis":[{"value":"` + cis + `","status":"INVALID","substatus":"WRONG_OWNER_INN"},{"value":"` + cis + `2","status":"IN_PROGRESS"}]}]}}`
	items, err := Items(fault.Market, nil, []byte(body))
	if err != nil || len(items) != 1 || len(items[0].Errors) != 2 {
		t.Fatalf("Items = %+v, %v; want one item with two errors", items, err)
	}
	bad, wait := items[0].Errors[0], items[0].Errors[1]
	if bad.Code != "INVALID" || bad.Message != cis || bad.Detail != "WRONG_OWNER_INN" || bad.Kind != fault.Invalid || bad.Retryable {
		t.Errorf("INVALID check = %q %q %q %v retryable %v; want INVALID, the code, WRONG_OWNER_INN, invalid, not retryable", bad.Code, bad.Message, bad.Detail, bad.Kind, bad.Retryable)
	}
	if !wait.Retryable || !wait.Refused || wait.RetryAfter <= 0 || wait.Reason != "CIS_VALIDATION_IN_PROGRESS_ERROR" || !errors.Is(wait, fault.Locked) {
		t.Errorf("IN_PROGRESS check = %+v retry after %v; want CIS_VALIDATION_IN_PROGRESS_ERROR, locked, retryable after a wait", wait.Verdict, wait.RetryAfter)
	}
	for _, f := range items[0].Errors {
		if strings.Contains(f.Hint, cis) || strings.Contains(items[0].ID, cis) || len(f.Params) > 0 {
			t.Errorf("fault %v copies the code into a text of its own: hint %q, id %q, params %v", f, f.Hint, items[0].ID, f.Params)
		}
		if e := f.Errors; len(e) != 1 || e[0].Code != f.Code || e[0].Message != f.Message || e[0].Detail != f.Detail {
			t.Errorf("fault %v: entry %+v; want one entry with the fault's texts", f, e)
		}
	}
	if !errors.Is(ItemsErr(items), fault.Locked) {
		t.Error("ItemsErr does not see the check in progress")
	}
}

// TestItemsOperationType checks that a failed operation keeps its status
// as Code and its type in Params, and is not retryable: the spec does not
// say whether it may be started again.
func TestItemsOperationType(t *testing.T) {
	items, err := Items(fault.Market, nil, []byte(`{"status":"OK","result":{"operations":[{"id":"op-1","type":"ORDER_STATUS_UPDATE","status":"FAILED"}]}}`))
	if err != nil || len(items) != 1 || len(items[0].Errors) != 1 {
		t.Fatalf("Items = %+v, %v; want one item with one error", items, err)
	}
	f := items[0].Errors[0]
	if f.Code != "FAILED" || f.Params["type"] != "ORDER_STATUS_UPDATE" || f.Retryable || items[0].ID != "op-1" {
		t.Errorf("fault of %q = %q %v retryable %v; want FAILED, type ORDER_STATUS_UPDATE, not retryable, on op-1", items[0].ID, f.Code, f.Params, f.Retryable)
	}
	if s := ItemsErr(items).Error(); s != "market: 1 of 1 objects failed: #0 (op-1): FAILED" {
		t.Errorf("ItemsErr = %q", s)
	}
}

// TestItemsPromoCampaignIDs checks that a promo warning keeps the stores
// it concerns, comma-joined in Params and in its entry, and that a
// warning of the whole business has none.
func TestItemsPromoCampaignIDs(t *testing.T) {
	body := `{"status":"OK","result":{"warningOffers":[{"offerId":"SKU-2","warnings":[{"code":"SHOP_PRICES_ARE_LOWER_THAN_PROMO","campaignIds":[21000001,"21000002"]},{"code":"DEEP_DISCOUNT_OFFER","campaignIds":[]},{"code":"DEEP_DISCOUNT_OFFER","campaignIds":[7]}]}]}}`
	items, err := Items(fault.Market, nil, []byte(body))
	if err != nil || len(items) != 1 || len(items[0].Warnings) != 3 {
		t.Fatalf("Items = %+v, %v; want one item with three warnings", items, err)
	}
	ws := items[0].Warnings
	for i, want := range []string{"21000001,21000002", "", "7"} {
		if got := ws[i].Params["campaignIds"]; got != want || ws[i].Errors[0].Params["campaignIds"] != want {
			t.Errorf("warning %d campaignIds = %q (entry %q); want %q", i, got, ws[i].Errors[0].Params["campaignIds"], want)
		}
	}
	if ws[1].Params != nil {
		t.Errorf("warning without stores has Params %v; want nil", ws[1].Params)
	}
}

// TestItemsLive4Fields checks that a Live 4 error keeps FaultCode,
// FaultString and FaultDetail verbatim, with the request id of the
// headers, and that a code retryable at request level (500) is not
// retryable on an object, as v5's are not.
func TestItemsLive4Fields(t *testing.T) {
	body := `{"data":{"ActionsResult":[{"AccountID":7,"Errors":[{"FaultCode":500,"FaultString":"Internal server error","FaultDetail":"try later"}]}]}}`
	items, err := Items(fault.Direct, http.Header{"Requestid": {"8966139497678673949"}}, []byte(body))
	if err != nil || len(items) != 1 || len(items[0].Errors) != 1 {
		t.Fatalf("Items = %+v, %v; want one item with one error", items, err)
	}
	f := items[0].Errors[0]
	if f.Code != "500" || f.Message != "Internal server error" || f.Detail != "try later" || f.RequestID != "8966139497678673949" || f.Retryable || f.Service != fault.Direct {
		t.Errorf("fault = %q %q %q request %q retryable %v; want 500, the texts verbatim, the request id, not retryable", f.Code, f.Message, f.Detail, f.RequestID, f.Retryable)
	}
}

// TestItemsEacAttemptsLeft checks that a rejected confirmation code keeps
// the tries Market counts, verbatim, in Params and in its entry, and that
// the status is the fault's Code.
func TestItemsEacAttemptsLeft(t *testing.T) {
	items, err := Items(fault.Market, nil, []byte(`{"status":"OK","result":{"verificationResult":"REJECTED","attemptsLeft":2}}`))
	if err != nil || len(items) != 1 || len(items[0].Errors) != 1 {
		t.Fatalf("Items = %+v, %v; want one item with one error", items, err)
	}
	f := items[0].Errors[0]
	if f.Code != "REJECTED" || f.Params["attemptsLeft"] != "2" || f.Errors[0].Params["attemptsLeft"] != "2" || f.Kind != fault.Invalid || f.Retryable {
		t.Errorf("fault = %q %v %v %v retryable %v; want REJECTED, attemptsLeft 2 in Params and entry, invalid, not retryable", f.Code, f.Params, f.Errors[0].Params, f.Kind, f.Retryable)
	}
	if items[0].ID != "" || items[0].Index != 0 {
		t.Errorf("item = #%d %q; want #0 without an id", items[0].Index, items[0].ID)
	}
}
