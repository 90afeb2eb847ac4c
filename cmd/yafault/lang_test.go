package main

import (
	"bytes"
	"errors"
	"fmt"
	"net/http"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/yafault/yafault"
	"github.com/yafault/yafault/fault"
	"github.com/yafault/yafault/internal/wire"
)

var verbRE = regexp.MustCompile(`%[-+# 0*]*[a-zA-Z%]`)

// TestWordsComplete checks that every text of the command exists in both
// languages, the Russian in Russian, with the same formatting verbs in the
// same order, and that each passes the output rule unchanged.
func TestWordsComplete(t *testing.T) {
	ve, vr := reflect.ValueOf(en), reflect.ValueOf(ru)
	for i := 0; i < ve.NumField(); i++ {
		name := ve.Type().Field(i).Name
		switch e := ve.Field(i); e.Kind() {
		case reflect.String:
			checkPair(t, name, e.String(), vr.Field(i).String())
		case reflect.Array:
			for j := 0; j < e.Len(); j++ {
				if r := vr.Field(i).Index(j).String(); r == "" || !hasCyrillic(r) {
					t.Errorf("ru.%s[%d] = %q; want a Russian word", name, j, r)
				}
			}
		}
	}
}

func checkPair(t *testing.T, name, e, r string) {
	t.Helper()
	switch name {
	case "usage":
		return // checked by TestHelpInBothLanguages
	case "dateLayout":
		if time.Date(2018, 7, 10, 0, 42, 42, 0, time.UTC).Format(r) != "10.07.2018 00:42:42 UTC" {
			t.Errorf("ru.dateLayout %q is not a day.month.year layout", r)
		}
		return
	}
	switch {
	case e == "" || r == "":
		t.Errorf("%s: en %q, ru %q; want both", name, e, r)
	case !hasCyrillic(r) && strings.ContainsFunc(r, unicode.IsLetter):
		t.Errorf("ru.%s = %q; want Russian", name, r)
	}
	if ev, rv := verbRE.FindAllString(e, -1), verbRE.FindAllString(r, -1); !slicesEqual(ev, rv) {
		t.Errorf("%s: en has verbs %v, ru %v; want the same", name, ev, rv)
	}
	for _, s := range []string{e, r} {
		if p := fault.Printable(s); p != strings.TrimSpace(s) {
			t.Errorf("%s: %q does not pass the output rule unchanged: %q", name, s, p)
		}
	}
}

func slicesEqual(a, b []string) bool { return strings.Join(a, "\x00") == strings.Join(b, "\x00") }

func hasCyrillic(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool { return unicode.Is(unicode.Cyrillic, r) })
}

func runWithEnv(t *testing.T, env map[string]string, args ...string) (int, string, string) {
	t.Helper()
	return runEnvStdin(t, env, "", args...)
}

func runEnvStdin(t *testing.T, env map[string]string, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var o, e bytes.Buffer
	code := runEnv(args, func(k string) string { return env[k] }, strings.NewReader(stdin), &o, &e)
	return code, o.String(), e.String()
}

