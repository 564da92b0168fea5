// Package fakediscord is a small Discord for tests: the REST routes an
// interactions bot uses and a gateway websocket, served on 127.0.0.1. It
// records every request so that tests can assert what Discord would have
// received, and it refuses what Discord refuses (a second callback, an edit
// before the callback, a message over Discord's limits) with Discord's codes.
package fakediscord

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"time"
)

// Request is one REST request the fake received.
type Request struct {
	Method string
	Path   string // e.g. /api/v9/interactions/123/tok/callback
	Query  url.Values
	Body   any    // decoded JSON, nil when there was none
	Raw    []byte // the body as sent
	// JSON is the message as JSON: the body itself, or the payload_json
	// part of a multipart/form-data body.
	JSON []byte
	// Files are the files a multipart/form-data body uploaded.
	Files  []File
	At     time.Time
	Status int // what the fake answered
	// Interaction is the id of the interaction the request answers (found
	// from the id or the token in the path), or "".
	Interaction string
	// Problems lists why the fake refused the request, if it did.
	Problems []string
}

// Server is a fake Discord. Create it with Start; its zero value is unusable.
type Server struct {
	// AppID and BotUserID are the application and bot user READY announces.
	AppID, BotUserID string

	http *httptest.Server

	mu           sync.Mutex
	hb           time.Duration // the heartbeat interval HELLO asks for
	changed      chan struct{} // closed and replaced at every change
	requests     []Request
	gateway      []GatewayEvent
	conn         *gwConn // the connection with a live session, or nil
	sessionID    string
	sessions     int
	seq          int64
	ids          int64
	interactions map[string]*issued // by id
	down         bool               // refuse gateway connections
	refused      int                // gateway connections refused
	open         int                // websockets open now
	byToken      map[string]string  // token → id
	threadState  *threadState       // messages, modals and threads (threads.go)
	messages     map[string]*stored // by message id
	messageOrder []string           // message ids, oldest first
	messageIDs   int64              // the last id given to a stored message
	// ReadyWithoutApplication leaves "application" out of READY, as some
	// Discord-compatible servers do. Set it before the bot connects.
	ReadyWithoutApplication bool
	// NoApplicationRoute makes GET applications/@me answer 404.
	NoApplicationRoute bool
	// EditDelay holds every edit of an original message this long before
	// answering it, as a slow Discord would; an edit whose client goes away
	// meanwhile is recorded with status 499. Set it before use.
	EditDelay time.Duration
}

// issued is what the fake remembers of an interaction it dispatched.
type issued struct {
	token        string
	typ          int    // 2 command, 3 component, 4 autocomplete
	user         string // who sent it
	message      string // the original message (or, for a press, the one pressed)
	dispatchedAt time.Time
	callbacks    int
	original     bool // a callback created an original message that exists
}

// Start serves a fake Discord on 127.0.0.1. HELLO asks for heartbeats every
// heartbeat (1 s if zero). Close it when done.
func Start(heartbeat time.Duration) *Server {
	if heartbeat <= 0 {
		heartbeat = time.Second
	}
	s := &Server{
		AppID:        "100000000000000001",
		BotUserID:    "100000000000000001",
		hb:           heartbeat,
		changed:      make(chan struct{}),
		interactions: map[string]*issued{},
		byToken:      map[string]string{},
		messages:     map[string]*stored{},
		ids:          200000000000000000,
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/v9/gateway", s.getGateway)
	mux.HandleFunc("GET /api/v9/gateway/bot", s.getGateway)
	mux.HandleFunc("GET /api/v9/applications/@me", s.getApplication)
	mux.HandleFunc("GET /api/v9/oauth2/applications/@me", s.getApplication)
	mux.HandleFunc("PUT /api/v9/applications/{app}/commands", s.putCommands)
	mux.HandleFunc("PUT /api/v9/applications/{app}/guilds/{guild}/commands", s.putCommands)
	mux.HandleFunc("POST /api/v9/interactions/{id}/{token}/callback", s.postCallback)
	mux.HandleFunc("PATCH /api/v9/webhooks/{app}/{token}/messages/@original", s.patchOriginal)
	mux.HandleFunc("DELETE /api/v9/webhooks/{app}/{token}/messages/@original", s.deleteOriginal)
	mux.HandleFunc("POST /api/v9/webhooks/{app}/{token}", s.postFollowup)
	mux.HandleFunc("POST /api/v9/channels/{channel}/messages/{message}/threads", s.postThread)
	mux.HandleFunc("POST /api/v9/channels/{channel}/messages", s.postChannelMessage)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		fail(w, r, http.StatusNotFound, 0, "404: Not Found")
	})
	s.http = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, "/gateway") {
			s.serveGateway(w, r)
			return
		}
		s.record(mux, w, r)
	}))
	return s
}

