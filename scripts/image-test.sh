#!/usr/bin/env bash
# Checks the relbot image the way a self-hoster runs it. Builds it with scripts/image.sh (no image is
# pulled), then checks: the version stamp, the offline demo, the size, the non-root user, the shell-less
# health check, that `serve` (the default command) becomes healthy and answers /healthz, /readyz and
# /metrics on a port published on 127.0.0.1 only, that `docker stop` ends it with exit 0 within 10 s, that
# it comes back healthy after a restart, and that the named volume keeps the data across the container's
# restart and removal. Prints one line per check; exits 1 when any check failed.
#
# Needs: go, docker (a daemon that answers), curl. Everything it creates is removed on exit.
# Usage: scripts/image-test.sh
set -euo pipefail
cd "$(dirname "$0")/.."

readonly max_bytes=$((30 * 1000 * 1000)) # 30 MB, as `docker images` counts
readonly stop_limit_ms=10000
readonly health_timeout=60

for tool in go docker curl; do
  if ! command -v "$tool" >/dev/null; then
    echo "image-test: $tool is not installed" >&2
    exit 1
  fi
done
if ! docker info >/dev/null 2>&1; then
  echo "image-test: no Docker daemon answers (start dockerd)" >&2
  exit 1
fi

run_id="relbot-imagetest-$$"
tag="imagetest-$$"
image="relbot:${tag}"
volume="${run_id}-data"
work="$(mktemp -d)"
containers=()
failures=0

# shellcheck disable=SC2317 # called by the EXIT trap
cleanup() {
  local c
  for c in "${containers[@]}"; do docker rm -f -v "$c" >/dev/null 2>&1 || true; done
  docker volume rm -f "$volume" >/dev/null 2>&1 || true
  docker image rm -f "$image" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

pass() { printf 'ok    %s\n' "$*"; }
fail() {
  printf 'FAIL  %s\n' "$*"
  failures=$((failures + 1))
}
# finish prints the verdict; called on the normal path and when a check leaves nothing else to test.
finish() {
  if ((failures > 0)); then
    echo "image-test: ${failures} check(s) failed"
    exit 1
  fi
  echo "image-test: all checks passed"
  exit 0
}
now_ms() { echo $(($(date +%s%N) / 1000000)); }
# A command that fails outside a check is a failure too: say where, then set -e ends the run.
trap 'fail "unexpected error at line ${LINENO}: ${BASH_COMMAND}"' ERR

# wait_healthy polls the container's health status until it is healthy, fails fast when it exits or turns
# unhealthy, and gives up after $2 seconds.
wait_healthy() {
  local c="$1" deadline=$((SECONDS + $2)) state
  while ((SECONDS < deadline)); do
    state="$(docker inspect -f '{{.State.Status}} {{if .State.Health}}{{.State.Health.Status}}{{end}}' "$c" 2>/dev/null)" || return 1
    case "$state" in
    "running healthy") return 0 ;;
    "running unhealthy" | exited* | dead*) return 1 ;;
    esac
    sleep 0.5
  done
  return 1
}

show_logs() {
  echo "      last log lines of $1:"
  docker logs --tail 15 "$1" 2>&1 | sed 's/^/      | /'
}

# --- build -------------------------------------------------------------------------------------------------
if scripts/image.sh "$tag" >"$work/build.log" 2>&1; then
  pass "scripts/image.sh ${tag} built ${image} without pulling any image"
else
  fail "scripts/image.sh ${tag} failed:"
  tail -n 20 "$work/build.log" | sed 's/^/      | /'
  finish
fi

# --- the image's metadata ----------------------------------------------------------------------------------
size="$(docker image inspect -f '{{.Size}}' "$image")"
if ((size <= max_bytes)); then
  pass "image size ${size} bytes ≤ ${max_bytes}"
else
  fail "image size ${size} bytes > ${max_bytes}"
fi

user="$(docker image inspect -f '{{.Config.User}}' "$image")"
if [ "$user" = "65532:65532" ]; then
  pass "image user is ${user} (non-root)"
