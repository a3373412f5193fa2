/** Nearest-rank percentile of sorted values, rounded to 0.1 ms. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const value = sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
  return Math.round(value * 10) / 10;
}

/** Peak resident memory of a process while `work` runs, sampled from /proc every 20 ms (Linux). */
export async function peakRss<T>(pid: number, work: () => Promise<T>): Promise<{ value: T; baselineMb: number; peakMb: number }> {
  const fs = await import('node:fs');
  const rss = () => {
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
      return m ? Number(m[1]) / 1024 : 0;
    } catch {
      return 0;
    }
  };
  const baselineMb = rss();
  let peakMb = baselineMb;
  const timer = setInterval(() => (peakMb = Math.max(peakMb, rss())), 20);
  try {
    const value = await work();
    peakMb = Math.max(peakMb, rss());
    return { value, baselineMb: Math.round(baselineMb), peakMb: Math.round(peakMb) };
  } finally {
    clearInterval(timer);
  }
}
