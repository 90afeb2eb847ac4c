package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/yafault/yafault/direct"
	"github.com/yafault/yafault/fault"
	"github.com/yafault/yafault/market"
)

// codeEntry is one catalog row as the codes command prints it.
type codeEntry struct {
	Service           fault.Service     `json:"service"`
	Code              string            `json:"code,omitempty"`
	Status            int               `json:"status,omitempty"`
	Pattern           string            `json:"pattern,omitempty"`
	Kind              fault.Kind        `json:"kind"`
	Reason            string            `json:"reason"`
	Action            fault.Action      `json:"action"`
	Retryable         bool              `json:"retryable"`
	Refused           bool              `json:"refused,omitempty"`
	RetryAfterSeconds float64           `json:"retry_after_seconds,omitempty"`
	Hint              string            `json:"hint,omitempty"`
	Warning           bool              `json:"warning,omitempty"`
	Origin            string            `json:"origin,omitempty"`
	Source            string            `json:"source,omitempty"`
	MessageEN         string            `json:"message_en,omitempty"`
	MessageRU         string            `json:"message_ru,omitempty"`
	Params            map[string]string `json:"params,omitempty"`
}

func directEntry(c direct.CodeInfo) codeEntry {
	return codeEntry{Service: fault.Direct, Code: strconv.Itoa(c.Code), Kind: c.Kind, Reason: c.Reason,
		Action: c.Action, Retryable: c.Retryable, Refused: c.Retryable && c.Refused, RetryAfterSeconds: c.Wait.Seconds(), Hint: c.Hint,
		Warning: c.Warning, Origin: c.Origin.String(), MessageEN: c.Texts.EN, MessageRU: c.Texts.RU}
}

func marketEntry(m market.MessageInfo, params map[string]string) codeEntry {
	for k, v := range params { // the query's own values: printed as any text is
		params[k] = fault.Printable(v)
	}
	return codeEntry{Service: fault.Market, Code: m.Code, Status: m.Status, Pattern: m.Pattern, Kind: m.Kind,
		Reason: m.Reason, Action: m.Action, Retryable: m.Retryable, Refused: m.Retryable && m.Refused, RetryAfterSeconds: m.Wait.Seconds(),
		Hint: m.Hint, Source: m.Source, Params: params}
}

