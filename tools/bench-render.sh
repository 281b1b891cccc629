#!/usr/bin/env bash
# Time `khabar render --width 80` against `fribidi --nobreak --width 80` on the same 2 MB of
# seed text, side by side in one run (issue 3): khabar on one thread (`--threads 1`, a hidden
# flag of render; FriBidi's CLI is single-threaded), khabar on one thread per core (the
# default), and FriBidi. Needs libfribidi-bin; uses hyperfine when it is installed
# (apt-get install hyperfine), else a loop of `time`. Compare hyperfine's "User" figures (CPU
# time) as well as wall times: the machine is shared, and the load is printed first.
#
#   tools/bench-render.sh [RUNS]        # default 10 runs each
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}"
cargo build --release --quiet --bin khabar
khabar=target/release/khabar
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
input="$tmp/seeds-2mb.txt"
# The seed articles repeated until the file holds 2 MiB (2,097,152 bytes), cut at a line end.
python3 - "$input" assets/articles/*.txt <<'PY'
import sys
out, files = sys.argv[1], sys.argv[2:]
text = ''.join(open(f, encoding='utf-8').read().rstrip('\n') + '\n' for f in files)
data = b''
while len(data) < 2 * 1024 * 1024:
    data += text.encode('utf-8')
cut = data.index(b'\n', 2 * 1024 * 1024) + 1
open(out, 'wb').write(data[:cut])
PY
echo "input: $(wc -c <"$input") bytes, $(wc -l <"$input") paragraphs"
echo "versions: $($khabar --version), $(fribidi --version | head -1)"
echo "cores: $(nproc), load: $(cut -d' ' -f1-3 /proc/loadavg)"
one="$khabar render --width 80 --threads 1 $input"
all="$khabar render --width 80 $input"
ref="fribidi --nobreak --width 80 $input"
if command -v hyperfine >/dev/null 2>&1; then
  hyperfine --warmup 2 --runs "$runs" -N "$one" "$all" "$ref"
else
  for cmd in "$one" "$all" "$ref"; do
    echo "== $cmd"
    time (for _ in $(seq "$runs"); do $cmd >/dev/null; done)
  done
fi
