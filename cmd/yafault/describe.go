package main

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/yafault/yafault/fault"
)

// describe renders a fault for a person, in w's language: one line a
// field, secrets redacted, nothing of the raw body. The vendor's code and
// texts are shown as they came.
func describe(w *words, f *fault.Fault, status int) string {
	var b strings.Builder
	if f == nil {
		fmt.Fprintf(&b, w.noFault+"\n", status)
		return b.String()
	}
	line := func(label, format string, args ...any) {
		fmt.Fprintf(&b, "%-*s %s\n", w.width, label, fault.Printable(fmt.Sprintf(format, args...)))
	}
	b.WriteString(headline(w, f))
	b.WriteString("\n\n")

	what := w.kindName(f.Kind)
	if tag := w.kindTag(f.Kind, f.Reason); tag != what {
		what += " (" + strings.TrimPrefix(tag, what+", ") + ")"
	}
	var from []string
	if f.Service != "" {
		from = append(from, w.serviceName(f.Service))
	}
	if f.HTTPStatus != 0 {
		from = append(from, fmt.Sprintf("HTTP %d", f.HTTPStatus))
	}
	if f.Code != "" {
		from = append(from, w.codePrefix+" "+f.Code)
	}
	if len(from) > 0 {
		what += w.from + strings.Join(from, ", ")
	}
	line(w.happened, "%s", what)
	if f.Message != "" {
		line(w.message, "%s", oneLine(f.Message))
	}
	if f.Detail != "" && f.Detail != f.Message {
		line(w.detail, "%s", oneLine(f.Detail))
	}
	line(w.retry, "%s", retryText(w, f))
	todo := w.actionName(f.Action)
	if f.Hint != "" {
		todo += ": " + w.hint(f.Hint)
	}
	line(w.toDo, "%s", todo)
	switch {
	case f.RequestID != "":
		line(w.requestID, w.quoteID, f.RequestID)
	case f.Service == fault.Market:
		line(w.requestID, "%s", w.noIDMarket)
	default:
		line(w.requestID, "%s", w.noIDOther)
	}
	if f.Service == "" {
		line(w.service, "%s", w.serviceUnknown)
	}
	if len(f.Params) > 0 {
		line(w.values, "%s", params(f.Params))
	}
	if u := f.Units; u != nil {
		s := fmt.Sprintf(w.pointsLeft, u.Spent, u.Rest, u.Limit)
		if u.Login != "" {
			s += ", " + w.chargedTo + " " + u.Login
		}
		line(w.points, "%s", s)
	}
	if r := f.RateLimit; r != nil {
		var parts []string
		if r.Remaining >= 0 && r.Limit >= 0 {
			parts = append(parts, fmt.Sprintf(w.quotaLeft, r.Remaining, r.Limit))
		} else if r.Limit >= 0 {
			parts = append(parts, fmt.Sprintf(w.quotaLimit, r.Limit))
		}
		if !r.Until.IsZero() {
			parts = append(parts, w.windowEnds+" "+r.Until.UTC().Format(w.dateLayout))
		}
		line(w.quota, "%s", strings.Join(parts, ", "))
	}
	if len(f.Errors) > 1 {
		fmt.Fprintf(&b, "%-*s %s\n", w.width, w.errorsLabel, w.sprintf(w.entries, len(f.Errors)))
		for i, e := range f.Errors {
			fmt.Fprintf(&b, "  %d. %s\n", i+1, fault.Printable(entryText(w, e)))
		}
	}
	if f.Err != nil {
		line(w.body, "%s", w.bodyError(f.Err))
	}
	return b.String()
}

// headline is the fault's Error line, with the cause of a body it did not
// understand in the command's language: that part is ours, not the
// vendor's.
func headline(w *words, f *fault.Fault) string {
	s := f.Error()
	if f.Err == nil || w == &en || f.Code != "" || f.Message != "" || f.Detail != "" {
		return s // the line ends with the cause only when the vendor said nothing
	}
	if cause := fault.Printable(f.Err.Error()); strings.HasSuffix(s, cause) {
		return s[:len(s)-len(cause)] + fault.Printable(w.bodyError(f.Err))
	}
	return s
}

func retryText(w *words, f *fault.Fault) string {
	if !f.Retryable {
		return w.noRetry
	}
	if f.RetryAfter > 0 {
		return fmt.Sprintf(w.retryAfter, w.duration(f.RetryAfter.Round(time.Second)))
	}
	return w.yes
}

func entryText(w *words, e fault.Entry) string {
	var parts []string
	if e.Code != "" {
		parts = append(parts, e.Code)
	}
	if e.Message != "" {
		parts = append(parts, oneLine(e.Message))
	}
	s := strings.Join(parts, ": ")
	return s + " [" + w.kindTag(e.Kind, e.Reason) + "]"
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
func describeItems(w *words, items []fault.Item) string {
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
	b.WriteString("\n")
	switch {
	case failed == 0:
		b.WriteString(w.sprintf(w.objectsWarned, warned, len(items)))
	case warned > 0:
		b.WriteString(w.sprintf(w.objectsFailed+w.withWarnings, failed, len(items), warned))
	default:
		b.WriteString(w.sprintf(w.objectsFailed, failed, len(items)))
	}
	b.WriteString(":\n")
	shown := 0
	for _, it := range items {
		if !it.Failed() && len(it.Warnings) == 0 {
			continue
		}
		if shown == maxItemsShown {
			fmt.Fprintf(&b, "  %s\n", w.sprintf(w.moreObjects, listed-shown))
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
			fmt.Fprintf(&b, "  %s %s: %s\n", label, w.itemError, fault.Printable(itemLine(w, f)))
		}
		for _, f := range it.Warnings {
			if f == nil {
				continue
			}
			fmt.Fprintf(&b, "  %s %s: %s\n", label, w.itemWarning, fault.Printable(itemLine(w, f)))
		}
	}
	return b.String()
}

func itemLine(w *words, f *fault.Fault) string {
	var parts []string
	for _, p := range []string{f.Code, oneLine(f.Message), oneLine(f.Detail)} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	s := strings.Join(parts, ": ")
	if s == "" {
		s = w.noText
	}
	return s + " [" + w.kindTag(f.Kind, f.Reason) + "]"
}
