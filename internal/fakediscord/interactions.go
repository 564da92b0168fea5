package fakediscord

import "fmt"

// Interaction is an INTERACTION_CREATE payload as Discord sends it, built by
// Command, Autocomplete or Press. Payload is plain JSON data (maps), so that
// the bot decodes exactly what it would from Discord, ",string" fields
// included.
type Interaction struct {
	ID, Token string
	Payload   map[string]any
}

// Option is one option of a command interaction.
type Option struct {
	Name    string
	Type    int // 3 string, 4 integer, 5 boolean
	Value   any
	Focused bool
}

// String, Int and Bool build options; Focused builds the option being typed
// in an autocomplete interaction.
func String(name, v string) Option    { return Option{Name: name, Type: 3, Value: v} }
func Int(name string, v int) Option   { return Option{Name: name, Type: 4, Value: v} }
func Bool(name string, v bool) Option { return Option{Name: name, Type: 5, Value: v} }
func Focused(name, partial string) Option {
	return Option{Name: name, Type: 3, Value: partial, Focused: true}
}

// IDs of the guild and channel every interaction comes from.
const (
	GuildID   = "900000000000000001"
	ChannelID = "900000000000000002"
)

// Command builds a slash command sent by user in the guild.
func (s *Server) Command(user, name string, opts ...Option) Interaction {
	return s.interaction(user, 2, s.commandData(name, opts))
}

// Autocomplete builds an autocomplete request; one option should be Focused.
func (s *Server) Autocomplete(user, name string, opts ...Option) Interaction {
	return s.interaction(user, 4, s.commandData(name, opts))
}

// Press builds a button press by user on the bot's message that holds a
// button with customID, carrying that message as Discord does (embeds,
// components, interaction_metadata). A customID on no message the fake
// knows is pressed on an empty message.
func (s *Server) Press(user, customID string) Interaction {
	i := s.interaction(user, 3, map[string]any{"custom_id": customID, "component_type": 2})
	msg, ok := s.Message(customID)
	if !ok {
		msg = map[string]any{
			"id": s.newID(), "channel_id": ChannelID, "type": 20, "content": "", "embeds": []any{},
			"author": map[string]any{"id": s.BotUserID, "username": "coveragebot", "discriminator": "0", "bot": true},
			"flags":  0,
		}
	}
	i.Payload["message"] = msg
	return i
}

// InDM returns the interaction as sent from a direct message: the user is
// in "user", not "member", and there is no guild.
func (i Interaction) InDM() Interaction {
	p := make(map[string]any, len(i.Payload))
	for k, v := range i.Payload {
		p[k] = v
	}
	member := p["member"].(map[string]any)
	p["user"] = member["user"]
	p["context"] = 1
	delete(p, "member")
	delete(p, "guild_id")
	delete(p, "guild_locale")
	return Interaction{ID: i.ID, Token: i.Token, Payload: p}
}

func (s *Server) commandData(name string, opts []Option) map[string]any {
	list := make([]any, 0, len(opts))
	for _, o := range opts {
		m := map[string]any{"name": o.Name, "type": o.Type, "value": o.Value}
		if o.Focused {
			m["focused"] = true
		}
		list = append(list, m)
	}
	return map[string]any{"id": s.newID(), "name": name, "type": 1, "options": list}
}

func (s *Server) interaction(user string, typ int, data map[string]any) Interaction {
	id := s.newID()
	token := "token-" + id
	return Interaction{ID: id, Token: token, Payload: map[string]any{
		"id": id, "application_id": s.AppID, "type": typ, "data": data, "token": token, "version": 1,
		"guild_id": GuildID, "channel_id": ChannelID,
		"member": map[string]any{
			"user":        map[string]any{"id": user, "username": fmt.Sprintf("user%s", user), "discriminator": "0", "global_name": nil},
			"roles":       []any{},
			"joined_at":   "2024-01-01T00:00:00.000000+00:00",
			"deaf":        false,
			"mute":        false,
			"flags":       0,
			"permissions": "2248473465835073",
		},
		"app_permissions":                "2248473465835073",
		"locale":                         "en-US",
		"guild_locale":                   "en-US",
		"context":                        0,
		"authorizing_integration_owners": map[string]any{"0": GuildID},
		"entitlements":                   []any{},
	}}
}

// Register makes the fake accept answers to i without dispatching it, as
// for an interaction that reached the bot by HTTP rather than the gateway.
func (s *Server) Register(i Interaction) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.interactions[i.ID] = i.issued()
	s.byToken[i.Token] = i.ID
}

// RegisterAnswered is Register for an interaction whose first response went
// back in the HTTP reply to Discord (an interactions endpoint): edits and
// follow-ups of it are accepted at once. deferred says whether that first
// response created a message (a reply or a deferral) the edit replaces.
func (s *Server) RegisterAnswered(i Interaction) {
	s.mu.Lock()
	defer s.mu.Unlock()
	is := i.issued()
	is.callbacks, is.original = 1, true
	is.message = s.newMessageIDLocked()
	s.storeLocked(is.message, i.ID, map[string]any{})
	s.interactions[i.ID] = is
	s.byToken[i.Token] = i.ID
}

// issued is what the fake keeps of i once it is sent: its token, type and
// user, and for a press the message pressed.
func (i Interaction) issued() *issued {
	is := &issued{token: i.Token}
	if t, ok := i.Payload["type"].(int); ok {
		is.typ = t
	}
	user, _ := i.Payload["user"].(map[string]any)
	if member, ok := i.Payload["member"].(map[string]any); ok {
		user, _ = member["user"].(map[string]any)
	}
	is.user, _ = user["id"].(string)
	if m, ok := i.Payload["message"].(map[string]any); ok {
		is.message, _ = m["id"].(string)
	}
	return is
}
