import type { ReactNode } from 'react';
import { Link as RouterLink } from 'wouter';
import { Button, Link, Page, PageContent, PageFooter, PageHeader, Paragraph, SkipLink } from '@utrecht/component-library-react';
import { useI18n } from '../i18n/context.tsx';
import { modules } from '../modules.ts';
import { MainMenu } from './MainMenu.tsx';
import { SessionMenu } from './SessionMenu.tsx';

/**
 * The NL Design System page frame (body is the Utrecht document, src/web/index.html): skip link, page
 * header (name, who is signed in, language), the main menu as a nav bar, the page with its content, and
 * the page footer. Header, menu and footer span the full width; their content and the page share one
 * maximum width (the theme's --naast-page-max-width, src/web/theme.css).
 */
export function Layout({ children }: { children: ReactNode }) {
  const { t, lang, setLang } = useI18n();
  const navItems = [{ path: '/', labelKey: 'nav.home' as const }, ...modules, { path: '/status', labelKey: 'nav.status' as const }];
  return (
    <>
      <SkipLink href="#inhoud">{t('skip.toContent')}</SkipLink>
      <PageHeader>
        <div className="utrecht-page-header__content naast-header">
          <RouterLink href="/" className="naast-logo">
            {t('app.name')} <span className="naast-visually-hidden">– {t('app.tagline')}</span>
          </RouterLink>
          <div className="naast-header__tools">
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
        </div>
      </PageHeader>
      <MainMenu items={navItems} />
      <Page className="naast-page">
        <PageContent>
          <main id="inhoud" tabIndex={-1} className="naast-main">
            {children}
          </main>
        </PageContent>
      </Page>
      <PageFooter>
        <div className="utrecht-page-footer__content">
          <Paragraph>
            {t('footer.text')} <Link href="/api/v1/docs">{t('footer.api')}</Link>
          </Paragraph>
        </div>
      </PageFooter>
    </>
  );
}
