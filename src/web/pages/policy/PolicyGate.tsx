import type { ReactNode } from 'react';
import type { User } from '../../api/session.ts';
import { PermissionGate } from '../../components/PermissionGate.tsx';

/** Policy pages are for signed-in users with `beleid:lezen`; anonymous visitors sign in right here. */
export function PolicyGate({ title, children }: { title: string; children: (user: User) => ReactNode }) {
  return (
    <PermissionGate title={title} permissions={['beleid:lezen']} signInKey="policy.signInFirst" noAccessKey="policy.noAccess" signInTestId="policy-sign-in">
      {children}
    </PermissionGate>
  );
}

/** May this user change the framework of this municipality? (The server decides; this only hides the button.) */
export function mayWrite(user: User, municipalityCode: string): boolean {
  return user.rollen.some((g) => g.rol === 'gemeente-beleid' && g.organisatie.soort === 'gemeente' && g.organisatie.code === municipalityCode);
}
