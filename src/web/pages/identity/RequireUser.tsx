import { Fragment, type ReactNode } from 'react';
import { Redirect } from 'wouter';
import { Alert, Paragraph } from '@utrecht/component-library-react';
import type { Permission } from '../../../domain/access/index.ts';
import { useSession, type User } from '../../api/session.ts';
import { useI18n } from '../../i18n/context.tsx';
import { may, rolesWith } from './access.ts';
import { roleLabel } from './labels.ts';
import { signInPath } from './returnPath.ts';

interface Props {
  /** Without a permission any signed-in user may use the page. */
  permission?: Permission;
  children: (user: User) => ReactNode;
}

/**
 * A page part for signed-in users. Anonymous visitors go to the sign-in page, which brings them back
 * here; a user without the right role reads which role is needed instead of an error.
 */
export function RequireUser({ permission, children }: Props) {
  const { t } = useI18n();
  const session = useSession();
  if (session.status === 'unknown') return <Paragraph role="status">{t('common.loading')}</Paragraph>;
  if (session.status === 'anonymous') {
    const here = typeof window === 'undefined' ? '/' : `${window.location.pathname}${window.location.search}`;
    return <Redirect to={`~${signInPath(here)}`} replace />;
  }
  if (permission && !may(session.user, permission)) return <NeedRole permission={permission} />;
  // A different user gets fresh state (forms, lists) instead of what the previous one left behind.
  return <Fragment key={session.user.id}>{children(session.user)}</Fragment>;
}

/** "U heeft hiervoor de rol Beheerder nodig." */
export function NeedRole({ permission }: { permission: Permission }) {
  const { t } = useI18n();
  const roles = rolesWith(permission)
    .map((role) => roleLabel(t, role))
    .join(` ${t('identity.access.or')} `);
  return (
    <Alert type="info">
      <Paragraph data-testid="need-role">{t('identity.access.needRole', { role: roles })}</Paragraph>
      <Paragraph>{t('identity.access.askAdmin')}</Paragraph>
    </Alert>
  );
}
