import type { ReactNode } from 'react';
import { Link as RouterLink } from 'wouter';
import { Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useI18n } from '../../i18n/context.tsx';

/** One block of the start page: a heading and what is in it, framed so that the blocks of several roles stay apart. */
export function StartBlock({ id, title, children, testId }: { id: string; title: string; children: ReactNode; testId: string }) {
  return (
    <section aria-labelledby={id} className="naast-start-block" data-testid={testId}>
      <Heading2 id={id}>{title}</Heading2>
      {children}
    </section>
  );
}

/** A state and the one thing to do next: "what is the case" in a sentence, the next step as a link. */
export function StateItem({ title, state, action, href, lang }: { title: string; state: ReactNode; action: string; href: string; lang?: string }) {
  const { t } = useI18n();
  return (
    <div className="naast-start-item">
      <Heading3>{title}</Heading3>
      <Paragraph lang={lang}>{state}</Paragraph>
      <Paragraph>
        <span className="naast-visually-hidden">{t('home.nextStep')} </span>
        <RouterLink href={href} className="utrecht-link naast-start-action">
          {action}
        </RouterLink>
      </Paragraph>
    </div>
  );
}
