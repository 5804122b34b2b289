# relbot image: a static binary on scratch, non-root, one /data volume.
#
# The usual build:      docker build -t relbot .
# Without pulling any image (offline machines, release tools): scripts/image.sh [TAG] builds the binary with
# the local Go and assembles the same runtime layout through the first stage below, which needs no base image.
# The legacy builder builds every stage above --target, so that offline stage must come first.

# --- offline assembly: rootfs prepared by scripts/image.sh in dist/rootfs -------------------------------
FROM scratch AS prebuilt
ARG VERSION=dev
ARG REVISION=unknown
COPY dist/rootfs/ /
LABEL org.opencontainers.image.title="relbot" \
      org.opencontainers.image.description="Slack bot for diplomatic relations news: digests and who met whom" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${REVISION}" \
      org.opencontainers.image.licenses="MIT"
ENV RELBOT_DATABASE=/data/relbot.db RELBOT_HTTP_LISTEN=:8080 TMPDIR=/tmp
USER 65532:65532
WORKDIR /data
VOLUME ["/data"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 CMD ["/usr/local/bin/relbot", "healthcheck"]
ENTRYPOINT ["/usr/local/bin/relbot"]
CMD ["serve"]

# --- the usual multi-stage build -------------------------------------------------------------------------
FROM golang:1.26 AS build
ARG VERSION=dev
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags "-s -w -X main.version=${VERSION}" -o /rootfs/usr/local/bin/relbot ./cmd/relbot \
 && mkdir -p /rootfs/data /rootfs/tmp /rootfs/etc/ssl/certs \
 && cp /etc/ssl/certs/ca-certificates.crt /rootfs/etc/ssl/certs/ \
 && printf 'relbot:x:65532:65532:relbot:/data:/sbin/nologin\n' > /rootfs/etc/passwd \
 && printf 'relbot:x:65532:\n' > /rootfs/etc/group \
 && chown 65532:65532 /rootfs/data && chmod 1777 /rootfs/tmp

FROM scratch AS runtime
ARG VERSION=dev
ARG REVISION=unknown
COPY --from=build /rootfs/ /
LABEL org.opencontainers.image.title="relbot" \
      org.opencontainers.image.description="Slack bot for diplomatic relations news: digests and who met whom" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${REVISION}" \
      org.opencontainers.image.licenses="MIT"
ENV RELBOT_DATABASE=/data/relbot.db RELBOT_HTTP_LISTEN=:8080 TMPDIR=/tmp
USER 65532:65532
WORKDIR /data
VOLUME ["/data"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 CMD ["/usr/local/bin/relbot", "healthcheck"]
ENTRYPOINT ["/usr/local/bin/relbot"]
CMD ["serve"]
