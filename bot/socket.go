package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/socketmode"
)

// RunSocketMode serves the same Commands over Socket Mode until ctx ends,
// then returns nil; it returns an error when the connection cannot be kept
// (a bad app token, say). appToken is the xapp- token; api supplies the rest
// (API URL, HTTP client). Commands are answered in the acknowledgement when
// ready within 2.5 s (and when the answer fits Socket Mode's 20 KB), else
// through response_url, exactly as over HTTP; button clicks too.
func RunSocketMode(ctx context.Context, api *slack.Client, appToken string, c *Commands, opts ...HTTPOption) error {
	client := api
	if appToken != "" {
		cp := *api // slack.Client is plain configuration: copying it is safe
		slack.OptionAppLevelToken(appToken)(&cp)
		client = &cp
	}
	sm := socketmode.New(client, socketmode.OptionLog(slog.NewLogLogger(c.logger().Handler(), slog.LevelDebug)))
	e := newEdge(ctx, c, opts)
	defer e.close()

	runCtx, stop := context.WithCancel(ctx)
	defer stop()
	runErr := make(chan error, 1)
	go func() { runErr <- sm.RunContext(runCtx) }()

	for {
		select {
		case <-ctx.Done():
			stop()
			<-runErr
			return nil
		case err := <-runErr:
			if ctx.Err() != nil || errors.Is(err, context.Canceled) {
				return nil
			}
			return fmt.Errorf("socket mode: %w", err)
		case evt := <-sm.Events:
			e.socketEvent(runCtx, sm, evt)
		}
	}
}

// socketEvent acknowledges each request; the work runs in goroutines the
// edge owns, so one slow command never holds up the others.
func (e *edge) socketEvent(ctx context.Context, sm *socketmode.Client, evt socketmode.Event) {
	log := e.c.logger()
	switch evt.Type {
	case socketmode.EventTypeSlashCommand:
		cmd, ok := evt.Data.(slack.SlashCommand)
		if !ok || evt.Request == nil {
			return
		}
		req := *evt.Request
		e.spawn(func() {
			m, inTime := e.command(cmd)
			if err := sm.AckCtx(ctx, req.EnvelopeID, ephemeral(m)); err != nil {
				// Too big for an acknowledgement: send it the other way.
				log.Info("socket_ack_fallback", "error", err)
				if err := sm.AckCtx(ctx, req.EnvelopeID, nil); err != nil {
					log.Warn("socket_ack_failed", "error", err)
					return
				}
				if inTime {
					e.respond(ctx, cmd.ResponseURL, m, "ephemeral", false)
				}
			}
		})
	case socketmode.EventTypeInteractive:
		cb, ok := evt.Data.(slack.InteractionCallback)
		if evt.Request != nil {
			if err := sm.AckCtx(ctx, evt.Request.EnvelopeID, nil); err != nil {
				log.Warn("socket_ack_failed", "error", err)
			}
		}
		if ok {
			e.interaction(cb)
		}
	case socketmode.EventTypeEventsAPI:
		// Not subscribed to events; acknowledge so that Slack does not retry.
		if evt.Request != nil {
			_ = sm.AckCtx(ctx, evt.Request.EnvelopeID, nil)
		}
	case socketmode.EventTypeConnectionError, socketmode.EventTypeIncomingError, socketmode.EventTypeErrorBadMessage, socketmode.EventTypeErrorWriteFailed:
		log.Warn("socket_mode_error", "event_type", string(evt.Type), "data", fmt.Sprint(evt.Data))
	case socketmode.EventTypeConnected:
		log.Info("socket_mode_connected")
	}
}
