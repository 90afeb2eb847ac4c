package fault

import (
	"slices"
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
//   - Yandex OAuth tokens: y0_... (and y1_, y2_...) and AQAAAA..., glued to
//     other characters or not;
//   - Market Api-Keys, ACMA:...;
//   - the value after an authorization scheme (Bearer, OAuth, Basic),
//     quoted or not, after a space, '=', ':' or ',' (also URL-encoded);
//   - the value of a credential key (token, access_token, accessToken,
//     oauth_token, api_key, "api key", Authorization, Api-Key, password,
//     secret, токен, ...) written as key=value (also URL-encoded), key:
//     value, JSON (also escaped once or twice, or as &quot;), an XML
//     element (also with attributes, CDATA, or escaped as &lt;) or
//     attribute, or in prose ("Invalid token: 05dd...", "the token is
//     05dd...", "/oauth/token/05dd...").
//
// A value is taken for a credential without a second look when its key
// says so (key=value, a quoted JSON or XML value); after a ':' it must look
// like one (16 characters or more, with a digit, a capital past the first,
// a symbol, or all hexadecimal), and after a space or a short word, 20
// characters or more. So the vendors' sentences ("OAuth token is invalid",
// "Parameter 'token': must not be empty"), page tokens and ids (numeric
// request, campaign and order ids, offer SKUs) survive.
//
// [Printable] applies it to every vendor text this module prints, after
// making the text one line, so that a line break or an odd space cannot
// hide a credential from it; the fields of a [Fault] keep the vendor's text
// verbatim.
func Redact(s string) string {
	var r redactor
	r.scan(s)
	return r.apply(s)
}

// Printable returns s as this module prints any vendor text: on one line,
// without a character a terminal would act on or that hides itself, and
// with every credential redacted. White space of any kind (line and
// paragraph separators included) becomes one space and the ends are
// trimmed; control characters, invisible format characters, invalid UTF-8
// and the characters that reorder text are written as Go escapes (\x1b,
// \u202e).
func Printable(s string) string { return Redact(safe(s)) }

// printableParts applies Printable to texts that are printed together
// (a code, a message and a detail), finding credentials across them: "Invalid
// token" in one and the token in the next is caught.
func printableParts(parts ...string) []string {
	safeParts := make([]string, len(parts))
	var b strings.Builder
	starts := make([]int, len(parts))
	for i, p := range parts {
		safeParts[i] = safe(p)
		if i > 0 {
			b.WriteString(": ")
		}
		starts[i] = b.Len()
		b.WriteString(safeParts[i])
	}
	var r redactor
	r.scan(b.String())
	if len(r.spans) == 0 {
		return safeParts
	}
	out := make([]string, len(parts))
	for i, p := range safeParts {
		var pr redactor
		for _, sp := range r.merged() {
			from, to := max(sp[0]-starts[i], 0), min(sp[1]-starts[i], len(p))
			if from < to {
				pr.spans = append(pr.spans, [2]int{from, to})
			}
		}
		out[i] = pr.apply(p)
	}
	return out
}

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
			b.WriteString(hex2(uint64(s[i])))
		case unicode.IsSpace(r):
			space = b.Len() > 0
		case unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || isBidi(r) || unicode.Is(unicode.Co, r):
			flush(&b, &space)
			if r < 0x100 {
				b.WriteString(`\x` + hex2(uint64(r)))
			} else if r < 0x10000 {
				b.WriteString(`\u` + hex4(uint64(r)))
			} else {
				b.WriteString(`\U` + strings.Repeat("0", 8-len(strconv.FormatUint(uint64(r), 16))) + strconv.FormatUint(uint64(r), 16))
			}
		default:
			flush(&b, &space)
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

func hex2(v uint64) string {
	h := strconv.FormatUint(v, 16)
	if len(h) < 2 {
		h = "0" + h
	}
	return h
}

func hex4(v uint64) string {
	h := strconv.FormatUint(v, 16)
	return strings.Repeat("0", 4-len(h)) + h
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

// apply returns s with r's spans replaced.
func (r *redactor) apply(s string) string {
	if len(r.spans) == 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	last := 0
	for _, sp := range r.merged() {
		b.WriteString(s[last:sp[0]])
		b.WriteString(Redacted)
		last = sp[1]
	}
	b.WriteString(s[last:])
	return b.String()
}

// The credential words, lower case. A key's value is one token; a secret
// key's value is anything up to a space.
var (
	tokenKeys = []string{
		"proxy-authorization", "member-authorization", "authorization", "x-auth-token", "payment-token",
		"access_token", "accesstoken", "refresh_token", "refreshtoken", "oauth_token", "oauthtoken",
		"auth_token", "authtoken", "api_token", "apitoken", "id_token", "idtoken",
		"api-key", "api_key", "apikey", "api key", "token", "токен",
	}
	secretKeys = []string{"client_secret", "clientsecret", "password", "passwd", "secret", "пароль"}
	schemes    = []string{"bearer", "oauth", "basic"}
)

// add records a span; spans come mostly in order (an element's text comes
// before its attributes are scanned), and apply sorts and merges them.
func (r *redactor) add(from, to int) {
	// What is redacted already stays as it is, so that Printable twice is
	// Printable once.
	for strings.HasPrefix(r.s[from:to], Redacted) {
		from += len(Redacted)
	}
	// Punctuation alone is no credential.
	if strings.IndexFunc(r.s[from:to], func(c rune) bool { return c < utf8.RuneSelf && isAlnum(byte(c)) || c >= utf8.RuneSelf }) >= 0 {
		r.spans = append(r.spans, [2]int{from, to})
	}
}

// merged returns the spans in order, overlapping ones joined.
func (r *redactor) merged() [][2]int {
	sp := r.spans
	if !slices.IsSortedFunc(sp, func(a, b [2]int) int { return a[0] - b[0] }) {
		slices.SortFunc(sp, func(a, b [2]int) int { return a[0] - b[0] })
	}
	out := sp[:0]
	for _, x := range sp {
		if n := len(out); n > 0 && x[0] <= out[n-1][1] {
			out[n-1][1] = max(out[n-1][1], x[1])
			continue
		}
		out = append(out, x)
	}
	return out
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
		// y0_ then base64url characters, with capitals and digits: an SKU
		// like toy1_red_car_with_remote has neither.
		if end := run(s, i+3, isOAuthChar); end-(i+3) >= 16 && tokenLike(s[i+3:end], 16) {
			return r.took(i, end)
		}
	case c == 'A' && strings.HasPrefix(s[i:], "AQAAAA"):
		// AQAAAA then 33 characters.
		if end := run(s, i+6, isOAuthChar); end-(i+6) >= 30 {
			return r.took(i, end)
		}
	case c == 'A' && strings.HasPrefix(s[i:], "ACMA:"):
		if end := run(s, i+5, isTokenChar); end-(i+5) >= 8 {
			return r.took(i, end)
		}
	}
	// Credential words are found glued to what comes before them too
	// ("0Bearer x", "mytoken=x"): what follows them decides.
	fw := &firstWords[firstKey(c)]
	if len(fw.token)+len(fw.secret)+len(fw.scheme) == 0 {
		return i
	}
	if w := wordAt(s, i, fw.token); w != "" {
		return r.key(i, i+len(w), false)
	}
	if w := wordAt(s, i, fw.secret); w != "" {
		return r.key(i, i+len(w), true)
	}
	if w := wordAt(s, i, fw.scheme); w != "" {
		return r.scheme(i + len(w))
	}
	return i
}

// firstWords files the credential words by their first byte, lower case,
// so that a position is checked against the few words that can start
// there.
var firstWords = func() (t [256]struct{ token, secret, scheme []string }) {
	for _, w := range tokenKeys {
		t[firstKey(w[0])].token = append(t[firstKey(w[0])].token, w)
	}
	for _, w := range secretKeys {
		t[firstKey(w[0])].secret = append(t[firstKey(w[0])].secret, w)
	}
	for _, w := range schemes {
		t[firstKey(w[0])].scheme = append(t[firstKey(w[0])].scheme, w)
	}
	return t
}()

// firstKey folds a word's first byte: ASCII letters to lower case, the two
// lead bytes of Cyrillic letters to one.
func firstKey(b byte) byte {
	switch {
	case b == 0xd1:
		return 0xd0
	case b < utf8.RuneSelf:
		return b | 0x20
	}
	return b
}

// Thresholds of the looks of a value.
const (
	minAfterColon = 16 // "token: x" takes x from 16 characters
	minAfterSpace = 20 // "token x" takes x from 20 characters
	minScheme     = 16 // "Bearer x" takes x from 16 characters
)

// key reads the value of a credential key named at s[i:j]; a secret key's
// value is anything up to a space.
func (r *redactor) key(i, j int, secret bool) int {
	s := r.s
	if pageToken(s, i) {
		return j // a page token is a cursor, not a credential
	}
	// An XML element: <token>value</token>, with attributes or not, or the
	// same escaped as &lt;token&gt;.
	if open := elementOpen(s, i); open {
		if k, ok := elementBodyStart(s, j); ok {
			r.element(k) // and read on: the attributes may hold credentials too
		}
	}
	q := quoteLen(s, j)
	jsonKey := q > 0 && s[j] != '\''
	k := skipBlank(s, j+q)
	switch {
	case strings.HasPrefix(s[k:], "=>"): // PHP
		return r.value(skipBlank(s, k+2), valueKey)
	case k < len(s) && s[k] == '=', hasPrefixFold(s[k:], "%3D"):
		k += sepLen(s, k)
		return r.value(skipBlank(s, k), valueKey)
	case k < len(s) && s[k] == ':', hasPrefixFold(s[k:], "%3A"):
		k = skipBlank(s, k+sepLen(s, k))
		if jsonKey && quoteLen(s, k) > 0 {
			return r.value(k, valueKey) // "token": "x"
		}
		if secret && quoteLen(s, k) > 0 {
			return r.value(k, valueKey)
		}
		return r.value(k, valueColon)
	case q == 0:
		// Prose: "token x", "token '<x>'", "/token/x", "the token is x":
		// past at most two short words, and never glued to the word
		// ("token-1234...": an SKU).
		k = j
		for words := 0; ; words++ {
			v := skipFiller(s, k)
			if v == k || v >= len(s) {
				return j
			}
			if end := run(s, v, isTokenChar); end-v >= minAfterSpace && tokenLike(s[v:end], minAfterSpace) {
				return r.took(v, end)
			}
			if words == 2 {
				return j
			}
			end := run(s, v, isLetterByte)
			if end == v || end-v > 4 {
				return j
			}
			k = end
		}
	}
	return j
}

// The ways a value is taken.
const (
	valueKey    = iota // named by its key: taken as it is
	valueColon         // after "word:": taken when it looks like a credential
	valueScheme        // after a scheme: likewise, from minScheme
)

// value redacts the credential at v: a quoted string, or a run of token
// characters. It returns where scanning goes on: past a value taken, or at
// a value refused, which may itself be a credential word ("token=Bearer
// x") or hold one; a refused run has no separator in it, so scanning stays
// linear.
func (r *redactor) value(v int, how int) int {
	s := r.s
	if strings.HasPrefix(s[v:], Redacted) {
		return v + len(Redacted) // redacted already: Printable twice is Printable once
	}
	if v < len(s) && strings.IndexByte("<([", s[v]) >= 0 {
		v++ // token: <x>, (x), [x]
	}
	if end, ok := quoted(s, v); ok {
		in, from, to := s[v+quoteLen(s, v):end-quoteLen(s, v)], v+quoteLen(s, v), end-quoteLen(s, v)
		if startsCredentialWord(s, from) {
			return from // token="token": "x": the quoted word is the next key
		}
		if how == valueKey || tokenLike(in, minFor(how)) {
			r.add(from, to)
			// Read the value again from its start: a quote that closes
			// late can hold the next key and its value.
			return from
		}
		return v + 1
	} else if n := quoteLen(s, v); n > 0 {
		v += n // a quote that does not close: the value follows it
		if strings.HasPrefix(s[v:], Redacted) {
			return v + len(Redacted)
		}
	}
	if startsCredentialWord(s, v) {
		return v // token=Bearer x: the word inside takes the value
	}
	end := run(s, v, isTokenChar)
	if how == valueKey && end < len(s) && !isBlank(s[end]) && strings.IndexByte("&;,\"'<>)]}\r\n\\", s[end]) < 0 {
		end = runUntil(s, v, " \t&;,\"'<>)]}\r\n\\") // password=p@ss: up to a delimiter
	}
	if end > v && (how == valueKey || tokenLike(s[v:end], minFor(how))) {
		return r.took(v, end)
	}
	return v
}

// took redacts the run s[v:end] and returns where scanning goes on: past
// it, or, when it ends with a key and its separator or with a scheme
// ("token=0token: x", "token=0Bearer x"), at the value that follows.
func (r *redactor) took(v, end int) int {
	s := r.s
	r.add(v, end)
	t, sep := s[v:end], end
	if c := s[end-1]; c == ':' || c == '=' {
		t, sep = s[v:end-1], end-1
	}
	if endsWith(t, tokenKeys, secretKeys) {
		if k := skipBlank(s, sep); k < len(s) && (s[k] == ':' || s[k] == '=') {
			next := valueColon
			if s[k] == '=' {
				next = valueKey
			}
			return r.value(skipBlank(s, k+1), next)
		}
	}
	if endsWith(s[v:end], schemes) {
		return r.scheme(end)
	}
	return end
}

func minFor(how int) int {
	switch how {
	case valueColon:
		return minAfterColon
	case valueScheme:
		return minScheme
	}
	return 1
}

// scheme reads the credential after an authorization scheme whose name
// ends at j.
func (r *redactor) scheme(j int) int {
	s := r.s
	k := j
	for k < len(s) {
		switch {
		case isBlank(s[k]) || s[k] == '=' || s[k] == ':' || s[k] == '+' || s[k] == ',':
			k++
			continue
		case hasPrefixFold(s[k:], "%20"), hasPrefixFold(s[k:], "%3A"), hasPrefixFold(s[k:], "%3D"):
			k += 3
			continue
		}
		if e := escapeLen(s, k); e > 0 {
			k += e
			continue
		}
		break
	}
	if k == j {
		return j
	}
	if w := wordAt(s, k, []string{"oauth_token"}); w != "" && k+len(w) < len(s) && s[k+len(w)] == '=' {
		return r.value(k+len(w)+1, valueKey)
	}
	return r.value(k, valueScheme)
}

// element redacts the text of an XML element from k, up to the next tag
// (or CDATA's end).
func (r *redactor) element(k int) int {
	s := r.s
	if strings.HasPrefix(s[k:], "<![CDATA[") {
		end := strings.Index(s[k+9:], "]]>")
		if end < 0 {
			end = len(s) - k - 9
		}
		r.add(k+9, k+9+end)
		return k + 9 + end
	}
	end := len(s)
	if e := strings.IndexByte(s[k:], '<'); e >= 0 {
		end = k + e
	}
	if e := strings.Index(s[k:end], "&lt;"); e >= 0 {
		end = k + e
	}
	v, e := k, end
	for v < e && isBlank(s[v]) {
		v++
	}
	for e > v && isBlank(s[e-1]) {
		e--
	}
	r.add(v, e)
	return end
}

// elementOpen reports whether the word at i names an XML element being
// opened: <token, <ns:token, &lt;token.
func elementOpen(s string, i int) bool {
	switch {
	case i > 0 && s[i-1] == '<':
		return true
	case i >= 4 && s[i-4:i] == "&lt;":
		return true
	}
	// <ns:token
	k := i - 1
	if k < 0 || s[k] != ':' {
		return false
	}
	for k--; k >= 0 && k > i-40 && (isAlnum(s[k]) || s[k] == '_' || s[k] == '-' || s[k] == '.'); k-- {
	}
	return k >= 0 && s[k] == '<'
}

// elementBodyStart returns where an element's text starts, after its name
// (ending at j), its attributes and its closing '>' (or &gt;); ok is false
// for a self-closing or unclosed tag.
func elementBodyStart(s string, j int) (int, bool) {
	for k, quote := j, byte(0); k < len(s) && k < j+1024; k++ {
		c := s[k]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '/' && k+1 < len(s) && s[k+1] == '>':
			return 0, false
		case c == '>':
			return k + 1, true
		case c == '&' && strings.HasPrefix(s[k:], "&gt;"):
			return k + 4, true
		case c == '<':
			return 0, false
		}
	}
	return 0, false
}

