import csv, glob, json, os
ids = {}
for f in sorted(glob.glob('data/lexicon/entities*.csv')) + ['data/lexicon/countries.csv']:
    with open(f, encoding='utf-8') as fh:
        lines = [l for l in fh if not l.startswith('#')]
    for r in csv.DictReader(lines):
        if r.get('id'):
            ids.setdefault(r['id'], (r.get('kind',''), r.get('label_en',''), r.get('label_ar',''), r.get('aliases_en',''), r.get('aliases_ar','')))
for f in glob.glob('tests/gold/*.json') + glob.glob('tests/gold/heldout/*.json'):
    g = json.load(open(f, encoding='utf-8'))
    for t in g.get('triples', []):
        for k in ('source', 'target', 'addressee', 'destination'):
            v = t.get(k)
            if isinstance(v, str) and v and v not in ids:
                ids[v] = ('(gold only)', '', '', '', '')
with open('/work/briefs/ids.txt', 'w', encoding='utf-8') as out:
    for i in sorted(ids):
        k, e, a, ae, aa = ids[i]
        out.write(f"{i}\t{k}\t{e}\t{a}\t{ae}\t{aa}\n")
print(len(ids))
