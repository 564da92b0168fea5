package bot

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
)

// rewriter points discordgo's REST calls at another server. discordgo builds
// every URL from package variables computed at init (https://discord.com/
// api/v9/...); rather than mutate that global state, the session's HTTP
// client rewrites the prefix of each request.
type rewriter struct {
	from    string   // discordgo's API root, discordgo.EndpointAPI
	to      *url.URL // Config.APIBase
	gateway string   // Config.GatewayURL: answers GET gateway without asking
	next    http.RoundTripper
}

func newRewriter(apiBase, gatewayURL string) (*rewriter, error) {
	to, err := url.Parse(apiBase)
	if err != nil {
		return nil, fmt.Errorf("api base %q: %w", apiBase, err)
	}
	t := http.DefaultTransport.(*http.Transport).Clone()
	// Many interactions at once all call back to the same host.
	t.MaxIdleConnsPerHost = 64
	return &rewriter{from: discordgo.EndpointAPI, to: to, gateway: gatewayURL, next: t}, nil
}

func (rw *rewriter) RoundTrip(req *http.Request) (*http.Response, error) {
	u := req.URL.String()
	if !strings.HasPrefix(u, rw.from) {
		return rw.next.RoundTrip(req)
	}
	rest := strings.TrimPrefix(u, rw.from)
	if rw.gateway != "" && req.Method == http.MethodGet && (rest == "gateway" || rest == "gateway/bot") {
		return rw.gatewayResponse(req)
	}
	target, err := rw.to.Parse(rest)
	if err != nil {
		return nil, fmt.Errorf("rewrite %s: %w", u, err)
	}
	// RoundTrippers must not modify the request they are given.
	out := req.Clone(req.Context())
	out.URL = target
	out.Host = target.Host
	return rw.next.RoundTrip(out)
}

// gatewayResponse answers discordgo's GET gateway with the configured URL,
// the only way to choose the gateway without touching unexported fields.
func (rw *rewriter) gatewayResponse(req *http.Request) (*http.Response, error) {
	if req.Body != nil {
		req.Body.Close()
	}
	body, err := json.Marshal(map[string]string{"url": rw.gateway})
	if err != nil {
		return nil, err
	}
	return &http.Response{
		Status:        "200 OK",
		StatusCode:    http.StatusOK,
		Proto:         "HTTP/1.1",
		ProtoMajor:    1,
		ProtoMinor:    1,
		Header:        http.Header{"Content-Type": []string{"application/json"}},
		Body:          io.NopCloser(bytes.NewReader(body)),
		ContentLength: int64(len(body)),
		Request:       req,
	}, nil
}

// newSession returns a discordgo session pointed at cfg's API and gateway,
// with discordgo's own logging off (the bot logs lifecycle events itself).
func newSession(cfg Config) (*discordgo.Session, error) {
	s, err := discordgo.New("Bot " + cfg.Token)
	if err != nil {
		return nil, fmt.Errorf("discord session: %w", err)
	}
	rw, err := newRewriter(cfg.APIBase, cfg.GatewayURL)
	if err != nil {
		return nil, err
	}
	s.Client = &http.Client{Transport: rw, Timeout: 20 * time.Second}
	s.LogLevel = -1 // below LogError: discordgo would print via the global log package
	s.Identify.Intents = discordgo.IntentsNone
	s.Identify.Compress = false
	s.Compress = false
	return s, nil
}
