package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/url"
	"strings"

	"github.com/slack-go/slack"
)

// HTTPHandler serves Slack's requests over HTTP: POST …/slack/commands and
// POST …/slack/interactions, both signed with the app's signing secret.
type HTTPHandler struct {
	e      *edge
	secret string
}

// NewHTTPHandler returns the handler for /slack/commands and
// /slack/interactions (mount it on both paths or on a prefix). Every request
// must carry a valid Slack signature and a timestamp within five minutes
// (slack.NewSecretsVerifier), else 401; the body is read with a cap (413
// beyond it). A command is answered in the HTTP response itself, as
// ephemeral blocks, when it is ready within 2.5 s; otherwise the response is
// "Working on it…" and the answer follows through the command's
// response_url. Button clicks are acknowledged at once: "relations_more"
// replaces the message with the next page, "relations_share" posts the page
// in the channel (response_type in_channel), a suggestion runs its query.
//
// Close stops the answers still being prepared and waits for them.
func NewHTTPHandler(c *Commands, signingSecret string, opts ...HTTPOption) *HTTPHandler {
	return &HTTPHandler{e: newEdge(context.Background(), c, opts), secret: signingSecret}
}

// Close cancels the work still answering through response_url and waits
// for it to end.
func (h *HTTPHandler) Close() { h.e.close() }

// ServeHTTP implements http.Handler.
func (h *HTTPHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	commands := strings.HasSuffix(r.URL.Path, "/slack/commands")
	if !commands && !strings.HasSuffix(r.URL.Path, "/slack/interactions") {
		http.NotFound(w, r)
		return
	}
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, h.e.cfg.maxBody))
	if err != nil {
		if _, ok := errors.AsType[*http.MaxBytesError](err); ok {
			http.Error(w, "request too large", http.StatusRequestEntityTooLarge)
			return
		}
		http.Error(w, "cannot read request", http.StatusBadRequest)
		return
	}
	if err := h.verify(r.Header, body); err != nil {
		h.e.c.logger().Warn("slack_request_rejected", "error", err, "path", r.URL.Path)
		http.Error(w, "invalid signature", http.StatusUnauthorized)
		return
	}
	r.Body = io.NopCloser(bytes.NewReader(body))
	if commands {
		h.command(w, r)
		return
	}
	h.interaction(w, body)
}

// verify checks the signature and the timestamp; the verifier reads the
// clock itself.
func (h *HTTPHandler) verify(header http.Header, body []byte) error {
	sv, err := slack.NewSecretsVerifier(header, h.secret)
	if err != nil {
		return err
	}
	if _, err := sv.Write(body); err != nil {
		return err
	}
	return sv.Ensure()
}

func (h *HTTPHandler) command(w http.ResponseWriter, r *http.Request) {
	r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	cmd, err := slack.SlashCommandParse(r)
	if err != nil {
		http.Error(w, "bad form", http.StatusBadRequest)
		return
	}
	m, _ := h.e.command(cmd)
	writeJSON(w, ephemeral(m))
}

func (h *HTTPHandler) interaction(w http.ResponseWriter, body []byte) {
	form, err := url.ParseQuery(string(body))
	if err != nil {
		http.Error(w, "bad form", http.StatusBadRequest)
		return
	}
	var cb slack.InteractionCallback
	if err := json.Unmarshal([]byte(form.Get("payload")), &cb); err != nil {
		http.Error(w, "bad payload", http.StatusBadRequest)
		return
	}
	h.e.interaction(cb)
	w.WriteHeader(http.StatusOK)
}

func writeJSON(w http.ResponseWriter, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		http.Error(w, "cannot encode answer", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	_, _ = w.Write(b)
}
