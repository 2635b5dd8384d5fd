#!/bin/sh
# Events on real text: resolve the locator gold files against the corpus (see bench/resolve-real-events.js),
# score the dev parts in full and the held-out parts as summaries only. Skips when the corpus is absent.
# events.real.dev/heldout: random sentences; events.real.dev2/heldout2: article leads; events.real.heldout3: a larger
# held-out set of leads, never tuned on (test/gold/REAL-ANNOTATION.md).
set -e
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
for f in dev heldout dev2 heldout2 heldout3; do node bench/resolve-real-events.js test/gold/events.real.$f.jsonl > "$dir/$f.jsonl"; done
[ -s "$dir/dev.jsonl" ] || exit 0
node bin/wirecoder.js eval "$@" "$dir/dev.jsonl"
node bin/wirecoder.js eval "$@" "$dir/dev2.jsonl"
node bin/wirecoder.js eval --summary "$dir/heldout.jsonl"
node bin/wirecoder.js eval --summary "$dir/heldout2.jsonl"
node bin/wirecoder.js eval --summary "$dir/heldout3.jsonl"
