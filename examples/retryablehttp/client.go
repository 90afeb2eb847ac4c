// Package retryablehttp shows yafault plugged into
// github.com/hashicorp/go-retryablehttp: the client retries exactly what
// Market and Direct say can succeed, waits as long as they say, and returns
// a *fault.Fault (wrapped) when it gives up.
//
// It lives in its own module so that the main module does not depend on
// go-retryablehttp.
package retryablehttp

import (
	"time"

	"github.com/hashicorp/go-retryablehttp"

	"github.com/yafault/yafault"
)

// NewClient returns a go-retryablehttp client that retries by policy.
// RetryWaitMax is set to the policy's cap, so that Backoff never has to cut
// a wait the vendor asked for.
func NewClient(policy yafault.RetryPolicy, retries int) *retryablehttp.Client {
	c := retryablehttp.NewClient()
	c.Logger = nil
	c.RetryMax = retries
	c.RetryWaitMin = 100 * time.Millisecond
	c.RetryWaitMax = policy.MaxWait
	if c.RetryWaitMax <= 0 {
		c.RetryWaitMax = yafault.DefaultMaxWait
	}
	c.CheckRetry = policy.CheckRetry
	c.Backoff = policy.Backoff
	return c
}
