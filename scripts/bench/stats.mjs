// Timing helpers shared by the benchmark's measures.

export const now = () => performance.now();

export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** The value below which `p` (0..1) of the values fall (nearest rank). */
export function percentile(values, p) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))];
}

/**
 * How many times a whole draft is checked before the timed runs, by Dossier and by its peers
 * alike: a check's functions run once or twice a check (those of Dossier's check thread too),
 * so the JIT needs a few checks to compile them (1.6 s, 0.8, 0.7, 0.55, then about 0.5 s).
 */
export const DRAFT_WARMUP = 3;

/**
 * Runs `fn` `warmup` times to warm up, then `runs` times; returns the median time, every time,
 * and the warm-up's times. A run's time is `fn`'s own when it returns a number (the time of the
 * step measured, without what the run does around it: a heap measure's full collections, writing
 * the changed file), else the whole run's.
 */
export async function timed(runs, fn, { warmup = 1 } = {}) {
  const run = async (i) => {
    const t = now();
    const own = await fn(i);
    return typeof own === 'number' ? own : now() - t;
  };
  const warmupTimes = [];
  for (let i = 0; i < warmup; i++) warmupTimes.push(await run(-1 - i));
  const times = [];
  for (let i = 0; i < runs; i++) times.push(await run(i));
  return { ms: median(times), times, warmupTimes };
}

/**
 * The longest time the event loop went without running a 1 ms timer while `fn` ran: the
 * longest stretch during which nothing else (a keystroke, a hover request) could be served.
 * Wall-clock time, so it includes time the OS gave to other processes; `maxBlockCpuMs` is the
 * process's CPU time during that same stretch (it includes the thread pool's and the GC's).
 */
export async function longestBlock(fn) {
  let max = 0;
  let maxCpu = 0;
  let last = now();
  let lastCpu = process.cpuUsage();
  let live = true;
  let handle;
  const tick = () => {
    const t = now();
    if (t - last > max) {
      max = t - last;
      const cpu = process.cpuUsage(lastCpu);
      maxCpu = (cpu.user + cpu.system) / 1000;
    }
    last = t;
    lastCpu = process.cpuUsage();
    if (live) handle = setTimeout(tick, 1);
  };
  handle = setTimeout(tick, 1);
  try {
    const result = await fn();
    tick();
    return { result, maxBlockMs: max, maxBlockCpuMs: maxCpu };
  } finally {
    live = false;
    clearTimeout(handle);
  }
}

/** Heap in use after a full collection (needs node --expose-gc). */
export function heapUsed() {
  globalThis.gc();
  globalThis.gc();
  // Typed arrays live outside the JS heap (arrayBuffers): the index's postings are there.
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

export const round = (x, digits = 1) => (x === undefined || x === null || Number.isNaN(x) ? null : Math.round(x * 10 ** digits) / 10 ** digits);
