package yafault

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/yafault/yafault/direct"
	"github.com/yafault/yafault/fault"
	"github.com/yafault/yafault/internal/jsonlite"
	"github.com/yafault/yafault/internal/limits"
	"github.com/yafault/yafault/internal/wire"
	"github.com/yafault/yafault/market"
)

// Budget keeps the requests of a process (or of one account) inside the
// limits Market and Direct announce, so that they wait on this side
// instead of meeting a 420, a 152 or a 506 that was foreseeable: a refused
// call still counts against Market's quota, and Direct charges points for
// errors. Give one Budget to the [Transport] of every client that uses the
// same credentials. The zero value is ready to use and a Budget is safe for
// concurrent use.
//
// It learns from every answer and fault:
//
//   - Market's resource quotas from X-RateLimit-Resource-Limit, -Remaining
//     and -Until (corrected by the answer's Date when the clocks differ by
//     seconds), per resource and per store or cabinet; before the first
//     answer, from the documented quota of the operation (the lowest tier's);
//   - Market's parallel limit from its 420 ("Hit rate limit of N parallel
//     requests for campaignId X"), per store or cabinet, starting from the
//     documented four;
//   - Direct's points from Units, per login (the Client-Login header in
//     any case, else, and for an agency spending its own points with
//     Use-Operator-Units, the credential), with what each method last cost;
//     and Direct's connection limit, starting from the documented five per
//     advertiser and lowered by a 506.
//
// A Market request outside a store or a cabinet counts against the
// account its credential (Api-Key or Authorization) belongs to. What a
// Budget learned is forgotten once it holds nothing any more (a window
// ended, no request in flight, points not heard of since the hourly
// refill), and it keeps at most 4096 keys of each kind, so that a Budget
// shared by a whole process stays small. A window is never held longer
// than its resource's period, whatever a clock says.
//
// A request whose budget is known to be spent waits, as long as its context
// allows, when the wait is within MaxWait; otherwise it fails at once,
// without a round trip, with a *fault.Fault whose Reason starts with BUDGET_
// (BUDGET_RESOURCE_SPENT, BUDGET_POINTS_SPENT, BUDGET_PARALLEL_FULL,
// BUDGET_CONNECTIONS_FULL), Refused set (nothing was sent) and RetryAfter
// the wait. A request beyond a parallel or connection limit waits for a
// slot, up to MaxWait.
type Budget struct {
	// MaxWait is how long a request may be held; 0 (or less) means
	// DefaultMaxWait.
	MaxWait time.Duration

	mu       sync.Mutex
	windows  map[string]*window // Market resource quotas, by resource and entity
	parallel map[string]*slots  // Market parallel limits, by entity
	conns    map[string]*slots  // Direct connection limits, by login
	points   map[string]*points // Direct points, by login
	swept    time.Time          // when idle keys were last forgotten
	now      func() time.Time   // time.Now; tests set another
}

// The documented limits a Budget starts from.
const (
	// marketParallel is Market's limit of simultaneous requests per store,
	// cabinet or account (the limits page).
	marketParallel = 4
	// directConnections is Direct's limit of simultaneous requests per
	// advertiser (the points page).
	directConnections = 5
	// windowMargin is how long after a quota window's end a held request
	// waits, so that it does not land in the old window on a clock a little
	// behind Market's.
	windowMargin = 100 * time.Millisecond
	// windowPoll is how often a request held for a window whose end is not
	// known yet looks again.
	windowPoll = 10 * time.Millisecond
	// pointsRefill is how often Direct tops points up: hourly, on each
	// user's own schedule.
	pointsRefill = time.Hour
	// pointsFresh is how long a Units rest stands against a larger one
	// that arrives later: answers can come out of order, refills not so
	// soon.
	pointsFresh = time.Minute
	// sweepEvery is how often a Budget forgets the keys that hold nothing.
	sweepEvery = time.Minute
	// maxKeys bounds each of a Budget's maps: windows, stores and cabinets,
	// logins, and each login's methods.
	maxKeys = 4096
	// maxParallel bounds a parallel limit learned from a message.
	maxParallel = 1000
	// maxCountedBody bounds how much of a request body the Budget reads to
	// count the objects a Market quota counts: a longer one is charged a
	// whole window.
	maxCountedBody = 16 << 20
	// maxMethodPeek is how much of a Direct request body the Budget reads
	// to find its method, and maxMethodName how long a method name is.
	maxMethodPeek = 4 << 10
	maxMethodName = 64
)