// Close stops the server and drops the gateway connection.
func (s *Server) Close() {
	s.DropConnection()
	s.http.Close()
}

// APIBase is the REST root to give the bot, ending in /api/v9/.
func (s *Server) APIBase() string { return s.http.URL + "/api/v9/" }

// GatewayURL is the websocket the fake's GET gateway returns.
func (s *Server) GatewayURL() string {
	return "ws" + strings.TrimPrefix(s.http.URL, "http") + "/gateway"
}

// Requests returns every REST request so far, in the order received.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.requests...)
}

// For returns the requests that answered interaction id: its callback, and
// the edits, deletes and follow-ups made with its token.
func (s *Server) For(id string) []Request {
	var out []Request
	for _, r := range s.Requests() {
		if r.Interaction == id {
			out = append(out, r)
		}
	}
	return out
}

// Callbacks returns the callbacks received for interaction id.
func (s *Server) Callbacks(id string) []Request {
	var out []Request
	for _, r := range s.For(id) {
		if strings.HasSuffix(r.Path, "/callback") {
			out = append(out, r)
		}
	}
	return out
}

// DispatchedAt is when the INTERACTION_CREATE for id was written.
func (s *Server) DispatchedAt(id string) time.Time {
	s.mu.Lock()
	defer s.mu.Unlock()
	if is := s.interactions[id]; is != nil {
		return is.dispatchedAt
	}
	return time.Time{}
}

// statusWriter holds what a handler answers, its status and its body,
// until the request is in the log (see record).
type statusWriter struct {
	http.ResponseWriter
	status   int
	body     bytes.Buffer
	problems []string
}

func (w *statusWriter) WriteHeader(code int) { w.status = code }

func (w *statusWriter) Write(p []byte) (int, error) { return w.body.Write(p) }

type ctxKey struct{}

// filesKey carries a request's uploaded files to the route that answers it.
type filesKey struct{}

func filesOf(r *http.Request) []File {
	files, _ := r.Context().Value(filesKey{}).([]File)
	return files
}

// record serves r with mux and appends it, with its decoded body and the
// status answered, to the log, and only then answers the client: the bot
// sends its next request once it has the answer to this one, so a test
// that sees what the bot did next finds every request before it in the
// log (a thread's message was once seen posted while the request that
// posted it was not yet logged).
func (s *Server) record(mux *http.ServeMux, w http.ResponseWriter, r *http.Request) {
	at := time.Now()
	raw, _ := io.ReadAll(r.Body)
	js, files, problems := raw, []File(nil), []string(nil)
	if boundary, ok := isMultipart(r.Header.Get("Content-Type")); ok {
		js, files, problems = multipartBody(raw, boundary)
	}
	// The routes read the message as JSON, wherever it came in.
	r.Body = io.NopCloser(bytes.NewReader(js))
	r = r.WithContext(context.WithValue(r.Context(), filesKey{}, files))
	var body any
	if len(js) > 0 {
		if err := json.Unmarshal(js, &body); err != nil {
			body = nil
		}
	}
	sw := &statusWriter{ResponseWriter: w, status: http.StatusOK}
	switch {
	case len(raw) > maxRequestBytes:
		fail(sw, r, http.StatusRequestEntityTooLarge, 40005, "Request entity too large", fmt.Sprintf("%d bytes, at most %d", len(raw), maxRequestBytes))
	case len(problems) > 0:
		fail(sw, r, http.StatusBadRequest, 50035, "Invalid Form Body", problems...)
	default:
		mux.ServeHTTP(sw, r)
	}
	req := Request{Method: r.Method, Path: r.URL.Path, Query: r.URL.Query(), Body: body, Raw: raw, JSON: js, Files: files, At: at, Status: sw.status, Problems: sw.problems}
	s.mu.Lock()
	req.Interaction = s.interactionOf(r.URL.Path)
	s.requests = append(s.requests, req)
	s.notifyLocked()
	s.mu.Unlock()
	w.WriteHeader(sw.status)
	w.Write(sw.body.Bytes())
}

// interactionOf finds the interaction a path answers, by id or token.
func (s *Server) interactionOf(path string) string {
	parts := strings.Split(strings.TrimPrefix(path, "/api/v9/"), "/")
	switch {
	case len(parts) >= 3 && parts[0] == "interactions":
		return parts[1]
	case len(parts) >= 3 && parts[0] == "webhooks":
		return s.byToken[parts[2]]
	}
	return ""
}

