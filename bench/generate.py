#!/usr/bin/env python3
"""Makes a big site for benchmarks: the bundled example school plus generated lessons.

usage: python3 bench/generate.py --pages 1000 --out DIR

DIR gets the example site (config.toml, content/, data/, i18n/, static/ from the repository
root), then lessons spread over the five bands until the site has PAGES content pages. Every
fourth lesson has a Polish translation, every tenth an easy-read version; each lesson has
several slides, a list, a table and links to the lessons before it, so pages look like a
school's. The same arguments always make the same files.
"""

import argparse
import pathlib
import shutil
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
BANDS = ["eyfs", "ks1", "ks2", "ks3", "ks4"]
TOPICS = ["content", "contact", "conduct", "commerce"]
STRANDS = [
    "self-image-and-identity",
    "online-relationships",
    "online-reputation",
    "online-bullying",
    "managing-online-information",
    "health-wellbeing-and-lifestyle",
    "privacy-and-security",
    "copyright-and-ownership",
]
SUBJECTS = [
    "passwords", "sharing photos", "online friends", "group chats", "games", "scams",
    "adverts", "screen time", "fake news", "privacy settings", "livestreams", "kind words",
]


def lesson(n, band, previous):
    """The Markdown of lesson number n, linking to up to two earlier lessons of its band."""
    subject = SUBJECTS[n % len(SUBJECTS)]
    topics = [TOPICS[n % 4], TOPICS[(n + 1) % 4]] if n % 3 == 0 else [TOPICS[n % 4]]
    links = "".join(f"- [An earlier lesson]({p}.md)\n" for p in previous[-2:])
    return f"""+++
title = "Lesson {n}: {subject.capitalize()}"
description = "Pupils learn about {subject} and who to tell when something online worries them."
weight = {n % 17}

[extra]
band = "{band}"
topics = {topics!r}
strand = "{STRANDS[n % len(STRANDS)]}"
duration = {30 + (n % 4) * 5}
objectives = ["I can say what {subject} are.", "I can name a trusted adult I can tell."]
+++

## Starter

Talk with a partner about {subject}. What do you already know? Share one idea with the class.

## Main activity

Read the cards with your group. Sort them into **safe**, **not sure** and **unsafe**.

| Card | Safe? | Why |
| --- | --- | --- |
| A message from someone you do not know | not sure | tell a trusted adult |
| Your password on a sticky note | unsafe | keep it private |

1. Stop and think before you click.
2. Tell a trusted adult if something worries you.
3. Be kind online, as you are in the playground.

## Plenary

What is one thing you will do differently? Write it on a sticky note.

{links}"""


def translation(n, subject):
    return f"""+++
title = "Lekcja {n}: {subject}"
+++

## Na początek

Porozmawiaj z partnerem. Co już wiesz? Podziel się jednym pomysłem z klasą.

## Zadanie

Przeczytaj karty z grupą i posortuj je.
"""


def easy(n):
    return f"""+++
title = "Lesson {n}, easy read"
+++

## Stop and think

Some things online are not safe.

## Tell an adult

If something worries you, tell a grown-up you trust.
"""


def page_count(content):
    """Content pages: Markdown files other than sections, translations and easy-read files."""
    count = 0
    for md in content.rglob("*.md"):
        parts = md.name.split(".")
        if parts[0] != "_index" and len(parts) == 2:
            count += 1
    return count


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--out", required=True, type=pathlib.Path)
    args = parser.parse_args()
    out = args.out
    if out.exists() and any(out.iterdir()):
        sys.exit(f"{out} is not empty")
    out.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "config.toml", out / "config.toml")
    for folder in ["content", "data", "i18n", "static"]:
        shutil.copytree(ROOT / folder, out / folder)
    lessons = max(0, args.pages - page_count(out / "content"))
    previous = {band: [] for band in BANDS}
    for n in range(lessons):
        band = BANDS[n % len(BANDS)]
        stem = f"lesson-{n:04}"
        folder = out / "content" / "lessons" / band
        (folder / f"{stem}.md").write_text(lesson(n, band, previous[band]), encoding="utf-8")
        if n % 4 == 0:
            (folder / f"{stem}.pl.md").write_text(translation(n, SUBJECTS[n % 12]), encoding="utf-8")
        if n % 10 == 0:
            (folder / f"{stem}.easy.md").write_text(easy(n), encoding="utf-8")
        previous[band].append(stem)
    print(f"{out}: {page_count(out / 'content')} pages ({lessons} generated lessons)")


if __name__ == "__main__":
    main()
