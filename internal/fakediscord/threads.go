package fakediscord

import (
	"encoding/json"
	"fmt"
	"maps"
	"net/http"
	"slices"
	"strings"
	"time"
)

// Messages, modals and threads: what a bot that answers in threads uses.
// The fake knows a message when a test has shown one to the bot (PressOn,
// Submit, MessageFrom) or the bot has posted one to a channel; it starts
// threads on known messages only, as Discord does (a thread's id is the id
// of the message it starts from; one thread per message; none on an
// ephemeral message), and takes channel messages only with the bot token.

// Interaction, callback and component types of Discord's API used here.
const (
	typeComponent      = 3
	typeModalSubmit    = 5
	typeDeferredUpdate = 6
	typeModal          = 9
	threadChannelType  = 11 // GUILD_PUBLIC_THREAD
	flagEphemeral      = 64
)

// Limits of a modal, from Discord's docs.
const (
	maxModalTitle = 45
	maxModalRows  = 5
	maxInputLabel = 45
	maxInputValue = 4000
	maxThreadName = 100
)

// threadState is what the fake keeps of messages, modals and threads.
type threadState struct {
	kinds    map[string]int            // interaction id → type, for those built here
	messages map[string]map[string]any // message id → message, as clients see it
	threads  map[string]string         // thread id → its parent channel
	posted   map[string][]string       // channel id → ids of messages the bot posted there
}

// threadsLocked returns the state, made on first use. s.mu is held.
func (s *Server) threadsLocked() *threadState {
	if s.threadState == nil {
		s.threadState = &threadState{kinds: map[string]int{}, messages: map[string]map[string]any{}, threads: map[string]string{}, posted: map[string][]string{}}
	}
	return s.threadState
}

// MessageFrom makes the message a reply of the bot's shows in channelID, from
// what the bot sent: a callback's data, an edit or a follow-up. The fake
// then knows it (a thread can start from it). channelID "" is ChannelID.
func (s *Server) MessageFrom(body map[string]any, channelID string) map[string]any {
	if channelID == "" {
		channelID = ChannelID
	}
	id := s.newID()
	s.mu.Lock()
	defer s.mu.Unlock()
	m := s.messageLocked(id, channelID, body)
	return deepCopyJSON(m)
}

// messageLocked stores and returns a message of the bot's made from body.
func (s *Server) messageLocked(id, channelID string, body map[string]any) map[string]any {
	flags, _ := body["flags"].(float64)
	m := map[string]any{
		"id": id, "type": 0, "channel_id": channelID, "content": str(body, "content"),
		"embeds": orEmpty(body["embeds"]), "components": orEmpty(body["components"]), "flags": int(flags),
		"author":         map[string]any{"id": s.BotUserID, "username": "coveragebot", "discriminator": "0", "bot": true},
		"application_id": s.AppID, "timestamp": time.Now().UTC().Format(time.RFC3339),
		"mentions": []any{}, "attachments": []any{},
	}
	s.threadsLocked().messages[id] = m
	return m
}

func orEmpty(v any) any {
	if l, ok := v.([]any); ok {
		return l
	}
	return []any{}
}

// KnownMessage returns message id as a client sees it now (with its thread
// once one starts from it), or nil.
func (s *Server) KnownMessage(id string) map[string]any {
	s.mu.Lock()
	defer s.mu.Unlock()
	m := s.threadsLocked().messages[id]
	if m == nil {
		return nil
	}
	return deepCopyJSON(m)
}

// Posted returns the messages the bot posted to channelID (a channel or a
// thread), oldest first.
func (s *Server) Posted(channelID string) []map[string]any {
	s.mu.Lock()
	defer s.mu.Unlock()
	ts := s.threadsLocked()
	var out []map[string]any
	for _, id := range ts.posted[channelID] {
		out = append(out, deepCopyJSON(ts.messages[id]))
	}
	return out
}

// Threads returns the ids of the threads started so far.
func (s *Server) Threads() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	ids := slices.Collect(maps.Keys(s.threadsLocked().threads))
	slices.Sort(ids)
	return ids
}

