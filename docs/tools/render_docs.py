#!/usr/bin/env python3
"""Renders PlaceGap's Markdown documentation to HTML pages that a browser shows as they read.

    render_docs.py SOURCE_ROOT OUTPUT_ROOT FILE.md [FILE.md ...]

Each FILE.md (relative to SOURCE_ROOT, e.g. README.md or docs/deprivation.md) becomes the same
path with .html under OUTPUT_ROOT. Headings get the ids GitHub gives them (lowercase, punctuation
dropped, spaces to '-'), so the algorithms' help links (docs/deprivation.html#placegapattainmentgap)
open at their heading; links between the pages point at the .html pages. Needs python3-markdown."""
import os
import re
import sys

import markdown
from markdown.extensions.toc import TocExtension

STYLE = """
body { font-family: sans-serif; max-width: 60em; margin: 2em auto; padding: 0 1em; line-height: 1.45; color: #222; }
code, pre { font-family: monospace; background: #f4f4f4; }
pre { padding: 0.6em; overflow-x: auto; }
table { border-collapse: collapse; margin: 0.8em 0; }
th, td { border: 1px solid #ccc; padding: 0.25em 0.5em; vertical-align: top; text-align: left; }
th { background: #f0f0f0; }
h1, h2, h3 { line-height: 1.2; }
"""


def github_slug(value, separator):
    """The anchor GitHub makes from a heading: lowercase, punctuation other than '-' and '_' dropped."""
    value = re.sub(r"[^\w\- ]", "", value.strip().lower(), flags=re.UNICODE)
    return value.replace(" ", separator)


def render(source_root, output_root, relative):
    with open(os.path.join(source_root, relative), encoding="utf-8") as f:
        text = f.read()
    # Links to another page of the documentation open its HTML page.
    text = re.sub(r"\]\(([^)#\s]+)\.md(#[^)]*)?\)", lambda m: "](%s.html%s)" % (m.group(1), m.group(2) or ""), text)
    body = markdown.markdown(text, extensions=["tables", "fenced_code", TocExtension(slugify=github_slug)], output_format="html5")
    title = next((line.lstrip("# ").strip() for line in text.splitlines() if line.startswith("# ")), "PlaceGap")
    target = os.path.join(output_root, os.path.splitext(relative)[0] + ".html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as f:
        f.write('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>%s</title>\n<style>%s</style>\n</head>\n<body>\n%s\n</body>\n</html>\n' % (title, STYLE, body))


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    for relative in sys.argv[3:]:
        render(sys.argv[1], sys.argv[2], relative)


if __name__ == "__main__":
    main()
