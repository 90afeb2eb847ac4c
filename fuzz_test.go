package yafault

import (
	"bytes"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/yafault/yafault/direct"
	"github.com/yafault/yafault/fault"
	"github.com/yafault/yafault/internal/capture"
	"github.com/yafault/yafault/market"
)

// seeds adds every capture under testdata as a fuzz seed: (status, body,
// content type).
func seeds(f *testing.F) {
	files, _ := filepath.Glob("testdata/*/*.http")
	more, _ := filepath.Glob("testdata/items/*/*.http")
	for _, file := range append(files, more...) {
		data, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		r, err := capture.Parse(data)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(r.Status, r.Body, r.Header.Get("Content-Type"))
	}
	f.Add(420, []byte(`{"status":"ERROR","errors":[{"code":1.5e300,"message":["x"]}]}`), "application/json")
	f.Add(200, []byte(`<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><reportDownloadError>&a;</reportDownloadError>`), "text/xml")
}

// checkFault asserts the properties every decoder keeps, whatever the
// input: a fault for every non-2xx status, and a one-line Error with the
// service's prefix.
func checkFault(t *testing.T, f *fault.Fault, status int, svc fault.Service) {
	t.Helper()
	if f == nil {
		if status < 200 || status > 299 {
			t.Fatalf("no fault for HTTP %d", status)
		}
		return
	}
	msg := f.Error()
	if strings.ContainsAny(msg, "\r\n") {
		t.Fatalf("Error() = %q: not one line", msg)
	}
	prefix := "yafault: "
	if f.Service != "" {
		prefix = string(f.Service) + ": "
	}
	if svc != "" && f.Service != svc {
		t.Fatalf("Service = %q; want %q", f.Service, svc)
	}
	if !strings.HasPrefix(msg, prefix) {
		t.Fatalf("Error() = %q; want prefix %q", msg, prefix)
	}
	if f.Reason == "" {
		t.Fatalf("fault %q without a reason", msg)
	}
	if !f.Retryable && f.RetryAfter != 0 {
		t.Fatalf("RetryAfter %v on a non-retryable fault", f.RetryAfter)
	}
	if len(f.Body) > 64<<10 {
		t.Fatalf("Body keeps %d bytes", len(f.Body))
	}
	f.LogValue()
	if _, err := f.MarshalJSON(); err != nil {
		t.Fatalf("MarshalJSON: %v", err)
	}
}

func header(ct string) http.Header {
	h := http.Header{}
	if ct != "" {
		h.Set("Content-Type", ct)
	}
	return h
}

func clampStatus(status int) int {
	if status < 100 || status > 599 {
		return 500
	}
	return status
}

func FuzzMarketDecode(f *testing.F) {
	seeds(f)
	f.Fuzz(func(t *testing.T, status int, body []byte, ct string) {
		status = clampStatus(status)
		checkFault(t, market.Decode(status, header(ct), body), status, fault.Market)
	})
}

func FuzzDirectDecode(f *testing.F) {
	seeds(f)
	f.Fuzz(func(t *testing.T, status int, body []byte, ct string) {
		status = clampStatus(status)
		checkFault(t, direct.Decode(status, header(ct), body), status, fault.Direct)
	})
}

func FuzzNormalize(f *testing.F) {
	seeds(f)
	f.Fuzz(func(t *testing.T, status int, body []byte, ct string) {
		status = clampStatus(status)
		checkFault(t, Normalize("", status, header(ct), body), status, "")
	})
}

func FuzzFromResponse(f *testing.F) {
	seeds(f)
	f.Fuzz(func(t *testing.T, status int, body []byte, ct string) {
		status = clampStatus(status)
		u, _ := url.Parse("https://api.direct.yandex.com/json/v5/ads")
		resp := &http.Response{StatusCode: status, Header: header(ct), Body: io.NopCloser(bytes.NewReader(body)), Request: &http.Request{URL: u}}
		err := FromResponseLimit(resp, 256)
		if err != nil {
			checkFault(t, err.(*fault.Fault), status, fault.Direct)
		} else if status < 200 || status > 299 {
			t.Fatalf("no fault for HTTP %d", status)
		}
		got, rerr := io.ReadAll(resp.Body)
		if rerr != nil || !bytes.Equal(got, body) {
			t.Fatalf("body after FromResponse differs (%d of %d bytes, %v)", len(got), len(body), rerr)
		}
	})
}

func FuzzItems(f *testing.F) {
	seeds(f)
	f.Fuzz(func(t *testing.T, _ int, body []byte, ct string) {
		for _, svc := range []fault.Service{"", fault.Market, fault.Direct} {
			items, err := Items(svc, header(ct), body)
			if err != nil && items != nil {
				t.Fatalf("Items returned items and an error")
			}
			for i, it := range items {
				if it.Index != i {
					t.Fatalf("item %d has Index %d", i, it.Index)
				}
				for _, flt := range append(append([]*fault.Fault{}, it.Errors...), it.Warnings...) {
					checkFault(t, flt, 200, "")
				}
			}
			if e := ItemsErr(items); e != nil && strings.ContainsAny(e.Error(), "\n") {
				t.Fatalf("ItemsErr text is not one line")
			}
		}
	})
}

func FuzzCapture(f *testing.F) {
	files, _ := filepath.Glob("testdata/*/*.http")
	for _, file := range files {
		data, _ := os.ReadFile(file)
		f.Add(data)
	}
	f.Add([]byte("HTTP/1.1 100 Continue\r\n\r\nHTTP/2 420\r\n\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := capture.Parse(data)
		if err != nil {
			return
		}
		if r.Status < 100 || r.Status > 999 {
			t.Fatalf("status %d", r.Status)
		}
		if !bytes.Contains(data, r.Body) {
			t.Fatal("the body is not a part of the input")
		}
		checkFault(t, Normalize("", r.Status, r.Header, r.Body), r.Status, "")
	})
}
