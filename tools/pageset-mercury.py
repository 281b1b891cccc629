#!/usr/bin/env python3
"""A held-out page set from the Postlight (Mercury) Parser's test fixtures, in the layout of
tools/pageset.py (`NAME.html` + `NAME.expected.json`) for tools/eval-pages.py.

    python3 tools/pageset-mercury.py REPO OUT

REPO is a checkout of github.com/postlight/parser; OUT the folder to write (outside this
repository: fetched pages are never committed). Each custom extractor's test
(`src/extractors/custom/HOST/index.test.js`) names its saved page and states the article's
title, its `date_published` (UTC) and the first 13 words of its text: those are the gold
(`body_is_prefix`: recall of the opening only). The suite names no outlet. Pages are named
`pl-HOST-N`.

The fixtures were saved after Mercury's own `normalizeMetaTags` (src/resource/utils/dom/
normalize-meta-tags.js), which moves every `<meta>`'s `content` into a `value` attribute: as
saved, 131 of the 146 pages have no `content=` at all, so no tool reads their metadata. The
pages are written back as the outlets served them: a `<meta>` with `value` and no `content`
gets its `value` back as `content` (the other half of that normalization, `property` renamed
`name`, is left: `name="og:title"` is read as well). Sets built before 2026-12-07 13:00 UTC
(/work/data-13/pages-mercury) kept the normalized pages.
"""
import json
import os
import re
import sys

STRING = r"""('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`(?:[^`\\]|\\.)*`)"""


def js_string(lit):
    """A JS string literal's value (the escapes these tests use)."""
    body = lit[1:-1]
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), body)


def asserted(test, field):
    """The value asserted for `field` (strings joined by `+` too), or None."""
    m = re.search(r"assert\.equal\(\s*" + field + r"\s*,\s*((?:" + STRING + r"\s*\+?\s*)+)[,)]",
                  test, re.S)
    if not m:
        return None
    return "".join(js_string(s) for s in re.findall(STRING, m.group(1)))


def restore_meta_content(html):
    """Undo Mercury's `content` -> `value` renaming on `<meta>` tags (bytes in, bytes out)."""
    def one(m):
        tag = m.group(0)
        if re.search(rb"\scontent\s*=", tag, re.I):
            return tag
        return re.sub(rb"(\s)value(\s*=)", rb"\1content\2", tag, count=1, flags=re.I)
    return re.sub(rb"<meta\b[^>]*>", one, html, flags=re.I)


def main():
    repo, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    custom = os.path.join(repo, "src/extractors/custom")
    made = 0
    for host in sorted(os.listdir(custom)):
        path = os.path.join(custom, host, "index.test.js")
        if not os.path.exists(path):
            continue
        test = open(path, encoding="utf-8").read()
        # One page per `describe` block that reads a fixture.
        for k, m in enumerate(re.finditer(r"readFileSync\(\s*'(\./fixtures/[^']+)'", test)):
            block = test[m.start():]
            nxt = re.search(r"readFileSync\(", block[20:])
            block = block[: 20 + nxt.start()] if nxt else block
            fixture = os.path.join(repo, m.group(1))
            title, date = asserted(block, "title"), asserted(block, "date_published")
            first13 = asserted(block, "first13")
            if not os.path.exists(fixture) or not first13:
                continue
            name = f"pl-{host}-{k}"
            with open(fixture, "rb") as src, open(os.path.join(out, name + ".html"), "wb") as dst:
                dst.write(restore_meta_content(src.read()))
            url = re.search(r"url\s*=\s*" + STRING, test[: m.start()][::-1][::-1])
            exp = {"suite": "mercury", "title": title, "outlet": None,
                   "date": date[:10] if date else None, "date_published": date,
                   "body": first13, "body_is_prefix": True,
                   "url": js_string(url.group(1)) if url else None, "lang": None}
            with open(os.path.join(out, name + ".expected.json"), "w", encoding="utf-8") as f:
                json.dump(exp, f, ensure_ascii=False, indent=1)
            made += 1
    print(f"{made} pages in {out}")


if __name__ == "__main__":
    main()
