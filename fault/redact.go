package fault

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Redacted replaces a secret in text that this module prints.
const Redacted = "[redacted]"

// Redact returns s with every credential in it replaced by [Redacted]. It
// finds, in one pass and in time linear in s:
//
//   - Yandex OAuth tokens: y0_... (and y1_..., y2_...), AQAAAA..., glued to
//     other characters or not; a token of another shape (a bare 32-digit
//     hex one, say) after a word that names it (token, Bearer, OAuth);
//   - Market Api-Key tokens, ACMA:...;
//   - the value after an authorization scheme (Bearer, OAuth, Basic),
//     quoted or not, after a space, '=' or ':';
//   - the value of a credential header (Authorization, Api-Key, Cookie, ...)
//     and of a credential key (token, access_token, oauth_token, api_key,
//     password, secret, ...) written as a header line, key=value (also
//     URL-encoded), JSON ("token": "..."), an XML element (<token>...) or
//     attribute.
//
// A value after a word is taken for a credential only when it looks like
// one (8 characters or more, with a digit, an upper-case letter past its
// first or a symbol), unless the key is explicit (key=value, JSON, XML), so
// that the vendor's own sentences ("OAuth token is invalid", "Api-Key token
// is revoked") and ids (numeric request, campaign and order ids, offer SKUs)
// survive.
//
// It is applied to every vendor text this module prints (see [Printable]);
// the fields of a [Fault] keep the vendor's text verbatim.
func Redact(s string) string {
	var r redactor
	r.scan(s)
	if len(r.spans) == 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	last := 0
	for _, sp := range r.spans {
		b.WriteString(s[last:sp[0]])
		b.WriteString(Redacted)
		last = sp[1]
	}
	b.WriteString(s[last:])
	return b.String()
}

// Printable returns s as this module prints any vendor text: credentials
// redacted, on one line, without a character a terminal would act on.
// White space of any kind (line and paragraph separators included) becomes
// one space, and the ends are trimmed; other control characters, invalid
// UTF-8 and the characters that reorder text (bidirectional controls) are
// written as Go escapes (\x1b, \u202e).
func Printable(s string) string { return safe(Redact(s)) }

