#!/usr/bin/env python3
"""How far can a careful reader decide the judgement area from a unit's text and section heading alone?

The measurement behind the README's "area from text and heading" ceiling. A stratified random sample of 600 hand-labelled
units (seed 20261123) is shown to readers as `ID | heading: ...` and the unit's text, nothing else; their areas are
compared with the gold labels (which were decided with the whole document in view).

  make:  python3 tools/annotation/text_only_reading.py make UNITS.jsonl FACTS.jsonl OUT_DIR
         writes OUT_DIR/T1.md..T3.md (report text: never commit them) and OUT_DIR/key.json
  score: python3 tools/annotation/text_only_reading.py score UNITS.jsonl FACTS.jsonl corpus/annotations/text-and-heading-reader.jsonl
UNITS and FACTS are `inspection-miner units` and `facts` outputs over ../shared/corpus.
"""
import collections, json, random, sys

def rel(p):
    return p.split('/corpus/', 1)[1] if '/corpus/' in p else p

def load(units_file, facts_file):
    units = {}
    for line in open(units_file):
        u = json.loads(line)
        units[(rel(u['document']), u['hash'])] = u
    facts = {rel(f['document']): f for f in map(json.loads, open(facts_file)) if f.get('document')}
    return units, facts

def stratum(document, unit, facts):
    kind = facts.get(document, {}).get('kind')
    if kind in ('FocusedVisit', 'MonitoringVisit'):
        return 'letters'
    if kind == 'CouncilReport':
        return 'council reports'
    return {'Judgement': 'reports: judgement sections', 'ImprovementList': 'reports: improvement lists'}.get(unit['sectionKind'], 'reports: summary and other')

mode, units_file, facts_file = sys.argv[1:4]
units, facts = load(units_file, facts_file)
hand = [json.loads(l) for l in open('corpus/annotations/hand.jsonl')]
if mode == 'make':
    out = sys.argv[4]
    rng = random.Random(20261123)
    rows = list(hand)
    rng.shuffle(rows)
    key = {}
    for b in range(3):
        lines = [f"# Batch T{b + 1}: 200 units. For each, decide the judgement area from the unit's text and its section heading only.\n"]
        for i, h in enumerate(rows[b * 200:(b + 1) * 200]):
            u = units[(h['document'], h['hash'])]
            uid = f"T{b + 1}-{i + 1:03d}"
            key[uid] = {'document': h['document'], 'hash': h['hash']}
            lines.append(f"{uid} | heading: {u['section'] or '-'}\n    {u['text']}\n")
        open(f"{out}/T{b + 1}.md", 'w').write('\n'.join(lines))
    json.dump(key, open(f"{out}/key.json", 'w'))
else:
    gold = {(h['document'], h['hash']): h['area'] for h in hand}
    n, right = collections.Counter(), collections.Counter()
    for line in open(sys.argv[4]):
        r = json.loads(line)
        k = (r['document'], r['hash'])
        for s in (stratum(r['document'], units[k], facts), 'all'):
            n[s] += 1
            right[s] += r['area'] == gold[k]
    for s in sorted(n):
        print(f"| {s} | {n[s]} | {right[s] / n[s]:.3f} |")
