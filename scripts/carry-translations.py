#!/usr/bin/env python3
"""Carries translations across a string's move to another context.

Usage: carry-translations.py OLD.ts NEW.ts
Every unfinished message of NEW.ts whose source text (and disambiguation comment) had a
finished translation anywhere in OLD.ts gets that translation, so moving a string from one
class to another (one set of words in one place) does not lose its Spanish. Prints how many
were carried and the sources still untranslated.
"""
import sys
import xml.etree.ElementTree as ET


def finished(message):
    t = message.find('translation')
    return t is not None and t.get('type') not in ('unfinished', 'obsolete', 'vanished')


def key(message):
    c = message.find('comment')
    return (message.findtext('source'), c.text if c is not None else None)


old = ET.parse(sys.argv[1]).getroot()
known = {}
for m in old.iter('message'):
    if finished(m):
        known.setdefault(key(m), m.find('translation'))

tree = ET.parse(sys.argv[2])
carried, missing = 0, []
for m in tree.getroot().iter('message'):
    t = m.find('translation')
    if t is None or t.get('type') != 'unfinished':
        continue
    src = known.get(key(m))
    if src is None:
        missing.append(m.findtext('source'))
        continue
    m.remove(t)
    copy = ET.fromstring(ET.tostring(src))
    m.append(copy)
    carried += 1
tree.write(sys.argv[2], encoding='utf-8', xml_declaration=True)
print(f'carried {carried}; untranslated {len(missing)}')
for s in missing:
    print('  ' + s)
