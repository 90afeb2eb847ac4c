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
// byte. A Direct call whose body is at hand (a JSON call made with a
// replayable body) and that only reads (get, check..., the Reports service)
// counts as idempotent for CheckRetry, as a request made with
// WithIdempotent does.
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
// carries.
func (t *Transport) RoundTrip(req *http.Request) (*http.Response, error) {
	svc := t.Service
	if svc == "" {
		svc = ServiceOf(req.URL)
	}
	r, send := readRequest(req, svc)
	var tk *ticket
	if t.Budget != nil && svc != "" {
		var err error
		if tk, err = t.Budget.admit(req.Context(), r); err != nil {
			if f, ok := errors.AsType[*fault.Fault](err); ok && r.readish {
				markIdempotent(f)
			}
			closeBody(req)
			return nil, err
		}
	}
	base := t.Base
	if base == nil {
		base = http.DefaultTransport
	}
	resp, err := base.RoundTrip(send)
	if err != nil {
		if tk != nil {
			tk.settle(nil, nil)
			tk.done()
		}
		if r.readish {
			return nil, &readError{err}
		}
		return nil, err
	}
	f := fromResponse(resp, svc, DefaultBodyLimit)
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
		resp.Body = &settledBody{ReadCloser: resp.Body, done: tk.done}
	}
	return resp, nil
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
