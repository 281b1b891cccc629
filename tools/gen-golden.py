#!/usr/bin/env python3
"""Regenerate the golden rows of the seed articles from the FriBidi reference.

    python3 tools/gen-golden.py [path/to/shared/rtl]      # default: ../shared/rtl

Writes tests/rtl/seeds_w{24,40,80}.json for every line (paragraph) of assets/articles/*.txt, and
tests/rtl/extra_w{24,40,80}.json for tests/rtl/extra_news.txt (hand-written news sentences:
quotes, URLs, numbers, percentages, Hijri dates, Persian, Urdu, harakat, joiners, emoji):
the rows the reference (oracle.py on GNU FriBidi; needs `apt-get install libfribidi-bin`) gives
at that width, shaped and unshaped, each padded to exactly the width. Lines are split like
`khabar render` splits them: on '\\n', a trailing '\\r' dropped, no final empty line.
tests/rtl_seeds.rs compares `layout_paragraph` with these rows cell for cell.
"""
import glob
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REF = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, '..', 'shared', 'rtl')
sys.path.insert(0, os.path.abspath(REF))
from oracle import visual_lines  # noqa: E402


def paragraphs(text):
    lines = text.split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    return [l[:-1] if l.endswith('\r') else l for l in lines]


def golden(sources, name):
    for width in (24, 40, 80):
        out = []
        for path in sources:
            with open(path, encoding='utf-8') as f:
                paras = paragraphs(f.read())
            for n, para in enumerate(paras):
                shaped, d = visual_lines(para, width, base='wrtl', shape=True)
                plain, _ = visual_lines(para, width, base='wrtl', shape=False)
                out.append({'file': os.path.basename(path), 'line': n + 1, 'dir': d,
                            'logical': para, 'visual_shaped': shaped, 'visual_unshaped': plain})
        dest = os.path.join(ROOT, 'tests', 'rtl', '%s_w%d.json' % (name, width))
        with open(dest, 'w', encoding='utf-8') as f:
            json.dump(out, f, ensure_ascii=False, indent=1)
            f.write('\n')
        print('%s: %d paragraphs' % (os.path.relpath(dest, ROOT), len(out)))


def main():
    golden(sorted(glob.glob(os.path.join(ROOT, 'assets', 'articles', '*.txt'))), 'seeds')
    golden([os.path.join(ROOT, 'tests', 'rtl', 'extra_news.txt')], 'extra')


if __name__ == '__main__':
    main()
