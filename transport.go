package yafault

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"runtime"
	"sync"
	"weak"

	"github.com/yafault/yafault/fault"
)

// Transport is an http.RoundTripper that turns every answer of Market or
// Direct that carries an error, whatever its status (Direct's HTTP 200
// included), into a *fault.Fault, and can keep its requests inside the
// vendor's limits with a Budget. As the Transport of an http.Client it
// wires the library into any client in one line:
//
//	client := &http.Client{Transport: &yafault.Transport{Budget: budget}}
//
// which generated clients take through their HTTP client option
// (WithHTTPClient, cfg.HTTPClient) and go-retryablehttp through its
// HTTPClient.
//
// A response that carries a fault comes back as (nil, *fault.Fault), with
// its body read (up to DefaultBodyLimit) and closed; http.Client wraps the
// error in a *url.Error, through which errors.As and errors.AsType find the
// fault. A success comes back untouched, its body streamable from its first
// byte; a redirect comes back as it is, for http.Client to follow. A Direct
// call that only reads (its method, read from the start of its JSON body,
// is get, check... or another read; or it goes to the Reports service)
// counts as idempotent for CheckRetry, as a request made with
// WithIdempotent does. The caller's request is never changed: when its
// body's start is read, a copy is sent whose body gives it back first. A
// Budget paces only the requests whose service is known.
type Transport struct {
	// Base sends the requests; nil means http.DefaultTransport.
	Base http.RoundTripper
	// Service is the API behind every request; "" means: from the request
	// URL's host, then from the body. Set it behind a proxy or a test
	// server, whose host says nothing.
	Service fault.Service
	// Budget paces the requests; nil means no pacing.
	Budget *Budget
}

// RoundTrip sends req and returns its answer, or the fault the answer
// carries. A redirect (3xx) comes back as it is, for http.Client to follow.
func (t *Transport) RoundTrip(req *http.Request) (*http.Response, error) {
	if req.URL == nil {
		closeBody(req)
		return nil, errors.New("yafault: nil Request.URL")
	}
	svc := t.Service
	if svc == "" {
		svc = ServiceOf(req.URL)
	}
	r, send, err := readRequest(req, svc)
	if err != nil {
		closeBody(req)
		return nil, err
	}
	var tk *ticket
	if t.Budget != nil && svc != "" {
		if tk, err = t.Budget.admit(req.Context(), r); err != nil {
			if f, ok := errors.AsType[*fault.Fault](err); ok && r.readish {
				markIdempotent(f)
			}
			closeBody(send)
			return nil, err
		}
	}
	resp, err := t.base().RoundTrip(send)
	if err == nil && resp == nil {
		err = errors.New("yafault: the base RoundTripper returned no response and no error")
	}
	if err != nil {
		if resp != nil && resp.Body != nil {
			resp.Body.Close()
		}
		if tk != nil {
			tk.fail(err)
			tk.done()
		}
		if r.readish {
			return nil, &readError{err}
		}
		return nil, err
	}
	if resp.Body == nil {
		resp.Body = http.NoBody
	}
	var f *fault.Fault
	if resp.StatusCode < 300 || resp.StatusCode > 399 {
		f = fromResponse(resp, svc, DefaultBodyLimit)
	}
	if tk != nil {
		tk.settle(resp, f)
	}
	if f != nil {
		resp.Body.Close()
		if tk != nil {
			tk.done()
		}
		if r.readish {
			markIdempotent(f)
		}
		return nil, f
	}
	if tk != nil {
		if resp.Body == http.NoBody {
			tk.done() // nothing to read: nobody will close it
		} else {
			sb := &settledBody{ReadCloser: resp.Body, done: tk.done}
			// A body dropped without a Close still gives its slots back
			// once it is collected.
			runtime.AddCleanup(sb, func(done func()) { done() }, tk.done)
			resp.Body = sb
		}
	}
	return resp, nil
}

func (t *Transport) base() http.RoundTripper {
	if t.Base != nil {
		return t.Base
	}
	return http.DefaultTransport
}

// CloseIdleConnections closes the idle connections of the base
// RoundTripper, when it has any, so that http.Client's
// CloseIdleConnections reaches it.
func (t *Transport) CloseIdleConnections() {
	if c, ok := t.base().(interface{ CloseIdleConnections() }); ok {
		c.CloseIdleConnections()
	}
}

// closeBody closes a request's body that will not be sent, as RoundTrip
// must.
func closeBody(req *http.Request) {
	if req.Body != nil {
		req.Body.Close()
	}
}

// settledBody gives back a request's slots once its answer's body is read
// to its end or closed.
type settledBody struct {
	io.ReadCloser
	done func()
}

func (s *settledBody) Read(p []byte) (int, error) {
	n, err := s.ReadCloser.Read(p)
	if err != nil {
		s.done()
	}
	return n, err
}

func (s *settledBody) Close() error {
	err := s.ReadCloser.Close()
	s.done()
	return err
}

// readError is a transport error of a request that only reads: CheckRetry
// resends it as it does an idempotent one. It unwraps to the error.
type readError struct{ err error }

func (e *readError) Error() string { return e.err.Error() }
func (e *readError) Unwrap() error { return e.err }

// Timeout reports whether the wrapped error is a timeout, as url.Error
// asks its error directly.
func (e *readError) Timeout() bool {
	var t interface{ Timeout() bool }
	return errors.As(e.err, &t) && t.Timeout()
}

// Temporary reports whether the wrapped error says it is temporary, so
// that a readError is still a net.Error where its error was one.
func (e *readError) Temporary() bool {
	var t interface{ Temporary() bool }
	return errors.As(e.err, &t) && t.Temporary()
}

// ErrorType is the wrapped error's type, for OpenTelemetry's error.type:
// the wrapper itself says nothing.
func (e *readError) ErrorType() string {
	var et interface{ ErrorType() string }
	if errors.As(e.err, &et) {
		return et.ErrorType()
	}
	return fmt.Sprintf("%T", e.err)
}

// idempotent remembers the faults of requests that only read, for
// CheckRetry, without keeping them alive: an entry goes with its fault.
var idempotent struct {
	sync.Mutex
	faults map[weak.Pointer[fault.Fault]]struct{}
}

func markIdempotent(f *fault.Fault) {
	key := weak.Make(f)
	idempotent.Lock()
	defer idempotent.Unlock()
	if idempotent.faults == nil {
		idempotent.faults = map[weak.Pointer[fault.Fault]]struct{}{}
	}
	if _, ok := idempotent.faults[key]; ok {
		return
	}
	idempotent.faults[key] = struct{}{}
	runtime.AddCleanup(f, func(key weak.Pointer[fault.Fault]) {
		idempotent.Lock()
		defer idempotent.Unlock()
		delete(idempotent.faults, key)
	}, key)
}

// isIdempotent reports whether f came from a request that only reads.
func isIdempotent(f *fault.Fault) bool {
	idempotent.Lock()
	defer idempotent.Unlock()
	_, ok := idempotent.faults[weak.Make(f)]
	return ok
}
