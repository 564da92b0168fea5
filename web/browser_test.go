//go:build linux

package web

import (
	"bytes"
	"context"
	"fmt"
	"image/color"
	"image/png"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// viewport is the size of the browser window, in CSS pixels; screenshots
// are taken at one device pixel per CSS pixel so that positions match.
const viewportW, viewportH = 1200, 900

// TestBrowserHighlightsCitedParagraph opens the real article at #p23 in
// headless Chromium, as a reader following a ¶23 citation from Discord
// would, and checks in the rendered page that paragraph 23 is the target,
// scrolled into view and highlighted (background and left border from CSS
// :target), in light and dark mode and on a phone-sized screen, and that the
// stable link shape /articles/{id}/paragraphs/{n} lands on its paragraph too.
// Set COVERAGEBOT_SCREENSHOT=/tmp/p23.png to keep the desktop screenshot
// (and /tmp/p23-phone.png, the phone one). Chromium, driven by chromedp, is
// given 60 s in all, reaches only 127.0.0.1 and is stopped, with its
// helpers, at the end.
func TestBrowserHighlightsCitedParagraph(t *testing.T) {
	if _, err := os.Stat(chromiumPath); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("CI is set but %s is missing (%v): the browser test must run in CI", chromiumPath, err)
		}
		t.Skipf("%s not installed (apt-get install chromium); skipping the browser test outside CI", chromiumPath)
	}
	ctx, cancel := context.WithTimeout(t.Context(), 60*time.Second)
	defer cancel()

	srv := httptest.NewServer(New(loadShipped(t), Options{}, nil)) // listens on 127.0.0.1
	t.Cleanup(srv.Close)
	const id = shippedArticle

	b := startChromium(ctx, t)
	page := newPage(b, t)

	page.navigate(t, srv.URL+"/articles/"+id+"#p23")
	light := page.inspect(t, 23)
	t.Logf("light: %+v", light)
	checkHighlighted(t, light, 23)
	shot := page.screenshot(t)
	if path := os.Getenv("COVERAGEBOT_SCREENSHOT"); path != "" {
		if err := os.WriteFile(path, shot, 0o644); err != nil {
			t.Fatalf("save screenshot: %v", err)
		}
		t.Logf("screenshot of %s#p23 saved to %s", srv.URL+"/articles/"+id, path)
	}
	checkPixels(t, shot, light)

	t.Run("dark mode", func(t *testing.T) {
		page.colorScheme(t, "dark")
		dark := page.inspect(t, 23)
		t.Logf("dark: %+v", dark)
		checkHighlighted(t, dark, 23)
		if dark.Background == light.Background {
			t.Errorf("dark mode highlight = light mode highlight %s; prefers-color-scheme not applied", dark.Background)
		}
		checkPixels(t, page.screenshot(t), dark)
		page.colorScheme(t, "light")
	})

	t.Run("phone", func(t *testing.T) {
		phone := newPage(b, t)
		defer phone.close()
		phone.do(t, chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile))
		phone.navigate(t, srv.URL+"/articles/"+id+"#p23")
		got := phone.inspect(t, 23)
		t.Logf("phone: %+v", got)
		checkHighlighted(t, got, 23)
		if got.Right > 390 || got.Left < 0 {
			t.Errorf("¶23 spans x %v..%v, wider than the 390 px phone screen", got.Left, got.Right)
		}
		if got.AsideTop < got.ArticleBottom {
			t.Errorf("the fact sidebar starts at y %v, above the article's end at %v; on a phone it belongs below", got.AsideTop, got.ArticleBottom)
		}
		if path := os.Getenv("COVERAGEBOT_SCREENSHOT"); path != "" {
			phonePath := strings.TrimSuffix(path, ".png") + "-phone.png"
			if err := os.WriteFile(phonePath, phone.screenshot(t), 0o644); err != nil {
				t.Fatalf("save screenshot: %v", err)
			}
		}
	})

	t.Run("paragraph link redirects to its anchor", func(t *testing.T) {
		page.navigate(t, srv.URL+"/articles/"+id+"/paragraphs/7")
		got := page.inspect(t, 7)
		if got.Path != "/articles/"+id {
			t.Errorf("landed on %s, want /articles/%s", got.Path, id)
		}
		checkHighlighted(t, got, 7)
	})
}

