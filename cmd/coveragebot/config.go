package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"gopkg.in/yaml.v3"
)

// Config is config.example.yaml. Secrets are not here: the Discord token
// comes only from DISCORD_TOKEN.
type Config struct {
	Sources []SourceConfig `yaml:"sources"`
	// ignoreSynonyms is set by eval --no-synonyms, never by the file.
	ignoreSynonyms bool
	Index          struct {
		Path string `yaml:"path"`
	} `yaml:"index"`
	Discord struct {
		ApplicationID string   `yaml:"application_id"`
		Guilds        []string `yaml:"guilds"`
		APIBase       string   `yaml:"api_base"`
		GatewayURL    string   `yaml:"gateway_url"`
		PublicKey     string   `yaml:"public_key"`
	} `yaml:"discord"`
	Replies struct {
		Private     bool          `yaml:"private"`
		PageTimeout time.Duration `yaml:"page_timeout"`
		DeferAfter  time.Duration `yaml:"defer_after"`
	} `yaml:"replies"`
	RateLimit struct {
		Requests int           `yaml:"requests"`
		Window   time.Duration `yaml:"window"`
	} `yaml:"rate_limit"`
	HTTP struct {
		Addr      string `yaml:"addr"`
		PublicURL string `yaml:"public_url"`
	} `yaml:"http"`
	ShutdownTimeout time.Duration `yaml:"shutdown_timeout"`
	// dir is the config file's directory; source paths are relative to it.
	dir string
}

// SourceConfig names one article's fact base (which names the article).
type SourceConfig struct {
	Facts string `yaml:"facts"`
	// URL is where readers can open the original article; it overrides the
	// fact base's url.
	URL string `yaml:"url"`
}

// defaultConfig is what runs with no config file: the shipped article.
func defaultConfig() Config {
	var c Config
	c.Discord.APIBase = "https://discord.com/api/v9/"
	c.Replies.PageTimeout = 10 * time.Minute
	c.Replies.DeferAfter = 1500 * time.Millisecond
	c.RateLimit.Requests = 5
	c.RateLimit.Window = 10 * time.Second
	c.ShutdownTimeout = 10 * time.Second
	return c
}

// loadConfig reads a config file over the defaults. Unknown keys are errors,
// so a typo does not silently leave a default in place.
func loadConfig(path string) (Config, error) {
	c := defaultConfig()
	if path == "" {
		return c, nil
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return c, fmt.Errorf("read config: %w", err)
	}
	dec := yaml.NewDecoder(bytes.NewReader(raw))
	dec.KnownFields(true)
	if err := dec.Decode(&c); err != nil && !errors.Is(err, io.EOF) {
		return c, fmt.Errorf("config %s: %w", path, err)
	}
	c.dir = filepath.Dir(path)
	var errs []error
	for i, s := range c.Sources {
		if s.Facts == "" {
			errs = append(errs, fmt.Errorf("config %s: sources[%d]: facts is missing", path, i))
		}
	}
	if c.RateLimit.Requests < 0 || (c.RateLimit.Requests > 0 && c.RateLimit.Window <= 0) {
		errs = append(errs, fmt.Errorf("config %s: rate_limit needs requests >= 0 and a positive window", path))
	}
	return c, errors.Join(errs...)
}

// factsPaths returns the fact base paths, relative to the config file.
func (c Config) factsPaths() []string {
	out := make([]string, len(c.Sources))
	for i, s := range c.Sources {
		p := s.Facts
		if !filepath.IsAbs(p) && c.dir != "" {
			p = filepath.Join(c.dir, p)
		}
		out[i] = p
	}
	return out
}
