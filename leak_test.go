package yafault

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"testing"
	"unicode"

	"github.com/yafault/yafault/direct"
	"github.com/yafault/yafault/fault"
	"github.com/yafault/yafault/internal/leaktest"
	"github.com/yafault/yafault/internal/wire"
	"github.com/yafault/yafault/market"
)

// outputs returns every way a fault leaves the process, by name: Error,
// the fmt verbs on the pointer and the value, JSON of both, slog's text and
// JSON handlers on both and on the fault wrapped with %w.
func outputs(f *fault.Fault) map[string]string {
	out := map[string]string{"Error": f.Error()}
	wrapped := fmt.Errorf("calling the API: %w", f)
	for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%q"} {
		out["pointer "+verb] = fmt.Sprintf(verb, f)
		out["value "+verb] = fmt.Sprintf(verb, *f)
		out["wrapped "+verb] = fmt.Sprintf(verb, wrapped)
	}
	js, _ := json.Marshal(f)
	out["JSON"] = string(js)
	jv, _ := json.Marshal(*f)
	out["JSON of the value"] = string(jv)
	js, _ = json.Marshal(struct{ F fault.Fault }{*f})
	out["JSON of a struct holding the value"] = string(js)
	for name, newHandler := range map[string]func(*bytes.Buffer) slog.Handler{
		"slog text": func(b *bytes.Buffer) slog.Handler { return slog.NewTextHandler(b, nil) },
		"slog JSON": func(b *bytes.Buffer) slog.Handler { return slog.NewJSONHandler(b, nil) },
	} {
		for what, v := range map[string]any{"pointer": f, "value": *f, "wrapped": wrapped} {
			var b bytes.Buffer
			slog.New(newHandler(&b)).Error("call failed", "err", v)
			out[name+" of the "+what] = strings.TrimSuffix(b.String(), "\n")
		}
	}
	return out
}

// leakBodies returns responses that carry text in every place a vendor can
// put it: messages, details, request ids in the body and in headers.
func leakBodies(text string) []struct {
	svc    fault.Service
	status int
	h      http.Header
	body   []byte
} {
	q, _ := json.Marshal(text)
	one := strings.ContainsAny(text, "\r\n") == false
	h := http.Header{}
	if one {
		h.Set("X-Request-Id", text)
	}
	return []struct {
		svc    fault.Service
		status int
		h      http.Header
		body   []byte
	}{
		{fault.Market, 401, h, []byte(`{"status":"ERROR","errors":[{"code":"UNAUTHORIZED","message":` + string(q) + `},{"code":` + string(q) + `,"message":"x"}]}`)},
		{fault.Direct, 200, nil, []byte(`{"error":{"request_id":` + string(q) + `,"error_code":53,"error_string":"Authorization error","error_detail":` + string(q) + `}}`)},
		{fault.Market, 502, h, []byte("<html>" + text + "</html>")},
	}
}

// TestNothingLeaks feeds every credential shape through every output path
// of a fault and of per-object results, and fails on any leak, any second
// line and any control character.
func TestNothingLeaks(t *testing.T) {
	for _, sh := range leaktest.Shapes {
		secret := sh.Secret()
		if secret == "" {
			t.Fatalf("shape %q names no secret", sh.In)
		}
		for _, b := range leakBodies(sh.In) {
			f := faultOf(Normalize(b.svc, b.status, b.h, b.body))
			if f == nil {
				t.Fatalf("Normalize(%s) = nil", b.body)
			}
			for name, out := range outputs(f) {
				checkOutput(t, name, sh.Why, out, secret)
			}
		}
		items := []fault.Item{{Index: 0, ID: sh.In, Errors: []*fault.Fault{{Service: fault.Market, Code: sh.In, Message: sh.In, Verdict: fault.Verdict{Reason: sh.In}}}}}
		got := map[string]string{"ItemsError": ItemsErr(items).Error()}
		js, _ := json.Marshal(items)
		got["items JSON"] = string(js)
		for name, out := range got {
			checkOutput(t, name, sh.Why, out, secret)
		}
	}
}

func checkOutput(t *testing.T, name, why, out, secret string) {
	t.Helper()
	if strings.Contains(out, secret) {
		t.Errorf("%s leaks %q (%s): %s", name, secret, why, out)
	}
	for _, r := range out {
		if r == '\n' || r == '\r' || unicode.IsControl(r) || r == '\u2028' || r == '\u2029' {
			t.Errorf("%s holds %U (%s): %q", name, r, why, out)
			break
		}
	}
}

// TestLookAlikesSurvive feeds the vendors' sentences and ids through the
// same paths: each comes out whole in the fault's line, its JSON and its
// log.
func TestLookAlikesSurvive(t *testing.T) {
	for _, la := range leaktest.LookAlikes {
		q, _ := json.Marshal(la.In)
		f := faultOf(Normalize(fault.Market, 400, nil, []byte(`{"status":"ERROR","errors":[{"code":"BAD_REQUEST","message":`+string(q)+`}]}`)))
		if f == nil {
			t.Fatal("Normalize = nil")
		}
		outs := outputs(f)
		for _, name := range []string{"Error", "pointer %v", "value %v", "wrapped %v", "pointer %+v"} {
			if !strings.Contains(outs[name], la.In) {
				t.Errorf("%s lost %q (%s): %s", name, la.In, la.Why, outs[name])
			}
		}
		var back struct {
			Message string `json:"message"`
		}
		if err := json.Unmarshal([]byte(outs["JSON"]), &back); err != nil || back.Message != la.In {
			t.Errorf("JSON message = %q, %v; want %q (%s)", back.Message, err, la.In, la.Why)
		}
		items := []fault.Item{{ID: la.In, Errors: []*fault.Fault{f}}}
		if e := ItemsErr(items).Error(); !strings.Contains(e, la.In) {
			t.Errorf("ItemsError lost the id %q (%s): %s", la.In, la.Why, e)
		}
	}
}

