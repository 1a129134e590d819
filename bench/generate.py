#!/usr/bin/env python3
"""Generate a large synthetic haven site for benchmarks.

N lessons spread over the five bands, 600-1500 words each, with headings, lists, a table,
code blocks, image references and links to other lessons; every fourth lesson translated
into each extra language, every fifth with an easy-read version when asked. Deterministic:
the same arguments always give the same files, and OUT is replaced.

By default every third lesson repeats one short Python example, so highlighting is nearly
free (haven highlights each distinct block once). `--distinct-code` gives every lesson code
blocks of its own instead (Python, JavaScript, Rust and shell, 8-30 lines each, no two
alike), so a build pays the highlighter's full price.

    python3 bench/generate.py --pages 1000 --out /tmp/site-1000 [--languages en,pl,ur] [--easy]
                              [--distinct-code]
"""
import argparse
import os
import random
import shutil

BANDS = ["eyfs", "ks1", "ks2", "ks3", "ks4"]
TOPICS = ["content", "contact", "conduct", "commerce"]
STRANDS = [
    "self-image-and-identity", "online-relationships", "online-reputation", "online-bullying",
    "managing-online-information", "health-wellbeing-and-lifestyle", "privacy-and-security",
    "copyright-and-ownership",
]
WORDS = (
    "online safe password private share photo friend trusted adult report block screenshot "
    "message game chat app website search engine true fake scam kind unkind feeling worried "
    "help tell teacher parent carer stranger account settings privacy location video post "
    "comment like follow stream device tablet phone computer school home class learn think "
    "stop check ask choose careful respect consent rules time screen break healthy sleep"
).split()


def sentence(rng, lo=6, hi=16):
    words = [rng.choice(WORDS) for _ in range(rng.randint(lo, hi))]
    return " ".join(words).capitalize() + "."


def paragraph(rng, sentences):
    return " ".join(sentence(rng) for _ in range(sentences))


CODE_LANGS = ["python", "javascript", "rust", "bash"]


def code_block(crng, index, part):
    """A code block no other lesson has: names and numbers drawn from the lesson's own seed."""
    lang = CODE_LANGS[(index + part) % len(CODE_LANGS)]
    names = [f"{crng.choice(WORDS)}_{crng.randint(0, 99999)}" for _ in range(crng.randint(8, 30))]
    if lang == "python":
        lines = [f"def check_{index}_{part}(value):"]
        lines += [f"    {n} = value * {crng.randint(2, 999)} + len('{crng.choice(WORDS)}')  # {crng.choice(WORDS)}" for n in names]
        lines.append(f"    return {names[0]} > {crng.randint(1, 10**6)}")
    elif lang == "javascript":
        lines = [f"function check{index}x{part}(value) {{"]
        lines += [f"  const {n} = value.replace(/{crng.choice(WORDS)}/g, \"{crng.choice(WORDS)}\") + {crng.randint(0, 999)};" for n in names]
        lines.append(f"  return {names[-1]}.length > {crng.randint(1, 80)};\n}}")
    elif lang == "rust":
        lines = [f"fn check_{index}_{part}(value: u64) -> bool {{"]
        lines += [f"    let {n}: u64 = value.wrapping_mul({crng.randint(2, 99999)}); // {crng.choice(WORDS)}" for n in names]
        lines.append(f"    {names[0]} % {crng.randint(2, 97)} == 0\n}}")
    else:
        lines = [f"# lesson {index}, part {part}"]
        lines += [f"{n.upper()}=\"$(grep -c '{crng.choice(WORDS)}' notes-{crng.randint(0, 999)}.txt)\"" for n in names]
        lines.append(f"echo \"${names[0].upper()} ${names[-1].upper()}\"")
    return f"```{lang}\n" + "\n".join(lines) + "\n```"


