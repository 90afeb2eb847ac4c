package yafault

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"log/slog"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/yafault/yafault/fault"
	"github.com/yafault/yafault/internal/capture"
	"github.com/yafault/yafault/internal/wire"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// fixedNow is the clock for golden tests; every capture that needs a clock
// carries a Date header, so this is only a guard against flakiness.
func fixedNow() time.Time { return time.Date(2024, 1, 9, 14, 4, 20, 0, time.UTC) }

// goldenFault is what TestGolden stores for a capture: the fault's Error
// text and its JSON (no error and null when the response carries none).
type goldenFault struct {
	Error string       `json:"error,omitempty"`
	Fault *fault.Fault `json:"fault"`
}

// TestGolden feeds every capture in testdata/{market,direct} through
// Normalize and compares the fault's Error text and JSON with
// NAME.golden.json beside it. Regenerate with go test -run Golden -update,
// then review the diff.
func TestGolden(t *testing.T) {
	for _, svc := range []fault.Service{fault.Market, fault.Direct} {
		files, err := filepath.Glob(filepath.Join("testdata", string(svc), "*.http"))
		if err != nil || len(files) == 0 {
			t.Fatalf("no captures for %s: %v", svc, err)
		}
		for _, file := range files {
			name := strings.TrimSuffix(filepath.Base(file), ".http")
			t.Run(string(svc)+"/"+name, func(t *testing.T) {
				data, err := os.ReadFile(file)
				if err != nil {
					t.Fatal(err)
				}
				r, err := capture.Parse(data)
				if err != nil {
					t.Fatalf("capture.Parse(%s): %v", file, err)
				}
				f := normalize(svc, r.Status, r.Header, r.Body, fixedNow)
				// Error's text is frozen once released: the golden pins it
				// beside the JSON.
				g := goldenFault{Fault: f}
				if f != nil {
					g.Error = f.Error()
				}
				got, err := json.MarshalIndent(g, "", "  ")
				if err != nil {
					t.Fatal(err)
				}
				got = append(got, '\n')
				golden := strings.TrimSuffix(file, ".http") + ".golden.json"
				if *update {
					if err := os.WriteFile(golden, got, 0o644); err != nil {
						t.Fatal(err)
					}
				}
				want, err := os.ReadFile(golden)
				if err != nil {
					t.Fatalf("%v (run go test -run Golden -update)", err)
				}
				if diff := cmp.Diff(string(want), string(got)); diff != "" {
					t.Errorf("Normalize(%s) differs from %s (-want +got):\n%s", file, golden, diff)
				}
				checkInvariants(t, f, r.Status, svc)
			})
		}
	}
}

// checkInvariants asserts what holds for every fault of a golden capture:
// the properties every input keeps (checkFault), plus a retry hint on every
// retryable fault, the primary entry first, and no secret in the output.
func checkInvariants(t *testing.T, f *fault.Fault, status int, svc fault.Service) {
	t.Helper()
	checkFault(t, f, status, svc)
	if f == nil {
		return
	}
	if f.Retryable && f.RetryAfter <= 0 {
		t.Errorf("RetryAfter = %v on a retryable fault; want a hint", f.RetryAfter)
	}
	if !errors.Is(f, f.Kind) {
		t.Errorf("errors.Is(f, %v) = false", f.Kind)
	}
	if len(f.Errors) > 0 && (f.Errors[0].Code != f.Code || f.Errors[0].Message != f.Message) {
		t.Errorf("Errors[0] = %+v; want the primary entry (%q, %q)", f.Errors[0], f.Code, f.Message)
	}
	js, _ := json.Marshal(f)
	for _, secret := range []string{"ACMA:I4c4", "y0_AgAAAA"} {
		if strings.Contains(f.Error(), secret) || bytes.Contains(js, []byte(secret)) {
			t.Errorf("a secret %q leaked into Error() or JSON", secret)
		}
	}
	checkLogMatchesJSON(t, f)
}

