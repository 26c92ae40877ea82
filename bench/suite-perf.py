#!/usr/bin/env python3
"""Where a .NET process's processor time goes, from a `perf record -g` sample of it (the suite's test process).

    DOTNET_PerfMapEnabled=1 dotnet test … &            # every .NET process writes /tmp/perf-PID.map (delete them after)
    perf record -F 97 -g -p <vstest's testhost pid> -o perf.data   # follows the xUnit v3 test process it starts
    perf script -i perf.data --show-mmap-events -F comm,pid,tid,ip,sym,dso | bench/suite-perf.py PID

PID is the process to report (the xUnit v3 test executable, a child of the testhost: the one with most samples).
`--ours REGEX` adds our own methods (frames whose name matches, e.g. `Emulation\.`): inclusive, and the innermost of
ours on each stack (what our code spent, in itself and in what it called); bench/mix-perf.sh uses it on the app.
`dotnet-trace collect-linux --profile cpu-sampling` needs the kernel's user_events, which this machine's kernel lacks;
`perf` samples the processor instead. JIT-compiled code lives in a W^X double mapping (memfd:doublemapper), which perf
reports as offsets into the memfd: they are turned back into addresses from the process's own mmap events and named
from its perf map. ReadyToRun code is named by assembly only; libcoreclr has no symbols here.
"""
import bisect
import collections
import re
import sys

pid = sys.argv[1]
ours = re.compile(sys.argv[sys.argv.index("--ours") + 1]) if "--ours" in sys.argv else None
jit = []
for line in open(f"/tmp/perf-{pid}.map", errors="replace"):
    p = line.rstrip("\n").split(" ", 2)
    try:
        if len(p) == 3:
            jit.append((int(p[0], 16), int(p[1], 16), p[2]))
    except ValueError:
        pass  # a line torn by concurrent writers
jit.sort()
jit_starts = [j[0] for j in jit]
offsets, mappings = [], []  # the memfd's executable views: file offset -> (offset, length, address)
MMAP = re.compile(r"PERF_RECORD_MMAP2 (\d+)/\d+: \[0x([0-9a-f]+)\(0x([0-9a-f]+)\) @ (0x[0-9a-f]+|0) .*?\]: \S+ (.*)$")


def jit_name(address):
    i = bisect.bisect_right(jit_starts, address) - 1
    return jit[i][2] if i >= 0 and address < jit[i][0] + jit[i][1] else "[JIT code, unnamed]"


def mapped(start, length, offset):
    end = offset + length
    i = bisect.bisect_left(offsets, offset)
    j = i
    while j < len(mappings) and mappings[j][0] < end:
        j += 1
    if i > 0 and mappings[i - 1][0] + mappings[i - 1][1] > offset:
        i -= 1
    del offsets[i:j], mappings[i:j]
    offsets.insert(i, offset)
    mappings.insert(i, (offset, length, start))


def address_of(offset):
    i = bisect.bisect_right(offsets, offset) - 1
    return mappings[i][2] + offset - mappings[i][0] if i >= 0 and offset < mappings[i][0] + mappings[i][1] else 0


samples, current = [], None
for line in sys.stdin:
    if "PERF_RECORD_MMAP2" in line:
        m = MMAP.search(line)
        if m and m.group(1) == pid and "doublemapper" in m.group(5):
            mapped(int(m.group(2), 16), int(m.group(3), 16), int(m.group(4), 16))
        continue
    if not line.strip():
        continue
    if not line.startswith("\t"):
        if current:
            samples.append(current)
        head = line.split()
        owner = next((h.split("/")[0] for h in head if "/" in h), "?")
        current = (re.sub(r"\s+\d+/\d+\s*$", "", line.strip()), [], owner)
        continue
    raw = line.strip()
    if "doublemapper" in raw:
        current[1].append(("jit", jit_name(address_of(int(raw.split()[0], 16)))))
    else:
        m = re.match(r"([0-9a-f]+) (.*) \((.*)\)$", raw)
        if m:
            module = m.group(3).rsplit("/", 1)[-1]
            current[1].append(("native", module if m.group(2) == "[unknown]" else f"{module}!{m.group(2).split('+')[0]}"))
if current:
    samples.append(current)

samples = [s for s in samples if s[2] == pid and s[1]]
n = len(samples)
print(f"{n} samples of process {pid}")


def show(title, counter, top=20):
    print(title)
    for key, count in counter.most_common(top):
        print(f"  {100 * count / n:5.1f}%  {key[:160]}")


show("by thread:", collections.Counter(s[0] for s in samples), 8)
show("self, by module:", collections.Counter("JIT-compiled code" if f[0][0] == "jit" else f[0][1].split("!")[0] for _, f, _ in samples))
show("self, JIT-compiled methods and stubs:", collections.Counter(f[0][1] for _, f, _ in samples if f[0][0] == "jit"))
WHAT = {
    "JIT compiler on the stack (libclrjit)": r"libclrjit",
    "Host start (Host.StartAsync)": r"Internal.Host::StartAsync|Host\+<StartAsync>",
    "Razor component endpoints built (RazorComponentEndpointDataSource)": r"RazorComponentEndpointDataSource",
    "SignalR hub set up (HubConnectionHandler ctor: ObjectMethodExecutor compiles each hub method)": r"HubConnectionHandler`1\S*::\.ctor",
    "Expression.Compile (LambdaCompiler)": r"LambdaCompiler|Expression\S*::Compile\(",
    "EF Core query compilation": r"QueryCompil|ShapedQueryCompilingExpressionVisitor",
    "EF Core SaveChanges": r"DbContext::SaveChanges|DbContext\+<SaveChangesAsync>",
    "EF migrations": r"Migrat",
    "DI resolution (ServiceProvider.GetService)": r"ServiceProvider::GetService",
    "Razor/Blazor rendering (Renderer)": r"RenderTree\.Renderer::|HtmlRenderer",
    "bUnit": r"Bunit",
    "SQLite (native)": r"libe_sqlite3",
    "System.Text.Json": r"System\.Text\.Json",
    "ClosedXML / Open XML (Excel, Word)": r"ClosedXML|OpenXml|DocumentFormat",
    "PDF (QuestPDF, Skia)": r"QuestPDF|Skia",
    "password hashing (PasswordHasher, PBKDF2)": r"PasswordHasher|Pbkdf2|Rfc2898",
    "timers (TimerQueue.FireNextTimers)": r"TimerQueue::FireNextTimers",
}
inclusive = collections.Counter()
for _, frames, _ in samples:
    for what, pattern in WHAT.items():
        if any(re.search(pattern, name) for _, name in frames):
            inclusive[what] += 1
show("inclusive (a sample counts for each of these its stack holds):", inclusive, len(WHAT))

if ours:
    def our_frames(frames):
        return [name for kind, name in frames if kind == "jit" and ours.search(name)]

    def method(name):  # without its code's tier ([OptimizedTier1], [PreJIT]...)
        return re.sub(r"\[\w+\]$", "", name)

    mine = [our_frames(f) for _, f, _ in samples]
    show("ours, inclusive (a method counts once per stack):",
         collections.Counter(m for names in mine for m in {method(n) for n in names}), 40)
    show("ours, the innermost of ours on each stack (itself and the framework it called):",
         collections.Counter(method(names[0]) if names else "(none of ours on the stack)" for names in mine), 40)
