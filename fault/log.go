package fault

import (
	"log/slog"
	"maps"
	"slices"
)

// LogValue makes a fault log as a group of fields with [log/slog], under
// the keys and with the texts MarshalJSON gives them: service, http_status,
// code, message, detail, request_id, kind, reason, hint, action, retryable,
// refused, retry_after_seconds, params, units, rate_limit and cause, empty
// ones left out except kind, action and retryable. In place of the
// entries it logs error_count, how many the body held, when that is more
// than one. The body is never logged. A nil *Fault logs as "<nil>".
//
// A Fault value, rather than a pointer, logs as Error's line (through
// MarshalText), as it encodes in JSON: a value receiver would make a nil
// *Fault, which errors.AsType returns when no fault is in the chain, panic
// inside the handler.
func (f *Fault) LogValue() slog.Value {
	if f == nil {
		return slog.StringValue("<nil>")
	}
	j := f.stored()
	attrs := make([]slog.Attr, 0, 20)
	str := func(k, v string) {
		if v != "" {
			attrs = append(attrs, slog.String(k, v))
		}
	}
	str("service", string(j.Service))
	if j.HTTPStatus != 0 {
		attrs = append(attrs, slog.Int("http_status", j.HTTPStatus))
	}
	str("code", j.Code)
	str("message", j.Message)
	str("detail", j.Detail)
	str("request_id", j.RequestID)
	attrs = verdictAttrs(attrs, j.Kind, j.Reason, j.Hint, j.Action, j.Retryable, j.Refused)
	if j.RetryAfterSeconds > 0 {
		attrs = append(attrs, slog.Float64("retry_after_seconds", j.RetryAfterSeconds))
	}
	attrs = paramsAttr(attrs, j.Params)
	if n := len(j.Errors) + j.OmittedErrors; n > 1 {
		attrs = append(attrs, slog.Int("error_count", n))
	}
	if u := j.Units; u != nil {
		g := []slog.Attr{slog.Int64("spent", u.Spent), slog.Int64("rest", u.Rest), slog.Int64("limit", u.Limit)}
		if u.Login != "" {
			g = append(g, slog.String("login", u.Login))
		}
		attrs = append(attrs, slog.Attr{Key: "units", Value: slog.GroupValue(g...)})
	}
	if r := j.RateLimit; r != nil {
		var g []slog.Attr
		if r.Limit != nil {
			g = append(g, slog.Int64("limit", *r.Limit))
		}
		if r.Remaining != nil {
			g = append(g, slog.Int64("remaining", *r.Remaining))
		}
		if r.Until != nil {
			g = append(g, slog.Time("until", *r.Until))
		}
		attrs = append(attrs, slog.Attr{Key: "rate_limit", Value: slog.GroupValue(g...)})
	}
	str("cause", j.Cause)
	return slog.GroupValue(attrs...)
}

// verdictAttrs appends a verdict's fields as MarshalJSON writes them.
func verdictAttrs(attrs []slog.Attr, k Kind, reason, hint string, a Action, retryable, refused bool) []slog.Attr {
	attrs = append(attrs, slog.String("kind", k.String()))
	if reason != "" {
		attrs = append(attrs, slog.String("reason", reason))
	}
	if hint != "" {
		attrs = append(attrs, slog.String("hint", hint))
	}
	attrs = append(attrs, slog.String("action", a.String()), slog.Bool("retryable", retryable))
	if refused {
		attrs = append(attrs, slog.Bool("refused", true))
	}
	return attrs
}

// paramsAttr appends the params as a group, in key order so that a log
// line is the same every time.
func paramsAttr(attrs []slog.Attr, p map[string]string) []slog.Attr {
	if len(p) == 0 {
		return attrs
	}
	g := make([]slog.Attr, 0, len(p))
	for _, k := range slices.Sorted(maps.Keys(p)) {
		g = append(g, slog.String(k, p[k]))
	}
	return append(attrs, slog.Attr{Key: "params", Value: slog.GroupValue(g...)})
}

// LogValue makes the entry log as a group of fields, under the keys and
// with the texts its MarshalJSON gives them.
func (e Entry) LogValue() slog.Value {
	j := e.jsonOf()
	var attrs []slog.Attr
	for _, kv := range [...][2]string{{"code", j.Code}, {"message", j.Message}, {"detail", j.Detail}} {
		if kv[1] != "" {
			attrs = append(attrs, slog.String(kv[0], kv[1]))
		}
	}
	attrs = verdictAttrs(attrs, j.Kind, j.Reason, j.Hint, j.Action, j.Retryable, j.Refused)
	return slog.GroupValue(paramsAttr(attrs, j.Params)...)
}

// LogValue makes the item log as a group: its index, its id, its first
// error and first warning (nil ones skipped) as faults log, and how many of
// each it has when that is more than one.
func (it Item) LogValue() slog.Value {
	attrs := []slog.Attr{slog.Int("index", it.Index)}
	if id := Printable(it.ID); id != "" {
		attrs = append(attrs, slog.String("id", id))
	}
	for _, list := range [...]struct {
		key    string
		faults []*Fault
	}{{"error", it.Errors}, {"warning", it.Warnings}} {
		i := slices.IndexFunc(list.faults, func(f *Fault) bool { return f != nil })
		if i < 0 {
			continue
		}
		attrs = append(attrs, slog.Attr{Key: list.key, Value: list.faults[i].LogValue()})
		if len(list.faults) > 1 {
			attrs = append(attrs, slog.Int(list.key+"_count", len(list.faults)))
		}
	}
	return slog.GroupValue(attrs...)
}