func (b *Budget) maxWait() time.Duration {
	if b.MaxWait > 0 {
		return b.MaxWait
	}
	return DefaultMaxWait
}

func (b *Budget) clock() time.Time {
	if b.now != nil {
		return b.now()
	}
	return time.Now()
}

// init makes the maps of a zero Budget; b.mu is held.
func (b *Budget) init() {
	if b.windows == nil {
		b.windows = map[string]*window{}
		b.parallel = map[string]*slots{}
		b.conns = map[string]*slots{}
		b.points = map[string]*points{}
	}
}

// window is what a Budget knows of one Market resource quota.
type window struct {
	limit     int64     // -1 when unknown
	remaining int64     // what Market last said is left, less what was sent since; below 0 when over-reserved
	known     bool      // remaining is known
	until     time.Time // when the window ends, on this clock; zero when unknown
	told      time.Time // the window's end as Market last stated it
	ended     time.Time // the end of the last window rolled over: answers of it are stale
	inflight  int64     // the cost of the requests sent and not answered yet
	period    time.Duration
	local     bool // counted here from the documented quota, not yet told by Market
}

// points is what a Budget knows of one login's Direct points.
type points struct {
	rest     int64     // what Direct last said is left, less what is held for calls since; below 0 when over-held
	known    bool      // rest is known
	inflight int64     // the points held back for calls not answered yet
	seen     time.Time // when rest was last told, or found spent
	spent    bool      // a 152 or a rest below a call's cost: wait for the refill
	cost     map[string]int64
}

// ticket is one admitted request: what to settle when its answer comes.
type ticket struct {
	b        *Budget
	svc      fault.Service
	window   string // the window key; "" for none
	cost     int64
	slots    []*slots
	login    string
	method   string // Direct's path and method, for its cost
	reserved int64  // Direct points held back for the call
	once     sync.Once
}

// request is what the Budget reads of a request before sending it.
type request struct {
	svc     fault.Service
	entity  string // Market: "campaignId 1", "businessId 2", "" for the account
	window  string
	res     limits.Resource
	known   bool // res is from the documented table
	cost    int64
	login   string // Direct: Client-Login or the credential's digest
	method  string // Direct: path and method
	readish bool   // Direct: a read method (get, check...)
}

// readRequest reads what the Budget needs of req. When that means reading
// the start of the body, the request to send is a copy of req whose body
// gives those bytes back first; req itself is left as it is. The error is
// the context's, when it ends while the body is read.
func readRequest(req *http.Request, svc fault.Service) (request, *http.Request, error) {
	r := request{svc: svc, cost: 1}
	send := req
	switch svc {
	case fault.Market:
		r.entity = limits.Entity(req.URL.Path)
		if r.entity == "" {
			// The account the credential belongs to.
			r.entity = credential(req.Header.Get("Api-Key") + req.Header.Get("Authorization"))
		}
		r.res, r.known = limits.Lookup(req.Method, req.URL.Path)
		if r.known {
			r.window = "resource " + strconv.Itoa(r.res.ID) + "|" + r.entity
			if key, ok := strings.CutPrefix(r.res.Count, "req."); ok {
				body, whole, s, err := peekBody(req, maxCountedBody)
				if err != nil {
					return r, nil, err
				}
				send = s
				switch n := countArray(body, key); {
				case !whole:
					// Too long to count here: as costly as a whole window.
					r.cost = int64(r.res.Amount)
				case n > 0:
					r.cost = n
				}
			}
		} else {
			r.window = req.Method + " " + templateOf(req.URL.Path) + "|" + r.entity
		}
	case fault.Direct:
		// Logins are not case-sensitive. An agency spending its own points
		// (Use-Operator-Units) spends one pool for all its clients.
		r.login = strings.ToLower(strings.TrimSpace(req.Header.Get("Client-Login")))
		if r.login == "" || strings.EqualFold(strings.TrimSpace(req.Header.Get("Use-Operator-Units")), "true") {
			if op := credential(req.Header.Get("Authorization")); op != "" {
				r.login = op
			}
		}
		head, _, s, err := peekBody(req, maxMethodPeek)
		if err != nil {
			return r, nil, err
		}
		send = s
		name := directMethod(head)
		r.method = req.URL.Path + " " + name
		r.readish = readMethod(req.URL.Path, name)
	}
	return r, send, nil
}

