package main

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/yafault/yafault/fault"
)

// describe renders a fault for a person: one line a field, secrets
// redacted, nothing of the raw body.
func describe(f *fault.Fault, status int) string {
	var b strings.Builder
	if f == nil {
		fmt.Fprintf(&b, "no request-level error (HTTP %d)\n", status)
		return b.String()
	}
	line := func(label, format string, args ...any) {
		fmt.Fprintf(&b, "%-13s %s\n", label, fault.Printable(fmt.Sprintf(format, args...)))
	}
	b.WriteString(f.Error())
	b.WriteString("\n\n")

	what := f.Kind.String()
	if f.Reason != "" {
		what += " (" + f.Reason + ")"
	}
	var from []string
	if f.Service != "" {
		from = append(from, serviceName(f.Service))
	}
	if f.HTTPStatus != 0 {
		from = append(from, fmt.Sprintf("HTTP %d", f.HTTPStatus))
	}
	if f.Code != "" {
		from = append(from, "code "+f.Code)
	}
	if len(from) > 0 {
		what += ", from " + strings.Join(from, ", ")
	}
	line("happened", "%s", what)
	if f.Message != "" {
		line("message", "%s", oneLine(f.Message))
	}
	if f.Detail != "" && f.Detail != f.Message {
		line("detail", "%s", oneLine(f.Detail))
	}
	line("retry", "%s", retryText(f))
	todo := f.Action.String()
	if f.Hint != "" {
		todo += ": " + f.Hint
	}
	line("to do", "%s", todo)
	switch {
	case f.RequestID != "":
		line("request id", "%s (quote it to support)", f.RequestID)
	case f.Service == fault.Market:
		line("request id", "none: Market sends none; find the call in the cabinet's API request log")
	default:
		line("request id", "none in the response")
	}
	if f.Service == "" {
		line("service", "not told by the body or headers; pass -service market or -service direct")
	}
	if len(f.Params) > 0 {
		line("values", "%s", params(f.Params))
	}
	if u := f.Units; u != nil {
		s := fmt.Sprintf("spent %d, %d of %d left today", u.Spent, u.Rest, u.Limit)
		if u.Login != "" {
			s += ", charged to " + u.Login
		}
		line("points", "%s", s)
	}
	if r := f.RateLimit; r != nil {
		var parts []string
		if r.Remaining >= 0 && r.Limit >= 0 {
			parts = append(parts, fmt.Sprintf("%d of %d left", r.Remaining, r.Limit))
		} else if r.Limit >= 0 {
			parts = append(parts, fmt.Sprintf("limit %d", r.Limit))
		}
		if !r.Until.IsZero() {
			parts = append(parts, "window ends "+r.Until.UTC().Format(time.RFC1123))
		}
		line("quota", "%s", strings.Join(parts, ", "))
	}
	if len(f.Errors) > 1 {
		fmt.Fprintf(&b, "%-13s %d entries\n", "errors", len(f.Errors))
		for i, e := range f.Errors {
			fmt.Fprintf(&b, "  %d. %s\n", i+1, fault.Printable(entryText(e)))
		}
	}
	if f.Err != nil {
		line("body", "%s", f.Err.Error())
	}
	return b.String()
}

func serviceName(s fault.Service) string {
	switch s {
	case fault.Market:
		return "Market"
	case fault.Direct:
		return "Direct"
	}
	return string(s)
}

func retryText(f *fault.Fault) string {
	if !f.Retryable {
		return "no: sending the same request again will fail the same way"
	}
	if f.RetryAfter > 0 {
		return "yes, after " + f.RetryAfter.Round(time.Second).String()
	}
	return "yes"
}

func entryText(e fault.Entry) string {
	var parts []string
	if e.Code != "" {
		parts = append(parts, e.Code)
	}
	if e.Message != "" {
		parts = append(parts, oneLine(e.Message))
	}
	s := strings.Join(parts, ": ")
	s += " [" + e.Kind.String()
	if e.Reason != "" {
		s += ", " + e.Reason
	}
	return s + "]"
}

func params(p map[string]string) string {
	keys := make([]string, 0, len(p))
	for k := range p {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var parts []string
	for _, k := range keys {
		parts = append(parts, k+"="+p[k])
	}
	return strings.Join(parts, ", ")
}

// oneLine is the output rule, fault.Printable, for the parts of a line.
func oneLine(s string) string { return fault.Printable(s) }

// maxItemsShown bounds the per-object lines explain prints.
const maxItemsShown = 20

// describeItems lists the per-object errors and warnings of a batch
// response; "" when there are none.
func describeItems(items []fault.Item) string {
	failed, warned, listed := 0, 0, 0
	for _, it := range items {
		if it.Failed() {
			failed++
		}
		if len(it.Warnings) > 0 {
			warned++
		}
		if it.Failed() || len(it.Warnings) > 0 {
			listed++
		}
	}
	if listed == 0 {
		return ""
	}
	var b strings.Builder
	fmt.Fprintf(&b, "\n%d of %d objects failed", failed, len(items))
	if warned > 0 {
		fmt.Fprintf(&b, ", %d with warnings", warned)
	}
	b.WriteString(":\n")
	shown := 0
	for _, it := range items {
		if !it.Failed() && len(it.Warnings) == 0 {
			continue
		}
		if shown == maxItemsShown {
			fmt.Fprintf(&b, "  ... and %d more objects with errors or warnings\n", listed-shown)
			break
		}
		shown++
		label := fmt.Sprintf("#%d", it.Index)
		if id := fault.Printable(it.ID); id != "" {
			label += " (" + id + ")"
		}
		for _, f := range it.Errors {
			if f == nil {
				continue
			}
			fmt.Fprintf(&b, "  %s error: %s\n", label, fault.Printable(itemLine(f)))
		}
		for _, f := range it.Warnings {
			if f == nil {
				continue
			}
			fmt.Fprintf(&b, "  %s warning: %s\n", label, fault.Printable(itemLine(f)))
		}
	}
	return b.String()
}

func itemLine(f *fault.Fault) string {
	var parts []string
	for _, p := range []string{f.Code, oneLine(f.Message), oneLine(f.Detail)} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	s := strings.Join(parts, ": ")
	if s == "" {
		s = "(no text)"
	}
	return s + " [" + f.Kind.String() + ", " + f.Reason + "]"
}
