#!/usr/bin/env python3
"""Write the hand-made Arabic page fixtures in tests/fixtures/pages/ (committed).

    cargo run --release -- export assets/articles > /tmp/seeds.json
    python3 tools/make-page-fixtures.py /tmp/seeds.json tests/fixtures/pages

Each page puts one seed article's body paragraphs (the expected body) into a page layout written
by hand after common news-site structures, with the furniture such sites carry (menus, tickers,
share bars, related links, most-read lists, prayer times, comments, footers), and states its
title, outlet and date in one of the standard places. The pages and their expected outputs are
made here, not fetched: they are what the rules were developed on, not a held-out measure.
"""
import html
import json
import os
import sys

MENU = "".join(f'<li><a href="/s{i}">{s}</a></li>' for i, s in enumerate(
    ["الرئيسية", "سياسة", "اقتصاد", "رياضة", "الشرق الأوسط", "منوعات", "فيديو"]))
RELATED = "".join(f'<li><a href="/r{i}">{t}</a></li>' for i, t in enumerate([
    "الحكومة تعلن خطة جديدة لدعم قطاع الكهرباء خلال الصيف المقبل",
    "ارتفاع أسعار الذهب في الأسواق المحلية للمرة الثالثة هذا الأسبوع",
    "منتخب الشباب يتأهل إلى نهائي البطولة العربية بعد فوز صعب"]))
PRAYER = "<table class='prayer-times'><tr><td>الفجر</td><td>4:52</td></tr><tr><td>الظهر</td><td>12:05</td></tr><tr><td>العصر</td><td>3:21</td></tr></table>"


def esc(s):
    return html.escape(s, quote=True)


def paras(body, tag="p"):
    return "".join(f"<{tag}>{esc(p)}</{tag}>" for p in body)


def wordpress(a, body):
    return f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>{esc(a['title'])} | {esc(a['outlet'])}</title>
<meta property="og:site_name" content="{esc(a['outlet'])}">
<meta property="og:title" content="{esc(a['title'])}">
<meta property="article:published_time" content="{a['date_ar']}">
<script>window.dataLayer = [{{"page": "مقال"}}];</script></head>
<body class="single single-post has-sidebar"><header class="site-header"><div class="logo"><h1><a href="/">{esc(a['outlet'])}</a></h1></div>
<nav class="main-menu"><ul>{MENU}</ul></nav><div class="ticker"><span>عاجل</span><a href="/t">وزير الخارجية يصل إلى عمّان في زيارة رسمية</a></div></header>
<div id="content" class="site-content"><main id="main"><article class="post type-post">
<header class="entry-header"><span class="cat-links"><a href="/s1">سياسة</a></span><h1 class="entry-title">{esc(a['title'])}</h1>
<div class="entry-meta"><span class="byline">كتب: المحرر</span></div></header>
<div class="entry-content">{paras(body)}</div>
<div class="sharedaddy sd-sharing"><h3>شارك هذا الخبر</h3><ul><li><a href="#">فيسبوك</a></li><li><a href="#">تويتر</a></li><li><a href="#">واتساب</a></li></ul></div>
<section class="related-posts"><h3>أخبار ذات صلة</h3><ul>{RELATED}</ul></section>
</article><div id="comments" class="comments-area"><h3>اترك تعليقاً</h3><p>لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *</p><form><textarea></textarea></form></div></main>
<aside class="widget-area"><section class="widget"><h3>الأكثر قراءة</h3><ol>{RELATED}</ol></section><section class="widget">{PRAYER}</section></aside></div>
<footer class="site-footer"><p>جميع الحقوق محفوظة © 2024 {esc(a['outlet'])}</p></footer></body></html>"""


def old_table(a, body):
    """An old CMS: tables, text in a cell with <br> breaks, Windows-1256."""
    text = "<br><br>\n".join(esc(p) for p in body)
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256">
<title>{esc(a['outlet'])} - {esc(a['title'])}</title></head>
<body><table width="100%"><tr><td class="top"><a href="/">الرئيسية</a> | <a href="/n">أخبار محلية</a> | <a href="/w">عربي ودولي</a> | <a href="/c">اتصل بنا</a></td></tr>
<tr><td width="180" class="menu"><a href="/1">الأخبار</a><br><a href="/2">المقالات</a><br><a href="/3">الأرشيف</a><br>{PRAYER}</td>
<td class="news"><font size="4"><b>{esc(a['title'])}</b></font><br>
<span class="date">{a['date_slash']}</span><br><br>
{text}
<br><br><a href="/print">طباعة</a> | <a href="/send">أرسل لصديق</a></td></tr>
<tr><td colspan="2" class="footer">{esc(a['outlet'])} © 2024</td></tr></table></body></html>"""


def json_ld(a, body):
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "name": a["outlet"], "url": "https://example.test/"},
        {"@type": "BreadcrumbList", "itemListElement": []},
        {"@type": "NewsArticle", "headline": a["title"], "datePublished": a["date_iso_late"],
         "dateModified": "2024-03-01T10:00:00+03:00",
         "publisher": {"@type": "Organization", "name": a["outlet"]},
         "author": [{"@type": "Person", "name": "فريق التحرير"}]}]}
    return f"""<!doctype html><html lang="ar" dir="rtl"><head><meta charset="UTF-8">
<title>{esc(a['title'])}</title><script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script></head>
<body><div class="container"><div class="row"><div class="col-md-8"><div class="breadcrumbs"><a href="/">الرئيسية</a> › <a href="/x">تقارير</a></div>
<div class="article-body"><h1>{esc(a['title'])}</h1><div class="social-share"><a href="#">مشاركة</a></div>
{paras(body)}
<div class="tags">كلمات مفتاحية: <a href="/t1">العراق</a> <a href="/t2">إيران</a></div></div></div>
<div class="col-md-4 sidebar"><div class="most-read"><h4>الأكثر مشاهدة</h4><ul>{RELATED}</ul></div></div></div></div>
<div class="newsletter"><p>اشترك في النشرة البريدية ليصلك كل جديد يوميا على بريدك الإلكتروني</p></div></body></html>"""


