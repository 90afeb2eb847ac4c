package xmlscan

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strings"
	"testing"
)

func TestDepth(t *testing.T) {
	deep := strings.Repeat("<a>", 100) + strings.Repeat("</a>", 100)
	tests := []struct {
		doc    string
		want   int
		err    error
		reason string
	}{
		{`<a><b/><c><d/></c></a>`, 3, nil, "plain nesting, self-closing elements count"},
		{deep, 100, nil, "a hundred levels"},
		{`<a><!-- </a></a></a> -->` + deep + `</a>`, 101, nil, "closing tags in a comment hide nothing"},
		{`<a><![CDATA[</a></a></a>]]>` + deep + `</a>`, 101, nil, "closing tags in CDATA hide nothing"},
		{`<?xml version="1.0"?><?pi </a></a> ?><a>` + deep + `</a>`, 101, nil, "closing tags in a processing instruction hide nothing"},
		{`<a x="/>">` + deep + `</a>`, 101, nil, "'/>' in an attribute value does not close the element"},
		{`<a x='>'><b y="</a>"/></a>`, 2, nil, "'>' and '</a>' in attribute values"},
		{`<!DOCTYPE a [<!ENTITY e "</a></a>"> <!-- > -->]><a>` + deep + `</a>`, 101, nil, "a DOCTYPE with an internal subset, quotes and a comment"},
		{`<a><b>`, 2, ErrShort, "a document cut short"},
		{`</a>`, 0, ErrSyntax, "an end tag with nothing open"},
		{`<a x=1></a>`, 0, ErrSyntax, "an unquoted attribute"},
	}
	for _, tt := range tests {
		got, err := Depth([]byte(tt.doc), 1000)
		if got != tt.want || !errors.Is(err, tt.err) {
			t.Errorf("Depth(%.40q) = %d, %v; want %d, %v (%s)", tt.doc, got, err, tt.want, tt.err, tt.reason)
		}
	}
	if got, _ := Depth([]byte(strings.Repeat("<a>", 1_000_000)), 64); got != 65 {
		t.Errorf("Depth of a million open elements with limit 64 = %d; want 65 (it stops past the limit)", got)
	}
}

func TestRoot(t *testing.T) {
	tests := []struct {
		doc, want string
		err       error
		reason    string
	}{
		{`<?xml version="1.0"?>` + "\n" + `<!-- c --><soap:Envelope xmlns:soap="x"><soap:Body>`, "Envelope", nil, "a prefix is enough"},
		{`<reportDownloadError>`, "reportDownloadError", nil, "no declaration"},
		{`<?xml version="1.0"?><soap:Env`, "", ErrShort, "cut inside the root's start tag"},
		{`   `, "", ErrShort, "white space only"},
		{`text<a/>`, "", ErrSyntax, "text before the root"},
	}
	for _, tt := range tests {
		got, err := Root([]byte(tt.doc))
		if string(got) != tt.want || !errors.Is(err, tt.err) {
			t.Errorf("Root(%q) = %q, %v; want %q, %v (%s)", tt.doc, got, err, tt.want, tt.err, tt.reason)
		}
	}
}

func TestUnescape(t *testing.T) {
	for in, want := range map[string]string{
		"a &lt;b&gt; &amp; &quot;c&quot; &apos;": `a <b> & "c" '`,
		"&#1055;&#x440;&#X0;":                    "Пр&#X0;",
		"&unknown; & &#xZZ;":                     "&unknown; & &#xZZ;",
		"no entities":                            "no entities",
	} {
		if got := Unescape([]byte(in)); got != want {
			t.Errorf("Unescape(%q) = %q; want %q", in, got, want)
		}
	}
}

// FuzzDepth holds the scanner to encoding/xml: on every document that
// encoding/xml reads whole, the scanner reads it too and its depth is at
// least encoding/xml's, so the bound can never be hidden.
func FuzzDepth(f *testing.F) {
	for _, s := range []string{
		`<a><b/></a>`, `<a><!-- </a> --></a>`, `<a><![CDATA[</a>]]></a>`, `<?xml version="1.0"?><a x="/>"><b/></a>`,
		`<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>`, `<a/><b/>`, `<s:E xmlns:s="u"><s:B><f>t</f></s:B></s:E>`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		d := xml.NewDecoder(bytes.NewReader(b))
		d.Strict = true
		depth, most := 0, 0
		for {
			tok, err := d.RawToken()
			if err == io.EOF {
				break
			}
			if err != nil {
				return // not a document encoding/xml reads
			}
			switch tok.(type) {
			case xml.StartElement:
				depth++
				most = max(most, depth)
			case xml.EndElement:
				depth--
			}
		}
		if depth != 0 {
			return
		}
		got, err := Depth(b, 1<<30)
		if err != nil {
			t.Fatalf("Depth(%q) error %v; encoding/xml reads it", b, err)
		}
		if got < most {
			t.Fatalf("Depth(%q) = %d; encoding/xml sees %d", b, got, most)
		}
	})
}
