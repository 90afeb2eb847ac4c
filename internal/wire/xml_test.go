package wire

import (
	"strings"
	"testing"

	"github.com/beevik/etree"
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
