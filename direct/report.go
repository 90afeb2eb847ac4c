package direct

import (
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/yafault/yafault/internal/wire"
)

// ReportStatus is the state of a Direct Reports request from its status and
// headers alone.
type ReportStatus struct {
	// Ready is true for 200: the report is in the body.
	Ready bool
	// Pending is true for 201 (queued) and 202 (being built): ask again,
	// with the same parameters, after RetryIn.
	Pending bool
	// RetryIn is the retryIn header as a duration, at most a day; when
	// Pending and the header is absent or unreadable it is
	// DefaultReportRetryIn.
	RetryIn time.Duration
	// InQueue is the reportsInQueue header (at most 5 per user); -1 when
	// absent.
	InQueue int
}

// DefaultReportRetryIn is the poll interval for a pending report whose
// response carries no usable retryIn header.
const DefaultReportRetryIn = 5 * time.Second

// maxReportRetryIn caps retryIn: a larger number, however many digits it
// has, is read as a day.
const maxReportRetryIn = 24 * time.Hour

// Report reads the state of a Direct Reports response from its status and
// headers. It does not look at the body: a 400, 500 or 502 is not Ready and
// not Pending, and Decode gives its fault.
func Report(status int, h http.Header) ReportStatus {
	rs := ReportStatus{InQueue: -1}
	if n, err := strconv.Atoi(strings.TrimSpace(h.Get("reportsInQueue"))); err == nil && n >= 0 {
		rs.InQueue = n
	}
	switch status {
	case http.StatusOK:
		rs.Ready = true
	case http.StatusCreated, http.StatusAccepted:
		rs.Pending = true
		rs.RetryIn = DefaultReportRetryIn
		if d, ok := wire.Seconds(h.Get("retryIn"), maxReportRetryIn); ok && d > 0 {
			rs.RetryIn = d
		}
	}
	return rs
}

// Error says that the report is not ready and when to ask again: a
// ReportStatus is the error a retry policy returns for a pending report
// (yafault.CheckRetry does), so that errors.As finds it when retries run
// out.
func (rs ReportStatus) Error() string {
	switch {
	case rs.Ready:
		return "direct: the report is ready"
	case !rs.Pending:
		return "direct: not a report that is being built"
	}
	s := "direct: report not ready: ask again with the same parameters in " + rs.RetryIn.String()
	if rs.InQueue >= 0 {
		s += "; offline reports in the queue: " + strconv.Itoa(rs.InQueue)
	}
	return s
}
