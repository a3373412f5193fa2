import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '../../src/domain/access/index.ts';
import { testEngines } from '../helpers/db.ts';
import { testApp, type TestApp } from '../helpers/app.ts';
import { signIn } from '../helpers/auth.ts';
import { FOREIGN_OF_KIND, OWN, fillUrl, routeParams, sampleOf, type JsonSchema } from './support/routes.ts';

/**
 * Issue 22 §4: the OpenAPI document tells the truth, because generated clients (the web app's and
 * every municipality's) rely on it. Every operation of the published document is called as a
 * generated client would — anonymous, every role in its own organisation, and every role in a
 * foreign one — with real ids, a plausible body and the required query parameters; each answer's
 * status must be declared, its content type declared for that status, and a JSON body must validate
 * against the declared schema.
 */
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

interface MediaType {
  schema?: JsonSchema;
}
interface OpenApiOperation {
  operationId?: string;
  parameters?: { name: string; in: string; required?: boolean; schema?: JsonSchema }[];
  requestBody?: { content: Record<string, MediaType> };
  responses: Record<string, { content?: Record<string, MediaType>; $ref?: string }>;
}
interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: { schemas: Record<string, JsonSchema>; responses?: Record<string, { content?: Record<string, MediaType> }> };
}


/** Safe methods first, sign-out last: a caller that signed out is anonymous for the rest. */
const ORDER: Record<string, number> = { get: 0, post: 1, put: 1, patch: 1, delete: 2 };

for (const engine of testEngines) {
  describe(`the OpenAPI document tells the truth (${engine})`, () => {
    let t: TestApp;
    let doc: OpenApiDocument;
    let params: Record<string, string> = {};
    const callers: [string, Record<string, string>][] = [];
    const ajv = new Ajv({ strict: false, allErrors: false, validateFormats: true });
    addFormats(ajv);
    const validators = new Map<string, ValidateFunction>();

    beforeAll(async () => {
      t = await testApp(engine);
      params = await routeParams(t.test.db);
      doc = (await t.app.inject({ url: '/api/v1/openapi.json' })).json() as OpenApiDocument;
      callers.push(['anonymous', {}]);
      for (const role of ROLES) {
        callers.push([`${role} (own)`, (await signIn(t.test.db, [{ role, organisation: OWN[role] }])).headers]);
        callers.push([`${role} (foreign)`, (await signIn(t.test.db, [{ role, organisation: FOREIGN_OF_KIND[OWN[role].kind] }])).headers]);
      }
    });
    afterAll(async () => t?.close());

    function validatorFor(key: string, schema: JsonSchema): ValidateFunction {
      let validate = validators.get(key);
      if (!validate) {
        // Each schema is compiled as its own root with the document's components beside it, so that
        // "#/components/schemas/…" resolves as it does in the document.
        validate = ajv.compile({ $id: `https://naast.test/${validators.size}`, ...schema, components: doc.components });
        validators.set(key, validate);
      }
      return validate;
    }

    function request(path: string, method: string, op: OpenApiOperation, format?: string) {
      const query = new URLSearchParams(format ? { formaat: format } : {});
      for (const p of op.parameters ?? []) {
        if (p.in === 'query' && p.required) query.set(p.name, String(params[p.name] ?? sampleOf(p.schema, doc.components.schemas)));
      }
      const url = fillUrl(`/api/v1${path.replace(/\{(\w+)\}/g, ':$1')}`, params) + (query.size ? `?${query}` : '');
      const content = op.requestBody?.content ?? {};
      const json = content['application/json'];
      if (json) return { url, payload: JSON.stringify(sampleOf(json.schema, doc.components.schemas) ?? {}), contentType: 'application/json' };
      const other = Object.keys(content)[0];
      if (other) return { url, payload: other.includes('csv') ? 'a;b\n1;2\n' : 'x', contentType: other };
      return { url, payload: undefined, contentType: undefined };
    }

    it('declares every status, content type and body that every operation answers', async () => {
      const operations = Object.entries(doc.paths)
        .flatMap(([path, item]) => Object.entries(item).map(([method, op]) => ({ path, method, op })))
        .sort((a, b) => (ORDER[a.method] ?? 1) - (ORDER[b.method] ?? 1) || Number(/sessies/.test(a.path)) - Number(/sessies/.test(b.path)));
      expect(operations.length).toBeGreaterThan(100);
      const lies: string[] = [];
      let calls = 0;
      let bodiesChecked = 0;
      const formats = (op: OpenApiOperation): (string | undefined)[] => [
        undefined,
        ...((op.parameters ?? []).find((p) => p.in === 'query' && p.name === 'formaat')?.schema?.enum ?? []).map(String),
      ];
      for (const { path, method, op } of operations) {
        for (const [who, headers] of callers) for (const format of formats(op)) {
          const { url, payload, contentType } = request(path, method, op, format);
          const res = await t.app.inject({
            method: method.toUpperCase() as 'GET',
            url,
            payload,
            headers: { ...headers, ...(contentType ? { 'content-type': contentType } : {}) },
          });
          calls++;
          const where = `${method.toUpperCase()} ${path} as ${who} → ${res.statusCode}`;
          const answer = op.responses[String(res.statusCode)] ?? op.responses.default;
          const declared = answer?.$ref ? doc.components.responses?.[answer.$ref.split('/').pop()!] : answer;
          if (!declared) {
            lies.push(`${where}: status not declared (${Object.keys(op.responses).join(', ')})`);
            continue;
          }
          if (res.statusCode === 204 || res.statusCode === 304 || method === 'head') continue;
          const type = String(res.headers['content-type'] ?? '').split(';')[0]!.trim();
          const media = declared.content?.[type];
          if (!media) {
            lies.push(`${where}: content type ${type || '(none)'} not declared (${Object.keys(declared.content ?? {}).join(', ') || 'none'})`);
            continue;
          }
          if (media.schema && /json$/.test(type)) {
            const validate = validatorFor(`${method} ${path} ${res.statusCode} ${type}`, media.schema);
            bodiesChecked++;
            if (!validate(res.json())) lies.push(`${where}: body does not match the schema: ${ajv.errorsText(validate.errors).slice(0, 300)}`);
          }
        }
      }
      expect(calls).toBeGreaterThan(1000);
      expect(bodiesChecked).toBeGreaterThan(500);
      expect(lies).toEqual([]);
    });
  });
}
