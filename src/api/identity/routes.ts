import type { AppInstance } from '../types.ts';
import { sessionRoutes } from './sessions.ts';
import { userRoutes } from './users.ts';
import { tokenRoutes } from './tokens.ts';
import { oidcRoutes } from './oidc.ts';

export async function identityRoutes(app: AppInstance): Promise<void> {
  await app.register(sessionRoutes);
  await app.register(userRoutes);
  await app.register(tokenRoutes);
  await app.register(oidcRoutes);
}
