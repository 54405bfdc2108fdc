#!/usr/bin/env python3
"""Redis time per command and per script, from SLOWLOG (logged with slowlog-log-slower-than 0).
Usage: slowlog-summary.py IGNORED PORT. Scripts are named by the first line of their source (SCRIPT lookup is
not available, so the sha is matched against the scripts the server knows via a test EVALSHA-free route:
the caller reads names from the first comment line when the body was sent with EVAL; otherwise the sha)."""
import socket, sys, collections, re

def resp(sock_file):
    line = sock_file.readline()
    t, rest = line[:1], line[1:-2]
    if t == b'*':
        n = int(rest)
        return None if n < 0 else [resp(sock_file) for _ in range(n)]
    if t == b'$':
        n = int(rest)
        if n < 0: return None
        data = sock_file.read(n + 2)[:-2]
        return data
    if t in (b'+', b'-'): return rest
    if t == b':': return int(rest)
    raise ValueError(line)

def cmd(f, s, *args):
    out = b'*%d\r\n' % len(args) + b''.join(b'$%d\r\n%s\r\n' % (len(a), a) for a in (x.encode() if isinstance(x, str) else x for x in args))
    s.sendall(out)
    return resp(f)

port = int(sys.argv[2])
s = socket.create_connection(('127.0.0.1', port)); f = s.makefile('rb')
entries = cmd(f, s, 'SLOWLOG', 'GET', '20000')
agg = collections.defaultdict(lambda: [0, 0])
for e in entries:
    us, args = e[2], e[3]
    name = args[0].decode().lower()
    if name in ('evalsha', 'eval', 'evalsha_ro'):
        name = 'evalsha ' + args[1].decode()[:10] + ' keys=' + args[2].decode()
        if len(args) > 3: name += ' k1=' + re.sub(r'\d+|p[0-9a-z]{12}', '#', args[3].decode())
    elif name in ('slowlog', 'config'): continue
    agg[name][0] += 1; agg[name][1] += us
total = sum(v[0] for v in agg.values())
print(f'slowlog sample: {len(entries)} entries')
for k, (n, us) in sorted(agg.items(), key=lambda kv: -kv[1][1]):
    print(f'{us / max(n,1):8.1f} us/call {n:7d} calls  {us/1000:9.1f} ms  {k}')
