/** Timing helpers: medians and 95th percentiles over repetitions, in milliseconds. */

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  if (sorted.length === 0) return Number.NaN
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[rank] as number
}

export const median = (values: number[]) => percentile(values, 50)

export async function time<T>(work: () => Promise<T> | T): Promise<[number, T]> {
  const start = performance.now()
  const value = await work()
  return [performance.now() - start, value]
}

/** Runs `work` `reps` times; answers the durations. */
export async function repeat(
  reps: number,
  work: (rep: number) => Promise<unknown> | unknown,
): Promise<number[]> {
  const durations: number[] = []
  for (let rep = 0; rep < reps; rep += 1) durations.push((await time(() => work(rep)))[0])
  return durations
}

export const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits
