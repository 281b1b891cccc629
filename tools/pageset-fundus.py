#!/usr/bin/env python3
"""A held-out page set from the test data of Fundus, a news crawler with a hand-checked parser
per outlet (github.com/flairNLP/fundus, MIT), in the layout of tools/pageset.py (`NAME.html` +
`NAME.expected.json`) for tools/eval-pages.py.

    git --git-dir=MIRROR archive HEAD tests/resources/parser/test_data src/fundus/publishers \
        | tar -x -C CHECKOUT
    python3 tools/pageset-fundus.py CHECKOUT OUT

CHECKOUT holds those two folders of the repository; OUT is the folder to write (outside this
repository: fetched pages are never committed). Each country folder of
`tests/resources/parser/test_data/` holds an outlet's saved pages (`Outlet_YYYY_MM_DD.html.gz`,
one per version of its parser, by crawl date) and `Outlet.json`, the expected extraction of
each parser version (`V1`, `V2`, …): title, publishing_date, body (summary and sections),
authors. The test suite pairs each version with the one page its dates select, so an outlet's
pages sorted by crawl date pair with its versions in order; an outlet whose counts differ is
left out. The outlet's name is the `Publisher(name=…)` of `src/fundus/publishers/CC/` (the
gold outlet), the language its group's `default_language`. Pages are named
`fu-CC-Outlet-N`; eval-pages.py holds the whole set out.
"""
import gzip
import json
import os
import re
import sys

TEST_DATA = "tests/resources/parser/test_data"
PUBLISHERS = "src/fundus/publishers"


def natural(name):
    """`V1`, `V1_1`, `V2`, `V10` in version order."""
    return [int(p) if p.isdigit() else p for p in re.split(r"(\d+)", name)]


def strings(value):
    """Every string of a JSON value, in order (a body's summary, headlines, paragraphs)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for v in value:
            yield from strings(v)
    elif isinstance(value, dict):
        for v in value.values():
            yield from strings(v)


def outlets(checkout, country):
    """{class name: (display name, language)} from the country's publisher group."""
    folder = os.path.join(checkout, PUBLISHERS, country)
    text = ""
    for f in sorted(os.listdir(folder)) if os.path.isdir(folder) else []:
        if f.endswith(".py"):
            text += open(os.path.join(folder, f), encoding="utf-8").read()
    lang = re.search(r'default_language\s*=\s*"([^"]+)"', text)
    found = {}
    for m in re.finditer(r'(\w+)\s*=\s*Publisher\(\s*name\s*=\s*"([^"]+)"', text):
        found[m.group(1)] = (m.group(2), lang.group(1) if lang else None)
    return found


def main():
    checkout, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    root = os.path.join(checkout, TEST_DATA)
    made, skipped = 0, []
    for country in sorted(os.listdir(root)):
        folder = os.path.join(root, country)
        if not os.path.isdir(folder):
            continue
        names = outlets(checkout, country)
        for gold_file in sorted(f for f in os.listdir(folder) if f.endswith(".json")):
            outlet = gold_file[:-5]
            gold = json.load(open(os.path.join(folder, gold_file), encoding="utf-8"))
            versions = sorted(gold, key=natural)
            pages = sorted(f for f in os.listdir(folder)
                           if f.startswith(outlet + "_") and f.endswith(".html.gz")
                           and re.fullmatch(re.escape(outlet) + r"_\d{4}_\d{2}_\d{2}\.html\.gz", f))
            if len(pages) != len(versions) or not pages:
                skipped.append(f"{country}/{outlet} ({len(pages)} pages, {len(versions)} versions)")
                continue
            display, lang = names.get(outlet, (None, None))
            for k, (page, version) in enumerate(zip(pages, versions)):
                exp = gold[version]
                html = gzip.open(os.path.join(folder, page)).read()
                name = f"fu-{country}-{outlet}-{k}"
                with open(os.path.join(out, name + ".html"), "wb") as f:
                    f.write(html)
                date = exp.get("publishing_date") or ""
                body = "\n".join(strings(exp.get("body")))
                with open(os.path.join(out, name + ".expected.json"), "w", encoding="utf-8") as f:
                    json.dump({"suite": "fundus", "title": exp.get("title"), "outlet": display,
                               "date": date[:10] if re.match(r"\d{4}-\d{2}-\d{2}", date) else None,
                               "publishing_date": date or None, "body": body,
                               "body_is_prefix": False, "lang": lang}, f,
                              ensure_ascii=False, indent=1)
                made += 1
    print(f"{made} pages in {out}; left out: {', '.join(skipped) or 'none'}")


if __name__ == "__main__":
    main()
