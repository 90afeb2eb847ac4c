package fault_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/yafault/yafault/fault"
	"github.com/yafault/yafault/internal/benchtest"
	"github.com/yafault/yafault/internal/leaktest"
)

func TestRedactShapes(t *testing.T) {
	for _, tt := range leaktest.Shapes {
		if got := fault.Redact(tt.In); got != tt.Want {
			t.Errorf("Redact(%q) = %q; want %q (%s)", tt.In, got, tt.Want, tt.Why)
		}
	}
}

func TestRedactLookAlikes(t *testing.T) {
	for _, tt := range leaktest.LookAlikes {
		if got := fault.Redact(tt.In); got != tt.In {
			t.Errorf("Redact(%q) = %q; want it unchanged (%s)", tt.In, got, tt.Why)
		}
	}
}

func TestPrintable(t *testing.T) {
	tests := []struct{ in, want, why string }{
		{"a\nb\r\nc\td", "a b c d", "line breaks and tabs"},
		{"a\vb\fc", "a b c", "vertical tab and form feed"},
		{"a\u2028b\u2029c\u0085d", "a b c d", "Unicode line and paragraph separators, NEL"},
		{"a\x1b[2Jb\x07", `a\x1b[2Jb\x07`, "an escape sequence and a bell are shown, not sent"},
		{"\x1b]0;pwned\x07", `\x1b]0;pwned\x07`, "a terminal title sequence"},
		{"nul\x00byte", `nul\x00byte`, "NUL"},
		{"c1\u009bcsi", `c1\x9bcsi`, "a C1 control (8-bit CSI)"},
		{"bad\xffutf8", `bad\xffutf8`, "invalid UTF-8"},
		{"abc\u202edcba", `abc\u202edcba`, "a bidirectional override"},
		{"  spaced   out  ", "spaced out", "runs of spaces"},
		{"Привет, мир", "Привет, мир", "Cyrillic untouched"},
		{"token " + leaktest.TokY0 + "\n\x1b[31m", `token [redacted] \x1b[31m`, "redacted and made safe"},
	}
	for _, tt := range tests {
		if got := fault.Printable(tt.in); got != tt.want {
			t.Errorf("Printable(%q) = %q; want %q (%s)", tt.in, got, tt.want, tt.why)
		}
	}
}

// FuzzRedact puts each token shape in fuzzed surroundings and runs it
// through Printable: the token must never come out, and the text must be
// one line without a control character. The one arrangement left out is a
// "page" glued before a token key, which makes it a page token.
func FuzzRedact(f *testing.F) {
	f.Add("Invalid token: ", " end", uint8(0))
	f.Add(`{"token": "`, `"}`, uint8(2))
	f.Add("Authorization: Bearer ", "\nnext", uint8(1))
	f.Add("<token>", "</token>", uint8(3))
	f.Add("token\n", "", uint8(3))
	f.Fuzz(func(t *testing.T, before, after string, which uint8) {
		shapes := []struct{ prefix, tok string }{
			{"", leaktest.TokY0}, {"", leaktest.TokAQ}, {"", leaktest.TokACMA}, {"token: ", leaktest.TokHex}, {"Bearer ", leaktest.TokHex39},
			{"access_token=", leaktest.TokHex}, {`"token":"`, leaktest.TokHex}, {"<token>", leaktest.TokHex},
		}
		sh := shapes[int(which)%len(shapes)]
		if strings.HasSuffix(strings.ToLower(before), "page") || strings.Contains(before+after, sh.tok) {
			return
		}
		in := before + sh.prefix + sh.tok + after
		p := fault.Printable(in)
		if strings.Contains(p, sh.tok) {
			t.Fatalf("Printable(%q) = %q: the token survives", in, p)
		}
		for _, r := range p {
			if r < ' ' || r == 0x7f || r >= 0x80 && r < 0xa0 || r == '\u2028' || r == '\u2029' || r == '\u200b' || r == '\u202e' {
				t.Fatalf("Printable(%q) = %q holds character %U", in, p, r)
			}
		}
		if again := fault.Printable(p); strings.Contains(again, sh.tok) {
			t.Fatalf("Printable(Printable(%q)) = %q: the token comes back", in, again)
		}
	})
}

// redactHostile returns texts of about n bytes built to make a redactor
// work hardest: credential words with no value, with values that fail the
// test, with unclosed quotes, and many real tokens.
func redactHostile(n int) map[string]string {
	fill := func(piece string) string { return strings.Repeat(piece, max(n/len(piece), 1)) }
	return map[string]string{
		"words without values":  fill("token bearer OAuth Basic api-key password secret authorization "),
		"values that fail":      fill("Bearer notatoken OAuth credentials token: invalid "),
		"unclosed quotes":       fill(`"token":"x token:"y Bearer "z `),
		"glued runs":            fill("bearer-bearer_tokentoken=") + "x",
		"many tokens":           fill("Bearer " + leaktest.TokY0 + " " + leaktest.TokACMA + " "),
		"vendor sentences only": fill("Api-Key token is invalid. OAuth token is invalid. Campaign not found: 10003. "),
	}
}

// BenchmarkRedact measures Printable on hostile texts of 1 MiB against one
// json.Valid scan of as many bytes (target: at most 20), and against the
// same text at 64 KiB (growth: about 16 when linear).
func BenchmarkRedact(b *testing.B) {
	small, large := redactHostile(64<<10), redactHostile(1<<20)
	for name, text := range large {
		scan := []byte(`"` + strings.Repeat("x", len(text)) + `"`)
		b.Run(strings.ReplaceAll(name, " ", "-"), func(b *testing.B) {
			benchtest.Ratio(b, func() { json.Valid(scan) }, func() { fault.Printable(text) })
		})
		s := small[name]
		b.Run(strings.ReplaceAll(name, " ", "-")+"/growth", func(b *testing.B) {
			benchtest.Ratio(b, func() { fault.Printable(s) }, func() { fault.Printable(text) })
		})
	}
}
