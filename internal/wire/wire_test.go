package wire

import (
	"net/http"
	"testing"
	"time"

	"github.com/yafault/yafault/fault"
)

func TestStatusClass(t *testing.T) {
	tests := []struct {
		status    int
		kind      fault.Kind
		retryable bool
	}{
		{400, fault.Invalid, false}, {401, fault.Auth, false}, {403, fault.Permission, false},
		{404, fault.NotFound, false}, {405, fault.Unsupported, false}, {415, fault.Unsupported, false},
		{420, fault.RateLimit, true}, {423, fault.Locked, false}, {429, fault.RateLimit, true},
		{499, fault.Unavailable, true}, {500, fault.Internal, true}, {502, fault.Unavailable, true},
		{503, fault.Unavailable, true}, {504, fault.Unavailable, true}, {418, fault.Invalid, false},
		{599, fault.Unavailable, true}, {302, fault.Unknown, false}, {0, fault.Unknown, false},
	}
	for _, tt := range tests {
		c := StatusClass(tt.status)
		if c.Kind != tt.kind || c.Retryable != tt.retryable || c.Reason == "" {
			t.Errorf("StatusClass(%d) = %v/%v/%q; want %v/%v and a reason", tt.status, c.Kind, c.Retryable, c.Reason, tt.kind, tt.retryable)
		}
		if c.Retryable != (c.Action == fault.Retry) || (c.Retryable && c.Wait <= 0) {
			t.Errorf("StatusClass(%d): action %v, wait %v do not fit retryable %v", tt.status, c.Action, c.Wait, c.Retryable)
		}
	}
}

func TestParseDate(t *testing.T) {
	want := time.Date(2018, 7, 10, 0, 42, 42, 0, time.UTC)
	for _, v := range []string{
		"Tue, 10 Jul 2018 00:42:42 GMT",
		"Thu, 10 Jul 2018 00:42:42 GMT", // the docs' example: wrong weekday
		"Xyz, 10 Jul 2018 00:42:42 GMT", // a weekday that is not one
		"Tuesday, 10-Jul-18 00:42:42 GMT",
		"2018-07-10T00:42:42Z",
	} {
		got, ok := ParseDate(v)
		if !ok || !got.Equal(want) {
			t.Errorf("ParseDate(%q) = %v, %v; want %v", v, got, ok, want)
		}
	}
	for _, v := range []string{"", "soon", "10 Jul"} {
		if _, ok := ParseDate(v); ok {
			t.Errorf("ParseDate(%q) succeeded", v)
		}
	}
}

func TestRetryAfterHeader(t *testing.T) {
	now := func() time.Time { return time.Date(2024, 1, 9, 14, 0, 0, 0, time.UTC) }
	tests := []struct {
		h    http.Header
		want time.Duration
		ok   bool
	}{
		{http.Header{"Retry-After": {"30"}}, 30 * time.Second, true},
		{http.Header{"Retry-After": {"Tue, 09 Jan 2024 14:02:00 GMT"}}, 2 * time.Minute, true},
		{http.Header{"Retry-After": {"Tue, 09 Jan 2024 14:02:00 GMT"}, "Date": {"Tue, 09 Jan 2024 14:01:30 GMT"}}, 30 * time.Second, true},
		{http.Header{"Retry-After": {"Tue, 09 Jan 2024 13:00:00 GMT"}}, 0, true},
		{http.Header{"Retry-After": {"-5"}}, 0, false},
		{http.Header{"Retry-After": {"99999999999"}}, 7 * 24 * time.Hour, true},
		{http.Header{"Retry-After": {"later"}}, 0, false},
		{http.Header{}, 0, false},
	}
	for _, tt := range tests {
		got, ok := RetryAfterHeader(tt.h, now)
		if got != tt.want || ok != tt.ok {
			t.Errorf("RetryAfterHeader(%v) = %v, %v; want %v, %v", tt.h, got, ok, tt.want, tt.ok)
		}
	}
}

func TestClip(t *testing.T) {
	if got := Clip("абв", 3); got != "а" {
		t.Errorf("Clip(абв, 3) = %q; want а (cut on a rune boundary)", got)
	}
	if got := Clip("abc", 5); got != "abc" {
		t.Errorf("Clip(abc, 5) = %q", got)
	}
}

// TestRetryableStatusesSayWhetherApplied checks every status fallback that
// allows a retry says whether the request may have been acted on.
func TestRetryableStatusesSayWhetherApplied(t *testing.T) {
	for status := 100; status < 600; status++ {
		c := StatusClass(status)
		if c.Retryable && c.Why == "" {
			t.Errorf("HTTP %d (%s) is retryable but does not say whether it may have been applied", status, c.Reason)
		}
	}
	for status, refused := range map[int]bool{408: true, 420: true, 429: true, 503: true, 499: false, 500: false, 502: false, 504: false, 599: false} {
		if got := StatusClass(status).Refused; got != refused {
			t.Errorf("StatusClass(%d).Refused = %v; want %v", status, got, refused)
		}
	}
}

func TestDefaultAction(t *testing.T) {
	for _, k := range fault.Kinds() {
		a := DefaultAction(k)
		switch k {
		case fault.Unknown:
			if a != fault.None {
				t.Errorf("DefaultAction(%v) = %v; want none", k, a)
			}
		case fault.RateLimit, fault.Quota, fault.Internal, fault.Unavailable, fault.Locked:
			if a != fault.Retry {
				t.Errorf("DefaultAction(%v) = %v; want retry", k, a)
			}
		default:
			if a == fault.None || a == fault.Retry {
				t.Errorf("DefaultAction(%v) = %v; want a human action", k, a)
			}
		}
	}
}

// TestArenaCopy checks that lists copied into an arena keep their own
// faults: appending to one never writes over the next, and an empty list
// stays nil.
func TestArenaCopy(t *testing.T) {
	var a Arena
	f1, f2, f3 := a.Fault(), a.Fault(), a.Fault()
	if got := a.Copy(nil); got != nil {
		t.Errorf("Copy(nil) = %v; want nil", got)
	}
	first := a.Copy([]*fault.Fault{f1, f2})
	second := a.Copy([]*fault.Fault{f3})
	grown := append(first, f3)
	if len(first) != 2 || first[0] != f1 || first[1] != f2 || second[0] != f3 || grown[2] != f3 {
		t.Errorf("Copy gave %v and %v; want [f1 f2] and [f3]", first, second)
	}
	if second[0] != f3 {
		t.Error("appending to one copied list wrote over the next")
	}
	big := make([]*fault.Fault, 3*arenaBlock)
	for i := range big {
		big[i] = f1
	}
	if got := a.Copy(big); len(got) != len(big) || cap(got) != len(big) {
		t.Errorf("Copy of %d faults = len %d cap %d; want both %d", len(big), len(got), cap(got), len(big))
	}
}
