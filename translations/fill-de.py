#!/usr/bin/env python3
"""Fills unfinished German messages from a JSON table {"context|source": "translation"}.

usage: translations/fill-de.py TABLE.json   (run after `cmake --build build --target update_translations`)
Prints the messages that are still unfinished afterwards.
"""
import html
import json
import re
import sys

path = 'translations/jobwatch_de.ts'
table = json.load(open(sys.argv[1], encoding='utf-8'))
text = open(path, encoding='utf-8').read()


def fill_context(match):
    name = match.group(1)

    def fill_message(m):
        body = m.group(0)
        if 'type="unfinished"' not in body or 'numerus="yes"' in body:
            return body
        source = html.unescape(re.search(r'<source>(.*?)</source>', body, re.S).group(1))
        key = name + '|' + source
        if key not in table:
            return body
        translated = html.escape(table[key], quote=False)
        return re.sub(r'<translation type="unfinished">.*?</translation>|<translation type="unfinished"/>',
                      lambda _: '<translation>' + translated + '</translation>', body, flags=re.S)

    return re.sub(r'<message[^>]*>.*?</message>', fill_message, match.group(0), flags=re.S)


text = re.sub(r'<context>\s*<name>(.*?)</name>.*?</context>', fill_context, text, flags=re.S)
open(path, 'w', encoding='utf-8').write(text)
for m in re.finditer(r'<context>\s*<name>(.*?)</name>(.*?)</context>', text, re.S):
    for message in re.finditer(r'<message[^>]*>.*?</message>', m.group(2), re.S):
        if 'type="unfinished"' in message.group(0):
            print('unfinished:', m.group(1), re.search(r'<source>(.*?)</source>', message.group(0), re.S).group(1))
