#!/usr/bin/env python3
"""Regenerate README's held-out table rows (not the agreement rows) from /tmp/eval-final.txt. Usage: readme-table.py UNSEEN"""
import re, sys
unseen = int(sys.argv[1])
t = open('/tmp/eval-final.txt', encoding='utf8').read()
rows = {}
for m in re.finditer(r'^batch (\d+) (ar|en)\s+(\d+)\s+(\d+)\s+(\d+)\s+([\d.]+)%\s+([\d.]+)%\s+([\d.]+)%\s+([\d.]+)%', t, re.M):
    b, l, tp, fp, fn, p, r, f, d = m.groups()
    rows[(int(b), l)] = dict(tp=int(tp), fp=int(fp), fn=int(fn), p=p, r=r, f=f, d=d)
def fmt(x): return f'{x:.1f}%'
out = []
cs = re.search(r'== sample corpus.*?\nlang ar\s+(\d+)\s+(\d+)\s+(\d+)\s+([\d.]+)%\s+([\d.]+)%\s+([\d.]+)%\nlang en\s+(\d+)\s+(\d+)\s+(\d+)\s+([\d.]+)%\s+([\d.]+)%\s+([\d.]+)%', t, re.S)
da = re.search(r'date accuracy on correct edges:.*?\n  ar:\s+([\d.]+)%.*?\n  en:\s+([\d.]+)%', t, re.S)
g = cs.groups()
out.append(f'| sample corpus | ar | {int(g[0])+int(g[2])} | {g[3]}% | {g[4]}% | {g[5]}% | {da.group(1)}% |')
out.append(f'| sample corpus | en | {int(g[6])+int(g[8])} | {g[9]}% | {g[10]}% | {g[11]}% | {da.group(2)}% |')
for l in ('ar', 'en'):
    a, b = rows[(1, l)], rows[(2, l)]
    tp, fp, fn = a['tp'] + b['tp'], a['fp'] + b['fp'], a['fn'] + b['fn']
    P = tp / (tp + fp) * 100 if tp + fp else 0; R = tp / (tp + fn) * 100; F = 2 * P * R / (P + R) if P + R else 0
    dc = (float(a['d']) * a['tp'] + float(b['d']) * b['tp']) / tp if tp else 0
    out.append(f'| held-out batches 1–2 (tuned on) | {l} | {tp + fn} | {fmt(P)} | {fmt(R)} | {fmt(F)} | {fmt(dc)} |')
for b in sorted({k[0] for k in rows}):
    if b < 3: continue
    for l in ('ar', 'en'):
        x = rows[(b, l)]
        name = f'**held-out batch {b} (unseen)**' if b == unseen else f'held-out batch {b} (tuned on)'
        f = f"**{x['f']}%**" if b == unseen else f"{x['f']}%"
        out.append(f"| {name} | {l} | {x['tp'] + x['fn']} | {x['p']}% | {x['r']}% | {f} | {x['d']}% |")
print('\n'.join(out))
