import type { paths } from './generated/openapi.d.ts';

type Method = 'get' | 'put' | 'post' | 'patch' | 'delete';
type JsonOf<R> = R extends { content: { 'application/json': infer Body } } ? Body : never;
type Success<R> = JsonOf<R[200 & keyof R]> | JsonOf<R[201 & keyof R]>;

/**
 * The JSON body of the successful answer (200 or 201) of an operation in the OpenAPI document, for the
 * calls that take a path with its values already filled in: `useResource<AnswerOf<'/budget/controle'>>(…)`.
 */
export type AnswerOf<P extends keyof paths, M extends Method = 'get'> = paths[P][M] extends { responses: infer R } ? Success<R> : never;