// TestNilValuesDoNotPanic calls every exported method that can meet a nil
// value: each is safe, or (Format, GoString, MarshalText, documented so) is
// safe through fmt and the encoders that call it.
func TestNilValuesDoNotPanic(t *testing.T) {
	var f *fault.Fault
	var be *fault.BodyError
	var ie *ItemsError
	checks := map[string]func() string{
		"(*Fault)(nil).Error":       f.Error,
		"(*Fault)(nil).Unwrap":      func() string { return fmt.Sprint(f.Unwrap()) },
		"(*Fault)(nil).Is":          func() string { return fmt.Sprint(f.Is(fault.Auth)) },
		"(*Fault)(nil).LogValue":    func() string { return f.LogValue().String() },
		"(*Fault)(nil).MarshalJSON": func() string { b, err := f.MarshalJSON(); return string(b) + fmt.Sprint(err) },
		"json.Marshal((*Fault)(nil))": func() string {
			b, err := json.Marshal(f)
			return string(b) + fmt.Sprint(err)
		},
		"fmt %v %+v %#v %q of (*Fault)(nil)": func() string { return fmt.Sprintf("%v %+v %#v %q", f, f, f, f) },
		"slog of (*Fault)(nil)": func() string {
			var b bytes.Buffer
			slog.New(slog.NewJSONHandler(&b, nil)).Info("x", "err", f)
			return b.String()
		},
		"(*BodyError)(nil).Error":  be.Error,
		"(*BodyError)(nil).Unwrap": func() string { return fmt.Sprint(be.Unwrap()) },
		"(*ItemsError)(nil).Error": ie.Error,
		"(*ItemsError)(nil).Unwrap": func() string {
			return fmt.Sprint(len(ie.Unwrap()))
		},
		"(*ItemsError)(nil).LogValue":  func() string { return ie.LogValue().String() },
		"(*ItemsError)(nil).ErrorType": ie.ErrorType,
		"(*Fault)(nil).ErrorType":      f.ErrorType,
		"slog of an item and an ItemsError with nil faults": func() string {
			var b bytes.Buffer
			items := []fault.Item{{Errors: []*fault.Fault{nil}}, {Errors: []*fault.Fault{nil, {Code: "x"}}, Warnings: []*fault.Fault{nil}}}
			slog.New(slog.NewJSONHandler(&b, nil)).Info("x", "item", items[1], "err", ItemsErr(items), "nil", ie)
			return b.String()
		},
		"ItemsErr with a nil fault": func() string {
			return ItemsErr([]fault.Item{{Errors: []*fault.Fault{nil}}, {Errors: []*fault.Fault{nil, {Code: "x"}}}}).Error()
		},
		"(*Fault)(nil).UnmarshalJSON": func() string { return fmt.Sprint(f.UnmarshalJSON([]byte(`{}`))) },
		"(*Item)(nil).UnmarshalJSON":  func() string { return fmt.Sprint((*fault.Item)(nil).UnmarshalJSON([]byte(`{}`))) },
		"(*Kind)(nil).UnmarshalText":  func() string { return fmt.Sprint((*fault.Kind)(nil).UnmarshalText([]byte("auth"))) },
		"(*Action)(nil).UnmarshalText": func() string {
			return fmt.Sprint((*fault.Action)(nil).UnmarshalText([]byte("retry")))
		},
		"JSON of an item with a nil fault": func() string {
			b, err := json.Marshal(fault.Item{Errors: []*fault.Fault{nil}})
			return string(b) + fmt.Sprint(err)
		},
	}
	for name, fn := range checks {
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("%s panics: %v", name, r)
				}
			}()
			if out := fn(); strings.Contains(out, "PANIC") || strings.Contains(out, "panicked") {
				t.Errorf("%s = %q: a panic was caught on the way", name, out)
			}
		}()
	}
}

// TestOwnTextsPassTheRule checks that the catalogs' own texts (hints,
// patterns, reasons) come through the output rule unchanged, so that
// applying it to every printed line never damages what we wrote.
func TestOwnTextsPassTheRule(t *testing.T) {
	var texts []string
	for _, c := range direct.Codes() {
		texts = append(texts, c.Hint, c.Reason)
	}
	for _, m := range append(market.Messages(), market.Codes()...) {
		texts = append(texts, m.Hint, m.Reason, m.Pattern)
	}
	for status := 100; status < 600; status++ {
		c := wire.StatusClass(status)
		texts = append(texts, c.Hint, c.Reason)
	}
	for _, body := range []string{
		`{"error":{"error_code":8000,"error_string":"x","error_detail":"Token not entered"}}`,
	} {
		if f := faultOf(Normalize(fault.Direct, 200, nil, []byte(body))); f != nil {
			texts = append(texts, f.Hint)
		}
	}
	for _, s := range texts {
		if got := fault.Printable(s); got != s {
			t.Errorf("Printable(%q) = %q; our own text must pass unchanged", s, got)
		}
	}
}