// PressOn builds a press by user of the button customID on msg, a message
// as MessageFrom, KnownMessage or Posted return it; the interaction comes
// from msg's channel.
func (s *Server) PressOn(user, customID string, msg map[string]any) Interaction {
	i := s.interaction(user, typeComponent, map[string]any{"custom_id": customID, "component_type": 2})
	s.fromMessage(i, typeComponent, msg)
	return i
}

// Submit builds user's submission of the modal customID with the values of
// its text inputs by custom_id; msg is the message whose button opened the
// modal (nil for none).
func (s *Server) Submit(user, customID string, msg map[string]any, values map[string]string) Interaction {
	var rows []any
	for _, k := range slices.Sorted(maps.Keys(values)) {
		rows = append(rows, map[string]any{"type": 1, "components": []any{map[string]any{"type": 4, "custom_id": k, "value": values[k]}}})
	}
	i := s.interaction(user, typeModalSubmit, map[string]any{"custom_id": customID, "components": rows})
	s.fromMessage(i, typeModalSubmit, msg)
	return i
}

// fromMessage puts msg and its channel in i, and remembers i's type.
func (s *Server) fromMessage(i Interaction, typ int, msg map[string]any) {
	s.mu.Lock()
	defer s.mu.Unlock()
	ts := s.threadsLocked()
	ts.kinds[i.ID] = typ
	if msg == nil {
		return
	}
	i.Payload["message"] = deepCopyJSON(msg)
	ch := str(msg, "channel_id")
	i.Payload["channel_id"] = ch
	channel := map[string]any{"id": ch, "type": 0, "guild_id": GuildID}
	if parent, ok := ts.threads[ch]; ok {
		channel["type"], channel["parent_id"] = threadChannelType, parent
	}
	i.Payload["channel"] = channel
}

// otherCallback checks a callback of a type postCallback leaves to it: a
// modal (9), or a deferred update (6) of a component or of a modal opened
// from one. id is the interaction.
func (s *Server) otherCallback(id string, typ int, data map[string]any) []string {
	s.mu.Lock()
	ts := s.threadsLocked()
	kind, known := ts.kinds[id]
	s.mu.Unlock()
	switch typ {
	case typeDeferredUpdate:
		if known && kind != typeComponent && kind != typeModalSubmit {
			return []string{"type: 6 (DEFERRED_UPDATE_MESSAGE) is only for components and modals opened from them"}
		}
		return nil
	case typeModal:
		if known && kind == typeModalSubmit {
			return []string{"type: 9 (MODAL) cannot answer a modal submit"}
		}
		return modalProblems(data)
	}
	return []string{fmt.Sprintf("type: %d is not a response type the fake knows", typ)}
}

// modalProblems checks a modal against Discord's limits.
func modalProblems(d map[string]any) []string {
	var out []string
	bad := func(format string, args ...any) { out = append(out, fmt.Sprintf(format, args...)) }
	if n := chars(str(d, "custom_id")); n < 1 || n > maxCustomID {
		bad("custom_id: %d characters, want 1-%d", n, maxCustomID)
	}
	if n := chars(str(d, "title")); n < 1 || n > maxModalTitle {
		bad("title: %d characters, want 1-%d", n, maxModalTitle)
	}
	rows, _ := d["components"].([]any)
	if len(rows) < 1 || len(rows) > maxModalRows {
		bad("components: %d, want 1-%d", len(rows), maxModalRows)
	}
	for i, r := range rows {
		rm, _ := r.(map[string]any)
		inputs, _ := rm["components"].([]any)
		if rm["type"] != 1.0 || len(inputs) != 1 {
			bad("components[%d]: want an action row holding one text input", i)
			continue
		}
		in, _ := inputs[0].(map[string]any)
		if in["type"] != 4.0 {
			bad("components[%d]: a modal takes text inputs, not type %v", i, in["type"])
		}
		if n := chars(str(in, "custom_id")); n < 1 || n > maxCustomID {
			bad("components[%d].custom_id: %d characters", i, n)
		}
		if n := chars(str(in, "label")); n < 1 || n > maxInputLabel {
			bad("components[%d].label: %d characters, want 1-%d", i, n, maxInputLabel)
		}
		if st := in["style"]; st != 1.0 && st != 2.0 {
			bad("components[%d].style: %v, want 1 (short) or 2 (paragraph)", i, st)
		}
		if n, _ := in["max_length"].(float64); n < 0 || n > maxInputValue {
			bad("components[%d].max_length: %v, at most %d", i, n, maxInputValue)
		}
		if n := chars(str(in, "placeholder")); n > 100 {
			bad("components[%d].placeholder: %d characters, at most 100", i, n)
		}
	}
	return out
}