// pageToken reports whether the key at i is a page token: page token,
// page_token, pageToken, nextPageToken.
func pageToken(s string, i int) bool {
	k := i
	if k > 0 && (s[k-1] == '_' || s[k-1] == ' ' || s[k-1] == '-') {
		k--
	}
	return k >= 4 && strings.EqualFold(s[k-4:k], "page")
}

// endsWith reports whether t ends with a word of the lists.
func endsWith(t string, lists ...[]string) bool {
	for _, list := range lists {
		for _, w := range list {
			if len(t) >= len(w) && strings.EqualFold(t[len(t)-len(w):], w) {
				return true
			}
		}
	}
	return false
}

// startsCredentialWord reports whether a credential word starts at v.
func startsCredentialWord(s string, v int) bool {
	return wordAt(s, v, schemes) != "" || wordAt(s, v, tokenKeys) != "" || wordAt(s, v, secretKeys) != ""
}

// quoted reports whether a quoted string starts at v and closes on the
// same line, and returns the index after it. It reads no further than the
// first place the string could close, so that scanning stays linear.
func quoted(s string, v int) (end int, ok bool) {
	n := quoteLen(s, v)
	if n == 0 {
		return 0, false
	}
	q := s[v : v+n]
	if n == 1 && q == "'" {
		e := strings.IndexAny(s[v+1:], "'\r\n")
		if e < 0 || s[v+1+e] != '\'' {
			return 0, false
		}
		return v + 1 + e + 1, true
	}
	if n == 1 { // a JSON string: an escaped quote does not close it
		for k := v + 1; k < len(s); k++ {
			switch s[k] {
			case '\\':
				k++
			case '"':
				return k + 1, true
			case '\r', '\n':
				return 0, false
			}
		}
		return 0, false
	}
	e := strings.Index(s[v+n:], q)
	if e < 0 {
		return 0, false
	}
	return v + n + e + n, true
}

