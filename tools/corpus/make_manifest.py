#!/usr/bin/env python3
"""Writes corpus/manifest.csv: one row per document of the real corpus, so it can be rebuilt from Ofsted's site.

Usage (from the repository root, with ../shared beside it):
    python3 tools/corpus/make_manifest.py [CORPUS_ROOT] [OUT]
CORPUS_ROOT defaults to ../shared/corpus and OUT to corpus/manifest.csv. The output is sorted by document and
byte-for-byte reproducible from the same files.

Columns:
    document    path relative to the corpus root (ilacs/..., focused-visits/..., seeds/...), as in
                corpus/annotations/documents.csv
    collection  ilacs, focused-visits or seeds
    authority   local_authority from the collection's own manifest.csv (blank for seeds, which have none)
    urn         Ofsted's unique reference number of the authority, from the same manifest
    published   publication date from the same manifest
    source_url  where Ofsted served the file; only ilacs/manifest.csv records one, so it is blank for every focused
                visit and every seed: those documents cannot be downloaded again by `inspection-miner corpus download`
    bytes       size of the file as it is in the corpus
    sha256      SHA-256 of that file, lowercase hex
    note        anything odd: 'html-error-page' for the ilacs ".pdf" files that are really the HTML page Ofsted
                served instead of a report (kept, since that is what the URL gave), and why a row has no URL
"""
import csv
import hashlib
import os
import sys

COLUMNS = ['document', 'collection', 'authority', 'urn', 'published', 'source_url', 'bytes', 'sha256', 'note']


def digest(path):
    h = hashlib.sha256()
    with open(path, 'rb') as f:
        for block in iter(lambda: f.read(1 << 20), b''):
            h.update(block)
    return h.hexdigest(), os.path.getsize(path)


def looks_like_html(path):
    with open(path, 'rb') as f:
        head = f.read(512).lstrip().lower()
    return head.startswith(b'<!doctype html') or head.startswith(b'<html')


def rows(root):
    for collection in ('ilacs', 'focused-visits'):
        with open(os.path.join(root, collection, 'manifest.csv'), encoding='utf-8', newline='') as f:
            for r in csv.DictReader(f):
                path = os.path.join(root, collection, r['path'])
                sha, size = digest(path)
                url = (r.get('source_url') or '').strip()
                notes = []
                if looks_like_html(path):
                    notes.append('html-error-page')
                if not url:
                    notes.append('no source URL in the ' + collection + ' manifest')
                yield {'document': collection + '/' + r['path'], 'collection': collection,
                       'authority': r['local_authority'], 'urn': r['urn'], 'published': r['published'],
                       'source_url': url, 'bytes': size, 'sha256': sha, 'note': '; '.join(notes)}
    seeds = os.path.join(root, 'seeds')
    for name in sorted(os.listdir(seeds)):
        sha, size = digest(os.path.join(seeds, name))
        yield {'document': 'seeds/' + name, 'collection': 'seeds', 'authority': '', 'urn': '', 'published': '',
               'source_url': '', 'bytes': size, 'sha256': sha, 'note': 'seed text with no source manifest'}


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join('..', 'shared', 'corpus')
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join('corpus', 'manifest.csv')
    all_rows = sorted(rows(root), key=lambda r: r['document'])
    with open(out, 'w', encoding='utf-8', newline='') as f:
        w = csv.DictWriter(f, fieldnames=COLUMNS, lineterminator='\n')
        w.writeheader()
        w.writerows(all_rows)
    print(f'{out}: {len(all_rows)} documents, {sum(1 for r in all_rows if r["source_url"])} with a source URL',
          file=sys.stderr)


if __name__ == '__main__':
    main()
