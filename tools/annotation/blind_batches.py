#!/usr/bin/env python3
"""Selects the blind test set and writes its annotation batches.

  python3 tools/annotation/blind_batches.py UNITS.jsonl OUT_DIR REPO

UNITS is `inspection-miner units` over ../shared/corpus. The blind set is drawn from held-out authorities: every
annotation of a held-out authority is excluded from training and from cross-validation (corpus/annotations/blind/
heldout.csv), so no model, rule or threshold is tuned on them. The documents cover every framework and kind:
2013 (pre-SIF), SIF reports with their LSCB review, an SIF re-inspection, ILACS standard and short inspections,
ILACS 2026, a council report and focused-visit letters of every year 2018-2026.

Writes REPO/corpus/annotations/blind/documents.csv (the committed record of the sample) and, outside the repository,
OUT/Xnn.md batches and OUT/all.ids.json (they hold report text: never commit them). Seed 20261204.
"""
import collections, csv, json, os, random, sys

import sampling

units_file, out, repo = sys.argv[1:4]
rng = random.Random(20261204)
os.makedirs(out, exist_ok=True)

HELD_OUT = ['bournemouth-christchurch-poole', 'brighton-and-hove', 'bury', 'derbyshire', 'enfield', 'gateshead',
            'kent', 'leicestershire', 'northumberland', 'salford', 'somerset', 'tameside', 'west-berkshire',
            'west-northamptonshire', 'westmorland-and-furness', 'windsor-maidenhead']
HELD_OUT_SEEDS = {'seeds/004_5aa3ec0cefff1f0c.txt': 'leicestershire'}
DOCUMENTS = [  # (document, the framework and kind it stands for)
    ('ilacs/kent/2013-08-23.pdf', 'PreSif', 'StandardInspection'),
    *[(d, 'Sif', 'StandardInspection') for d in ['ilacs/windsor-maidenhead/2015-01-01.pdf', 'ilacs/enfield/2015-01-01.pdf',
      'ilacs/gateshead/2016-01-01.pdf', 'ilacs/derbyshire/2014-01-01.pdf', 'ilacs/salford/2015-01-01.pdf']],
    ('ilacs/west-berkshire/2017-01-01.pdf', 'Sif', 'Reinspection'),
    *[(d, 'Ilacs', 'StandardInspection') for d in ['ilacs/windsor-maidenhead/2020-01-01.pdf', 'ilacs/enfield/2019-01-01.pdf',
      'ilacs/tameside/2019-01-01.pdf', 'ilacs/bury/2025-01-01.pdf']],
    *[(d, 'Ilacs', 'ShortInspection') for d in ['ilacs/gateshead/2019-01-01.pdf', 'ilacs/derbyshire/2019-01-01.pdf',
      'ilacs/northumberland/2024-01-01.pdf', 'ilacs/brighton-and-hove/2024-01-01.pdf']],
    ('ilacs/west-northamptonshire/2026-07-07.pdf', 'Ilacs2026', 'StandardInspection'),
    ('ilacs/somerset/2026-06-17.pdf', 'Ilacs2026', 'ShortInspection'),
    ('seeds/004_5aa3ec0cefff1f0c.txt', 'Ilacs', 'CouncilReport'),
    *[(d, 'Ilacs', 'FocusedVisit') for d in [
        'focused-visits/windsor-maidenhead/2018-12-20.pdf', 'focused-visits/gateshead/2018-05-09.pdf',
        'focused-visits/derbyshire/2018-03-22.pdf', 'focused-visits/bournemouth-christchurch-poole/2019-12-18.pdf',
        'focused-visits/west-berkshire/2019-01-17.pdf', 'focused-visits/bournemouth-christchurch-poole/2020-11-27.pdf',
        'focused-visits/brighton-and-hove/2020-03-18.pdf', 'focused-visits/gateshead/2021-10-27.pdf',
        'focused-visits/derbyshire/2022-10-26.pdf', 'focused-visits/west-berkshire/2023-11-07.pdf',
        'focused-visits/kent/2024-02-27.pdf', 'focused-visits/salford/2025-11-13.pdf',
        'focused-visits/westmorland-and-furness/2026-01-12.pdf']],
]
REPORT_UNITS, LETTER_UNITS, MAX_LIST = 70, 80, 20


def rel(p):
    return p.split('/corpus/', 1)[1] if '/corpus/' in p else p


units = collections.defaultdict(list)
for line in open(units_file):
    u = json.loads(line)
    units[rel(u['document'])].append(u)


def resolve(d):
    """A document named by authority and year only (YYYY-01-01) is that authority's one inspection of the year."""
    if d in units:
        return d
    folder, year = d.rsplit('/', 1)[0], d.rsplit('/', 1)[1][:4]
    match = sorted(k for k in units if k.startswith(folder + '/') and k.rsplit('/', 1)[1].startswith(year))
    if len(match) != 1:
        sys.exit(f'{d}: expected one document, found {match}')
    return match[0]


def runs_from(us, keep, pool, n):
    pool = list(pool)
    rng.shuffle(pool)
    for s in pool:
        if n == 0:
            break
        span = set(range(s, min(s + 5, len(us))))
        if span & keep or any(i - 1 in keep or i + 1 in keep for i in span):
            continue
        keep |= span
        n -= 1


def sample(d):
    us = units[d]
    if len(us) <= LETTER_UNITS and not d.startswith('ilacs/'):
        return list(range(len(us)))
    listed = [i for i, u in enumerate(us) if u['sectionKind'] == 'ImprovementList']
    rng.shuffle(listed)
    keep = set(listed[:MAX_LIST])
    lscb = [i for i, u in enumerate(us) if 'LSCB' in (u['section'] or '') or 'Safeguarding Children Board' in (u['section'] or '')]
    if lscb:
        runs_from(us, keep, [i for i in lscb if i + 4 in lscb], 2)
    target = REPORT_UNITS if d.startswith('ilacs/') else LETTER_UNITS
    runs_from(us, keep, range(0, max(1, len(us) - 5)), max(0, (target - len(keep)) // 5))
    return sorted(keep)


strata = {resolve(d): (f, k) for d, f, k in DOCUMENTS}
selection = [(d, sample(d)) for d in strata]
dest = os.path.join(repo, 'corpus/annotations/blind')
os.makedirs(dest, exist_ok=True)
with open(os.path.join(dest, 'heldout.csv'), 'w', newline='') as fh:
    w = csv.writer(fh)
    w.writerow(['authority', 'documents'])
    for a in HELD_OUT:
        w.writerow([a, f'ilacs/{a}/ focused-visits/{a}/' + ''.join(f' {s}' for s, sa in HELD_OUT_SEEDS.items() if sa == a)])
with open(os.path.join(dest, 'documents.csv'), 'w', newline='') as fh:
    w = csv.writer(fh)
    w.writerow(['document', 'framework', 'kind', 'units_selected', 'units_total'])
    for d, idx in selection:
        w.writerow([d, *strata[d], len(idx), len(units[d])])

sampling.write_batches(selection, units, out, 'X', 'Blind annotation batch', 370, keys=('document', 'hash', 'unit'))
