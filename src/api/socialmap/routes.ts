import type { AppInstance } from '../types.ts';
import { manageRoutes } from './manage.ts';
import { publicRoutes } from './public.ts';
import { exchangeRoutes } from './exchange.ts';
import { socialMapPages } from '../pages/socialmap/routes.ts';

/** Social map (sociale kaart): management, public search, HSDS/CSV exchange, FAQ, and the residents' pages. */
export async function socialMapRoutes(app: AppInstance): Promise<void> {
  await app.register(publicRoutes);
  await app.register(manageRoutes);
  await app.register(exchangeRoutes);
  await app.register(socialMapPages);
}
