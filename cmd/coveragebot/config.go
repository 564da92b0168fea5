package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/coveragebot/coveragebot/data"
)

// Config is config.example.yaml. Secrets are not here: the Discord token
// comes only from DISCORD_TOKEN.
type Config struct {
	Sources []SourceConfig `yaml:"sources"`
	// ignoreSynonyms is set by eval --no-synonyms, never by the file.
	ignoreSynonyms bool
	Index          struct {
		Path string `yaml:"path"`
		// BuildGCPercent is the garbage collector's GOGC while the
		// coverage loads at start-up (withGCPercent); 0 leaves it alone.
		BuildGCPercent int `yaml:"build_gc_percent"`
		// ServeGCPercent is the garbage collector's GOGC once the
		// coverage is loaded (serveGCPercent); 0 leaves it alone.
		ServeGCPercent int `yaml:"serve_gc_percent"`
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
	Metrics struct {
		// Addr serves /metrics on a listener of its own, loopback by
		// default; empty serves no metrics.
		Addr string `yaml:"addr"`
	} `yaml:"metrics"`
	ShutdownTimeout time.Duration `yaml:"shutdown_timeout"`
	// Watch reloads the fact bases when a source file changes, polling
	// every WatchInterval.
	Watch         bool          `yaml:"watch"`
	WatchInterval time.Duration `yaml:"watch_interval"`
	Feedback      struct {
		Path string `yaml:"path"`
	} `yaml:"feedback"`
	// answers is what serve adds to the bot (feedback.go), never the file.
	answers answerServices
	// path is the config file, "" when there is none; dir is its folder,
	// to which the paths it holds are relative.
	path, dir string
}

// SourceConfig names one article's fact base (which names the article).
type SourceConfig struct {
	Facts string `yaml:"facts"`
	// URL is where readers can open the original article; it overrides the
	// fact base's url.
	URL string `yaml:"url"`
}

// defaultConfig is what runs with no config file: the fact bases in data/,
// or the copy built into the binary (see Config.factSources).
func defaultConfig() Config {
	var c Config
	c.Discord.APIBase = "https://discord.com/api/v9/"
	c.Replies.PageTimeout = 10 * time.Minute
	c.Replies.DeferAfter = 1500 * time.Millisecond
	c.RateLimit.Requests = 5
	c.RateLimit.Window = 10 * time.Second
	c.ShutdownTimeout = 10 * time.Second
	c.WatchInterval = 2 * time.Second
	c.Metrics.Addr = "127.0.0.1:9464"
	c.Index.BuildGCPercent = defaultBuildGCPercent
	c.Index.ServeGCPercent = defaultServeGCPercent
	return c
}

// loadConfig reads a config file over the defaults and reports every
// problem at once, each with its line (see decodeConfig). Unknown keys are
// errors, so a typo does not silently leave a default in place.
func loadConfig(path string) (Config, error) {
	c := defaultConfig()
	if path == "" {
		return c, nil
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return c, fmt.Errorf("read config: %w", err)
	}
	ps := decodeConfig(path, raw, &c)
	c.path, c.dir = path, filepath.Dir(path)
	if c.Index.Path != "" && !filepath.IsAbs(c.Index.Path) {
		c.Index.Path = filepath.Join(c.dir, c.Index.Path)
	}
	if c.Feedback.Path != "" && !filepath.IsAbs(c.Feedback.Path) {
		c.Feedback.Path = filepath.Join(c.dir, c.Feedback.Path)
	}
	checkConfig(c, ps)
	return c, ps.err()
}

// factsPaths returns the configured fact base paths, each relative to the
// config file's folder unless absolute.
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

// dataDir is where fact bases are looked for when the config names none.
const dataDir = "data"

// factSources says which fact bases run, read from where.
type factSources struct {
	// fsys is where the paths are read from; nil is the disk.
	fsys  fs.FS
	paths []string
	// where says it to an editor running check.
	where string
}

// factSources picks the fact bases: the config's sources when it names
// some; else every fact base in data/ of the working directory, so that the
// files an editor changes are what runs; else, when there is none there,
// the copy built into the binary. A fact base is a .yaml file in the folder
// itself, except one named *.example.yaml (data/facts.example.yaml
// documents the schema and is not an article of its own).
func (c Config) factSources() (factSources, error) {
	if len(c.Sources) > 0 {
		return factSources{paths: c.factsPaths(), where: "the fact bases named in " + c.path}, nil
	}
	names, err := factBases(os.DirFS(dataDir))
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return factSources{}, fmt.Errorf("look for fact bases in %s/: %w", dataDir, err)
	}
	if len(names) > 0 {
		for i, n := range names {
			names[i] = filepath.Join(dataDir, n)
		}
		return factSources{paths: names, where: "the fact bases in " + dataDir + "/ of the working directory"}, nil
	}
	names, err = factBases(data.FS)
	if err != nil {
		return factSources{}, fmt.Errorf("shipped fact bases: %w", err)
	}
	return factSources{fsys: data.FS, paths: names, where: "the copy of data/ built into this binary (there is no data/ with fact bases here)"}, nil
}

// factBases lists the fact bases at the top of fsys, by name.
func factBases(fsys fs.FS) ([]string, error) {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range entries {
		n := e.Name()
		if !e.IsDir() && strings.HasSuffix(n, ".yaml") && !strings.HasSuffix(n, ".example.yaml") {
			out = append(out, n)
		}
	}
	sort.Strings(out)
	return out, nil
}
