import type { ReactNode } from 'react';
import { Heading1, Paragraph } from '@utrecht/component-library-react';
import type { Permission } from '../../../domain/access/index.ts';
import type { Round } from '../../api/monitorTypes.ts';
import { LoadState } from '../../components/LoadState.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { RoundSelect, useChosenRound } from './RoundSelect.tsx';
import { SignInGate } from './SignInGate.tsx';

interface Props {
  title: string;
  intro: string;
  /** What the user needs to see more than the title and the sign-in form. */
  permission: Permission;
  /** The page about the chosen round; `undefined` while the rounds load or when there are none. */
  children: (round: Round | undefined) => ReactNode;
}

/**
 * A monitor page about one round (dashboard, municipalities, follow-up): its title and lead, then for a
 * user with the permission the choice of round (by default the latest) and the page about that round.
 */
export function RoundPage({ title, intro, permission, children }: Props) {
  useDocumentTitle(title);
  return (
    <>
      <Heading1>{title}</Heading1>
      <Paragraph lead>{intro}</Paragraph>
      <SignInGate permission={permission}>{() => <ChosenRound>{children}</ChosenRound>}</SignInGate>
    </>
  );
}

function ChosenRound({ children }: { children: Props['children'] }) {
  const { rounds, round, choose } = useChosenRound();
  return (
    <>
      {!rounds.data && <LoadState error={rounds.error} loading />}
      {rounds.data && round && <RoundSelect rounds={rounds.data} value={round.id} onChange={choose} />}
      {children(round)}
    </>
  );
}