// safe makes s one line of text a terminal shows as it is. It is the rule
// for this module's own texts too, which need no redaction.
func safe(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < ' ' || c >= 0x7f {
			clean = false
			break
		}
	}
	if clean {
		if len(s) > 0 && (s[0] == ' ' || s[len(s)-1] == ' ') || strings.Contains(s, "  ") {
			return strings.Join(strings.Fields(s), " ")
		}
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	space := false
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			flush(&b, &space)
			b.WriteString(`\x`)
			b.WriteString(strconv.FormatUint(uint64(s[i]), 16))
		case unicode.IsSpace(r):
			space = b.Len() > 0
		case unicode.IsControl(r) || isBidi(r):
			flush(&b, &space)
			if r < 0x100 {
				b.WriteString(`\x`)
				if r < 0x10 {
					b.WriteByte('0')
				}
				b.WriteString(strconv.FormatUint(uint64(r), 16))
			} else {
				b.WriteString(`\u`)
				b.WriteString(strconv.FormatUint(uint64(r), 16))
			}
		default:
			flush(&b, &space)
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

func flush(b *strings.Builder, space *bool) {
	if *space {
		b.WriteByte(' ')
		*space = false
	}
}

// isBidi reports the characters that change the order text is shown in.
func isBidi(r rune) bool {
	switch {
	case r == 0x061c, r == 0x200e, r == 0x200f:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

// redactor finds the spans of s to redact, in order and without overlap.
type redactor struct {
	s     string
	spans [][2]int
}

// Keys, lower case. A header's value runs to the end of its line; a key's
// value is one token.
var (
	headerKeys = []string{"proxy-authorization", "member-authorization", "authorization", "x-auth-token", "payment-token", "set-cookie", "api-key", "cookie"}
	tokenKeys  = []string{"access_token", "refresh_token", "oauth_token", "client_secret", "id_token", "api_key", "apikey", "password", "passwd", "secret", "token"}
	schemes    = []string{"bearer", "oauth", "basic"}
)

func (r *redactor) add(from, to int) {
	if to <= from {
		return
	}
	if n := len(r.spans); n > 0 && from <= r.spans[n-1][1] {
		r.spans[n-1][1] = max(r.spans[n-1][1], to)
		return
	}
	r.spans = append(r.spans, [2]int{from, to})
}

func (r *redactor) scan(s string) {
	r.s = s
	for i := 0; i < len(s); {
		if next := r.at(i); next > i {
			i = next
			continue
		}
		i++
	}
}

// at tries every rule at i and returns where scanning goes on; i when none
// applies.
func (r *redactor) at(i int) int {
	s := r.s
	c := s[i]
	switch {
	case c == 'y' && i+2 < len(s) && isDigit(s[i+1]) && s[i+2] == '_':
		if end := run(s, i+3, isOAuthChar); end-(i+3) >= 16 {
			r.add(i, end)
			return end
		}
	case c == 'A' && strings.HasPrefix(s[i:], "AQAAAA"):
		if end := run(s, i+6, isOAuthChar); end-(i+6) >= 16 {
			r.add(i, end)
			return end
		}
	case c == 'A' && strings.HasPrefix(s[i:], "ACMA:"):
		if end := run(s, i+5, isTokenChar); end-(i+5) >= 8 {
			r.add(i, end)
			return end
		}
	}
	// Credential words are found glued to what comes before them too
	// ("0Bearer x", "mytoken=x"): what follows them decides.
	switch c | 0x20 { // the first letters of the words below
	case 'a', 'b', 'c', 'i', 'm', 'o', 'p', 'r', 's', 't', 'x':
	default:
		return i
	}
	if w := wordAt(s, i, headerKeys); w != "" {
		return r.header(i, i+len(w))
	}
	if w := wordAt(s, i, tokenKeys); w != "" {
		return r.key(i, i+len(w), w == "password" || w == "passwd" || w == "secret" || w == "client_secret")
	}
	if w := wordAt(s, i, schemes); w != "" {
		return r.scheme(i + len(w))
	}
	return i
}

// header reads the value of a credential header named at s[i:j].
func (r *redactor) header(i, j int) int {
	s := r.s
	k := skipQuote(s, j)
	k = skipBlank(s, k)
	if k >= len(s) {
		return i
	}
	switch s[k] {
	case ':':
		v := skipBlank(s, k+1)
		if end, ok := quoted(s, v); ok {
			r.add(quoteEnd(s, v), end-quoteLen(s, v))
			return end
		}
		end := strings.IndexAny(s[v:], "\r\n")
		if end < 0 {
			end = len(s) - v
		}
		r.add(v, v+end)
		return v + end
	case '=':
		v := skipBlank(s, k+1)
		if w := wordAt(s, v, schemes); w != "" {
			return r.scheme(v + len(w))
		}
		return r.value(v, true)
	}
	return i
}

// key reads the value of a credential key named at s[i:j]; a secret key
// (password) is explicit whatever the syntax.
func (r *redactor) key(i, j int, secret bool) int {
	s := r.s
	// An XML element: <token>value</token>.
	if j < len(s) && s[j] == '>' && i > 0 && (s[i-1] == '<' || s[i-1] == ':') {
		end := strings.IndexByte(s[j+1:], '<')
		if end < 0 {
			end = len(s) - j - 1
		}
		v, e := j+1, j+1+end
		for v < e && isBlank(s[v]) {
			v++
		}
		for e > v && isBlank(s[e-1]) {
			e--
		}
		r.add(v, e)
		return j + 1 + end
	}
	k := skipQuote(s, j)
	explicit := k > j || secret // "key": ... is JSON
	k = skipBlank(s, k)
	switch {
	case k < len(s) && (s[k] == '=' || s[k] == ':'):
		explicit = explicit || s[k] == '='
		k++
	case strings.HasPrefix(s[k:], "%3D") || strings.HasPrefix(s[k:], "%3d"):
		explicit = true
		k += 3
	case k > j && k < len(s) && !explicit:
		// token y0_...: a value after a space is taken when it looks
		// like a credential of twenty characters or more.
		if end := run(s, k, isTokenChar); end-k >= 20 && tokenLike(s[k:end]) {
			r.add(k, end)
			return end
		}
		return i
	default:
		return i
	}
	return r.value(skipBlank(s, k), explicit)
}

// scheme reads the credential after an authorization scheme whose name
// ends at j.
func (r *redactor) scheme(j int) int {
	s := r.s
	k := j
	for k < len(s) {
		switch {
		case s[k] == ' ' || s[k] == '\t' || s[k] == '=' || s[k] == ':' || s[k] == '+':
			k++
			continue
		case strings.HasPrefix(s[k:], "%20"):
			k += 3
			continue
		}
		break
	}
	if k == j {
		return j
	}
	if w := wordAt(s, k, []string{"oauth_token"}); w != "" && k+len(w) < len(s) && s[k+len(w)] == '=' {
		k += len(w) + 1
	}
	return r.value(k, false)
}

// value redacts the credential at v: a quoted string, or a run of token
// characters. Unless explicit, the run must look like a credential. It
// returns where scanning goes on: past a value taken, or at a value
// refused, which may itself hold a credential word ("Bearer Bearer x"). A
// refused run has no separator in it, so no credential word inside it takes
// a value, and scanning stays linear.
func (r *redactor) value(v int, explicit bool) int {
	s := r.s
	if end, ok := quoted(s, v); ok {
		in := s[quoteEnd(s, v) : end-quoteLen(s, v)]
		if explicit || tokenLike(in) {
			r.add(quoteEnd(s, v), end-quoteLen(s, v))
			return end
		}
		return v + 1
	}
	end := run(s, v, isTokenChar)
	if end > v && (explicit || tokenLike(s[v:end])) {
		r.add(v, end)
		return end
	}
	return v
}

// quoted reports whether a quoted string starts at v (", ' or JSON's \")
// and closes on the same line, and returns the index after it. It reads no
// further than the first place the string could close, so that scanning
// stays linear.
func quoted(s string, v int) (end int, ok bool) {
	n := quoteLen(s, v)
	if n == 0 {
		return 0, false
	}
	q := s[v]
	for k := v + n; k < len(s); k++ {
		switch c := s[k]; {
		case c == '\r' || c == '\n':
			return 0, false
		case n == 2 && c == '\\':
			if k+1 < len(s) && s[k+1] == '"' {
				return k + 2, true
			}
			k++ // \\ or another escape
		case n == 1 && q == '"' && c == '\\':
			k++ // an escape inside a JSON string
		case n == 1 && c == q:
			return k + 1, true
		}
	}
	return 0, false
}

func quoteLen(s string, v int) int {
	switch {
	case v < len(s) && (s[v] == '"' || s[v] == '\''):
		return 1
	case strings.HasPrefix(s[v:], `\"`):
		return 2
	}
	return 0
}

func quoteEnd(s string, v int) int { return v + quoteLen(s, v) }

// skipQuote skips a quote closing a key: " ' or \".
func skipQuote(s string, j int) int { return j + quoteLen(s, j) }

func skipBlank(s string, k int) int {
	for k < len(s) && isBlank(s[k]) {
		k++
	}
	return k
}

// wordAt returns the word of words (lower case) that s holds at i, ignoring
// case, when the character after it does not continue a word; "" for none.
func wordAt(s string, i int, words []string) string {
	for _, w := range words {
		if len(s)-i < len(w) || s[i+1]|0x20 != w[1] || !strings.EqualFold(s[i:i+len(w)], w) {
			continue
		}
		if e := i + len(w); e < len(s) && isAlnum(s[e]) {
			continue
		}
		return w
	}
	return ""
}

// tokenLike reports whether v looks like a credential rather than a word:
// 8 characters or more, with a digit, an upper-case letter past the first
// or one of . _ ~ + / = : %.
func tokenLike(v string) bool {
	if len(v) < 8 {
		return false
	}
	for i := 0; i < len(v); i++ {
		c := v[i]
		if isDigit(c) || i > 0 && c >= 'A' && c <= 'Z' || strings.IndexByte("._~+/=:%", c) >= 0 {
			return true
		}
	}
	return false
}

func run(s string, i int, in func(byte) bool) int {
	for i < len(s) && in(s[i]) {
		i++
	}
	return i
}

func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isAlnum(c byte) bool  { return isLetter(c) || isDigit(c) }
func isBlank(c byte) bool  { return c == ' ' || c == '\t' }

func isOAuthChar(c byte) bool { return isAlnum(c) || c == '_' || c == '-' }

func isTokenChar(c byte) bool { return isAlnum(c) || strings.IndexByte("._~+/=:%-", c) >= 0 }
