package fakediscord

import (
	"encoding/json"
	"maps"
)

// stored is a message the bot created or changed through the fake: what a
// user's client shows, and what a button press on it sends back.
type stored struct {
	id          string
	interaction string // the interaction whose reply it is
	body        map[string]any
}

// storeLocked creates or replaces message id with the fields of body that a
// message keeps (content, embeds, components, flags), on behalf of
// interaction. s.mu is held.
func (s *Server) storeLocked(id, interaction string, body map[string]any) {
	m := s.messages[id]
	if m == nil {
		m = &stored{id: id, interaction: interaction, body: map[string]any{"content": "", "embeds": []any{}, "components": []any{}, "flags": 0.0}}
		s.messages[id] = m
		s.messageOrder = append(s.messageOrder, id)
	}
	for _, k := range []string{"content", "embeds", "components", "flags"} {
		if v, ok := body[k]; ok && v != nil {
			m.body[k] = v
		}
	}
}

// deleteLocked forgets message id. s.mu is held.
func (s *Server) deleteLocked(id string) { delete(s.messages, id) }

// messageWithLocked returns the newest message with a button whose
// custom_id is customID, as Discord sends it in a press: with the
// interaction_metadata of the command that created it. s.mu is held.
func (s *Server) messageWithLocked(customID string) (map[string]any, bool) {
	for k := len(s.messageOrder) - 1; k >= 0; k-- {
		m := s.messages[s.messageOrder[k]]
		if m == nil || !hasCustomID(m.body["components"], customID) {
			continue
		}
		out := deepCopy(m.body)
		out["id"], out["channel_id"], out["type"] = m.id, ChannelID, 20
		out["author"] = map[string]any{"id": s.BotUserID, "username": "coveragebot", "discriminator": "0", "bot": true}
		out["application_id"] = s.AppID
		if is := s.interactions[m.interaction]; is != nil {
			out["interaction_metadata"] = map[string]any{
				"id": m.interaction, "type": is.typ,
				"user":                           map[string]any{"id": is.user, "username": "user" + is.user, "discriminator": "0"},
				"authorizing_integration_owners": map[string]any{"0": GuildID},
			}
		}
		return out, true
	}
	return nil, false
}

func hasCustomID(components any, id string) bool {
	rows, _ := components.([]any)
	for _, r := range rows {
		row, _ := r.(map[string]any)
		buttons, _ := row["components"].([]any)
		for _, b := range buttons {
			if bm, _ := b.(map[string]any); bm != nil && bm["custom_id"] == id {
				return true
			}
		}
	}
	return false
}

func deepCopy(m map[string]any) map[string]any {
	b, err := json.Marshal(m)
	if err != nil {
		return maps.Clone(m)
	}
	var out map[string]any
	if json.Unmarshal(b, &out) != nil {
		return maps.Clone(m)
	}
	return out
}

// Message returns the current body of the message that holds a button with
// customID (content, embeds, components, flags, interaction_metadata), as a
// press on that button would carry it.
func (s *Server) Message(customID string) (map[string]any, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.messageWithLocked(customID)
}