// templateOf replaces a path's numeric segments by {}, so that a resource
// the table does not hold still has one key per operation.
func templateOf(path string) string {
	segs := limits.Segments(path)
	for i, s := range segs {
		if s != "" && strings.Trim(s, "0123456789") == "" {
			segs[i] = "{}"
		}
	}
	return "/" + strings.Join(segs, "/")
}

// credential is a short digest of a credential, to key a Budget's state by
// it without keeping the credential.
func credential(v string) string {
	if v = strings.TrimSpace(v); v == "" {
		return ""
	}
	sum := sha256.Sum256([]byte(v))
	return "credential " + hex.EncodeToString(sum[:6])
}

// peekBody reads up to n bytes of req's body and returns them, whether
// they are the whole body, and the request to send in req's place: a
// shallow copy whose body gives the bytes back before the rest of req's
// (and closes req's). With no body it returns nil and req. The read gives
// up, closing the body, when the request's context ends.
func peekBody(req *http.Request, n int64) (head []byte, whole bool, send *http.Request, err error) {
	if req.Body == nil || req.Body == http.NoBody {
		return nil, true, req, nil
	}
	type result struct {
		b   []byte
		err error
	}
	done := make(chan result, 1)
	go func() {
		b, err := io.ReadAll(io.LimitReader(req.Body, n+1))
		done <- result{b, err}
	}()
	var res result
	select {
	case res = <-done:
	case <-req.Context().Done():
		req.Body.Close() // unblocks the read
		return nil, false, nil, req.Context().Err()
	}
	head, whole = res.b, int64(len(res.b)) <= n && res.err == nil
	send = req.Clone(req.Context())
	send.Body = &peekedBody{Reader: io.MultiReader(bytes.NewReader(head), &errReader{req.Body, res.err}), Closer: req.Body}
	if int64(len(head)) > n {
		head = head[:n]
	}
	return head, whole, send, nil
}

// peekedBody is a request body whose start was read ahead.
type peekedBody struct {
	io.Reader
	io.Closer
}

// errReader gives a read error met while peeking in its turn, else reads r.
type errReader struct {
	r   io.Reader
	err error
}

func (e *errReader) Read(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	return e.r.Read(p)
}

// countArray counts the elements of a JSON body's top-level array key; 0
// when the body is not JSON or has none (or was longer than was read).
func countArray(body []byte, key string) int64 {
	v, err := jsonlite.Parse(body)
	if err != nil {
		return 0
	}
	n := int64(0)
	v.Get(key).Each(func(jsonlite.Value) bool { n++; return true })
	return n
}

// directMethod returns the method a Direct JSON call names ("get", "add")
// in the start of its body; "" when there is none. The method comes first
// in Direct's requests, before the parameters, which can be long.
func directMethod(head []byte) string {
	i := bytes.Index(head, []byte(`"method"`))
	if i < 0 {
		return ""
	}
	rest := bytes.TrimLeft(head[i+len(`"method"`):], " \t\r\n")
	rest, ok := bytes.CutPrefix(rest, []byte(":"))
	if !ok {
		return ""
	}
	rest, ok = bytes.CutPrefix(bytes.TrimLeft(rest, " \t\r\n"), []byte(`"`))
	if !ok {
		return ""
	}
	end := bytes.IndexByte(rest, '"')
	if end < 0 || end > maxMethodName {
		return ""
	}
	return string(rest[:end])
}

