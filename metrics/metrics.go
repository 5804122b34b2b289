// Package metrics defines relbot's Prometheus metrics on a private registry
// (never the global one, so tests and embedded uses do not collide) and the
// small adapters that feed them: an instrumented http.RoundTripper for Slack
// API calls and an HTTP middleware for slash commands.
package metrics

import (
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Metrics holds every relbot_ metric.
type Metrics struct {
	Registry *prometheus.Registry

	ArticlesCollected *prometheus.CounterVec   // source
	SourceFailures    *prometheus.CounterVec   // source
	FetchSeconds      *prometheus.HistogramVec // kind: feed|page
	Digests           *prometheus.CounterVec   // outcome: posted|already_posted|nothing_new|nothing_matched|failed
	SlackCalls        *prometheus.CounterVec   // method, status (HTTP status or "error")
	Commands          *prometheus.CounterVec   // transport
	CommandSeconds    *prometheus.HistogramVec // transport
	LLMCalls          *prometheus.CounterVec   // outcome
	LLMFallbacks      *prometheus.CounterVec   // reason
	LLMTokens         prometheus.Counter
	Leader            prometheus.Gauge
}

// New registers every metric on a fresh registry, with the Go and process
// collectors.
func New() *Metrics {
	r := prometheus.NewRegistry()
	r.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	f := func(c prometheus.Collector) { r.MustRegister(c) }
	m := &Metrics{Registry: r}
	m.ArticlesCollected = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "relbot_articles_collected_total", Help: "New articles stored, by source."}, []string{"source"})
	m.SourceFailures = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "relbot_source_failures_total", Help: "Collect runs in which a source failed, by source."}, []string{"source"})
	m.FetchSeconds = prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "relbot_fetch_duration_seconds", Help: "Time to fetch a feed or a page.", Buckets: prometheus.DefBuckets}, []string{"kind"})
	m.Digests = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "relbot_digests_total", Help: "Digest runs by outcome."}, []string{"outcome"})
	m.SlackCalls = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "relbot_slack_api_calls_total", Help: "Slack Web API calls by method and HTTP status (429 included)."}, []string{"method", "status"})
	m.Commands = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "relbot_slash_commands_total", Help: "Slash commands answered, by transport."}, []string{"transport"})
	m.CommandSeconds = prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "relbot_slash_command_duration_seconds", Help: "Time to answer a slash command.", Buckets: []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5}}, []string{"transport"})
	m.LLMCalls = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "relbot_llm_calls_total", Help: "LLM calls by outcome."}, []string{"outcome"})
	m.LLMFallbacks = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "relbot_llm_fallbacks_total", Help: "Extractive fallbacks by reason."}, []string{"reason"})
	m.LLMTokens = prometheus.NewCounter(prometheus.CounterOpts{Name: "relbot_llm_tokens_total", Help: "Tokens spent on LLM calls."})
	m.Leader = prometheus.NewGauge(prometheus.GaugeOpts{Name: "relbot_scheduler_leader", Help: "1 while this replica runs the scheduled jobs."})
	for _, c := range []prometheus.Collector{m.ArticlesCollected, m.SourceFailures, m.FetchSeconds, m.Digests, m.SlackCalls,
		m.Commands, m.CommandSeconds, m.LLMCalls, m.LLMFallbacks, m.LLMTokens, m.Leader} {
		f(c)
	}
	return m
}

// WatchAnswerCache exports the store's answer cache counts, read at each
// scrape: hits over hits plus misses is how much of the slash command load
// the cache takes off the database.
func (m *Metrics) WatchAnswerCache(stats func() (hits, misses int64)) {
	m.Registry.MustRegister(
		prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "relbot_answer_cache_hits_total",
			Help: "Meeting lookups answered from the in-memory cache."}, func() float64 { h, _ := stats(); return float64(h) }),
		prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "relbot_answer_cache_misses_total",
			Help: "Meeting lookups that queried the database."}, func() float64 { _, n := stats(); return float64(n) }))
}

// Handler serves the registry in the Prometheus text format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.Registry, promhttp.HandlerOpts{Registry: m.Registry})
}

// SlackTransport counts every Slack Web API call by method and status.
func (m *Metrics) SlackTransport(next http.RoundTripper) http.RoundTripper {
	if next == nil {
		next = http.DefaultTransport
	}
	return roundTripFunc(func(req *http.Request) (*http.Response, error) {
		method := req.URL.Path[strings.LastIndexByte(req.URL.Path, '/')+1:]
		resp, err := next.RoundTrip(req)
		status := "error"
		if err == nil {
			status = strconv.Itoa(resp.StatusCode)
		}
		m.SlackCalls.WithLabelValues(method, status).Inc()
		return resp, err
	})
}

type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

// ObserveCommand records one answered command.
func (m *Metrics) ObserveCommand(transport string, d time.Duration) {
	m.Commands.WithLabelValues(transport).Inc()
	m.CommandSeconds.WithLabelValues(transport).Observe(d.Seconds())
}
