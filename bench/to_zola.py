#!/usr/bin/env python3
"""Convert a haven site made by bench/generate.py into the same site for Zola.

Zola reads haven's content almost as it is: the same `+++` TOML front matter, the same
`@/path.md` internal links (which Zola resolves and checks too), the same `page.LANG.md`
names for translations. What changes:

- Zola has no easy-read versions: `*.easy.md` files are left out (haven builds them).
- Zola has no language fallback: every section gets an `_index.LANG.md` per extra language,
  as Zola's documentation asks, and Zola writes only the pages that were translated.
- A minimal set of templates (base, index, section, page), the size of bench/to_hugo.py's.
- Zola highlights code (`[markdown.highlighting]`), minifies (`minify_html`) and builds its
  search index, as haven does; but only for the default language, since Zola's indexer
  refuses languages it has no stemmer for (Urdu among them), where haven indexes every one.

    python3 bench/to_zola.py HAVEN_SITE ZOLA_SITE
"""
import os
import shutil
import sys

from to_hugo import read_config, write

CONFIG = """base_url = "{base_url}"
title = "{title}"
default_language = "{default}"
compile_sass = false
minify_html = true
build_search_index = true
generate_feeds = false

[markdown.highlighting]
theme = "github-light"
{languages}"""

BASE = """<!doctype html>
<html lang="{{ lang }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{% block title %}{{ config.title }}{% endblock %}</title>
<link rel="stylesheet" href="{{ get_url(path="site.css") }}">
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header>
<nav aria-label="Site"><a href="{{ config.base_url }}">{{ config.title }}</a></nav>
</header>
<main id="main">
{% block main %}{% endblock %}
</main>
<footer><p>{{ config.title }}</p></footer>
</body>
</html>
"""

PAGE = """{% extends "base.html" %}
{% block title %}{{ page.title }} | {{ config.title }}{% endblock %}
{% block main %}
{% if page.ancestors %}<nav aria-label="Breadcrumb"><ol>
{% for key in page.ancestors %}{% set s = get_section(path=key, metadata_only=true) %}<li><a href="{{ s.permalink }}">{{ s.title }}</a></li>{% endfor %}
<li aria-current="page">{{ page.title }}</li>
</ol></nav>{% endif %}
<article>
<h1>{{ page.title }}</h1>
{% if page.description %}<p>{{ page.description }}</p>{% endif %}
{% if page.extra.objectives %}<h2>Objectives</h2><ul>{% for o in page.extra.objectives %}<li>{{ o }}</li>{% endfor %}</ul>{% endif %}
{% if page.extra.duration %}<p>{{ page.extra.duration }} minutes</p>{% endif %}
{{ page.content | safe }}
</article>
<nav aria-label="Next and previous">
{% if page.lower %}<a href="{{ page.lower.permalink }}">{{ page.lower.title }}</a>{% endif %}
{% if page.higher %}<a href="{{ page.higher.permalink }}">{{ page.higher.title }}</a>{% endif %}
</nav>
{% endblock %}
"""

SECTION = """{% extends "base.html" %}
{% block title %}{{ section.title }} | {{ config.title }}{% endblock %}
{% block main %}
<h1>{{ section.title }}</h1>
{{ section.content | safe }}
<ul>
{% for s in section.subsections %}{% set sub = get_section(path=s, metadata_only=true) %}<li><a href="{{ sub.permalink }}">{{ sub.title }}</a></li>
{% endfor %}
{% for p in section.pages %}<li><a href="{{ p.permalink }}">{{ p.title }}</a>{% if p.description %} {{ p.description }}{% endif %}</li>
{% endfor %}
</ul>
{% endblock %}
"""

CSS = "body{font-family:sans-serif;max-width:45rem;margin:auto;line-height:1.5}\n"


def zola_config(title, base_url, langs):
    languages = "".join(f"\n[languages.{code}]\n" for code in langs[1:])
    return CONFIG.format(title=title, base_url=base_url, default=langs[0], languages=languages)


def copy_content(src, dst, extra_langs):
    for folder, _, files in os.walk(src):
        out = os.path.join(dst, os.path.relpath(folder, src))
        os.makedirs(out, exist_ok=True)
        for name in files:
            if name.endswith(".easy.md"):
                continue
            shutil.copyfile(os.path.join(folder, name), os.path.join(out, name))
            if name == "_index.md":
                for code in extra_langs:
                    shutil.copyfile(os.path.join(folder, name), os.path.join(out, f"_index.{code}.md"))


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    src, dst = sys.argv[1], sys.argv[2]
    shutil.rmtree(dst, ignore_errors=True)
    title, base_url, langs = read_config(f"{src}/config.toml")
    write(f"{dst}/config.toml", zola_config(title, base_url, langs))
    copy_content(f"{src}/content", f"{dst}/content", langs[1:])
    shutil.copytree(f"{src}/static", f"{dst}/static")
    write(f"{dst}/static/site.css", CSS)
    write(f"{dst}/templates/base.html", BASE)
    write(f"{dst}/templates/index.html", SECTION)
    write(f"{dst}/templates/section.html", SECTION)
    write(f"{dst}/templates/page.html", PAGE)


if __name__ == "__main__":
    main()
