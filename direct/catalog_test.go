package direct

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"sort"
	"testing"

	"github.com/yafault/yafault/fault"
)

// TestEveryCode feeds a v5 JSON error for every catalogued code through
// Decode (with HTTP 200, as Direct sends them) and checks the row's verdict.
// Warnings are checked the same way: a warning code met at request level is
// still classified.
func TestEveryCode(t *testing.T) {
	nums := make([]int, 0, len(codes))
	for n := range codes {
		nums = append(nums, n)
	}
	sort.Ints(nums)
	for _, n := range nums {
		row := codes[n]
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			body, _ := json.Marshal(map[string]any{"error": map[string]any{
				"request_id": "8695244274068608439", "error_code": n, "error_string": "text", "error_detail": "detail"}})
			f := faultOf(Decode(http.StatusOK, http.Header{}, body))
			if f == nil {
				t.Fatalf("Decode(code %d) = nil; want a fault", n)
			}
			if f.Kind != row.Class.Kind || f.Reason != row.Class.Reason || f.Retryable != row.Class.Retryable || f.Action != row.Class.Action {
				t.Errorf("Decode(code %d) = %v/%s/%v/%v; want %v/%s/%v/%v", n, f.Kind, f.Reason, f.Retryable, f.Action,
					row.Class.Kind, row.Class.Reason, row.Class.Retryable, row.Class.Action)
			}
			if f.Kind == fault.Unknown || f.Reason == "" {
				t.Errorf("code %d classifies as Unknown or without a reason", n)
			}
			if f.Code != fmt.Sprint(n) || f.Message != "text" || f.Detail != "detail" || f.RequestID != "8695244274068608439" {
				t.Errorf("vendor fields rewritten: %+v", f)
			}
			if row.Class.Retryable && f.RetryAfter <= 0 {
				t.Errorf("code %d is retryable without a wait", n)
			}
			if row.Warning && row.Class.Retryable {
				t.Errorf("warning %d is retryable", n)
			}
		})
	}
}

// TestReasonsAreDistinct: distinct situations get distinct reasons, so no
// two codes share one.
func TestReasonsAreDistinct(t *testing.T) {
	seen := map[string]int{}
	for n, row := range codes {
		if other, dup := seen[row.Class.Reason]; dup {
			t.Errorf("codes %d and %d share reason %s", n, other, row.Class.Reason)
		}
		seen[row.Class.Reason] = n
	}
}

func TestCodeForms(t *testing.T) {
	tests := []struct {
		raw    string
		reason string
		why    string
	}{
		{`53`, "TOKEN_INVALID", "documented int"},
		{`"53"`, "TOKEN_INVALID", "string, as third-party tests send"},
		{`53.0`, "TOKEN_INVALID", "float"},
		{`" 53 "`, "TOKEN_INVALID", "padded string"},
		{`99999999999999999999999`, "UNKNOWN_CODE", "huge number"},
		{`"abc"`, "UNKNOWN_CODE", "not a number"},
		{`null`, "MISSING_CODE", "null code in a 200"},
	}
	for _, tt := range tests {
		body := []byte(`{"error":{"error_code":` + tt.raw + `,"error_string":"x"}}`)
		f := faultOf(Decode(http.StatusOK, nil, body))
		if f == nil {
			t.Errorf("Decode(error_code %s) = nil; want a fault (%s)", tt.raw, tt.why)
			continue
		}
		if f.Reason != tt.reason {
			t.Errorf("Decode(error_code %s).Reason = %s; want %s (%s)", tt.raw, f.Reason, tt.reason, tt.why)
		}
	}
}

func TestLanguageDoesNotMatter(t *testing.T) {
	for _, text := range []string{"Not enough Yandex units", "Недостаточно баллов", "Yetersiz puan"} {
		body, _ := json.Marshal(map[string]any{"error": map[string]any{"error_code": 152, "error_string": text}})
		f := faultOf(Decode(200, nil, body))
		if f == nil || f.Reason != "POINTS_EXHAUSTED" || f.Kind != fault.Quota {
			t.Errorf("Decode(152, %q) = %v; want quota POINTS_EXHAUSTED", text, f)
		}
	}
}

func TestParseUnits(t *testing.T) {
	tests := []struct {
		units, login string
		want         *fault.Units
	}{
		{"10/20828/64000", "", &fault.Units{Spent: 10, Rest: 20828, Limit: 64000}},
		{"11/99968/100000", "agent", &fault.Units{Spent: 11, Rest: 99968, Limit: 100000, Login: "agent"}},
		{" 1 / 2 / 3 ", "", &fault.Units{Spent: 1, Rest: 2, Limit: 3}},
		{"", "agent", nil},
		{"10/20828", "", nil},
		{"a/b/c", "", nil},
		{"-1/2/3", "", nil},
	}
	for _, tt := range tests {
		h := http.Header{}
		if tt.units != "" {
			h.Set("Units", tt.units)
		}
		if tt.login != "" {
			h.Set("Units-Used-Login", tt.login)
		}
		got := ParseUnits(h)
		if (got == nil) != (tt.want == nil) || (got != nil && *got != *tt.want) {
			t.Errorf("ParseUnits(%q, %q) = %+v; want %+v", tt.units, tt.login, got, tt.want)
		}
	}
}

// TestRetryableRowsSayWhetherApplied checks that every retryable code says
// whether Direct turned the request away before acting on it, and why: a
// retry policy resends a request that is not idempotent only then.
func TestRetryableRowsSayWhetherApplied(t *testing.T) {
	for code, row := range codes {
		if !row.Class.Retryable {
			if row.Class.Refused {
				t.Errorf("code %d: Refused on a row that is not retryable", code)
			}
			continue
		}
		if row.Class.Why == "" {
			t.Errorf("code %d (%s) is retryable but does not say whether the call may have been run", code, row.Class.Reason)
		}
	}
}

// faultOf returns the *fault.Fault an error is, or nil.
func faultOf(err error) *fault.Fault {
	f, _ := errors.AsType[*fault.Fault](err)
	return f
}
