#!/usr/bin/env bash
# Whole-process costs of khabar on generated folders of 10, 100, 1,000 and 10,000 articles
# (issue 8; the corpora come from `examples/gen_corpus.rs`, i.e. khabar::synthetic):
#
# - launch to first frame of the real reader in a real terminal (tmux, 120x40): the launch
#   instant is taken inside the tmux pane just before exec, the first-frame instant is logged
#   by the reader itself (KHABAR_TIMING=FILE, see src/app/timing.rs) after the frame is
#   flushed; also launch to the frame that shows the analysis. Median of READER_RUNS runs.
# - `khabar export DIR` wall and user time (hyperfine, output to /dev/null).
# - peak RSS ("Maximum resident set size" of /usr/bin/time -v) of export, and of the reader
#   from launch until a few keys after its analysis has arrived.
# - corpus size on disk (sum of file sizes) and the peak RSS as a multiple of it.
#
# Prints a markdown table (and the load average before and after: the machine is shared).
#
#   tools/bench-process.sh [SIZES...]       # default: 10 100 1000 10000
#   READER_RUNS=5 EXPORT_RUNS=5 tools/bench-process.sh 1000
#
# Needs tmux, hyperfine and GNU time (apt-get install tmux hyperfine time).
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10 100 1000 10000)
reader_runs="${READER_RUNS:-5}"
export_runs="${EXPORT_RUNS:-5}"
for tool in tmux hyperfine /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "bench-process: $tool is missing" >&2; exit 2; }
done

cargo build --release --quiet --bin khabar --example gen_corpus
target="${CARGO_TARGET_DIR:-$PWD/target}"
khabar="$target/release/khabar"
gen="$target/release/examples/gen_corpus"
tmp="$(mktemp -d)"
sock="khabar-bench-$$"
cleanup() {
  tmux -L "$sock" kill-server 2>/dev/null || true
  rm -f "${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)/$sock"
  rm -rf "$tmp"
}
trap cleanup EXIT

now_ns() { date +%s%N; }

# Wait until FILE has a line starting with WORD (or give up after SECS seconds).
wait_for() {
  local file=$1 word=$2 secs=$3 end=$(($(date +%s) + $3))
  until grep -q "^$word " "$file" 2>/dev/null; do
    [ "$(date +%s)" -lt "$end" ] || return 1
    sleep 0.02
  done
}

# One reader run on DIR: prints "first_frame_ms analysed_ms peak_rss_kb".
reader_run() {
  local dir=$1 log="$tmp/timing" t0="$tmp/t0" tv="$tmp/time-v"
  rm -f "$log" "$t0" "$tv"
  tmux -L "$sock" new-session -d -x 120 -y 40 \
    "date +%s%N > $t0; exec /usr/bin/time -v -o $tv env KHABAR_TIMING=$log $khabar --lang en $dir"
  wait_for "$log" first_frame 120 || { echo "bench-process: no first frame" >&2; exit 1; }
  wait_for "$log" analysed 600 || { echo "bench-process: analysis never shown" >&2; exit 1; }
  # The screen shows the reader (a check that the logged frames are real ones).
  tmux -L "$sock" capture-pane -p >"$tmp/screen"
  [ "$(grep -c '[^[:space:]]' "$tmp/screen")" -gt 10 ] || {
    echo "bench-process: the reader's screen is empty" >&2
    cat "$tmp/screen" >&2
    exit 1
  }
  tmux -L "$sock" send-keys j j ']' n n
  sleep 0.3
  tmux -L "$sock" send-keys q
  local end=$(($(date +%s) + 30))
  until [ -s "$tv" ] && grep -q "Exit status" "$tv"; do
    [ "$(date +%s)" -lt "$end" ] || { echo "bench-process: reader did not quit" >&2; exit 1; }
    sleep 0.05
  done
  tmux -L "$sock" kill-server 2>/dev/null || true
  local start first analysed rss
  start=$(cat "$t0")
  first=$(awk '$1 == "first_frame" { print $2 }' "$log")
  analysed=$(awk '$1 == "analysed" { print $2 }' "$log")
  rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$tv")
  echo "$(( (first - start) / 1000000 )) $(( (analysed - start) / 1000000 )) $rss"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

echo "cores: $(nproc), load before: $(cut -d' ' -f1-3 /proc/loadavg), $($khabar --version)"
rows=()
for n in "${sizes[@]}"; do
  dir="$tmp/corpus-$n"
  "$gen" "$n" "$dir"
  bytes=$(find "$dir" -type f -printf '%s\n' | awk '{ s += $1 } END { print s }')
  : >"$tmp/reader-$n"
  for _ in $(seq "$reader_runs"); do
    reader_run "$dir" >>"$tmp/reader-$n"
  done
  first=$(awk '{ print $1 }' "$tmp/reader-$n" | median)
  analysed=$(awk '{ print $2 }' "$tmp/reader-$n" | median)
  reader_rss=$(awk '{ print $3 }' "$tmp/reader-$n" | sort -n | tail -1)
  runs=$export_runs
  [ "$n" -lt 10000 ] || runs=2
  hyperfine -N --warmup 1 --runs "$runs" --export-json "$tmp/export-$n.json" \
    --output=null "$khabar export $dir" >/dev/null 2>&1
  read -r mean sd user < <(python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
print("%.3f %.3f %.3f" % (r["mean"], r["stddev"] or 0, r["user"]))' "$tmp/export-$n.json")
  /usr/bin/time -v -o "$tmp/export-time-$n" "$khabar" export "$dir" >/dev/null
  export_rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$tmp/export-time-$n")
  rows+=("$(python3 -c '
import sys
n, b, first, analysed, mean, sd, user, erss, rrss = sys.argv[1:]
b = int(b); mb = b / 1e6
def mem(kb):
    m = int(kb) * 1024 / 1e6
    return f"{m:.1f} MB ({m / mb:.1f}×)"
print(f"| {int(n):,} | {mb:.2f} MB | {first} ms | {int(analysed) / 1000:.2f} s | "
      f"{mean} s ± {sd} | {user} s | {mem(erss)} | {mem(rrss)} |")' \
    "$n" "$bytes" "$first" "$analysed" "$mean" "$sd" "$user" "$export_rss" "$reader_rss")")
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| articles | corpus on disk | first frame (median of $reader_runs) | analysis shown | export wall (mean ± sd) | export user | export peak RSS (× corpus) | reader peak RSS (× corpus) |"
echo "|---|---|---|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
