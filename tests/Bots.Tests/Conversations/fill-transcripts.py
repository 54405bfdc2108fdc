"""Fills the "bot: ?" and "X gets: ?" lines of transcript tests from a saved `dotnet test` output of their InMemory
runs (see Transcript.cs). Extra replies the script did not list become extra "bot:" lines; an empty outbox becomes
"X gets nothing". Read every filled reply before committing: this writes what the bot said, right or wrong."""
# Fills "?" lines of transcript scripts from a dotnet test output: python3 fill.py test.cs output.txt
import re, sys
src, out = sys.argv[1], sys.argv[2]
text = open(out).read()
blocks = {}
for part in text.split("  Failed ")[1:]:
    m = re.match(r"\S+\.(\w+)\(store: InMemory\).*?Write these replies where the script has \"\?\":\n(.*?)\n\s*Stack Trace", part, re.S)
    if m: blocks[m.group(1)] = [l for l in m.group(2).split("\n") if l.strip()]
s = open(src).read()
def fill(name, body):
    entries = blocks.get(name)
    if not entries: return body
    lines = body.split("\n"); res = []
    for line in lines:
        st = line.strip(); ind = line[:len(line)-len(line.lstrip())]
        if st == "bot: ?" or re.match(r"^\S+ gets: \?$", st):
            e = entries.pop(0)
            if st.startswith("bot"):
                res.append(ind + "bot: " + e)
                while entries and entries[0].startswith("(more) "):
                    res.append(ind + "bot: " + entries.pop(0)[7:])
            else:
                who = st[:st.index(" gets")]
                res.append(ind + (who + " gets nothing" if e == "(none)" else who + " gets: " + e))
        else:
            res.append(line)
    return "\n".join(res)
out_s = []; pos = 0
for m in re.finditer(r"public async Task (\w+)\(StoreKind store\) =>\n(.*?)\"\"\"\);", s, re.S):
    out_s.append(s[pos:m.start(2)]); out_s.append(fill(m.group(1), m.group(2))); pos = m.end(2)
out_s.append(s[pos:])
open(src, "w").write("".join(out_s))
