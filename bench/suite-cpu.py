#!/usr/bin/env python3
"""Processor time of a command and everything it starts, by process kind, on a shared machine.

    sudo bench/suite-cpu.py [--out FILE.json] -- COMMAND ARGS...

Wall time measures the machine when other work shares it; CPU-seconds measure the command. The command runs in a
cpuacct cgroup of its own (cgroup v1), whose total is exact; the split by kind samples /proc/PID/stat of the cgroup's
processes twice a second and keeps each process's last sample (a process's final fraction of a second is missed, so
the kinds add up to a little less than the total). "cores_by_10s" is the cgroup's processor time in each 10 s of the
run divided by 10: the cores the command kept busy, where a value well under the machine's cores on a quiet machine is
time a serial chain (or a wait) left a core idle.
"""
import json
import os
import subprocess
import sys
import time

CGROUP_ROOT = "/sys/fs/cgroup/cpuacct"
TICK = os.sysconf("SC_CLK_TCK")


def kind(cmdline: str) -> str:
    if "chromium" in cmdline or "headless_shell" in cmdline:
        for part, name in (("--type=renderer", "chromium renderer"), ("--type=gpu-process", "chromium gpu"),
                           ("--type=utility", "chromium utility"), ("--type=zygote", "chromium zygote")):
            if part in cmdline:
                return name
        return "chromium browser"
    if "Emulation.Web.dll" in cmdline:
        return "child app server"
    if "node" in cmdline.split(" ")[0].rsplit("/", 1)[-1] or "playwright" in cmdline:
        return "playwright driver"
    if "testhost" in cmdline or "Emulation.Tests" in cmdline.split(" ")[0]:
        return "test process"
    if "vstest" in cmdline or " test " in f" {cmdline} " or "dotnet test" in cmdline:
        return "dotnet test / vstest"
    if "pdftoppm" in cmdline:
        return "pdftoppm"
    if "MSBuild" in cmdline or "msbuild" in cmdline or "VBCSCompiler" in cmdline or "Roslyn" in cmdline:
        return "build"
    return "other"


def read(path: str) -> str:
    with open(path) as f:
        return f.read()


def sample(cgroup: str, seen: dict) -> None:
    for pid in read(f"{cgroup}/cgroup.procs").split():
        try:
            stat = read(f"/proc/{pid}/stat")
            fields = stat[stat.rindex(")") + 2:].split()
            cpu = (int(fields[11]) + int(fields[12])) / TICK
            start = fields[19]
            key = (pid, start)
            if key not in seen:
                cmd = read(f"/proc/{pid}/cmdline").replace("\0", " ").strip()
                seen[key] = {"kind": kind(cmd), "cmd": cmd[:200], "cpu": cpu}
            seen[key]["cpu"] = cpu
        except (FileNotFoundError, ProcessLookupError, ValueError, IndexError):
            pass


def cores_by_window(usage: list, window: float) -> list:
    """Mean cores used in each window of the run, from (seconds since start, cumulative CPU-s) samples."""
    cores, mark = [], (0.0, 0.0)
    for at, cpu in usage:
        if at - mark[0] >= window:
            cores.append(round((cpu - mark[1]) / (at - mark[0]), 2))
            mark = (at, cpu)
    return cores


def main() -> int:
    args = sys.argv[1:]
    out = None
    if args[:1] == ["--out"]:
        out, args = args[1], args[2:]
    if args[:1] == ["--"]:
        args = args[1:]
    cgroup = f"{CGROUP_ROOT}/suite-cpu-{os.getpid()}"
    os.mkdir(cgroup)

    def join_cgroup() -> None:
        with open(f"{cgroup}/cgroup.procs", "w") as procs:
            procs.write(str(os.getpid()))

    child = subprocess.Popen(args, preexec_fn=join_cgroup)
    started = time.time()
    loads = []
    seen: dict = {}
    usage = []
    while child.poll() is None:
        sample(cgroup, seen)
        loads.append(os.getloadavg()[0])
        usage.append((time.time() - started, int(read(f"{cgroup}/cpuacct.usage")) / 1e9))
        time.sleep(0.5)
    wall = time.time() - started
    user_sys = read(f"{cgroup}/cpuacct.stat").split()
    user = int(user_sys[1]) / TICK
    system = int(user_sys[3]) / TICK
    total = int(read(f"{cgroup}/cpuacct.usage")) / 1e9
    by_kind: dict = {}
    for p in seen.values():
        k = by_kind.setdefault(p["kind"], {"cpu": 0.0, "processes": 0})
        k["cpu"] += p["cpu"]
        k["processes"] += 1
    report = {
        "command": args, "exit": child.returncode, "wall_s": round(wall, 1),
        "cpu_s": round(total, 1), "user_s": round(user, 1), "system_s": round(system, 1),
        "load_min": round(min(loads, default=0), 1), "load_max": round(max(loads, default=0), 1),
        "cores_by_10s": cores_by_window(usage, 10.0),
        "by_kind": {k: {"cpu_s": round(v["cpu"], 1), "processes": v["processes"]}
                    for k, v in sorted(by_kind.items(), key=lambda kv: -kv[1]["cpu"])},
    }
    text = json.dumps(report, indent=2)
    print(text, file=sys.stderr)
    if out:
        with open(out, "w") as f:
            f.write(text)
    try:
        os.rmdir(cgroup)
    except OSError:
        pass
    return child.returncode


if __name__ == "__main__":
    sys.exit(main())
