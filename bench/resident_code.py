#!/usr/bin/env python3
"""The server's resident code by crate (issue 13: memory).

usage: python3 bench/resident_code.py PID BINARY [CRATE]

Reads which pages of the running binary's executable mapping are resident (/proc/PID/pagemap,
the present bit; run as root), maps them to the binary's symbols (nm -C -S) and prints the
resident code in MiB by crate, the first path segment of each symbol; with CRATE, also that
crate's functions by resident KiB. A page counts for every symbol on it, so neighbours of hot
code show up too (the kernel maps code 64 KiB around each page fault).
"""
import sys, struct, re, subprocess, collections, bisect
pid, binp = sys.argv[1], sys.argv[2]
maps = []
for l in open(f'/proc/{pid}/maps'):
    p = l.split()
    if len(p) >= 6 and 'treatydesk' in p[5] and 'x' in p[1]:
        a, b = (int(x, 16) for x in p[0].split('-'))
        maps.append((a, b, int(p[2], 16)))
PAGE = 4096
res = []
with open(f'/proc/{pid}/pagemap', 'rb') as f:
    for a, b, off in maps:
        f.seek(a // PAGE * 8)
        data = f.read((b - a) // PAGE * 8)
        for i in range((b - a) // PAGE):
            (v,) = struct.unpack_from('<Q', data, i * 8)
            if v >> 63 & 1:
                res.append(a + i * PAGE - a + off)  # file offset
# symbols: file offset == vaddr for text in PIE? use nm addresses minus segment delta
# get the delta from program headers
ph = subprocess.run(['readelf', '-lW', binp], capture_output=True, text=True).stdout
delta = 0
for l in ph.splitlines():
    p = l.split()
    if p and p[0] == 'LOAD' and 'E' in p[-2]:
        delta = int(p[2], 16) - int(p[1], 16)  # vaddr - offset
syms = []
out = subprocess.run(['nm', '-C', '-S', '--defined-only', binp], capture_output=True, text=True).stdout
for l in out.splitlines():
    p = l.split(None, 3)
    if len(p) == 4 and p[2] in 'tT':
        m = re.match(r'[<&\s]*(?:dyn )?([A-Za-z_][A-Za-z0-9_]*)', p[3])
        syms.append((int(p[0], 16), int(p[1], 16), m.group(1) if m else '?', p[3]))
syms.sort()
addrs = [s[0] for s in syms]
c = collections.Counter(); fn = collections.Counter()
for off in res:
    va = off + delta
    # bytes of each symbol overlapping this page
    i = bisect.bisect_right(addrs, va) - 1
    i = max(i, 0)
    while i < len(syms) and syms[i][0] < va + PAGE:
        s, sz, cr, full = syms[i]
        ov = min(s + sz, va + PAGE) - max(s, va)
        if ov > 0:
            c[cr] += ov
            if len(sys.argv) > 3 and cr == sys.argv[3]: fn[full[:150]] += ov
        i += 1
print('resident text pages', len(res) * PAGE / 2**20, 'MiB')
for k, v in c.most_common(30):
    print(f'{v/2**20:6.2f} {k}')
for k, v in fn.most_common(40):
    print(f'{v/1024:7.1f}K {k}')
