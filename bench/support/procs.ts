// CPU and memory of processes from /proc (Linux only): per-process CPU share over a window, RSS.
import { readdirSync, readFileSync } from 'node:fs';

const CLK_TCK = 100; // USER_HZ on Linux

/** utime + stime of a process in seconds, or null when it is gone / not readable. */
export function cpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command (which may contain spaces) start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLK_TCK;
  } catch {
    return null;
  }
}

/** VmRSS in MiB, or null. */
export function rssMiB(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** Pids whose command name (/proc/<pid>/comm) equals `comm`, e.g. every PostgreSQL backend. */
export function pidsByComm(comm: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === comm) pids.push(Number(entry));
    } catch {
      // gone
    }
  }
  return pids;
}

/** Total CPU seconds the whole machine has spent busy (all cores), from /proc/stat. */
export function machineBusySeconds(): { busy: number; total: number } {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!;
  const v = line.trim().split(/\s+/).slice(1).map(Number);
  const idle = (v[3] ?? 0) + (v[4] ?? 0);
  const total = v.reduce((s, x) => s + x, 0);
  return { busy: (total - idle) / CLK_TCK, total: total / CLK_TCK };
}

export type ProcessGroups = Record<string, () => number[]>;

export interface CpuWindow {
  /** Seconds of wall time the window lasted. */
  wallSeconds: number;
  /** Per group: CPU used as % of one core (200 % = both cores of a 2-core machine). */
  pctOfCore: Record<string, number>;
  /** Whole machine busy %, of all cores (includes other users of the machine). */
  machineBusyPct: number;
}

/**
 * Measures CPU per process group between start() and stop(). Groups are resolved at both ends
 * (PostgreSQL backends come and go; a backend that ended inside the window is not counted).
 */
export function cpuMeter(groups: ProcessGroups): { stop(): CpuWindow } {
  const snapshot = () => {
    const out: Record<string, Map<number, number>> = {};
    for (const [name, pids] of Object.entries(groups)) {
      const m = new Map<number, number>();
      for (const pid of pids()) {
        const s = cpuSeconds(pid);
        if (s !== null) m.set(pid, s);
      }
      out[name] = m;
    }
    return out;
  };
  const t0 = performance.now();
  const m0 = machineBusySeconds();
  const s0 = snapshot();
  return {
    stop() {
      const s1 = snapshot();
      const m1 = machineBusySeconds();
      const wallSeconds = (performance.now() - t0) / 1000;
      const pctOfCore: Record<string, number> = {};
      for (const name of Object.keys(groups)) {
        let used = 0;
        for (const [pid, end] of s1[name]!) used += end - (s0[name]!.get(pid) ?? 0);
        pctOfCore[name] = wallSeconds > 0 ? (100 * used) / wallSeconds : 0;
      }
      const machineBusyPct = m1.total > m0.total ? (100 * (m1.busy - m0.busy)) / (m1.total - m0.total) : 0;
      return { wallSeconds, pctOfCore, machineBusyPct };
    },
  };
}

/** Samples VmRSS of one pid every `intervalMs` until stopped; returns max and last. */
export function rssSampler(pid: () => number | null, intervalMs = 1000): { stop(): { maxMiB: number; lastMiB: number; samples: number } } {
  let maxMiB = 0;
  let lastMiB = 0;
  let samples = 0;
  const take = () => {
    const p = pid();
    const v = p ? rssMiB(p) : null;
    if (v !== null) {
      lastMiB = v;
      maxMiB = Math.max(maxMiB, v);
      samples += 1;
    }
  };
  take();
  const timer = setInterval(take, intervalMs);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      take();
      return { maxMiB, lastMiB, samples };
    },
  };
}
