#!/usr/bin/env python3
"""Collects the blind test set's two independent readings, measures their agreement, writes the disputes to settle,
and, once settled, the gold labels (keys and labels only: no report text is committed).

  python3 tools/annotation/blind_collect.py WORK_DIR REPO            # readings, agreement, WORK_DIR/disputes/Dnn.md
  python3 tools/annotation/blind_collect.py WORK_DIR REPO --settle   # + gold.jsonl and adjudication.jsonl

WORK_DIR holds all.ids.json and the batches of blind_batches.py, and out/A-Xnn.jsonl, out/B-Xnn.jsonl (the two
readings) and, with --settle, out/S-Dnn.jsonl (the settled disputes: {"id","type","area","themes","note"}).
Writes REPO/corpus/annotations/blind/reading-a.jsonl, reading-b.jsonl, and with --settle gold.jsonl (agreed labels,
and the settled ones where the readings differ) and adjudication.jsonl (every dispute: both readings and the decision).
"""
import collections, glob, json, os, re, sys

work, repo = sys.argv[1], sys.argv[2]
settle = '--settle' in sys.argv
dest = os.path.join(repo, 'corpus/annotations/blind')
TYPES = ['Strength', 'AreaForImprovement', 'Recommendation', 'Neutral']
AREAS = ['Leadership', 'HelpAndProtection', 'ChildrenInCare', 'CareLeavers', 'General']
THEMES = '''EarlyHelp FrontDoor StrategyAndEnquiries Assessment Planning ManagementOversight QualityAssurance Workforce
VoiceOfChild Permanence Placements Education Health ExploitationAndMissing DomesticAbuse DisabledChildren CareLeaverSupport
Partnership CorporateParenting IdentityAndDiversity Recording Timeliness'''.split()
ids = json.load(open(os.path.join(work, 'all.ids.json')))


def read(prefix):
    """The labels of one reading (or of the settled disputes), by unit id; stops on any gap or unknown label."""
    labels, problems = {}, []
    for f in sorted(glob.glob(os.path.join(work, 'out', prefix + '-*.jsonl'))):
        for n, line in enumerate(open(f), 1):
            if not line.strip():
                continue
            x = json.loads(line)
            if x['type'] not in TYPES or x['area'] not in AREAS or not set(x.get('themes') or []) <= set(THEMES):
                problems.append(f'{f}:{n}: unknown label {x}')
            labels[x['id']] = {'type': x['type'], 'area': x['area'], 'themes': sorted(set(x.get('themes') or []), key=THEMES.index), 'note': x.get('note')}
    return labels, problems


def kappa(a, b, classes):
    n = len(a)
    po = sum(x == y for x, y in zip(a, b)) / n
    pe = sum((a.count(c) / n) * (b.count(c) / n) for c in classes)
    return (po - pe) / (1 - pe)


a, pa = read('A')
b, pb = read('B')
missing = [i for i in ids if i not in a or i not in b]
if pa or pb or missing:
    sys.exit('\n'.join(pa + pb + [f'{len(missing)} units lack a reading, e.g. {missing[:5]}']))
order = sorted(ids)
for name, reading in (('reading-a', a), ('reading-b', b)):
    with open(os.path.join(dest, name + '.jsonl'), 'w') as fh:
        for i in order:
            r = reading[i]
            fh.write(json.dumps({'document': ids[i]['document'], 'hash': ids[i]['hash'], 'type': r['type'], 'area': r['area'], 'themes': r['themes'], 'annotator': 'agent:blind-' + name[-1]}) + '\n')

