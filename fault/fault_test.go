package fault_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/yafault/yafault/fault"
)

func TestKindStrings(t *testing.T) {
	want := []string{"unknown", "invalid", "auth", "permission", "account", "not_found", "unsupported",
		"conflict", "rate_limit", "quota", "locked", "internal", "unavailable"}
	ks := fault.Kinds()
	if len(ks) != len(want) {
		t.Fatalf("Kinds() has %d kinds; want %d", len(ks), len(want))
	}
	for i, k := range ks {
		if k.String() != want[i] {
			t.Errorf("Kind(%d).String() = %q; want %q", i, k.String(), want[i])
		}
		back, ok := fault.ParseKind(want[i])
		if !ok || back != k {
			t.Errorf("ParseKind(%q) = %v, %v; want %v, true", want[i], back, ok, k)
		}
	}
	if fault.Kind(0) != fault.Unknown {
		t.Error("the zero Kind is not Unknown")
	}
	if got := fault.Kind(200).String(); got != "kind(200)" {
		t.Errorf("Kind(200).String() = %q; want kind(200)", got)
	}
	if _, ok := fault.ParseKind("nope"); ok {
		t.Error("ParseKind(nope) succeeded")
	}
}

func TestActionStrings(t *testing.T) {
	want := map[fault.Action]string{
		fault.None: "none", fault.Retry: "retry", fault.FixRequest: "fix_request",
		fault.Reauthenticate: "reauthenticate", fault.RequestAccess: "request_access",
		fault.FixAccount: "fix_account", fault.ContactSupport: "contact_support",
	}
	for a, s := range want {
		if a.String() != s {
			t.Errorf("Action(%d).String() = %q; want %q", a, a.String(), s)
		}
		var back fault.Action
		if err := back.UnmarshalText([]byte(s)); err != nil || back != a {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", s, back, err, a)
		}
	}
}

func TestErrorsIsMatchesKindThroughWrapping(t *testing.T) {
	f := &fault.Fault{Service: fault.Market, Code: "X", Verdict: fault.Verdict{Kind: fault.RateLimit}}
	err := fmt.Errorf("sync offers: %w", f)
	if !errors.Is(err, fault.RateLimit) {
		t.Error("errors.Is(wrapped, RateLimit) = false; want true")
	}
	if errors.Is(err, fault.Quota) {
		t.Error("errors.Is(wrapped, Quota) = true; want false")
	}
	var got *fault.Fault
	if !errors.As(err, &got) || got != f {
		t.Errorf("errors.As found %v; want the fault", got)
	}
	joined := errors.Join(errors.New("other"), f)
	if !errors.Is(joined, fault.RateLimit) {
		t.Error("errors.Is(joined, RateLimit) = false; want true")
	}
	cause := errors.New("boom")
	f.Err = cause
	if !errors.Is(err, cause) {
		t.Error("Unwrap does not reach the decoding cause")
	}
}

func TestError(t *testing.T) {
	tests := []struct {
		name string
		f    *fault.Fault
		want string
	}{
		{"code, message and detail joined", &fault.Fault{Service: fault.Direct, Code: "53", Message: "Authorization error", Detail: "Invalid OAuth token"},
			"direct: 53: Authorization error: Invalid OAuth token"},
		{"empty detail skipped", &fault.Fault{Service: fault.Market, Code: "UNAUTHORIZED", Message: "Api-Key token is invalid"},
			"market: UNAUTHORIZED: Api-Key token is invalid"},
		{"detail equal to message not repeated", &fault.Fault{Service: fault.Market, Code: "C", Message: "m", Detail: "m"}, "market: C: m"},
		{"no texts: status, reason and cause", &fault.Fault{Service: fault.Direct, HTTPStatus: 502, Verdict: fault.Verdict{Reason: "BAD_GATEWAY"},
			Err: &fault.BodyError{ContentType: "text/html", Problem: "HTML page"}},
			"direct: http 502: bad_gateway: unrecognized body (text/html): HTML page"},
		{"no service", &fault.Fault{HTTPStatus: 500}, "yafault: http 500"},
		{"a blank code falls back to what is known (found by fuzzing)", &fault.Fault{Service: fault.Direct, Code: " ", HTTPStatus: 100, Verdict: fault.Verdict{Reason: "UNEXPECTED_STATUS"}},
			"direct: http 100: unexpected_status"},
		{"nothing known at all", &fault.Fault{Service: fault.Market}, "market: error"},
		{"line breaks folded", &fault.Fault{Service: fault.Market, Code: "OTHER", Message: "line one\nline two\r\n"},
			"market: OTHER: line one line two"},
		{"token in a message redacted", &fault.Fault{Service: fault.Direct, Code: "53", Message: "bad token y0_AgAAAAAbcdefghijklmnopqrstuv"},
			"direct: 53: bad token [redacted]"},
	}
	for _, tt := range tests {
		if got := tt.f.Error(); got != tt.want {
			t.Errorf("%s: Error() = %q; want %q", tt.name, got, tt.want)
		}
	}
	var nilFault *fault.Fault
	if nilFault.Error() != "<nil>" || nilFault.Unwrap() != nil || nilFault.Is(fault.Unknown) {
		t.Error("a nil *Fault misbehaves")
	}
}

