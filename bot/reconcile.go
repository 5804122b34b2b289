package bot

import (
	"context"
	"time"
)

// Posted looks in the channel's history, back to since, for the first
// message of the digest of period that PostDigest tagged with its metadata.
// It returns that message's ts, or "" when the digest was never posted: after
// a crash between posting and recording, this decides between recording the
// post and making it.
func (p *Poster) Posted(ctx context.Context, channel, period string, since time.Time) (string, error) {
	ts, _, err := p.find(ctx, channel, period, 0, "", since)
	return ts, err
}