ta, tb = [a[i]['type'] for i in order], [b[i]['type'] for i in order]
aa, ab = [a[i]['area'] for i in order], [b[i]['area'] for i in order]
tp = sum(len(set(a[i]['themes']) & set(b[i]['themes'])) for i in order)
themes_f1 = 2 * tp / (sum(len(a[i]['themes']) for i in order) + sum(len(b[i]['themes']) for i in order))
print(f'{len(order)} units, two readings each')
print(f'type agreement {sum(x == y for x, y in zip(ta, tb)) / len(order):.3f} (kappa {kappa(ta, tb, TYPES):.3f})')
print(f'area agreement {sum(x == y for x, y in zip(aa, ab)) / len(order):.3f} (kappa {kappa(aa, ab, AREAS):.3f})')
print(f'themes F1 between readings {themes_f1:.3f}; identical theme sets {sum(a[i]["themes"] == b[i]["themes"] for i in order) / len(order):.3f}')

disputed = [i for i in order if (a[i]['type'], a[i]['area'], a[i]['themes']) != (b[i]['type'], b[i]['area'], b[i]['themes'])]
print(f'{len(disputed)} units disputed: type {sum(a[i]["type"] != b[i]["type"] for i in order)}, area {sum(a[i]["area"] != b[i]["area"] for i in order)}, themes only {sum(a[i]["type"] == b[i]["type"] and a[i]["area"] == b[i]["area"] for i in disputed)}')

# The disputes, in batch order, with the unit's heading, text and context from the batches.
text = {}
for f in sorted(glob.glob(os.path.join(work, 'X*.md'))):
    lines = open(f).read().split('\n')
    doc, context = None, None
    for k, line in enumerate(lines):
        if line.startswith('## '):
            doc = line[3:]
            source = lines[k + 1]
        elif line.startswith('(context, do not label)'):
            context = line
        elif re.match(r'^X\d{5} \|', line):
            text[line.split(' |')[0]] = (doc, source, line, lines[k + 1].strip(), context)
            context = f'(previous unit) {lines[k + 1].strip()}'
os.makedirs(os.path.join(work, 'disputes'), exist_ok=True)
per_file = 200
for n in range(0, len(disputed), per_file):
    out = [f'# Disputes D{n // per_file + 1:02d}']
    for i in disputed[n:n + per_file]:
        doc, source, head, unit, context = text[i]
        r1, r2 = a[i], b[i]
        out += ['', f'{head}   [{doc}; {source.strip("()")}]', f'    {context}', f'    UNIT: {unit}',
                f'    reading 1: {r1["type"]} / {r1["area"]} / {r1["themes"]}', f'    reading 2: {r2["type"]} / {r2["area"]} / {r2["themes"]}']
    open(os.path.join(work, 'disputes', f'D{n // per_file + 1:02d}.md'), 'w').write('\n'.join(out) + '\n')

if settle:
    s, ps = read('S')
    unsettled = [i for i in disputed if i not in s]
    if ps or unsettled:
        sys.exit('\n'.join(ps + [f'{len(unsettled)} disputes unsettled, e.g. {unsettled[:5]}']))
    with open(os.path.join(dest, 'gold.jsonl'), 'w') as gold, open(os.path.join(dest, 'adjudication.jsonl'), 'w') as adj:
        for i in order:
            final = s[i] if i in s else a[i]
            key = {'document': ids[i]['document'], 'hash': ids[i]['hash']}
            gold.write(json.dumps({**key, 'type': final['type'], 'area': final['area'], 'themes': final['themes'], 'annotator': 'settled' if i in s else 'agreed'}) + '\n')
            if i in s:
                adj.write(json.dumps({**key, 'readings': [{k: a[i][k] for k in ('type', 'area', 'themes')}, {k: b[i][k] for k in ('type', 'area', 'themes')}],
                                      'decision': {k: s[i][k] for k in ('type', 'area', 'themes')}, 'note': s[i].get('note')}) + '\n')
    held = collections.Counter((a[i]['type'] == s[i]['type'], b[i]['type'] == s[i]['type']) for i in disputed if a[i]['type'] != b[i]['type'])
    print(f'settled {len(s)} disputes; type disputes settled for reading 1: {held[(True, False)]}, reading 2: {held[(False, True)]}, neither: {held[(False, False)]}')
