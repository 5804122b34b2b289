# relbot image: one static binary on scratch, running as uid 65532, one /data volume.
#
#   docker build -t relbot .                 the usual build (pulls the Go image)
#   scripts/image.sh [TAG]                   offline: builds the binary with the local Go and assembles the
#                                            same runtime layout through the "prebuilt" stage below, which
#                                            needs no base image (the way release tools package binaries)
#
# Both stages produce the same layout:
#   /usr/local/bin/relbot                    static (CGO off); time zone data is embedded in the binary
#   /etc/ssl/certs/ca-certificates.crt       for HTTPS feeds, Slack and LLM servers
#   /etc/passwd, /etc/group                  name the runtime user, so tools show "relbot", not a number
#   /data                                    the volume, owned by 65532: SQLite database, ./relbot.yaml
#   /tmp                                     1777, for the demo's temporary database and Go's temp files
#
# The database is ./relbot.db relative to WORKDIR /data, i.e. /data/relbot.db. It is deliberately not set
# with ENV RELBOT_DATABASE: an environment variable would override `database:` in the user's relbot.yaml
# and clash with RELBOT_DATABASE_FILE (Docker secrets). http.listen is set to :8080 by ENV because a
# container must listen beyond loopback, whatever a copied example configuration says.

# Pinned to go.mod's toolchain so that the build never downloads another one.
ARG GO_VERSION=1.26.8

# --- offline assembly: the rootfs prepared by scripts/image.sh in dist/rootfs -----------------------------
# It stays FIRST: the legacy builder builds every stage above --target, and this one needs no pull (on a
# clean checkout dist/rootfs holds only .keep, which .dockerignore leaves out, so the COPY still works).
FROM scratch AS prebuilt
ARG VERSION=dev
ARG REVISION=unknown
ARG CREATED=unknown
# COPY from the build context always gives root ownership; --chown on a directory whose content is all
# dockerignored creates an empty /data owned by the runtime user. It comes first so that the first layer
# is never empty (the legacy builder cannot commit an empty first layer on scratch).
COPY --chown=65532:65532 deploy/image/data/ /data/
COPY dist/rootfs/ /
LABEL org.opencontainers.image.title="relbot" \
      org.opencontainers.image.description="Slack bot for diplomatic relations news: daily digests and who met whom" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${REVISION}" \
      org.opencontainers.image.created="${CREATED}" \
      org.opencontainers.image.licenses="MIT"
ENV RELBOT_HTTP_LISTEN=:8080 TMPDIR=/tmp
USER 65532:65532
WORKDIR /data
VOLUME ["/data"]
EXPOSE 8080
# Exec form: scratch has no shell. The binary GETs its own /healthz.
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 CMD ["/usr/local/bin/relbot", "healthcheck"]
ENTRYPOINT ["/usr/local/bin/relbot"]
CMD ["serve"]

# --- the usual multi-stage build ---------------------------------------------------------------------------
FROM golang:${GO_VERSION} AS build
ARG VERSION=dev
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -buildvcs=false -ldflags "-s -w -X main.version=${VERSION}" \
      -o /rootfs/usr/local/bin/relbot ./cmd/relbot \
 && mkdir -p /rootfs/tmp /rootfs/etc/ssl/certs \
 && cp /etc/ssl/certs/ca-certificates.crt /rootfs/etc/ssl/certs/ \
 && printf 'root:x:0:0:root:/root:/sbin/nologin\nrelbot:x:65532:65532:relbot:/data:/sbin/nologin\n' > /rootfs/etc/passwd \
 && printf 'root:x:0:\nrelbot:x:65532:\n' > /rootfs/etc/group \
 && chmod 1777 /rootfs/tmp

FROM scratch AS runtime
ARG VERSION=dev
ARG REVISION=unknown
ARG CREATED=unknown
COPY --chown=65532:65532 deploy/image/data/ /data/
COPY --from=build /rootfs/ /
LABEL org.opencontainers.image.title="relbot" \
      org.opencontainers.image.description="Slack bot for diplomatic relations news: daily digests and who met whom" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${REVISION}" \
      org.opencontainers.image.created="${CREATED}" \
      org.opencontainers.image.licenses="MIT"
ENV RELBOT_HTTP_LISTEN=:8080 TMPDIR=/tmp
USER 65532:65532
WORKDIR /data
VOLUME ["/data"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 CMD ["/usr/local/bin/relbot", "healthcheck"]
ENTRYPOINT ["/usr/local/bin/relbot"]
CMD ["serve"]
