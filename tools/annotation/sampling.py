"""What the batch scripts share: their options, which units are labelled already and which documents are held out, which
units of a document go to annotators, the list of selected documents, how a batch shows them (each run of units after
the unit before it, as context), and how the labels come back into corpus/annotations."""
import csv, glob, json, os, sys


def option(name, default):
    """The value given after `name` on the command line, as the type of `default`; `default` when it is not given."""
    return type(default)(sys.argv[sys.argv.index(name) + 1]) if name in sys.argv else default


def labelled_units(ann_dir, skip=None):
    """(document, hash) of every unit a hand*.jsonl file of `ann_dir` labels, the file named `skip` left out."""
    labelled = set()
    for f in glob.glob(os.path.join(ann_dir, 'hand*.jsonl')):
        if os.path.basename(f) != skip:
            labelled |= {(x['document'], x['hash']) for x in map(json.loads, open(f))}
    return labelled


def held_out(ann_dir):
    """The document path prefixes of the blind test set's authorities (blind/heldout.csv)."""
    return [p for r in csv.DictReader(open(os.path.join(ann_dir, 'blind/heldout.csv'))) for p in r['documents'].split()]


def label_row(ids, x, annotator):
    """The annotation line of a reader's output line `x` for the unit it names in `ids` (keys and labels only)."""
    return {**ids[x['id']], 'type': x['type'], 'area': x['area'], 'themes': sorted(set(x.get('themes') or [])), 'annotator': annotator}


def write_labels(path, rows):
    """Writes annotation lines as JSONL."""
    with open(path, 'w') as fh:
        for r in rows:
            fh.write(json.dumps(r) + '\n')


def collect(out, prefix, wave, ann_dir):
    """Gathers the readers' OUT/out/<prefix>*.jsonl into `ann_dir`/hand-<wave>.jsonl, each unit's first label kept;
    every unit of OUT/all.ids.json must be labelled, and no other."""
    ids = json.load(open(os.path.join(out, 'all.ids.json')))
    rows, seen = [], set()
    for f in sorted(glob.glob(os.path.join(out, 'out', prefix + '*.jsonl'))):
        batch = os.path.basename(f).split('.')[0]
        for x in map(json.loads, filter(str.strip, open(f))):
            if x['id'] not in ids:
                sys.exit(f'{f}: {x["id"]} is not a unit of the batches')
            if x['id'] in seen:
                continue
            seen.add(x['id'])
            rows.append(label_row(ids, x, f'agent:{wave}-' + batch))
    missing = set(ids) - seen
    if missing:
        sys.exit(f'{len(missing)} units unlabelled, e.g. {sorted(missing)[:5]}')
    write_labels(os.path.join(ann_dir, f'hand-{wave}.jsonl'), rows)
    print(len(rows), 'labels written')


def sample(us, rng, runs):
    """Every improvement-list unit of a document's units `us`, plus `runs` random runs of five consecutive units that
    neither touch nor overlap them."""
    keep = {i for i, u in enumerate(us) if u['sectionKind'] == 'ImprovementList'}
    starts = list(range(0, max(1, len(us) - 5)))
    rng.shuffle(starts)
    picked = 0
    for s in starts:
        if picked == runs:
            break
        span = set(range(s, min(s + 5, len(us))))
        if span & keep or any(i - 1 in keep or i + 1 in keep for i in span):
            continue
        keep |= span
        picked += 1
    return sorted(keep)


def render(d, us, f, when, idx, ids, counter, prefix, show_focus=False):
    """The batch lines of document `d` (units `us`, facts `f`, date `when`) for the units at `idx`; numbers each unit
    `prefix` + counter and records its key in `ids`."""
    header = f"\n## {d} — {f.get('authority')}, {f.get('kind')} ({f.get('framework')}), {f.get('published') or when}"
    lines = [header] if show_focus else [header + "\n"]
    if show_focus and f.get('focus'):
        lines.append(f"(visit focus: {f['focus']})")
    prev = None
    for i in idx:
        u = us[i]
        if prev is None or i != prev + 1:
            lines.append("\n---")
            if i > 0:
                c = us[i - 1]
                lines.append(f"(context, do not label) [{c['section'] or '-'}] {c['text']}")
        prev = i
        counter[0] += 1
        uid = f"{prefix}{counter[0]:05d}"
        ids[uid] = {'document': d, 'hash': u['hash'], 'unit': u['unit']}
        sec = u['sectionKind'] + (f"/{u['sectionArea']}" if u['sectionArea'] and u['sectionKind'] == 'Judgement' else '')
        lines.append(f"{uid} | {sec} | section: {u['section'] or '-'} | p{u['page']}" + (f" ¶{u['paragraph']}" if u['paragraph'] else ''))
        lines.append(f"    {u['text']}")
    return lines


def write_documents(path, selection, facts, units, year):
    """The selected documents with the number of units selected and in all (the committed record of the sample)."""
    with open(path, 'w', newline='') as fh:
        w = csv.writer(fh)
        w.writerow(['document', 'authority', 'kind', 'framework', 'year', 'units_selected', 'units_total'])
        for d, idx in selection:
            f = facts.get(d, {})
            w.writerow([d, f.get('authority'), f.get('kind'), f.get('framework'), year(d), len(idx), len(units[d])])


def write_batches(selection, units, out, prefix, title, size, keys=('document', 'hash')):
    """Splits `selection` ([(document, unit indexes)]) into batches of about `size` units and writes OUT/<prefix>nn.md,
    each unit shown with its page and heading after the unit before its run, each document with the path of its full
    text (OUT/text/...), and OUT/all.ids.json mapping every unit id to the `keys` of its unit ('document' is the
    document's path)."""
    batches, cur, n = [], [], 0
    for d, idx in selection:
        cur.append((d, idx))
        n += len(idx)
        if n >= size:
            batches.append(cur)
            cur, n = [], 0
    if cur:
        batches.append(cur)
    counter, all_ids = 0, {}
    for b, docs in enumerate(batches, 1):
        lines = [f'# {title} {prefix}{b:02d}']
        for d, idx in docs:
            us = units[d]
            lines.append(f"\n## {d}\n(full text of the document, to read for context: {os.path.join(out, 'text', d.replace('/', '__') + '.txt')})")
            prev = None
            for i in idx:
                u = us[i]
                if prev is None or i != prev + 1:
                    lines.append('\n---')
                    if i > 0:
                        lines.append(f"(context, do not label) p{us[i - 1]['page']} {us[i - 1]['text']}")
                prev = i
                counter += 1
                uid = f'{prefix}{counter:05d}'
                all_ids[uid] = {k: d if k == 'document' else u[k] for k in keys}
                lines.append(f"{uid} | p{u['page']} | heading: {u['section'] or '-'}")
                lines.append(f"    {u['text']}")
        open(os.path.join(out, f'{prefix}{b:02d}.md'), 'w').write('\n'.join(lines) + '\n')
        print(f'{prefix}{b:02d}: {sum(len(i) for _, i in docs)} units, {len(docs)} documents')
    json.dump(all_ids, open(os.path.join(out, 'all.ids.json'), 'w'))
    print(len(selection), 'documents;', len(all_ids), 'units')