else
  fail "image user is '${user}', want 65532:65532"
fi

health="$(docker image inspect -f '{{json .Config.Healthcheck.Test}}' "$image")"
if [ "$health" = '["CMD","/usr/local/bin/relbot","healthcheck"]' ]; then
  pass "HEALTHCHECK runs 'relbot healthcheck' without a shell"
else
  fail "HEALTHCHECK is ${health}, want [\"CMD\",\"/usr/local/bin/relbot\",\"healthcheck\"]"
fi

# --- version and demo, with no network at all --------------------------------------------------------------
label="$(docker image inspect -f '{{index .Config.Labels "org.opencontainers.image.version"}}' "$image")"
if out="$(docker run --rm --network none "$image" version 2>&1)" && [ "$out" = "relbot ${label}" ] && [ -n "$label" ]; then
  pass "version prints '${out}', the same as the image label"
else
  fail "version printed '${out}', want 'relbot ${label}' (org.opencontainers.image.version)"
fi

if docker run --rm --network none "$image" demo >"$work/demo.out" 2>&1; then
  if grep -q '/relations hun-sen' "$work/demo.out" && grep -q 'Digest posted' "$work/demo.out"; then
    pass "demo runs offline (--network none) as the non-root user and prints the digest and /relations hun-sen"
  else
    fail "demo exited 0 but printed no digest or /relations answer:"
    tail -n 10 "$work/demo.out" | sed 's/^/      | /'
  fi
else
  fail "demo failed offline:"
  tail -n 10 "$work/demo.out" | sed 's/^/      | /'
fi

# --- data in the named volume: one article collected from a local feed --------------------------------------
docker volume create "$volume" >/dev/null
cat >"$work/feed.xml" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Image test wire</title><link>https://imagetest.relbot.invalid/</link>
<description>A feed written for scripts/image-test.sh</description>
<item><title>Image test: the volume keeps this article</title><link>https://imagetest.relbot.invalid/a/1</link>
<guid>imagetest-1</guid><pubDate>Mon, 30 Nov 2026 08:00:00 +0700</pubDate>
<description>One article stored in the data volume, to compare before and after the container restarts.</description></item>
</channel></rss>
EOF
# ./relbot.yaml in WORKDIR /data is the default configuration path; no digests, so no bot token is needed.
cat >"$work/relbot.yaml" <<'EOF'
sources:
  - name: Image test wire
    url: file:///data/feed.xml
EOF
seed="${run_id}-seed"
containers+=("$seed")
docker create --name "$seed" -v "$volume:/data" "$image" >/dev/null
docker cp "$work/feed.xml" "$seed:/data/feed.xml"
docker cp "$work/relbot.yaml" "$seed:/data/relbot.yaml"
docker rm "$seed" >/dev/null

export_articles() { # prints the article lines of `relbot export` on the volume
  docker run --rm --network none -v "$volume:/data" "$image" export | grep '"type":"article"'
}
if docker run --rm --network none -v "$volume:/data" "$image" collect >"$work/collect.out" 2>&1 &&
  export_articles >"$work/before.jsonl" && [ -s "$work/before.jsonl" ]; then
  pass "collect as uid 65532 stored $(wc -l <"$work/before.jsonl") article(s) in /data/relbot.db on the named volume"
else
  fail "collect into the named volume failed or stored nothing:"
  tail -n 10 "$work/collect.out" | sed 's/^/      | /'
fi

# --- serve (the default command) ---------------------------------------------------------------------------
# The image checks health every 30 s; --health-interval only shortens the wait here, the command checked
# is the image's own.
server="${run_id}-serve"
containers+=("$server")
docker run -d --name "$server" -e SLACK_SIGNING_SECRET=dummy -v "$volume:/data" \
  -p 127.0.0.1::8080 --health-interval 1s "$image" >/dev/null
if wait_healthy "$server" "$health_timeout"; then
  pass "serve becomes healthy (docker inspect .State.Health.Status)"
