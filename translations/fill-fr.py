#!/usr/bin/env python3
"""Fills unfinished French messages in translations/jobwatch_fr.ts from a JSON table.

Workflow for new strings (run from the repository root):
  1. cmake --build build-ci --target update_translations      (lupdate adds them as unfinished)
  2. translations/fill-fr.py --todo todo.json                 (writes the unfinished ones, with the German
                                                               translation as a hint, to todo.json)
  3. edit todo.json: replace each value by the French text; a plural (%n) message takes a list of two
     forms, [one, many] (French uses "one" for 0 and 1)
  4. translations/fill-fr.py todo.json                        (fills them; prints what is still unfinished)

The table maps "context|source" (plus "|comment" for a source with a disambiguating comment) to the
translation. Regular spaces before : ; ? ! % and inside « » become
no-break spaces, so the French typography stays consistent whoever writes the table. Placeholders (%1, %n,
%L1), HTML tags, accelerators (&) and line breaks must match the source; the script refuses a translation
that drops or adds one.
"""
import html
import json
import re
import sys

TS = 'translations/jobwatch_fr.ts'
DE = 'translations/jobwatch_de.ts'
NBSP = '\u00a0'
MESSAGE = re.compile(r'<message[^>]*>.*?</message>', re.S)
CONTEXT = re.compile(r'<context>\s*<name>(.*?)</name>.*?</context>', re.S)


def typography(text: str) -> str:
    text = re.sub(r' (?=[:;?!»])', NBSP, text)
    text = re.sub(r'« ', '«' + NBSP, text)
    text = re.sub(r' %(?![0-9Ln])', NBSP + '%', text)
    return text


def markers(text: str):
    """What a translation must keep from its source: placeholders, tags, accelerator count, line breaks."""
    places = sorted(re.findall(r'%L?\d+|%n', text))
    tags = sorted(re.findall(r'</?(?:a|b|i|u|s|p|br|tt|code|span|div|qt|html|ul|ol|li|table|tr|td|th|small|big|h\d)\b[^>]*>', text))
    accel = len(re.findall(r'&(?![&a-zA-Z]+;)', text.replace('&&', '')))
    return places, tags, min(accel, 1), text.count('\n')


problems = []


def check(key: str, source: str, forms) -> None:
    for form in forms:
        want, got = markers(source), markers(form)
        if want[0] != got[0] and not (set(got[0]) <= set(want[0]) and '%n' in want[0] and len(forms) == 2):
            problems.append(f'{key}: placeholders {got[0]} differ from the source {want[0]}: {form!r}')
        if want[1:] != got[1:]:
            problems.append(f'{key}: tags, accelerator or line breaks differ from the source: {form!r}')


def key_of(context: str, body: str) -> str:
    """"context|source", and "|comment" when the source has a disambiguating comment."""
    source = html.unescape(re.search(r'<source>(.*?)</source>', body, re.S).group(1))
    comment = re.search(r'<comment>(.*?)</comment>', body, re.S)
    return context + '|' + source + ('|' + html.unescape(comment.group(1)) if comment else '')


def messages(text: str):
    for ctx in CONTEXT.finditer(text):
        for m in MESSAGE.finditer(ctx.group(0)):
            yield key_of(ctx.group(1), m.group(0)), m.group(0)


def todo(out: str) -> int:
    hints = {}
    for key, body in messages(open(DE, encoding='utf-8').read()):
        forms = [html.unescape(f) for f in re.findall(r'<numerusform>(.*?)</numerusform>', body, re.S)]
        single = re.search(r'<translation>(.*?)</translation>', body, re.S)
        hints[key] = forms or (html.unescape(single.group(1)) if single else '')
    table = {}
    for key, body in messages(open(TS, encoding='utf-8').read()):
        if 'type="unfinished"' in body:
            table[key] = {'de': hints.get(key, ''), 'fr': ['', ''] if 'numerus="yes"' in body else ''}
    # The file to edit: "fr" is what gets filled in; "de" is only a hint.
    json.dump(table, open(out, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print(f'{len(table)} unfinished messages written to {out}')
    return 0


def fill(path: str) -> int:
    table = json.load(open(path, encoding='utf-8'))
    text = open(TS, encoding='utf-8').read()
    filled = 0

    def fill_context(match):
        name = match.group(1)

        def fill_message(m):
            nonlocal filled
            body = m.group(0)
            if 'type="unfinished"' not in body:
                return body
            source = html.unescape(re.search(r'<source>(.*?)</source>', body, re.S).group(1))
            key = key_of(name, body)
            value = table.get(key)
            if isinstance(value, dict):
                value = value.get('fr')
            if not value or value == ['', '']:
                return body
            numerus = 'numerus="yes"' in body
            forms = value if isinstance(value, list) else [value]
            if numerus != isinstance(value, list) or (numerus and len(forms) != 2) or not all(forms):
                raise SystemExit(f'{key}: give {"[one, many]" if numerus else "one string"}, not {value!r}')
            forms = [typography(f) for f in forms]
            check(key, source, forms)
            if numerus:
                inner = ''.join(f'\n            <numerusform>{html.escape(f, quote=False)}</numerusform>'
                                for f in forms) + '\n        '
            else:
                inner = html.escape(forms[0], quote=False)
            filled += 1
            return re.sub(r'<translation type="unfinished">.*?</translation>|<translation type="unfinished"/>',
                          lambda _: '<translation>' + inner + '</translation>', body, flags=re.S)

        return MESSAGE.sub(fill_message, match.group(0))

    text = CONTEXT.sub(fill_context, text)
    if problems:
        sys.exit('\n'.join(problems) + '\nnothing was written')
    open(TS, 'w', encoding='utf-8').write(text)
    print(f'{filled} messages filled')
    left = 0
    for key, body in messages(text):
        if 'type="unfinished"' in body:
            print('unfinished:', key)
            left += 1
    return 1 if left else 0


if __name__ == '__main__':
    if len(sys.argv) == 3 and sys.argv[1] == '--todo':
        sys.exit(todo(sys.argv[2]))
    if len(sys.argv) == 2 and not sys.argv[1].startswith('-'):
        sys.exit(fill(sys.argv[1]))
    sys.exit(__doc__)
