#!/usr/bin/env python3
"""Convert a haven site made by bench/generate.py into the same site for Hugo.

The Markdown and the +++ TOML front matter are copied as they are; only haven's internal
link tokens change, `[text](@/lessons/ks1/lesson-00001.md)` becoming Hugo's
`[text]({{< relref "/lessons/ks1/lesson-00001.md" >}})`, so Hugo resolves (and checks) every
internal link as haven does. A minimal layout renders a single page and lists.

    python3 bench/to_hugo.py HAVEN_SITE HUGO_SITE

What differs from haven (see BENCHMARKS.md): the layout is far smaller than haven's theme
(no language switcher, search index, glossary, EAL or easy-read pages, service worker);
Hugo makes no band or topic pages (haven's live in `[extra]`), no RSS, and runs none of
haven's checks (consent, CEOP, third-party, accessibility lints).
"""
import os
import re
import shutil
import sys

LINK = re.compile(r"\]\(@/([^)#\s]+)\)")

CONFIG = """baseURL = "{base_url}"
title = "{title}"
languageCode = "en-gb"
defaultContentLanguage = "{default}"
disableKinds = ["RSS", "taxonomy", "term"]
{languages}"""

BASEOF = """<!doctype html>
<html lang="{{ .Site.Language.Lang }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} | {{ .Site.Title }}</title>
<meta name="description" content="{{ with .Description }}{{ . }}{{ else }}{{ .Summary | plainify }}{{ end }}">
<link rel="stylesheet" href="{{ "site.css" | relURL }}">
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header>
<nav aria-label="Site">
<a href="{{ "/" | relLangURL }}">{{ .Site.Title }}</a>
{{ range .Site.Sections }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
</nav>
</header>
{{ if .Parent }}<nav aria-label="Breadcrumb"><ol>
{{ range .Ancestors.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}
<li aria-current="page">{{ .Title }}</li>
</ol></nav>{{ end }}
<main id="main">
{{ block "main" . }}{{ end }}
</main>
<footer><p>{{ .Site.Title }}</p></footer>
</body>
</html>
"""

SINGLE = """{{ define "main" }}
<article>
<h1>{{ .Title }}</h1>
{{ with .Description }}<p>{{ . }}</p>{{ end }}
{{ with .Params.extra }}
{{ with .objectives }}<h2>Objectives</h2><ul>{{ range . }}<li>{{ . }}</li>{{ end }}</ul>{{ end }}
{{ with .duration }}<p>{{ . }} minutes</p>{{ end }}
{{ end }}
{{ .Content }}
</article>
<nav aria-label="Next and previous">
{{ with .PrevInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
{{ with .NextInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
</nav>
{{ end }}
"""

LIST = """{{ define "main" }}
<h1>{{ .Title }}</h1>
{{ .Content }}
<ul>
{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ with .Description }} {{ . }}{{ end }}</li>
{{ end }}
</ul>
{{ end }}
"""

CSS = "body{font-family:sans-serif;max-width:45rem;margin:auto;line-height:1.5}\n"


def read_config(path):
    """The title, base URL and language codes of the haven config that generate.py wrote."""
    title, base_url, langs = "Benchmark School", "https://bench.sch.uk/", []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("title ="):
                title = line.split("=", 1)[1].strip().strip('"')
            elif line.startswith("base_url ="):
                base_url = line.split("=", 1)[1].strip().strip('"')
            elif line.startswith("[languages."):
                langs.append(line.strip()[len("[languages."):-1])
    return title, base_url, langs or ["en"]


def hugo_config(title, base_url, langs):
    languages = ""
    if len(langs) > 1:
        languages = "".join(f"[languages.{code}]\nweight = {i + 1}\n" for i, code in enumerate(langs))
    return CONFIG.format(title=title, base_url=base_url, default=langs[0], languages=languages)


def copy_content(src, dst, default_lang):
    """Copy the pages, turning `@/` links into relref shortcodes. A translated page (NAME.pl.md)
    links to the default language's page: Hugo resolves a plain relref in the page's own
    language, where most lessons have no translation (haven falls back to the default text)."""
    for folder, _, files in os.walk(src):
        out = os.path.join(dst, os.path.relpath(folder, src))
        os.makedirs(out, exist_ok=True)
        for name in files:
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                text = f.read()
            if len(name.split(".")) > 2:
                text = LINK.sub(
                    lambda m: ']({{< relref path="/' + m.group(1) + f'" lang="{default_lang}" >}}}})', text
                )
            else:
                text = LINK.sub(lambda m: ']({{< relref "/' + m.group(1) + '" >}})', text)
            with open(os.path.join(out, name), "w", encoding="utf-8") as f:
                f.write(text)


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    src, dst = sys.argv[1], sys.argv[2]
    shutil.rmtree(dst, ignore_errors=True)
    title, base_url, langs = read_config(f"{src}/config.toml")
    write(f"{dst}/config.toml", hugo_config(title, base_url, langs))
    copy_content(f"{src}/content", f"{dst}/content", langs[0])
    shutil.copytree(f"{src}/static", f"{dst}/static")
    write(f"{dst}/static/site.css", CSS)
    write(f"{dst}/layouts/_default/baseof.html", BASEOF)
    write(f"{dst}/layouts/_default/single.html", SINGLE)
    write(f"{dst}/layouts/_default/list.html", LIST)


if __name__ == "__main__":
    main()
