package yafault

import (
	"bytes"
	"encoding/json"
	"errors"
	"html"
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

// faultOf returns the *fault.Fault an error is, or nil.
func faultOf(err error) *fault.Fault {
	f, _ := errors.AsType[*fault.Fault](err)
	return f
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
	if len(f.Body) > 64<<10 && !(status >= 200 && status <= 299) {
		t.Fatalf("Body keeps %d bytes of a non-2xx body", len(f.Body))
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
		checkFault(t, faultOf(market.Decode(status, header(ct), body)), status, fault.Market)
	})
}

func FuzzDirectDecode(f *testing.F) {
	seeds(f)
	f.Fuzz(func(t *testing.T, status int, body []byte, ct string) {
		status = clampStatus(status)
		checkFault(t, faultOf(direct.Decode(status, header(ct), body)), status, fault.Direct)
	})
}

func FuzzNormalize(f *testing.F) {
	seeds(f)
	f.Fuzz(func(t *testing.T, status int, body []byte, ct string) {
		status = clampStatus(status)
		checkFault(t, faultOf(Normalize("", status, header(ct), body)), status, "")
	})
}

// FuzzFromResponse checks that FromResponse gives back the body intact and
// agrees with Normalize, for each way the service is told.
func FuzzFromResponse(f *testing.F) {
	seeds(f)
	f.Fuzz(func(t *testing.T, status int, body []byte, ct string) {
		status = clampStatus(status)
		for _, raw := range []string{directURL, marketURL, "http://127.0.0.1:8080/x"} {
			u, _ := url.Parse(raw)
			resp := &http.Response{StatusCode: status, Header: header(ct), Body: io.NopCloser(bytes.NewReader(body)), Request: &http.Request{URL: u}}
			err := FromResponse(resp)
			want := faultOf(Normalize(ServiceOf(u), status, header(ct), body))
			if (err == nil) != (want == nil) {
				t.Fatalf("%s: FromResponse = %v; Normalize = %v", raw, err, want)
			}
			if err != nil {
				checkFault(t, err.(*fault.Fault), status, ServiceOf(u))
			}
			got, rerr := io.ReadAll(resp.Body)
			if rerr != nil || !bytes.Equal(got, body) {
				t.Fatalf("body after FromResponse differs (%d of %d bytes, %v)", len(got), len(body), rerr)
			}
		}
	})
}

// FuzzScaled grows a fuzzed piece into bodies up to a quarter of a
// megabyte (the benchmarks go to the 1 MiB limit; a fuzzer minimising
// inputs that large would crawl for its own reasons): a
// Market message and a list of Market entries, in JSON and in XML, a
// Direct detail and a SOAP fault made of the piece repeated n times. Every decoder must
// stay linear, so a cost that grows faster with the size shows here as a
// fuzzer that slows to a crawl.
func FuzzScaled(f *testing.F) {
	f.Add([]byte("size must be between 1 and (rejected size: "), uint16(200))
	f.Add([]byte(`Hit rate limit of {limit} parallel requests `), uint16(1000))
	f.Add([]byte(`offers[1].price must be greater than or equal to 0 (rejected value: -1); `), uint16(500))
	f.Add([]byte(`<!-- </a> -->`), uint16(4000))
	f.Fuzz(func(t *testing.T, piece []byte, n uint16) {
		if len(piece) == 0 {
			return
		}
		reps := min(int(n), (256<<10)/len(piece))
		big := bytes.Repeat(piece, reps)
		quoted, _ := json.Marshal(string(big))
		entry, _ := json.Marshal(string(piece))
		xmlEntry := `<error code="BAD_REQUEST" message="` + html.EscapeString(string(piece)) + `"/>`
		bodies := []struct {
			svc    fault.Service
			status int
			body   []byte
		}{
			{fault.Market, 400, []byte(`{"status":"ERROR","errors":[{"code":"BAD_REQUEST","message":` + string(quoted) + `}]}`)},
			{fault.Market, 400, []byte(`{"status":"ERROR","errors":[` + strings.TrimSuffix(strings.Repeat(string(entry)+",", max(reps/8, 1)), ",") + `]}`)},
			{fault.Market, 400, []byte(`<response><status>ERROR</status><errors><error code="BAD_REQUEST" message="` + html.EscapeString(string(big)) + `"/></errors></response>`)},
			{fault.Market, 400, []byte(`<response><status>ERROR</status><errors>` + strings.Repeat(xmlEntry, max(reps/8, 1)) + `</errors></response>`)},
			{fault.Direct, 200, []byte(`{"error":{"error_code":53,"error_string":"x","error_detail":` + string(quoted) + `}}`)},
			{fault.Direct, 500, []byte(`<soap:Envelope xmlns:soap="s"><soap:Body><soap:Fault><faultstring>` + string(big) + `</faultstring></soap:Fault></soap:Body></soap:Envelope>`)},
		}
		for _, b := range bodies {
			checkFault(t, faultOf(Normalize(b.svc, b.status, nil, b.body)), b.status, b.svc)
			Items(b.svc, nil, b.body)
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
		checkFault(t, faultOf(Normalize("", r.Status, r.Header, r.Body)), r.Status, "")
	})
}
