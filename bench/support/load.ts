// Drives requests: timed fetch, closed-loop pools and open-loop paced streams, all bounded.

export interface Timed<T = unknown> {
  /** HTTP status, or 0 when the request failed (connection error, timeout). */
  status: number;
  /** Wall-clock ms (Date.now()) when the request was sent, comparable to database timestamps. */
  startedAt: number;
  /** Round trip in ms (monotonic clock). */
  ms: number;
  body: T | string | null;
  error?: string;
}

export async function timedFetch<T = unknown>(url: string, init: RequestInit & { timeoutMs?: number }, parse: 'json' | 'text' = 'json'): Promise<Timed<T>> {
  const startedAt = Date.now();
  const t0 = performance.now();
  try {
    const res = await fetch(url, { ...init, signal: AbortSignal.timeout(init.timeoutMs ?? 30_000) });
    const text = await res.text();
    const ms = performance.now() - t0;
    let body: T | string | null = text;
    if (parse === 'json' && text) {
      try {
        body = JSON.parse(text) as T;
      } catch {
        body = text;
      }
    }
    return { status: res.status, startedAt, ms, body };
  } catch (error) {
    return { status: 0, startedAt, ms: performance.now() - t0, body: null, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Runs fn over items with at most `concurrency` in flight; items not started before `deadline` (epoch ms) are skipped. */
export async function pool<T, R>(items: readonly T[], concurrency: number, fn: (item: T, index: number) => Promise<R>, deadline = Infinity): Promise<{ results: (R | undefined)[]; started: number; seconds: number }> {
  const results: (R | undefined)[] = new Array(items.length);
  let next = 0;
  const t0 = performance.now();
  const lane = async () => {
    while (next < items.length && Date.now() < deadline) {
      const i = next++;
      results[i] = await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, lane));
  return { results, started: next, seconds: (performance.now() - t0) / 1000 };
}

/**
 * Open loop: starts call i at t0 + i / perSecond whatever the previous answers did (as Twilio does),
 * but never more than `maxInFlight` at once (then it falls behind and says so in `lagMs`).
 * `sendSeconds`: until the last call was started; `seconds`: until the last one answered.
 */
export async function paced<R>(
  count: number,
  perSecond: number,
  maxInFlight: number,
  fn: (index: number) => Promise<R>,
  deadline = Infinity,
): Promise<{ results: (R | undefined)[]; started: number; seconds: number; sendSeconds: number; lagMs: number }> {
  const results: (R | undefined)[] = new Array(count);
  const t0 = performance.now();
  let inFlight = 0;
  let lagMs = 0;
  const running = new Set<Promise<void>>();
  let started = 0;
  for (let i = 0; i < count && Date.now() < deadline; i += 1) {
    const due = t0 + (i * 1000) / perSecond;
    const wait = due - performance.now();
    if (wait > 1) await sleep(wait);
    while (inFlight >= maxInFlight) await Promise.race(running);
    lagMs = Math.max(lagMs, performance.now() - due);
    inFlight += 1;
    started += 1;
    const p: Promise<void> = fn(i).then(
      (r) => {
        results[i] = r;
      },
      () => undefined,
    ).finally(() => {
      inFlight -= 1;
      running.delete(p);
    });
    running.add(p);
  }
  const sendSeconds = (performance.now() - t0) / 1000;
  await Promise.all(running);
  return { results, started, seconds: (performance.now() - t0) / 1000, sendSeconds, lagMs };
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Polls `check` every `intervalMs` until it returns true or `deadline` (epoch ms) passes; returns whether it became true. */
export async function waitUntil(check: () => Promise<boolean>, deadline: number, intervalMs = 1000): Promise<boolean> {
  for (;;) {
    if (await check()) return true;
    if (Date.now() >= deadline) return false;
    await sleep(Math.min(intervalMs, Math.max(0, deadline - Date.now())));
  }
}
