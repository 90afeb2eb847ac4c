package market

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/yafault/yafault/fault"
)

var placeholderRE = regexp.MustCompile(`\{([^}]+)\}`)

// sampleMessage renders a catalog pattern as Market would send it: every
// placeholder replaced by a value (quoted in one of three ways, to exercise
// the matcher's tolerance; a name used twice gets the same value) and every
// optional part kept.
func sampleMessage(pat string, variant int) (msg string, values map[string]string) {
	values = map[string]string{}
	msg = strings.NewReplacer(`\[`, "\x00", `\]`, "\x01", "[", "", "]", "").Replace(pat)
	defer func() { msg = strings.NewReplacer("\x00", "[", "\x01", "]").Replace(msg) }()
	n := 0
	msg = placeholderRE.ReplaceAllStringFunc(msg, func(m string) string {
		name := m[1 : len(m)-1]
		v := fmt.Sprintf("v%d%d", variant, n)
		if strings.HasSuffix(strings.ToLower(name), "id") {
			v = fmt.Sprintf("%d", 10000+n)
		}
		if seen, ok := values[name]; ok {
			v = seen // a value named twice is the same value
		}
		n++
		values[name] = v
		switch (variant + n) % 3 {
		case 1:
			return "'" + v + "'"
		case 2:
			return "‘" + v + "’"
		}
		return v
	})
	return msg, values
}

// TestEveryMessageRow feeds a realistic body for every catalog row through
// Decode, with its documented status, and checks the row's verdict and the
// values it extracts.
func TestEveryMessageRow(t *testing.T) {
	for i, row := range messageRows {
		want := mustVerdict(row.Reason)
		for variant := range 2 {
			msg, values := sampleMessage(row.Pattern, variant)
			t.Run(fmt.Sprintf("%03d/%d/%s", i, variant, row.Reason), func(t *testing.T) {
				body, _ := json.Marshal(map[string]any{"status": "ERROR", "errors": []map[string]string{{"code": "SOME_CODE", "message": msg}}})
				f := faultOf(Decode(row.Status, http.Header{}, body))
				if f == nil {
					t.Fatalf("Decode(%d, %q) = nil; want a fault", row.Status, msg)
				}
				if f.Verdict != want.Verdict {
					t.Errorf("Decode(%d, %q) = %+v; want %+v", row.Status, msg, f.Verdict, want.Verdict)
				}
				if f.Kind == fault.Unknown || f.Reason == "" {
					t.Errorf("row %q classifies as Unknown or without a reason", row.Pattern)
				}
				if f.Message != msg || f.Code != "SOME_CODE" {
					t.Errorf("vendor text rewritten: got %q %q", f.Code, f.Message)
				}
				for name, v := range values {
					if f.Params[name] != v {
						t.Errorf("Params[%q] = %q; want %q (message %q)", name, f.Params[name], v, msg)
					}
				}
			})
		}
	}
}

// TestMessageTolerance checks messages as real responses write them.
func TestMessageTolerance(t *testing.T) {
	tests := []struct {
		status int
		msg    string
		reason string
		params map[string]string
		why    string
	}{
		{420, "Hit rate limit of 4 parallel requests for campaignId 12345", "PARALLEL_LIMIT_EXCEEDED", map[string]string{"limit": "4", "entity": "campaignId 12345"}, "values without quotes"},
		{420, "Hit rate limit of 2 parallel requests", "PARALLEL_LIMIT_EXCEEDED", map[string]string{"limit": "2"}, "the 2025 wording without an entity"},
		{420, "Hit rate limit of 10 000 points per 1 day for resource /regions/{regionId}.json", "RESOURCE_LIMIT_EXCEEDED", map[string]string{"limit": "10 000", "period": "1 day", "resource": "/regions/{regionId}.json"}, "space-grouped number and points"},
		{404, "Campaign not found 21621656", "CAMPAIGN_NOT_FOUND", map[string]string{"campaignId": "21621656"}, "the 2026 wording without a colon"},
		{404, "Campaign not found: '21621656'", "CAMPAIGN_NOT_FOUND", map[string]string{"campaignId": "21621656"}, "the 2025 wording, quoted"},
		{403, "API for campaign 21621656 manually disabled.", "API_DISABLED_MANUALLY", map[string]string{"campaignId": "21621656"}, "trailing full stop"},
		{403, "Token is invalid", "OAUTH_TOKEN_INVALID", nil, "the old wording of OAuth token is invalid"},
		{403, "OAuth token is invalid", "OAUTH_TOKEN_INVALID", nil, "the new wording"},
		{400, "too long time period. maximum is “30” days!", "DATE_RANGE_TOO_LONG", map[string]string{"maxPeriod": "30"}, "case, typographic double quotes, other punctuation"},
		{400, "NO_REQUIRED_FIELDS: Добавьте штрихкод", "NO_REQUIRED_FIELDS", nil, "a machine token leads the message"},
		{400, "SOME_NEW_TOKEN: text", "SOME_NEW_TOKEN", nil, "an unknown machine token still becomes the reason"},
		{400, "JSON: Unexpected character", "INVALID_JSON", map[string]string{"message": "Unexpected character"}, "JSON: is not a machine token"},
		{400, "Something nobody documented", "BAD_REQUEST", nil, "no pattern: the status decides"},
	}
	for _, tt := range tests {
		c, params := classify(tt.status, "OTHER", tt.msg)
		if c.Reason != tt.reason {
			t.Errorf("classify(%d, %q) reason = %s; want %s (%s)", tt.status, tt.msg, c.Reason, tt.reason, tt.why)
		}
		for k, v := range tt.params {
			if params[k] != v {
				t.Errorf("classify(%d, %q) params[%s] = %q; want %q (%s)", tt.status, tt.msg, k, params[k], v, tt.why)
			}
		}
	}
}

