package bot

import (
	"strings"

	"github.com/bwmarrin/discordgo"
)

// atHost makes err name the API root actually used. discordgo builds every
// URL on https://discord.com/api/v9/ and the session's transport sends it
// to Config.APIBase (see rewriter), so net/http's errors name discord.com
// even when the request went to a proxy or a fake.
func atHost(err error, apiBase string) error {
	if err == nil || apiBase == "" || apiBase == discordgo.EndpointAPI || !strings.Contains(err.Error(), discordgo.EndpointAPI) {
		return err
	}
	return hostError{err: err, base: apiBase}
}

type hostError struct {
	err  error
	base string
}

func (e hostError) Error() string {
	return strings.ReplaceAll(e.err.Error(), discordgo.EndpointAPI, e.base)
}

func (e hostError) Unwrap() error { return e.err }
