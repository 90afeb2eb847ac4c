package main

import (
	"bytes"
	"strings"
	"testing"
	"unicode"
)

// FuzzArgs runs the command on any command line, locale and standard
// input: it must never panic, must exit with a documented status, and
// must print no control character but newlines. Arguments naming a path
// read standard input instead, so that no run reads the machine's files.
func FuzzArgs(f *testing.F) {
	for _, seed := range []string{
		"explain\x00-lang\x00-\x00x", "-lang\x00.\x00-h", "-lang=\x00-h", "--lang\x00ru\x00codes\x00152",
		"codes\x00-lang\x00ru\x00Недостаточно баллов", "explain\x00-status\x00400\x00-", "codes\x00-status",
		"explain\x00-H\x00X\x00-", "help", "codes\x00-json\x00\x1b[31m", "explain\x00-items\x00-json\x00-",
		"codes\x00-json\x00Order not found: \u202e123", "lang\x00ru\x00codes",
	} {
		f.Add(seed, "ru_RU.UTF-8", "HTTP/1.1 420 Enhance Your Calm\r\nContent-Type: application/json\r\n\r\n{\"status\":\"ERROR\"}")
	}
	f.Fuzz(func(t *testing.T, line, locale, stdin string) {
		args := strings.Split(line, "\x00")
		for i, a := range args {
			if strings.ContainsAny(a, `/\`) {
				args[i] = "-"
			}
		}
		var out, errOut bytes.Buffer
		code := runEnv(args, func(k string) string {
			if k == "LANG" {
				return locale
			}
			return ""
		}, strings.NewReader(stdin), &out, &errOut)
		if code < exitOK || code > exitOutput {
			t.Errorf("yafault %q: exit %d", args, code)
		}
		for _, s := range []string{out.String(), errOut.String()} {
			if i := strings.IndexFunc(s, func(r rune) bool { return r != '\n' && (unicode.IsControl(r) || unicode.Is(unicode.Cf, r)) }); i >= 0 {
				t.Errorf("yafault %q printed a control character: %q", args, s[max(0, i-20):min(len(s), i+20)])
			}
		}
	})
}