func TestCodeFallbacks(t *testing.T) {
	tests := []struct {
		status int
		code   string
		kind   fault.Kind
		reason string
		why    string
	}{
		{403, "FORBIDDEN", fault.Permission, "FORBIDDEN", "generic code, status decides"},
		{404, "CAMPAIGN_NOT_FOUND", fault.NotFound, "CAMPAIGN_NOT_FOUND", "a specific code says more than the status"},
		{400, "FORBIDDEN", fault.Invalid, "BAD_REQUEST", "a generic code never overrides the status"},
		{500, "SOMETHING", fault.Internal, "INTERNAL_ERROR", "unknown code at 500"},
		{200, "WEIRD_CODE", fault.Unknown, "WEIRD_CODE", "unknown code in a 200 ERROR body keeps the code as reason"},
	}
	for _, tt := range tests {
		c, _ := classify(tt.status, tt.code, "")
		if c.Kind != tt.kind || c.Reason != tt.reason {
			t.Errorf("classify(%d, %s) = %v/%s; want %v/%s (%s)", tt.status, tt.code, c.Kind, c.Reason, tt.kind, tt.reason, tt.why)
		}
	}
}

// TestEveryReasonIsCatalogued checks that every row and code points at a
// reason the catalog defines, and that every reason is used.
func TestEveryReasonIsCatalogued(t *testing.T) {
	used := map[string]bool{}
	for _, r := range messageRows {
		if _, ok := verdictOf(r.Reason); !ok {
			t.Errorf("%d %q points at %s, which no verdict defines", r.Status, r.Pattern, r.Reason)
		}
		used[r.Reason] = true
	}
	for code, reason := range codeRows {
		if _, ok := verdictOf(reason); !ok {
			t.Errorf("code %s points at %s, which no verdict defines", code, reason)
		}
		used[reason] = true
	}
	for code, reason := range itemCodes {
		if _, ok := verdictOf(reason); !ok {
			t.Errorf("item code %s points at %s, which no verdict defines", code, reason)
		}
		used[reason] = true
	}
	for key, row := range itemStatuses {
		if row.Reason == "" {
			continue
		}
		if _, ok := verdictOf(row.Reason); !ok {
			t.Errorf("%s status %s points at %s, which no verdict defines", key.Object, key.Status, row.Reason)
		}
		used[row.Reason] = true
	}
	for reason := range reasons {
		if !used[reason] {
			t.Errorf("reason %s is defined but nothing points at it", reason)
		}
	}
}

// TestRetryableRowsSayWhetherApplied checks that every retryable message and
// code says whether Market turned the request away before acting on it,
// and why.
func TestRetryableRowsSayWhetherApplied(t *testing.T) {
	for reason, c := range reasons {
		if c.Retryable && c.Why == "" {
			t.Errorf("%s is retryable but does not say whether it may have been applied", reason)
		}
		if !c.Retryable && c.Refused {
			t.Errorf("%s: Refused on a reason that is not retryable", reason)
		}
	}
}

// faultOf returns the *fault.Fault an error is, or nil.
func faultOf(err error) *fault.Fault {
	f, _ := errors.AsType[*fault.Fault](err)
	return f
}

