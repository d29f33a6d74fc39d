#!/usr/bin/env python3
"""Field accuracy of `inspection-miner facts` against facts read by hand from the held-out documents.

  python3 tools/facts/compare_holdout.py TRUTH.jsonl FACTS.jsonl

TRUTH is corpus/annotations/facts-holdout-truth.jsonl (read by hand; null where the document does not state a fact),
FACTS the facts command's JSON lines for the same documents. A field counts where the reader recorded a value;
inspectors are compared as sets of names (case and spacing folded). Prints accuracy per field and every disagreement.
"""
import json, re, sys

truth = {t['path']: t for t in map(json.loads, open(sys.argv[1]))}
ours = {f['document'].split('/corpus/', 1)[-1]: f for f in map(json.loads, open(sys.argv[2]))}
GRADES = ['overallEffectiveness', 'impactOfLeaders', 'helpAndProtection', 'childrenInCare', 'careLeavers', 'adoption', 'lscb']


def fold(name):
    return re.sub(r'\s+', ' ', (name or '').replace('\u2019', "'")).strip().lower()


fields = {}
def check(field, doc, want, got):
    ok = want == got
    fields.setdefault(field, []).append(ok)
    if not ok:
        print(f'{doc}: {field}: read {want!r}, facts {got!r}')


for doc, t in sorted(truth.items()):
    f = ours.get(doc)
    if f is None:
        print(f'{doc}: no facts'); continue
    check('authority (URN)', doc, t['urn'], f.get('ofstedUrn'))
    check('kind', doc, t['kind'], f.get('kind'))
    check('framework', doc, t['framework'], f.get('framework'))
    for k, ours_k in (('inspection_start', 'inspectionStart'), ('inspection_end', 'inspectionEnd'), ('published', 'published')):
        if t.get(k):
            check(k, doc, t[k], f.get(ours_k))
    if t.get('lead_inspector'):
        check('lead inspector', doc, fold(t['lead_inspector']), fold(f.get('leadInspector')))
    check('inspectors', doc, sorted(map(fold, t['inspectors'])), sorted(map(fold, f.get('inspectors') or [])))
    for g in GRADES:
        check('grade: ' + g, doc, t['grades'][g], f.get(g))
    if 'focus_areas' in t and 'focusAreas' in f and t['kind'] in ('FocusedVisit', 'MonitoringVisit'):
        check('focus areas (letters)', doc, sorted(t['focus_areas']), sorted(f.get('focusAreas') or []))

total = [ok for v in fields.values() for ok in v]
print(f'\n| field | checked | right | accuracy |\n|---|---|---|---|')
for k, v in fields.items():
    print(f'| {k} | {len(v)} | {sum(v)} | {sum(v) / len(v):.3f} |')
print(f'| all fields | {len(total)} | {sum(total)} | {sum(total) / len(total):.3f} |')
