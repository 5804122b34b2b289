package main

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
)

// postHolder wraps a Slack stand-in so that a test can have it keep the
// next chat.postMessage and delay Slack's answer to it: the poster can then
// be stopped or killed between the post and its recording. Install it
// before the stand-in serves its first request.
type postHolder struct {
	mu      sync.Mutex
	held    chan struct{}
	release chan struct{}
}

func holdPosts(r *recordingSlack) *postHolder {
	h := &postHolder{}
	inner := r.Config.Handler
	r.Config.Handler = http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		h.mu.Lock()
		held, release := h.held, h.release
		if held != nil && strings.HasSuffix(req.URL.Path, "/chat.postMessage") {
			h.held = nil // only the next post is held
		} else {
			held = nil
		}
		h.mu.Unlock()
		if held == nil {
			inner.ServeHTTP(w, req)
			return
		}
		rec := httptest.NewRecorder()
		inner.ServeHTTP(rec, req) // Slack has the message…
		close(held)
		<-release // …but its answer is late
		w.WriteHeader(rec.Code)
		w.Write(rec.Body.Bytes())
	})
	return h
}

// next arms the holder: held is closed once Slack has the next post, whose
// answer waits until release is closed.
func (h *postHolder) next() (held <-chan struct{}, release chan struct{}) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.held, h.release = make(chan struct{}), make(chan struct{})
	return h.held, h.release
}
