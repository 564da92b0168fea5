package bot

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"
)

// Config is how the bot talks to Discord. cmd/coveragebot maps the YAML
// config and the DISCORD_TOKEN environment variable onto it.
type Config struct {
	// Token is the bot token, without the "Bot " prefix. It comes from the
	// environment only and is never logged.
	Token string
	// AppID is the application id; when empty it is taken from READY (Run)
	// or asked of the API (Register).
	AppID string
	// Guilds registers the commands in these guilds (updates show at once);
	// empty registers them globally.
	Guilds []string
	// APIBase is the REST API root, default "https://discord.com/api/v9/".
	APIBase string
	// GatewayURL is the websocket to dial; empty asks GET {APIBase}gateway.
	GatewayURL string
	// RateLimit commands per user within RateWindow; 0 means no limit.
	RateLimit  int
	RateWindow time.Duration
	// PageTimeout is how long page buttons keep working, default 10m.
	PageTimeout time.Duration
	// PageKey signs page buttons (HMAC-SHA256), so that any process with the
	// same key turns the pages of another's reply, after a restart too, and
	// nobody can forge a button. Empty: a random key for this process only.
	PageKey []byte
	// DeferAfter is how long a command may run before the bot defers its
	// reply and edits it in later, default 1.5s (Discord waits 3s).
	DeferAfter time.Duration
	// HandlerTimeout bounds one command's work, default 60s.
	HandlerTimeout time.Duration
	// ShutdownTimeout is how long Run waits for interactions in flight once
	// its context is cancelled, default 10s.
	ShutdownTimeout time.Duration
	// PrivateByDefault is the router's default: it decides whether a
	// deferred reply (whose content is not known yet) starts ephemeral.
	PrivateByDefault bool
	// Now is the clock for page expiry and rate limits, default time.Now.
	Now func() time.Time
	// Feedback keeps /ask answers and the votes on them; nil shows no 👍/👎
	// buttons. The buttons are signed with PageKey.
	Feedback Feedback
	// FollowUps reads follow-up questions; nil shows no "Ask a follow-up"
	// button.
	FollowUps FollowUps
	// Channels starts the threads follow-ups are answered in. New sets it to
	// the gateway session; without it (an interactions endpoint with no bot
	// token) a follow-up is answered in the channel.
	Channels Channels
}

// DefaultAPIBase is Discord's REST API root, the one discordgo is built for.
const DefaultAPIBase = "https://discord.com/api/v9/"

// ErrNoToken is returned by New and Register when Config.Token is empty. Its
// message tells how to get a token and how to try the bot without one.
var ErrNoToken = errors.New(`no Discord bot token: set DISCORD_TOKEN.
To get one: Discord developer portal (https://discord.com/developers/applications)
→ Applications → your application → Bot → Reset Token, then
    export DISCORD_TOKEN=...
To try the commands locally without Discord:
    coveragebot do '/who name:Peskov'`)

// withDefaults returns c with every zero field set to its default, or an
// error naming every invalid field.
func (c Config) withDefaults() (Config, error) {
	c.Token = strings.TrimPrefix(strings.TrimSpace(c.Token), "Bot ")
	if c.APIBase == "" {
		c.APIBase = DefaultAPIBase
	}
	if !strings.HasSuffix(c.APIBase, "/") {
		c.APIBase += "/"
	}
	if c.PageTimeout == 0 {
		c.PageTimeout = 10 * time.Minute
	}
	if c.DeferAfter == 0 {
		c.DeferAfter = 1500 * time.Millisecond
	}
	if c.HandlerTimeout == 0 {
		c.HandlerTimeout = time.Minute
	}
	if c.ShutdownTimeout == 0 {
		c.ShutdownTimeout = 10 * time.Second
	}
	if c.RateLimit > 0 && c.RateWindow == 0 {
		c.RateWindow = 10 * time.Second
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	var errs []error
	if u, err := url.Parse(c.APIBase); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		errs = append(errs, fmt.Errorf("discord api_base %q: want an http(s) URL such as %s", c.APIBase, DefaultAPIBase))
	}
	if c.GatewayURL != "" {
		if u, err := url.Parse(c.GatewayURL); err != nil || (u.Scheme != "ws" && u.Scheme != "wss") || u.Host == "" {
			errs = append(errs, fmt.Errorf("discord gateway_url %q: want a ws(s) URL", c.GatewayURL))
		}
	}
	if c.DeferAfter < 0 || c.DeferAfter > 2500*time.Millisecond {
		errs = append(errs, fmt.Errorf("defer_after %v: must be between 0 and 2.5s, as Discord waits only 3s", c.DeferAfter))
	}
	for _, d := range []struct {
		name string
		v    time.Duration
	}{{"page_timeout", c.PageTimeout}, {"rate_limit window", c.RateWindow}, {"shutdown_timeout", c.ShutdownTimeout}, {"handler timeout", c.HandlerTimeout}} {
		if d.v < 0 {
			errs = append(errs, fmt.Errorf("%s %v: must not be negative", d.name, d.v))
		}
	}
	if c.RateLimit < 0 {
		errs = append(errs, fmt.Errorf("rate_limit requests %d: must not be negative", c.RateLimit))
	}
	return c, errors.Join(errs...)
}
