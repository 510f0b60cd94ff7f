#!/usr/bin/env python3
"""Resolve append-only merge conflicts by keeping both sides (ours then theirs); fixes the CueKind union's ';' and the
WORD_CUE_KINDS set line (the union of both). Usage: resolve.py FILE..."""
import re, sys
for f in sys.argv[1:]:
    t = open(f, encoding='utf-8').read()
    pat = re.compile(r'<<<<<<< [^\n]*\n(.*?)=======\n(.*?)>>>>>>> [^\n]*\n', re.S)
    def rep(m):
        a, b = m.group(1), m.group(2)
        if 'WORD_CUE_KINDS' in a and 'WORD_CUE_KINDS' in b:
            ka = re.findall(r"'([a-z_0-9]+)'", a.split('new Set<CueKind>(')[1])
            kb = re.findall(r"'([a-z_0-9]+)'", b.split('new Set<CueKind>(')[1])
            allk = ka + [k for k in kb if k not in ka]
            return a.split('new Set<CueKind>(')[0] + 'new Set<CueKind>([' + ', '.join(f"'{k}'" for k in allk) + ']);\n'
        if re.search(r"^\s*\| '[a-z_0-9]+';\s*$", a, re.M) and re.search(r"^\s*\| '[a-z_0-9]+';\s*$", b, re.M):
            a = re.sub(r"';(\s*)$", r"'\1", a.rstrip('\n')) + '\n'
            return a + b
        return a + b
    t2 = pat.sub(rep, t)
    assert '<<<<<<<' not in t2 and '>>>>>>>' not in t2, f
    open(f, 'w', encoding='utf-8').write(t2)
    print('resolved', f)
