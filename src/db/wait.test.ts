import { describe, expect, it } from 'vitest';
import { waitForDatabase } from './wait.ts';

const refused = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });

describe('waitForDatabase', () => {
  it('tries again with doubling pauses while the database is away, logging once per attempt', async () => {
    const pauses: number[] = [];
    const lines: string[] = [];
    let calls = 0;
    const result = await waitForDatabase(
      async () => {
        if (++calls < 5) throw refused();
        return 'open';
      },
      { log: (l) => lines.push(l), firstDelayMs: 1000, maxDelayMs: 4000, sleep: async (ms) => void pauses.push(ms) },
    );
    expect(result).toBe('open');
    expect(pauses).toEqual([1000, 2000, 4000, 4000]);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/Database niet bereikbaar \(poging 1, unreachable/);
  });

  it('does not wait for an error that waiting cannot fix', async () => {
    const wrongPassword = Object.assign(new Error('password authentication failed'), { code: '28P01' });
    await expect(waitForDatabase(() => Promise.reject(wrongPassword), { log: () => undefined, sleep: async () => undefined })).rejects.toBe(wrongPassword);
  });
});
