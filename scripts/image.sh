#!/usr/bin/env bash
# Builds the relbot image without pulling any base image: the binary is built with the local Go (static,
# CGO off) and the runtime layout is assembled from scratch through the Dockerfile's "prebuilt" stage.
# Usage: scripts/image.sh [TAG]   (default tag: dev → relbot:dev)
set -euo pipefail
cd "$(dirname "$0")/.."
tag="${1:-dev}"
version="$(git describe --tags --always --dirty 2>/dev/null || echo dev)"
revision="$(git rev-parse HEAD 2>/dev/null || echo unknown)"

rootfs=dist/rootfs
rm -rf "$rootfs"
mkdir -p "$rootfs/usr/local/bin" "$rootfs/data" "$rootfs/tmp" "$rootfs/etc/ssl/certs"
CGO_ENABLED=0 GOOS=linux go build -trimpath -ldflags "-s -w -X main.version=${version}" \
  -o "$rootfs/usr/local/bin/relbot" ./cmd/relbot
if [ -f /etc/ssl/certs/ca-certificates.crt ]; then
  cp /etc/ssl/certs/ca-certificates.crt "$rootfs/etc/ssl/certs/"
else
  echo "image.sh: no /etc/ssl/certs/ca-certificates.crt on this machine (apt-get install ca-certificates)" >&2
  exit 1
fi
printf 'relbot:x:65532:65532:relbot:/data:/sbin/nologin\n' > "$rootfs/etc/passwd"
printf 'relbot:x:65532:\n' > "$rootfs/etc/group"
# Owned by the runtime user inside the image, whoever builds it.
chown -R 65532:65532 "$rootfs/data" 2>/dev/null || chmod 0777 "$rootfs/data"
chmod 1777 "$rootfs/tmp"

docker build --target prebuilt --build-arg VERSION="$version" --build-arg REVISION="$revision" \
  -t "relbot:${tag}" .
echo "built relbot:${tag} (${version})"