// checkLogMatchesJSON asserts that slog's JSON handler logs a fault, and
// each of its entries, with the keys and values of its JSON, except that
// the entries are counted (error_count) rather than listed.
func checkLogMatchesJSON(t *testing.T, f *fault.Fault) {
	t.Helper()
	logged := func(v any) map[string]any {
		var buf bytes.Buffer
		slog.New(slog.NewJSONHandler(&buf, nil)).Info("m", "v", v)
		var rec map[string]any
		if err := json.Unmarshal(buf.Bytes(), &rec); err != nil {
			t.Fatalf("log record %s: %v", buf.Bytes(), err)
		}
		g, _ := rec["v"].(map[string]any)
		return g
	}
	encoded := func(v any) map[string]any {
		js, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]any
		if err := json.Unmarshal(js, &m); err != nil {
			t.Fatal(err)
		}
		return m
	}
	want := encoded(f)
	delete(want, "errors")
	delete(want, "omitted_errors")
	if n := len(f.Errors) + f.OmittedErrors; n > 1 {
		want["error_count"] = float64(n)
	}
	if diff := cmp.Diff(want, logged(f)); diff != "" {
		t.Errorf("slog record of the fault differs from its JSON (-json +slog):\n%s", diff)
	}
	for i, e := range f.Errors {
		if diff := cmp.Diff(encoded(e), logged(e)); diff != "" {
			t.Errorf("slog record of Errors[%d] differs from its JSON (-json +slog):\n%s", i, diff)
		}
	}
}

// TestDetectService checks that Normalize with no service tells it from the
// body or headers and classifies as it would with the service given.
func TestDetectService(t *testing.T) {
	tests := []struct {
		file   string
		want   fault.Service
		reason string
		cause  string // wanted in Err's text when the service is not told
	}{
		{"market/401-apikey-invalid.http", fault.Market, "current envelope", ""},
		{"market/400-legacy-error-object.http", fault.Market, "legacy error object with a numeric code", ""},
		{"market/403-hybrid-token-invalid.http", fault.Market, "hybrid body", ""},
		{"market/420-resource-limit-until.http", fault.Market, "current envelope with rate-limit headers", ""},
		{"market/404-xml-order-not-found.http", fault.Market, "XML envelope, status first", ""},
		{"market/404-xml-hybrid-legacy-error.http", fault.Market, "XML hybrid, status last", ""},
		{"market/401-contentapi-xml-authorization-failed.http", fault.Market, "the Content API's bare XML errors list", ""},
		{"direct/200-json-error-53.http", fault.Direct, "v5 JSON error with HTTP 200", ""},
		{"direct/200-v4-json-error-156.http", fault.Direct, "v4 top-level error_code", ""},
		{"direct/500-soap-fault-8000.http", fault.Direct, "SOAP fault", ""},
		{"direct/400-reports-xml-error-53.http", fault.Direct, "Reports XML error", ""},
		{"direct/502-reports-timeout-empty.http", "", "an empty body and no telling headers: no service", "empty body"},
		{"direct/500-reports-html.http", "", "an HTML page says nothing of the service", "neither a Market nor a Direct error document"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			r, err := capture.Parse(data)
			if err != nil {
				t.Fatal(err)
			}
			got := normalize("", r.Status, r.Header, r.Body, fixedNow)
			if got == nil {
				t.Fatalf("Normalize(\"\", %s) = nil; want a fault (%s)", tt.file, tt.reason)
			}
			if got.Service != tt.want {
				t.Errorf("Normalize(\"\", %s).Service = %q; want %q (%s)", tt.file, got.Service, tt.want, tt.reason)
			}
			if tt.cause != "" && (got.Err == nil || !strings.Contains(got.Err.Error(), tt.cause)) {
				t.Errorf("Normalize(\"\", %s).Err = %v; want it to say %q", tt.file, got.Err, tt.cause)
			}
			if tt.want != "" {
				with := normalize(tt.want, r.Status, r.Header, r.Body, fixedNow)
				if diff := cmp.Diff(wire.EntryOf(with), wire.EntryOf(got)); diff != "" {
					t.Errorf("classification differs with the service detected (-given +detected):\n%s", diff)
				}
			}
		})
	}
}

