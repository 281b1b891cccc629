#!/usr/bin/env bash
# Live conformance: run the GNU FriBidi reference (../shared/rtl/oracle.py, needs the Debian
# package libfribidi-bin) over the seed articles, tests/rtl/extra_news.txt and any text files given, and diff its rows
# against `khabar render` at widths 24, 40 and 80, shaped and unshaped.
#
#   tools/live-reference.sh [FILE...]
#   RTL_REF=/path/to/shared/rtl KHABAR=target/release/khabar WIDTHS="24 40 80" tools/live-reference.sh
#
# Each input line is a paragraph. Prints every differing paragraph (expected vs got) and a
# summary; exits 1 when any row differs. Two tolerated differences are folded before comparing:
# a lone hamza as U+FE80 instead of U+0621, and a tab shown as one space (FriBidi keeps the tab;
# khabar never sends one, since a raw HT moves the terminal's cursor: src/text/controls.rs).
set -euo pipefail
cd "$(dirname "$0")/.."
ref="${RTL_REF:-../shared/rtl}"
if [ ! -f "$ref/oracle.py" ]; then
  echo "live-reference: no reference at $ref/oracle.py (set RTL_REF)" >&2
  exit 2
fi
khabar="${KHABAR:-${CARGO_TARGET_DIR:-target}/debug/khabar}"
if [ -z "${KHABAR:-}" ]; then
  cargo build --quiet --bin khabar
fi
files=(assets/articles/*.txt tests/rtl/extra_news.txt "$@")
exec python3 - "$ref" "$khabar" "${WIDTHS:-24 40 80}" "${files[@]}" <<'PY'
import subprocess, sys
ref, khabar, widths, files = sys.argv[1], sys.argv[2], sys.argv[3].split(), sys.argv[4:]
sys.path.insert(0, ref)
from oracle import visual_lines, cell_width

def paragraphs(text):
    lines = text.split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    return [l[:-1] if l.endswith('\r') else l for l in lines]

fold = lambda s: s.replace('\ufe80', '\u0621').replace('\t', ' ')
total = bad = wide = 0
for path in files:
    with open(path, encoding='utf-8', errors='replace') as f:
        paras = paragraphs(f.read())
    for w in widths:
        for shape in (True, False):
            args = [khabar, 'render', '--width', w] + ([] if shape else ['--no-shape']) + [path]
            got = subprocess.run(args, capture_output=True, text=True, check=True).stdout.split('\n')
            pos, aligned = 0, True
            for n, para in enumerate(paras, 1):
                exp, _ = visual_lines(para, int(w), base='wrtl', shape=shape)
                if aligned:
                    mine = got[pos:pos + len(exp)]
                    pos += len(exp)
                else:  # after a difference the file's rows no longer line up: one at a time
                    mine = subprocess.run(args[:-1], input=para + '\n', capture_output=True,
                                          text=True, check=True).stdout.split('\n')[:-1]
                total += 1
                if any(sum(map(cell_width, r)) > int(w) for r in exp):
                    # The reference prints a row wider than the pane (trailing spaces at the
                    # end of a paragraph, or a wide glyph in a 1-cell pane); khabar never does.
                    wide += 1
                    continue
                if [fold(r) for r in exp] != [fold(r) for r in mine]:
                    bad += 1
                    aligned = False
                    print('DIFF %s:%d width %s %s' % (path, n, w, 'shaped' if shape else 'unshaped'))
                    for e, g in zip(exp + [''] * len(mine), mine + [''] * len(exp)):
                        if e != g:
                            print('  expected |%s|\n  got      |%s|' % (e, g))
print('live-reference: %d of %d paragraph layouts match FriBidi (%d files, widths %s)'
      % (total - bad - wide, total - wide, len(files), ' '.join(widths)))
if wide:
    print('live-reference: %d more where FriBidi\'s rows are wider than the pane (not compared)'
          % wide)
sys.exit(1 if bad else 0)
PY
