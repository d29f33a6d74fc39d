#!/usr/bin/env python3
"""Selects documents of the kinds the model knows least (SIF reports with their LSCB review, the 2013 pre-SIF
report, focused-visit letters of 2018-2020) for one more round of training labels, and writes the batches; with
--collect, gathers the labels into corpus/annotations/hand-coverage.jsonl (keys and labels only).

  python3 tools/annotation/coverage_batches.py UNITS.jsonl FACTS.jsonl OUT_DIR REPO [--collect]
      [--wave NAME] [--prefix P] [--seed N] [--sif N] [--letters-per-year N] [--presif-units N] [--batch-size N]

The defaults drew hand-coverage.jsonl (documents-coverage.csv); `--wave coverage2 --prefix Z --seed 20261206 --sif 10
--letters-per-year 3 --presif-units 120 --batch-size 190` drew hand-coverage2.jsonl (documents-coverage2.csv). The 2013 pre-SIF report
outside the held-out authorities is offered in every wave, its units not yet labelled only.

Documents already annotated (any corpus/annotations/documents*.csv) and every document of a held-out authority
(corpus/annotations/blind/heldout.csv) are never selected; units already labelled are never shown again. The
batches show each unit with its heading and the path of the document's full text, as the blind set's do.
"""
import collections, csv, glob, json, os, random, sys

import sampling

units_file, facts_file, out, repo = sys.argv[1:5]
collect = '--collect' in sys.argv
option = sampling.option
wave, prefix = option('--wave', 'coverage'), option('--prefix', 'Y')
rng = random.Random(option('--seed', 20261205))
ann_dir = os.path.join(repo, 'corpus/annotations')


def rel(p):
    return p.split('/corpus/', 1)[1] if '/corpus/' in p else p


facts = {rel(f['document']): f for f in map(json.loads, open(facts_file)) if not f.get('error')}
units = collections.defaultdict(list)
for line in open(units_file):
    u = json.loads(line)
    units[rel(u['document'])].append(u)
done = set()
for f in glob.glob(os.path.join(ann_dir, 'documents*.csv')):
    done |= {r['document'] for r in csv.DictReader(open(f))}
labelled = sampling.labelled_units(ann_dir)
held = sampling.held_out(ann_dir)


def eligible(d):
    return d in facts and d not in done and not any(d.startswith(p) for p in held)


def pick(pool, n):
    pool = sorted(pool)
    rng.shuffle(pool)
    chosen, authorities = [], set()
    for d in pool:
        if len(chosen) < n and d.split('/')[1] not in authorities:
            chosen.append(d)
            authorities.add(d.split('/')[1])
    return chosen


sif = pick([d for d in units if eligible(d) and facts[d]['framework'] == 'Sif' and d.startswith('ilacs/')], option('--sif', 8))
presif = [d for d in units if d.startswith('ilacs/') and d in facts and facts[d]['framework'] == 'PreSif' and not any(d.startswith(p) for p in held)]
letters = []
for year in ('2018', '2019', '2020'):
    letters += pick([d for d in units if eligible(d) and d.startswith('focused-visits/') and d.split('/')[-1].startswith(year)], option('--letters-per-year', 4))


def sample(d, target):
    us = units[d]
    fresh = [i for i, u in enumerate(us) if (d, u['hash']) not in labelled]
    if len(fresh) <= target:
        return fresh
    keep = set()
    lscb = [i for i in fresh if 'LSCB' in (us[i]['section'] or '') or 'Safeguarding Children Board' in (us[i]['section'] or '')]
    starts = [i for i in lscb if all(j in lscb for j in range(i, i + 5))]
    rng.shuffle(starts)
    for s in starts[:3]:
        keep |= set(range(s, s + 5))
    starts = [i for i in fresh if all(j in fresh for j in range(i, i + 5))]
    rng.shuffle(starts)
    for s in starts:
        if len(keep) >= target:
            break
        if not set(range(s - 1, s + 6)) & keep:
            keep |= set(range(s, s + 5))
    return sorted(keep)


selection = [(d, sample(d, 70)) for d in sif] + [(d, sample(d, option('--presif-units', 70))) for d in presif] + [(d, sample(d, 90)) for d in letters]
selection = [(d, idx) for d, idx in selection if idx]
if not collect:
    sampling.write_documents(os.path.join(ann_dir, f'documents-{wave}.csv'), selection, facts, units, lambda d: d.split('/')[-1][:4])
    os.makedirs(os.path.join(out, 'text'), exist_ok=True)
    sampling.write_batches(selection, units, out, prefix, 'Annotation batch', option('--batch-size', 380))
else:
    sampling.collect(out, prefix, wave, ann_dir)
