// Command gencodes writes docs/codes.md from the catalogs; run it through
// go generate ./... from the module root.
package main

import (
	"fmt"
	"os"

	"github.com/yafault/yafault/internal/codesdoc"
)

func main() {
	out := "docs/codes.md"
	if len(os.Args) > 1 {
		out = os.Args[1]
	}
	if err := os.WriteFile(out, codesdoc.Render(), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "gencodes:", err)
		os.Exit(1)
	}
}
