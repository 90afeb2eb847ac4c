package wire

import (
	"github.com/beevik/etree"

	"github.com/yafault/yafault/internal/xmlscan"
)

// Bounds on an XML error document before it is parsed into a tree, the
// same for every decoder: a SOAP fault or a report error is a few hundred
// bytes, a handful of levels deep and a dozen elements, and a list of
// errors is built as far as its first MaxEntries entries.
const (
	MaxErrorXML = 256 << 10
	MaxXMLDepth = 64
	MaxXMLNodes = 512 // elements and attributes: a tree of this many is cheap
)

// XMLList names the list of entries of an XML error document: the
// children named Item of the first element named List that is the root or
// a child of the root (local names). The zero XMLList names none.
type XMLList struct{ List, Item string }

// ParseXML reads an XML error document b into doc's tree, within the
// bounds: at most MaxErrorXML bytes, MaxXMLDepth levels and MaxXMLNodes
// elements and attributes, all known from one scan before the tree is
// built. The scanner reads comments, CDATA, instructions and attribute
// values as units, so none can hide a level; entities are never expanded
// and nothing external is fetched.
//
// The entries of list past the first MaxEntries are counted in omitted and
// left out of the tree, as Fault.OmittedErrors counts them, so that a long
// list costs its scan and a tree of MaxEntries entries, whatever its
// length. When b is not read, problem says why, in the words of a
// BodyError, and err is the parser's error, if any.
func ParseXML(doc *etree.Document, b []byte, list XMLList) (root *etree.Element, omitted int, problem string, err error) {
	if len(b) > MaxErrorXML {
		return nil, 0, "XML too large for an error document", nil
	}
	depth, nodes, omitted, cut, err := xmlscan.MeasureList(b, MaxXMLDepth, MaxXMLNodes, list.List, list.Item, MaxEntries)
	switch {
	case depth > MaxXMLDepth:
		return nil, 0, "XML nested too deep", nil
	case nodes > MaxXMLNodes:
		return nil, 0, "XML has too many elements for an error document", nil
	case omitted > 0 && err != nil:
		// The scan stopped short of the list's end: nothing to cut by.
		return nil, 0, "invalid XML", err
	case omitted > 0:
		b = append(append(make([]byte, 0, len(b)-(cut[1]-cut[0])), b[:cut[0]]...), b[cut[1]:]...)
	}
	if err := doc.ReadFromBytes(b); err != nil {
		return nil, 0, "invalid XML", err
	}
	if root = doc.Root(); root == nil {
		return nil, 0, "XML without a root element", nil
	}
	return root, omitted, "", nil
}
