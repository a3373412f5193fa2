import { budgetEn } from './budget.en.ts';
import { budgetNl } from './budget.nl.ts';
import { registerEn } from './register.en.ts';
import { registerNl } from './register.nl.ts';
import { monitorEn } from './monitor.en.ts';
import { monitorNl } from './monitor.nl.ts';
import { identityEn } from './identity.en.ts';
import { identityNl } from './identity.nl.ts';
import { casesEn } from './cases.en.ts';
import { casesNl } from './cases.nl.ts';
import { casePageEn } from './casepage.en.ts';
import { casePageNl } from './casepage.nl.ts';
import { policyEn } from './policy.en.ts';
import { policyNl } from './policy.nl.ts';
import { portalEn } from './portal.en.ts';
import { portalNl } from './portal.nl.ts';
import { socialmapEn } from './socialmap.en.ts';
import { socialmapNl } from './socialmap.nl.ts';
import { accountabilityEn } from './accountability.en.ts';
import { accountabilityNl } from './accountability.nl.ts';
import { frameEn } from './frame.en.ts';
import { frameNl } from './frame.nl.ts';
import { residentEn } from './resident.en.ts';
import { residentNl } from './resident.nl.ts';
import { homeEn } from './home.en.ts';
import { homeNl } from './home.nl.ts';

/**
 * The one message catalogue of the web UI: Dutch first (B1 level), English second.
 * Every key exists in both languages; a test checks that. The texts of the Budget pages (`budget.*`)
 * live in budget.nl.ts and budget.en.ts to keep files small, and are part of this catalogue.
 */
