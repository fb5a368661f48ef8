#!/usr/bin/env python3
"""Trunk post_build hook: split the app's WebAssembly in two and put it in Trunk's staging directory.

Trunk 0.21 cannot split a wasm module. It builds the app (`index.html` asks for the `split` feature;
`build.rs` then links it with `--emit-relocs`, which the splitter needs) and writes its own glue and
loader; this hook takes the same linked module from cargo's target directory and

1. moves everything only reachable through a `#[wasm_split]` function (the connected page, see
   `src/connected_part.rs`) into a module of its own with `wasm-split-cli`, fetched by the app once the
   token form is painted;
2. runs `wasm-bindgen` for the JS glue and, for release builds, `wasm-opt -Oz` on each module;
3. gives every file a content hash in its name (hosts may cache them for a year), rewrites the
   references between them, replaces Trunk's glue and loader with these, and gives index.html a loader
   *file* (the CSP allows no inline script) plus preload links (the JS ones with Subresource Integrity);
4. adds the start screen's script (`src/start_screen.js`, hashed, with integrity) and drops the
   whitespace between the start screen's tags in index.html (see `src/start_screen.rs`).
"""
import base64
import hashlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

NAME = "incident-viewer"
TARGET = "wasm32-unknown-unknown"
# The features rustc 1.95 emits for wasm32 by default, so wasm-opt may keep and use them.
WASM_FEATURES = [
    "--enable-bulk-memory",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-reference-types",
    "--enable-multivalue",
    "--enable-mutable-globals",
]
TRUNK_LOADER = re.compile(r"<script type=\"module\">.*?</script>\s*", re.S)
TRUNK_PRELOAD = re.compile(rf"<link rel=\"(?:modulepreload|preload)\" href=\"\./{NAME}-[0-9a-f]+(?:_bg\.wasm|\.js)\"[^>]*>")
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>\s*\S", re.I)
START_SCREEN = re.compile(r"<header[^>]*\bdata-start-screen\b.*?</main>", re.S)


def run(*args: str) -> None:
    print("build_wasm:", " ".join(args), flush=True)
    subprocess.run(args, check=True)


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


def integrity(data: bytes) -> str:
    return "sha384-" + base64.b64encode(hashlib.sha384(data).digest()).decode()


def replace_once(text: str, old: str, new: str, where: str) -> str:
    if text.count(old) != 1:
        raise SystemExit(f"build_wasm: expected {old!r} once in {where}, found {text.count(old)}")
    return text.replace(old, new)


