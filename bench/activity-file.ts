/**
 * Generates an activity file (activiteitenregistratie) as a provider's system exports it: Dutch
 * Excel dialect (`;`, UTF-8 BOM, CRLF), realistic spread over municipalities, services, target
 * groups, age categories, life domains and districts. Deterministic for a seed; written in chunks.
 */
import fs from 'node:fs';
import { once } from 'node:events';

const SERVICES = ['Cliëntondersteuning', 'Informatie en advies', 'Huisbezoek', 'Groepsbijeenkomst', 'Telefonisch consult', 'Begeleiding bij aanvraag'];
const TARGET_GROUPS = ['Verstandelijke beperking', 'Lichamelijke beperking', 'Psychische problematiek', 'Ouderen', 'Jeugd', ''];
const AGES = ['0-18', '18-25', '25-65', '65+', ''];
const DOMAINS = ['Wonen', 'Werk en inkomen', 'Zorg', 'Onderwijs', 'Sociale contacten', ''];
const DISTRICTS = ['Noord', 'Oost', 'Zuid', 'West', 'Centrum', ''];

export const ACTIVITY_HEADER = 'datum;gemeenteCode;aanbiederCode;dienst;minuten;doelgroep;leeftijdscategorie;levensdomein;wijk';

export async function writeActivityFile(file: string, rows: number, municipalities: string[], providerCode: string, seed = 1): Promise<number> {
  const out = fs.createWriteStream(file);
  let state = seed >>> 0;
  const next = (n: number) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % n;
  };
  out.write(`\uFEFF${ACTIVITY_HEADER}\r\n`);
  let written = 0;
  while (written < rows) {
    let chunk = '';
    for (let i = 0; i < 5000 && written < rows; i++, written++) {
      const day = 1 + next(28);
      const month = 1 + next(12);
      chunk += `2015-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day};${municipalities[next(municipalities.length)]};${providerCode};${SERVICES[next(SERVICES.length)]};${5 + next(176)};${TARGET_GROUPS[next(TARGET_GROUPS.length)]};${AGES[next(AGES.length)]};${DOMAINS[next(DOMAINS.length)]};${DISTRICTS[next(DISTRICTS.length)]}\r\n`;
    }
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return fs.statSync(file).size;
}
