package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/coveragebot/coveragebot/commands"
)

// Bot serves the commands over Discord's gateway.
type Bot struct {
	cfg  Config
	cmds Commands
	core *Interactions
	log  *slog.Logger
	sess *discordgo.Session

	mu       sync.Mutex
	started  bool
	closing  bool
	inflight sync.WaitGroup
	appID    string
	// served is the context interactions run in; cancelled when the
	// shutdown timeout runs out.
	served  context.Context
	serving chan struct{}
}

// New checks cfg and prepares a bot; Run connects it. rec and log may be nil.
func New(cfg Config, cmds Commands, rec Recorder, log *slog.Logger) (*Bot, error) {
	if cfg.Token == "" {
		return nil, ErrNoToken
	}
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	s, err := newSession(cfg)
	if err != nil {
		return nil, err
	}
	if cfg.Channels == nil {
		cfg.Channels = SessionResponder{Session: s, APIBase: cfg.APIBase}
	}
	core, err := NewInteractions(cfg, cmds, rec, log)
	if err != nil {
		return nil, err
	}
	return &Bot{cfg: cfg, cmds: cmds, core: core, log: log, sess: s, appID: cfg.AppID, serving: make(chan struct{})}, nil
}

// Run connects to the gateway, registers the commands (one bulk overwrite
// per configured guild, or one global), and answers interactions until ctx
// is cancelled. It then stops taking interactions, waits up to
// ShutdownTimeout for those in flight, and closes the session. Run may be
// called once.
func (b *Bot) Run(ctx context.Context) error {
	b.mu.Lock()
	if b.started {
		b.mu.Unlock()
		return errors.New("bot: Run called twice")
	}
	b.started = true
	b.mu.Unlock()
	served, cancelServed := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelServed()
	b.mu.Lock()
	b.served = served
	b.mu.Unlock()

	remove := []func(){
		b.sess.AddHandler(func(_ *discordgo.Session, r *discordgo.Ready) {
			var app string
			if r.Application != nil {
				app = r.Application.ID
			}
			b.log.Info("discord ready", "session_id", r.SessionID, "user", userName(r.User), "application_id", app, "guilds", len(r.Guilds))
		}),
		b.sess.AddHandler(func(_ *discordgo.Session, _ *discordgo.Resumed) { b.log.Info("discord session resumed") }),
		b.sess.AddHandler(func(_ *discordgo.Session, _ *discordgo.Disconnect) { b.log.Warn("discord gateway disconnected") }),
		b.sess.AddHandler(func(_ *discordgo.Session, ic *discordgo.InteractionCreate) { b.interaction(ic.Interaction) }),
	}
	defer func() {
		for _, r := range remove {
			r()
		}
	}()
	// Kept after Run returns: discordgo's reconnect loop does not stop when
	// the session is closed, and a connection it makes after shutdown would
	// show the bot online while nothing answers. The first connection is
	// Run's own (logged below); discordgo calls this in a goroutine, which
	// may run after a failed start has begun shutting down.
	var connects atomic.Int64
	b.sess.AddHandler(func(s *discordgo.Session, _ *discordgo.Connect) {
		if connects.Add(1) == 1 {
			return
		}
		b.mu.Lock()
		closing := b.closing
		b.mu.Unlock()
		if closing {
			b.log.Warn("discord gateway reconnected after shutdown: closing it")
			s.Close()
			return
		}
		b.log.Info("discord gateway reconnected")
	})

	if err := b.sess.Open(); err != nil {
		return fmt.Errorf("connect to discord gateway: %w", atHost(err, b.cfg.APIBase))
	}
	b.log.Info("discord gateway connected")
	appID, err := b.applicationID()
	if err != nil {
		_ = b.shutdown(cancelServed)
		return err
	}
	b.mu.Lock()
	b.appID = appID
	b.mu.Unlock()
	if _, err := register(ctx, b.sess, appID, b.cfg.Guilds, b.cmds.Specs(), b.log); err != nil {
		err = atHost(err, b.cfg.APIBase)
		serr := b.shutdown(cancelServed)
		if ctx.Err() != nil {
			return serr // stopped while starting: not a failure
		}
		return err
	}
	b.log.Info("serving interactions")
	close(b.serving)
	<-ctx.Done()
	return b.shutdown(cancelServed)
}

