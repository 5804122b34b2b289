#!/usr/bin/env python3
"""Score meeting extraction through the product, as a user would run it.

A labelled folder (meeting/testdata/*/ format) becomes one RSS file per
outlet; `relbot collect --config F` stores them (extraction, merging across
articles and outlets included) and `relbot query --config F --json SLUG` is
asked for every gold participant. The held meetings answered are compared
with the labels on (participant pair, date), as `relbot eval` does, but over
the whole folder at once, since merged reports have several sources.

    go build -o /tmp/relbot ./cmd/relbot
    python3 bench/eval_cli.py --relbot /tmp/relbot meeting/testdata/heldout11

Needs PyYAML. Prints JSON: precision, recall, the pairs missed and extra;
precision_mapped and recall_mapped read each gold slug as the actor its
query resolved to (a label that spells a name another way than the
gazetteer's slug).
"""
import argparse
import glob
import html
import itertools
import json
import os
import subprocess
import sys
import tempfile
from datetime import datetime
from email.utils import format_datetime

import yaml


def load(folder):
    docs = []
    for path in sorted(glob.glob(os.path.join(folder, "*.yaml"))):
        with open(path, encoding="utf-8") as f:
            docs.append(yaml.safe_load(f))
    return docs


def rss(outlet, docs):
    items = []
    for d in docs:
        pub = datetime.fromisoformat(str(d["published"]).replace("Z", "+00:00"))
        paras = "".join("<p>%s</p>" % html.escape(p) for p in d["text"].split("\n\n") if p.strip())
        items.append(
            "<item><title>%s</title><link>https://eval.example/%s</link><guid>%s</guid>"
            "<pubDate>%s</pubDate><content:encoded><![CDATA[%s]]></content:encoded></item>"
            % (html.escape(d["title"]), d["id"], d["id"], format_datetime(pub), paras))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>%s</title>'
            '<link>https://eval.example/</link>%s</channel></rss>\n' % (html.escape(outlet), "".join(items)))


def pairs(slugs, date):
    return {(a, b, date) for a, b in itertools.combinations(sorted(set(slugs)), 2)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--relbot", default="relbot")
    ap.add_argument("folder")
    args = ap.parse_args()
    docs = load(args.folder)
    gold, slugs, present = set(), set(), set()
    for d in docs:
        for m in d.get("meetings") or []:
            gold |= pairs(m["participants"], str(m["date"]))
            slugs |= set(m["participants"])
            # Pairs that join a labelled attendee to the meeting are scored
            # neither right nor wrong, as `relbot eval` does.
            if m.get("attendees"):
                present |= pairs(m["participants"] + m["attendees"], str(m["date"]))
    with tempfile.TemporaryDirectory() as tmp:
        by_outlet = {}
        for d in docs:
            by_outlet.setdefault(d["outlet"], []).append(d)
        sources = []
        for i, (outlet, ds) in enumerate(sorted(by_outlet.items())):
            path = os.path.join(tmp, "feed%d.xml" % i)
            with open(path, "w", encoding="utf-8") as f:
                f.write(rss(outlet, ds))
            sources.append({"name": outlet, "url": "file://" + path})
        cfg = os.path.join(tmp, "relbot.yaml")
        with open(cfg, "w", encoding="utf-8") as f:
            yaml.safe_dump({"database": os.path.join(tmp, "relbot.db"), "sources": sources}, f)
        subprocess.run([args.relbot, "collect", "--config", cfg], check=True, capture_output=True)
        got = set()
        canon = {}  # gold slug -> the actor the query resolved it to
        for slug in sorted(slugs):
            out = subprocess.run([args.relbot, "query", "--config", cfg, "--json", slug],
                                 check=True, capture_output=True, text=True).stdout
            answer = json.loads(out)
            if len(answer.get("actors", [])) == 1:
                canon[slug] = answer["actors"][0]["slug"]
            for m in answer.get("meetings", []):
                got |= pairs([p["slug"] for p in m["participants"]], m["date"])
    # A pair is only judged when the gold knows one of its actors: queries
    # were asked for gold participants only.
    got_all = got - (present - gold)
    got = {p for p in got if p[0] in slugs or p[1] in slugs}
    true = gold & got
    # The same, with each gold slug read as the actor its query resolved to:
    # a label spelt "saysomphone-phomvihane" for the actor the gazetteer
    # calls "xaysomphone-phomvihane" counts as that actor.
    mapped_slugs = {canon.get(s, s) for s in slugs}
    mapped_gold, mapped_present = set(), set()
    for a, b, d in gold:
        mapped_gold |= pairs([canon.get(a, a), canon.get(b, b)], d)
    for a, b, d in present:
        mapped_present |= pairs([canon.get(a, a), canon.get(b, b)], d)
    mapped_got = {p for p in got_all - (mapped_present - mapped_gold) if p[0] in mapped_slugs or p[1] in mapped_slugs}
    mapped_true = mapped_gold & mapped_got
    result = {
        "docs": len(docs),
        "gold_pairs": len(gold),
        "precision": round(len(true) / len(got), 3) if got else 1.0,
        "recall": round(len(true) / len(gold), 3) if gold else 1.0,
        "precision_mapped": round(len(mapped_true) / len(mapped_got), 3) if mapped_got else 1.0,
        "recall_mapped": round(len(mapped_true) / len(mapped_gold), 3) if mapped_gold else 1.0,
        "missed": sorted("%s–%s %s" % p for p in gold - got),
        "extra": sorted("%s–%s %s" % p for p in got - gold),
    }
    json.dump(result, sys.stdout, indent=2, ensure_ascii=False)
    print()


if __name__ == "__main__":
    main()