// paragraphState is what the page says about one paragraph after loading.
type paragraphState struct {
	Path, Hash, Target, Text string
	Background, Border       string
	BorderWidth              float64
	Unmarked                 string // background of a paragraph that is not the target
	Top, Bottom, Left, Right float64
	ViewportHeight, ScrollY  float64
	StylesheetLoaded         bool
	ArticleBottom, AsideTop  float64 // where the text ends and the sidebar starts
}

func checkHighlighted(t *testing.T, s paragraphState, n int) {
	t.Helper()
	want := fmt.Sprintf("p%d", n)
	if s.Hash != "#"+want {
		t.Errorf("location.hash = %q, want #%s", s.Hash, want)
	}
	if s.Target != want {
		t.Errorf(":target is %q, want %s", s.Target, want)
	}
	if !strings.HasPrefix(s.Text, fmt.Sprintf("¶%d ", n)) {
		t.Errorf("paragraph text starts %.20q, want ¶%d", s.Text, n)
	}
	if !s.StylesheetLoaded {
		t.Error("the stylesheet did not load (blocked by the Content-Security-Policy?)")
	}
	if transparent(s.Background) || s.Background == s.Unmarked {
		t.Errorf("¶%d background = %s, other paragraphs %s: not highlighted", n, s.Background, s.Unmarked)
	}
	if s.BorderWidth < 2 || transparent(s.Border) {
		t.Errorf("¶%d left border = %vpx %s, want a visible border", n, s.BorderWidth, s.Border)
	}
	if s.Top < 0 || s.Top >= s.ViewportHeight || s.Bottom <= 0 {
		t.Errorf("¶%d spans y %v..%v, outside the %v px viewport: not scrolled into view", n, s.Top, s.Bottom, s.ViewportHeight)
	}
	if n > 5 && s.ScrollY <= 0 {
		t.Errorf("page not scrolled (scrollY = %v) to ¶%d", s.ScrollY, n)
	}
}

func transparent(css string) bool {
	return css == "" || css == "rgba(0, 0, 0, 0)" || css == "transparent"
}

// checkPixels looks at the screenshot itself: the left border and the
// background of the highlighted paragraph must be painted in the colours the
// page computed, where the paragraph is.
func checkPixels(t *testing.T, shot []byte, s paragraphState) {
	t.Helper()
	img, err := png.Decode(bytes.NewReader(shot))
	if err != nil {
		t.Fatalf("decode screenshot: %v", err)
	}
	if b := img.Bounds(); b.Dx() != viewportW || b.Dy() != viewportH {
		t.Errorf("screenshot is %dx%d, want %dx%d", b.Dx(), b.Dy(), viewportW, viewportH)
	}
	top := max(s.Top, 0) + 2 // inside the top padding, above the first line of text
	probes := []struct {
		what string
		x, y float64
		css  string
	}{
		{"left border", s.Left + 1, top, s.Border},
		{"background", s.Right - 3, top, s.Background},
	}
	for _, p := range probes {
		want, err := parseRGB(p.css)
		if err != nil {
			t.Errorf("%s colour: %v", p.what, err)
			continue
		}
		got := img.At(int(p.x), int(p.y))
		if !near(got, want) {
			t.Errorf("%s pixel at (%.0f,%.0f) = %v, want about %v", p.what, p.x, p.y, got, want)
		}
	}
}

func parseRGB(css string) (color.RGBA, error) {
	var r, g, b uint8
	if _, err := fmt.Sscanf(css, "rgb(%d, %d, %d)", &r, &g, &b); err != nil {
		return color.RGBA{}, fmt.Errorf("%q is not rgb(r, g, b): %w", css, err)
	}
	return color.RGBA{r, g, b, 255}, nil
}

func near(c color.Color, want color.RGBA) bool {
	r, g, b, _ := c.RGBA()
	d := func(x uint32, y uint8) int { return max(int(x>>8)-int(y), int(y)-int(x>>8)) }
	return d(r, want.R) <= 6 && d(g, want.G) <= 6 && d(b, want.B) <= 6
}
