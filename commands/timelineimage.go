package commands

import (
	"fmt"

	"github.com/coveragebot/coveragebot/knowledge"
	"github.com/coveragebot/coveragebot/timelineimg"
)

// TimelineImageName is the file name of /timeline's picture.
const TimelineImageName = "timeline.png"

// withTimelineImage draws the events of a /timeline reply and attaches the
// picture, titled like the reply and subtitled with its sources, which it
// lists in the reply as Handle would (its entries cite what its items do,
// in the same order), so that Handle need not list them again. The title
// links to the article's timeline on its citation page when the events come
// from one article and TimelineLink knows where that is.
// The picture draws the events the reply shows, and counts the timeline's
// others in a line under them.
func (r *Router) withTimelineImage(resp Response, part knowledge.TimelinePage) (Response, error) {
	events := part.Events
	var cites []knowledge.Ref
	articles := map[string]bool{}
	for _, en := range resp.Entries {
		cites = append(cites, en.Citations...)
	}
	for _, ev := range events {
		articles[ev.Article] = true
	}
	resp.Sources = r.sources(cites)
	opts := timelineimg.Options{Title: resp.Title, Subtitle: footerText(resp), More: part.Total - len(events)}
	if len(articles) > 1 {
		opts.Labels = r.RenderOptions().Labels
	}
	img, err := timelineimg.Render(events, opts)
	if err != nil {
		return Response{}, fmt.Errorf("/timeline: %w", err)
	}
	resp.Image = &Image{Name: TimelineImageName, Width: img.Width, Height: img.Height, PNG: img.PNG}
	if len(articles) == 1 && r.opts.TimelineLink != nil {
		resp.URL = r.opts.TimelineLink(events[0].Article)
	}
	return resp, nil
}

// attachImage uploads the reply's picture with a page and shows it under
// the page's embed. Every page carries it, so that turning pages never
// leaves a page without the picture its text goes with.
func attachImage(m *Message, r Response) {
	if r.Image == nil || len(m.Embeds) == 0 {
		return
	}
	m.Files = []File{{Name: r.Image.Name, ContentType: "image/png", Data: r.Image.PNG}}
	m.Embeds[0].Image = "attachment://" + r.Image.Name
}
