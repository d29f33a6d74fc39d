"""Samples candidate pairs of the follow-through matcher for readers to judge.

Input: `inspection-miner follow-through --db corpus.db --format json --candidates > candidates.jsonl`.
Writes pairs.md (texts for the readers, without the matcher's decision) and pairs.ids.json (the decision and
similarity per id, with document paths and unit indices) into the current folder. Pairs are stratified by similarity
(45 in [0.12, 0.22), 75 in [0.22, 0.30), 70 in [0.30, 0.40), 60 from 0.40), one per earlier finding, at most 10 per
authority, seed 17. The texts are report text: keep pairs.md out of the repository.
"""
import collections
import json
import random

rows = [json.loads(line) for line in open("candidates.jsonl", encoding="utf-8")]
random.seed(17)
bands = [(0.12, 0.22, 45), (0.22, 0.30, 75), (0.30, 0.40, 70), (0.40, 1.01, 60)]
chosen, used, per_authority = [], set(), collections.Counter()
for lo, hi, n in bands:
    band = [r for r in rows if lo <= float(r["similarity"]) < hi]
    random.shuffle(band)
    taken = 0
    for r in band:
        key = (r["earlierPath"], r["earlierUnit"])
        if key in used or per_authority[r["authority"]] >= 10:
            continue
        used.add(key)
        per_authority[r["authority"]] += 1
        chosen.append(r)
        taken += 1
        if taken == n:
            break
random.shuffle(chosen)
md = ["# Candidate pairs: does the later finding speak of the same subject as the earlier one?", "",
      "Each pair is an earlier recommendation or area for improvement of an authority's inspection or visit, and one finding of a later "
      "document of the same authority. Judge only: **same subject or not** (the same thing to put right or to have put right, whether "
      "the later text says it is now good, still weak, or asks again). Write one JSON line per pair, {\"id\": \"...\", \"same\": true|false}, "
      "into judged/<your-name>.jsonl.", ""]
ids = {}
for i, r in enumerate(chosen, 1):
    pid = f"P{i:03d}"
    ids[pid] = {"match": r["match"] == "true", "similarity": float(r["similarity"]), "authority": r["authority"],
                "earlier": {"path": r["earlierPath"], "unit": int(r["earlierUnit"])}, "later": {"path": r["laterPath"], "unit": int(r["laterUnit"])}}
    md += [f"## {pid} — {r['authority']}", "",
           f"- Earlier: {r['earlierKind']} of {r['earlierDate']} ({r['earlierPath']}, page {r['earlierPage']}), {r['earlierType']}:",
           f"  > {r['earlierText']}",
           f"- Later: {r['laterKind']} of {r['laterDate']} ({r['laterPath']}, page {r['laterPage']}):",
           f"  > {r['laterText']}", ""]
open("pairs.md", "w", encoding="utf-8").write("\n".join(md))
json.dump(ids, open("pairs.ids.json", "w", encoding="utf-8"), indent=1)