func codes(args []string, w *words, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("codes", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	lang := fs.String("lang", "", "")
	asJSON := fs.Bool("json", false, "")
	service := fs.String("service", "", "")
	status := fs.Int("status", 0, "")
	if code, ok := parseFlags(fs, lang, args, &w, stdout, stderr); !ok {
		return code
	}
	svc := fault.Service(strings.ToLower(*service))
	if svc != "" && svc != fault.Market && svc != fault.Direct {
		fmt.Fprintf(stderr, "yafault codes: "+w.badService+"\n", fault.Printable(*service))
		return exitUsage
	}
	query := strings.TrimSpace(strings.Join(fs.Args(), " "))
	var found []codeEntry
	if query == "" {
		found = catalog(svc)
	} else {
		found = search(svc, *status, query)
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if found == nil {
			found = []codeEntry{}
		}
		if err := enc.Encode(found); err != nil {
			return writeFailed(w, stderr, err)
		}
	} else {
		for i, e := range found {
			if i > 0 && query != "" {
				fmt.Fprintln(stdout)
			}
			if query == "" {
				fmt.Fprintln(stdout, fault.Printable(summary(w, e)))
			} else {
				fmt.Fprint(stdout, details(w, e))
			}
		}
	}
	if len(found) == 0 {
		fmt.Fprintf(stderr, "yafault codes: "+w.nothingMatches+"\n", fault.Printable(query))
		return exitInput
	}
	return exitOK
}

func catalog(svc fault.Service) []codeEntry {
	var out []codeEntry
	if svc != fault.Market {
		for _, c := range direct.Codes() {
			out = append(out, directEntry(c))
		}
	}
	if svc != fault.Direct {
		for _, m := range market.Messages() {
			out = append(out, marketEntry(m, nil))
		}
		for _, m := range market.Codes() {
			out = append(out, marketEntry(m, nil))
		}
	}
	return out
}

// search finds the rows a query names, best first: a Direct code or a
// Market status (a number); a reason or a Market code, any case; a Market
// message as received, under each status that catalogues it (its values
// then shown); and, when none of these matched, every text of the catalogs
// that holds each word of the query, in any case: Direct's texts in Russian
// and English, Market's message patterns.
func search(svc fault.Service, status int, q string) []codeEntry {
	var out []codeEntry
	if n, err := strconv.Atoi(q); err == nil {
		if svc != fault.Market {
			if c, ok := direct.LookupCode(n); ok {
				out = append(out, directEntry(c))
			}
		}
		if svc != fault.Direct {
			for _, m := range market.Messages() {
				if m.Status == n {
					out = append(out, marketEntry(m, nil))
				}
			}
		}
		return out
	}
	all := catalog(svc)
	for _, e := range all {
		if strings.EqualFold(e.Reason, q) || (e.Service == fault.Market && strings.EqualFold(e.Code, q)) {
			if status != 0 && e.Service == fault.Market && e.Pattern == "" {
				e = codeUnderStatus(e, status)
			}
			out = append(out, e)
		}
	}
	if len(out) > 0 {
		return out
	}
	if svc != fault.Direct {
		if m, params, ok := market.LookupMessage(status, q); ok {
			out = append(out, marketEntry(m, params))
			if status == 0 && m.Pattern != "" {
				out = append(out, underOtherStatuses(m.Status, q)...)
			}
			return out
		}
	}
	words := strings.Fields(strings.ToLower(q))
	for _, e := range all {
		if holdsWords(words, e.MessageRU, e.MessageEN, e.Pattern) {
			out = append(out, e)
		}
	}
	return out
}

// codeUnderStatus is a Market code row as the code reads under status:
// what the decoder makes of an entry with that code and no message, since
// the status can change a code's meaning (REQUEST_LIMIT_EXCEEDED under 400
// is a batch too big, not a throttle).
func codeUnderStatus(e codeEntry, status int) codeEntry {
	body, _ := json.Marshal(map[string]any{"status": "ERROR", "errors": []map[string]string{{"code": e.Code}}})
	f, ok := errors.AsType[*fault.Fault](market.Decode(status, http.Header{"Content-Type": {"application/json"}}, body))
	if !ok || f == nil {
		return e
	}
	e.Status, e.Kind, e.Reason, e.Action, e.Hint = status, f.Kind, f.Reason, f.Action, f.Hint
	e.Retryable, e.Refused, e.RetryAfterSeconds = f.Retryable, f.Retryable && f.Refused, f.RetryAfter.Seconds()
	return e
}

// underOtherStatuses returns the rows other than those of status that a
// message matches: the same wording is catalogued under more than one
// status ("Content type {contentType} not supported" under 400 and 415).
func underOtherStatuses(status int, msg string) []codeEntry {
	var out []codeEntry
	seen := map[int]bool{status: true}
	for _, m := range market.Messages() {
		if seen[m.Status] {
			continue
		}
		seen[m.Status] = true
		if mi, params, ok := market.LookupMessage(m.Status, msg); ok && mi.Status == m.Status {
			out = append(out, marketEntry(mi, params))
		}
	}
	return out
}

// holdsWords reports whether one of texts holds every word, compared in
// lower case: "Not enough units" finds "Not enough Yandex units", and
// "баллов" finds "Недостаточно баллов".
func holdsWords(words []string, texts ...string) bool {
	if len(words) == 0 {
		return false
	}
	for _, t := range texts {
		t = strings.ToLower(t)
		if t != "" && !slices.ContainsFunc(words, func(w string) bool { return !strings.Contains(t, w) }) {
			return true
		}
	}
	return false
}

func summary(w *words, e codeEntry) string {
	key := e.Code
	if e.Pattern != "" {
		key = fmt.Sprintf("%d %s", e.Status, e.Pattern)
	}
	text, other := e.MessageEN, e.MessageRU
	if w == &ru {
		text, other = other, text
	}
	if text == "" {
		text = other
	}
	s := fmt.Sprintf("%-6s %s  [%s; %s; %s]", e.Service, key, w.kindName(e.Kind), e.Reason, retryWord(w, e))
	if text != "" {
		s += "  " + text
	}
	return s
}

func details(w *words, e codeEntry) string {
	var b strings.Builder
	line := func(label, v string) {
		if v = fault.Printable(v); v != "" {
			fmt.Fprintf(&b, "%-*s %s\n", w.width, label, v)
		}
	}
	line(w.service, w.serviceName(e.Service))
	line(w.code, e.Code)
	if e.Status != 0 {
		line(w.status, strconv.Itoa(e.Status))
	}
	line(w.message, e.Pattern)
	line(w.textEN, e.MessageEN)
	line(w.textRU, e.MessageRU)
	kind := w.kindName(e.Kind)
	if e.Warning {
		kind += " " + w.warningKind
	}
	line(w.kind, kind)
	line(w.reason, e.Reason)
	line(w.retry, retryWord(w, e))
	if e.Retryable {
		if e.Refused {
			line(w.resend, w.resendRefused)
		} else {
			line(w.resend, w.resendIdempotent)
		}
	}
	todo := w.actionName(e.Action)
	if e.Hint != "" {
		todo += ": " + w.hint(e.Hint)
	}
	line(w.toDo, todo)
	line(w.origin, w.originName(e.Origin))
	line(w.source, e.Source)
	if len(e.Params) > 0 {
		line(w.values, params(e.Params))
	}
	return b.String()
}

func retryWord(w *words, e codeEntry) string {
	if !e.Retryable {
		return w.codesNoRetry
	}
	return fmt.Sprintf(w.codesRetryAfter, w.duration(time.Duration(e.RetryAfterSeconds*float64(time.Second))))
}