func TestServiceOf(t *testing.T) {
	tests := []struct {
		url  string
		want fault.Service
	}{
		{"https://api.partner.market.yandex.ru/v2/campaigns", fault.Market},
		{"https://API.Partner.Market.Yandex.RU:443/campaigns.json", fault.Market},
		{"https://api.direct.yandex.com/json/v5/campaigns", fault.Direct},
		{"https://api.direct.yandex.ru/v4/json/", fault.Direct},
		{"https://api-sandbox.direct.yandex.com/json/v5/reports", fault.Direct},
		{"https://api-sandbox.direct.yandex.ru/v4/json/", fault.Direct},
		{"https://ipv6.api.direct.yandex.ru/json/v5/keywords", fault.Direct},
		{"https://example.com/json/v5/campaigns", ""},
		{"https://direct.yandex.com.evil.example/json/v5/", ""},
	}
	for _, tt := range tests {
		u, err := url.Parse(tt.url)
		if err != nil {
			t.Fatal(err)
		}
		if got := ServiceOf(u); got != tt.want {
			t.Errorf("ServiceOf(%s) = %q; want %q", tt.url, got, tt.want)
		}
	}
	if got := ServiceOf(nil); got != "" {
		t.Errorf("ServiceOf(nil) = %q; want \"\"", got)
	}
}

