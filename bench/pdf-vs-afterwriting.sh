#!/usr/bin/env bash
# Times the whole process of printing Big Fish to PDF: `showrunner pdf` against afterwriting
# 1.17.3 (npm, US Letter), alternating the two in the same run, and prints each one's median
# wall time and the ratio. Then measures the peak memory (resident set) of `showrunner pdf` on a
# script of about 2,000 pages.
#
# usage: bench/pdf-vs-afterwriting.sh [RUNS]        (default 11 runs each)
# needs: node and npm (afterwriting is installed into bench/.peers on first use), GNU time
# (/usr/bin/time) for the memory figure, pdfinfo (poppler-utils) for page counts if present.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
RUNS=${1:-11}
PEERS="$HERE/.peers"
AW="$PEERS/node_modules/.bin/afterwriting"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

if [ ! -x "$AW" ]; then
  echo "installing afterwriting 1.17.3 into bench/.peers ..." >&2
  mkdir -p "$PEERS"
  npm install --no-audit --no-fund --silent --prefix "$PEERS" afterwriting@1.17.3 >&2
fi

SCRIPT="$WORK/big-fish.fountain"
cp "$HERE/src/main/resources/corpus/big-fish.fountain" "$SCRIPT"
echo '{"print_profile":"usletter","split_dialogue":true}' > "$WORK/afterwriting.json"

# Build once (and let the launcher write its class-data archive) outside the timed runs.
"$ROOT/showrunner" pdf "$SCRIPT" -o "$WORK/warm.pdf" >/dev/null
"$AW" --source "$SCRIPT" --pdf "$WORK/warm-aw.pdf" --overwrite --config "$WORK/afterwriting.json" >/dev/null

now() { date +%s%N; }
ours=(); theirs=()
for ((i = 0; i < RUNS; i++)); do
  t0=$(now); "$ROOT/showrunner" pdf "$SCRIPT" -o "$WORK/ours.pdf" >/dev/null; t1=$(now)
  "$AW" --source "$SCRIPT" --pdf "$WORK/theirs.pdf" --overwrite --config "$WORK/afterwriting.json" >/dev/null; t2=$(now)
  ours+=($(( (t1 - t0) / 1000000 ))); theirs+=($(( (t2 - t1) / 1000000 )))
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
m_ours=$(median "${ours[@]}"); m_theirs=$(median "${theirs[@]}")
pages() { command -v pdfinfo >/dev/null && pdfinfo "$1" | awk '/^Pages:/ {print $2}' || echo "?"; }
echo "Big Fish to PDF, whole process, median of $RUNS runs each (same run, alternating):"
printf '  showrunner pdf        %6d ms   (%s pages with title page)\n' "$m_ours" "$(pages "$WORK/ours.pdf")"
printf '  afterwriting 1.17.3   %6d ms   (%s pages with title page)\n' "$m_theirs" "$(pages "$WORK/theirs.pdf")"
awk -v a="$m_theirs" -v b="$m_ours" 'BEGIN { printf "  ratio afterwriting / showrunner: %.2f\n", a / b }'

# Peak memory on a long script: Big Fish's body 16 times over, about 2,000 pages.
LONG="$WORK/long.fountain"
{
  cat "$SCRIPT"
  for ((i = 1; i < 16; i++)); do
    printf '\n===\n\n'
    awk 'body { print } /^$/ { body = 1 }' "$SCRIPT"   # the body: everything after the title page
  done
} > "$LONG"
if [ -x /usr/bin/time ]; then
  /usr/bin/time -f '%M %e' -o "$WORK/mem" "$ROOT/showrunner" pdf "$LONG" -o "$WORK/long.pdf" >/dev/null
  read -r kb secs < "$WORK/mem"
  printf '2,000-page script (%s pages): peak resident memory %d MB, %s s\n' "$(pages "$WORK/long.pdf")" $((kb / 1024)) "$secs"
else
  echo "(install GNU time, /usr/bin/time, for the peak-memory figure)"
fi
