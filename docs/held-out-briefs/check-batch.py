#!/usr/bin/env python3
"""Check a blind batch folder: articles (*.md) and gold/ (*.json). Usage: check46.py FOLDER [--gold-dir DIR]"""
import sys, os, json, re, glob, datetime
folder = sys.argv[1]
golddir = sys.argv[3] if len(sys.argv) > 3 and sys.argv[2] == '--gold-dir' else os.path.join(folder, 'gold')
REL = set('sent_envoy visited hosted met phoned urged urged_reconciliation_with reconciled_with agreed_with supported coordinated_with withdrew_from deployed_in accused criticized threatened attacked sanctioned'.split())
known = set(l.split('\t')[0] for l in open('/work/briefs/ids.txt', encoding='utf8'))
existing = [l.strip() for l in open('/work/briefs/article-ids.txt', encoding='utf8') if l.strip()]
errs, new_ids, arts = [], {}, {}
for p in sorted(glob.glob(os.path.join(folder, '*.md'))):
    name = os.path.basename(p)
    if name.upper() == 'NOTES.MD': continue
    t = open(p, encoding='utf8').read()
    m = re.match(r'---\n(.*?)\n---\n(.*)$', t, re.S)
    if not m: errs.append(f'{name}: no front matter'); continue
    fm = dict(l.split(': ', 1) for l in m.group(1).split('\n') if ': ' in l)
    body = m.group(2)
    stem = name[:-3]
    mm = re.match(r'(\d{4}-\d{2}-\d{2})-([a-z0-9-]+)\.(ar|en)$', stem)
    if not mm: errs.append(f'{name}: file name must be DATE-slug.lang.md'); continue
    d, slug, lang = mm.groups()
    exp = {'id': f'heldout-{stem}', 'date': d, 'lang': lang, 'source': 'Wasl held-out sample',
           'url': f'https://example.org/heldout/{d[:4]}/{d[5:7]}/{d[8:]}/{slug}'}
    for k, v in exp.items():
        if fm.get(k) != v: errs.append(f'{name}: front matter {k} is {fm.get(k)!r}, expected {v!r}')
    if not fm.get('title'): errs.append(f'{name}: no title')
    lines = [l for l in body.split('\n') if l.strip()]
    if len(lines) < 5: errs.append(f'{name}: only {len(lines)} lines')
    arts[exp['id']] = (body, lines, lang, d)
    dd = datetime.date.fromisoformat(d)
    near = [e for e in existing if re.search(r'(\d{4}-\d{2}-\d{2})', e) and abs((datetime.date.fromisoformat(re.search(r'(\d{4}-\d{2}-\d{2})', e).group(1)) - dd).days) <= 3]
    print(f'{stem}: existing within ±3 days: {", ".join(near) or "none"}')
for aid, (body, lines, lang, d) in arts.items():
    gp = os.path.join(golddir, aid + '.json')
    if not os.path.exists(gp): errs.append(f'{aid}: no gold file {gp}'); continue
    try: g = json.load(open(gp, encoding='utf8'))
    except Exception as e: errs.append(f'{gp}: bad JSON: {e}'); continue
    if g.get('article') != aid: errs.append(f'{gp}: article {g.get("article")!r}')
    if g.get('lang') != lang: errs.append(f'{gp}: lang')
    if g.get('heldout') is not True: errs.append(f'{gp}: heldout must be true')
    if g.get('batch') != 50: errs.append(f'{gp}: batch must be 50')
    last = -1
    for i, tr in enumerate(g.get('triples', [])):
        w = f'{gp} triple {i+1}'
        for k in ('source', 'relation', 'target', 'date', 'sentence'):
            if not tr.get(k): errs.append(f'{w}: missing {k}')
        if tr.get('relation') not in REL: errs.append(f'{w}: relation {tr.get("relation")!r} not in the vocabulary')
        if tr.get('date') and not re.fullmatch(r'\d{4}(-\d{2}(-\d{2})?)?', tr['date']): errs.append(f'{w}: date {tr["date"]!r}')
        if tr.get('mode') not in (None, 'planned', 'done'): errs.append(f'{w}: mode {tr.get("mode")!r}')
        s = tr.get('sentence', '')
        if s not in body: errs.append(f'{w}: sentence not in the article body: {s[:60]!r}')
        elif s.strip() not in [l.strip() for l in lines]: print(f'note: {w}: sentence is not a whole line')
        pos = body.find(s)
        if pos < last: print(f'note: {w}: not in text order')
        last = max(last, pos)
        for k in ('source', 'target', 'addressee', 'destination'):
            v = tr.get(k)
            if v and v not in known: new_ids.setdefault(v, []).append(aid)
        if tr.get('source') == tr.get('target'): errs.append(f'{w}: source equals target')
for gp in glob.glob(os.path.join(golddir, '*.json')):
    if os.path.basename(gp)[:-5] not in arts: errs.append(f'{gp}: no article for this gold file')
print(f'{len(arts)} articles ({sum(1 for a in arts.values() if a[2]=="ar")} ar / {sum(1 for a in arts.values() if a[2]=="en")} en)')
if new_ids: print('new ids (not used anywhere yet; fine if they are truly new, else use the existing id):', ', '.join(f'{k} ({len(v)})' for k, v in sorted(new_ids.items())))
for e in errs: print('ERROR', e)
print('OK' if not errs else f'{len(errs)} errors')
