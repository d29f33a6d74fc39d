#!/usr/bin/env python3
"""Draws one round of training labels from the units the shipped model flags for review (needsReview: calibrated type
or area confidence below the review threshold), as a council would with `review`, and writes the batches; with
--collect, gathers the labels into corpus/annotations/hand-<wave>.jsonl (keys and labels only).

  cd ../shared/corpus && inspection-miner mine ilacs focused-visits --no-db --out MINED.jsonl
  python3 tools/annotation/review_batches.py MINED.jsonl OUT_DIR REPO [--collect]
      [--wave NAME] [--prefix P] [--seed N] [--units N] [--per-document N] [--batch-size N] [--second N]

Every document of a held-out authority (corpus/annotations/blind/heldout.csv) is left out, and units already labelled
are never shown again. From each remaining document the `--per-document` least confident flagged units are candidates;
`--units` of them are drawn at random (seeded), so every kind and period is drawn in proportion to how many units the
model is unsure of there. The defaults drew hand-review.jsonl (documents-review.csv) with the 0.7.0 model;
`--wave review2 --prefix Q --seed 20261208` drew hand-review2.jsonl with the model `train --calibrate` makes from the
annotations of commit 9c44aec (the 0.7.0 ones and hand-review.jsonl), given to mine with --model; `--wave review3
--prefix P --seed 20261209` drew hand-review3.jsonl with the model shipped at commit 6d96015. A draw is made again
from a checkout of the commit before its labels: later annotation files would leave their units out of the pool. The batches show each unit with
its heading after the unit before it, and the path of the document's full text, as the other batches do. With
--second N, writes OUT/second/S01.md instead: N of the drawn units for an independent second reader (the labels go to
corpus/annotations/second-annotator-<wave>.jsonl, read only by the agreement figures).
"""
import collections, json, os, random, sys

import sampling

mined_file, out, repo = sys.argv[1:4]
collect = '--collect' in sys.argv
option = sampling.option
wave, prefix = option('--wave', 'review'), option('--prefix', 'R')
rng = random.Random(option('--seed', 20261207))
ann_dir = os.path.join(repo, 'corpus/annotations')

units, facts = collections.defaultdict(list), {}
for line in open(mined_file):
    u = json.loads(line)
    if 'unit' not in u:
        continue
    d = u['document']
    units[d].append(u)
    facts[d] = {'authority': u.get('authority') or u.get('authorityAsPrinted'), 'kind': u.get('kind'),
                'framework': u.get('framework'), 'published': u.get('published')}
for us in units.values():
    us.sort(key=lambda u: u['unit'])
# Not this wave's own labels: the draw stays the same after --collect.
labelled = sampling.labelled_units(ann_dir, skip=f'hand-{wave}.jsonl')
held = sampling.held_out(ann_dir)


def confidence(u):
    return min(u['typeConfidence'], u['areaConfidence'])


pool, per_document = [], option('--per-document', 8)
for d in sorted(units):
    if any(d.startswith(p) for p in held):
        continue
    us = units[d]
    flagged = [i for i, u in enumerate(us) if u['needsReview'] and (d, u['hash']) not in labelled]
    flagged.sort(key=lambda i: (confidence(us[i]), i))
    seen_hashes = set()
    for i in flagged:
        if us[i]['hash'] in seen_hashes:
            continue
        seen_hashes.add(us[i]['hash'])
        pool.append((d, i))
        if len(seen_hashes) == per_document:
            break
drawn = rng.sample(pool, min(option('--units', 2000), len(pool)))
chosen = collections.defaultdict(list)
for d, i in drawn:
    chosen[d].append(i)
selection = [(d, sorted(chosen[d])) for d in sorted(chosen)]
rng.shuffle(selection)

second = option('--second', 0)
if second and collect:
    ids = json.load(open(os.path.join(out, 'second', 'all.ids.json')))
    rows = [sampling.label_row(ids, x, f'agent:{wave}-second')
            for x in map(json.loads, filter(str.strip, open(os.path.join(out, 'second', 'out', 'S01.jsonl'))))]
    if {r['hash'] for r in rows} != {v['hash'] for v in ids.values()}:
        sys.exit('the second reading does not label every unit of its batch once')
    sampling.write_labels(os.path.join(ann_dir, f'second-annotator-{wave}.jsonl'), rows)
    print(len(rows), 'second-reader labels written')
elif second:
    # An independent second reading of a random sample of the drawn units, to report agreement (never trained on).
    chosen = collections.defaultdict(list)
    for d, i in sorted(rng.sample(drawn, second)):
        chosen[d].append(i)
    os.makedirs(os.path.join(out, 'second'), exist_ok=True)
    if not os.path.exists(os.path.join(out, 'second', 'text')):
        os.symlink(os.path.join(os.path.abspath(out), 'text'), os.path.join(out, 'second', 'text'))
    sampling.write_batches([(d, chosen[d]) for d in sorted(chosen)], units, os.path.join(out, 'second'), 'S',
                           'Annotation batch', second + 1)
elif not collect:
    sampling.write_documents(os.path.join(ann_dir, f'documents-{wave}.csv'), sorted(selection), facts, units,
                             lambda d: (facts[d].get('published') or '')[:4] or d.split('/')[-1][:4])
    os.makedirs(os.path.join(out, 'text'), exist_ok=True)
    for d, _ in selection:
        with open(os.path.join(out, 'text', d.replace('/', '__') + '.txt'), 'w') as fh:
            section = None
            for u in units[d]:
                if u['section'] != section:
                    section = u['section']
                    fh.write(f"\n[section: {section or '-'} | {u['sectionKind']}]\n")
                fh.write(f"p{u['page']} {u['text']}\n")
    sampling.write_batches(selection, units, out, prefix, 'Annotation batch', option('--batch-size', 200))
else:
    sampling.collect(out, prefix, wave, ann_dir)
