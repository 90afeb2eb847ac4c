package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"runtime"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/yafault/yafault/fault"
	"github.com/yafault/yafault/internal/leaktest"
)

func runCmd(t *testing.T, stdin string, args ...string) (code int, out, errOut string) {
	t.Helper()
	var o, e bytes.Buffer
	code = runEnv(args, func(string) string { return "" }, strings.NewReader(stdin), &o, &e)
	return code, o.String(), e.String()
}

func TestExplainCapture(t *testing.T) {
	code, out, errOut := runCmd(t, "", "explain", "../../testdata/market/420-resource-limit-until.http")
	if code != exitOK || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	for _, want := range []string{
		"market: REQUEST_LIMIT_EXCEEDED: Hit rate limit of 100 requests per 1 minute",
		"quota (RESOURCE_LIMIT_EXCEEDED), from Market, HTTP 420",
		"yes, after 40s",
		"0 of 600 left, window ends Tue, 09 Jan 2024 14:05:00 UTC",
		"find the call in the cabinet's API request log",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestExplainJSON(t *testing.T) {
	code, out, _ := runCmd(t, "", "explain", "-json", "../../testdata/direct/200-json-error-53.http")
	if code != exitOK {
		t.Fatalf("exit %d", code)
	}
	var f fault.Fault
	if err := json.Unmarshal([]byte(out), &f); err != nil {
		t.Fatalf("output is not Fault JSON: %v\n%s", err, out)
	}
	if f.Service != fault.Direct || f.Code != "53" || f.Kind != fault.Auth || f.RequestID != "2826" {
		t.Errorf("explain -json = %+v; want Direct 53 auth with request id 2826", f)
	}
	code, out, _ = runCmd(t, "", "explain", "-json", "../../testdata/direct/202-reports-retryin.http")
	if code != exitOK || strings.TrimSpace(out) != "null" {
		t.Errorf("explain -json on a 202 = %d %q; want 0 null", code, out)
	}
}

func TestExplainBareBodyFromStdin(t *testing.T) {
	body := `{"error":{"error_code":506,"error_string":"Exceeded limit on number of connections"}}`
	code, out, errOut := runCmd(t, body, "explain", "-status", "200", "-service", "direct", "-H", "RequestId: 123", "-")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"direct: 506", "rate_limit (TOO_MANY_CONNECTIONS)", "123 (quote it to support)", "yes, after 2s"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestExplainNeverPrintsSecrets(t *testing.T) {
	for _, file := range []string{"../../testdata/market/401-request-pasted-in-front.http", "../../testdata/direct/200-json-error-token-echoed.http"} {
		for _, flag := range [][]string{nil, {"-json"}} {
			args := append(append([]string{"explain"}, flag...), file)
			_, out, errOut := runCmd(t, "", args...)
			for _, secret := range []string{"ACMA:", "I4c4CxCSYaI41RSC2uYWP2qj3Rhhm4knMiBEga5K", "y0_Ag"} {
				if strings.Contains(out+errOut, secret) {
					t.Errorf("explain %v printed a secret %q:\n%s", args, secret, out)
				}
			}
		}
	}
	// The pasted request's Host told the service.
	_, out, _ := runCmd(t, "", "explain", "../../testdata/market/401-request-pasted-in-front.http")
	if !strings.Contains(out, "auth (API_KEY_INVALID), from Market, HTTP 401") {
		t.Errorf("output:\n%s", out)
	}
}

func TestExitStatus(t *testing.T) {
	tests := []struct {
		args  []string
		stdin string
		want  int
		why   string
	}{
		{nil, "", exitUsage, "no command"},
		{[]string{"-h"}, "", exitOK, "help"},
		{[]string{"frobnicate"}, "", exitUsage, "unknown command"},
		{[]string{"explain"}, "", exitUsage, "no file"},
		{[]string{"explain", "-service", "metrika", "-"}, "", exitUsage, "unknown service"},
		{[]string{"explain", "-status", "42", "-"}, "", exitUsage, "bad status"},
		{[]string{"explain", "-H", "nocolon", "-"}, "", exitUsage, "bad header flag"},
		{[]string{"explain", "/nonexistent/file.http"}, "", exitInput, "unreadable file"},
		{[]string{"explain", "-"}, "just some text", exitInput, "no status line"},
		{[]string{"explain", "-"}, "HTTP/1.1 200 OK\n\n{\"result\":{}}", exitOK, "a success is explained too"},
	}
	for _, tt := range tests {
		if code, _, _ := runCmd(t, tt.stdin, tt.args...); code != tt.want {
			t.Errorf("yafault %v: exit %d; want %d (%s)", tt.args, code, tt.want, tt.why)
		}
	}
}

func TestCodes(t *testing.T) {
	tests := []struct {
		args []string
		want []string
		code int
		why  string
	}{
		{[]string{"codes", "152"}, []string{"POINTS_EXHAUSTED", "quota", "Недостаточно баллов", "retry after 1h0m0s"}, exitOK, "a Direct code"},
		{[]string{"codes", "-service", "direct", "10020"}, []string{"a warning", "ALREADY_SUSPENDED"}, exitOK, "a warning code"},
		{[]string{"codes", "Hit rate limit of 4 parallel requests for campaignId 1"}, []string{"PARALLEL_LIMIT_EXCEEDED", "limit=4"}, exitOK, "a Market message as received"},
		{[]string{"codes", "-service", "market", "420"}, []string{"PARALLEL_LIMIT_EXCEEDED", "RESOURCE_LIMIT_EXCEEDED"}, exitOK, "a Market status"},
		{[]string{"codes", "UNAUTHORIZED"}, []string{"auth"}, exitOK, "a Market code"},
		{[]string{"codes", "api_key_revoked"}, []string{"Api-Key token is revoked"}, exitOK, "a reason, any case"},
		{[]string{"codes", "NO_REQUIRED_FIELDS: add a barcode"}, []string{"NO_REQUIRED_FIELDS", "invalid"}, exitOK, "a machine token"},
		{[]string{"codes", "Недостаточно баллов"}, []string{"152", "POINTS_EXHAUSTED"}, exitOK, "a Direct code by its Russian text"},
		{[]string{"codes", "not enough UNITS"}, []string{"152", "POINTS_EXHAUSTED"}, exitOK, "a Direct code by words of its English text, any case"},
		{[]string{"codes", "баллов"}, []string{"152"}, exitOK, "a Direct code by a word of its text"},
		{[]string{"codes", "wordstat report does not exist"}, []string{"91", "V4_WORDSTAT_REPORT_NOT_FOUND", "v4"}, exitOK, "a v4 code by its text"},
		{[]string{"codes", "duplicate_offer"}, []string{"DUPLICATE_OFFER", "invalid", "source"}, exitOK, "a Market code, any case, with its source"},
		{[]string{"codes", "cis_validation_in_progress_error"}, []string{"locked", "retry after 1m0s"}, exitOK, "a typed Market code that says wait"},
		{[]string{"codes", "-status", "400", "REQUEST_LIMIT_EXCEEDED"}, []string{"REQUEST_TOO_LARGE", "no retry"}, exitOK, "a Market code read under a status that changes it"},
		{[]string{"codes", "-status", "420", "REQUEST_LIMIT_EXCEEDED"}, []string{"rate_limit", "retry after 1s"}, exitOK, "the same code under 420"},
		{[]string{"codes", "7777"}, nil, exitInput, "an unknown code"},
		{[]string{"lang", "ru", "codes", "152"}, nil, exitUsage, "lang without its dash is no flag"},
		{[]string{"codes", "-service", "metrika"}, nil, exitUsage, "a bad service"},
	}
	for _, tt := range tests {
		code, out, _ := runCmd(t, "", tt.args...)
		if code != tt.code {
			t.Errorf("yafault %v: exit %d; want %d (%s)", tt.args, code, tt.code, tt.why)
		}
		for _, w := range tt.want {
			if !strings.Contains(out, w) {
				t.Errorf("yafault %v lacks %q (%s):\n%s", tt.args, w, tt.why, out)
			}
		}
	}
	// A query's own values are printed by the output rule, in JSON too.
	code, out, _ := runCmd(t, "", "codes", "-json", "Order not found: \u202e "+leaktest.TokY0)
	if code != exitOK || strings.Contains(out, leaktest.TokY0) || strings.Contains(out, "\u202e") && !strings.Contains(out, `\\u202e`) {
		t.Errorf("codes -json with a token and a bidi override: exit %d\n%s", code, out)
	}
	code, out, _ = runCmd(t, "", "codes", "-json")
	var rows []map[string]any
	if err := json.Unmarshal([]byte(out), &rows); err != nil || code != exitOK {
		t.Fatalf("codes -json: %v, exit %d", err, code)
	}
	if len(rows) < 300 {
		t.Errorf("codes -json lists %d rows; want the whole catalog", len(rows))
	}
	for _, r := range rows {
		if r["kind"] == "unknown" || r["reason"] == "" {
			t.Errorf("catalog row %v is unclassified", r)
		}
	}
}

// TestCodesFindsEveryText searches for every text the catalogs hold: each
// Direct text in Russian and English whole, in upper case and by its longest
// word, and each Market message pattern as written. Each must find its row.
func TestCodesFindsEveryText(t *testing.T) {
	same := func(a, b codeEntry) bool {
		return a.Service == b.Service && a.Code == b.Code && a.Status == b.Status && a.Pattern == b.Pattern
	}
	for _, e := range catalog("") {
		var queries []string
		for _, text := range []string{e.MessageRU, e.MessageEN} {
			if text == "" {
				continue
			}
			longest := ""
			for _, f := range strings.Fields(text) {
				if utf8.RuneCountInString(f) > utf8.RuneCountInString(longest) {
					longest = f
				}
			}
			queries = append(queries, text, strings.ToUpper(text), longest)
		}
		if e.Pattern != "" {
			queries = append(queries, e.Pattern)
		}
		for _, q := range queries {
			if !slices.ContainsFunc(search("", 0, q), func(f codeEntry) bool { return same(e, f) }) {
				t.Errorf("codes %q does not find %s %s %d %q", q, e.Service, e.Code, e.Status, e.Pattern)
			}
		}
	}
}

func TestExplainItemsAndReports(t *testing.T) {
	_, out, _ := runCmd(t, "", "explain", "../../testdata/items/direct/AddResults.soap.http")
	for _, want := range []string{"no request-level error (HTTP 200)", "2 of 4 objects failed, 2 with warnings",
		"#1 error: 8800: Object not found: Campaign 1002 not found [not_found, OBJECT_NOT_FOUND]",
		"#3 warning: 10999: Some new warning [unknown, UNKNOWN_WARNING]"} {
		if !strings.Contains(out, want) {
			t.Errorf("explain AddResults lacks %q:\n%s", want, out)
		}
	}
	_, out, _ = runCmd(t, "", "explain", "../../testdata/direct/202-reports-retryin.http")
	if !strings.Contains(out, "report not ready (HTTP 202): ask again with the same parameters in 1s; offline reports in the queue: 2 (at most 5)") {
		t.Errorf("explain 202 lacks the report state:\n%s", out)
	}
	_, out, _ = runCmd(t, "", "explain", "../../testdata/direct/200-success-units.http")
	if strings.Contains(out, "objects failed") || strings.Contains(out, "report not ready") {
		t.Errorf("explain on a plain success says too much:\n%s", out)
	}
}

func TestExplainItemsOnly(t *testing.T) {
	code, out, errOut := runCmd(t, "", "explain", "-items", "../../testdata/items/direct/AddResults.soap.http")
	if code != exitOK || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	if !strings.HasPrefix(out, "2 of 4 objects failed, 2 with warnings:\n") || strings.Contains(out, "request-level") {
		t.Errorf("explain -items prints more or less than the objects:\n%s", out)
	}

	code, out, _ = runCmd(t, "", "explain", "-items", "-json", "../../testdata/items/direct/AddResults.soap.http")
	if code != exitOK {
		t.Fatalf("explain -items -json: exit %d", code)
	}
	var items []fault.Item
	if err := json.Unmarshal([]byte(out), &items); err != nil {
		t.Fatalf("output is not an Item array: %v\n%s", err, out)
	}
	if len(items) != 4 || !items[1].Failed() || items[1].Errors[0].Code != "8800" || items[1].Errors[0].Kind != fault.NotFound ||
		items[2].ID != "1003" || len(items[2].Warnings) != 1 || items[0].Failed() {
		t.Errorf("explain -items -json = %+v", items)
	}

	// A success response that is not a batch, and an error response, have
	// no per-object results: exit 1 with the reason on stderr.
	for _, file := range []string{"../../testdata/direct/200-success-units.http", "../../testdata/market/420-resource-limit-until.http"} {
		code, out, errOut = runCmd(t, "", "explain", "-items", file)
		if code != exitInput || out != "" || !strings.Contains(errOut, "no per-object results") {
			t.Errorf("explain -items %s = %d %q %q; want exit 1 and the reason", file, code, out, errOut)
		}
	}
}

func TestDescribeItemsCountsEachObjectOnce(t *testing.T) {
	bad := []*fault.Fault{{Code: "8800", Verdict: fault.Verdict{Kind: fault.NotFound, Reason: "OBJECT_NOT_FOUND"}}}
	var items []fault.Item
	for i := range maxItemsShown + 3 {
		items = append(items, fault.Item{Index: i, Errors: bad, Warnings: bad}) // both failed and warned
	}
	out := describeItems(&en, items)
	if want := "... and 3 more objects"; !strings.Contains(out, want) {
		t.Errorf("describeItems lacks %q:\n%s", want, out)
	}
}

// hugeCapture streams a capture whose body is n bytes of JSON white space
// followed by a Direct error, without holding it.
type hugeCapture struct {
	head, tail string
	n, i       int64
}

func (h *hugeCapture) Read(p []byte) (int, error) {
	total := int64(len(h.head)) + h.n + int64(len(h.tail))
	k := 0
	for ; k < len(p) && h.i < total; k, h.i = k+1, h.i+1 {
		switch {
		case h.i < int64(len(h.head)):
			p[k] = h.head[h.i]
		case h.i < int64(len(h.head))+h.n:
			p[k] = ' '
		default:
			p[k] = h.tail[h.i-int64(len(h.head))-h.n]
		}
	}
	if k == 0 {
		return 0, io.EOF
	}
	return k, nil
}

// TestExplainHugeCapture explains a 512 MiB capture from standard input:
// memory stays near the 16 MiB it reads of the body, and the command says
// that it cut the input.
func TestExplainHugeCapture(t *testing.T) {
	in := &hugeCapture{head: "HTTP/1.1 500 Internal Server Error\r\nContent-Type: text/html\r\n\r\n<html>", n: 512 << 20, tail: "</html>"}
	var out, errOut bytes.Buffer
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	code := run([]string{"explain", "-"}, in, &out, &errOut)
	runtime.ReadMemStats(&after)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	if !strings.Contains(errOut.String(), "only its first 16 MiB were read") {
		t.Errorf("stderr %q does not say the input was cut", errOut.String())
	}
	if !strings.Contains(out.String(), "HTTP 500") {
		t.Errorf("output does not explain the 500:\n%s", out.String())
	}
	if used := after.TotalAlloc - before.TotalAlloc; used > 80<<20 {
		t.Errorf("allocated %d MiB for a 512 MiB capture; want at most 80", used>>20)
	}
}

// failWriter fails every write, as a full disk or a closed pipe does.
type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("no space left on device") }

// TestExitStatuses runs each exit status the help documents.
func TestExitStatuses(t *testing.T) {
	const capture = "../../testdata/market/420-resource-limit-until.http"
	tests := []struct {
		reason string
		args   []string
		stdin  string
		out    io.Writer
		want   int
	}{
		{"explain reads and explains", []string{"explain", capture}, "", nil, exitOK},
		{"codes finds a code", []string{"codes", "152"}, "", nil, exitOK},
		{"the input is not a response", []string{"explain", "-"}, "not a response", nil, exitInput},
		{"the file does not exist", []string{"explain", "/no/such/file"}, "", nil, exitInput},
		{"codes finds nothing", []string{"codes", "no such thing at all"}, "", nil, exitInput},
		{"no command", nil, "", nil, exitUsage},
		{"an unknown flag", []string{"explain", "-nope", capture}, "", nil, exitUsage},
		{"text output cannot be written", []string{"explain", capture}, "", failWriter{}, exitOutput},
		{"JSON output cannot be written", []string{"explain", "-json", capture}, "", failWriter{}, exitOutput},
		{"items output cannot be written", []string{"explain", "-items", "-json", "../../testdata/items/direct/AddResults.json.http"}, "", failWriter{}, exitOutput},
		{"codes output cannot be written", []string{"codes", "152"}, "", failWriter{}, exitOutput},
		{"the catalog cannot be written", []string{"codes", "-json"}, "", failWriter{}, exitOutput},
		{"help cannot be written", []string{"-h"}, "", failWriter{}, exitOutput},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			out := tt.out
			if out == nil {
				out = io.Discard
			}
			var errOut bytes.Buffer
			if got := run(tt.args, strings.NewReader(tt.stdin), out, &errOut); got != tt.want {
				t.Errorf("run(%q) = %d; want %d (stderr %q)", tt.args, got, tt.want, errOut.String())
			}
			if tt.want == exitOutput && !strings.Contains(errOut.String(), "cannot write the output") {
				t.Errorf("stderr %q does not say the output failed", errOut.String())
			}
		})
	}
	_, help, _ := runCmd(t, "", "-h")
	for code, want := range map[int]string{0: "0  explain", 1: "1  explain", 2: "2  the command line", 3: "3  the output could not be written"} {
		if !strings.Contains(help, want) {
			t.Errorf("yafault -h does not document exit status %d (%q)", code, want)
		}
	}
}

