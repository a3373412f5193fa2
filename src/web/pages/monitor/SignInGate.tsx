import { Fragment, type ReactNode } from 'react';
import { Alert, Heading1, Paragraph } from '@utrecht/component-library-react';
import type { Permission } from '../../../domain/access/index.ts';
import { useSession, type User } from '../../api/session.ts';
import { LoginForm, SignedInAs } from '../../components/LoginForm.tsx';
import { useI18n } from '../../i18n/context.tsx';
import { hasPermission } from './monitorFormat.ts';

interface Props {
  permission: Permission;
  /** The page title while nobody is signed in; pages with a fixed title show it themselves. */
  title?: string;
  children: (user: User) => ReactNode;
}

/**
 * The monitor is for signed-in users only: anonymous visitors get the sign-in form right here (they stay
 * on the page they asked for); a user without the right role reads why the page stays empty.
 */
export function SignInGate({ permission, title, children }: Props) {
  const { t } = useI18n();
  const session = useSession();
  if (session.status === 'unknown') {
    return (
      <>
        {title && <Heading1>{title}</Heading1>}
        <Paragraph role="status">{t('common.loading')}</Paragraph>
      </>
    );
  }
  if (session.status === 'anonymous') {
    return (
      <>
        {title && <Heading1>{title}</Heading1>}
        <Paragraph data-testid="monitor-sign-in">{t('monitor.signInFirst')}</Paragraph>
        <LoginForm />
      </>
    );
  }
  const { user } = session;
  return (
    <>
      {!hasPermission(user, permission) && title && <Heading1>{title}</Heading1>}
      <div className="naast-no-print">
        <SignedInAs user={user} />
      </div>
      {hasPermission(user, permission) ? (
        // A different user gets fresh state (forms, lists) instead of what the previous one left behind.
        <Fragment key={user.id}>{children(user)}</Fragment>
      ) : (
        <Alert type="info">
          <Paragraph data-testid="monitor-no-access">{t('monitor.noAccess')}</Paragraph>
        </Alert>
      )}
    </>
  );
}
