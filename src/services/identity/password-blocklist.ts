import { createRequire } from 'node:module';

/**
 * A blocklist check for new passwords (NIST SP 800-63B §3.1.1.2, NCSC): refuse passwords that are
 * known from breaches and common-password lists, instead of composition rules. The list is the
 * zxcvbn-ts common-passwords dictionary (≈ 49,000 passwords from breach corpora), loaded on first
 * use (it is large; most processes never set a password), plus words that fit this service.
 */
const require = createRequire(import.meta.url);
let blocklist: Set<string> | undefined;

/** Words an attacker tries first against Naast: the service, the sector, Dutch standard passwords. */
const CONTEXT_WORDS = [
  'naast', 'wachtwoord', 'welkom', 'welkom01', 'gemeente', 'clientondersteuning', 'clientondersteuner',
  'wmo', 'jeugdwet', 'sociaalteam', 'wijkteam', 'geheim', 'inloggen', 'beheerder', 'zomer', 'winter',
  'lente', 'herfst', 'voorjaar', 'najaar', 'maandag', 'vrijdag', 'nederland', 'amsterdam', 'rotterdam', 'utrecht',
];

function list(): Set<string> {
  if (!blocklist) {
    const { dictionary } = require('@zxcvbn-ts/language-common') as { dictionary: Record<string, string[]> };
    blocklist = new Set([...(dictionary['passwords-common'] ?? []), ...CONTEXT_WORDS]);
  }
  return blocklist;
}

/** Common substitutions undone (p@ssw0rd → password), so a decorated common password is still found. */
const UNLEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i' };

/**
 * The forms of a password that are checked: as typed (lower case), without the digits and symbols
 * people add at the start or end to pass a length rule (Welkom2024!!!! → welkom), with common letter
 * substitutions undone, without spaces and separators, and a word repeated (zomer-zomer-zomer → zomer).
 */
function candidates(password: string): string[] {
  const lower = password.toLowerCase().normalize('NFKC');
  const core = lower.replace(/^[\d\W_]+|[\d\W_]+$/gu, '');
  const forms = new Set([lower, core, [...lower].map((c) => UNLEET[c] ?? c).join(''), [...core].map((c) => UNLEET[c] ?? c).join('')]);
  for (const form of [...forms]) forms.add(form.replace(/[\s\W_]+/gu, '')); // pass word 1 → password1
  for (const form of [...forms]) {
    const repeated = /^(.+?)\1+$/u.exec(form);
    if (repeated) forms.add(repeated[1]!);
  }
  return [...forms].filter(Boolean);
}

/** True when the password (or an obvious variant of it) is on the blocklist, or is one character repeated. */
export function isCommonPassword(password: string, context: string[] = []): boolean {
  const forms = candidates(password);
  if (forms.some((f) => f.length > 0 && new Set(f).size <= 2)) return true;
  const own = context.map((c) => c.toLowerCase()).filter((c) => c.length >= 3);
  const blocked = list();
  return forms.some((f) => blocked.has(f) || own.includes(f));
}
