/**
 * The official HSDS 3.0 JSON schemas (standards/hsds-3/, CC BY-SA 4.0, Open Referral), compiled once
 * with ajv for the import's checks (domain/socialmap/hsds-check.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { SchemaCheck, SchemaError } from '../../domain/socialmap/hsds-check.ts';
import type { Json } from '../../domain/socialmap/hsds-shapes.ts';

export const HSDS_SCHEMA_DIR = path.resolve(import.meta.dirname, '../../../standards/hsds-3');

let compiled: { check: SchemaCheck; schemas: Map<string, Json> } | undefined;

function load(): NonNullable<typeof compiled> {
  // The schemas carry Frictionless keywords (name, constraints, example, core, …): not strict JSON Schema.
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addFormat('csv', true);
  ajv.addFormat('datetime', true);
  const schemas = new Map<string, Json>();
  for (const file of fs.readdirSync(HSDS_SCHEMA_DIR).filter((f) => f.endsWith('.json'))) {
    const schema = JSON.parse(fs.readFileSync(path.join(HSDS_SCHEMA_DIR, file), 'utf8')) as Json;
    schemas.set(file, schema);
    ajv.addSchema(schema, file);
  }
  const validators = new Map<string, ValidateFunction>();
  const check: SchemaCheck = (file, data) => {
    let validate = validators.get(file);
    if (!validate) {
      validate = ajv.getSchema(file);
      if (!validate) return [];
      validators.set(file, validate);
    }
    if (validate(data)) return [];
    const seen = new Set<string>();
    return (validate.errors ?? []).flatMap((e): SchemaError[] => {
      const key = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
      if (seen.has(key)) return [];
      seen.add(key);
      const tokens = e.instancePath.split('/').slice(1).map((t) => (/^\d+$/.test(t) ? Number(t) : t.replace(/~1/g, '/').replace(/~0/g, '~')));
      return [{ path: tokens, keyword: e.keyword, params: e.params as Record<string, unknown> }];
    });
  };
  return { check, schemas };
}

export function hsdsSchemaCheck(): SchemaCheck {
  compiled ??= load();
  return compiled.check;
}

/** The JSON type of each column of a table (from its schema), to read CSV text into values. */
export function columnTypes(schemaFile: string): Map<string, string> {
  compiled ??= load();
  const properties = (compiled.schemas.get(schemaFile)?.properties ?? {}) as Record<string, { type?: string }>;
  return new Map(Object.entries(properties).map(([k, v]) => [k, String(v.type ?? 'string')]));
}
