package web

import (
	"net/http"

	"github.com/coveragebot/coveragebot/knowledge"
	"github.com/coveragebot/coveragebot/timelinejs"
)

// timelineJSONPath is where an article's events are served in TimelineJS's
// format.
func timelineJSONPath(id string) string { return articlePath(id) + "/timeline.json" }

// TimelineURL is the address of an article's timeline on its citation page:
// {publicURL}/articles/{id}#timeline. A /timeline reply's title links there.
func TimelineURL(publicURL, id string) string { return articleURL(publicURL, id) + "#timeline" }

// timelineJSON serves GET /articles/{id}/timeline.json: every event of the
// article as a TimelineJS document, each ¶ linking to its paragraph here
// (absolute with a public URL, else from the site's root). Any origin may
// read it, so that a TimelineJS embed on a newsroom's own site can load it.
func (s *server) timelineJSON(w http.ResponseWriter, r *http.Request) {
	a := s.find(r.PathValue("id"))
	if a == nil {
		s.notFound(w, r)
		return
	}
	link := func(ref knowledge.Ref) string { return articlePath(ref.Article) + anchor(ref.Paragraph) }
	if s.opts.PublicURL != "" {
		link = func(ref knowledge.Ref) string { return ParagraphURL(s.opts.PublicURL, ref) }
	}
	b, err := timelinejs.Marshal(timelinejs.Build(a, s.lib.Events(a.ID), timelinejs.Options{ParagraphURL: link}))
	if err != nil {
		s.log.Error("timeline json", "article", a.ID, "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Access-Control-Allow-Origin", "*")
	_, _ = w.Write(b)
}