def tool(root: Path, name: str) -> str:
    """The tool the build is pinned to: npm's wasm-opt (binaryen 132; Debian's 108 builds a broken
    app), and the wasm-bindgen equal to the one in Cargo.toml (its JS must match the crate's)."""
    if name == "wasm-opt":
        path = root / "e2e" / "node_modules" / ".bin" / "wasm-opt"
        want = "version 132"
    else:
        path = Path(shutil.which(name) or name)
        want = re.search(r'^wasm-bindgen = "=([0-9.]+)"', (root / "Cargo.toml").read_text(), re.M).group(1)
    try:
        version = subprocess.run([str(path), "--version"], capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        raise SystemExit(f"build_wasm: {path} is missing; run .ci/install")
    if want not in version:
        raise SystemExit(f"build_wasm: {path} is {version.strip()!r}, not {want}; run .ci/install")
    return str(path)


def linked_module(root: Path, release: bool) -> Path:
    """The module cargo linked for Trunk (with the `split` feature and relocations)."""
    target_dir = Path(os.environ.get("CARGO_TARGET_DIR", root / "target"))
    built = target_dir / TARGET / ("release" if release else "debug") / f"{NAME}.wasm"
    if not built.is_file():
        raise SystemExit(f"build_wasm: {built} is missing (Trunk's cargo build should have made it)")
    return built


def drop_trunks_output(staging: Path, html: str) -> str:
    """Removes the glue, module and loader Trunk made from the unsplit module."""
    for path in [*staging.glob(f"{NAME}-*.js"), *staging.glob(f"{NAME}-*_bg.wasm")]:
        path.unlink()
    html, scripts = TRUNK_LOADER.subn("", html)
    html, links = TRUNK_PRELOAD.subn("", html)
    if scripts != 1 or links != 2:
        raise SystemExit(f"build_wasm: Trunk's loader not as expected ({scripts} scripts, {links} preloads)")
    return html


def compact_start_screen(html: str) -> str:
    """Drops the whitespace between the start screen's tags: the app's DOM has none, and between
    inline elements it would be drawn as a space, so the two would not look the same."""
    html, found = START_SCREEN.subn(lambda m: re.sub(r">\s+<", "><", m.group(0)), html)
    if found != 1:
        raise SystemExit(f"build_wasm: expected the start screen (<header data-start-screen>…</main>) once, found {found}")
    return html


def main() -> int:
    staging = os.environ.get("TRUNK_STAGING_DIR")
    if not staging:
        print("build_wasm: TRUNK_STAGING_DIR is not set (run me as a Trunk hook)", file=sys.stderr)
        return 1
    staging = Path(staging)
    release = os.environ.get("TRUNK_PROFILE") == "release"
    root = Path(os.environ.get("TRUNK_SOURCE_DIR", Path(__file__).resolve().parent.parent))
    # One work directory per output, so `trunk serve` and a release build can run side by side.
    work = root / "target" / "wasm-split-work" / digest(str(staging.resolve()).encode())
    shutil.rmtree(work, ignore_errors=True)
    (work / "split").mkdir(parents=True)

    run("wasm-split-cli", "--out-name", NAME, str(linked_module(root, release)), str(work / "split"))
    run(tool(root, "wasm-bindgen"), "--target", "web", "--no-typescript", "--keep-lld-exports", "--no-demangle",
        "--out-name", NAME, "--out-dir", str(work / "bindgen"), str(work / "split" / f"{NAME}.wasm"))

    modules = {f"{NAME}_bg.wasm": work / "bindgen" / f"{NAME}_bg.wasm"}
    modules.update({p.name: p for p in sorted((work / "split").glob("split_*.wasm"))})
    modules.update({p.name: p for p in sorted((work / "split").glob("chunk_*.wasm"))})
    if len(modules) < 2:
        raise SystemExit("build_wasm: wasm-split-cli split nothing off (is the `split` feature on?)")
    if release:
        wasm_opt = tool(root, "wasm-opt")
        # For CPU profiles with function names: BUILD_WASM_KEEP_NAMES=1 trunk build --release
        names = ["-g"] if os.environ.get("BUILD_WASM_KEEP_NAMES") else []
        for path in modules.values():
            run(wasm_opt, "-Oz", *names, *WASM_FEATURES, str(path), "-o", str(path))

    # Hashed names: leaves first, then the files that name them.
    renamed: dict[str, str] = {}
    files: dict[str, bytes] = {}
    for original, path in modules.items():
        data = path.read_bytes()
        stem, suffix = (NAME, "_bg.wasm") if original == f"{NAME}_bg.wasm" else (original[:-5], ".wasm")
        renamed[original] = f"{stem}-{digest(data)}{suffix}"
        files[renamed[original]] = data

    glue = (work / "bindgen" / f"{NAME}.js").read_text(encoding="utf-8")
    linker = (work / "split" / "__wasm_split.js").read_text(encoding="utf-8")
    for original in modules:
        if original.startswith(("split_", "chunk_")):
            linker = replace_once(linker, f'"./{original}"', f'"./{renamed[original]}"', "__wasm_split.js")
    # The linker imports the glue and the glue imports the linker: the glue's name is hashed over
    # both texts before either names the other, so a change to any module renames the glue.
    glue_name = f"{NAME}-{digest((glue + linker).encode())}.js"
    linker = replace_once(linker, f'"./{NAME}.js"', f'"./{glue_name}"', "__wasm_split.js")
    linker_name = f"wasm-split-{digest(linker.encode())}.js"
    # Only the import's path: the wasm still asks its imports object for "./__wasm_split.js".
    glue = replace_once(glue, 'from "./__wasm_split.js"', f'from "./{linker_name}"', f"{NAME}.js")
    files[linker_name] = linker.encode()
    files[glue_name] = glue.encode()

    main_module = renamed[f"{NAME}_bg.wasm"]
    loader = (
        f"import init from './{glue_name}';\n"
        "try {\n"
        f"  const wasm = await init({{ module_or_path: './{main_module}' }});\n"
        '  dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm } }));\n'
        "} catch (error) {\n"
        "  // The start screen (if still up, and not already saying why) says so instead of waiting for ever.\n"
        "  const root = document.documentElement;\n"
        "  const status = document.getElementById('start-screen-status');\n"
        "  if (status && root.getAttribute('data-start') !== 'failed') {\n"
        "    status.textContent = 'The app could not be loaded. Check the connection and reload the page.';\n"
        "    root.setAttribute('data-start', 'failed');\n"
        "  }\n"
        "  throw error;\n"
        "}\n"
    )
    loader_name = f"loader-{digest(loader.encode())}.js"
    files[loader_name] = loader.encode()

    start_script = (root / "src" / "start_screen.js").read_bytes()
    start_script_name = f"start-screen-{digest(start_script)}.js"
    files[start_script_name] = start_script

    page = staging / "index.html"
    html = compact_start_screen(drop_trunks_output(staging, page.read_text(encoding="utf-8")))
    for name, data in files.items():
        (staging / name).write_bytes(data)

    # What the first paint needs, fetched in parallel; the split modules are fetched by the app later.
    preloads = [f'<link rel="modulepreload" href="./{glue_name}" crossorigin="anonymous" '
                f'integrity="{integrity(files[glue_name])}">']
    preloads.append(f'<link rel="modulepreload" href="./{linker_name}" crossorigin="anonymous" '
                    f'integrity="{integrity(files[linker_name])}">')
    # No integrity here: Chromium ignores it on fetch preloads and says so in the console.
    preloads.append(f'<link rel="preload" href="./{main_module}" as="fetch" type="application/wasm" '
                    f'crossorigin="anonymous">')
    # A classic script, so it runs before the body is drawn (see src/start_screen.js).
    start = f'<script src="./{start_script_name}" integrity="{integrity(start_script)}"></script>'
    tags = "\n    ".join([start, f'<script type="module" src="./{loader_name}"></script>', *preloads])
    html = replace_once(html, "</head>", f"  {tags}\n  </head>", "index.html")
    if INLINE_SCRIPT.search(html):
        print("build_wasm: index.html has an inline script, which the CSP refuses", file=sys.stderr)
        return 1
    page.write_text(html, encoding="utf-8")
    sizes = ", ".join(f"{name} {len(data) / 1024:.0f} KiB" for name, data in files.items())
    print(f"build_wasm: wrote {sizes}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