def lesson_body(rng, index, pages, crng=None):
    target = rng.randint(600, 1500)
    parts, words = [], 0
    section = 0
    while words < target:
        section += 1
        parts.append(f"## Part {section}: {sentence(rng, 2, 5)[:-1]}")
        text = paragraph(rng, rng.randint(3, 7))
        parts.append(text)
        words += len(text.split())
        kind = section % 4
        if kind == 1:
            items = [f"- {sentence(rng, 4, 9)}" for _ in range(rng.randint(3, 6))]
            parts.append("\n".join(items))
            words += sum(len(i.split()) for i in items)
        elif kind == 2:
            rows = ["| Check | Why it matters |", "| --- | --- |"]
            rows += [f"| {sentence(rng, 2, 4)} | {sentence(rng, 5, 10)} |" for _ in range(4)]
            parts.append("\n".join(rows))
            words += 40
        elif kind == 3 and crng is not None:
            parts.append(code_block(crng, index, section))
        elif kind == 3 and index % 3 == 0:
            parts.append("```python\ndef is_strong(password):\n    return len(password) >= 12 and not password.isalpha()\n```")
        if section == 2:
            parts.append(f"![{sentence(rng, 3, 6)[:-1]}](/images/lesson-{index % 5}.svg)")
            other = (index * 7 + 3) % pages
            parts.append(f"See also [another lesson](@/lessons/{BANDS[other % 5]}/lesson-{other:04}.md) and "
                         f"[the report page](@/report.md).")
    parts.append("## If something worries you\n\nTell a trusted adult. You can also [report a concern](@/report.md).")
    return "\n\n".join(parts) + "\n"


def front_matter(title, band, rng, weight):
    topics = ", ".join(f'"{t}"' for t in sorted(rng.sample(TOPICS, rng.randint(1, 2))))
    return (
        f'+++\ntitle = "{title}"\ndescription = "{sentence(rng, 6, 12)}"\nweight = {weight}\n\n[extra]\n'
        f'band = "{band}"\ntopics = [{topics}]\nstrand = "{rng.choice(STRANDS)}"\nduration = {rng.choice([20, 30, 45, 60])}\n'
        f'objectives = ["{sentence(rng, 4, 8)}", "{sentence(rng, 4, 8)}"]\n+++\n'
    )


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--languages", default="en")
    ap.add_argument("--easy", action="store_true", help="add an easy-read version of every fifth lesson")
    ap.add_argument("--distinct-code", action="store_true", help="give every lesson code blocks of its own")
    args = ap.parse_args()
    rng = random.Random(args.pages)
    # A second stream, so that --distinct-code leaves every other byte of the site as it was.
    crng = random.Random(args.pages * 7919) if args.distinct_code else None
    shutil.rmtree(args.out, ignore_errors=True)
    langs = args.languages.split(",")
    config = 'title = "Benchmark School"\nbase_url = "https://bench.sch.uk/"\n'
    for code in langs:
        config += f'[languages.{code}]\nname = "{code.upper()}"\n' + ('dir = "rtl"\n' if code in ("ur", "ar") else "")
    write(f"{args.out}/config.toml", config)
    write(f"{args.out}/content/_index.md", '+++\ntitle = "Home"\n+++\nWelcome to the benchmark school.\n')
    write(f"{args.out}/content/report.md", '+++\ntitle = "Report a concern"\n+++\n## Who to tell\n\nTell a trusted adult.\n')
    write(f"{args.out}/content/lessons/_index.md", '+++\ntitle = "Lessons"\n+++\nAll lessons.\n')
    for band in BANDS:
        write(f"{args.out}/content/lessons/{band}/_index.md", f'+++\ntitle = "{band.upper()} lessons"\n+++\n')
    for i in range(5):
        write(f"{args.out}/static/images/lesson-{i}.svg",
              f'<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"><rect width="400" height="300" fill="#{i * 30 + 40:02x}8855"/></svg>\n')
    for i in range(args.pages):
        band = BANDS[i % 5]
        title = f"Lesson {i}: {sentence(rng, 2, 4)[:-1]}"
        body = lesson_body(rng, i, args.pages, crng)
        stem = f"{args.out}/content/lessons/{band}/lesson-{i:04}"
        write(f"{stem}.md", front_matter(title, band, rng, i) + body)
        for code in langs[1:]:
            if i % 4 == 0:
                write(f"{stem}.{code}.md", f'+++\ntitle = "{title} ({code})"\n+++\n' + body)
        if args.easy and i % 5 == 0:
            write(f"{stem}.easy.md", f'+++\ntitle = "{title} (easy read)"\n+++\n' + body[: len(body) // 3] + "\n")


if __name__ == "__main__":
    main()
