#!/usr/bin/env python3
"""Trunk post_build hook: put the SHA-256 of every inline <script> into the page's CSP.

Trunk injects a small inline module script that loads the wasm; its text names hashed file names,
so its hash changes with every build. Allowing exactly that hash keeps 'unsafe-inline' out of the CSP.
"""
import base64
import hashlib
import os
import re
import sys

PLACEHOLDER = "CSP_SCRIPT_HASHES"
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", re.S | re.I)


def main() -> int:
    staging = os.environ.get("TRUNK_STAGING_DIR")
    if not staging:
        print("csp_hash: TRUNK_STAGING_DIR is not set (run me as a Trunk hook)", file=sys.stderr)
        return 1
    page = os.path.join(staging, "index.html")
    with open(page, encoding="utf-8") as f:
        html = f.read()
    if PLACEHOLDER not in html:
        print("csp_hash: placeholder missing from index.html", file=sys.stderr)
        return 1
    hashes = [
        "'sha256-" + base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode() + "'"
        for body in INLINE_SCRIPT.findall(html)
    ]
    html = html.replace(PLACEHOLDER, " ".join(hashes))
    with open(page, "w", encoding="utf-8") as f:
        f.write(html)
    print(f"csp_hash: {len(hashes)} inline script(s) allowed by hash")
    return 0


if __name__ == "__main__":
    sys.exit(main())
