package wire

import (
	"strings"
	"testing"

	"github.com/beevik/etree"

	"github.com/yafault/yafault/fault"
)

func TestParseXML(t *testing.T) {
	errs := func(n int) string {
		return "<response><errors>" + strings.Repeat(`<error code="X" message="m"/>`, n) + "</errors><status>ERROR</status></response>"
	}
	list := XMLList{"errors", "error"}
	tests := []struct {
		reason  string
		doc     string
		list    XMLList
		entries int    // error elements in the tree
		omitted int    // counted, not built
		problem string // "" when it is read
	}{
		{"a short list is built whole", errs(3), list, 3, 0, ""},
		{"a list of MaxEntries is built whole", errs(MaxEntries), list, MaxEntries, 0, ""},
		{"past MaxEntries entries are counted, not built", errs(MaxEntries + 50), list, MaxEntries, 50, ""},
		{"a list far over the node bound is cut to MaxEntries", errs(5000), list, MaxEntries, 5000 - MaxEntries, ""},
		{"without a list named, the node bound holds", errs(5000), XMLList{}, 0, 0, "too many elements"},
		{"over MaxErrorXML bytes", errs(MaxErrorXML / 20), list, 0, 0, "too large"},
		{"deeper than MaxXMLDepth", strings.Repeat("<a>", MaxXMLDepth+1) + strings.Repeat("</a>", MaxXMLDepth+1), list, 0, 0, "nested too deep"},
		{"a list cut short cannot be cut", strings.TrimSuffix(errs(MaxEntries+5), "</errors><status>ERROR</status></response>"), list, 0, 0, "invalid XML"},
		{"not XML", "<a>&x;</a>", list, 0, 0, "invalid XML"},
		{"no root", "<!-- c -->", list, 0, 0, "without a root"},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			root, omitted, problem, _ := ParseXML(etree.NewDocument(), []byte(tt.doc), tt.list)
			if tt.problem != "" || problem != "" {
				if !strings.Contains(problem, tt.problem) || tt.problem == "" || root != nil {
					t.Fatalf("ParseXML = root %v, problem %q; want no root and a problem saying %q", root, problem, tt.problem)
				}
				return
			}
			if root == nil {
				t.Fatal("ParseXML gave no root")
			}
			got := len(root.SelectElement("errors").SelectElements("error"))
			if got != tt.entries || omitted != tt.omitted {
				t.Errorf("ParseXML built %d entries and omitted %d; want %d and %d", got, omitted, tt.entries, tt.omitted)
			}
			if root.SelectElement("status") == nil {
				t.Error("the elements after the list were lost")
			}
		})
	}
}

func TestOpenXML(t *testing.T) {
	const (
		more, success, undecided = OpenMore, OpenSuccess, OpenUndecided
		market, direct, unknown  = fault.Market, fault.Direct, fault.Service("")
	)
	soapFault := `<soap:Envelope xmlns:soap="s"><soap:Body><soap:Fault>`
	tests := []struct {
		svc    fault.Service
		prefix string
		want   Opening
		reason string
	}{
		{market, `<?xml version="1.0" encoding="UTF-8"?>` + "\n<response>\n  <status>OK</status>", success, "Market's success opens with status OK"},
		{market, `<response><status> OK </status>`, success, "white space around OK"},
		{market, `<response><status>OK`, more, "OK may go on: wait for the end tag"},
		{market, `<response><status>OKAY</status>`, undecided, "not OK"},
		{market, `<response><status>ERROR</status>`, undecided, "an error"},
		{market, `<response><errors><error code="X"/></errors><status>OK</status>`, undecided, "status may come last: decode it all"},
		{market, `<response><error code="404"><message>x</message></error>`, undecided, "the hybrid opens with the legacy error"},
		{market, `<response><status/>`, undecided, "an empty status"},
		{market, `<response><status><!-- c -->OK</status>`, undecided, "a comment in the status: the decoder reads it"},
		{market, `<response><status>&#79;K</status>`, undecided, "OK only once entities are read"},
		{market, `<response>`, more, "nothing past the root yet"},
		{market, `<errors><error message="Bad request"/>`, undecided, "the Content API's list"},
		{market, `<campaigns>`, success, "another root"},
		{market, soapFault, success, "Market sends no SOAP"},
		{direct, soapFault, undecided, "a SOAP fault"},
		{direct, `<response><status>ERROR</status>`, success, "Direct sends no response root"},
		{direct, `<errors>`, success, "nor an errors list"},
		{unknown, soapFault, undecided, "unknown service: Direct's fault"},
		{unknown, `<response><status>ERROR</status>`, undecided, "unknown service: Market's error"},
		{unknown, `<errors>`, undecided, "unknown service: an errors list"},
		{unknown, `<response><status>OK</status>`, success, "unknown service: a success for both"},
		{unknown, `<soap:Envelope xmlns:soap="s"><soap:Body><GetResponse>`, success, "unknown service: a SOAP success"},
		{unknown, `<campaigns>`, success, "unknown service: another root"},
	}
	for _, tt := range tests {
		if got := Open(tt.svc, []byte(tt.prefix)); got != tt.want {
			t.Errorf("Open(%q, %q) = %d; want %d (%s)", tt.svc, tt.prefix, got, tt.want, tt.reason)
		}
	}
}