// TestNothingATerminalActsOn explains responses whose vendor texts carry
// escape sequences, bells and line breaks: the output shows them escaped
// and never sends them.
func TestNothingATerminalActsOn(t *testing.T) {
	msg := "Hit rate limit\x1b]0;pwned\x07 of 4\x1b[2J parallel\nrequests\u202e"
	q, _ := json.Marshal(msg)
	capture := "HTTP/1.1 420 Enhance Your Calm\r\nX-Request-Id: id\x1b[31mred\r\n\r\n" +
		`{"status":"ERROR","errors":[{"code":"LIMIT\u001b[5m","message":` + string(q) + `}]}`
	items := "HTTP/1.1 200 OK\r\n\r\n" + `{"result":{"AddResults":[{"Id":"1\u001b[2J","Errors":[{"Code":8800,"Message":"bad\u0007\u001b[1m"}]}]}}`
	for _, tt := range []struct {
		in   string
		args []string
	}{
		{capture, []string{"explain", "-"}},
		{capture, []string{"explain", "-json", "-"}},
		{items, []string{"explain", "-"}},
		{items, []string{"explain", "-items", "-"}},
		{items, []string{"explain", "-items", "-json", "-"}},
		{"", []string{"codes", "Hit rate limit\x1b[2J of 4 parallel requests"}},
	} {
		code, out, errOut := runCmd(t, tt.in, tt.args...)
		if code != exitOK && code != exitInput {
			t.Fatalf("%q: exit %d: %s", tt.args, code, errOut)
		}
		for name, s := range map[string]string{"stdout": out, "stderr": errOut} {
			for _, r := range s {
				if r != '\n' && (r < ' ' || r == 0x7f || r >= 0x80 && r < 0xa0 || r == '\u202e') {
					t.Errorf("%q: %s carries %U:\n%q", tt.args, name, r, s)
					break
				}
			}
		}
	}
	_, out, _ := runCmd(t, capture, "explain", "-")
	if !strings.Contains(out, `\x1b]0;pwned\x07`) {
		t.Errorf("the escape sequence is not shown escaped:\n%s", out)
	}
}

