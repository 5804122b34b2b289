#!/usr/bin/env bash
# Builds the relbot image without pulling any base image: the binary is built with the local Go (static,
# CGO off) and the runtime layout is assembled from scratch through the Dockerfile's "prebuilt" stage,
# the same layout the usual multi-stage build produces.
#
# Usage: scripts/image.sh [TAG]        (default tag: dev → relbot:dev)
# VERSION and REVISION may be given in the environment (release tools); else they come from git.
# SOURCE_DATE_EPOCH, when set, is the image's creation date (reproducible builds).
set -euo pipefail
cd "$(dirname "$0")/.."

tag="${1:-dev}"
image="relbot:${tag}"
for tool in go docker; do
  if ! command -v "$tool" >/dev/null; then
    echo "image.sh: $tool is not installed" >&2
    exit 1
  fi
done
if [ ! -f /etc/ssl/certs/ca-certificates.crt ]; then
  echo "image.sh: no /etc/ssl/certs/ca-certificates.crt on this machine (apt-get install ca-certificates)" >&2
  exit 1
fi

version="${VERSION:-$(git describe --tags --always --dirty 2>/dev/null || echo dev)}"
revision="${REVISION:-$(git rev-parse HEAD 2>/dev/null || echo unknown)}"
if [ -n "${SOURCE_DATE_EPOCH:-}" ]; then
  created="$(date -u -d "@${SOURCE_DATE_EPOCH}" +%Y-%m-%dT%H:%M:%SZ)"
else
  created="$(date -u +%Y-%m-%dT%H:%M:%SZ)"
fi

# dist/rootfs is the staging tree; its .keep is tracked in git so that the prebuilt stage's COPY finds the
# folder on a clean checkout. Empty it before and after, keeping .keep, so the checkout stays as it was.
rootfs=dist/rootfs
clean_rootfs() { find "$rootfs" -mindepth 1 -maxdepth 1 ! -name .keep -exec rm -rf {} +; }
mkdir -p "$rootfs"
clean_rootfs
trap clean_rootfs EXIT

mkdir -p "$rootfs/usr/local/bin" "$rootfs/tmp" "$rootfs/etc/ssl/certs"
# -buildvcs=false: the version is stamped explicitly, and VCS stamping fails on checkouts owned by another
# user (CI) for no benefit here.
CGO_ENABLED=0 GOOS=linux go build -trimpath -buildvcs=false -ldflags "-s -w -X main.version=${version}" \
  -o "$rootfs/usr/local/bin/relbot" ./cmd/relbot
cp /etc/ssl/certs/ca-certificates.crt "$rootfs/etc/ssl/certs/"
printf 'root:x:0:0:root:/root:/sbin/nologin\nrelbot:x:65532:65532:relbot:/data:/sbin/nologin\n' > "$rootfs/etc/passwd"
printf 'root:x:0:\nrelbot:x:65532:\n' > "$rootfs/etc/group"
chmod 0755 "$rootfs/usr/local/bin/relbot"
chmod 0644 "$rootfs/etc/passwd" "$rootfs/etc/group" "$rootfs/etc/ssl/certs/ca-certificates.crt"
# COPY keeps the mode bits (not the owner): /tmp must be world-writable with the sticky bit.
chmod 1777 "$rootfs/tmp"

docker build --target prebuilt \
  --build-arg VERSION="$version" --build-arg REVISION="$revision" --build-arg CREATED="$created" \
  -t "$image" .
size="$(docker image inspect -f '{{.Size}}' "$image")"
echo "built ${image} (version ${version}, $((size / 1000 / 1000)) MB)"
