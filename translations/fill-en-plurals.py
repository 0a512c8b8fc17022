#!/usr/bin/env python3
"""Fills the English plural forms in translations/jobwatch_en.ts from the source texts.

Source texts use "(s)" for plurals ("%n job(s) added"). English needs two forms: "1 job added" and
"2 jobs added". Run after `cmake --build build --target update_translations`. Every other message is
filled with its source text (English is the source language), so that no message stays unfinished and
tst_translations passes.
"""
import re
import sys
import xml.etree.ElementTree as ET

# Verbs written as "need(s)": the singular takes the s, the plural does not.
VERBS = {"need(s)": ("needs", "need"), "fit(s)": ("fits", "fit")}


def forms(source: str):
    one, many = source, source
    for word, (sg, pl) in VERBS.items():
        one, many = one.replace(word, sg), many.replace(word, pl)
    one = re.sub(r"\((e?s)\)", "", one)
    many = re.sub(r"\((e?s)\)", r"\1", many)
    # "%n jobs fit several profiles" vs "1 job fits several profiles"
    one = one.replace("job fit several", "job fits several")
    return one, many


def main(path: str) -> int:
    tree = ET.parse(path)
    count = 0
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if message.get("numerus") != "yes":
            if translation.get("type") == "unfinished":
                translation.attrib.pop("type")
                translation.text = source
            continue
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        translation.text = None
        for text in forms(source):
            form = ET.SubElement(translation, "numerusform")
            form.text = text
        count += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    # ElementTree drops the DOCTYPE; lupdate/lrelease accept the file without it.
    print(f"{count} plural messages filled in {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "translations/jobwatch_en.ts"))
