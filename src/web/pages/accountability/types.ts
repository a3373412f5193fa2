/** The accountability API's shapes, named for the web UI; they come from the OpenAPI document (src/web/api/generated). */
import type { components } from '../../api/generated/openapi.d.ts';

type Schemas = components['schemas'];

export type PeriodRow = Schemas['VerantwoordingsPeriode'];
export type State = PeriodRow['status'];
export type Report = Schemas['VerantwoordingsRapportage'];
export type Value = Report['waarden'][string];
export type Template = Schemas['VerantwoordingsSjabloon'];
export type Totals = Schemas['VerantwoordingTotalen'];
export type DashboardRow = Schemas['VerantwoordingDashboardRegel'];
/** GET /verantwoording/mee-informatiepakket/{gemeenteCode}/{jaar} */
export type PackageData = Schemas['MeeInformatiepakket'];
