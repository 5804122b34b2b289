package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/relbot/relbot/store"
)

const importUsage = "usage: relbot import [--force] FILE (a file written by relbot export, or - for stdin)"

// cmdImport restores a file written by `relbot export` into the configured
// database, which must be empty unless --force: the way to restore a backup
// and to move from SQLite to PostgreSQL. Nothing is imported when any line
// is bad.
func cmdImport(ctx context.Context, args []string, e env) error {
	fs, path := flags("import", e)
	force := fs.Bool("force", false, "delete everything the database holds and import in its place")
	files, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(files) != 1 {
		return usagef(importUsage)
	}
	cfg, err := loadConfig(*path, e)
	if err != nil {
		return err
	}
	var r io.Reader = e.stdin
	if name := files[0]; name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return usagef("import: %v", err)
		}
		defer f.Close()
		r = f
	}
	st, err := store.Open(ctx, cfg.Database)
	if err != nil {
		return fmt.Errorf("open database: %w", err)
	}
	defer st.Close()
	stats, err := st.Import(ctx, r, *force)
	switch {
	case errors.Is(err, store.ErrNotEmpty):
		return badInput{fmt.Errorf("%w; run relbot import --force to replace its contents", err)}
	case errors.Is(err, store.ErrBadImport):
		return badInput{err}
	case err != nil:
		return err
	}
	replaced := ""
	if stats.Replaced {
		replaced = ", replacing what it held"
	}
	fmt.Fprintf(e.stderr, "imported %s into %s%s\n", stats, st.Dialect(), replaced)
	return nil
}

// badInput keeps an error's message and marks it as the user's mistake, so
// that relbot exits 2.
type badInput struct{ error }

func (b badInput) Unwrap() []error { return []error{b.error, errBadInput} }
