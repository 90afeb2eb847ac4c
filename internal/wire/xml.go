package wire

import (
	"github.com/beevik/etree"

	"github.com/yafault/yafault/internal/xmlscan"
)

// Bounds on an XML error document before it is parsed into a tree, the
// same for every decoder: a SOAP fault or a report error is a few hundred
// bytes, a handful of levels deep and a dozen elements.
const (
	MaxErrorXML = 256 << 10
	MaxXMLDepth = 64
	MaxXMLNodes = 512 // elements and attributes: a tree of this many is cheap
)

// ParseXML reads an XML error document b into doc's tree, within the
// bounds: at most MaxErrorXML bytes, MaxXMLDepth levels and MaxXMLNodes
// elements and attributes, all known from one scan before the tree is
// built. The scanner reads comments, CDATA, instructions and attribute
// values as units, so none can hide a level; entities are never expanded
// and nothing external is fetched. When b is not read, problem says why,
// in the words of a BodyError, and err is the parser's error, if any.
func ParseXML(doc *etree.Document, b []byte) (root *etree.Element, problem string, err error) {
	if len(b) > MaxErrorXML {
		return nil, "XML too large for an error document", nil
	}
	switch depth, nodes, _ := xmlscan.Measure(b, MaxXMLDepth, MaxXMLNodes); {
	case depth > MaxXMLDepth:
		return nil, "XML nested too deep", nil
	case nodes > MaxXMLNodes:
		return nil, "XML has too many elements for an error document", nil
	}
	if err := doc.ReadFromBytes(b); err != nil {
		return nil, "invalid XML", err
	}
	if root = doc.Root(); root == nil {
		return nil, "XML without a root element", nil
	}
	return root, "", nil
}