// quoteLen returns the length of a quote at v: " ' and the same escaped
// for JSON (\", \\\"), HTML (&quot;) or a URL (%22); 0 when there is none.
func quoteLen(s string, v int) int {
	if v >= len(s) {
		return 0
	}
	switch s[v] {
	case '"', '\'':
		return 1
	case '\\':
		k := v
		for k < len(s) && s[k] == '\\' {
			k++
		}
		if k < len(s) && s[k] == '"' {
			return k - v + 1
		}
	case '&':
		if strings.HasPrefix(s[v:], "&quot;") {
			return 6
		}
	case '%':
		if strings.HasPrefix(s[v:], "%22") {
			return 3
		}
	}
	return 0
}

// sepLen returns the length of the separator at k: '=', ':' or their URL
// escapes.
func sepLen(s string, k int) int {
	if s[k] == '%' {
		return 3
	}
	return 1
}

// skipBlank skips blanks, URL-escaped spaces and the escapes safe()
// writes.
func skipBlank(s string, k int) int { return skipSpace(s, k, false) }

// skipFiller skips what may stand between a key word and its value in
// prose: blanks, an opening quote or bracket, a slash.
func skipFiller(s string, k int) int { return skipSpace(s, k, true) }

func skipSpace(s string, k int, prose bool) int {
	for k < len(s) {
		switch c := s[k]; {
		case isBlank(c):
			k++
		case prose && (c == '/' || c == '\'' || c == '"' || c == '<' || c == '(' || c == '[' || c == '`'):
			k++
		case !prose && hasPrefixFold(s[k:], "%20"):
			k += 3
		default:
			if e := escapeLen(s, k); e > 0 {
				k += e
				continue
			}
			return k
		}
	}
	return k
}

