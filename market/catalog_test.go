package market

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"regexp"
	"strings"
	"testing"

	"github.com/yafault/yafault/fault"
)

var placeholderRE = regexp.MustCompile(`\{([^}]+)\}`)

// sampleMessage renders a catalog pattern as Market would send it: every
// placeholder replaced by a value (quoted in one of three ways, to exercise
// the matcher's tolerance) and every optional part kept.
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
		for variant := range 2 {
			msg, values := sampleMessage(row.Pattern, variant)
			t.Run(fmt.Sprintf("%03d/%d/%s", i, variant, row.Class.Reason), func(t *testing.T) {
				body, _ := json.Marshal(map[string]any{"status": "ERROR", "errors": []map[string]string{{"code": "SOME_CODE", "message": msg}}})
				f := faultOf(Decode(row.Status, http.Header{}, body))
				if f == nil {
					t.Fatalf("Decode(%d, %q) = nil; want a fault", row.Status, msg)
				}
				if f.Reason != row.Class.Reason || f.Kind != row.Class.Kind || f.Retryable != row.Class.Retryable || f.Action != row.Class.Action {
					t.Errorf("Decode(%d, %q) = %v/%s/%v/%v; want %v/%s/%v/%v", row.Status, msg,
						f.Kind, f.Reason, f.Retryable, f.Action, row.Class.Kind, row.Class.Reason, row.Class.Retryable, row.Class.Action)
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

// TestReasonsAreConsistent: rows that share a reason are wordings of one
// situation, so they must agree on kind, retryability and action.
func TestReasonsAreConsistent(t *testing.T) {
	seen := map[string]messageRow{}
	for _, r := range messageRows {
		if prev, ok := seen[r.Class.Reason]; ok {
			if prev.Class.Kind != r.Class.Kind || prev.Class.Retryable != r.Class.Retryable || prev.Class.Action != r.Class.Action {
				t.Errorf("reason %s: %q is %v/%v/%v but %q is %v/%v/%v", r.Class.Reason,
					prev.Pattern, prev.Class.Kind, prev.Class.Retryable, prev.Class.Action,
					r.Pattern, r.Class.Kind, r.Class.Retryable, r.Class.Action)
			}
			continue
		}
		seen[r.Class.Reason] = r
	}
	for code, c := range codeRows {
		if r, ok := seen[c.Reason]; ok && r.Class.Kind != c.Kind {
			t.Errorf("code %s and pattern %q share reason %s but not kind", code, r.Pattern, c.Reason)
		}
	}
}

// TestRetryableRowsSayWhetherApplied checks that every retryable message and
// code says whether Market turned the request away before acting on it,
// and why.
func TestRetryableRowsSayWhetherApplied(t *testing.T) {
	for _, r := range messageRows {
		if r.Class.Retryable && r.Class.Why == "" {
			t.Errorf("%d %q (%s) is retryable but does not say whether it may have been applied", r.Status, r.Pattern, r.Class.Reason)
		}
		if !r.Class.Retryable && r.Class.Refused {
			t.Errorf("%q: Refused on a row that is not retryable", r.Pattern)
		}
	}
	for code, c := range codeRows {
		if c.Retryable && c.Why == "" {
			t.Errorf("code %s is retryable but does not say whether it may have been applied", code)
		}
	}
}

// faultOf returns the *fault.Fault an error is, or nil.
func faultOf(err error) *fault.Fault {
	f, _ := errors.AsType[*fault.Fault](err)
	return f
}
