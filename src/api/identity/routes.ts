import type { AppInstance } from '../types.ts';
import { sessionRoutes } from './sessions.ts';
import { userRoutes } from './users.ts';
import { tokenRoutes } from './tokens.ts';
import { oidcRoutes } from './oidc.ts';
import { secondFactorRoutes } from './second-factor.ts';

export async function identityRoutes(app: AppInstance): Promise<void> {
  await app.register(sessionRoutes);
  await app.register(userRoutes);
  await app.register(tokenRoutes);
  await app.register(oidcRoutes);
  await app.register(secondFactorRoutes);
}
