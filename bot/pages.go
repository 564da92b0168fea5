package bot

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/coveragebot/coveragebot/commands"
)

// Page buttons keep no state in the process: a button's custom_id carries
// what it takes to compute its page again, signed so that it cannot be
// forged, and any process with the same key answers it. After a restart, or
// on another replica behind a load balancer, a press runs the command again
// and shows the page it asks for.
//
// A custom_id is at most 100 characters:
//
//	pg1.<page>.<issued>.<user>.<digest>.<mac>.<request>
//
// page is the page the button turns to (from 1); issued is when the reply
// was first sent (Unix seconds, base 36), so that buttons expire after
// Config.PageTimeout; user is the asker (a snowflake in base 36); digest is
// a short hash of every page, so that a press after the coverage changed
// says so instead of showing a page of another answer; mac is an
// HMAC-SHA256 of all of it and of the whole request. request is the
// command and its options: the command's and each option's index in the
// specs, values query-escaped. A value too long to fit (a long question)
// is written *<start>.<end>: the bytes of the reply's title it was shown in,
// which the press carries back in its message's embed, markdown-escaped.
// When even that does not fit, the request is "!" and a press says the
// pages cannot be turned.

// The mac is macBytes long, as the answer buttons' (feedback.go): 72 bits,
// 12 characters; a custom_id holds maxCustomID characters.
const (
	pageIDPrefix = "pg1."
	digestBytes  = 3 // notices a change, does not protect: the mac does
	notCarried   = "!"
)

var b64 = base64.RawURLEncoding

// pageButton is what a page button's custom_id says.
type pageButton struct {
	page    int
	issued  int64 // Unix seconds
	user    string
	digest  string
	mac     string
	request string // as encoded in the id
}

// pager builds and checks page buttons.
type pager struct {
	key     []byte
	specs   func() []commands.Spec
	now     func() time.Time
	timeout time.Duration
}

// id writes b as a custom_id, its mac computed over b and req.
func (p *pager) id(b pageButton, req commands.Request) string {
	b.mac = p.sign(b, req)
	return fmt.Sprintf("%s%d.%s.%s.%s.%s.%s", pageIDPrefix, b.page, strconv.FormatInt(b.issued, 36), encodeUser(b.user), b.digest, b.mac, b.request)
}

func (p *pager) sign(b pageButton, req commands.Request) string {
	canon, _ := json.Marshal(struct {
		Command string            `json:"c"`
		Options map[string]string `json:"o"`
	}{req.Command, req.Options}) // map keys are sorted: the form is canonical
	m := hmac.New(sha256.New, p.key)
	fmt.Fprintf(m, "pg1\x00%d\x00%d\x00%s\x00%s\x00%s\x00", b.page, b.issued, b.user, b.digest, b.request)
	m.Write(canon)
	return b64.EncodeToString(m.Sum(nil)[:macBytes])
}

// verify reports whether b's mac is right for req.
func (p *pager) verify(b pageButton, req commands.Request) bool {
	return hmac.Equal([]byte(b.mac), []byte(p.sign(b, req)))
}

// buttons returns the Previous/Next row under page n of pages, the reply to
// req first sent at issued.
func (p *pager) buttons(req commands.Request, pages []commands.Message, n int, issued int64) []discordgo.MessageComponent {
	title := ""
	if len(pages[0].Embeds) > 0 {
		title = pages[0].Embeds[0].Title
	}
	b := pageButton{issued: issued, user: req.UserID, digest: digest(pages)}
	head := len(p.id(b, commands.Request{})) + 3 // the widest page number is three digits
	enc, ok := encodeRequest(p.specs(), req, title, maxCustomID-head)
	if !ok {
		enc = notCarried
	}
	b.request = enc
	prev, next := b, b
	prev.page, next.page = max(n-1, 1), min(n+1, len(pages))
	if n <= 1 {
		prev.page = 0 // disabled, but its id must differ from Next's
	}
	if n >= len(pages) {
		next.page = len(pages) + 1
	}
	return []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{
		discordgo.Button{Label: "◀ Previous", Style: discordgo.SecondaryButton, CustomID: p.id(prev, req), Disabled: n <= 1},
		discordgo.Button{Label: "Next ▶", Style: discordgo.SecondaryButton, CustomID: p.id(next, req), Disabled: n >= len(pages)},
	}}}
}

// errNotCarried: the request did not fit in the button.
var errNotCarried = errors.New("the request is not in the button")

// parsePageButton reads a custom_id written by pager.id.
func parsePageButton(id string) (pageButton, error) {
	rest, ok := strings.CutPrefix(id, pageIDPrefix)
	if !ok {
		return pageButton{}, fmt.Errorf("custom_id %q is not a page button", id)
	}
	f := strings.SplitN(rest, ".", 6)
	if len(f) != 6 {
		return pageButton{}, fmt.Errorf("custom_id %q: %d fields", id, len(f))
	}
	var b pageButton
	var err1, err2, err3 error
	b.page, err1 = strconv.Atoi(f[0])
	b.issued, err2 = strconv.ParseInt(f[1], 36, 64)
	b.user, err3 = decodeUser(f[2])
	if err := errors.Join(err1, err2, err3); err != nil {
		return pageButton{}, fmt.Errorf("custom_id %q: %w", id, err)
	}
	b.digest, b.mac, b.request = f[3], f[4], f[5]
	return b, nil
}

