"""Derives the library's local-authority table from ../shared/reference/local-authorities.csv.

The source is data-to-insight/ofsted-focused-visit-scrape-tool, import_data/la_lookup/Provider_data_lookup.csv
(MIT licence, (c) data-to-insight; figures from DfE and ONS publications). The derived table keeps, for each
authority: Ofsted URN, DfE LA code, ONS code, a display name, region (ONS code and name), LA type, the DfE statistical
neighbours (LA codes), the names Ofsted and councils print for it, and the dates between which it existed.

Usage: python3 tools/derive_local_authorities.py ../shared/reference/local-authorities.csv \
           > src/InspectionMiner/Facts/local-authorities.csv
"""
import csv, io, sys

# Names printed in documents that the source does not list (each maps to exactly one authority).
EXTRA_ALIASES = {
    '810': ['Hull', 'Kingston upon Hull', 'Hull City'],
    '839': ['BCP', 'Bournemouth, Christchurch & Poole'],
    '801': ['Bristol'],
    '822': ['Bedford'],
    '840': ['County Durham'],
    '391': ['Newcastle'],
    '882': ['Southend'],
    '811': ['East Riding', 'East Riding of Yorkshire'],
    '800': ['Bath & North East Somerset', 'BANES', 'Bath and NE Somerset'],
    '201': ['London Corporation', 'City of London Corporation', 'Corporation of London'],
    '342': ['St Helens'],
    '894': ['Telford & Wrekin'],
    '868': ['Windsor & Maidenhead'],
    '205': ['Hammersmith & Fulham'],
    '846': ['Brighton & Hove'],
    '889': ['Blackburn with Darwen'],
    '420': ['Scilly'],
}
# Display names where the ONS form reads oddly in prose.
DISPLAY = {
    '801': 'Bristol',
    '810': 'Kingston upon Hull',
    '822': 'Bedford',
    '342': 'St Helens',
}
# Authorities replaced by others: (from, until) as ISO dates, empty when open.
PERIODS = {
    '909': ('', '2023-03-31'),   # Cumbria -> Cumberland, Westmorland and Furness
    '942': ('2023-04-01', ''),
    '943': ('2023-04-01', ''),
    '928': ('', '2021-03-31'),   # Northamptonshire -> North Northamptonshire, West Northamptonshire
    '940': ('2021-04-01', ''),
    '941': ('2021-04-01', ''),
    '836': ('', '2019-03-31'),   # Poole -> Bournemouth, Christchurch and Poole
    '839': ('2019-04-01', ''),
}
# ONS codes of the replaced authorities, which the source leaves blank.
FORMER_ONS = {'909': 'E10000006', '928': 'E10000021', '836': 'E06000029'}
# Successors of replaced authorities.
SUCCESSORS = {'909': '942;943', '928': '940;941', '836': '839'}

rows = list(csv.DictReader(open(sys.argv[1], encoding='utf-8-sig')))
out = io.StringIO()
out.write('# Derived from data-to-insight/ofsted-focused-visit-scrape-tool, import_data/la_lookup/Provider_data_lookup.csv\n')
out.write('# (MIT licence, (c) data-to-insight; figures from DfE and ONS publications) by tools/derive_local_authorities.py.\n')
w = csv.writer(out, lineterminator='\n')
w.writerow(['urn', 'la_code', 'ons_code', 'name', 'region_code', 'region', 'la_type', 'statistical_neighbours', 'aliases',
            'from', 'until', 'successors'])
for r in rows:
    code = r['la_code']
    ons = r['la_code_new'] or FORMER_ONS.get(code, '')
    aliases = []
    known = r['also_known_as'].strip().strip('[]')
    if known:
        aliases += ['Bournemouth, Christchurch & Poole', 'BCP'] if 'Bournemouth' in known else [a.strip() for a in known.split(',')]
    aliases += EXTRA_ALIASES.get(code, [])
    # The lower-tier name is an alias only where it is the same place (Cumberland's lists Cumbria).
    if r['ltla23nm'] and r['ltla23nm'] != 'Cumbria':
        aliases.append(r['ltla23nm'])
    name = DISPLAY.get(code, r['local_authority_ons_name'])
    aliases = [a for a in dict.fromkeys(aliases) if a and a != name]
    neighbours = ';'.join(n.strip() for n in r['stat_neighbours'].split(',') if n.strip())
    start, until = PERIODS.get(code, ('', ''))
    w.writerow([r['urn'], code, ons, name, r['rgn22cd'], r['rgn22nm'] or r['region_name'], r['ons_la_type'], neighbours,
                '|'.join(aliases), start, until, SUCCESSORS.get(code, '')])
sys.stdout.write(out.getvalue())
