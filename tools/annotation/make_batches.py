#!/usr/bin/env python3
"""Selects the documents and units to annotate and writes annotation batches for human/agent annotators.

Inputs are the `inspection-miner units` and `facts` outputs over ../shared/corpus (JSONL). Output:
  corpus/annotations/documents.csv       the selected documents (committed: the sample is reproducible)
  OUT/Bnn.md, OUT/Bnn.ids.json           batches to annotate (contain report text: never commit them)
  OUT/D1.md, OUT/D2.md                   the 300 units annotated a second time, independently

Sampling (seed 20261123): ILACS reports stratified by year and framework, distinct authorities preferred;
focused-visit letters stratified by year; every unit of the five seeds. In each report or letter: every unit
under an improvement-list heading, plus random runs of five consecutive units elsewhere (runs keep context).
"""
import collections, csv, json, os, random, sys

import sampling

units_files, facts_file, out, repo = sys.argv[1].split(','), sys.argv[2], sys.argv[3], sys.argv[4]
rng = random.Random(20261123)
os.makedirs(out, exist_ok=True)

def rel(p):
    return p.split('/corpus/', 1)[1] if '/corpus/' in p else p

facts = {rel(f['document']): f for f in map(json.loads, open(facts_file)) if not f.get('error')}
units = collections.defaultdict(list)
for f in units_files:
    for line in open(f):
        u = json.loads(line)
        units[rel(u['document'])].append(u)

def year(d):
    return d.split('/')[-1][:4]

# --- ILACS reports: quota per year, all rare frameworks/kinds, distinct authorities first.
ilacs = [d for d in units if d.startswith('ilacs/') and d in facts]
quota = {'2013': 2, '2014': 7, '2015': 7, '2016': 7, '2017': 7, '2018': 7, '2019': 7, '2020': 5, '2021': 4,
         '2022': 6, '2023': 6, '2024': 7, '2025': 7, '2026': 9}
chosen, used_auth = [], set()
must = [d for d in ilacs if facts[d]['framework'] in ('PreSif', 'Ilacs2026') or facts[d]['kind'] == 'CouncilReport']
rein = sorted(d for d in ilacs if facts[d]['kind'] == 'Reinspection'); rng.shuffle(rein)
for d in sorted(must) + rein[:4]:
    chosen.append(d); used_auth.add(d.split('/')[1])
for y, n in quota.items():
    pool = sorted(d for d in ilacs if year(d) == y and d not in chosen)
    rng.shuffle(pool)
    have = sum(1 for d in chosen if year(d) == y)
    fresh = [d for d in pool if d.split('/')[1] not in used_auth] + [d for d in pool if d.split('/')[1] in used_auth]
    for d in fresh[:max(0, n - have)]:
        chosen.append(d); used_auth.add(d.split('/')[1])

fvs = [d for d in units if d.startswith('focused-visits/') and d in facts]
fv_chosen = []
for y in sorted({year(d) for d in fvs}):
    pool = sorted(d for d in fvs if year(d) == y); rng.shuffle(pool)
    fv_chosen += pool[:4]
seeds = sorted(d for d in units if d.startswith('seeds/'))

def sample(d, runs):
    return sampling.sample(units[d], rng, runs)

selection = [(d, sample(d, 6)) for d in chosen] + [(d, sample(d, 5)) for d in fv_chosen] + \
            [(d, list(range(len(units[d])))) for d in seeds]

os.makedirs(os.path.join(repo, 'corpus/annotations'), exist_ok=True)
sampling.write_documents(os.path.join(repo, 'corpus/annotations/documents.csv'), selection, facts, units, year)

def render(d, idx, ids, counter, prefix):
    return sampling.render(d, units[d], facts.get(d, {}), year(d), idx, ids, counter, prefix)

# batches of ~360 units, whole documents per batch
batches, cur, size = [], [], 0
for d, idx in selection:
    cur.append((d, idx)); size += len(idx)
    if size >= 360:
        batches.append(cur); cur, size = [], 0
if cur:
    batches.append(cur)
counter = [0]
all_ids = {}
for b, docs in enumerate(batches, 1):
    ids, lines = {}, [f"# Annotation batch B{b:02d}"]
    for d, idx in docs:
        lines += render(d, idx, ids, counter, 'U')
    open(f"{out}/B{b:02d}.md", 'w').write('\n'.join(lines) + '\n')
    json.dump(ids, open(f"{out}/B{b:02d}.ids.json", 'w'))
    all_ids.update(ids)
    print(f"B{b:02d}: {len(ids)} units, {len(docs)} documents")

# second, independent annotation of 300 units (not headings), shown with their preceding unit as context
pool = sorted(all_ids)
rng.shuffle(pool)
double = sorted(pool[:300])
for k, part in enumerate([double[:150], double[150:]], 1):
    lines = [f"# Annotation batch D{k}"]
    for uid in part:
        m = all_ids[uid]; us = units[m['document']]; i = m['unit']; u = us[i]
        lines.append(f"\n## {m['document']} — {facts.get(m['document'], {}).get('authority')}")
        if i > 0:
            lines.append(f"(context, do not label) [{us[i-1]['section'] or '-'}] {us[i-1]['text']}")
        sec = u['sectionKind'] + (f"/{u['sectionArea']}" if u['sectionArea'] and u['sectionKind'] == 'Judgement' else '')
        lines.append(f"{uid} | {sec} | section: {u['section'] or '-'} | p{u['page']}")
        lines.append(f"    {u['text']}")
    open(f"{out}/D{k}.md", 'w').write('\n'.join(lines) + '\n')
json.dump(all_ids, open(f"{out}/all.ids.json", 'w'))
print(len(selection), 'documents;', len(all_ids), 'units;', len(chosen), 'reports,', len(fv_chosen), 'letters')