// TestCommandNeverPrintsASecret explains a response carrying each token
// shape, in both modes and with -items: no token reaches stdout or stderr.
func TestCommandNeverPrintsASecret(t *testing.T) {
	for _, sh := range leaktest.Shapes {
		q, _ := json.Marshal(sh.In)
		for _, in := range []string{
			"GET / HTTP/1.1\r\nHost: api.partner.market.yandex.ru\r\nAuthorization: Bearer " + leaktest.TokY0 + "\r\n\r\n" +
				"HTTP/1.1 401 Unauthorized\r\nX-Request-Id: " + strings.ReplaceAll(sh.In, "\n", " ") + "\r\n\r\n" +
				`{"status":"ERROR","errors":[{"code":"UNAUTHORIZED","message":` + string(q) + `}]}`,
			"HTTP/1.1 200 OK\r\n\r\n" + `{"result":{"AddResults":[{"Id":` + string(q) + `,"Errors":[{"Code":8800,"Message":` + string(q) + `}]}]}}`,
		} {
			for _, args := range [][]string{{"explain", "-"}, {"explain", "-json", "-"}, {"explain", "-items", "-"}, {"explain", "-items", "-json", "-"}} {
				_, out, errOut := runCmd(t, in, args...)
				for _, secret := range []string{sh.Secret(), leaktest.TokY0} {
					if strings.Contains(out+errOut, secret) {
						t.Errorf("%q on %s prints %q:\n%s%s", args, sh.Why, secret, out, errOut)
					}
				}
			}
		}
	}
}
