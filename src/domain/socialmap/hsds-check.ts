/**
 * Is received HSDS data sound? Two checks, each problem with its JSON path and a Dutch message:
 * 1. against the official HSDS 3.0 JSON schemas (standards/hsds-3/, validated by the caller's ajv);
 * 2. against reality, where the schema allows what cannot be true: a latitude of 100, quotes in a phone
 *    number, a minimum age above the maximum, a Dutch postcode that is none (docs/hsds-profile-nl.md).
 * The official examples hold such placeholders on purpose; an importer must say so, not crash or drop them.
 */
import { formatPath, isObject, kindOfObject, tableOf, TABLE_SCHEMA, type HsdsIssue, type Json, type Path, type Shape } from './hsds-shapes.ts';

/** One schema error as ajv reports it, its path already split. */
export interface SchemaError {
  path: Path;
  keyword: string;
  params: Record<string, unknown>;
}
/** Validates `data` against a schema file of standards/hsds-3/ (e.g. `service.json`). */
export type SchemaCheck = (schemaFile: string, data: unknown) => SchemaError[];

const TYPE_NAMES: Record<string, string> = { string: 'tekst', number: 'een getal', integer: 'een heel getal', boolean: 'waar of onwaar', array: 'een lijst', object: 'een object' };
const FORMAT_NAMES: Record<string, string> = {
  uuid: 'een uuid (zoals 3f7b145d-84af-42d7-8fae-eaca714b02b2)',
  email: 'een e-mailadres',
  uri: 'een webadres (zoals https://example.nl)',
  date: 'een datum (JJJJ-MM-DD)',
  'date-time': 'een datum met tijd (ISO 8601)',
  time: 'een tijd (UU:MM:SS)',
};

function schemaMessage(e: SchemaError): string {
  switch (e.keyword) {
    case 'type':
      return `Moet ${TYPE_NAMES[String(e.params.type)] ?? String(e.params.type)} zijn (HSDS 3.0).`;
    case 'format':
      return `Moet ${FORMAT_NAMES[String(e.params.format)] ?? `het formaat ${String(e.params.format)}`} zijn (HSDS 3.0).`;
    case 'enum':
      return `Kies een van: ${((e.params.allowedValues as unknown[]) ?? []).join(', ')} (HSDS 3.0).`;
    case 'required':
      return 'Ontbreekt; HSDS 3.0 vraagt dit veld.';
    case 'minimum':
    case 'exclusiveMinimum':
      return `Te klein (minimaal ${String(e.params.limit)}).`;
    case 'maximum':
    case 'exclusiveMaximum':
      return `Te groot (maximaal ${String(e.params.limit)}).`;
    case 'pattern':
      return 'Heeft niet de vorm die HSDS 3.0 vraagt.';
    default:
      return `Voldoet niet aan HSDS 3.0 (${e.keyword}).`;
  }
}

/** An id cannot be left empty (the row would be lost); any other field can. */
const skippableAt = (path: Path): boolean => path[path.length - 1] !== 'id';

function bySchema(check: SchemaCheck, schemaFile: string, data: unknown, base: Path): HsdsIssue[] {
  return check(schemaFile, data).map((e) => {
    const path = e.keyword === 'required' ? [...base, ...e.path, String(e.params.missingProperty)] : [...base, ...e.path];
    return { path: formatPath(path), message: schemaMessage(e), skippable: e.keyword === 'required' ? path[path.length - 1] !== 'id' : skippableAt(path) };
  });
}

const SINGLE_SCHEMA: Record<string, string> = {
  service: 'service.json', organization: 'organization.json', location: 'location.json', service_at_location: 'service_at_location.json',
  taxonomy: 'taxonomy.json', taxonomy_term: 'taxonomy_term.json',
};

/** Schema problems of data of the given shape. */
export function schemaIssues(input: Json, shape: Shape, check: SchemaCheck): HsdsIssue[] {
  if (shape === 'lijst') {
    const contents = Array.isArray(input.contents) ? input.contents : [];
    return contents.flatMap((item, i) => {
      const kind = isObject(item) ? kindOfObject(item) : undefined;
      return kind ? bySchema(check, SINGLE_SCHEMA[kind]!, item, ['contents', i]) : [];
    });
  }
  if (shape === 'kaart' || shape === 'tabellen' || shape === 'datapakket') {
    return Object.entries(input).flatMap(([key, rows]) => {
      const table = tableOf(key);
      const schema = table ? TABLE_SCHEMA[table] : undefined;
      if (!schema || !Array.isArray(rows)) return [];
      return rows.flatMap((row, i) => bySchema(check, schema, row, [key, i]));
    });
  }
  const kind = kindOfObject(input);
  return kind ? bySchema(check, SINGLE_SCHEMA[kind]!, input, []) : [];
}

// ------------------------------------------------------------------------------------------ reality

/** Digits with the usual separators; an optional + for the country code (ITU-T E.123 notation). */
const PHONE = /^\+?[0-9][0-9 ()\-./]{2,39}$/;
/** Dutch postcode: four digits (not starting with 0), two letters (PostNL; docs/hsds-profile-nl.md). */
const NL_POSTCODE = /^[1-9][0-9]{3} ?[A-Za-z]{2}$/;