// TestRussian checks that explain and codes speak Russian with -lang ru and
// when the locale asks for it, keep the vendor's texts as they came, and
// give the hints in Russian.
func TestRussian(t *testing.T) {
	const capture = "../../testdata/direct/200-json-error-152-points.http"
	hintRU, _ := wire.Russian("the API points (units) are spent, not money: points return hourly on the user's own schedule; wait, or make cheaper requests")
	if hintRU == "" {
		t.Fatal("no Russian for 152's hint")
	}
	russian := []string{"что случилось", "квота (quota, POINTS_EXHAUSTED)", "Директ", "да, через 1 ч", hintRU,
		"Not enough Yandex units", "сообщите его поддержке", "потрачено 10, осталось 0 из 64000"}
	english := []string{"happened", "quota (POINTS_EXHAUSTED)", "yes, after 1h0m0s", "the API points (units) are spent"}
	tests := []struct {
		env  map[string]string
		args []string
		want []string
		why  string
	}{
		{nil, []string{"explain", "-lang", "ru", capture}, russian, "-lang ru"},
		{map[string]string{"LANG": "ru_RU.UTF-8"}, []string{"explain", capture}, russian, "LANG"},
		{map[string]string{"LC_MESSAGES": "ru_RU.UTF-8", "LANG": "en_US.UTF-8"}, []string{"explain", capture}, russian, "LC_MESSAGES before LANG"},
		{map[string]string{"LC_ALL": "C", "LANG": "ru_RU.UTF-8"}, []string{"explain", capture}, english, "LC_ALL before LANG"},
		{map[string]string{"LANG": "ru_RU.UTF-8"}, []string{"explain", "-lang", "en", capture}, english, "-lang before the locale"},
		{nil, []string{"explain", capture}, english, "no locale"},
		{nil, []string{"codes", "-lang", "ru", "152"}, []string{"сервис", "Директ", "вид", "квота", "да, через 1 ч", hintRU, "Недостаточно баллов"}, "codes"},
		{nil, []string{"codes", "-lang", "ru"}, []string{"direct 152 [квота; POINTS_EXHAUSTED; да, через 1 ч] Недостаточно баллов"}, "the catalog's list: Russian kinds, Direct's Russian text first"},
		{nil, []string{"codes", "-lang", "ru", "-service", "direct", "10023"}, []string{"нет в документации, замечен в ответах"}, "an origin"},
		{nil, []string{"-lang", "ru", "-h"}, []string{"Использование", "Коды выхода"}, "help through -lang before the command"},
		{nil, []string{"-lang=ru", "-h"}, []string{"Использование"}, "help through -lang=ru"},
		{nil, []string{"explain", "-lang", "ru", "-h"}, []string{"Использование"}, "explain's help through its -lang"},
		{nil, []string{"codes", "-lang", "ru", "-h"}, []string{"Использование"}, "codes' help through its -lang"},
		{nil, []string{"explain", "-h", "-lang", "ru"}, []string{"Использование"}, "explain's help through a -lang after -h"},
		{nil, []string{"codes", "-json", "-h", "--lang=ru"}, []string{"Использование"}, "codes' help through a --lang= after -h"},
		{nil, []string{"-lang", "ru", "explain", capture}, russian, "-lang before explain"},
		{nil, []string{"explain", "-lang", "ru", "../../testdata/market/502-html-balancer.http"}, []string{
			"yafault: http 502: bad_gateway: тело ответа не распознано (text/html): не документ ошибки ни Маркета, ни Директа",
			"тело             тело ответа не распознано"}, "a body not understood, said in Russian"},
		{nil, []string{"explain", "-lang", "ru", "../../testdata/market/420-resource-limit-until.http"}, []string{"лимит обновится 09.01.2024 14:05:00 UTC"}, "a date"},
		{map[string]string{"LANG": "ru_RU.UTF-8"}, []string{"-h"}, []string{"Использование", "Коды выхода"}, "help"},
		{nil, []string{"explain", "-lang", "ru", "../../testdata/items/direct/AddResults.soap.http"}, []string{"ошибки в 2 объектах из 4, предупреждения в 2:", "#1 ошибка: 8800: Object not found", "[не найдено, not_found, OBJECT_NOT_FOUND]"}, "per-object results"},
	}
	for _, tt := range tests {
		code, out, errOut := runWithEnv(t, tt.env, tt.args...)
		if code != exitOK || errOut != "" {
			t.Errorf("%s: exit %d, stderr %q", tt.why, code, errOut)
		}
		for _, w := range tt.want {
			if !strings.Contains(out, w) {
				t.Errorf("%s: yafault %v lacks %q:\n%s", tt.why, tt.args, w, out)
			}
		}
	}
	code, _, errOut := runWithEnv(t, nil, "explain", "-lang", "fr", capture)
	if code != exitUsage || !strings.Contains(errOut, "-lang must be en or ru") {
		t.Errorf("-lang fr: exit %d, stderr %q; want a usage error", code, errOut)
	}
	ruLocale := map[string]string{"LANG": "ru_RU.UTF-8"}
	// A vendor's message that happens to end as our cause does is the
	// vendor's: only a line that carries no vendor text is translated.
	vendor := `{"error":"unrecognized body (application/json): error is not an object"}`
	code, out, errOut := runEnvStdin(t, ruLocale, vendor, "explain", "-service", "direct", "-status", "400", "-H", "Content-Type: application/json", "-")
	if first, _, _ := strings.Cut(out, "\n"); code != exitOK || first != "direct: unrecognized body (application/json): error is not an object" {
		t.Errorf("a vendor text that reads like our cause: exit %d, first line %q, stderr %q", code, first, errOut)
	}
	for _, tt := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"explain", "-lang", "fr", capture}, exitUsage, "-lang должен быть en или ru"},
		{[]string{"-lang", "fr", "-h"}, exitUsage, "-lang должен быть en или ru"},
		{[]string{"explain", "-bogus", capture}, exitUsage, "неизвестный флаг: -bogus"},
		{[]string{"codes", "-status"}, exitUsage, "флагу нужно значение: -status"},
		{[]string{"explain", "/no/such/capture"}, exitInput, "/no/such/capture: файл не найден"},
		{[]string{"explain", "../../testdata/README.md"}, exitInput, "не найдена строка статуса HTTP"},
		{[]string{"explain", "-status", "abc", "-"}, exitUsage, `неверное значение "abc" для флага -status: не удалось разобрать`},
		{[]string{"explain", "-json=maybe", "-"}, exitUsage, `неверное логическое значение "maybe" для -json: не удалось разобрать`},
		{[]string{"codes", "-lang=", "152"}, exitUsage, `-lang должен быть en или ru, а не ""`},
		{[]string{"explain", "-status", "400", "../../testdata"}, exitInput, "../../testdata: is a directory"},
	} {
		code, _, errOut := runWithEnv(t, ruLocale, tt.args...)
		if code != tt.code || !strings.Contains(errOut, tt.want) {
			t.Errorf("yafault %v in a Russian locale: exit %d, stderr %q; want %d and %q", tt.args, code, errOut, tt.code, tt.want)
		}
	}
	code, _, errOut = runWithEnv(t, map[string]string{"LANG": "ru_RU.UTF-8"}, "codes", "такого текста нигде нет")
	if code != exitInput || !strings.Contains(errOut, "в каталоге нет ничего") {
		t.Errorf("codes in Russian, no match: exit %d, stderr %q", code, errOut)
	}
}