// readMethod reports whether a Direct call only reads: the get and check
// methods, Keyword Research's hasSearchVolume and deduplicate, and the
// Reports service (the same parameters give the same report).
func readMethod(path, method string) bool {
	if strings.HasSuffix(strings.TrimSuffix(path, "/"), "/reports") {
		return true
	}
	switch {
	case method == "get", strings.HasPrefix(method, "check"), method == "hasSearchVolume", method == "deduplicate":
		return true
	}
	return false
}

// admit holds req until its budget allows it, or refuses it with a fault.
// The ticket it returns must be settled once, with the answer.
// The error is a *fault.Fault, or the context's error when it ended first.
func (b *Budget) admit(ctx context.Context, r request) (*ticket, error) {
	deadline := b.clock().Add(b.maxWait())
	t := &ticket{b: b, svc: r.svc, window: r.window, cost: r.cost, login: r.login, method: r.method}
	// Quotas first, so that a request does not hold a slot while it waits
	// for its window.
	for {
		wait, f := b.reserve(t, r, deadline)
		if f != nil {
			return nil, f
		}
		if wait == 0 {
			break
		}
		if err := sleep(ctx, wait); err != nil {
			return nil, err
		}
	}
	var keys []*slots
	switch r.svc {
	case fault.Market:
		keys = append(keys, b.slotsOf(&b.parallel, r.entity, marketParallel))
	case fault.Direct:
		keys = append(keys, b.slotsOf(&b.conns, r.login, directConnections))
	}
	for _, s := range keys {
		if err := s.acquire(ctx, deadline, b.clock); err != nil {
			t.settle(nil, nil)
			t.done()
			if err != errSlotTimeout {
				return nil, err
			}
			reason := reasonParallelFull
			if r.svc == fault.Direct {
				reason = reasonConnectionsFull
			}
			return nil, b.refusal(r.svc, reason, time.Second)
		}
		t.slots = append(t.slots, s)
	}
	return t, nil
}

// slotsOf returns the slots of key in *m, made with capacity n.
func (b *Budget) slotsOf(m *map[string]*slots, key string, n int) *slots {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.init()
	s, ok := (*m)[key]
	if !ok {
		b.sweep(b.clock())
		s = &slots{capacity: n}
		if roomFor(*m, (*slots).idle) {
			(*m)[key] = s
		}
	}
	return s
}

// roomFor makes room in a Budget's map for one more key, once the map has
// maxKeys, by forgetting the keys that hold nothing (idle); it reports
// whether there is room. A Budget lives as long as its process, and its
// keys come from request paths and headers: they must not grow without
// bound. A key there is no room for is not kept: its request goes unpaced.
func roomFor[V any](m map[string]V, idle func(V) bool) bool {
	if len(m) < maxKeys {
		return true
	}
	forget(m, idle)
	return len(m) < maxKeys
}

// forget deletes the idle keys of m.
func forget[V any](m map[string]V, idle func(V) bool) {
	for k, v := range m {
		if idle(v) {
			delete(m, k)
		}
	}
}

// sweep forgets every key that holds nothing any more, at most once every
// sweepEvery: a window that has ended, slots nobody holds or waits for
// (their capacity, lowered by a 506 or a 420, starts afresh), points not
// heard of since the last refill; b.mu is held.
func (b *Budget) sweep(now time.Time) {
	if now.Sub(b.swept) < sweepEvery && now.After(b.swept) {
		return
	}
	b.swept = now
	forget(b.windows, func(w *window) bool { return w.idle(now) })
	forget(b.parallel, (*slots).idle)
	forget(b.conns, (*slots).idle)
	forget(b.points, func(p *points) bool { return p.idle(now) })
}

func (w *window) idle(now time.Time) bool { return w.inflight == 0 && !w.until.After(now) }

func (p *points) idle(now time.Time) bool {
	return p.inflight == 0 && (!p.known || now.Sub(p.seen) >= pointsRefill)
}

// idle reports whether no request holds or waits for a slot.
func (s *slots) idle() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.inUse == 0 && len(s.waiters) == 0
}

