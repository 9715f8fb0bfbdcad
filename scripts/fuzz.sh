#!/usr/bin/env bash
# Runs the libFuzzer harnesses of BUILD (make fuzz) for SECONDS each, on seeds from the sample
# corpus and fuzz/seeds/, keeping what they learn in BUILD/fuzz/corpus/. A finding is written
# to BUILD/fuzz/findings/ and fails the run.
#   scripts/fuzz.sh BUILD SECONDS [HARNESS...]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:?usage: scripts/fuzz.sh BUILD SECONDS [HARNESS...]}
seconds=${2:?usage: scripts/fuzz.sh BUILD SECONDS [HARNESS...]}
shift 2
harnesses=("$@")
[ ${#harnesses[@]} -gt 0 ] || harnesses=(corpus_fuzz search_fuzz match_fuzz scrub_fuzz http_fuzz)
work=$build/fuzz
mkdir -p "$work/findings"

# Seeds: records of the sample corpus (the last byte chooses the file: 0 services, 1 answers,
# 2 dossiers), a line nested 200,000 deep and one over the line limit; the own situations'
# texts; notes of the scrubber's tuning set, unmarked; fuzz/seeds/ for queries and HTTP requests.
seeds=$work/seeds
rm -rf "$seeds"
mkdir -p "$seeds/corpus_fuzz" "$seeds/match_fuzz"
file_index=0
for f in services answers dossiers; do
  { head -n 20 "corpus/data/$f.jsonl"; printf "\\$(printf '%03o' $file_index)"; } \
    >"$seeds/corpus_fuzz/$f"
  file_index=$((file_index + 1))
done
{ head -c 200000 /dev/zero | tr '\0' '['; printf '\n\000'; } >"$seeds/corpus_fuzz/deep"
{ head -c 1100000 /dev/zero | tr '\0' 'a'; printf '\n\000'; } >"$seeds/corpus_fuzz/long"
n=0
sed -n '1,60s/.*"text": "\([^"]*\)".*/\1/p' eval/data/situations.jsonl |
  while IFS= read -r text; do
    n=$((n + 1))
    printf '%s' "$text" >"$seeds/match_fuzz/situation-$n"
  done
cp fuzz/seeds/search_fuzz/* "$seeds/search_fuzz/" 2>/dev/null || mkdir -p "$seeds/search_fuzz"
mkdir -p "$seeds/scrub_fuzz"
# (sed -n, not head: head closing the pipe early would kill the writer with SIGPIPE, which
# pipefail makes the script's failure)
grep -v '^#' tests/data/scrub_notes_dev.txt | sed 's/{{[a-z]*:\([^}]*\)}}/\1/g' | sed -n '1,80p' |
  split -l 1 - "$seeds/scrub_fuzz/note-"
mkdir -p "$seeds/http_fuzz"
cp fuzz/seeds/http_fuzz/* "$seeds/http_fuzz/" 2>/dev/null || true

status=0
for h in "${harnesses[@]}"; do
  max_len=65536
  [ "$h" = corpus_fuzz ] && max_len=4194304
  mkdir -p "$work/corpus/$h"
  echo "fuzz: $h for ${seconds}s"
  if ! "$build/fuzz/$h" -max_total_time="$seconds" -max_len="$max_len" -rss_limit_mb=4096 \
      -timeout=30 -print_final_stats=1 -artifact_prefix="$work/findings/$h-" \
      "$work/corpus/$h" "$seeds/$h" >"$work/$h.log" 2>&1; then
    echo "fuzz: $h found a defect (see $work/$h.log and $work/findings/)" >&2
    tail -n 40 "$work/$h.log" >&2
    status=1
  else
    grep -E '^stat::number_of_executed_units|^Done' "$work/$h.log" | tr '\n' ' '
    echo
  fi
done
exit $status
