#!/usr/bin/env python3
"""Selects a further set of documents to annotate (none annotated before) and writes annotation batches; WAVE
numbers the set and names its files (documents-waveN.csv, hand-waveN.jsonl).

  python3 tools/annotation/extend_batches.py UNITS.jsonl FACTS.jsonl OUT_DIR REPO [WAVE=2]

UNITS and FACTS are `inspection-miner units` and `facts` over ../shared/corpus. Writes
  REPO/corpus/annotations/documents-waveN.csv   the selected documents (committed: the sample is reproducible)
  OUT/Wnn.md, OUT/all.ids.json                  batches to annotate (contain report text: never commit them)
Documents listed in any corpus/annotations/documents*.csv are never selected again.

A set adds what cross-validation shows the model lacks most (area from text and heading is weakest on
improvement lists and letters): ILACS reports not annotated before, stratified by framework and year, with every
improvement-list unit and three random runs of five consecutive units; focused-visit letters stratified by year,
with every improvement-list unit and six runs. Authorities not annotated before come first. Seed 20261122 + WAVE.
"""
import collections, csv, json, os, random, sys

import sampling

units_file, facts_file, out, repo = sys.argv[1:5]
wave = sys.argv[5] if len(sys.argv) > 5 else '2'
rng = random.Random(20261122 + int(wave))  # wave 2: 20261124
os.makedirs(out, exist_ok=True)


def rel(p):
    return p.split('/corpus/', 1)[1] if '/corpus/' in p else p


facts = {rel(f['document']): f for f in map(json.loads, open(facts_file)) if not f.get('error')}
units = collections.defaultdict(list)
for line in open(units_file):
    u = json.loads(line)
    units[rel(u['document'])].append(u)

done = set()
used_auth = set()
for f in os.listdir(os.path.join(repo, 'corpus/annotations')):
    if f.startswith('documents') and f.endswith('.csv'):
        for r in csv.DictReader(open(os.path.join(repo, 'corpus/annotations', f))):
            done.add(r['document'])
            used_auth.add(r['document'].split('/')[1])


def year(d):
    return d.split('/')[-1][:4]


def pick(pool, n):
    pool = sorted(pool)
    rng.shuffle(pool)
    fresh = [d for d in pool if d.split('/')[1] not in used_auth] + [d for d in pool if d.split('/')[1] in used_auth]
    chosen = []
    for d in fresh:
        if len(chosen) == n:
            break
        if d.split('/')[1] in {c.split('/')[1] for c in chosen}:
            continue
        chosen.append(d)
    used_auth.update(d.split('/')[1] for d in chosen)
    return chosen


ilacs = [d for d in units if d.startswith('ilacs/') and d in facts and d not in done]
reports = []
# Frameworks in proportion to what is left: ILACS standard and short inspections, SIF inspections and re-inspections.
for (framework, kind), n in {('Ilacs', 'StandardInspection'): 12, ('Ilacs', 'ShortInspection'): 9,
                             ('Sif', 'StandardInspection'): 10, ('Sif', 'Reinspection'): 2}.items():
    reports += pick([d for d in ilacs if facts[d]['framework'] == framework and facts[d]['kind'] == kind], n)

fvs = [d for d in units if d.startswith('focused-visits/') and d in facts and d not in done]
letters = []
for y in sorted({year(d) for d in fvs}):
    letters += pick([d for d in fvs if year(d) == y], 3)


def sample(d, runs):
    return sampling.sample(units[d], rng, runs)


selection = [(d, sample(d, 3)) for d in reports] + [(d, sample(d, 6)) for d in letters]
sampling.write_documents(os.path.join(repo, f'corpus/annotations/documents-wave{wave}.csv'), selection, facts, units, year)


def render(d, idx, ids, counter, prefix):
    return sampling.render(d, units[d], facts.get(d, {}), year(d), idx, ids, counter, prefix, show_focus=True)


batches, cur, size = [], [], 0
for d, idx in selection:
    cur.append((d, idx))
    size += len(idx)
    if size >= 330:
        batches.append(cur)
        cur, size = [], 0
if cur:
    batches.append(cur)
counter, all_ids = [0], {}
for b, docs in enumerate(batches, 1):
    ids, lines = {}, [f"# Annotation batch W{b:02d}" + ('' if wave == '2' else f" (wave {wave})")]
    for d, idx in docs:
        lines += render(d, idx, ids, counter, 'V' if wave == '2' else chr(ord('V') + int(wave) - 2))
    open(f"{out}/W{b:02d}.md", 'w').write('\n'.join(lines) + '\n')
    all_ids.update(ids)
    print(f"W{b:02d}: {len(ids)} units, {len(docs)} documents")
json.dump(all_ids, open(f"{out}/all.ids.json", 'w'))
print(len(selection), 'documents;', len(all_ids), 'units;', len(reports), 'reports,', len(letters), 'letters')
