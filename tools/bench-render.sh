#!/usr/bin/env bash
# Time `khabar render --width 80` against `fribidi --nobreak --width 80` on the same 2 MB of
# seed text, side by side in one run (issue 3). Needs libfribidi-bin; uses hyperfine when it is
# installed (apt-get install hyperfine), else a loop of `time`.
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
if command -v hyperfine >/dev/null 2>&1; then
  hyperfine --warmup 2 --runs "$runs" -N \
    "$khabar render --width 80 $input" \
    "fribidi --nobreak --width 80 $input"
else
  for cmd in "$khabar render --width 80 $input" "fribidi --nobreak --width 80 $input"; do
    echo "== $cmd"
    time (for _ in $(seq "$runs"); do $cmd >/dev/null; done)
  done
fi
