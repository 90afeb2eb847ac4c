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

func TestMeasureList(t *testing.T) {
	tests := []struct {
		doc     string
		dropped int
		nodes   int
		rest    string // the document with cut removed
		reason  string
	}{
		{`<r><errors><error a="1"/><error a="2"/></errors></r>`, 0, 6, `<r><errors><error a="1"/><error a="2"/></errors></r>`, "no more items than kept: nothing is cut"},
		{`<r><errors><error a="1"/> <error a="2"/> <error a="3"/>` + "\n" + `</errors><status>E</status></r>`, 1, 7, `<r><errors><error a="1"/> <error a="2"/> </errors><status>E</status></r>`, "the third item is cut, up to the list's end tag"},
		{`<errors><error><message>x</message></error><error/><error><message>y</message></error><other/><error/></errors>`, 2, 4, `<errors><error><message>x</message></error><error/></errors>`, "the root as the list; what follows the first dropped item goes with it"},
		{`<r><x><errors><error/><error/><error/></errors></x></r>`, 0, 6, "", "a list below the root's children is not the list"},
		{`<r><errors><e><error/><error/><error/></e></errors></r>`, 0, 6, "", "items below the list's children are not items"},
		{`<r><errors><error/></errors><errors><error/><error/><error/></errors></r>`, 0, 7, "", "only the first list counts"},
		{`<r><s:errors xmlns:s="u"><s:error/><s:error/><s:error/></s:errors></r>`, 1, 5, `<r><s:errors xmlns:s="u"><s:error/><s:error/></s:errors></r>`, "names are matched by local name"},
	}
	for _, tt := range tests {
		depth, nodes, dropped, cut, err := MeasureList([]byte(tt.doc), 64, 512, "errors", "error", 2)
		if err != nil || depth == 0 || nodes != tt.nodes || dropped != tt.dropped {
			t.Errorf("MeasureList(%q) = depth %d, nodes %d, dropped %d, %v; want nodes %d, dropped %d (%s)", tt.doc, depth, nodes, dropped, err, tt.nodes, tt.dropped, tt.reason)
			continue
		}
		if tt.rest == "" {
			tt.rest = tt.doc
		}
		if got := tt.doc[:cut[0]] + tt.doc[cut[1]:]; got != tt.rest {
			t.Errorf("MeasureList(%q) cuts %v, leaving %q; want %q (%s)", tt.doc, cut, got, tt.rest, tt.reason)
		}
	}
	many := "<errors>" + strings.Repeat(`<error code="X" message="m"/>`, 100_000) + "</errors>"
	if _, nodes, dropped, _, _ := MeasureList([]byte(many), 64, 512, "errors", "error", 100); nodes != 1+3*100 || dropped != 100_000-100 {
		t.Errorf("MeasureList of 100,000 items keeping 100 = nodes %d, dropped %d; want %d, %d", nodes, dropped, 1+3*100, 100_000-100)
	}
	deep := "<errors><error/><error/><error/>" + strings.Repeat("<a>", 100) + strings.Repeat("</a>", 100) + "</errors>"
	if depth, _, _, _, _ := MeasureList([]byte(deep), 64, 512, "errors", "error", 2); depth <= 64 {
		t.Errorf("MeasureList of a list whose dropped part is deep = depth %d; want it over the limit: what is cut still counts in depth", depth)
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

// FuzzMeasureList checks that what MeasureList cuts leaves a document
// encoding/xml reads whenever it read the whole, so that cutting a list
// short never turns a document into one that does not parse.
func FuzzMeasureList(f *testing.F) {
	for _, s := range []string{
		`<r><errors><error/><error/></errors></r>`, `<errors><error a="1"/>` + "\n" + `<error><m>x</m></error><!-- c --><x/></errors>`,
		`<r><errors><error/><error></error ><error/></errors><status>E</status></r>`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		if !readsWhole(b) {
			return
		}
		_, _, dropped, cut, err := MeasureList(b, 1<<30, 1<<30, "errors", "error", 1)
		if err != nil {
			t.Fatalf("MeasureList(%q) error %v; encoding/xml reads it", b, err)
		}
		if dropped == 0 {
			return
		}
		rest := append(append([]byte(nil), b[:cut[0]]...), b[cut[1]:]...)
		if !readsWhole(rest) {
			t.Fatalf("MeasureList(%q) cuts %v, leaving %q, which encoding/xml does not read", b, cut, rest)
		}
	})
}

// readsWhole reports whether encoding/xml, strict, reads b to its end with
// every element closed by its own end tag.
func readsWhole(b []byte) bool {
	d := xml.NewDecoder(bytes.NewReader(b))
	d.Strict = true
	depth := 0
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return depth == 0
		}
		if err != nil {
			return false
		}
		switch tok.(type) {
		case xml.StartElement:
			depth++
		case xml.EndElement:
			depth--
		}
	}
}
