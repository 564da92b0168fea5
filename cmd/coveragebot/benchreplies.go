package main

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"

	"github.com/coveragebot/coveragebot/commands"
	"github.com/coveragebot/coveragebot/internal/synth"
	"github.com/coveragebot/coveragebot/knowledge"
)

// benchReply is one query's reply as --replies writes it: what a change
// that should only make the engine faster must leave byte for byte as it
// was. Pictures are reduced to their hash so that the file stays diffable.
type benchReply struct {
	Line         string             `json:"line"`
	Error        string             `json:"error,omitempty"`
	Response     *commands.Response `json:"response,omitempty"`
	Messages     []commands.Message `json:"messages,omitempty"`
	Files        []string           `json:"files,omitempty"`
	Autocomplete []commands.Choice  `json:"autocomplete,omitempty"`
	// Answer is the engine's own answer to an /ask question over the
	// whole coverage, scores included: stricter than the reply, which
	// shows no score.
	Answer *knowledge.Answer `json:"answer,omitempty"`
}

// writeReplies answers every query of the plan (warm-up and timed, in that
// order) once more, after the timing, and writes each reply as a line of
// JSON to path, so that two engines' files can be compared with cmp.
func writeReplies(ctx context.Context, lib *knowledge.Library, router *commands.Router, qs []synth.Query, path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	for _, q := range qs {
		r, err := benchAnswer(ctx, lib, router, q)
		if err != nil {
			f.Close()
			return err
		}
		if err := enc.Encode(r); err != nil {
			f.Close()
			return err
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// askLimit is how many passages /ask asks the engine for (commands.askLimit).
const askLimit = 4

// benchAnswer answers one query as runQuery does and keeps what it answered.
func benchAnswer(ctx context.Context, lib *knowledge.Library, router *commands.Router, q synth.Query) (benchReply, error) {
	r := benchReply{Line: q.Line}
	req, err := router.Parse(q.Line)
	if err != nil {
		return r, fmt.Errorf("query %q does not parse: %w", q.Line, err)
	}
	if q.Command == "autocomplete" {
		r.Autocomplete = router.Autocomplete(ctx, commands.AutocompleteRequest{Command: req.Command, Option: q.Focus, Partial: req.Options[q.Focus], Options: req.Options})
		return r, nil
	}
	if q.Command == "ask" {
		ans, err := lib.Ask(ctx, req.Options["question"], askLimit)
		if err != nil {
			return r, fmt.Errorf("query %q: %w", q.Line, err)
		}
		r.Answer = &ans
	}
	resp, err := router.Handle(ctx, req)
	var ue *commands.Error
	switch {
	case errors.As(err, &ue):
		r.Error = ue.Error()
		return r, nil
	case err != nil:
		return r, fmt.Errorf("query %q: %w", q.Line, err)
	}
	r.Response = &resp
	r.Messages = router.Render(resp)
	for _, m := range r.Messages {
		for _, f := range m.Files {
			sum := sha256.Sum256(f.Data)
			r.Files = append(r.Files, f.Name+" "+hex.EncodeToString(sum[:]))
		}
	}
	return r, nil
}