// escapeLen returns the length of an escape safe() writes (\x1b, \u200b)
// at k, which stands where an invisible character was; 0 for none.
func escapeLen(s string, k int) int {
	if k+1 >= len(s) || s[k] != '\\' {
		return 0
	}
	n := 0
	switch s[k+1] {
	case 'x':
		n = 2
	case 'u':
		n = 4
	case 'U':
		n = 8
	default:
		return 0
	}
	if k+2+n > len(s) {
		return 0
	}
	for _, c := range []byte(s[k+2 : k+2+n]) {
		if !isHex(c) {
			return 0
		}
	}
	return 2 + n
}

// wordAt returns the word of words (lower case) that s holds at i, ignoring
// case, when the character after it does not continue a word; "" for none.
func wordAt(s string, i int, words []string) string {
	for _, w := range words {
		if len(s)-i < len(w) || w[1] < utf8.RuneSelf && s[i+1]|0x20 != w[1] || !strings.EqualFold(s[i:i+len(w)], w) {
			continue
		}
		if e := i + len(w); e < len(s) && (isAlnum(s[e]) || s[e] >= utf8.RuneSelf) {
			continue
		}
		return w
	}
	return ""
}

// tokenLike reports whether v looks like a credential rather than a word:
// at least min characters, with a digit, a capital past the first or one
// of . ~ + / = : %, or 32 hexadecimal digits and more.
func tokenLike(v string, min int) bool {
	if len(v) < min {
		return false
	}
	hex := len(v) >= 32
	for i := 0; i < len(v); i++ {
		c := v[i]
		if isDigit(c) || i > 0 && c >= 'A' && c <= 'Z' || strings.IndexByte(".~+/=:%", c) >= 0 {
			return true
		}
		if !isHex(c) {
			hex = false
		}
	}
	return hex
}

func run(s string, i int, in func(byte) bool) int {
	for i < len(s) && in(s[i]) {
		i++
	}
	return i
}

func runUntil(s string, i int, stop string) int {
	for i < len(s) && strings.IndexByte(stop, s[i]) < 0 {
		i++
	}
	return i
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

func isDigit(c byte) bool      { return c >= '0' && c <= '9' }
func isHex(c byte) bool        { return isDigit(c) || c|0x20 >= 'a' && c|0x20 <= 'f' }
func isLetterByte(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isAlnum(c byte) bool      { return isLetterByte(c) || isDigit(c) }
func isBlank(c byte) bool      { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

func isOAuthChar(c byte) bool { return isAlnum(c) || c == '_' || c == '-' }

func isTokenChar(c byte) bool { return isAlnum(c) || strings.IndexByte("._~+/=:%-", c) >= 0 }