function phoneMessage(number: string): string | undefined {
  if (PHONE.test(number.trim())) return undefined;
  const gone = ' Wie het leeg laat, laat dit telefoonnummer weg.';
  if (/["'“”‘’]/.test(number)) return `Het telefoonnummer ${number} bevat aanhalingstekens; die horen niet in een nummer.${gone}`;
  return `${number} is geen telefoonnummer (alleen cijfers, spaties, +, -, haakjes).${gone}`;
}

/**
 * Values the schema allows but reality does not, anywhere in the data. Works on every shape: it looks
 * at objects by the fields they have (a phone is an object under `phones` or a row of phones.csv).
 */
export function realityIssues(input: Json): HsdsIssue[] {
  const issues: HsdsIssue[] = [];
  const add = (path: Path, message: string) => issues.push({ path: formatPath(path), message, skippable: true });
  const visit = (value: unknown, path: Path, container: string | undefined): void => {
    if (Array.isArray(value)) {
      value.forEach((v, i) => visit(v, [...path, i], container));
      return;
    }
    if (!isObject(value)) return;
    const num = (k: string) => (typeof value[k] === 'number' ? (value[k] as number) : undefined);
    const lat = num('latitude');
    if (lat !== undefined && !(lat >= -90 && lat <= 90)) add([...path, 'latitude'], `Een breedtegraad ligt tussen -90 en 90, niet ${lat}.`);
    const lon = num('longitude');
    if (lon !== undefined && !(lon >= -180 && lon <= 180)) add([...path, 'longitude'], `Een lengtegraad ligt tussen -180 en 180, niet ${lon}.`);
    if (container === 'phones' && typeof value.number === 'string') {
      const message = phoneMessage(value.number);
      if (message) add([...path, 'number'], message);
    }
    const min = num('minimum_age');
    const max = num('maximum_age');
    for (const [k, v] of [['minimum_age', min], ['maximum_age', max]] as const) {
      if (v !== undefined && !(v >= 0 && v <= 130)) add([...path, k], `Een leeftijd ligt tussen 0 en 130, niet ${v}.`);
    }
    if (min !== undefined && max !== undefined && min > max) add([...path, 'maximum_age'], `De maximumleeftijd (${max}) is lager dan de minimumleeftijd (${min}).`);
    if (container === 'addresses' && typeof value.postal_code === 'string' && String(value.country ?? '').toUpperCase() === 'NL' && !NL_POSTCODE.test(value.postal_code.trim())) {
      add([...path, 'postal_code'], `${value.postal_code} is geen Nederlandse postcode (zoals 3511 AB).`);
    }
    for (const [k, v] of Object.entries(value)) {
      if (typeof v === 'object' && v !== null) visit(v, [...path, k], Array.isArray(v) ? k : undefined);
    }
  };
  for (const [key, value] of Object.entries(input)) {
    const table = tableOf(key);
    // Rows of a table are the same kind of object as the nested ones: a row of phones.csv is a phone.
    visit(value, [key], table ?? (Array.isArray(value) ? key : undefined));
  }
  // A single document: its own fields (latitude of a location document) count too.
  visit({ ...Object.fromEntries(Object.entries(input).filter(([, v]) => typeof v !== 'object' || v === null)) }, [], undefined);
  return issues;
}

// ------------------------------------------------------------------------------------------ leaving fields empty

const parsePath = (path: string): Path => {
  const out: Path = [];
  const re = /\.([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]|\['([^']*)'\]/g;
  for (const m of path.slice(1).matchAll(re)) out.push(m[1] ?? (m[2] !== undefined ? Number(m[2]) : m[3]!));
  return out;
};

/** A phone is nothing without its number: leaving the number empty leaves the phone out. */
const dropsObject = (tokens: Path): boolean => tokens[tokens.length - 1] === 'number' && typeof tokens[tokens.length - 2] === 'number' && /^phones(\.csv)?$/.test(String(tokens[tokens.length - 3]));
const GONE = Symbol('gone');

/** The data with the fields at these paths removed ("left empty"); the input itself is not changed. */
export function withoutFields(input: Json, paths: readonly string[]): Json {
  const copy = structuredClone(input);
  const emptied: unknown[][] = [];
  for (const path of paths) {
    const tokens = parsePath(path);
    const drop = dropsObject(tokens);
    if (drop) tokens.pop();
    const last = tokens.pop();
    let at: unknown = copy;
    for (const t of tokens) at = isObject(at) || Array.isArray(at) ? (at as Record<string | number, unknown>)[t] : undefined;
    if (isObject(at) && typeof last === 'string') delete at[last];
    else if (Array.isArray(at) && typeof last === 'number' && last < at.length) {
      // Marked first and filtered at the end, so the indexes of the other paths stay right.
      at[last] = GONE;
      emptied.push(at);
    }
  }
  for (const list of emptied) for (let i = list.length - 1; i >= 0; i--) if (list[i] === GONE) list.splice(i, 1);
  return copy;
}

/** Sorts problems in document order: by path, indexes as numbers. */
export function sortIssues<T extends { path: string }>(issues: T[]): T[] {
  const key = (p: string) => parsePath(p);
  return [...issues].sort((a, b) => {
    const x = key(a.path);
    const y = key(b.path);
    for (let i = 0; i < Math.min(x.length, y.length); i++) {
      if (x[i] === y[i]) continue;
      if (typeof x[i] === 'number' && typeof y[i] === 'number') return (x[i] as number) - (y[i] as number);
      return String(x[i]) < String(y[i]) ? -1 : 1;
    }
    return x.length - y.length;
  });
}
