import type { Database } from '../../db/client.ts';
import { emptyFramework, type Arrangement, type Framework } from '../../domain/policy/index.ts';
import { loadDemoSocialMap } from '../socialmap/demo.ts';
import { municipalityOrganisations } from './socialmap.ts';
import { getFramework, saveFramework } from './store.ts';

export const DEMO_POLICY_MUNICIPALITY = 'utrecht';

/** Per provider kind of the demo social map: how the demo municipality arranges it (§3.4). */
const DEMO_ARRANGEMENTS: Record<string, Omit<Arrangement, 'organisationId'>> = {
  'sociaal-wijkteam': { deliveryMode: 'opdracht', fundingForm: 'populatie', amountCents: 410_000_000, note: 'Buurtteams per stadsdeel (demo).' },
  mee: { deliveryMode: 'subsidieovereenkomst', fundingForm: 'functie', amountCents: 265_000_000, note: 'Overgang MEE-gelden 2015 (demo).' },
  'steunpunt-ggz': { deliveryMode: 'subsidie', fundingForm: 'functie', amountCents: 48_000_000, note: '' },
  ouderenadviseur: { deliveryMode: 'subsidie', fundingForm: 'functie', amountCents: 31_000_000, note: '' },
  'wmo-loket': { deliveryMode: 'eigen-beheer', fundingForm: 'functie', amountCents: null, note: 'Het loket is onderdeel van de gemeente.' },
  'sociaal-raadslieden': { deliveryMode: 'subsidie', fundingForm: 'product', amountCents: 22_000_000, note: '' },
};

/**
 * A demo framework for Utrecht (NAAST_DEMO=1), on top of the demo social map: district teams with an
 * independent organisation beside them. On purpose incomplete — no statute for the in-house work, no
 * outreach, one funded provider without an arrangement — so the checklist has something to say.
 * Does nothing when Utrecht already has a framework; returns whether it loaded one.
 */
export async function loadDemoPolicy(db: Database): Promise<boolean> {
  const code = DEMO_POLICY_MUNICIPALITY;
  if ((await getFramework(db, code)).version > 0) return false;
  // The framework refers to the demo providers: make sure the demo social map is there (idempotent).
  await loadDemoSocialMap(db);
  const organisations = await municipalityOrganisations(db, code);
  const arrangements: Arrangement[] = [];
  for (const o of organisations) {
    const arrangement = DEMO_ARRANGEMENTS[o.kind];
    if (arrangement && o.municipalityCode === code && !arrangements.some((a) => a.organisationId === o.id)) arrangements.push({ organisationId: o.id, ...arrangement });
  }
  const framework: Framework = {
    ...emptyFramework(code),
    variants: ['sociale-wijkteams', 'onafhankelijke-organisatie'],
    approaches: ['in-stand-houden'],
    scale: 'lokaal-en-regionaal',
    regionalFunding: 'woonplaatsbeginsel',
    arrangements,
    safeguards: [
      { safeguard: 'beroepscode', note: 'De beroepscode staat in de subsidievoorwaarden en het bestek (demo).' },
      { safeguard: 'scheiding-beslissen-ondersteunen', note: 'Consulenten van het Wmo-loket beslissen; de buurtteams en MEE ondersteunen (demo).' },
      { safeguard: 'andere-ondersteuner', note: 'Een verzoek kan bij het Wmo-loket of via de website (demo).' },
      { safeguard: 'voorlichting', note: 'Elke uitnodiging voor een gesprek noemt de gratis cliëntondersteuning (demo).' },
    ],
    channels: [
      { channel: 'telefoon', details: 'ma–vr 8.30–17.00 via 030 000 00 00 (demo)' },
      { channel: 'digitaal', details: 'Online vraag stellen en veelgestelde vragen op de website (demo)' },
      { channel: 'fysiek', details: 'Inloop in de wijkcentra en het stadskantoor (demo)' },
      { channel: 'huisbezoek', details: 'Op afspraak' },
    ],
    notes: 'Demogegevens: Utrecht werkt met buurtteams in alle wijken. Voor specifieke doelgroepen blijven MEE en het Steunpunt GGZ als onafhankelijke organisaties beschikbaar.',
  };
  await saveFramework(db, framework, 0, null);
  return true;
}
