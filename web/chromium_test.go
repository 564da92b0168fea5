//go:build linux

package web

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"syscall"
	"testing"
	"time"
)

// chromiumPath is Debian's headless-capable Chromium, which CI installs.
const chromiumPath = "/usr/bin/chromium"

// browser is a running headless Chromium driven over its debugging pipe.
type browser struct {
	cdp *cdp
}

// startChromium starts Chromium in its own process group, allowed to reach
// nothing but loopback, and stops it when the test ends.
func startChromium(ctx context.Context, t *testing.T) *browser {
	t.Helper()
	toBrowser, toBrowserW, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	fromBrowserR, fromBrowser, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(chromiumPath,
		"--headless",
		"--no-sandbox", // the CI container runs as root
		"--disable-gpu",
		"--disable-dev-shm-usage",
		"--disable-quic",
		"--no-first-run",
		"--no-default-browser-check",
		"--disable-background-networking",
		"--disable-component-update",
		"--disable-sync",
		"--disable-extensions",
		"--disable-default-apps",
		"--no-proxy-server",
		"--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1", // nothing resolves but loopback
		"--hide-scrollbars",
		"--mute-audio",
		"--user-data-dir="+t.TempDir(),
		fmt.Sprintf("--window-size=%d,%d", viewportW, viewportH),
		"--remote-debugging-pipe",
		"about:blank",
	)
	cmd.ExtraFiles = []*os.File{toBrowser, fromBrowser} // fds 3 and 4
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		t.Fatalf("start %s: %v", chromiumPath, err)
	}
	toBrowser.Close()
	fromBrowser.Close()
	exited := make(chan struct{})
	go func() { cmd.Wait(); close(exited) }()
	b := &browser{cdp: newCDP(toBrowserW, fromBrowserR)}
	t.Cleanup(func() {
		closeCtx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = b.cdp.call(closeCtx, "", "Browser.close", nil, nil)
		select {
		case <-exited:
		case <-time.After(5 * time.Second):
		}
		// Renderers and helpers share the process group; end any left over
		// and wait, briefly, until the group is gone.
		_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		<-exited
		for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
			if errors.Is(syscall.Kill(-cmd.Process.Pid, 0), syscall.ESRCH) {
				break
			}
		}
		toBrowserW.Close()
		fromBrowserR.Close()
		if t.Failed() {
			t.Logf("chromium stderr (end):\n%s", tail(stderr.String(), 4000))
		}
	})
	go func() {
		select {
		case <-ctx.Done(): // the test's time is up: do not wait for a hung browser
			_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		case <-exited:
		}
	}()
	return b
}

// tab is one page of the browser, attached in flat session mode.
type tab struct {
	cdp     *cdp
	target  string
	session string
}

func (b *browser) newPage(ctx context.Context, t *testing.T) *tab {
	t.Helper()
	var created struct{ TargetID string }
	if err := b.cdp.call(ctx, "", "Target.createTarget", map[string]any{"url": "about:blank"}, &created); err != nil {
		t.Fatal(err)
	}
	var attached struct{ SessionID string }
	if err := b.cdp.call(ctx, "", "Target.attachToTarget", map[string]any{"targetId": created.TargetID, "flatten": true}, &attached); err != nil {
		t.Fatal(err)
	}
	p := &tab{cdp: b.cdp, target: created.TargetID, session: attached.SessionID}
	p.must(ctx, t, "Page.enable", nil, nil)
	p.must(ctx, t, "Emulation.setDeviceMetricsOverride", map[string]any{"width": viewportW, "height": viewportH, "deviceScaleFactor": 1, "mobile": false}, nil)
	p.colorScheme(ctx, t, "light")
	return p
}

// close closes the tab, so that the one before it comes to the front again.
func (p *tab) close(ctx context.Context, t *testing.T) {
	t.Helper()
	if err := p.cdp.call(ctx, "", "Target.closeTarget", map[string]any{"targetId": p.target}, nil); err != nil {
		t.Error(err)
	}
}

func (p *tab) must(ctx context.Context, t *testing.T, method string, params, result any) {
	t.Helper()
	if err := p.cdp.call(ctx, p.session, method, params, result); err != nil {
		t.Fatal(err)
	}
}

func (p *tab) colorScheme(ctx context.Context, t *testing.T, scheme string) {
	t.Helper()
	p.must(ctx, t, "Emulation.setEmulatedMedia", map[string]any{"features": []map[string]string{{"name": "prefers-color-scheme", "value": scheme}}}, nil)
}

// navigate loads url and waits for its load event.
func (p *tab) navigate(ctx context.Context, t *testing.T, url string) {
	t.Helper()
	// A background tab runs no animation frames, which inspect waits for.
	p.must(ctx, t, "Page.bringToFront", nil, nil)
	p.cdp.drain()
	var nav struct{ ErrorText string }
	p.must(ctx, t, "Page.navigate", map[string]any{"url": url}, &nav)
	if nav.ErrorText != "" {
		t.Fatalf("navigate to %s: %s", url, nav.ErrorText)
	}
	if err := p.cdp.waitEvent(ctx, p.session, "Page.loadEventFired"); err != nil {
		t.Fatal(err)
	}
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

func (p *tab) inspect(ctx context.Context, t *testing.T, n int) paragraphState {
	t.Helper()
	var res struct {
		Result struct {
			Value string
		}
		ExceptionDetails *struct{ Text string }
	}
	// Bounded, so that a page that never paints fails here and says so.
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	p.must(ctx, t, "Runtime.evaluate", map[string]any{"expression": fmt.Sprintf(inspectJS, n), "awaitPromise": true, "returnByValue": true}, &res)
	if res.ExceptionDetails != nil {
		t.Fatalf("evaluate: %s", res.ExceptionDetails.Text)
	}
	var s paragraphState
	if err := json.Unmarshal([]byte(res.Result.Value), &s); err != nil {
		t.Fatalf("decode %q: %v", res.Result.Value, err)
	}
	return s
}

// screenshot captures the viewport as PNG.
func (p *tab) screenshot(ctx context.Context, t *testing.T) []byte {
	t.Helper()
	var shot struct{ Data string }
	p.must(ctx, t, "Page.captureScreenshot", map[string]any{"format": "png"}, &shot)
	b, err := base64.StdEncoding.DecodeString(shot.Data)
	if err != nil {
		t.Fatalf("decode screenshot: %v", err)
	}
	return b
}

// tail returns the last n bytes of s; Chromium's log is long and its end is
// what explains a failure.
func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return "…" + s[len(s)-n:]
}
