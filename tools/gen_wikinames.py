#!/usr/bin/env python3
"""Write assets/wikinames_ar.tsv: names of people, places and organizations read from the
titles of Arabic Wikipedia articles, each typed by what its first sentence says it is.

An encyclopedia article opens by saying what its subject is: `X (ولد 1960) لاعب كرة قدم`,
`X مدينة في ...`, `X حزب سياسي ...`. The first such word of the opening (a birth or death
word, a profession, a place word, an organization word) types the title. The words of the
typed titles are then evidence, for the tagger, that a word it never met in ANERcorp is
part of people's, places' or organizations' names. Nothing here comes from the tagger or
from ANERcorp: the list cannot leak training labels.

Input: folders of WikiExtractor text (`<doc id=.. title="..">`, the title line, then the
paragraphs), read in sorted order:

    python3 tools/gen_wikinames.py DIR... > assets/wikinames_ar.tsv

Output: `#` comment lines, then `type<TAB>title` (type P, L or O), sorted, one per title.
Titles are as Wikipedia writes them, without a bracketed disambiguator (`(فيلم)`); khabar
normalizes and stems their words when it reads the list.
"""

import os
import re
import sys

# Words that say what the subject is, by type. The first one met in the opening types it.
PERSON = {
    "ولد", "ولدت", "مواليد", "توفي", "توفيت", "المولود", "المولودة",
    "لاعب", "لاعبة", "ممثل", "ممثلة", "مغني", "مغنية", "مطرب", "مطربة", "شاعر", "شاعرة",
    "كاتب", "كاتبة", "روائي", "روائية", "سياسي", "سياسية", "مخرج", "مخرجة", "ملحن",
    "صحفي", "صحفية", "فنان", "فنانة", "رسام", "رسامة", "عالم", "عالمة", "فيلسوف", "فقيه",
    "مدرب", "ملاكم", "مصارع", "رياضي", "رياضية", "قائد", "أمير", "أميرة", "ملك", "ملكة",
    "سلطان", "خليفة", "الصحابي", "صحابي", "محدث", "مؤرخ", "طبيب", "مهندس", "رجل", "امرأة",
    "دبلوماسي", "عسكري", "ضابط", "مفكر", "باحث", "أستاذ", "أديب", "إعلامي", "إعلامية",
    "مذيع", "مذيعة", "موسيقي", "عازف", "رئيس", "رئيسة", "وزير", "وزيرة", "نائب",
}
PLACE = {
    "مدينة", "قرية", "بلدة", "دولة", "عاصمة", "محافظة", "منطقة", "جزيرة", "نهر", "جبل",
    "بحيرة", "ولاية", "إقليم", "مقاطعة", "بلدية", "ناحية", "قضاء", "حي", "مركز", "بحر",
    "خليج", "صحراء", "واد", "وادي", "سلسلة", "شبه", "محلة", "كومونة", "بلد", "إمارة",
    "مملكة", "جمهورية", "مستوطنة", "مخيم", "ميناء", "مطار", "هضبة", "سهل", "مضيق", "قارة",
}
ORGANIZATION = {
    "منظمة", "شركة", "حزب", "نادي", "نادٍ", "جامعة", "حركة", "مؤسسة", "صحيفة", "جريدة",
    "مجلة", "قناة", "وكالة", "فرقة", "اتحاد", "جمعية", "بنك", "مصرف", "هيئة", "مجلس",
    "منتخب", "جماعة", "تنظيم", "رابطة", "نقابة", "إذاعة", "محطة", "معهد", "أكاديمية",
    "كلية", "مدرسة", "مستشفى", "متحف", "جيش", "ميليشيا", "حكومة", "برلمان", "وزارة",
    "تحالف", "ائتلاف", "دار", "مختبر", "مكتبة",
}
TYPES = [("P", PERSON), ("L", PLACE), ("O", ORGANIZATION)]
# How far into the opening paragraph to look for the word that types the title.
WINDOW = 14

DOC = re.compile(r'<doc [^>]*title="([^"]*)"')
BRACKET = re.compile(r"\s*\([^)]*\)\s*$")
WORD = re.compile(r"[\u0621-\u064a]+")
HARAKAT = re.compile(r"[\u064b-\u0652\u0640]")


def bare(w):
    """A word without harakat, tatweel and one proclitic و/ف, and without the article
    (`والمدينة` and `مدينة` type alike)."""
    w = HARAKAT.sub("", w)
    for p in ("وال", "فال", "ال"):
        if w.startswith(p) and len(w) > len(p) + 2:
            return w[len(p):]
    if w[:1] in ("و", "ف") and len(w) > 3:
        return w[1:]
    return w


def type_of(opening):
    words = [bare(w) for w in WORD.findall(opening)[:WINDOW]]
    for w in words:
        for t, vocab in TYPES:
            if w in vocab:
                return t
    return None


def docs(path):
    """(title, opening paragraph) of each article of a WikiExtractor file."""
    title, lines = None, []
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = DOC.match(line)
            if m:
                title, lines = m.group(1), []
                continue
            if line.startswith("</doc"):
                if title is not None:
                    # The title line comes first; the opening is the next paragraph.
                    body = [l for l in lines[1:] if l.strip()]
                    yield title, (body[0] if body else "")
                title = None
                continue
            if title is not None:
                lines.append(line.strip())


def main():
    dirs = sys.argv[1:]
    if not dirs:
        sys.exit("usage: gen_wikinames.py DIR... > assets/wikinames_ar.tsv")
    files = []
    for d in dirs:
        for root, _, names in os.walk(d):
            files.extend(os.path.join(root, n) for n in names)
    files.sort()
    typed = {}
    seen = 0
    for path in files:
        for title, opening in docs(path):
            seen += 1
            name = BRACKET.sub("", title).strip()
            # Lists, years and titles that are not names (`قائمة`, `1990`, Latin) are not typed.
            if not name or not WORD.search(name) or name.startswith("قائمة"):
                continue
            if re.search(r"[0-9A-Za-z]", name) or len(name.split()) > 6:
                continue
            t = type_of(opening)
            if t:
                typed.setdefault(name, t)
    rows = sorted((t, n) for n, t in typed.items())
    count = {t: sum(1 for r in rows if r[0] == t) for t in "PLO"}
    out = sys.stdout
    out.write("# names from Arabic Wikipedia article titles, typed by their opening sentence\n")
    out.write(
        "# by tools/gen_wikinames.py from %d articles: %d people (P), %d places (L), "
        "%d organizations (O)\n" % (seen, count["P"], count["L"], count["O"])
    )
    out.write("# from Arabic Wikipedia text (CC BY-SA 4.0); see NOTICE\n")
    for t, n in rows:
        out.write("%s\t%s\n" % (t, n))


if __name__ == "__main__":
    main()
