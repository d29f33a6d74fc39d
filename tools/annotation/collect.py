#!/usr/bin/env python3
"""Collects annotators' batch outputs into the project's annotation files (no report text: keys and labels only).

  python3 tools/annotation/collect.py BATCH_DIR OUT_DIR corpus/annotations [WAVE=2]
writes corpus/annotations/hand.jsonl (B* batches), corpus/annotations/second-annotator.jsonl (D* batches) and
corpus/annotations/hand-waveN.jsonl (W* batches of extend_batches.py); a file is written only when its batches exist.
Checks every id of every batch is labelled once and every label name is exactly as in docs/labels.md.
"""
import glob, json, os, sys

batches, outs, dest = sys.argv[1], sys.argv[2], sys.argv[3]
wave = sys.argv[4] if len(sys.argv) > 4 else '2'
TYPES = {'Strength', 'AreaForImprovement', 'Recommendation', 'Neutral'}
AREAS = {'Leadership', 'HelpAndProtection', 'ChildrenInCare', 'CareLeavers', 'General'}
THEMES = set('''EarlyHelp FrontDoor StrategyAndEnquiries Assessment Planning ManagementOversight QualityAssurance Workforce
VoiceOfChild Permanence Placements Education Health ExploitationAndMissing DomesticAbuse DisabledChildren CareLeaverSupport
Partnership CorporateParenting IdentityAndDiversity Recording Timeliness'''.split())
ids = json.load(open(os.path.join(batches, 'all.ids.json')))

def load(prefix):
    rows, problems = [], []
    for f in sorted(glob.glob(os.path.join(outs, prefix + '*.jsonl'))):
        batch = os.path.basename(f).split('.')[0]
        seen = set()
        for n, line in enumerate(open(f), 1):
            if not line.strip():
                continue
            x = json.loads(line)
            uid = x['id']
            if uid in seen:
                problems.append(f'{batch}:{n} duplicate {uid}'); continue
            seen.add(uid)
            if x['type'] not in TYPES or x['area'] not in AREAS or not set(x.get('themes') or []) <= THEMES:
                problems.append(f'{batch}:{n} bad label {x}'); continue
            m = ids[uid]
            rows.append({'document': m['document'], 'hash': m['hash'], 'type': x['type'], 'area': x['area'],
                         'themes': sorted(set(x.get('themes') or []), key=list(THEMES).index if False else str), 'annotator': 'agent:' + (batch if prefix != 'W' or wave == '2' else f'wave{wave}-{batch}'), 'id': uid})
        expected = [l.split(' |')[0] for l in open(os.path.join(batches, batch + '.md')) if l[:1].isupper() and l[1:6].isdigit()]
        missing = set(expected) - seen
        if missing:
            problems.append(f'{batch}: {len(missing)} ids not labelled')
    return rows, problems

for prefix, name in (('B', 'hand.jsonl'), ('D', 'second-annotator.jsonl'), ('W', f'hand-wave{wave}.jsonl')):
    if not glob.glob(os.path.join(batches, prefix + '*.md')):
        continue
    rows, problems = load(prefix)
    for p in problems:
        print('PROBLEM', p, file=sys.stderr)
    with open(os.path.join(dest, name), 'w') as fh:
        for r in rows:
            uid = r.pop('id')
            fh.write(json.dumps({k: r[k] for k in ('document', 'hash', 'type', 'area', 'themes', 'annotator')}, ensure_ascii=False) + '\n')
    print(name, len(rows), 'labels,', len(problems), 'problems')
