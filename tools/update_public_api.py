"""Brings src/InspectionMiner/PublicAPI.Unshipped.txt in line with a build log's RS0016/RS0017 diagnostics.

Usage: dotnet build ... 2>&1 | python3 tools/update_public_api.py
"""
import re, sys
path = 'src/InspectionMiner/PublicAPI.Unshipped.txt'
shipped_path = 'src/InspectionMiner/PublicAPI.Shipped.txt'
add, remove = set(), set()
for line in sys.stdin:
    m = re.search(r"error RS0016: Symbol '(.*)' is not part of the declared public API", line)
    if m:
        add.add(m.group(1))
    m = re.search(r"error RS0017: Symbol '(.*)' is part of the declared API, but is either not public or could not be found", line)
    if m:
        remove.add(m.group(1))
for p in (path, shipped_path):
    lines = open(p, encoding='utf-8').read().split('\n')
    kept = [l for l in lines if l not in remove]
    if p == path:
        # Each new line goes where ordinal order puts it among the existing ones, so concurrent edits seldom touch the same lines.
        kept = [l for l in kept if l]
        for a in sorted(add - set(kept)):
            at = next((i for i in range(1, len(kept)) if kept[i] > a), len(kept))
            kept.insert(at, a)
        kept.append('')
    open(p, 'w', encoding='utf-8').write('\n'.join(kept))
print(f'added {len(add)}, removed {len(remove)}')
