#!/usr/bin/env python3
"""Fails when a translatable string in the sources is missing from po/th.po.

It runs xgettext over po/POTFILES.in (as the pot target does) and compares the message ids,
so a string added without its Thai translation fails the tests in the same commit.
"""
import os
import subprocess
import sys
import tempfile

root = sys.argv[1]
with open(os.path.join(root, "po", "POTFILES.in"), encoding="utf-8") as f:
    files = [l.strip() for l in f if l.strip() and not l.startswith("#")]

missing_files = [p for p in files if not os.path.exists(os.path.join(root, p))]
if missing_files:
    print("POTFILES.in names files that do not exist:", *missing_files, sep="\n  ")
    sys.exit(1)

with tempfile.TemporaryDirectory() as tmp:
    pot = os.path.join(tmp, "sajja.pot")
    subprocess.run(
        ["xgettext", "--from-code=UTF-8", "--add-comments", "--keyword=_", "--keyword=N_",
         "--keyword=C_:1c,2", "--keyword=NC_:1c,2", "--keyword=g_dngettext:2,3",
         "--keyword=ngettext:1,2", "-o", pot, "--directory", root, *files],
        check=True)
    # msgcmp: every msgid of the pot must be in th.po.
    result = subprocess.run(["msgcmp", "--use-untranslated", os.path.join(root, "po", "th.po"), pot],
                            capture_output=True, text=True)
    if result.returncode != 0:
        print(result.stderr)
        print("Some strings in the sources are not in po/th.po: run "
              "'meson compile -C _build sajja-update-po' and translate them.")
        sys.exit(1)

# And every source file with _( ) or translatable="yes" is listed in POTFILES.in.
unlisted = []
for d in ("src", "ui"):
    for dirpath, _, names in os.walk(os.path.join(root, d)):
        for n in names:
            path = os.path.join(dirpath, n)
            rel = os.path.relpath(path, root)
            if not (n.endswith(".c") or n.endswith(".ui")):
                continue
            with open(path, encoding="utf-8") as f:
                text = f.read()
            if ('_ ("' in text or 'N_ ("' in text or 'translatable="yes"' in text
                    or '_("' in text) and rel not in files:
                unlisted.append(rel)
if unlisted:
    print("These files have translatable strings but are not in po/POTFILES.in:", *unlisted, sep="\n  ")
    sys.exit(1)
print("po/th.po covers every translatable string in", len(files), "files")
