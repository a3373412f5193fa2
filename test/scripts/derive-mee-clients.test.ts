import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import fs from 'node:fs';
import { deriveClientCounts, deriveShares } from '../../src/domain/budget/index.ts';

const dir = path.join(import.meta.dirname, '../../data/reference/2014');
const read = (file: string) => parse(fs.readFileSync(path.join(dir, file), 'utf8'), { delimiter: ';', columns: true }) as Record<string, string>[];

describe('data/reference/2014/mee-clients-2013.csv', () => {
  const bijlage5 = read('municipalities-2013.csv');
  const clients = read('mee-clients-2013.csv');

  it('is what the derivation gives from Bijlage 5: whole numbers, one total per organisation, 94,848 in all', () => {
    const derived = deriveClientCounts(
      deriveShares(bijlage5.map((r) => ({ municipalityId: r.naam!, organisationId: r.mee_code!, clientSupportCents: Number(r.budget_mee_eur) * 100, ivhCents: Number(r.budget_ivh_eur) * 100 }))),
    );
    expect(derived.every((o) => o.totalClients !== null)).toBe(true);
    const byName = new Map(derived.flatMap((o) => o.rows.map((r) => [r.municipalityId, r.clients] as const)));
    expect(clients).toHaveLength(408);
    for (const row of clients) expect(Number(row.clienten_2013)).toBe(byName.get(row.naam!));
    expect(clients.reduce((a, r) => a + Number(r.clienten_2013), 0)).toBe(94_848);
    expect(clients.filter((r) => r.binnen_marge === 'nee').map((r) => r.naam).sort()).toEqual(['Bergen op Zoom', 'Leeuwarden', 'Veendam']);
    expect(clients.every((r) => Number(r.afwijking) < 0.011 && r.bron!.startsWith('afgeleid uit Bijlage 5'))).toBe(true);
  });
});
