#!/bin/sh
# Events on real text: resolve the locator gold files against the corpus (see bench/resolve-real-events.js),
# score the dev part in full and the held-out part as a summary only. Skips when the corpus is absent.
set -e
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
node bench/resolve-real-events.js test/gold/events.real.dev.jsonl > "$dir/dev.jsonl"
node bench/resolve-real-events.js test/gold/events.real.heldout.jsonl > "$dir/heldout.jsonl"
[ -s "$dir/dev.jsonl" ] || exit 0
node bin/wirecoder.js eval "$@" "$dir/dev.jsonl"
node bin/wirecoder.js eval --summary "$dir/heldout.jsonl"