// TestNormalizeTraps pins the behaviours that existing clients get wrong.
func TestNormalizeTraps(t *testing.T) {
	h := func(kv ...string) http.Header {
		hd := http.Header{}
		for i := 0; i+1 < len(kv); i += 2 {
			hd.Add(kv[i], kv[i+1])
		}
		return hd
	}
	tests := []struct {
		name       string
		svc        fault.Service
		status     int
		header     http.Header
		body       string
		kind       fault.Kind
		reason     string
		retryable  bool
		retryAfter time.Duration
	}{
		{"direct error with HTTP 200 is a fault", fault.Direct, 200, nil,
			`{"error":{"request_id":"1","error_code":53,"error_string":"Authorization error","error_detail":"x"}}`, fault.Auth, "TOKEN_INVALID", false, 0},
		{"152 is API points, not money", fault.Direct, 200, nil,
			`{"error":{"error_code":152,"error_string":"Not enough Yandex units"}}`, fault.Quota, "POINTS_EXHAUSTED", true, time.Hour},
		{"506 is a short rate limit", fault.Direct, 200, nil,
			`{"error":{"error_code":506,"error_string":"x"}}`, fault.RateLimit, "TOO_MANY_CONNECTIONS", true, 2 * time.Second},
		{"1004 is not retryable", fault.Direct, 200, nil,
			`{"error":{"error_code":1004,"error_string":"Couldn't create client"}}`, fault.Internal, "CLIENT_CREATION_FAILED", false, 0},
		{"1020 is not retryable", fault.Direct, 200, nil,
			`{"error":{"error_code":1020,"error_string":"Internal server error"}}`, fault.Internal, "CURRENCY_LIST_UNDEFINED", false, 0},
		{"8800 also means a wrong Client-Login", fault.Direct, 200, nil,
			`{"error":{"error_code":8800,"error_string":"Object not found"}}`, fault.NotFound, "OBJECT_NOT_FOUND", false, 0},
		{"a missing token under 8000 is auth", fault.Direct, 200, nil,
			`{"error":{"error_code":8000,"error_string":"Invalid request","error_detail":"OAuth token not specified"}}`, fault.Auth, "TOKEN_MISSING", false, 0},
		{"a missing token under 53 in Russian is auth", fault.Direct, 400, nil,
			`{"error":{"error_code":53,"error_string":"Ошибка авторизации","error_detail":"OAuth-токен не указан"}}`, fault.Auth, "TOKEN_MISSING", false, 0},
		{"Market throttles with 420", fault.Market, 420, nil,
			`{"status":"ERROR","errors":[{"code":"X","message":"Hit rate limit of 4 parallel requests for campaignId 1"}]}`, fault.RateLimit, "PARALLEL_LIMIT_EXCEEDED", true, time.Second},
		{"a 420 with an unknown message is still a rate limit", fault.Market, 420, nil,
			`{"status":"ERROR","errors":[{"code":"BAD_REQUEST","message":"Limit exceeded"}]}`, fault.RateLimit, "ENHANCE_YOUR_CALM", true, time.Second},
		{"Market 400 Limit exceeded is a page size error", fault.Market, 400, nil,
			`{"status":"ERROR","errors":[{"code":"BAD_REQUEST","message":"Limit exceeded"}]}`, fault.Invalid, "PAGE_LIMIT_EXCEEDED", false, 0},
		{"a dead Api-Key is a 401", fault.Market, 401, nil,
			`{"status":"ERROR","errors":[{"code":"UNAUTHORIZED","message":"Api-Key token is revoked"}]}`, fault.Auth, "API_KEY_REVOKED", false, 0},
		{"a dead OAuth token is a 403, still auth", fault.Market, 403, nil,
			`{"status":"ERROR","errors":[{"code":"FORBIDDEN","message":"OAuth token is invalid"}]}`, fault.Auth, "OAUTH_TOKEN_INVALID", false, 0},
		{"business migration is retryable later", fault.Market, 423, nil,
			`{"status":"ERROR","errors":[{"code":"LOCKED","message":"Business is in migration"}]}`, fault.Locked, "BUSINESS_MIGRATION_IN_PROGRESS", true, 15 * time.Minute},
		{"default price is not retryable", fault.Market, 423, nil,
			`{"status":"ERROR","errors":[{"code":"LOCKED","message":"Partner use only default price"}]}`, fault.Conflict, "DEFAULT_PRICES_ONLY", false, 0},
		{"a Market 200 with status ERROR is a fault", fault.Market, 200, nil,
			`{"status":"ERROR","errors":[{"code":"BAD_REQUEST","message":"Missing field"}]}`, fault.Invalid, "FIELD_REQUIRED", false, 0},
		{"quota waits until Until, measured against Date", fault.Market, 420,
			h("Date", "Tue, 09 Jan 2024 14:04:20 GMT", "X-RateLimit-Resource-Until", "Tue, 09 Jan 2024 14:05:00 GMT"),
			`{"status":"ERROR","errors":[{"code":"X","message":"Hit rate limit of 100 requests per 1 minute for resource /x"}]}`, fault.Quota, "RESOURCE_LIMIT_EXCEEDED", true, 40 * time.Second},
		{"a proxy's Retry-After is honoured", fault.Market, 503, h("Retry-After", "17"),
			`<html>busy</html>`, fault.Unavailable, "SERVICE_UNAVAILABLE", true, 17 * time.Second},
		{"a 5xx without a body is a retryable fault", fault.Direct, 502, nil, ``, fault.Unavailable, "BAD_GATEWAY", true, time.Second},
		{"a 2xx success body is never a fault", fault.Direct, 200, nil, `{"result":{"Campaigns":[]}}`, fault.Unknown, "", false, 0},
		{"a Market 200 with status OK is never a fault", fault.Market, 200, nil, `{"status":"OK","result":{}}`, fault.Unknown, "", false, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := normalize(tt.svc, tt.status, tt.header, []byte(tt.body), fixedNow)
			if tt.reason == "" {
				if f != nil {
					t.Fatalf("Normalize(%s, %d, %s) = %v; want nil", tt.svc, tt.status, tt.body, f)
				}
				return
			}
			if f == nil {
				t.Fatalf("Normalize(%s, %d, %s) = nil; want a fault", tt.svc, tt.status, tt.body)
			}
			got := [4]any{f.Kind, f.Reason, f.Retryable, f.RetryAfter}
			want := [4]any{tt.kind, tt.reason, tt.retryable, tt.retryAfter}
			if got != want {
				t.Errorf("Normalize(%s, %d, %s) = %v; want %v", tt.svc, tt.status, tt.body, got, want)
			}
		})
	}
}
