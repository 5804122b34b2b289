package main

import (
	"bufio"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

// child is a `relbot serve` started by relbench.
type child struct {
	cmd    *exec.Cmd
	url    string
	secret string
	dir    string
	exited chan struct{}
	err    error // set when exited is closed
}

// readyWithin bounds start-up: migrations, actors, the story window.
const readyWithin = 2 * time.Minute

// startServe starts `relbot serve` on a free port of 127.0.0.1 with its own
// signing secret, in an empty directory (so that no relbot.yaml is found),
// and waits until /readyz answers. The caller must call stop.
func startServe(ctx context.Context, binary, dsn string, logf func(string, ...any)) (*child, error) {
	if _, err := os.Stat(binary); err != nil {
		return nil, fmt.Errorf("relbot binary: %w (build it: go build -o %s ./cmd/relbot)", err, binary)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	addr := ln.Addr().String()
	ln.Close()
	dir, err := os.MkdirTemp("", "relbench-serve-")
	if err != nil {
		return nil, err
	}
	logFile, err := os.Create(filepath.Join(dir, "serve.log"))
	if err != nil {
		return nil, err
	}
	secret := make([]byte, 16)
	rand.Read(secret)
	c := &child{url: "http://" + addr, secret: hex.EncodeToString(secret), dir: dir, exited: make(chan struct{})}
	c.cmd = exec.Command(binary, "serve")
	c.cmd.Dir = dir
	c.cmd.Env = []string{
		"PATH=" + os.Getenv("PATH"), "HOME=" + dir,
		"RELBOT_DATABASE=" + dsn, "RELBOT_HTTP_LISTEN=" + addr, "SLACK_SIGNING_SECRET=" + c.secret,
		"RELBOT_LOG_LEVEL=warn",
	}
	c.cmd.Stdout, c.cmd.Stderr = logFile, logFile
	if err := c.cmd.Start(); err != nil {
		logFile.Close()
		return nil, fmt.Errorf("start relbot serve: %w", err)
	}
	go func() {
		c.err = c.cmd.Wait()
		logFile.Close()
		close(c.exited)
	}()
	logf("relbot serve pid %d on %s (log %s)", c.cmd.Process.Pid, addr, logFile.Name())
	if err := c.waitReady(ctx); err != nil {
		c.stop()
		return nil, err
	}
	return c, nil
}

func (c *child) waitReady(ctx context.Context) error {
	deadline := time.Now().Add(readyWithin)
	client := &http.Client{Timeout: 2 * time.Second}
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	for {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.url+"/readyz", nil)
		if err != nil {
			return err
		}
		if resp, err := client.Do(req); err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("relbot serve not ready within %s: %s", readyWithin, c.tail())
		}
		select {
		case <-c.exited:
			return fmt.Errorf("relbot serve exited (%v): %s", c.err, c.tail())
		case <-ctx.Done():
			return ctx.Err()
		case <-tick.C:
		}
	}
}

// tail is the end of the child's log, for error messages.
func (c *child) tail() string {
	b, _ := os.ReadFile(filepath.Join(c.dir, "serve.log"))
	s := strings.TrimSpace(string(b))
	if len(s) > 600 {
		s = "…" + s[len(s)-600:]
	}
	return s
}

// stop ends the child: SIGTERM, then SIGKILL after a grace period. It is
// safe to call twice.
func (c *child) stop() {
	select {
	case <-c.exited:
	default:
		_ = c.cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-c.exited:
		case <-time.After(15 * time.Second):
			_ = c.cmd.Process.Kill()
			<-c.exited
		}
	}
	os.RemoveAll(c.dir)
}

// memory reads VmRSS and VmHWM (peak RSS) of the child, in bytes.
func (c *child) memory() (rss, hwm int64, err error) {
	f, err := os.Open(fmt.Sprintf("/proc/%d/status", c.cmd.Process.Pid))
	if err != nil {
		return 0, 0, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		k, v, ok := strings.Cut(sc.Text(), ":")
		if !ok || (k != "VmRSS" && k != "VmHWM") {
			continue
		}
		kb, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
		if err != nil {
			return 0, 0, fmt.Errorf("%s: %q: %w", k, v, err)
		}
		if k == "VmRSS" {
			rss = kb << 10
		} else {
			hwm = kb << 10
		}
	}
	if rss == 0 || hwm == 0 {
		return 0, 0, errors.New("no VmRSS or VmHWM in /proc status")
	}
	return rss, hwm, sc.Err()
}

func mb(n int64) string { return fmt.Sprintf("%.1f MB", float64(n)/(1<<20)) }

// rssMode measures the memory of `relbot serve` idle after start-up (the
// baseline) and while it serves the query load over HTTP.
func (b *bench) rssMode(ctx context.Context) error {
	c, err := startServe(ctx, b.o.relbot, b.dsn, b.logf)
	if err != nil {
		return err
	}
	defer c.stop()
	idle, _, err := c.memory()
	if err != nil {
		return err
	}
	var peak int64
	sample := func() func() {
		var wg sync.WaitGroup
		stop := make(chan struct{})
		wg.Go(func() {
			t := time.NewTicker(100 * time.Millisecond)
			defer t.Stop()
			for {
				if rss, _, err := c.memory(); err == nil {
					peak = max(peak, rss)
				}
				select {
				case <-stop:
					return
				case <-t.C:
				}
			}
		})
		return func() { close(stop); wg.Wait() }
	}
	mix := b.queryMix(max(b.o.count, 1000))
	if err := b.httpLoad(ctx, c, mix, []string{b.gen.actors[0].slug}, sample); err != nil {
		return err
	}
	rss, hwm, err := c.memory()
	if err != nil {
		return err
	}
	fmt.Fprintf(b.out, "rss\t%s\tidle after start-up %s\tVmRSS sampled max under load %s\tVmRSS after %s\tVmHWM %s\n",
		b.store.Dialect(), mb(idle), mb(peak), mb(rss), mb(hwm))
	return nil
}
