package pattern

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The canonical form, in which a message and a pattern's literals are
// compared byte for byte:
//
//   - letters are lower case;
//   - quotes of every kind (' " ` ‘ ’ ‚ “ ” „ « ») are dropped, since
//     servers add and drop them around values;
//   - white space and control characters end a word: a run of them becomes
//     one space between two word characters, and nothing next to
//     punctuation or at either end ("found: 1" and "found:1" are both
//     "found:1").
//
// Word characters are ASCII letters and digits, '_' and every byte of a
// non-ASCII character.

// trailing is the punctuation a message may end with or without.
const trailing = ".!;:,"

// cut stands between the head and the tail of a message longer than
// MaxLook. It is not a word character and no canonical literal holds it, so
// no literal matches across it.
const cut = 0

func isWord(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c >= utf8.RuneSelf
}

func isQuoteRune(r rune) bool {
	switch r {
	case '\'', '"', '`', '‘', '’', '‚', '“', '”', '„', '«', '»':
		return true
	}
	return false
}

// text is a message in canonical form, with the offset in the source of
// each canonical byte (and one more entry: the source's length).
type text struct {
	c    []byte
	orig []int32
	src  string
}

func (t *text) reset(src string) {
	t.c, t.orig, t.src = t.c[:0], t.orig[:0], src
}

// add appends the canonical form of src[from:to].
func (t *text) add(from, to int) {
	s := t.src
	space := false // white space seen since the last byte written
	spaceAt := 0
	emit := func(b byte, at int) {
		if space && len(t.c) > 0 && isWord(t.c[len(t.c)-1]) && isWord(b) {
			t.c = append(t.c, ' ')
			t.orig = append(t.orig, int32(spaceAt))
		}
		space = false
		t.c = append(t.c, b)
		t.orig = append(t.orig, int32(at))
	}
	for i := from; i < to; {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c <= ' ' || c == 0x7f:
				if !space {
					space, spaceAt = true, i
				}
			case c == '\'' || c == '"' || c == '`':
			case 'A' <= c && c <= 'Z':
				emit(c+'a'-'A', i)
			default:
				emit(c, i)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			emit(c, i) // an invalid byte stands for itself
		case unicode.IsSpace(r) || unicode.IsControl(r):
			if !space {
				space, spaceAt = true, i
			}
		case isQuoteRune(r):
		default:
			var buf [utf8.UTFMax]byte
			l := unicode.ToLower(r)
			for _, b := range buf[:utf8.EncodeRune(buf[:], l)] {
				emit(b, i)
			}
		}
		i += n
	}
}

// load makes t the canonical form of msg, or of its first and last
// MaxLook/2 bytes with cut between them when it is longer.
func (t *text) load(msg string) {
	t.reset(msg)
	if len(msg) <= MaxLook {
		t.add(0, len(msg))
	} else {
		head, tail := MaxLook/2, len(msg)-MaxLook/2
		for head > 0 && !utf8.RuneStart(msg[head]) {
			head--
		}
		for tail < len(msg) && !utf8.RuneStart(msg[tail]) {
			tail++
		}
		t.add(0, head)
		t.c = append(t.c, cut)
		t.orig = append(t.orig, int32(head))
		t.add(tail, len(msg))
	}
	t.orig = append(t.orig, int32(len(msg)))
}

// end returns where the trailing punctuation of the canonical text begins.
func (t *text) end() int {
	e := len(t.c)
	for e > 0 && strings.IndexByte(trailing, t.c[e-1]) >= 0 {
		e--
	}
	return e
}

// value returns the source text of canonical bytes [i, j), without
// surrounding white space and one pair of surrounding quotes.
func (t *text) value(i, j int) string {
	v := strings.TrimSpace(t.src[t.orig[i]:t.orig[j]])
	if r, n := utf8.DecodeRuneInString(v); n > 0 && isQuoteRune(r) {
		v = v[n:]
	}
	if r, n := utf8.DecodeLastRuneInString(v); n > 0 && isQuoteRune(r) {
		v = v[:len(v)-n]
	}
	return strings.TrimSpace(v)
}

// canonString returns the canonical form of s.
func canonString(s string) string {
	var t text
	t.reset(s)
	t.add(0, len(s))
	return string(t.c)
}