// reserve takes the request's cost from its quota. It returns how long to
// wait before trying again (0: reserved), or a refusal when that wait would
// pass the deadline.
func (b *Budget) reserve(t *ticket, r request, deadline time.Time) (time.Duration, *fault.Fault) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.init()
	now := b.clock()
	switch r.svc {
	case fault.Market:
		w := b.windows[r.window]
		if w == nil {
			w = &window{limit: -1, period: wire.MaxVendorWait}
			if r.known {
				// The documented quota, counted here until Market speaks.
				w.limit, w.remaining, w.known, w.period, w.local = int64(r.res.Amount), int64(r.res.Amount), true, r.res.Period, true
				w.until = now.Add(r.res.Period)
			}
			b.sweep(now)
			if roomFor(b.windows, func(w *window) bool { return w.idle(now) }) {
				b.windows[r.window] = w
			}
		}
		if !w.until.IsZero() && !now.Before(w.until.Add(windowMargin)) {
			// The window has ended: a new one starts with the whole limit,
			// less what is in flight, which may count in either.
			w.remaining, w.known = w.limit-w.inflight, w.limit >= 0
			w.ended = w.told
			w.until = time.Time{}
			if w.local && w.period > 0 {
				w.until = now.Add(w.period)
			}
		}
		if w.known && w.remaining < r.cost {
			switch {
			case !w.until.IsZero():
				if w.until.Sub(now) > w.period {
					// No window is longer than its period: an end further off
					// came from a wrong clock, here or there.
					w.until = now.Add(w.period)
				}
				wait := w.until.Add(windowMargin).Sub(now)
				if now.Add(wait).After(deadline) {
					return 0, b.refusal(r.svc, reasonResourceSpent, wait)
				}
				return wait, nil
			case w.inflight > 0:
				// A new window whose count is spent before Market has said
				// when it ends: the answers in flight will say.
				if now.Add(windowPoll).After(deadline) {
					return 0, b.refusal(r.svc, reasonResourceSpent, windowPoll)
				}
				return windowPoll, nil
			}
			// Nothing in flight will say more: send, and learn.
		}
		if w.known {
			w.remaining -= r.cost
		}
		w.inflight += r.cost
	case fault.Direct:
		p := b.points[r.login]
		if p == nil {
			p = &points{cost: map[string]int64{}}
			b.sweep(now)
			if roomFor(b.points, func(p *points) bool { return p.idle(now) }) {
				b.points[r.login] = p
			}
		}
		if p.spent && now.Sub(p.seen) >= pointsRefill {
			// A refill has come since: let a call find out how much.
			p.spent, p.known = false, false
		}
		need := p.cost[r.method]
		if need <= 0 {
			need = 1
		}
		if p.spent || (p.known && p.rest < need) {
			if !p.spent {
				p.spent, p.seen = true, now
			}
			return 0, b.refusal(r.svc, reasonPointsSpent, p.seen.Add(pointsRefill).Sub(now))
		}
		if p.known {
			p.rest -= need
		}
		p.inflight += need
		t.reserved = need
	}
	return 0, nil
}

// fail settles a request that got no answer: its cost is given back only
// when err proves it never reached the server, since Market counts, and
// Direct charges, what reached them.
func (t *ticket) fail(err error) {
	if notSent(err) {
		t.settle(nil, nil)
		return
	}
	b := t.b
	b.mu.Lock()
	defer b.mu.Unlock()
	if w := b.windows[t.window]; w != nil && t.svc == fault.Market {
		w.inflight -= t.cost
	}
	if p := b.points[t.login]; p != nil && t.svc == fault.Direct {
		p.inflight -= t.reserved
	}
	t.cost, t.reserved = 0, 0
}

