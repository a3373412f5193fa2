import { Fragment, type ReactNode } from 'react';
import { Alert, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useSession, type User } from '../../api/session.ts';
import { LoginForm, SignedInAs } from '../../components/LoginForm.tsx';
import { useI18n } from '../../i18n/context.tsx';
import { hasPermission } from '../monitor/monitorFormat.ts';

/** Policy pages are for signed-in users with `beleid:lezen`; anonymous visitors sign in right here. */
export function PolicyGate({ title, children }: { title: string; children: (user: User) => ReactNode }) {
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
            <Paragraph data-testid="policy-sign-in">{t('policy.signInFirst')}</Paragraph>
            <LoginForm />
          </>
        )}
      </>
    );
  }
  const { user } = session;
  if (!hasPermission(user, 'beleid:lezen')) {
    return (
      <>
        <Heading1>{title}</Heading1>
        <Alert type="info">
          <Paragraph>{t('policy.noAccess')}</Paragraph>
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

/** May this user change the framework of this municipality? (The server decides; this only hides the button.) */
export function mayWrite(user: User, municipalityCode: string): boolean {
  return user.rollen.some((g) => g.rol === 'gemeente-beleid' && g.organisatie.soort === 'gemeente' && g.organisatie.code === municipalityCode);
}
