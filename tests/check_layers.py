#!/usr/bin/env python3
"""Fails when an #include in app/ points from a layer to one it may not use (README "Architecture").

Each folder under app/ is a layer; ALLOWED lists what each may include besides itself. A folder that is not
listed, or an include of an unknown app folder, is an error too, so a new layer has to be placed on purpose.
Usage: check_layers.py SOURCE_DIR"""
import pathlib
import re
import sys

ALLOWED = {
    "model": set(),
    "formats": {"model"},
    "net": {"model", "formats"},
    "engine": {"model", "formats", "net"},
    "artifacts": {"model", "formats", "net"},
    "profiles": {"model", "formats", "net"},
    "store": {"model", "formats", "net"},
    "intake": {"model", "formats", "net", "engine"},
    "application": {"model", "formats", "net", "engine", "artifacts", "profiles", "store", "intake"},
    "sim": {"model"},
    "demo": {"model", "formats", "net", "engine", "artifacts", "profiles", "store", "intake", "application", "sim"},
    "cli": {"model", "formats", "net", "engine", "artifacts", "profiles", "store", "intake", "application", "sim"},
}
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"/]+)/[^"]+"', re.MULTILINE)


def main(source_dir: str) -> int:
    app = pathlib.Path(source_dir) / "app"
    errors = []
    for layer_dir in sorted(p for p in app.iterdir() if p.is_dir()):
        files = [f for f in layer_dir.rglob("*") if f.suffix in (".h", ".cpp")]
        if not files:
            continue
        layer = layer_dir.name
        if layer not in ALLOWED:
            errors.append(f"app/{layer}/ is not a known layer: add it to tests/check_layers.py and the README")
            continue
        for f in files:
            for target in INCLUDE.findall(f.read_text(encoding="utf-8")):
                if target == layer or not (app / target).is_dir():
                    continue
                if target not in ALLOWED[layer]:
                    errors.append(f"{f.relative_to(app.parent)}: {layer}/ may not include {target}/ "
                                  f"(allowed: {', '.join(sorted(ALLOWED[layer])) or 'nothing'})")
    # ui/ sits above all of app/ but never reaches the simulated provider except through demo/.
    for f in (pathlib.Path(source_dir) / "ui").rglob("*"):
        if f.suffix in (".h", ".cpp"):
            for target in INCLUDE.findall(f.read_text(encoding="utf-8")):
                if target in ("sim", "demo", "cli"):
                    errors.append(f"{f.relative_to(app.parent)}: ui/ may not include {target}/")
    for e in errors:
        print(e)
    print(f"check_layers: {len(errors)} upward include(s)" if errors else "check_layers: no upward includes")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "."))