// TestEveryTypedCode checks that every value of the spec's ApiErrorCodeType
// is classified on its own, with its source, when its message is not in the
// catalog: a specific code gives its own reason, a generic one the status's.
func TestEveryTypedCode(t *testing.T) {
	data, err := os.ReadFile("testdata/ApiErrorCodeType.txt")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, code := range strings.Fields(string(data)) {
		if strings.HasPrefix(code, "#") || !placeholderFree(code) {
			continue
		}
		n++
		mi, ok := LookupCode(code)
		if !ok {
			t.Errorf("code %s is not in the catalog", code)
			continue
		}
		if mi.Source == "" || mi.Reason == "" {
			t.Errorf("code %s: source %q, reason %q; want both", code, mi.Source, mi.Reason)
		}
		c, _ := classify(http.StatusBadRequest, code, "a wording the catalog has not seen")
		want := mi.Reason
		if genericCodes[code] {
			want = "BAD_REQUEST"
		}
		if r, ok := codeUnderStatus[codeStatus{code, http.StatusBadRequest}]; ok {
			want = r // the status changes what the code means
		}
		if c.Reason != want {
			t.Errorf("classify(400, %s, unknown text) = %s; want %s", code, c.Reason, want)
		}
		if c2, _ := classify(http.StatusOK, code, ""); c2.Reason != mi.Reason {
			t.Errorf("classify(200, %s) = %s; want %s", code, c2.Reason, mi.Reason)
		}
	}
	if n != 134 {
		t.Errorf("read %d codes from the spec's list; want 134", n)
	}
}

