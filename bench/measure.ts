// Timing helper for the benchmarks: warm up, run several times, report the median wall time.
import { performance } from "node:perf_hooks";

export interface Figure {
  readonly name: string;
  readonly value: string;
}

/** Median wall time in milliseconds of `runs` calls of `fn`, after `warmup` untimed calls. */
export async function medianMs(fn: () => unknown, runs = 7, warmup = 2): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

export const ms = (value: number): string => `${value.toFixed(2)} ms`;
export const perSecond = (count: number, milliseconds: number): string =>
  `${Math.round((count / milliseconds) * 1000).toLocaleString("en-US")} /s`;