func TestJSONRoundTrip(t *testing.T) {
	f := &fault.Fault{
		Service: fault.Market, HTTPStatus: 420, Code: "X", Message: "Hit rate limit", RequestID: "r1",
		Verdict:    fault.Verdict{Kind: fault.Quota, Reason: "RESOURCE_LIMIT_EXCEEDED", Hint: "wait", Action: fault.Retry, Retryable: true, Refused: true},
		RetryAfter: 40 * time.Second, Params: map[string]string{"limit": "100"},
		Errors: []fault.Entry{{Code: "X", Message: "Hit rate limit", Params: map[string]string{"limit": "100"},
			Verdict: fault.Verdict{Kind: fault.Quota, Reason: "RESOURCE_LIMIT_EXCEEDED", Hint: "wait", Action: fault.Retry, Retryable: true, Refused: true}}},
		Units:     &fault.Units{Spent: 1, Rest: 2, Limit: 3, Login: "l"},
		RateLimit: &fault.ResourceLimit{Limit: 600, Remaining: 0, Until: time.Date(2024, 1, 9, 14, 5, 0, 0, time.UTC)},
		Body:      []byte("secret body"),
		Err:       errors.New("cause"),
	}
	b, err := json.Marshal(f)
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{`"service":"market"`, `"http_status":420`, `"retry_after_seconds":40`, `"rate_limit":{"limit":600,"remaining":0,"until":"2024-01-09T14:05:00Z"}`, `"cause":"cause"`} {
		if !bytes.Contains(b, []byte(key)) {
			t.Errorf("JSON %s lacks %s", b, key)
		}
	}
	if bytes.Contains(b, []byte("secret body")) {
		t.Error("JSON holds the raw body")
	}
	var back fault.Fault
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	want := *f
	want.Body = nil
	if diff := cmp.Diff(want, back, cmp.Comparer(func(a, b error) bool { return a.Error() == b.Error() })); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
	empty, _ := json.Marshal(&fault.Fault{})
	if string(empty) != `{"kind":"unknown","action":"none","retryable":false}` {
		t.Errorf("empty fault JSON = %s; want only kind, action and retryable", empty)
	}
}

func TestLogValueGroupsAndHidesSecrets(t *testing.T) {
	var buf bytes.Buffer
	log := slog.New(slog.NewJSONHandler(&buf, nil))
	f := &fault.Fault{Service: fault.Direct, HTTPStatus: 200, Code: "53", Message: "Authorization error", Detail: "token Bearer y0_AgAAAAAbcdefghijklmnopqrstuvwxyz", RequestID: "8695244274068608439", Body: []byte("Authorization: Bearer y0_raw"), Verdict: fault.Verdict{Kind: fault.Auth, Reason: "TOKEN_INVALID", Action: fault.Reauthenticate}}
	log.Error("call failed", "err", f)
	var rec map[string]any
	if err := json.Unmarshal(buf.Bytes(), &rec); err != nil {
		t.Fatalf("log output %s: %v", buf.Bytes(), err)
	}
	group, ok := rec["err"].(map[string]any)
	if !ok {
		t.Fatalf("err logged as %T; want a group: %s", rec["err"], buf.Bytes())
	}
	if group["code"] != "53" || group["kind"] != "auth" || group["request_id"] != "8695244274068608439" {
		t.Errorf("group = %v; want code, kind and request id", group)
	}
	if strings.Contains(buf.String(), "y0_") {
		t.Errorf("a token reached the log: %s", buf.Bytes())
	}
}

func TestErrorType(t *testing.T) {
	for _, tt := range []struct {
		f    *fault.Fault
		want string
	}{
		{&fault.Fault{Service: fault.Direct, Verdict: fault.Verdict{Kind: fault.Quota, Reason: "POINTS_EXHAUSTED"}}, "direct.POINTS_EXHAUSTED"},
		{&fault.Fault{Service: fault.Market, Verdict: fault.Verdict{Kind: fault.RateLimit, Reason: "PARALLEL_LIMIT_EXCEEDED"}}, "market.PARALLEL_LIMIT_EXCEEDED"},
		{&fault.Fault{Verdict: fault.Verdict{Kind: fault.Internal, Reason: "INTERNAL_ERROR"}}, "yafault.INTERNAL_ERROR"},
		{&fault.Fault{Service: fault.Market, Verdict: fault.Verdict{Kind: fault.NotFound}}, "market.NOT_FOUND"},
		{&fault.Fault{Service: fault.Market, Verdict: fault.Verdict{Reason: "X\x1b[2J"}}, `market.X\x1b[2J`},
		{nil, ""},
	} {
		if got := tt.f.ErrorType(); got != tt.want {
			t.Errorf("ErrorType(%v) = %q; want %q", tt.f, got, tt.want)
		}
	}
	// semconv.ErrorType finds the method through this interface.
	var err error = &fault.Fault{Service: fault.Direct, Verdict: fault.Verdict{Reason: "TOKEN_INVALID"}}
	if et, ok := err.(interface{ ErrorType() string }); !ok || et.ErrorType() != "direct.TOKEN_INVALID" {
		t.Errorf("a fault as an error has no ErrorType method")
	}
}