// settle learns from a request's answer, resp (nil when there was none)
// and its fault, and settles the quota the request held. Its slots are
// given back by done, once the answer is read.
func (t *ticket) settle(resp *http.Response, f *fault.Fault) {
	b := t.b
	b.mu.Lock()
	defer b.mu.Unlock()
	now := b.clock()
	var h http.Header
	status := 0
	if resp != nil {
		h, status = resp.Header, resp.StatusCode
	}
	switch t.svc {
	case fault.Market:
		w := b.windows[t.window]
		if w == nil {
			break
		}
		w.inflight -= t.cost
		if rl := market.ParseRateLimit(h); rl != nil && rl.Remaining >= 0 && (rl.Until.IsZero() || !rl.Until.Before(w.told) && rl.Until.After(w.ended)) {
			// Market's count, which the requests still in flight are not
			// in. Answers can arrive out of order: within one window the
			// count only falls, and an answer of an earlier window, or of
			// one already rolled over here, says nothing new (the
			// condition above).
			left := rl.Remaining - w.inflight
			if rl.Until.Equal(w.told) && !w.local && w.known {
				left = min(left, w.remaining)
			}
			w.local = false
			w.remaining, w.known = left, true
			if rl.Limit >= 0 {
				w.limit = rl.Limit
			}
			if !rl.Until.IsZero() {
				w.told = rl.Until
				w.until = minTime(localTime(rl.Until, h, now, w.period), now.Add(w.period))
			}
		} else if (resp == nil || status >= 500) && w.known {
			// Not sent, or a 5xx, which Market does not count.
			w.remaining += t.cost
		}
		if f != nil && f.Reason == wire.ReasonResourceLimit {
			w.remaining, w.known = min(w.remaining, 0), true
			if f.RateLimit != nil && !f.RateLimit.Until.IsZero() {
				w.until = minTime(localTime(f.RateLimit.Until, h, now, w.period), now.Add(w.period))
			} else if w.until.IsZero() {
				w.until = now.Add(f.RetryAfter)
			}
		}
		if f != nil && f.Reason == wire.ReasonParallelLimit {
			if n, err := strconv.Atoi(f.Params["limit"]); err == nil && n > 0 && n < maxParallel {
				if s := b.parallel[entityOf(t.window)]; s != nil {
					s.setCapacity(n)
				}
			}
		}
	case fault.Direct:
		p := b.points[t.login]
		if p == nil {
			break
		}
		p.inflight -= t.reserved
		if u := direct.ParseUnits(h); u != nil {
			left := u.Rest - p.inflight
			if p.known && now.Sub(p.seen) < pointsFresh {
				// Answers can arrive out of order: between refills the
				// rest only falls.
				left = min(left, p.rest)
			}
			p.rest, p.known, p.seen = left, true, now
			if _, ok := p.cost[t.method]; (ok || len(p.cost) < maxKeys) && u.Spent > 0 && u.Spent <= u.Limit {
				p.cost[t.method] = u.Spent
			}
		} else if p.known {
			// No word on what it cost: give the estimate back.
			p.rest += t.reserved
		}
		if f != nil && f.Reason == "POINTS_EXHAUSTED" {
			p.spent, p.seen, p.rest, p.known = true, now, 0, true
		}
		if f != nil && f.Reason == "TOO_MANY_CONNECTIONS" {
			if s := b.conns[t.login]; s != nil {
				s.lower()
			}
		}
	}
	t.cost, t.reserved = 0, 0
}

// entityOf returns the entity part of a window key.
func entityOf(key string) string {
	_, e, _ := strings.Cut(key, "|")
	return e
}

// localTime converts a time Market stated to this clock, through the
// answer's Date: only a difference of whole seconds counts, since Date has
// no finer resolution, and none larger than the window's period, which
// says that one of the clocks is wrong rather than apart.
func localTime(t time.Time, h http.Header, now time.Time, period time.Duration) time.Time {
	if date, ok := wire.ParseDate(h.Get("Date")); ok {
		if skew := date.Sub(now); (skew >= 2*time.Second || skew <= -2*time.Second) && skew.Abs() <= period {
			return t.Add(-skew)
		}
	}
	return t
}

func minTime(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}

// done gives back the slots a ticket holds, once.
func (t *ticket) done() {
	t.once.Do(func() {
		for _, s := range t.slots {
			s.release()
		}
	})
}

// slots is a counting semaphore whose capacity can change as a Budget
// learns, and whose waiters honour their context and deadline.
type slots struct {
	mu       sync.Mutex
	capacity int
	inUse    int
	waiters  []chan struct{}
}

