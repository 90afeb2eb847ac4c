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

const usageEN = `yafault explains an error response of the Yandex Market Partner API or the
Yandex Direct API.

Usage:
  yafault explain [flags] FILE    explain a captured response
  yafault explain [flags] -       read it from standard input
  yafault codes [flags] [QUERY]   what a code or message means and what to do
  yafault [-lang en|ru] -h        show this help

FILE holds a raw HTTP response as 'curl -i' saves it: status line, headers,
blank line, body. Interim responses (100 Continue, a proxy's 200 Connection
established) are skipped and the last response is explained. A request
pasted in front of the response is skipped; only its Host header is used, to
tell the service. With -status, FILE is a bare body instead. The input is
streamed: at most 16 MiB of the body is read, and a note on standard error
says when the body was longer.

Flags of explain:
  -lang en|ru       the language of the output; default: the locale's
                    (LC_ALL, LC_MESSAGES, LANG), English unless it is Russian
  -json             print the normalised fault as JSON (null when there is none)
  -items            print only the per-object results of a batch response:
                    the objects with errors or warnings, or with -json every
                    object as a JSON array; exit 1 when the body holds none
  -service NAME     market or direct; default: from the Host or the body
  -status N         the body is bare and came with HTTP status N
  -H 'Name: value'  a response header for a bare body; repeatable

Flags of codes:
  -lang en|ru       the language of the output, as for explain
  -service NAME     market or direct; default: both
  -status N         prefer Market messages documented under HTTP status N
  -json             print the rows as JSON
QUERY is a Direct code (152), an HTTP status (420: Market's messages for it),
a Market code (UNAUTHORIZED), a reason (POINTS_EXHAUSTED), a Market message
as received ("Hit rate limit of 4 parallel requests for campaignId 1"), or
words of a text, in any case ("Not enough units", "Недостаточно баллов").
Without QUERY the whole catalog is listed.

The labels and hints are ours, in English or Russian; the vendors' codes and
texts are shown as they came, and -json output is always in English.

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
	return runEnv(args, os.Getenv, stdin, stdout, stderr)
}

// runEnv runs the command with the environment getenv reads: the locale
// picks the language unless -lang does.
func runEnv(args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) int {
	w, _ := language("", getenv)
	out := &checkedWriter{w: stdout}
	code := dispatch(args, w, stdin, out, stderr)
	if out.err != nil && code != exitOutput {
		return writeFailed(w, stderr, out.err)
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
func writeFailed(w *words, stderr io.Writer, err error) int {
	fmt.Fprintf(stderr, "yafault: "+w.outputNotWritable+"\n", fault.Printable(err.Error()))
	return exitOutput
}

func dispatch(args []string, w *words, stdin io.Reader, stdout, stderr io.Writer) int {
	// -lang may also come before the command: yafault -lang ru -h.
	if value, rest, found := cutLang(args); found {
		args = rest
		var ok bool
		if w, ok = pickLanguage(w, value); !ok {
			fmt.Fprintf(stderr, "yafault: "+w.badLang+"\n", fault.Printable(value))
			return exitUsage
		}
	}
	if len(args) == 0 {
		fmt.Fprint(stderr, w.usage)
		return exitUsage
	}
	switch args[0] {
	case "-h", "-help", "--help", "help":
		fmt.Fprint(stdout, w.usage)
		return exitOK
	case "explain":
		return explain(args[1:], w, stdin, stdout, stderr)
	case "codes":
		return codes(args[1:], w, stdout, stderr)
	}
	fmt.Fprintf(stderr, "yafault: "+w.unknownCommand+"\n\n%s", fault.Printable(args[0]), w.usage)
	return exitUsage
}

type headerFlags []string

func (h *headerFlags) String() string     { return strings.Join(*h, ", ") }
func (h *headerFlags) Set(v string) error { *h = append(*h, v); return nil }

// cutLang reads a -lang flag at the head of args ("-lang ru", "--lang
// ru", "-lang=ru"): its value, the arguments after it, and whether it was
// there.
func cutLang(args []string) (value string, rest []string, found bool) {
	if len(args) == 0 || !strings.HasPrefix(args[0], "-") {
		return "", args, false
	}
	name, value, hasValue := strings.Cut(strings.TrimPrefix(args[0][1:], "-"), "=")
	if name != "lang" {
		return "", args, false
	}
	rest = args[1:]
	if !hasValue && len(rest) > 0 {
		value, rest = rest[0], rest[1:]
	}
	return value, rest, true
}

// langAhead is the language of the last valid -lang among a command's
// flags, found before they are parsed: the flag package stops at -h or a
// bad flag, and what it says then should be in that language too.
func langAhead(w *words, args []string) *words {
	for i := 0; i < len(args) && args[i] != "--"; i++ {
		if value, _, found := cutLang(args[i:]); found {
			if nw, ok := pickLanguage(w, value); ok {
				w = nw
			}
		}
	}
	return w
}

// pickLanguage is the language a -lang value names, and ok; w when the
// value names none, so that the complaint is in the locale's language.
func pickLanguage(w *words, value string) (*words, bool) {
	if value == "" {
		return w, false
	}
	if nw, ok := language(value, nil); ok {
		return nw, true
	}
	return w, false
}

// parseFlags parses a command's flags with its -lang applied first: help
// is printed, and a bad flag reported, in the language asked for. ok is
// false when the command is done, with code its exit status.
func parseFlags(fs *flag.FlagSet, lang *string, args []string, w **words, stdout, stderr io.Writer) (code int, ok bool) {
	*w = langAhead(*w, args)
	err := fs.Parse(args)
	set := false
	fs.Visit(func(f *flag.Flag) { set = set || f.Name == "lang" })
	if set { // an empty -lang= is refused, as before the command
		nw, ok := pickLanguage(*w, *lang)
		*w = nw
		if !ok {
			fmt.Fprintf(stderr, "yafault %s: "+nw.badLang+"\n", fs.Name(), fault.Printable(*lang))
			return exitUsage, false
		}
	}
	switch {
	case errors.Is(err, flag.ErrHelp):
		fmt.Fprint(stdout, (*w).usage)
		return exitOK, false
	case err != nil:
		fmt.Fprintf(stderr, "yafault %s: %s\n", fs.Name(), fault.Printable((*w).flagError(err)))
		return exitUsage, false
	}
	return 0, true
}

func explain(args []string, w *words, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("explain", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	lang := fs.String("lang", "", "")
	asJSON := fs.Bool("json", false, "")
	onlyItems := fs.Bool("items", false, "")
	service := fs.String("service", "", "")
	status := fs.Int("status", 0, "")
	var headers headerFlags
	fs.Var(&headers, "H", "")
	if code, ok := parseFlags(fs, lang, args, &w, stdout, stderr); !ok {
		return code
	}
	if fs.NArg() != 1 {
		fmt.Fprint(stderr, "yafault explain: "+w.oneFileOrStdin+"\n")
		return exitUsage
	}
	svc := fault.Service(strings.ToLower(*service))
	if svc != "" && svc != fault.Market && svc != fault.Direct {
		fmt.Fprintf(stderr, "yafault explain: "+w.badService+"\n", fault.Printable(*service))
		return exitUsage
	}
	if *status != 0 && (*status < 100 || *status > 999) {
		fmt.Fprintf(stderr, "yafault explain: "+w.badStatus+"\n", *status)
		return exitUsage
	}
	hdr := http.Header{}
	for _, kv := range headers {
		name, value, ok := strings.Cut(kv, ":")
		if !ok || strings.TrimSpace(name) == "" {
			fmt.Fprintf(stderr, "yafault explain: "+w.badHeader+"\n", fault.Printable(kv))
			return exitUsage
		}
		hdr.Add(strings.TrimSpace(name), strings.TrimSpace(value))
	}

	in, closeInput, err := openInput(fs.Arg(0), stdin)
	if err != nil {
		fmt.Fprintf(stderr, "yafault explain: %s\n", fault.Printable(w.inputError(fs.Arg(0), err)))
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
			fmt.Fprintf(stderr, "yafault explain: %s\n", fault.Printable(w.inputError(fs.Arg(0), err)))
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
			fmt.Fprintf(stderr, "yafault explain: %s\n", fault.Printable(w.inputError(fs.Arg(0), err)))
			return exitInput
		}
	}
	if cut {
		fmt.Fprintf(stderr, "yafault explain: "+w.bodyCut+"\n",
			yafault.ItemsBodyLimit>>20, yafault.ItemsBodyLimit>>20, yafault.DefaultBodyLimit>>20)
	}
	if *onlyItems {
		return explainItems(w, svc, code, h, body, *asJSON, stdout, stderr)
	}
	f, _ := errors.AsType[*fault.Fault](yafault.Normalize(svc, code, h, body))
	if *asJSON {
		var v any
		if f != nil {
			v = f
		}
		return printJSON(w, v, stdout, stderr)
	}
	io.WriteString(stdout, describe(w, f, code))
	if wire.Is2xx(code) {
		if rs := direct.Report(code, h); rs.Pending && h.Get("retryIn") != "" {
			fmt.Fprintf(stdout, w.reportNotReady, code, w.duration(rs.RetryIn))
			if rs.InQueue >= 0 {
				fmt.Fprintf(stdout, w.reportQueue, rs.InQueue)
			}
			fmt.Fprintln(stdout)
		}
		if items, err := yafault.Items(svc, h, body); err == nil {
			io.WriteString(stdout, describeItems(w, items))
		}
	}
	return exitOK
}

// explainItems prints the per-object results of a batch response alone.
func explainItems(w *words, svc fault.Service, status int, h http.Header, body []byte, asJSON bool, stdout, stderr io.Writer) int {
	if !wire.Is2xx(status) {
		fmt.Fprintf(stderr, "yafault explain: "+w.errorResponse+"\n", status)
		return exitInput
	}
	items, err := yafault.Items(svc, h, body)
	switch {
	case errors.Is(err, fault.ErrNotResults):
		fmt.Fprint(stderr, "yafault explain: "+w.notBatch+"\n")
		return exitInput
	case err != nil:
		fmt.Fprintf(stderr, "yafault explain: "+w.noResults+"\n", fault.Printable(err.Error()))
		return exitInput
	}
	if asJSON {
		if items == nil {
			items = []fault.Item{}
		}
		return printJSON(w, items, stdout, stderr)
	}
	if s := describeItems(w, items); s != "" {
		io.WriteString(stdout, strings.TrimPrefix(s, "\n"))
	} else {
		fmt.Fprintf(stdout, w.allSucceeded+"\n", len(items))
	}
	return exitOK
}

func printJSON(w *words, v any, stdout, stderr io.Writer) int {
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return writeFailed(w, stderr, err)
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
