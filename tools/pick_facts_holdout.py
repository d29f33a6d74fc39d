"""Picks the documents held out from writing the fact rules: 40 reports spread over every framework and year
(stratified by the manifest's year and the baseline framework) and 24 letters, with a fixed seed.

Usage: python3 tools/pick_facts_holdout.py ../shared/corpus facts.jsonl > docs/facts-holdout.csv
"""
import collections, json, random, sys

corpus, facts = sys.argv[1], sys.argv[2]
rng = random.Random(20261204)
# Documents that cannot be read (a saved HTML page) are no documents to check.
rows = [r for r in (json.loads(l) for l in open(facts)) if r['error'] is None]
reports = [r for r in rows if '/ilacs/' in r['path']]
letters = [r for r in rows if '/focused-visits/' in r['path']]
strata = collections.defaultdict(list)
for r in sorted(reports, key=lambda r: r['path']):
    year = r['path'].rsplit('/', 1)[1][:4]
    strata[(r['framework'] or 'None', year)].append(r)
picked = []
keys = sorted(strata)
# One from each framework-year first, then at random from the rest until 40.
for k in keys:
    picked.append(rng.choice(strata[k]))
rest = [r for r in sorted(reports, key=lambda r: r['path']) if r not in picked]
picked += rng.sample(rest, 40 - len(picked))
picked += rng.sample(sorted(letters, key=lambda r: r['path']), 24)
print('path,collection,year')
for r in sorted(picked, key=lambda r: r['path']):
    rel = r['path'].split('corpus/', 1)[1]
    print(f"{rel},{rel.split('/')[0]},{rel.rsplit('/', 1)[1][:4]}")
