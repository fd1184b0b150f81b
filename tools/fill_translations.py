"""Fill unfinished messages of a .ts file from a JSON object {source: translation}.

    python tools/fill_translations.py resources/translations/mottagning_sv.ts new.json

A convenience for translating a handful of new texts without Qt Linguist. A
text with a count (tr("%n day(s)", "", n)) takes a list of its plural forms,
in Swedish [singular, plural]: {"%n day(s)": ["%n dag", "%n dagar"]}.
"""

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def main(ts_path: str, json_path: str) -> int:
    translations: dict[str, str | list[str]] = json.loads(
        Path(json_path).read_text(encoding="utf-8")
    )
    text = Path(ts_path).read_text(encoding="utf-8")
    root = ET.fromstring(text)  # noqa: S314 (our own file)
    filled = 0
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        target = message.find("translation")
        if target is not None and target.get("type") == "unfinished" and source in translations:
            translation = translations[source]
            if isinstance(translation, list):  # the plural forms of a text with a count
                for form, text in zip(target.findall("numerusform"), translation, strict=True):
                    form.text = text
            else:
                target.text = translation
            del target.attrib["type"]
            filled += 1
    body = ET.tostring(root, encoding="unicode")
    Path(ts_path).write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    print(f"filled {filled} of {len(translations)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