// encodeUser writes a snowflake in base 36, anything else as _raw.
func encodeUser(u string) string {
	if n, err := strconv.ParseUint(u, 10, 64); err == nil && strconv.FormatUint(n, 10) == u {
		return strconv.FormatUint(n, 36)
	}
	return "_" + strings.ReplaceAll(u, ".", "%2E")
}

func decodeUser(s string) (string, error) {
	if raw, ok := strings.CutPrefix(s, "_"); ok {
		return strings.ReplaceAll(raw, "%2E", "."), nil
	}
	n, err := strconv.ParseUint(s, 36, 64)
	if err != nil {
		return "", fmt.Errorf("user %q: %w", s, err)
	}
	return strconv.FormatUint(n, 10), nil
}

// digest is a short hash of every page, to notice that the coverage changed.
func digest(pages []commands.Message) string {
	b, _ := json.Marshal(pages)
	sum := sha256.Sum256(b)
	return b64.EncodeToString(sum[:digestBytes])
}

// encodeRequest writes req in at most room characters, reading the longest
// value back from title (the reply's, as sent) when the whole does not fit.
func encodeRequest(specs []commands.Spec, req commands.Request, title string, room int) (string, bool) {
	ci := slices.IndexFunc(specs, func(s commands.Spec) bool { return s.Name == req.Command })
	if ci < 0 {
		return "", false
	}
	spec := specs[ci]
	type opt struct {
		index int
		value string
	}
	var opts []opt
	for name, v := range req.Options {
		oi := slices.IndexFunc(spec.Options, func(o commands.OptionSpec) bool { return o.Name == name })
		if oi < 0 {
			return "", false
		}
		opts = append(opts, opt{oi, url.QueryEscape(v)})
	}
	slices.SortFunc(opts, func(a, b opt) int { return a.index - b.index })
	write := func() string {
		var b strings.Builder
		b.WriteString(strconv.FormatInt(int64(ci), 36))
		for _, o := range opts {
			fmt.Fprintf(&b, "&%s=%s", strconv.FormatInt(int64(o.index), 36), o.value)
		}
		return b.String()
	}
	if s := write(); len(s) <= room {
		return s, true
	}
	longest := 0
	for k := range opts {
		if len(opts[k].value) > len(opts[longest].value) {
			longest = k
		}
	}
	if len(opts) == 0 {
		return "", false
	}
	v, _ := url.QueryUnescape(opts[longest].value)
	start := strings.Index(title, commands.EscapeMarkdown(v))
	if v == "" || start < 0 {
		return "", false
	}
	end := start + len(commands.EscapeMarkdown(v))
	opts[longest].value = "*" + strconv.FormatInt(int64(start), 36) + "." + strconv.FormatInt(int64(end), 36)
	if s := write(); len(s) <= room {
		return s, true
	}
	return "", false
}

// decodeRequest reads what encodeRequest wrote; title is the first embed's
// title of the message the button is on.
func decodeRequest(specs []commands.Spec, enc, title string) (commands.Request, error) {
	if enc == notCarried {
		return commands.Request{}, errNotCarried
	}
	parts := strings.Split(enc, "&")
	ci, err := strconv.ParseInt(parts[0], 36, 0)
	if err != nil || ci < 0 || int(ci) >= len(specs) {
		return commands.Request{}, fmt.Errorf("request %q: no command %q", enc, parts[0])
	}
	spec := specs[ci]
	req := commands.Request{Command: spec.Name, Options: map[string]string{}}
	for _, p := range parts[1:] {
		k, v, _ := strings.Cut(p, "=")
		oi, err := strconv.ParseInt(k, 36, 0)
		if err != nil || oi < 0 || int(oi) >= len(spec.Options) {
			return commands.Request{}, fmt.Errorf("request %q: no option %q", enc, k)
		}
		value, err := titleValue(v, title)
		if err != nil {
			return commands.Request{}, fmt.Errorf("request %q: %w", enc, err)
		}
		req.Options[spec.Options[oi].Name] = value
	}
	return req, nil
}

func titleValue(v, title string) (string, error) {
	ref, inTitle := strings.CutPrefix(v, "*")
	if !inTitle {
		return url.QueryUnescape(v)
	}
	a, b, _ := strings.Cut(ref, ".")
	start, err1 := strconv.ParseInt(a, 36, 0)
	end, err2 := strconv.ParseInt(b, 36, 0)
	if err1 != nil || err2 != nil || start < 0 || end < start || int(end) > len(title) {
		return "", fmt.Errorf("value %q is not in the title %q", v, title)
	}
	return commands.UnescapeMarkdown(title[start:end]), nil
}

// firstTitle is the title of the first embed of m, or "".
func firstTitle(m *discordgo.Message) string {
	if m == nil || len(m.Embeds) == 0 || m.Embeds[0] == nil {
		return ""
	}
	return m.Embeds[0].Title
}
