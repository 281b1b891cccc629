#!/usr/bin/env python3
"""Regenerate tests/rtl/seeds_w{24,40,80}.json: the FriBidi reference's rows for every line of
the bundled articles (each line one paragraph, as `khabar render` reads it).

Run from the repository root, with ../shared beside it and libfribidi-bin installed:
    python3 tools/gen-golden.py
"""
import json, os, sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# The reference lives in ../shared/rtl; $KHABAR_SHARED or any ancestor's shared/ also works.
candidates = [os.environ.get('KHABAR_SHARED', '')] + [
    os.path.join(root, *(['..'] * up), 'shared') for up in range(1, 4)]
shared = next((c for c in candidates if c and os.path.isfile(os.path.join(c, 'rtl', 'oracle.py'))), None)
if shared is None:
    sys.exit('gen-golden: cannot find shared/rtl/oracle.py (set KHABAR_SHARED)')
sys.path.insert(0, os.path.join(shared, 'rtl'))
from oracle import visual_lines  # noqa: E402

articles = os.path.join(root, 'assets', 'articles')
for width in (24, 40, 80):
    out = []
    for name in sorted(os.listdir(articles)):
        with open(os.path.join(articles, name), encoding='utf-8') as f:
            for n, line in enumerate(f.read().split('\n'), 1):
                if line == '':
                    continue
                shaped, d = visual_lines(line, width, base='wrtl', shape=True)
                out.append({"file": name, "line": n, "logical": line, "dir": d, "rows": shaped})
    with open(os.path.join(root, 'tests', 'rtl', 'seeds_w%d.json' % width), 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False, indent=0)
    print('width %d: %d paragraphs' % (width, len(out)))
