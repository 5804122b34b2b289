#!/usr/bin/env bash
# Articles per second of `relbot summarize --json` on one core, process CPU time less start-up.
# Usage: bench/cli_rate.sh [DATA.json]   (default ../shared/bench/cnndm_writer_summaries.json)
set -euo pipefail
cd "$(dirname "$0")/.."
data="${1:-../shared/bench/cnndm_writer_summaries.json}"
go build -o /tmp/relbot-cli-rate ./cmd/relbot
python3 - "$data" <<'PY'
import json, resource, subprocess, sys
d = json.load(open(sys.argv[1]))
seen, items = set(), []
for x in d:
    if x["article_id"] not in seen:
        seen.add(x["article_id"]); items.append(x["article"])
big = [{"article_id": str(i), "article": a} for i, a in enumerate(items * 20)]
open("/tmp/relbot-cli-big.json", "w").write(json.dumps(big))
open("/tmp/relbot-cli-empty.json", "w").write("[]")
def cpu(path):
    best = None
    for _ in range(5):
        r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run(["taskset", "-c", "0", "/tmp/relbot-cli-rate", "summarize", "--json"],
                       stdin=open(path), stdout=subprocess.DEVNULL, check=True)
        r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
        best = t if best is None else min(best, t)
    return best
a, b = cpu("/tmp/relbot-cli-big.json"), cpu("/tmp/relbot-cli-empty.json")
print(f"articles={len(big)} cpu={a:.3f}s startup={b:.3f}s net={a-b:.3f}s rate={len(big)/(a-b):.0f}/s")
PY