export const messages = {
  nl: {
    'app.name': 'Naast',
    'app.tagline': 'Onafhankelijke cliëntondersteuning',
    'skip.toContent': 'Direct naar de inhoud',
    'nav.label': 'Hoofdmenu',
    'nav.home': 'Start',
    'nav.budget': 'Budget',
    'nav.monitor': 'Monitor',
    'nav.cases': 'Cliënten',
    'nav.socialMap': 'Sociale kaart',
    'nav.accountability': 'Verantwoording',
    'nav.admin': 'Beheer',
    'nav.status': 'Status',
    'lang.switch': 'English',
    'lang.switchLabel': 'Switch to English',
    'home.title': 'Welkom bij Naast',
    'home.intro':
      'Naast helpt gemeenten, regio’s en aanbieders om cliëntondersteuning goed te regelen. Iedereen die hulp nodig heeft, krijgt gratis iemand naast zich die onafhankelijk meedenkt.',
    'home.modules': 'Wat u hier kunt doen',
    'home.module.budget': 'Budget: bekijk hoe het geld van MEE over de gemeenten is verdeeld.',
    'home.module.monitor': 'Monitor: volg hoe ver gemeenten zijn met hun afspraken met MEE.',
    'home.module.cases': 'Cliënten: leg vragen en afspraken van inwoners veilig vast.',
    'home.module.socialMap': 'Sociale kaart: zoek welke organisaties hulp bieden.',
    'home.module.accountability': 'Verantwoording: rapportages van aanbieders en aan de gemeenteraad.',
    'home.module.admin': 'Beheer: gebruikers, rollen en instellingen.',
    'status.title': 'Status van het systeem',
    'status.loading': 'Status wordt opgehaald…',
    'status.ok': 'Alles werkt.',
    'status.error': 'De server geeft geen antwoord. Probeer het later opnieuw.',
    'status.engine': 'Database',
    'status.engine.pglite': 'Ingebouwd (PGlite)',
    'status.engine.postgres': 'PostgreSQL-server',
    'status.schemaVersion': 'Versie van de database',
    'status.apiVersion': 'Versie van de API',
    'status.startedAt': 'Gestart op',
    'module.comingSoon': 'Dit onderdeel is nog in aanbouw.',
    'notFound.title': 'Pagina niet gevonden',
    'notFound.text': 'Deze pagina bestaat niet. Ga terug naar de startpagina.',
    'footer.text': 'Naast is open-source software (EUPL-1.2).',
    'footer.api': 'API-documentatie',
    'common.loading': 'Bezig met laden…',
    'common.error': 'Er ging iets mis',
    'common.loadError': 'De gegevens konden niet worden opgehaald.',
    'common.networkError': 'De server geeft geen antwoord. Probeer het later opnieuw.',
    'common.yes': 'Ja',
    'common.no': 'Nee',
    'common.name': 'Naam',
    'common.sortHint': '(Kies een kolomkop om op die kolom te sorteren.)',
    'common.chartAsTable': 'Toon de cijfers van de grafiek als tabel',
    'common.downloadCsv': 'Download CSV',
    'common.downloadXlsx': 'Download Excel',
    'common.downloadCsvOf': 'Download CSV: {what}',
    'common.downloadXlsxOf': 'Download Excel: {what}',
    'common.problemCount': 'Aantal fouten: {count}. Verbeter ze en probeer het opnieuw.',
    'common.rowColumn': 'Rij {row}, kolom {column}',
    'login.title': 'Inloggen',
    'login.username': 'Gebruikersnaam',
    'login.password': 'Wachtwoord',
    'login.code': 'Code uit uw authenticator-app',
    'login.codeHint': 'Zes cijfers. Heeft u de app nog niet ingesteld? Vraag de beheerder hoe dat werkt.',
    'login.setupStart': 'Authenticator-app instellen',
    'login.setupFailed': 'Instellen is niet gelukt',
    'login.setupExplain': 'Zet deze code in uw authenticator-app (bijvoorbeeld bij "Sleutel invoeren"), of open de link op uw telefoon. Vul daarna de code uit de app hieronder in en log in.',
    'login.setupLink': 'Open in de authenticator-app',
    'login.submit': 'Inloggen',
    'login.failed': 'Inloggen is niet gelukt',
    'login.signedInAs': 'U bent ingelogd als {name}.',
    'login.signOut': 'Uitloggen',
    ...budgetNl,
    ...registerNl,
    ...monitorNl,
    ...identityNl,
    ...casesNl,
    ...casePageNl,
    ...policyNl,
    ...portalNl,
    ...socialmapNl,
    ...accountabilityNl,
    ...frameNl,
    ...residentNl,
    ...homeNl,
  },
  en: {
    'app.name': 'Naast',
    'app.tagline': 'Independent client support',
    'skip.toContent': 'Skip to content',
    'nav.label': 'Main menu',
    'nav.home': 'Home',
    'nav.budget': 'Budget',
    'nav.monitor': 'Monitor',
    'nav.cases': 'Clients',
    'nav.socialMap': 'Social map',
    'nav.accountability': 'Accountability',
    'nav.admin': 'Administration',
    'nav.status': 'Status',
    'lang.switch': 'Nederlands',
    'lang.switchLabel': 'Wissel naar Nederlands',
    'home.title': 'Welcome to Naast',
    'home.intro':
      'Naast helps municipalities, regions and providers organise client support. Everyone who needs help gets someone beside them, free of charge, who thinks along independently.',
    'home.modules': 'What you can do here',
    'home.module.budget': 'Budget: see how the MEE budget is divided over the municipalities.',
    'home.module.monitor': 'Monitor: follow how far municipalities are with their agreements with MEE.',
    'home.module.cases': 'Clients: record residents’ questions and agreements safely.',
    'home.module.socialMap': 'Social map: find which organisations offer support.',
    'home.module.accountability': 'Accountability: reports from providers and to the council.',
    'home.module.admin': 'Administration: users, roles and settings.',
    'status.title': 'System status',
    'status.loading': 'Fetching status…',
    'status.ok': 'Everything works.',
    'status.error': 'The server does not answer. Please try again later.',
    'status.engine': 'Database',
    'status.engine.pglite': 'Embedded (PGlite)',
    'status.engine.postgres': 'PostgreSQL server',
    'status.schemaVersion': 'Database version',
    'status.apiVersion': 'API version',
    'status.startedAt': 'Started at',
    'module.comingSoon': 'This part is still being built.',
    'notFound.title': 'Page not found',
    'notFound.text': 'This page does not exist. Go back to the home page.',
    'footer.text': 'Naast is open-source software (EUPL-1.2).',
    'footer.api': 'API documentation',
    'common.loading': 'Loading…',
    'common.error': 'Something went wrong',
    'common.loadError': 'The data could not be fetched.',
    'common.networkError': 'The server does not answer. Please try again later.',
    'common.yes': 'Yes',
    'common.no': 'No',
    'common.name': 'Name',
    'common.sortHint': '(Choose a column heading to sort by that column.)',
    'common.chartAsTable': 'Show the figures of the chart as a table',
    'common.downloadCsv': 'Download CSV',
    'common.downloadXlsx': 'Download Excel',
    'common.downloadCsvOf': 'Download CSV: {what}',
    'common.downloadXlsxOf': 'Download Excel: {what}',
    'common.problemCount': 'Number of errors: {count}. Correct them and try again.',
    'common.rowColumn': 'Row {row}, column {column}',
    'login.title': 'Sign in',
    'login.username': 'User name',
    'login.password': 'Password',
    'login.code': 'Code from your authenticator app',
    'login.codeHint': 'Six digits. Not set up the app yet? Ask the administrator how.',
    'login.setupStart': 'Set up an authenticator app',
    'login.setupFailed': 'Setting up did not work',
    'login.setupExplain': 'Enter this key in your authenticator app (for example under "Enter a setup key"), or open the link on your phone. Then type the code from the app below and sign in.',
    'login.setupLink': 'Open in the authenticator app',
    'login.submit': 'Sign in',
    'login.failed': 'Signing in did not work',
    'login.signedInAs': 'You are signed in as {name}.',
    'login.signOut': 'Sign out',
    ...budgetEn,
    ...registerEn,
    ...monitorEn,
    ...identityEn,
    ...casesEn,
    ...casePageEn,
    ...policyEn,
    ...portalEn,
    ...socialmapEn,
    ...accountabilityEn,
    ...frameEn,
    ...residentEn,
    ...homeEn,
  },
} as const;

export type Lang = keyof typeof messages;
export type MessageKey = keyof (typeof messages)['nl'];
