import type { ReactNode } from 'react';
import { Link as RouterLink, useLocation } from 'wouter';
import { Button, PageContent, PageFooter, PageHeader, Paragraph, SkipLink, Link } from '@utrecht/component-library-react';
import { useI18n } from '../i18n/context.tsx';
import { modules } from '../modules.ts';
import { SessionMenu } from './SessionMenu.tsx';

export function Layout({ children }: { children: ReactNode }) {
  const { t, lang, setLang } = useI18n();
  const [location] = useLocation();
  const navItems = [{ path: '/', labelKey: 'nav.home' as const }, ...modules, { path: '/status', labelKey: 'nav.status' as const }];
  const isCurrent = (path: string) => (path === '/' ? location === '/' : location === path || location.startsWith(`${path}/`));
  return (
    <div className="utrecht-page">
      <SkipLink href="#inhoud">{t('skip.toContent')}</SkipLink>
      <PageHeader>
        <div className="naast-header">
          <RouterLink href="/" className="naast-logo">
            {t('app.name')} <span className="naast-visually-hidden">– {t('app.tagline')}</span>
          </RouterLink>
          <SessionMenu />
          <Button
            appearance="secondary-action-button"
            lang={lang === 'nl' ? 'en' : 'nl'}
            aria-label={t('lang.switchLabel')}
            onClick={() => setLang(lang === 'nl' ? 'en' : 'nl')}
          >
            {t('lang.switch')}
          </Button>
        </div>
        <nav className="naast-nav utrecht-nav-bar" aria-label={t('nav.label')}>
          <ul className="utrecht-nav-bar__list">
            {navItems.map((item) => (
              <li key={item.path} className="utrecht-nav-bar__item">
                <RouterLink
                  href={item.path}
                  className="utrecht-nav-bar__link"
                  aria-current={isCurrent(item.path) ? 'page' : undefined}
                >
                  {t(item.labelKey)}
                </RouterLink>
              </li>
            ))}
          </ul>
        </nav>
      </PageHeader>
      <PageContent>
        <main id="inhoud" tabIndex={-1} className="naast-main">
          {children}
        </main>
      </PageContent>
      <PageFooter>
        <Paragraph>
          {t('footer.text')} <Link href="/api/v1/docs">{t('footer.api')}</Link>
        </Paragraph>
      </PageFooter>
    </div>
  );
}
