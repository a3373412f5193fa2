import { Button, ButtonGroup, DataList, DataListItem, DataListKey, DataListValue, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import type { Case } from '../../api/caseTypes.ts';
import type { User } from '../../api/session.ts';
import { useI18n } from '../../i18n/context.tsx';
import { changeCase, formatDate } from './caseAccess.ts';
import { nextStep, questionText, runningDeadlines, todayIso, type Deadline, type NextStep } from './caseOverview.ts';
import type { ChangeProps } from './CasePage.tsx';
import type { Plan } from './planTypes.ts';
import { useAction } from './useAction.tsx';

/** How many wishes and deadlines the summary lists before "and N more": it must stay short (issue 20 §3). */
const SHOWN = 3;

interface Props extends ChangeProps {
  user: User;
  plan: Plan | undefined;
  /** Show tab `tab` and put the focus on the element with id `focusId`. */
  goTo(tab: string, focusId: string): void;
}

/**
 * The top of the case page: what the client asks and wants, who stands beside him (independence), the
 * deadlines that run, and the next step with its button, so a supporter sees and does the usual thing
 * without scrolling. Everything else is in the tabs below.
 */
export function CaseSummary({ c, user, plan, writable, onChanged, goTo }: Props) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="samenvatting-kop" className="naast-case-summary" data-testid="case-summary">
      <Heading2 id="samenvatting-kop">{t('cases.summary.title')}</Heading2>
      <DataList className="naast-case-summary__list">
        <DataListItem>
          <DataListKey>{t('cases.summary.questions')}</DataListKey>
          <DataListValue>
            <Questions c={c} />
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('cases.summary.wishes')}</DataListKey>
          <DataListValue>
            <Wishes plan={plan} />
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('cases.summary.independence')}</DataListKey>
          <DataListValue>
            <Independence c={c} />
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('cases.summary.deadlines')}</DataListKey>
          <DataListValue>
            <Deadlines deadlines={runningDeadlines(c, plan, todayIso())} />
          </DataListValue>
        </DataListItem>
      </DataList>
      <Next c={c} user={user} writable={writable} onChanged={onChanged} goTo={goTo} />
    </section>
  );
}

