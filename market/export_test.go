package market

import "github.com/yafault/yafault/internal/pattern"

// catalogIndex is a message catalog built from part of the rows, for
// measuring that matching costs the same whatever the catalog's size.
type catalogIndex struct{ x *pattern.Index[*messageRow] }

// newCatalogIndex indexes every n-th row of the catalog (n = 1: all), plus
// the rows that the given messages match, so that both sizes find the same
// answers.
func newCatalogIndex(n int, msgs ...string) catalogIndex {
	x := new(pattern.Index[*messageRow])
	keep := map[*messageRow]bool{}
	for _, m := range msgs {
		if r, _ := lookup(0, m); r != nil {
			keep[r] = true
		}
	}
	for i := range messageRows {
		if i%max(n, 1) == 0 || keep[&messageRows[i]] {
			x.Add(messageRows[i].Pattern, &messageRows[i])
		}
	}
	return catalogIndex{x}
}

// classify matches msg against the index as Classify does against the full
// catalog, and returns the reason found ("" for none).
func (c catalogIndex) classify(status int, msg string) string {
	r, _, ok := c.x.Best(msg, func(r *messageRow) bool { return r.Status == status })
	if !ok {
		return ""
	}
	return r.Reason
}
