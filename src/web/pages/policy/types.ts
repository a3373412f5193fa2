/** The policy API's JSON, named for the web UI; the shapes come from the OpenAPI document (src/web/api/generated). */
import type { components } from '../../api/generated/openapi.d.ts';

type Schemas = components['schemas'];

export type ApiFramework = Schemas['Afwegingskader'];
export type ApiProvider = Schemas['BeleidAanbieder'];
export type ApiCoverage = Schemas['Dekking'];
export type ApiChecklist = Schemas['WmoChecklist'];
export type ApiRegion = Schemas['RegioOverzicht'];
export type ApiMunicipality = Schemas['Gemeente'];
