package main

import (
	"bytes"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"unicode"

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
	if name == "usage" {
		return // checked by TestHelpInBothLanguages
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
	var o, e bytes.Buffer
	code := runEnv(args, func(k string) string { return env[k] }, strings.NewReader(""), &o, &e)
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
		{nil, []string{"codes", "-lang", "ru", "152"}, []string{"сервис", "Директ", "вид", "квота", "повторить через 1 ч", hintRU, "Недостаточно баллов"}, "codes"},
		{map[string]string{"LANG": "ru_RU.UTF-8"}, []string{"-h"}, []string{"Использование", "Коды выхода"}, "help"},
		{nil, []string{"explain", "-lang", "ru", "../../testdata/items/direct/AddResults.soap.http"}, []string{"объектов с ошибками: 2 из 4", "#1 ошибка: 8800: Object not found", "[не найдено, not_found, OBJECT_NOT_FOUND]"}, "per-object results"},
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
	code, _, errOut = runWithEnv(t, map[string]string{"LANG": "ru_RU.UTF-8"}, "codes", "такого текста нигде нет")
	if code != exitInput || !strings.Contains(errOut, "в каталоге нет ничего") {
		t.Errorf("codes in Russian, no match: exit %d, stderr %q", code, errOut)
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
