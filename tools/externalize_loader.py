#!/usr/bin/env python3
"""Trunk post_build hook: move Trunk's inline wasm loader <script> into a hashed file.

Trunk injects a small inline module script that imports the JS glue and starts the wasm. Served from a
file instead, the page needs no inline script at all, so the Content-Security-Policy can be a fixed
`script-src 'self' 'wasm-unsafe-eval'`: the same in the page's <meta> tag and in any host's headers,
with no per-build hash.
"""
import hashlib
import os
import re
import sys

INLINE_SCRIPT = re.compile(r"<script(?P<attrs>(?![^>]*\bsrc=)[^>]*)>(?P<body>.*?)</script>", re.S | re.I)


def main() -> int:
    staging = os.environ.get("TRUNK_STAGING_DIR")
    if not staging:
        print("externalize_loader: TRUNK_STAGING_DIR is not set (run me as a Trunk hook)", file=sys.stderr)
        return 1
    page = os.path.join(staging, "index.html")
    with open(page, encoding="utf-8") as f:
        html = f.read()

    moved = []

    def externalize(match: re.Match) -> str:
        body = match.group("body")
        if not body.strip():
            return match.group(0)
        if "module" not in match.group("attrs"):
            raise SystemExit(f"externalize_loader: unexpected classic inline script: {body[:80]!r}")
        name = f"loader-{hashlib.sha256(body.encode()).hexdigest()[:16]}.js"
        with open(os.path.join(staging, name), "w", encoding="utf-8") as out:
            out.write(body.strip() + "\n")
        moved.append(name)
        return f'<script type="module" src="./{name}"></script>'

    html = INLINE_SCRIPT.sub(externalize, html)
    if any(m.group("body").strip() for m in INLINE_SCRIPT.finditer(html)):
        print("externalize_loader: an inline script is left", file=sys.stderr)
        return 1
    with open(page, "w", encoding="utf-8") as f:
        f.write(html)
    print(f"externalize_loader: moved {len(moved)} inline script(s) to {', '.join(moved) or 'nothing'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
