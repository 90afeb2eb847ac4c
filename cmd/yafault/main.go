// Command yafault explains a captured error response of the Yandex Market
// Partner API or the Yandex Direct API: what happened, whether and when to
// retry, what to do, and the request id to quote to support. It also says
// what any catalogued code or message means.
//
// Usage:
//
//	yafault explain [flags] FILE|-
//	yafault codes [flags] [CODE|TEXT]
//
// FILE holds a raw HTTP response as `curl -i` saves it (interim responses
// such as 100 Continue are skipped and the last response is explained), or a
// bare body described with -service, -status and -H. Run yafault -h for the
// flags and the exit status.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"strings"

	"github.com/yafault/yafault"
	"github.com/yafault/yafault/direct"
	"github.com/yafault/yafault/fault"
	"github.com/yafault/yafault/internal/capture"
	"github.com/yafault/yafault/internal/wire"
)

// Exit statuses.
const (
	exitOK     = 0 // the response was read and explained, fault or not; a query matched
	exitInput  = 1 // the input could not be read or parsed; a query matched nothing
	exitUsage  = 2 // bad command line
	exitOutput = 3 // the output could not be written
)

const usage = `yafault explains an error response of the Yandex Market Partner API or the
Yandex Direct API.

Usage:
  yafault explain [flags] FILE    explain a captured response
  yafault explain [flags] -       read it from standard input
  yafault codes [flags] [QUERY]   what a code or message means and what to do
  yafault -h                      show this help

FILE holds a raw HTTP response as 'curl -i' saves it: status line, headers,
blank line, body. Interim responses (100 Continue, a proxy's 200 Connection
established) are skipped and the last response is explained. A request
pasted in front of the response is skipped; only its Host header is used, to
tell the service. With -status, FILE is a bare body instead. The input is
streamed: at most 16 MiB of the body is read, and a note on standard error
says when the body was longer.

Flags of explain:
  -json             print the normalised fault as JSON (null when there is none)
  -items            print only the per-object results of a batch response:
                    the objects with errors or warnings, or with -json every
                    object as a JSON array; exit 1 when the body holds none
  -service NAME     market or direct; default: from the Host or the body
  -status N         the body is bare and came with HTTP status N
  -H 'Name: value'  a response header for a bare body; repeatable

Flags of codes:
  -service NAME     market or direct; default: both
  -status N         prefer Market messages documented under HTTP status N
  -json             print the rows as JSON
QUERY is a Direct code (152), an HTTP status (420: Market's messages for it),
a Market code (UNAUTHORIZED), a reason (POINTS_EXHAUSTED) or a Market message
as received ("Hit rate limit of 4 parallel requests for campaignId 1").
Without QUERY the whole catalog is listed.

Secrets (Api-Key, Authorization, OAuth tokens) are never printed, and
nothing a terminal would act on: control characters and escape sequences
from a response are shown escaped (\x1b), each text on one line.

Exit status:
  0  explain: the response was read and explained, whether or not it holds
     an error; codes: the query matched
  1  explain: the input could not be read, or holds no HTTP response (with
     -items: no per-object results); codes: nothing in the catalog matches
  2  the command line is wrong
  3  the output could not be written (a closed pipe, a full disk)
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	out := &checkedWriter{w: stdout}
	code := dispatch(args, stdin, out, stderr)
	if out.err != nil && code != exitOutput {
		return writeFailed(stderr, out.err)
	}
	return code
}

// checkedWriter remembers the first error of the writer under it and
// writes nothing after it.
type checkedWriter struct {
	w   io.Writer
	err error
}

func (c *checkedWriter) Write(p []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	n, err := c.w.Write(p)
	if err == nil && n < len(p) {
		err = io.ErrShortWrite
	}
	c.err = err
	return n, err
}

// writeFailed reports that the output could not be written.
func writeFailed(stderr io.Writer, err error) int {
	fmt.Fprintf(stderr, "yafault: cannot write the output: %s\n", fault.Printable(err.Error()))
	return exitOutput
}

func dispatch(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	switch args[0] {
	case "-h", "-help", "--help", "help":
		fmt.Fprint(stdout, usage)
		return exitOK
	case "explain":
		return explain(args[1:], stdin, stdout, stderr)
	case "codes":
		return codes(args[1:], stdout, stderr)
	}
	fmt.Fprintf(stderr, "yafault: unknown command %q\n\n%s", args[0], usage)
	return exitUsage
}

type headerFlags []string

func (h *headerFlags) String() string     { return strings.Join(*h, ", ") }
func (h *headerFlags) Set(v string) error { *h = append(*h, v); return nil }

func explain(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("explain", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	asJSON := fs.Bool("json", false, "")
	onlyItems := fs.Bool("items", false, "")
	service := fs.String("service", "", "")
	status := fs.Int("status", 0, "")
	var headers headerFlags
	fs.Var(&headers, "H", "")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprint(stdout, usage)
			return exitOK
		}
		fmt.Fprintf(stderr, "yafault explain: %s\n", fault.Printable(err.Error()))
		return exitUsage
	}
	if fs.NArg() != 1 {
		fmt.Fprint(stderr, "yafault explain: want exactly one FILE (or - for standard input)\n")
		return exitUsage
	}
	svc := fault.Service(strings.ToLower(*service))
	if svc != "" && svc != fault.Market && svc != fault.Direct {
		fmt.Fprintf(stderr, "yafault explain: -service must be market or direct, not %q\n", fault.Printable(*service))
		return exitUsage
	}
	if *status != 0 && (*status < 100 || *status > 999) {
		fmt.Fprintf(stderr, "yafault explain: -status must be an HTTP status, not %d\n", *status)
		return exitUsage
	}
	hdr := http.Header{}
	for _, kv := range headers {
		name, value, ok := strings.Cut(kv, ":")
		if !ok || strings.TrimSpace(name) == "" {
			fmt.Fprintf(stderr, "yafault explain: -H wants 'Name: value', got %q\n", fault.Printable(kv))
			return exitUsage
		}
		hdr.Add(strings.TrimSpace(name), strings.TrimSpace(value))
	}

	in, closeInput, err := openInput(fs.Arg(0), stdin)
	if err != nil {
		fmt.Fprintf(stderr, "yafault explain: %s\n", fault.Printable(err.Error()))
		return exitInput
	}
	defer closeInput()
	code, h := *status, hdr
	var body []byte
	var cut bool
	if *status == 0 {
		// The capture is streamed: only the body is held, up to the most
		// any reading of it looks at.
		r, err := capture.Read(in, yafault.ItemsBodyLimit)
		if err != nil {
			fmt.Fprintf(stderr, "yafault explain: %s: %s\n", fault.Printable(fs.Arg(0)), fault.Printable(err.Error()))
			return exitInput
		}
		code, body, cut = r.Status, r.Body, r.Cut
		h = r.Header
		for k, vs := range hdr { // -H adds to or overrides the capture's headers
			h[k] = vs
		}
		if svc == "" && r.Host != "" {
			svc = yafault.ServiceOf(&url.URL{Host: r.Host})
		}
	} else {
		body, cut, err = capture.ReadBody(in, yafault.ItemsBodyLimit)
		if err != nil {
			fmt.Fprintf(stderr, "yafault explain: %s\n", fault.Printable(err.Error()))
			return exitInput
		}
	}
	if cut {
		fmt.Fprintf(stderr, "yafault explain: note: the body is longer than %d MiB; only its first %d MiB were read (an error document is read on its first %d MiB)\n",
			yafault.ItemsBodyLimit>>20, yafault.ItemsBodyLimit>>20, yafault.DefaultBodyLimit>>20)
	}
	if *onlyItems {
		return explainItems(svc, code, h, body, *asJSON, stdout, stderr)
	}
	f, _ := errors.AsType[*fault.Fault](yafault.Normalize(svc, code, h, body))
	if *asJSON {
		var v any
		if f != nil {
			v = f
		}
		return printJSON(v, stdout, stderr)
	}
	io.WriteString(stdout, describe(f, code))
	if wire.Is2xx(code) {
		if rs := direct.Report(code, h); rs.Pending && h.Get("retryIn") != "" {
			fmt.Fprintf(stdout, "report not ready (HTTP %d): ask again with the same parameters in %s", code, rs.RetryIn)
			if rs.InQueue >= 0 {
				fmt.Fprintf(stdout, "; offline reports in the queue: %d (at most 5)", rs.InQueue)
			}
			fmt.Fprintln(stdout)
		}
		if items, err := yafault.Items(svc, h, body); err == nil {
			io.WriteString(stdout, describeItems(items))
		}
	}
	return exitOK
}

// explainItems prints the per-object results of a batch response alone.
func explainItems(svc fault.Service, status int, h http.Header, body []byte, asJSON bool, stdout, stderr io.Writer) int {
	if !wire.Is2xx(status) {
		fmt.Fprintf(stderr, "yafault explain: no per-object results: HTTP %d is an error response; run without -items\n", status)
		return exitInput
	}
	items, err := yafault.Items(svc, h, body)
	switch {
	case errors.Is(err, fault.ErrNotResults):
		fmt.Fprint(stderr, "yafault explain: no per-object results: the body is not a batch results document\n")
		return exitInput
	case err != nil:
		fmt.Fprintf(stderr, "yafault explain: no per-object results: %s\n", fault.Printable(err.Error()))
		return exitInput
	}
	if asJSON {
		if items == nil {
			items = []fault.Item{}
		}
		return printJSON(items, stdout, stderr)
	}
	if s := describeItems(items); s != "" {
		io.WriteString(stdout, strings.TrimPrefix(s, "\n"))
	} else {
		fmt.Fprintf(stdout, "all %d objects succeeded\n", len(items))
	}
	return exitOK
}

func printJSON(v any, stdout, stderr io.Writer) int {
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return writeFailed(stderr, err)
	}
	return exitOK
}

// openInput opens FILE, or standard input for "-".
func openInput(name string, stdin io.Reader) (io.Reader, func(), error) {
	if name == "-" {
		return stdin, func() {}, nil
	}
	file, err := os.Open(name)
	if err != nil {
		return nil, nil, err
	}
	return file, func() { file.Close() }, nil
}