function Questions({ c }: { c: Case }) {
  const { t } = useI18n();
  return (
    <ul className="naast-case-summary__items">
      {c.vragen.map((q, i) => {
        const text = questionText(c, q.id);
        return (
          <li key={q.id}>
            <strong>{t('cases.summary.questionItem', { number: i + 1, step: t(`cases.step.${q.stap}`) })}</strong>
            {text && (
              <span lang="nl" className="naast-case-summary__quote">
                {text}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** The results of the client's own plan are his wishes in his words ("wat wil de cliënt bereiken?"). */
function Wishes({ plan }: { plan: Plan | undefined }) {
  const { t } = useI18n();
  if (!plan) return null;
  if (plan.resultaten.length === 0) return <>{t('cases.summary.wishesNone')}</>;
  return (
    <>
      <ul className="naast-case-summary__items">
        {plan.resultaten.slice(0, SHOWN).map((r) => (
          <li key={r.id} lang="nl">
            {r.omschrijving}
          </li>
        ))}
      </ul>
      {plan.resultaten.length > SHOWN && <> {t('cases.summary.more', { count: plan.resultaten.length - SHOWN })}</>}{' '}
      {plan.status === 'akkoord' ? t('cases.summary.planAgreed') : t('cases.summary.planNotAgreed')}
    </>
  );
}

/**
 * Who supports the client, and of what kind: the municipality's independent client supporter, or
 * someone the client chose himself (Bijlage 2). Decision-makers are named because they may never be
 * his supporter (independence.ts).
 */
function Independence({ c }: { c: Case }) {
  const { t, lang } = useI18n();
  const s = c.ondersteuner;
  const since = s ? formatDate(s.toegewezenDatum, lang) : '';
  return (
    <>
      <span data-testid="case-supporter">
        {!s && t('cases.summary.noSupporter')}
        {s?.soort === 'professioneel' && t('cases.summary.independent', { name: s.naam, date: since })}
        {s?.soort === 'informeel' && t('cases.summary.informal', { name: s.naam, relation: s.relatie ? t(`cases.relation.${s.relatie}`).toLowerCase() : '', date: since })}
      </span>
      {c.beslissers.length > 0 && <> {t('cases.summary.deciders', { names: [...new Set(c.beslissers.map((b) => b.naam))].join(', ') })}</>}
    </>
  );
}

function Deadlines({ deadlines }: { deadlines: Deadline[] }) {
  const { t, lang } = useI18n();
  if (deadlines.length === 0) return <>{t('cases.summary.noDeadlines')}</>;
  const text = (d: Deadline) => {
    const date = formatDate(d.date, lang);
    if (d.kind === 'agreement') return t('cases.summary.deadline.agreement', { subject: d.subject, date });
    if (d.kind === 'evaluation') return t('cases.summary.deadline.evaluation', { number: d.question, date });
    const kind = t(`cases.objection.${d.soort}`);
    if (d.expired) return t('cases.summary.deadline.expired', { kind, subject: d.subject, date });
    const left = d.daysLeft !== null ? ` ${t('cases.summary.deadline.daysLeft', { days: d.daysLeft })}` : '';
    return `${t('cases.summary.deadline.objection', { kind, subject: d.subject, date })}${left}`;
  };
  return (
    <>
      <ul className="naast-case-summary__items" data-testid="summary-deadlines">
        {deadlines.slice(0, SHOWN).map((d, i) => (
          <li key={i} className={d.kind === 'objection' && d.expired ? 'naast-case-summary__late' : undefined}>
            {text(d)}
          </li>
        ))}
      </ul>
      {deadlines.length > SHOWN && t('cases.summary.more', { count: deadlines.length - SHOWN })}
    </>
  );
}

function Next({ c, user, writable, onChanged, goTo }: Omit<Props, 'plan'>) {
  const { t } = useI18n();
  const action = useAction();
  const next = nextStep(c);
  const step = (to: string) => t(`cases.step.${to as 'gesprek'}`);
  const text = (n: NextStep): string => {
    switch (n.kind) {
      case 'blocked':
        return t('cases.next.blocked');
      case 'assign':
        return t('cases.next.assign');
      case 'classify':
        return t('cases.next.classify', { number: n.question });
      case 'step':
        return t('cases.next.step', { number: n.question, from: step(n.from), to: step(n.to) });
      case 'close':
        return t('cases.next.close', { number: n.question, from: step(n.from) });
      case 'done':
        return t('cases.next.done');
    }
  };
  // One button element whatever the step: after a step it keeps the keyboard focus and offers the next one.
  const primary = ((): { label: string; run(): void } | null => {
    switch (next.kind) {
      case 'blocked':
        return { label: t('cases.next.blockedAction'), run: () => goTo('ondersteuner', 'ondersteuner-kies') };
      case 'assign':
        return {
          label: t('cases.supporter.me'),
          run: () =>
            void action.run(async () => {
              await changeCase<Case>(c, 'PUT', '/ondersteuner', { soort: 'professioneel', medewerkerId: user.id });
              onChanged();
            }),
        };
      case 'classify':
        return { label: t('cases.next.classifyAction'), run: () => goTo('vragen', `vraag-${next.question}-klasse-type`) };
      case 'step':
        return {
          label: t('cases.next.stepAction', { number: next.question, to: step(next.to) }),
          run: () =>
            void action.run(async () => {
              await changeCase<Case>(c, 'POST', `/vragen/${next.questionId}/stap`, { naar: next.to });
              onChanged(t('cases.question.moved', { step: step(next.to) }));
            }),
        };
      case 'close':
        return { label: t('cases.next.closeAction', { number: next.question }), run: () => goTo('vragen', `vraag-${next.question}-afsluitreden`) };
      case 'done':
        return null;
    }
  })();
  const question = next.kind === 'step' || next.kind === 'classify' || next.kind === 'close' ? next.question : null;
  return (
    <div className="naast-case-next" data-testid="next-step">
      <Heading3 id="volgende-stap-kop">{t('cases.next.title')}</Heading3>
      <Paragraph>{text(next)}</Paragraph>
      {!writable && next.kind !== 'done' && <Paragraph>{t('cases.next.readOnly')}</Paragraph>}
      {action.problem}
      {writable && primary && (
        <ButtonGroup>
          <Button key="next-action" appearance="primary-action-button" busy={action.busy} onClick={primary.run} data-testid="next-step-action">
            {primary.label}
          </Button>
          {question !== null && (
            <Button appearance="secondary-action-button" onClick={() => goTo('vragen', `vraag-${question}-kop`)}>
              {t('cases.next.otherSteps')}
            </Button>
          )}
        </ButtonGroup>
      )}
    </div>
  );
}