func (s *slots) acquire(ctx context.Context, deadline time.Time, now func() time.Time) error {
	s.mu.Lock()
	if s.inUse < s.capacity && len(s.waiters) == 0 {
		s.inUse++
		s.mu.Unlock()
		return nil
	}
	ch := make(chan struct{})
	s.waiters = append(s.waiters, ch)
	s.mu.Unlock()
	timer := time.NewTimer(deadline.Sub(now()))
	defer timer.Stop()
	var err error
	select {
	case <-ch:
		return nil
	case <-ctx.Done():
		err = ctx.Err()
	case <-timer.C:
		err = errSlotTimeout
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for i, w := range s.waiters {
		if w == ch {
			s.waiters = append(s.waiters[:i], s.waiters[i+1:]...)
			return err
		}
	}
	// The slot was handed over as the wait ended: take it after all.
	return nil
}

// release gives a slot back, to the first waiter when there is room.
func (s *slots) release() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.waiters) > 0 && s.inUse <= s.capacity {
		ch := s.waiters[0]
		s.waiters = s.waiters[1:]
		close(ch) // the slot passes to the waiter: inUse is unchanged
		return
	}
	s.inUse--
}

func (s *slots) setCapacity(n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	grow := n - s.capacity
	s.capacity = n
	for ; grow > 0 && len(s.waiters) > 0 && s.inUse < s.capacity; grow-- {
		ch := s.waiters[0]
		s.waiters = s.waiters[1:]
		s.inUse++
		close(ch)
	}
}

// lower takes one from the capacity, after the vendor refused a request
// at the current concurrency; never below one.
func (s *slots) lower() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if n := min(s.capacity, s.inUse) - 1; n >= 1 && n < s.capacity {
		s.capacity = n
	}
}

var errSlotTimeout = &timeoutError{}

type timeoutError struct{}

func (*timeoutError) Error() string { return "no slot within the Budget's MaxWait" }

// sleep waits d or until ctx ends.
func sleep(ctx context.Context, d time.Duration) error {
	timer := time.NewTimer(d)
	defer timer.Stop()
	select {
	case <-timer.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// The reasons of a Budget's own refusals: the library, not the vendor,
// turned the request away, and it was never sent.
const (
	reasonResourceSpent   = "BUDGET_RESOURCE_SPENT"
	reasonPointsSpent     = "BUDGET_POINTS_SPENT"
	reasonParallelFull    = "BUDGET_PARALLEL_FULL"
	reasonConnectionsFull = "BUDGET_CONNECTIONS_FULL"
)

// budgetVerdicts are what a Budget's refusals mean.
var budgetVerdicts = func() map[string]wire.Class {
	const why = "the Budget kept the request on this side: it was never sent"
	m := map[string]wire.Class{}
	for _, c := range []wire.Class{
		wire.C(fault.Quota, reasonResourceSpent, true, "Market's last answer said this method's quota is spent until its window ends; the Budget did not send the request, so send it again after RetryAfter").Refuse(why),
		wire.C(fault.Quota, reasonPointsSpent, true, "Direct's last answer left fewer points than this call costs; the Budget did not send it, so send it again after the hourly refill (RetryAfter)").Refuse(why),
		wire.C(fault.RateLimit, reasonParallelFull, true, "as many requests as Market allows at once for this store or cabinet were in flight for the whole of the Budget's MaxWait; send it again, or send fewer at once").Refuse(why),
		wire.C(fault.RateLimit, reasonConnectionsFull, true, "as many requests as Direct allows at once for this advertiser were in flight for the whole of the Budget's MaxWait; send it again, or send fewer at once").Refuse(why),
	} {
		m[c.Reason] = c
	}
	return m
}()

// refusal is the fault of a request the Budget did not send.
func (b *Budget) refusal(svc fault.Service, reason string, wait time.Duration) *fault.Fault {
	f := &fault.Fault{Service: svc}
	budgetVerdicts[reason].Apply(f)
	f.RetryAfter = max(wait.Round(time.Second), time.Second)
	return f
}