else
  fail "serve did not become healthy within ${health_timeout} s: $(docker inspect -f '{{.State.Status}} {{if .State.Health}}{{.State.Health.Status}}{{end}}' "$server")"
  show_logs "$server"
  finish
fi

# docker top runs ps on the host and needs the pid column to match the container's processes.
uid="$(docker top "$server" -o uid,pid | awk 'NR == 2 { print $1 }')" || uid="error"
if [ "$uid" = "65532" ]; then
  pass "serve runs as uid 65532"
else
  fail "serve runs as uid '${uid}', want 65532"
fi

addr="$(docker port "$server" 8080/tcp | head -n 1)"
case "$addr" in
127.0.0.1:*) pass "port 8080 published on ${addr} only" ;;
*) fail "port 8080 published on '${addr}', want 127.0.0.1:PORT" ;;
esac

check_get() { # path, expected status, expected body pattern
  local code
  code="$(curl -sS --max-time 5 -o "$work/body" -w '%{http_code}' "http://${addr}$1" 2>"$work/curl.err")" || code="error: $(cat "$work/curl.err")"
  if [ "$code" = "$2" ] && grep -Eq "$3" "$work/body"; then
    pass "GET $1 → ${code}, body matches /$3/"
  else
    fail "GET $1 → ${code}, want $2 and a body matching /$3/; body: $(head -c 200 "$work/body" 2>/dev/null)"
  fi
}
check_get /healthz 200 '^ok$'
check_get /readyz 200 '^ready$'
check_get /metrics 200 '^relbot_[a-z_]+(\{[^}]*\})? '
if [ -f "$work/body" ]; then
  echo "      relbot_ metrics exposed: $(grep -Eo '^relbot_[a-z_]+' "$work/body" | sort -u | tr '\n' ' ')"
fi

code="$(curl -sS --max-time 5 -o /dev/null -w '%{http_code}' -X POST --data 'command=/relations&text=hun-sen' "http://${addr}/slack/commands" || true)"
case "$code" in
4??) pass "unsigned POST /slack/commands is refused (${code})" ;;
*) fail "unsigned POST /slack/commands → ${code}, want a 4xx refusal" ;;
esac

# --- clean stop, restart, data kept -------------------------------------------------------------------------
stop_and_check() { # label
  local start elapsed code
  start="$(now_ms)"
  if ! docker stop --time 10 "$server" >/dev/null; then
    fail "$1: docker stop failed"
    return
  fi
  elapsed=$(($(now_ms) - start))
  code="$(docker inspect -f '{{.State.ExitCode}}' "$server")"
  if [ "$code" = "0" ] && ((elapsed < stop_limit_ms)); then
    pass "$1: docker stop → exit 0 in ${elapsed} ms"
  else
    fail "$1: docker stop → exit ${code} in ${elapsed} ms, want exit 0 within ${stop_limit_ms} ms"
    show_logs "$server"
  fi
}
stop_and_check "stop"

docker start "$server" >/dev/null
if wait_healthy "$server" "$health_timeout"; then
  pass "restarted container becomes healthy again on the same volume"
else
  fail "restarted container did not become healthy within ${health_timeout} s"
  show_logs "$server"
fi
stop_and_check "stop after restart"

if docker cp "$server:/data/relbot.db" - 2>/dev/null | tar -tf - 2>/dev/null | grep -qx 'relbot.db'; then
  pass "/data/relbot.db exists in the named volume after the restart"
else
  fail "/data/relbot.db is missing from the named volume after the restart"
fi
docker rm "$server" >/dev/null

# A fresh container on the same volume sees the very articles stored before.
if export_articles >"$work/after.jsonl" && [ -s "$work/before.jsonl" ] && cmp -s "$work/before.jsonl" "$work/after.jsonl"; then
  pass "a new container on the volume exports the same $(wc -l <"$work/after.jsonl") article line(s) as before the restarts"
else
  fail "the articles exported after the restarts differ from those before:"
  diff "$work/before.jsonl" "$work/after.jsonl" | head -n 10 | sed 's/^/      | /' || true
fi

finish