// TestPlurals checks the Russian forms of a count and that English texts
// pass through untouched.
func TestPlurals(t *testing.T) {
	forms := map[int]string{0: "записей", 1: "запись", 2: "записи", 4: "записи", 5: "записей", 11: "записей",
		12: "записей", 14: "записей", 21: "запись", 22: "записи", 25: "записей", 101: "запись", 111: "записей", 112: "записей"}
	for n, want := range forms {
		if got := ru.sprintf(ru.entries, n); got != fmt.Sprintf("%d %s", n, want) {
			t.Errorf("ru entries for %d = %q; want %q", n, got, want)
		}
	}
	if got := ru.sprintf(ru.objectsFailed+ru.withWarnings, 1, 21, 3); got != "ошибки в 1 объекте из 21, предупреждения в 3" {
		t.Errorf("ru objects = %q", got)
	}
	if got := en.sprintf(en.entries, 1); got != "1 entries" {
		t.Errorf("en entries = %q; want the format as it is", got)
	}
	if got := en.sprintf("%s", "a {b|c|d} e"); got != "a {b|c|d} e" {
		t.Errorf("braces not after a number changed: %q", got)
	}
}

// TestDurations checks waits as Russian prints them.
func TestDurations(t *testing.T) {
	for d, want := range map[time.Duration]string{
		0: "0 с", 400 * time.Millisecond: "меньше 1 с", 1500 * time.Millisecond: "2 с",
		90 * time.Minute: "1 ч 30 мин", 25*time.Hour + time.Second: "25 ч 1 с",
	} {
		if got := ru.duration(d); got != want {
			t.Errorf("ru.duration(%v) = %q; want %q", d, got, want)
		}
	}
}