def nested_lists(a, body):
    """Body in a div of divs, some paragraphs in list items with nested p, a caption."""
    items = []
    for i, p in enumerate(body):
        if i % 4 == 3:
            half = p.split(" ")
            k = len(half) // 2
            items.append(f"<ul><li>{esc(' '.join(half[:k]))} <p>{esc(' '.join(half[k:]))}</p></li></ul>")
        elif i % 4 == 1:
            items.append(f"<div class='text'>{esc(p)}</div>")
        else:
            items.append(f"<p>{esc(p)}</p>")
    return f"""<html lang="ar"><head><meta charset="utf-8"><title>{esc(a['title'])} - {esc(a['domain'])}</title>
<meta name="twitter:title" content="{esc(a['title'])}"><link rel="canonical" href="https://www.{a['domain']}/news/123">
<meta name="pubdate" content="{a['date_fa']}"></head><body>
<div id="header"><div class="nav"><ul>{MENU}</ul></div></div>
<div id="page"><div class="story"><h1>{esc(a['title'])}</h1><figure><img src="x.jpg"><figcaption>صورة أرشيفية</figcaption></figure>
{''.join(items)}</div><div class="outbrain"><p>قد يعجبك أيضا: عروض مميزة للسفر إلى تركيا هذا الصيف بأسعار مخفضة جدا</p></div></div>
<div id="footer"><p>© 2024 جميع الحقوق محفوظة</p></div></body></html>"""


def script_rendered(a, body):
    """The text only in JSON-LD articleBody; the DOM holds a teaser and furniture."""
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "datePublished": a["date_iso"], "publisher": {"@type": "Organization", "name": a["outlet"]},
          "articleBody": "\n".join(body)}
    return f"""<html><head><meta charset="utf-8"><title>{esc(a['title'])}</title>
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script></head>
<body><div id="app"><nav><a href="/">الرئيسية</a></nav><div class="loading">جار التحميل...</div>
<noscript>يرجى تفعيل جافاسكربت لعرض المحتوى</noscript></div></body></html>"""


LAYOUTS = [("wordpress", wordpress), ("old-table", old_table), ("json-ld", json_ld),
           ("nested-lists", nested_lists), ("script-rendered", script_rendered)]

# Title, outlet and date for each seed, in the forms each layout states them.
META = [
    ("الخليج الجديد", "thenewkhalij.news", (2024, 1, 29)),
    ("المجلس", "almajlis.test", (2024, 1, 30)),
    ("موازين نيوز", "mawazin.net", (2024, 2, 18)),
    ("إرم نيوز", "eremnews.com", (2024, 1, 31)),
    ("إرم نيوز", "eremnews.com", (2024, 1, 26)),
]
MONTHS_AR = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
             "أكتوبر", "نوفمبر", "ديسمبر"]
FA_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
# Solar Hijri dates of the seeds' Gregorian dates.
SOLAR = {(2024, 1, 29): "1402/11/09", (2024, 1, 30): "1402/11/10", (2024, 2, 18): "1402/11/29",
         (2024, 1, 31): "1402/11/11", (2024, 1, 26): "1402/11/06"}


def main():
    seeds, out = json.load(open(sys.argv[1])), sys.argv[2]
    os.makedirs(out, exist_ok=True)
    for i, (art, (name, layout)) in enumerate(zip(seeds["articles"], LAYOUTS)):
        outlet, domain, (y, m, d) = META[i]
        body = [p["text"] for p in art["paragraphs"] if p["kind"] == "body"]
        title = art["title"].rstrip("…").strip() if not art["title"].endswith("…") else \
            " ".join(body[0].split()[:10])
        a = {"title": title, "outlet": outlet, "domain": domain,
             "date_ar": f"الأحد، {d:02d} {MONTHS_AR[m - 1]} {y} - 12:09 م",
             "date_slash": f"{d:02d}/{m:02d}/{y}", "date_iso": f"{y}-{m:02d}-{d:02d}T09:30:00+03:00",
             "date_iso_late": f"{y}-{m:02d}-{d:02d}T23:30:00-05:00",
             "date_fa": SOLAR[(y, m, d)].translate(FA_DIGITS)}
        page = layout(a, body)
        fname = f"{i + 1:02d}-{name}"
        enc = "cp1256" if name == "old-table" else "utf-8"
        with open(os.path.join(out, fname + ".html"), "wb") as f:
            f.write(page.encode(enc))
        expected = {"suite": "hand-made", "lang": "ar", "title": title,
                    "outlet": outlet, "date": f"{y}-{m:02d}-{d:02d}", "body": "\n".join(body),
                    "body_is_prefix": False}
        with open(os.path.join(out, fname + ".expected.json"), "w") as f:
            json.dump(expected, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
