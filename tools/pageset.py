#!/usr/bin/env python3
"""Build the real-page test set from public extraction test suites (not committed).

    python3 tools/pageset.py RAW OUT [SUITE...]

RAW holds unpacked copies of the suites (see tests/fixtures/pages/README.md for where they come
from); OUT gets one `NAME.html` and one `NAME.expected.json` per page, with the suite's own expected
output: `title`, `outlet`, `date` (YYYY-MM-DD) where the suite states them (else null), `body` (the
expected main text), `body_is_prefix` (the suite gives only the text's opening), `lang`, `suite`.
The suites that judge khabar (trafilatura's tests, htmldate's tests, newspaper4k's tests/data,
htmltotext-benchmark) are never read.
"""
import ast
import gzip
import json
import os
import sys

import lxml.html

BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr",
          "figcaption", "dd", "dt", "section", "article", "br", "td", "th", "table", "ul", "ol"}


def html_text(html):
    """The text of an expected-output HTML fragment, one line per block."""
    root = lxml.html.fromstring(html)
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    out = []

    def walk(e):
        tag = e.tag if isinstance(e.tag, str) else ""
        if tag in BLOCKS:
            out.append("\n")
        if e.text:
            out.append(e.text)
        for c in e:
            walk(c)
            if c.tail:
                out.append(c.tail)
        if tag in BLOCKS:
            out.append("\n")

    walk(root)
    lines = (" ".join(l.split()) for l in "".join(out).split("\n"))
    return "\n".join(l for l in lines if l)


def write(out, name, html_bytes, exp):
    with open(os.path.join(out, name + ".html"), "wb") as f:
        f.write(html_bytes)
    with open(os.path.join(out, name + ".expected.json"), "w") as f:
        json.dump(exp, f, ensure_ascii=False, indent=1)


def lang_of(text):
    """`ar`, `fa` or `ur` for text mostly in Arabic script (told apart by the letters only
    Persian or Urdu use), else None."""
    ar = sum(1 for c in text if "\u0600" <= c <= "\u06ff")
    if ar <= len(text) * 0.3:
        return None
    urdu = sum(text.count(c) for c in "ٹڈڑںےھ")
    persian = sum(text.count(c) for c in "پچژگکی")
    if urdu > ar * 0.01:
        return "ur"
    return "fa" if persian > ar * 0.01 else "ar"


def readability(raw, out):
    base = os.path.join(raw, "mozilla+readability/test/test-pages")
    n = 0
    for d in sorted(os.listdir(base)):
        src = os.path.join(base, d, "source.html")
        if not os.path.exists(src):
            continue
        data = open(src, "rb").read()
        # Real saved pages only: the suite's small hand-made cases test one rule each.
        if len(data) < 10_000:
            continue
        meta = json.load(open(os.path.join(base, d, "expected-metadata.json")))
        body = html_text(open(os.path.join(base, d, "expected.html"), encoding="utf-8").read())
        date = (meta.get("publishedTime") or "")[:10] or None
        write(out, "readability-" + d, data, {
            "suite": "readability", "title": meta.get("title"), "outlet": meta.get("siteName"),
            "date": date, "body": body, "body_is_prefix": False,
            "lang": meta.get("lang") or lang_of(body)})
        n += 1
    return n


def aeb(raw, out):
    base = os.path.join(raw, "scrapinghub+article-extraction-benchmark")
    truth = json.load(open(os.path.join(base, "ground-truth.json")))
    n = 0
    for key, v in sorted(truth.items()):
        data = gzip.open(os.path.join(base, "html", key + ".html.gz")).read()
        write(out, "aeb-" + key[:12], data, {
            "suite": "aeb", "title": None, "outlet": None, "date": None,
            "body": v["articleBody"], "body_is_prefix": False, "url": v.get("url"),
            "lang": lang_of(v["articleBody"])})
        n += 1
    return n


def goose(raw, out):
    base = os.path.join(raw, "goose3+goose3/tests/data/content")
    n = 0
    for f in sorted(os.listdir(base)):
        if not f.endswith(".json") or not os.path.exists(os.path.join(base, f[:-5] + ".html")):
            continue
        d = json.load(open(os.path.join(base, f)))
        e = d.get("expected")
        if isinstance(e, str):
            e = ast.literal_eval(e)
        body = e.get("cleaned_text") or ""
        data = open(os.path.join(base, f[:-5] + ".html"), "rb").read()
        if len(body.split()) < 3 or len(data) < 10_000:
            continue
        date = (e.get("publish_date") or "")[:10] or None
        write(out, "goose-" + f[5:-5], data, {
            "suite": "goose3", "title": e.get("title") or None, "outlet": None, "date": date,
            "body": body, "body_is_prefix": True, "url": d.get("url"),
            "lang": e.get("meta_lang") or lang_of(body)})
        n += 1
    return n


def magic_html(raw, out):
    """OpenDataLab magic-html's article benchmark: 158 pages from news and blog sites in
    several languages (2 Arabic, 2 Persian, 2 Urdu), each with its annotated main text."""
    base = os.path.join(raw, "opendatalab+magic-html/benchmark/data/article")
    truth = json.load(open(os.path.join(base, "base.json")))
    n = 0
    for key, v in sorted(truth.items()):
        path = os.path.join(base, "htmls", key + ".html")
        if not os.path.exists(path):
            continue
        body = v["content"]
        write(out, "mh-" + key[:12], open(path, "rb").read(), {
            "suite": "magic-html", "title": None, "outlet": None, "date": None,
            "body": body, "body_is_prefix": False, "url": v.get("url"), "lang": lang_of(body)})
        n += 1
    return n


SUITES = [("readability", readability), ("aeb", aeb), ("goose3", goose),
          ("magic-html", magic_html)]


def main():
    raw, out = sys.argv[1], sys.argv[2]
    only = sys.argv[3:]
    os.makedirs(out, exist_ok=True)
    for name, f in SUITES:
        if not only or name in only:
            print(name, f(raw, out))


if __name__ == "__main__":
    main()
