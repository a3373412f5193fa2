import { Fragment, type ReactNode } from 'react';
import { Alert, Heading1, Paragraph } from '@utrecht/component-library-react';
import type { Permission } from '../../../domain/access/index.ts';
import { useSession, type User } from '../../api/session.ts';
import { LoginForm, SignedInAs } from '../../components/LoginForm.tsx';
import { useI18n } from '../../i18n/context.tsx';
import { may } from './caseAccess.ts';

interface Props {
  /** One of these permissions is enough. */
  permissions: Permission[];
  title: string;
  children: (user: User) => ReactNode;
}

/** Client data is for signed-in staff only: anonymous visitors sign in right here, on the page they asked for. */
export function CasesGate({ permissions, title, children }: Props) {
  const { t } = useI18n();
  const session = useSession();
  if (session.status === 'unknown') {
    return (
      <>
        <Heading1>{title}</Heading1>
        <Paragraph role="status">{t('common.loading')}</Paragraph>
      </>
    );
  }
  if (session.status === 'anonymous') {
    return (
      <>
        <Heading1>{title}</Heading1>
        <Paragraph data-testid="cases-sign-in">{t('cases.signInFirst')}</Paragraph>
        <LoginForm />
      </>
    );
  }
  const { user } = session;
  const allowed = permissions.some((p) => may(user, p));
  return (
    <>
      {!allowed && <Heading1>{title}</Heading1>}
      <SignedInAs user={user} />
      {allowed ? (
        <Fragment key={user.id}>{children(user)}</Fragment>
      ) : (
        <Alert type="info">
          <Paragraph data-testid="cases-no-access">{t('cases.noAccess')}</Paragraph>
        </Alert>
      )}
    </>
  );
}
