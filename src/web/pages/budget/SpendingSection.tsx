import { Heading2, Paragraph } from '@utrecht/component-library-react';
import type { FrictionMunicipality, Spending } from '../../api/budgetTypes.ts';
import { useSession } from '../../api/session.ts';
import { LoginForm, SignedInAs } from '../../components/LoginForm.tsx';
import { useI18n } from '../../i18n/context.tsx';
import { mayWriteSpending } from './spendingAccess.ts';
import { SpendingForm } from './SpendingForm.tsx';
import { SpendingUpload } from './SpendingUpload.tsx';

interface Props {
  municipalities: FrictionMunicipality[];
  spendings: Spending[];
  onChanged(): void;
}

/** Entering amounts (bestedingen): only for signed-in users whose role allows it, for their own municipalities. */
export function SpendingSection({ municipalities, spendings, onChanged }: Props) {
  const { t } = useI18n();
  const session = useSession();
  const editable = session.status === 'signed-in' ? municipalities.filter((m) => mayWriteSpending(session.user, m.gemeente)) : [];
  return (
    <section aria-labelledby="invullen-kop">
      <Heading2 id="invullen-kop">{t('budget.spending.sectionTitle')}</Heading2>
      {session.status === 'unknown' && <Paragraph>{t('common.loading')}</Paragraph>}
      {session.status === 'anonymous' && (
        <>
          <Paragraph>{t('budget.spending.loginFirst')}</Paragraph>
          <LoginForm />
        </>
      )}
      {session.status === 'signed-in' && (
        <>
          <SignedInAs user={session.user} />
          {editable.length === 0 ? (
            <Paragraph>{t('budget.spending.notAllowed')}</Paragraph>
          ) : (
            <>
              <SpendingForm municipalities={editable} spendings={spendings} onChanged={onChanged} />
              <SpendingUpload onChanged={onChanged} />
            </>
          )}
        </>
      )}
    </section>
  );
}