// applicationID is the configured one, else READY's, else the API's.
func (b *Bot) applicationID() (string, error) {
	if b.cfg.AppID != "" {
		return b.cfg.AppID, nil
	}
	// Open reads READY and fills the state before it returns.
	b.sess.State.RLock()
	var id string
	if app := b.sess.State.Application; app != nil {
		id = app.ID
	}
	b.sess.State.RUnlock()
	if id != "" {
		return id, nil
	}
	b.log.Info("READY carried no application id: asking the API")
	return applicationID(b.sess, b.cfg.APIBase)
}

// Serving is closed once Run has connected and registered the commands.
func (b *Bot) Serving() <-chan struct{} { return b.serving }

// Register replaces the application's commands with the bot's, through its
// session (which must be open to know the application id unless AppID is
// configured).
func (b *Bot) Register(ctx context.Context) ([]*discordgo.ApplicationCommand, error) {
	b.mu.Lock()
	appID := b.appID
	b.mu.Unlock()
	if appID == "" {
		var err error
		if appID, err = applicationID(b.sess, b.cfg.APIBase); err != nil {
			return nil, err
		}
	}
	all, err := register(ctx, b.sess, appID, b.cfg.Guilds, b.cmds.Specs(), b.log)
	return all, atHost(err, b.cfg.APIBase)
}

// interaction is the gateway's INTERACTION_CREATE handler. discordgo calls
// it in a goroutine of its own; it is tracked so that shutdown can wait.
func (b *Bot) interaction(i *discordgo.Interaction) {
	b.mu.Lock()
	if b.closing {
		b.mu.Unlock()
		b.log.Warn("shutting down: interaction not taken", "interaction_id", i.ID)
		return
	}
	b.inflight.Add(1)
	ctx := b.served
	b.mu.Unlock()
	defer b.inflight.Done()
	b.core.Serve(ctx, i, SessionResponder{Session: b.sess, APIBase: b.cfg.APIBase})
}

// shutdown stops taking interactions, waits for those in flight (cancelling
// them after ShutdownTimeout), and closes the session.
func (b *Bot) shutdown(cancelServed context.CancelFunc) error {
	b.mu.Lock()
	b.closing = true
	b.mu.Unlock()
	done := make(chan struct{})
	go func() { b.inflight.Wait(); close(done) }()
	var err error
	select {
	case <-done:
	case <-time.After(b.cfg.ShutdownTimeout):
		cancelServed()
		err = fmt.Errorf("shutdown: interactions still running after %v", b.cfg.ShutdownTimeout)
		b.log.Warn("shutdown timeout: cancelling interactions in flight", "timeout", b.cfg.ShutdownTimeout)
	}
	// discordgo's heartbeat and reader reconnect when their socket fails,
	// which closing it makes them do; each reconnect reads this flag after
	// taking the session's lock in Close, so setting it under that lock
	// stops them all, and a connection made after shutdown (closed by the
	// Connect handler in Run) does not start another.
	b.sess.Lock()
	b.sess.ShouldReconnectOnError = false
	b.sess.Unlock()
	if cerr := b.sess.Close(); cerr != nil {
		err = errors.Join(err, fmt.Errorf("close discord session: %w", cerr))
	}
	b.log.Info("stopped")
	return err
}

func userName(u *discordgo.User) string {
	if u == nil {
		return ""
	}
	return u.Username
}

// Specs returns the commands the bot registers.
func (b *Bot) Specs() []commands.Spec { return b.cmds.Specs() }
