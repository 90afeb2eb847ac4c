package direct

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/beevik/etree"
)

// newXMLDoc returns an empty document that reads the encodings
// charsetReader knows.
func newXMLDoc() *etree.Document {
	doc := etree.NewDocument()
	doc.ReadSettings.CharsetReader = charsetReader
	return doc
}

// cp1251High maps the bytes 0x80-0xBF of windows-1251 to runes; 0xC0-0xFF
// are А-я (U+0410-U+044F) and 0x00-0x7F are ASCII. 0x98 is unassigned.
var cp1251High = [64]rune{
	0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021,
	0x20AC, 0x2030, 0x0409, 0x2039, 0x040A, 0x040C, 0x040B, 0x040F,
	0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	utf8.RuneError, 0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F,
	0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6, 0x00A7,
	0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407,
	0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6, 0x00B7,
	0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457,
}

// charsetReader converts an XML document that declares a single-byte
// encoding to UTF-8, for encoding/xml (through etree) to parse. Direct
// answers in UTF-8; windows-1251 is what an older Russian service or a
// proxy in between may still declare, and a fault in it keeps its text
// rather than falling back to the status. The input is an error body
// already bounded by wire.MaxErrorXML, so it is read whole.
func charsetReader(charset string, input io.Reader) (io.Reader, error) {
	decode, ok := singleByte(charset)
	if !ok {
		return nil, fmt.Errorf("unsupported XML encoding %q", charset)
	}
	in, err := io.ReadAll(input)
	if err != nil {
		return nil, err
	}
	return bytes.NewReader(appendDecoded(make([]byte, 0, len(in)+len(in)/2), in, decode)), nil
}

// singleByte returns the decoder of a single-byte encoding the XML readers
// know, and ok.
func singleByte(charset string) (decode func(byte) rune, ok bool) {
	switch strings.ToLower(strings.TrimSpace(charset)) {
	case "windows-1251", "cp1251", "x-cp1251":
		return func(c byte) rune {
			if c >= 0xC0 {
				return 0x0410 + rune(c-0xC0)
			}
			return cp1251High[c-0x80]
		}, true
	case "iso-8859-1", "latin1", "us-ascii", "ascii":
		return func(c byte) rune { return rune(c) }, true
	}
	return nil, false
}

// appendDecoded appends in, decoded from a single-byte encoding, to dst as
// UTF-8.
func appendDecoded(dst, in []byte, decode func(byte) rune) []byte {
	for _, c := range in {
		if c < utf8.RuneSelf {
			dst = append(dst, c)
			continue
		}
		dst = utf8.AppendRune(dst, decode(c))
	}
	return dst
}
