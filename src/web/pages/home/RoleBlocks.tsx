import { Paragraph } from '@utrecht/component-library-react';
import type { Round } from '../../api/monitorTypes.ts';
import type { User } from '../../api/session.ts';
import { useResource } from '../../api/useResource.ts';
import { useI18n } from '../../i18n/context.tsx';
import { latestRound } from '../monitor/monitorFormat.ts';
import { NationalBlock } from './NationalBlock.tsx';
import { PolicyBlock } from './PolicyBlock.tsx';
import { SupporterBlock } from './SupporterBlock.tsx';
import { startBlocks } from './startModel.ts';
import './home.css';

/**
 * The blocks of each role the signed-in user holds (issue 20 §2). A user with several roles sees each
 * block; the current monitor round is the one with the latest reference date.
 */
export function RoleBlocks({ user }: { user: User }) {
  const { t } = useI18n();
  const blocks = startBlocks(user);
  const needsRound = blocks.national || blocks.municipalities.length > 0;
  const rounds = useResource<Round[]>(needsRound ? '/monitor/rondes' : null);
  const round = rounds.data ? latestRound(rounds.data) : undefined;
  return (
    <>
      {blocks.supporter && <SupporterBlock />}
      {blocks.municipalities.map((code) => (
        <PolicyBlock key={code} code={code} round={round} />
      ))}
      {blocks.national && round && <NationalBlock round={round} />}
      {needsRound && rounds.data && !round && <Paragraph>{t('home.noRounds')}</Paragraph>}
    </>
  );
}