// placeholderFree reports whether a word of the list is a code (the
// comment lines' words are not all capitals).
func placeholderFree(w string) bool {
	return w == strings.ToUpper(w) && strings.Trim(w, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_") == ""
}

// TestCodesAgreeWithMessages cross-checks the code catalog with the message
// catalog on pairs seen together: in Yandex's published partner-API server
// tests and on the docs' error-codes page. Both must name the same reason.
func TestCodesAgreeWithMessages(t *testing.T) {
	pairs := []struct {
		status        int
		code, message string
	}{
		{400, "ALREADY_CONFIRMED", "Shipment with ID 12321 has been confirmed already"},
		{400, "CUTOFF_NOT_REACHED", "Cutoff time for shipments has not been reached yet"},
		{400, "NO_ORDERS", "Shipment with ID 12321 does not contain any orders"},
		{400, "CAMPAIGN_TYPE_NOT_SUPPORTED", "Campaign type is not allowed"},
		{400, "ITEM_DUPLICATE", "Item should be specified only once: 4055992"},
		{400, "TRACK_CODE_ALREADY_USED", "Track code CODE has been already used for delivery service 124"},
		{400, "USER_UNREACHABLE_NOT_ALLOWED", "Substatus USER_UNREACHABLE not allowed!"},
		{400, "COULD_NOT_FIND_COORDS", "Could not find GPS coordinates for outlet 0 (address: Moscow)"},
		{400, "DUPLICATE_OUTLET_CODE", "Outlet with code 'A1' already exists for campaign 12345"},
		{400, "MISSING_OFFER_ID", "Missing offerId"},
		{404, "MODEL_NOT_FOUND", "Model not found: 100"},
		{400, "PROMO_ENDED", "Promo has ended"},
		{404, "SUPPLY_REQUEST_NOT_FOUND", "Supply request not found."},
		{404, "ORDER_NOT_FOUND", "Order not found: 1"},
		{400, "INVALID_PAYMENT_SETTINGS", "payout frequency WEEKLY and delay weeks null are not supported"},
	}
	for _, p := range pairs {
		code, ok := LookupCode(p.code)
		if !ok {
			t.Errorf("code %s is not in the catalog", p.code)
			continue
		}
		msg, _, ok := LookupMessage(p.status, p.message)
		if !ok {
			t.Errorf("LookupMessage(%d, %q) found nothing; want %s", p.status, p.message, code.Reason)
			continue
		}
		if msg.Reason != code.Reason {
			t.Errorf("%s (%s: %v, retry %v) and %q (%s: %v, retry %v) disagree", p.code, code.Reason, code.Kind, code.Retryable, p.message, msg.Reason, msg.Kind, msg.Retryable)
		}
	}
}

// TestEveryItemStatus checks that every value of the spec's per-object
// status enums (OpenAPI spec components/schemas, HEAD 1318e9b) is in
// itemStatuses with its evidence, and that each means what the enum's
// description says: a success gives no fault, a failure an error that is
// not retryable, a check in progress an error to ask about again later, a
// code not sent to a check a warning.
func TestEveryItemStatus(t *testing.T) {
	const (
		success = iota
		failure
		pending
		remark
	)
	enums := []struct {
		object, schema string
		values         map[string]int
	}{
		{"cis", "CisStatusType", map[string]int{"OK": success, "FAILED": failure, "IN_PROGRESS": pending, "INVALID": failure, "NOT_ON_VALIDATION": remark}},
		{"uin", "UinStatusType", map[string]int{"OK": success, "IN_PROGRESS": pending, "FAILED": failure, "NOT_ON_VALIDATION": remark}},
		{"eac", "EacVerificationStatusType", map[string]int{"ACCEPTED": success, "REJECTED": failure, "NEED_UPDATE": failure}},
		{"operation", "OperationStatusType", map[string]int{"IN_PROGRESS": remark, "DONE": success, "FAILED": failure}},
	}
	objects := map[string]int{}
	for _, e := range enums {
		objects[e.object] = len(e.values)
		for value, want := range e.values {
			row, ok := itemStatuses[statusKey{e.object, value}]
			if !ok || row.Source == "" || !strings.Contains(row.Source, e.schema+" "+value) {
				t.Errorf("%s %s: row %+v; want one whose source names %s %s", e.object, value, row, e.schema, value)
				continue
			}
			c, warning, failed := statusClass(e.object, value)
			var got int
			switch {
			case !failed:
				got = success
			case warning:
				got = remark
			case c.Retryable && c.Refused && c.Kind == fault.Locked:
				got = pending
			case !c.Retryable:
				got = failure
			default:
				got = -1
			}
			if got != want {
				t.Errorf("statusClass(%s, %s) = %+v, warning %v, fault %v; want kind of outcome %d", e.object, value, c.Verdict, warning, failed, want)
			}
		}
	}
	for key := range itemStatuses {
		if objects[key.Object] == 0 {
			t.Errorf("itemStatuses has %s %s, of no enum this test knows", key.Object, key.Status)
		}
	}
	if c, warning, failed := statusClass("cis", "SOMETHING_NEW"); !failed || !warning || c.Reason != "SOMETHING_NEW" || c.Kind != fault.Unknown {
		t.Errorf("statusClass(cis, SOMETHING_NEW) = %+v, warning %v, fault %v; want an unknown warning named after the value", c.Verdict, warning, failed)
	}
}

// TestTokenAgainstCode checks which of a token leading the message and the
// entry's code decides: a catalogued token always; an unknown one only over
// a code that says no more (none, generic or unknown).
func TestTokenAgainstCode(t *testing.T) {
	tests := []struct {
		status     int
		code, msg  string
		wantReason string
	}{
		{400, "INVALID_CATEGORY", "SOME_NEW_TOKEN: Не листовая категория", "CATEGORY_NOT_LEAF"},
		{400, "INVALID_CATEGORY", "NOT_LEAF_CATEGORY: Не листовая категория", "CATEGORY_NOT_LEAF"},
		{400, "BAD_REQUEST", "SOME_NEW_TOKEN: text", "SOME_NEW_TOKEN"},
		{400, "", "SOME_NEW_TOKEN: text", "SOME_NEW_TOKEN"},
		{400, "A_CODE_NOBODY_KNOWS", "SOME_NEW_TOKEN: text", "SOME_NEW_TOKEN"},
		{400, "BAD_REQUEST", "NO_REQUIRED_FIELDS: add a barcode", "NO_REQUIRED_FIELDS"},
		{400, "REQUEST_LIMIT_EXCEEDED", "a wording the catalog has not seen", "REQUEST_TOO_LARGE"},
		{420, "REQUEST_LIMIT_EXCEEDED", "a wording the catalog has not seen", "REQUEST_LIMIT_EXCEEDED"},
		{400, "INVALID_CATEGORY", "INTERNAL_ERROR: category 5 is not a leaf", "CATEGORY_NOT_LEAF"},
		{400, "", "INTERNAL_ERROR: something", "BAD_REQUEST"},
		{200, "", "INTERNAL_ERROR: something", "INTERNAL_ERROR"},
	}
	for _, tt := range tests {
		if c, _ := classify(tt.status, tt.code, tt.msg); c.Reason != tt.wantReason {
			t.Errorf("classify(%d, %q, %q) = %s; want %s", tt.status, tt.code, tt.msg, c.Reason, tt.wantReason)
		}
	}
	if c, _ := classify(400, "REQUEST_LIMIT_EXCEEDED", "x"); c.Retryable {
		t.Errorf("an oversized batch (400 REQUEST_LIMIT_EXCEEDED) is retryable")
	}
}
