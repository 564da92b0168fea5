// Package web serves coveragebot's HTTP side: the citation pages that the
// bot's ¶N links open, the article list and the health check (the metrics
// have a listener of their own). Pages are plain HTML rendered with html/template, readable
// without JavaScript; the cited paragraph is highlighted with CSS :target.
package web