func (s *Server) notifyLocked() {
	close(s.changed)
	s.changed = make(chan struct{})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

// fail answers as Discord does: a JSON error with a code and a message.
func fail(w http.ResponseWriter, _ *http.Request, status, code int, msg string, problems ...string) {
	if sw, ok := w.(*statusWriter); ok {
		sw.problems = append(sw.problems, msg)
		sw.problems = append(sw.problems, problems...)
	}
	writeJSON(w, status, map[string]any{"code": code, "message": msg, "errors": problems})
}

func (s *Server) getGateway(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, map[string]any{
		"url": s.GatewayURL(), "shards": 1,
		"session_start_limit": map[string]int{"total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1},
	})
}

func (s *Server) getApplication(w http.ResponseWriter, r *http.Request) {
	if s.NoApplicationRoute {
		fail(w, r, http.StatusNotFound, 0, "404: Not Found")
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"id": s.AppID, "name": "coveragebot", "description": "", "bot_public": true})
}

func (s *Server) putCommands(w http.ResponseWriter, r *http.Request) {
	if r.PathValue("app") != s.AppID {
		fail(w, r, http.StatusForbidden, 50001, "Missing Access")
		return
	}
	var cmds []map[string]any
	if err := json.NewDecoder(r.Body).Decode(&cmds); err != nil {
		fail(w, r, http.StatusBadRequest, 50035, "Invalid Form Body", err.Error())
		return
	}
	if problems := commandProblems(cmds); len(problems) > 0 {
		fail(w, r, http.StatusBadRequest, 50035, "Invalid Form Body", problems...)
		return
	}
	for _, c := range cmds {
		c["id"] = s.newID()
		c["application_id"] = s.AppID
		c["version"] = s.newID()
		if g := r.PathValue("guild"); g != "" {
			c["guild_id"] = g
		}
	}
	writeJSON(w, http.StatusOK, cmds)
}

// Discord's response types that create the original message.
const (
	typeMessage  = 4
	typeDeferred = 5
	typeUpdate   = 7
	typeChoices  = 8
)

func (s *Server) postCallback(w http.ResponseWriter, r *http.Request) {
	id, token := r.PathValue("id"), r.PathValue("token")
	var cb struct {
		Type int            `json:"type"`
		Data map[string]any `json:"data"`
	}
	if err := json.NewDecoder(r.Body).Decode(&cb); err != nil {
		fail(w, r, http.StatusBadRequest, 50035, "Invalid Form Body", err.Error())
		return
	}
	s.mu.Lock()
	is := s.interactions[id]
	switch {
	case is == nil || is.token != token:
		s.mu.Unlock()
		fail(w, r, http.StatusNotFound, 10062, "Unknown interaction")
		return
	case is.callbacks > 0:
		s.mu.Unlock()
		fail(w, r, http.StatusBadRequest, 40060, "Interaction has already been acknowledged.")
		return
	}
	s.mu.Unlock()
	var problems []string
	switch cb.Type {
	case typeMessage, typeUpdate:
		problems = messageProblems(cb.Data)
	case typeDeferred:
	case typeChoices:
		problems = choiceProblems(cb.Data)
	default:
		problems = s.otherCallback(id, cb.Type, cb.Data)
	}
	if len(problems) > 0 {
		fail(w, r, http.StatusBadRequest, 50035, "Invalid Form Body", problems...)
		return
	}
	// Only an accepted callback acknowledges the interaction.
	s.mu.Lock()
	if is.callbacks > 0 {
		s.mu.Unlock()
		fail(w, r, http.StatusBadRequest, 40060, "Interaction has already been acknowledged.")
		return
	}
	is.callbacks++
	switch cb.Type {
	case typeMessage, typeDeferred:
		is.original = true
		is.message = s.newMessageIDLocked()
		s.storeLocked(is.message, id, cb.Data)
	case typeUpdate:
		is.original = is.message != ""
		if s.messages[is.message] != nil {
			s.storeLocked(is.message, s.messages[is.message].interaction, cb.Data)
		}
	case typeDeferredUpdate:
		is.original = is.message != ""
	}
	s.mu.Unlock()
	w.WriteHeader(http.StatusNoContent)
}

