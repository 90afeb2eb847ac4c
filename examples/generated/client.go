// Package generated shows yafault wired into a client generated from the
// Market Partner API's OpenAPI spec with one line. The client below has
// the shape oapi-codegen gives every client (an HttpRequestDoer, a
// WithHTTPClient option, a raw method and a WithResponse one that parses
// the JSON), cut down to one operation; it is written here so that the
// example needs no generator.
package generated

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"strings"
)

// HttpRequestDoer sends requests: an *http.Client does.
type HttpRequestDoer interface {
	Do(req *http.Request) (*http.Response, error)
}

// Client calls the Market Partner API.
type Client struct {
	Server string
	Client HttpRequestDoer
}

// ClientOption configures a Client.
type ClientOption func(*Client) error

// WithHTTPClient sets the HttpRequestDoer the client sends requests with.
func WithHTTPClient(doer HttpRequestDoer) ClientOption {
	return func(c *Client) error { c.Client = doer; return nil }
}

// NewClient makes a Client for server.
func NewClient(server string, opts ...ClientOption) (*Client, error) {
	c := &Client{Server: strings.TrimSuffix(server, "/"), Client: http.DefaultClient}
	for _, o := range opts {
		if err := o(c); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// Campaign is one store.
type Campaign struct {
	ID     int64  `json:"id"`
	Domain string `json:"domain"`
}

// GetCampaignsResponse is GET /v2/campaigns parsed.
type GetCampaignsResponse struct {
	Body         []byte
	HTTPResponse *http.Response
	JSON200      *struct {
		Campaigns []Campaign `json:"campaigns"`
	}
	JSON420 *struct {
		Status string `json:"status"`
	}
}

// GetCampaigns sends GET /v2/campaigns.
func (c *Client) GetCampaigns(ctx context.Context) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.Server+"/v2/campaigns", nil)
	if err != nil {
		return nil, err
	}
	return c.Client.Do(req)
}

// GetCampaignsWithResponse sends GET /v2/campaigns and parses the answer
// by its status, as generated clients do: any status comes back without
// an error, and a body that is not JSON fails the parse.
func (c *Client) GetCampaignsWithResponse(ctx context.Context) (*GetCampaignsResponse, error) {
	rsp, err := c.GetCampaigns(ctx)
	if err != nil {
		return nil, err
	}
	defer rsp.Body.Close()
	body, err := io.ReadAll(rsp.Body)
	if err != nil {
		return nil, err
	}
	out := &GetCampaignsResponse{Body: body, HTTPResponse: rsp}
	switch rsp.StatusCode {
	case http.StatusOK:
		if err := json.Unmarshal(body, &out.JSON200); err != nil {
			return nil, err
		}
	case 420:
		if err := json.Unmarshal(body, &out.JSON420); err != nil {
			return nil, err
		}
	}
	return out, nil
}