// TestEveryProblemInRussian makes every kind of body the library does not
// understand and checks that its few words have a Russian.
func TestEveryProblemInRussian(t *testing.T) {
	bodies := []struct {
		svc    fault.Service
		status int
		ct     string
		body   string
	}{
		{fault.Market, 500, "", ""},
		{fault.Market, 502, "text/html", "<html><body>Bad gateway</body></html>"},
		{fault.Market, 400, "application/json", "[1,2]"},
		{fault.Market, 400, "application/json", `{"status":"ERROR","errors":`},
		{fault.Market, 400, "application/json", `{"status":"ERROR","errors":[]}`},
		{fault.Market, 400, "application/json", `{"status":"ERROR","errors":7}`},
		{fault.Market, 400, "application/xml", "<foo/>"},
		{fault.Direct, 500, "", ""},
		{fault.Direct, 500, "text/html", "<html></html>"},
		{fault.Direct, 500, "text/plain", "oops"},
		{fault.Direct, 400, "application/json", `{"error":`},
		{fault.Direct, 200, "application/json", `{"error":{"error_code":`},
		{fault.Direct, 400, "application/json", `{"result":{}}`},
		{fault.Direct, 400, "application/json", `{"error":7}`},
		{fault.Direct, 400, "text/xml", "<foo/>"},
		{"", 500, "text/plain", "oops"},
		{"", 500, "", ""},
		{fault.Direct, 400, "text/xml", "<a><b></a>"},
		{fault.Market, 400, "application/xml", `<?xml version="1.0"?>`},
		{fault.Direct, 400, "text/xml", "<a>" + strings.Repeat("<b/>", wire.MaxErrorXML/4) + "</a>"},
		{fault.Direct, 400, "text/xml", strings.Repeat("<a>", wire.MaxXMLDepth+1) + strings.Repeat("</a>", wire.MaxXMLDepth+1)},
		{fault.Direct, 400, "text/xml", "<a>" + strings.Repeat("<b/>", wire.MaxXMLNodes+1) + "</a>"},
	}
	seen := map[string]bool{}
	for _, b := range bodies {
		h := http.Header{}
		if b.ct != "" {
			h.Set("Content-Type", b.ct)
		}
		f, _ := errors.AsType[*fault.Fault](yafault.Normalize(b.svc, b.status, h, []byte(b.body)))
		be, ok := errors.AsType[*fault.BodyError](f.Err)
		if !ok {
			t.Errorf("%s %d %q: no BodyError (%v)", b.svc, b.status, b.body, f)
			continue
		}
		seen[be.Problem] = true
		if r := ru.problem(be.Problem); !hasCyrillic(r) {
			t.Errorf("problem %q has no Russian", be.Problem)
		}
	}
	for p := range ru.problems {
		if !seen[p] {
			t.Errorf("ru.problems has %q, which no body above gives", p)
		}
	}
}

// TestHelpInBothLanguages checks that the Russian help documents every
// flag and exit status the English one does.
func TestHelpInBothLanguages(t *testing.T) {
	flags := regexp.MustCompile(`(?m)^\s+(-[a-zA-Z]+)`)
	for _, m := range flags.FindAllStringSubmatch(usageEN, -1) {
		if !strings.Contains(usageRU, m[1]) {
			t.Errorf("the Russian help lacks %s", m[1])
		}
	}
	for _, status := range []string{"  0  ", "  1  ", "  2  ", "  3  "} {
		if !strings.Contains(usageRU, status) || !strings.Contains(usageEN, status) {
			t.Errorf("a help lacks exit status %q", status)
		}
	}
	for _, s := range []string{usageEN, usageRU} {
		if strings.ContainsFunc(s, func(r rune) bool { return r != '\n' && (unicode.IsControl(r) || unicode.Is(unicode.Cf, r)) }) {
			t.Errorf("a help text holds a control character")
		}
	}
}

func TestLanguage(t *testing.T) {
	for _, tt := range []struct {
		flag string
		env  map[string]string
		want *words
		ok   bool
	}{
		{"ru", nil, &ru, true}, {"ru-RU", nil, &ru, true}, {"en", nil, &en, true}, {"en_GB", nil, &en, true},
		{"de", nil, &en, false}, {"", map[string]string{"LANG": "ru_RU.UTF-8"}, &ru, true},
		{"", map[string]string{"LANG": "uk_UA.UTF-8"}, &en, true}, {"", nil, &en, true},
		{"", map[string]string{"LC_ALL": "ru_RU.KOI8-R", "LANG": "en_US"}, &ru, true},
	} {
		w, ok := language(tt.flag, func(k string) string { return tt.env[k] })
		if w != tt.want || ok != tt.ok {
			t.Errorf("language(%q, %v) = %p, %v; want %p, %v", tt.flag, tt.env, w, ok, tt.want, tt.ok)
		}
	}
}
