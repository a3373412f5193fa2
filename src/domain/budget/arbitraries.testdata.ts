/** fast-check arbitraries shared by the budget tests (not a test file itself, so importing it registers no tests). */
import fc from 'fast-check';
import type { ClientSupportMember } from './key.ts';
import { rational } from './rational.ts';

/** Members with shares proportional to random counts (inhabitants > 0, clients ≥ 0, at least one client). */
export const arbMembers = (max = 60): fc.Arbitrary<ClientSupportMember[]> =>
  fc
    .array(fc.tuple(fc.integer({ min: 1, max: 900_000 }), fc.integer({ min: 0, max: 20_000 })), { minLength: 1, maxLength: max })
    .filter((xs) => xs.some(([, c]) => c > 0))
    .map((xs) => {
      const inh = xs.reduce((a, [i]) => a + i, 0);
      const cli = xs.reduce((a, [, c]) => a + c, 0);
      return xs.map(([i, c], k) => ({ id: `GM${String(k).padStart(4, '0')}`, inhabitantShare: rational(i, inh), clientShare: rational(c, cli) }));
    });
