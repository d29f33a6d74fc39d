#!/usr/bin/env python3
"""Compares `inspection-miner facts` output (JSON lines on stdin) with a corpus manifest.

Usage: inspection-miner facts ../shared/corpus/ilacs | python3 tools/compare_manifest.py ../shared/corpus/ilacs/manifest.csv
Prints agreement per field and every disagreement. The manifest is a third-party scraper's reading:
blank, 'data_unreadable' and the like are not compared.
"""
import csv, json, sys, os, re, collections

manifest_path = sys.argv[1]
root = os.path.dirname(manifest_path)
rows = {r['path']: r for r in csv.DictReader(open(manifest_path, encoding='utf-8'))}
GRADES = {'outstanding': 'Outstanding', 'good': 'Good', 'requires improvement': 'RequiresImprovement',
          'inadequate': 'Inadequate', 'adequate': 'Adequate',
          'not_reported_post_reform': 'NotJudged', 'inspection_pre_dates_judgement': 'NotJudged'}
FIELDS = [('inspection_start', 'inspectionStart'), ('inspection_end', 'inspectionEnd'), ('lead_inspector', 'leadInspector'),
          ('overall_effectiveness', 'overallEffectiveness'), ('impact_of_leaders', 'impactOfLeaders'),
          ('help_and_protection', 'helpAndProtection'), ('children_in_care', 'childrenInCare'), ('care_leavers', 'careLeavers')]

def norm_name(s):
    return re.sub(r'[^a-z]', '', (s or '').lower().replace('&', 'and'))

agree = collections.Counter(); total = collections.Counter(); problems = []
errors = 0; docs = 0
for line in sys.stdin:
    rec = json.loads(line)
    rel = os.path.relpath(rec['document'], root)
    docs += 1
    if rec.get('error'):
        errors += 1
        problems.append((rel, 'error', '', rec['error']))
        continue
    m = rows.get(rel)
    if m is None:
        continue
    for mf, jf in FIELDS:
        expected = (m.get(mf) or '').strip()
        if not expected or expected == 'data_unreadable':
            continue
        got = rec.get(jf)
        if mf in ('overall_effectiveness', 'impact_of_leaders', 'help_and_protection', 'children_in_care', 'care_leavers'):
            exp = GRADES.get(expected.lower())
            if exp is None:
                continue
            ok = got == exp
        elif mf == 'lead_inspector':
            exp = expected; ok = norm_name(got) == norm_name(expected)
        else:
            exp = expected; ok = got == expected
        total[mf] += 1
        if ok:
            agree[mf] += 1
        else:
            problems.append((rel, mf, exp, got))
    # framework kind (standard/short) and authority
    k = (m.get('framework') or '').strip()
    if k in ('standard', 'short'):
        total['kind'] += 1
        exp = 'StandardInspection' if k == 'standard' else 'ShortInspection'
        if rec['kind'] == exp: agree['kind'] += 1
        else: problems.append((rel, 'kind', exp, rec['kind']))
    total['authority'] += 1
    if norm_name(rec['authority']) == norm_name(m['local_authority']): agree['authority'] += 1
    else: problems.append((rel, 'authority', m['local_authority'], rec['authority']))

print(f'documents: {docs}, read errors: {errors}')
for f in sorted(total):
    print(f'{f:22s} {agree[f]:4d}/{total[f]:4d}  {agree[f]/total[f]:.1%}')
for p in problems:
    print('DIFF', *p, sep=' | ')
