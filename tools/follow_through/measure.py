"""Precision and recall of the follow-through matcher against readers.

Run in the folder holding pairs.ids.json (sample_pairs.py), candidates.jsonl and judged/*.jsonl ({"id","same"} per line).
Prints, per reader and for the pairs both readers agree on: precision and recall on the sample, and weighted by how
many candidate pairs each similarity band holds (the sample is stratified by similarity); reader agreement (kappa).
"""
import json,glob,collections
ids=json.load(open('pairs.ids.json'))
readers={}
for f in sorted(glob.glob('judged/*.jsonl')):
    d={}
    for l in open(f):
        l=l.strip()
        if not l: continue
        r=json.loads(l); d[r['id']]=bool(r['same'])
    readers[f.split('/')[-1]]=d
bands=[(0.12,0.22),(0.22,0.30),(0.30,0.40),(0.40,1.01)]
# population per band
pop=collections.Counter()
for l in open('candidates.jsonl'):
    s=float(json.loads(l)['similarity'])
    for b in bands:
        if b[0]<=s<b[1]: pop[b]+=1
below=sum(1 for l in open('candidates.jsonl') if float(json.loads(l)['similarity'])<0.12)
def band(s):
    for b in bands:
        if b[0]<=s<b[1]: return b
def pr(gold):
    tp=sum(1 for i,g in gold.items() if g and ids[i]['match']); fp=sum(1 for i,g in gold.items() if not g and ids[i]['match']); fn=sum(1 for i,g in gold.items() if g and not ids[i]['match'])
    # band-weighted: each band's sampled pairs stand for its population
    n=collections.Counter(band(ids[i]['similarity']) for i in gold)
    w=lambda i: pop[band(ids[i]['similarity'])]/n[band(ids[i]['similarity'])]
    wtp=sum(w(i) for i,g in gold.items() if g and ids[i]['match']); wfp=sum(w(i) for i,g in gold.items() if not g and ids[i]['match']); wfn=sum(w(i) for i,g in gold.items() if g and not ids[i]['match'])
    return dict(n=len(gold),tp=tp,fp=fp,fn=fn,precision=tp/(tp+fp) if tp+fp else None,recall=tp/(tp+fn) if tp+fn else None,
                weighted_precision=wtp/(wtp+wfp) if wtp+wfp else None, weighted_recall=wtp/(wtp+wfn) if wtp+wfn else None,
                same_by_band={f"{b[0]}-{b[1] if b[1]<1 else 1}":f"{sum(1 for i,g in gold.items() if g and band(ids[i]['similarity'])==b)}/{n[b]}" for b in bands})
out={}
for name,d in readers.items():
    out[name]=pr(d)
names=list(readers)
if len(names)>=2:
    a,b=readers[names[0]],readers[names[1]]
    both=[i for i in a if i in b]
    agree=sum(a[i]==b[i] for i in both)
    pa=sum(a[i] for i in both)/len(both); pb=sum(b[i] for i in both)/len(both)
    pe=pa*pb+(1-pa)*(1-pb); po=agree/len(both)
    out['agreement']=dict(pairs=len(both),agree=agree,kappa=(po-pe)/(1-pe) if pe<1 else None)
    agreed={i:a[i] for i in both if a[i]==b[i]}
    out['both_agree']=pr(agreed)
out['population']={f"{b[0]}-{b[1] if b[1]<1 else 1}":pop[b] for b in bands}; out['population_below_0.12']=below
out['authorities']=len(set(ids[i]['authority'] for i in ids))
print(json.dumps(out,indent=1))