// botAuthorised reports whether r carries a bot token, as channel routes
// need (interaction callbacks and webhooks do not).
func botAuthorised(w http.ResponseWriter, r *http.Request) bool {
	if !strings.HasPrefix(r.Header.Get("Authorization"), "Bot ") || len(r.Header.Get("Authorization")) <= len("Bot ") {
		fail(w, r, http.StatusUnauthorized, 0, "401: Unauthorized")
		return false
	}
	return true
}

// postThread is Start Thread from Message.
func (s *Server) postThread(w http.ResponseWriter, r *http.Request) {
	if !botAuthorised(w, r) {
		return
	}
	channel, msgID := r.PathValue("channel"), r.PathValue("message")
	var body map[string]any
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		fail(w, r, http.StatusBadRequest, 50035, "Invalid Form Body", err.Error())
		return
	}
	name := str(body, "name")
	if n := chars(name); n < 1 || n > maxThreadName {
		fail(w, r, http.StatusBadRequest, 50035, "Invalid Form Body", fmt.Sprintf("name: %d characters, want 1-%d", n, maxThreadName))
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	ts := s.threadsLocked()
	m := ts.messages[msgID]
	switch {
	case m == nil || str(m, "channel_id") != channel:
		fail(w, r, http.StatusNotFound, 10008, "Unknown Message")
		return
	case ts.threads[msgID] != "":
		fail(w, r, http.StatusBadRequest, 160004, "A thread has already been created for this message")
		return
	case int(m["flags"].(int))&flagEphemeral != 0:
		fail(w, r, http.StatusBadRequest, 50035, "Invalid Form Body", "an ephemeral message cannot start a thread")
		return
	case ts.threads[channel] != "":
		fail(w, r, http.StatusBadRequest, 50024, "Cannot execute action on this channel type", "a thread cannot start inside a thread")
		return
	}
	archive, _ := body["auto_archive_duration"].(float64)
	if archive == 0 {
		archive = 4320
	}
	thread := map[string]any{
		"id": msgID, "type": threadChannelType, "guild_id": GuildID, "parent_id": channel, "name": name,
		"owner_id": s.BotUserID, "message_count": 0, "member_count": 1, "rate_limit_per_user": 0,
		"thread_metadata": map[string]any{"archived": false, "auto_archive_duration": int(archive), "archive_timestamp": time.Now().UTC().Format(time.RFC3339), "locked": false},
	}
	ts.threads[msgID] = channel
	m["thread"] = thread
	writeJSON(w, http.StatusCreated, thread)
}

// postChannelMessage is Create Message, in a channel or a thread.
func (s *Server) postChannelMessage(w http.ResponseWriter, r *http.Request) {
	if !botAuthorised(w, r) {
		return
	}
	channel := r.PathValue("channel")
	s.mu.Lock()
	_, isThread := s.threadsLocked().threads[channel]
	s.mu.Unlock()
	if channel != ChannelID && !isThread {
		fail(w, r, http.StatusNotFound, 10003, "Unknown Channel")
		return
	}
	body, ok := decodeMessage(w, r)
	if !ok {
		return
	}
	if f, _ := body["flags"].(float64); int(f)&flagEphemeral != 0 {
		fail(w, r, http.StatusBadRequest, 50035, "Invalid Form Body", "flags: a channel message cannot be ephemeral")
		return
	}
	id := s.newID()
	s.mu.Lock()
	m := s.messageLocked(id, channel, body)
	ts := s.threadsLocked()
	ts.posted[channel] = append(ts.posted[channel], id)
	out := deepCopyJSON(m)
	s.mu.Unlock()
	writeJSON(w, http.StatusOK, out)
}

// deepCopyJSON copies a message through JSON, as a client would read it.
func deepCopyJSON(m map[string]any) map[string]any {
	b, err := json.Marshal(m)
	if err != nil {
		panic(err)
	}
	var out map[string]any
	if err := json.Unmarshal(b, &out); err != nil {
		panic(err)
	}
	return out
}
