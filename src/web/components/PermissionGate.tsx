import { Fragment, type ReactNode } from 'react';
import { Alert, Heading1, Paragraph } from '@utrecht/component-library-react';
import type { Permission } from '../../domain/access/index.ts';
import { useSession, type User } from '../api/session.ts';
import { LoginForm, SignedInAs } from './LoginForm.tsx';
import { useI18n } from '../i18n/context.tsx';
import type { MessageKey } from '../i18n/messages.ts';
import { hasPermission } from '../pages/monitor/monitorFormat.ts';

interface Props {
  title: string;
  /** One of these permissions is enough (the server decides; this only chooses what to show). */
  permissions: Permission[];
  /** "Log in first" and "you may not see this", in the module's own words. */
  signInKey: MessageKey;
  noAccessKey: MessageKey;
  /** `data-testid` of the sign-in sentence, for the end-to-end tests. */
  signInTestId?: string;
  children: (user: User) => ReactNode;
}

/** A module's pages for signed-in users with a permission; anonymous visitors sign in right here. */
export function PermissionGate({ title, permissions, signInKey, noAccessKey, signInTestId, children }: Props) {
  const { t } = useI18n();
  const session = useSession();
  if (session.status !== 'signed-in') {
    return (
      <>
        <Heading1>{title}</Heading1>
        {session.status === 'unknown' ? (
          <Paragraph role="status">{t('common.loading')}</Paragraph>
        ) : (
          <>
            <Paragraph data-testid={signInTestId}>{t(signInKey)}</Paragraph>
            <LoginForm />
          </>
        )}
      </>
    );
  }
  const { user } = session;
  if (!permissions.some((p) => hasPermission(user, p))) {
    return (
      <>
        <Heading1>{title}</Heading1>
        <Alert type="info">
          <Paragraph>{t(noAccessKey)}</Paragraph>
        </Alert>
      </>
    );
  }
  return (
    <>
      <div className="naast-no-print">
        <SignedInAs user={user} />
      </div>
      <Fragment key={user.id}>{children(user)}</Fragment>
    </>
  );
}
