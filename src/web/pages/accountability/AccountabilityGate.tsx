import type { ReactNode } from 'react';
import { PermissionGate } from '../../components/PermissionGate.tsx';
import type { User } from '../../api/session.ts';

/** Signed-in users with a reporting or roll-up permission; anonymous visitors sign in right here. */
export function AccountabilityGate({ title, children }: { title: string; children: (user: User) => ReactNode }) {
  return (
    <PermissionGate title={title} permissions={['verantwoording:lezen', 'verantwoording:totalen']} signInKey="acc.signInFirst" noAccessKey="acc.noAccess">
      {children}
    </PermissionGate>
  );
}