// webhook checks the path of a webhook request and returns its interaction.
func (s *Server) webhook(w http.ResponseWriter, r *http.Request) (*issued, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	is := s.interactions[s.byToken[r.PathValue("token")]]
	if r.PathValue("app") != s.AppID || is == nil {
		fail(w, r, http.StatusNotFound, 10015, "Unknown Webhook")
		return nil, false
	}
	if is.callbacks == 0 {
		fail(w, r, http.StatusNotFound, 10015, "Unknown Webhook", "the interaction has not been answered")
		return nil, false
	}
	return is, true
}

func (s *Server) patchOriginal(w http.ResponseWriter, r *http.Request) {
	if s.EditDelay > 0 {
		select {
		case <-time.After(s.EditDelay):
		case <-r.Context().Done():
			fail(w, r, 499, 0, "client closed the request")
			return
		}
	}
	is, ok := s.webhook(w, r)
	if !ok {
		return
	}
	s.mu.Lock()
	exists := is.original
	s.mu.Unlock()
	if !exists {
		fail(w, r, http.StatusNotFound, 10008, "Unknown Message")
		return
	}
	body, ok := decodeMessage(w, r)
	if !ok {
		return
	}
	s.mu.Lock()
	if m := s.messages[is.message]; m != nil {
		s.storeLocked(m.id, m.interaction, body)
	}
	s.mu.Unlock()
	writeJSON(w, http.StatusOK, s.message(body, filesOf(r)))
}

// decodeMessage reads a message body (an edit or a follow-up) and refuses it
// as Discord would when it breaks a limit.
func decodeMessage(w http.ResponseWriter, r *http.Request) (map[string]any, bool) {
	var body map[string]any
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		fail(w, r, http.StatusBadRequest, 50035, "Invalid Form Body", err.Error())
		return nil, false
	}
	if problems := messageProblems(body); len(problems) > 0 {
		fail(w, r, http.StatusBadRequest, 50035, "Invalid Form Body", problems...)
		return nil, false
	}
	return body, true
}

func (s *Server) deleteOriginal(w http.ResponseWriter, r *http.Request) {
	is, ok := s.webhook(w, r)
	if !ok {
		return
	}
	s.mu.Lock()
	exists := is.original
	is.original = false
	s.deleteLocked(is.message)
	s.mu.Unlock()
	if !exists {
		fail(w, r, http.StatusNotFound, 10008, "Unknown Message")
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) postFollowup(w http.ResponseWriter, r *http.Request) {
	if _, ok := s.webhook(w, r); !ok {
		return
	}
	body, ok := decodeMessage(w, r)
	if !ok {
		return
	}
	s.mu.Lock()
	s.storeLocked(s.newMessageIDLocked(), s.byToken[r.PathValue("token")], body)
	s.mu.Unlock()
	if r.URL.Query().Get("wait") != "true" {
		w.WriteHeader(http.StatusNoContent)
		return
	}
	writeJSON(w, http.StatusOK, s.message(body, filesOf(r)))
}

// message is the message object Discord returns for an edit or follow-up.
func (s *Server) message(body map[string]any, files []File) map[string]any {
	embeds, _ := body["embeds"].([]any)
	if embeds == nil {
		embeds = []any{}
	}
	flags, _ := body["flags"].(float64)
	content, _ := body["content"].(string)
	return map[string]any{
		"id": s.newID(), "type": 20, "channel_id": "900000000000000002",
		"content": content, "embeds": embeds, "components": []any{}, "flags": int(flags),
		"author":         map[string]any{"id": s.BotUserID, "username": "coveragebot", "discriminator": "0", "bot": true},
		"application_id": s.AppID, "webhook_id": s.AppID,
		"timestamp": time.Now().UTC().Format(time.RFC3339), "mentions": []any{}, "attachments": s.attachments(files),
	}
}

// attachments describes uploaded files as a message lists them.
func (s *Server) attachments(files []File) []any {
	out := []any{}
	for _, f := range files {
		id := s.newID()
		out = append(out, map[string]any{
			"id": id, "filename": f.Name, "size": len(f.Data), "content_type": f.ContentType,
			"url": "https://cdn.discordapp.invalid/attachments/" + id + "/" + f.Name,
		})
	}
	return out
}

// newID returns a fresh snowflake-shaped id.
func (s *Server) newID() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.newIDLocked()
}

// newMessageIDLocked is an id for a message the fake stores, counted apart
// from the others so that storing messages changes no other id. s.mu is held.
func (s *Server) newMessageIDLocked() string {
	s.messageIDs++
	return fmt.Sprint(300000000000000000 + s.messageIDs)
}

func (s *Server) newIDLocked() string {
	s.ids++
	return fmt.Sprint(s.ids)
}
