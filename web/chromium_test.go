//go:build linux

package web

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// chromiumPath is Debian's headless-capable Chromium, which CI installs.
const chromiumPath = "/usr/bin/chromium"

// startChromium starts headless Chromium through chromedp (over its
// debugging pipe, as chromedp does by default), allowed to reach nothing but
// loopback, and returns the browser's context. chromedp stops the browser and
// its helper processes when the test ends.
func startChromium(ctx context.Context, t *testing.T) context.Context {
	t.Helper()
	var out lockedBuffer
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromiumPath),
		chromedp.NoSandbox, // the CI container runs as root
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("no-proxy-server", true),
		chromedp.Flag("host-resolver-rules", "MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"), // nothing resolves but loopback
		chromedp.Flag("hide-scrollbars", true),
		chromedp.Flag("mute-audio", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(viewportW, viewportH),
		chromedp.CombinedOutput(&out),
	)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	browserCtx, cancelBrowser := chromedp.NewContext(allocCtx)
	t.Cleanup(func() {
		cancelBrowser()
		cancelAlloc()
		if t.Failed() {
			t.Logf("chromium output (end):\n%s", tail(out.String(), 4000))
		}
	})
	if err := chromedp.Do(browserCtx); err != nil { // starts the browser
		t.Fatalf("start %s: %v", chromiumPath, err)
	}
	return browserCtx
}

// tab is one page of the browser.
type tab struct {
	ctx    context.Context
	cancel context.CancelFunc
}

func newPage(browser context.Context, t *testing.T) *tab {
	t.Helper()
	ctx, cancel := chromedp.NewContext(browser)
	p := &tab{ctx: ctx, cancel: cancel}
	p.do(t, chromedp.EmulateViewport(viewportW, viewportH))
	p.colorScheme(t, "light")
	return p
}

// close closes the tab, so that the one before it comes to the front again.
func (p *tab) close() { p.cancel() }

func (p *tab) do(t *testing.T, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(p.ctx, steps...); err != nil {
		t.Fatal(err)
	}
}

func (p *tab) colorScheme(t *testing.T, scheme string) {
	t.Helper()
	if _, err := chromedp.Call(p.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
		Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}},
	}); err != nil {
		t.Fatal(err)
	}
}

// navigate loads url and waits for its load event.
func (p *tab) navigate(t *testing.T, url string) {
	t.Helper()
	// A background tab runs no animation frames, which inspect waits for.
	if _, err := chromedp.Call(p.ctx, page.BringToFront, cdp.Empty{}); err != nil {
		t.Fatal(err)
	}
	p.do(t, chromedp.Navigate(url))
}

// inspectJS reports on paragraph N after two animation frames, so that the
// scroll to the fragment and the :target style have been applied.
const inspectJS = `new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => {
  const p = document.getElementById("p%[1]d");
  if (!p) { done(JSON.stringify({Hash: location.hash})); return; }
  const other = document.getElementById(%[1]d === 1 ? "p2" : "p1");
  const cs = getComputedStyle(p), r = p.getBoundingClientRect();
  const target = document.querySelector(":target");
  done(JSON.stringify({
    Path: location.pathname, Hash: location.hash, Target: target ? target.id : "",
    Text: p.innerText, Background: cs.backgroundColor, Border: cs.borderLeftColor,
    BorderWidth: parseFloat(cs.borderLeftWidth), Unmarked: getComputedStyle(other).backgroundColor,
    Top: r.top, Bottom: r.bottom, Left: r.left, Right: r.right,
    ViewportHeight: innerHeight, ScrollY: scrollY,
    StylesheetLoaded: document.styleSheets.length > 0 && document.styleSheets[0].cssRules.length > 0,
    ArticleBottom: document.querySelector("article").getBoundingClientRect().bottom,
    AsideTop: document.querySelector("aside").getBoundingClientRect().top,
  }));
})))`

func (p *tab) inspect(t *testing.T, n int) paragraphState {
	t.Helper()
	// Bounded, so that a page that never paints fails here and says so.
	ctx, cancel := context.WithTimeout(p.ctx, 10*time.Second)
	defer cancel()
	raw, err := chromedp.Run(ctx, chromedp.Evaluate[string](fmt.Sprintf(inspectJS, n), chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("evaluate: %v", err)
	}
	var s paragraphState
	if err := json.Unmarshal([]byte(raw), &s); err != nil {
		t.Fatalf("decode %q: %v", raw, err)
	}
	return s
}

// screenshot captures the viewport as PNG.
func (p *tab) screenshot(t *testing.T) []byte {
	t.Helper()
	shot, err := chromedp.Run(p.ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatal(err)
	}
	return shot
}

// lockedBuffer collects the browser's output, written from chromedp's
// goroutine.
type lockedBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// tail returns the last n bytes of s; Chromium's log is long and its end is
// what explains a failure.
func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return "…" + s[len(s)-n:]
}
