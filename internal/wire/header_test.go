package wire

import (
	"net/textproto"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestCanonicalNames holds every header name passed to Get, and every
// list of request-id headers, to the canonical form Get relies on: a name
// written otherwise would never be found.
func TestCanonicalNames(t *testing.T) {
	calls := regexp.MustCompile(`\bGet\([\w.]+, "([^"]+)"\)`)
	lists := regexp.MustCompile(`(?s)requestIDHeaders = \[\]string\{([^}]*)\}`)
	quoted := regexp.MustCompile(`"([^"]+)"`)
	seen := 0
	err := filepath.WalkDir("../..", func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() && (d.Name() == "examples" || d.Name() == "testdata") {
			if err == nil {
				return filepath.SkipDir
			}
			return err
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		var names []string
		for _, m := range calls.FindAllStringSubmatch(string(src), -1) {
			names = append(names, m[1])
		}
		for _, m := range lists.FindAllStringSubmatch(string(src), -1) {
			for _, q := range quoted.FindAllStringSubmatch(m[1], -1) {
				names = append(names, q[1])
			}
		}
		for _, n := range names {
			seen++
			if c := textproto.CanonicalMIMEHeaderKey(n); c != n {
				t.Errorf("%s: header name %q is read with Get but is not canonical (%q)", path, n, c)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if seen < 15 {
		t.Errorf("found %d header names; the scan is not reading the sources", seen)
	}
}
