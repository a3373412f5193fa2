/** The CLI's texts, Dutch first; English via `--lang en` or NAAST_LANG=en. */
const messages = {
  nl: {
    'program.description': 'Naast: onafhankelijke cliëntondersteuning (Wmo 2015). Gebruik --lang en voor Engels.',
    'option.lang': 'taal van de uitvoer: nl of en',
    'option.help': 'toon deze hulp',
    'option.version': 'toon het versienummer',
    'cmd.help': 'toon hulp bij een opdracht',
    'cmd.serve': 'start de webserver met API en webinterface',
    'cmd.serve.port': 'poort (standaard PORT of 3000)',
    'cmd.db': 'beheer van de database',
    'cmd.db.migrate': 'voer openstaande databasemigraties uit',
    'serve.listening': 'Naast draait op {url} (database: {engine}, schemaversie {version})',
    'serve.stopping': 'Naast stopt: lopende verzoeken worden afgemaakt…',
    'serve.stopped': 'Naast is gestopt.',
    'db.migrated': 'Database is bij: schemaversie {version} ({engine}).',
    'cmd.register': 'register van gemeenten, jeugdregio’s en MEE-organisaties',
    'cmd.register.municipalities': 'lijst van gemeenten met jeugdregio, MEE-organisatie en CBS-code',
    'cmd.budget': 'budgetmodel: verdeling van de MEE-budgetten over gemeenten',
    'cmd.budget.allocations': 'budget per gemeente (gepubliceerd of berekend met de verdeelsleutel)',
    'cmd.budget.check': 'controleer per MEE-organisatie de som van de gemeenten tegen Tabel 3',
    'cmd.budget.importSpending': 'lees per gemeente het bedrag in dat zij bij MEE gaat besteden (CSV of XLSX)',
    'arg.spendingFile': 'CSV- of XLSX-bestand met kolommen gemeente;bedrag_eur[;toelichting]',
    'option.division': 'gemeentelijke indeling per 1 januari van dit jaar (2013 of 2014)',
    'option.divisionBudget': 'toon de budgetten in de indeling van dit jaar (standaard: de indeling van publicatie)',
    'option.format': 'uitvoerformaat: csv of json',
    'option.year': 'budgetjaar',
    'option.spendingYear': 'jaar van de besteding',
    'option.source': 'published (Bijlage 5) of computed (herberekend met de sleutel)',
    'option.splitShares': 'bestand met aandelen voor splitsingen (van;naar;aandeel;bron)',
    'cmd.users': 'gebruikers en toegang',
    'cmd.users.createAdmin': 'maak een beheerder aan (wachtwoord via --password-stdin, anders gegenereerd en één keer getoond)',
    'option.username': 'gebruikersnaam',
    'option.displayName': 'volledige naam',
    'option.passwordStdin': 'lees het wachtwoord van standaardinvoer',
    'users.created': 'Beheerder {username} is aangemaakt.',
    'users.generatedPassword': 'Gegenereerd wachtwoord (wordt niet opnieuw getoond, bewaar het veilig):',
    'cmd.audit': 'logboek dataverwerkingen',
    'cmd.audit.verify': 'controleer de hashketen van het logboek; exitcode 1 bij manipulatie',
    'audit.intact': 'Het logboek is intact: {count} regels gecontroleerd.',
    'audit.broken': 'Het logboek is NIET intact: {count} problemen in {checked} regels.',
    'option.demo': 'laad ook demogebruikers (een per rol, zie README)',
    'cmd.monitor': 'transitiemonitor: rondes, antwoorden en samenvattingen',
    'cmd.monitor.rounds': 'lijst van rondes met peildatum',
    'cmd.monitor.import': 'lees antwoorden in (CSV of XLSX: gemeente;fase;a;b;c;d;e;f;budget_mee_2015_eur;toelichting); alles of niets',
    'cmd.monitor.summary': 'landelijke samenvatting van een ronde',
    'cmd.monitor.demo': 'laad demo-antwoorden voor de vier rondes van 2014',
    'option.round': 'id van de ronde (zie: naast monitor rounds)',
    'option.summaryFormat': 'json of text',
    'arg.responsesFile': 'CSV- of XLSX-bestand met antwoorden',
    'cmd.monitor.importMee': 'lees de MEE-monitor in als tweede bron (CSV of XLSX: gemeente;fase;datum); alles of niets, vervangt de vorige stand van de ronde',
    'arg.meeFile': 'CSV- of XLSX-bestand met per gemeente de fase volgens de MEE-monitor',
    'cmd.monitor.remind': 'stuur herinneringen aan gemeenten zonder ingediend antwoord (in de app, en per e-mail als NAAST_SMTP_URL is ingesteld)',
    'option.roundAll': 'alleen deze ronde (standaard: alle rondes)',
    'option.now': 'doe alsof het vandaag deze datum is (JJJJ-MM-DD)',
    'cmd.dossiers': 'dossiers cliëntondersteuning: MEE-overdracht en bewaartermijn',
    'cmd.dossiers.importMee': 'lees lopende MEE-trajecten op de overgangsdatum in (CSV of XLSX: gemeente;client_naam;geboortejaar;startdatum;mee_organisatie;mee_ondersteuner;vraag[;soort_ondersteuner]); alles of niets',
    'arg.meeCasesFile': 'CSV- of XLSX-bestand met lopende MEE-trajecten',
    'cmd.dossiers.anonymise': 'anonimiseer gesloten dossiers waarvan de bewaartermijn (NAAST_RETENTION_YEARS, standaard 5 jaar) verstreken is',
    'option.today': 'doe alsof het vandaag deze datum is (JJJJ-MM-DD)',
    'error.prefix': 'Fout',
  },
  en: {
    'program.description': 'Naast: independent client support (Wmo 2015). Dutch by default; --lang en for English.',
    'option.lang': 'output language: nl or en',
    'option.help': 'show this help',
    'option.version': 'show the version number',
    'cmd.help': 'show help for a command',
    'cmd.serve': 'start the web server with API and web UI',
    'cmd.serve.port': 'port (default PORT or 3000)',
    'cmd.db': 'database administration',
    'cmd.db.migrate': 'apply pending database migrations',
    'serve.listening': 'Naast is running at {url} (database: {engine}, schema version {version})',
    'serve.stopping': 'Naast is stopping: finishing requests in progress…',
    'serve.stopped': 'Naast has stopped.',
    'db.migrated': 'Database is up to date: schema version {version} ({engine}).',
    'cmd.register': 'register of municipalities, youth regions and MEE organisations',
    'cmd.register.municipalities': 'list municipalities with youth region, MEE organisation and CBS code',
    'cmd.budget': 'budget model: allocation of the MEE budgets to municipalities',
    'cmd.budget.allocations': 'budget per municipality (published, or computed with the allocation key)',
    'cmd.budget.check': 'check per MEE organisation the sum of its municipalities against Tabel 3',
    'cmd.budget.importSpending': 'import per municipality the amount it will spend at MEE (CSV or XLSX)',
    'arg.spendingFile': 'CSV or XLSX file with columns gemeente;bedrag_eur[;toelichting]',
    'option.division': 'municipal division on 1 January of this year (2013 or 2014)',
    'option.divisionBudget': 'show the budgets in the division of this year (default: the division of publication)',
    'option.format': 'output format: csv or json',
    'option.year': 'budget year',
    'option.spendingYear': 'year of the spending',
    'option.source': 'published (Bijlage 5) or computed (recomputed with the key)',
    'option.splitShares': 'file with shares for splits (van;naar;aandeel;bron)',
    'cmd.users': 'users and access',
    'cmd.users.createAdmin': 'create an administrator (password via --password-stdin, otherwise generated and shown once)',
    'option.username': 'username',
    'option.displayName': 'full name',
    'option.passwordStdin': 'read the password from standard input',
    'users.created': 'Administrator {username} has been created.',
    'users.generatedPassword': 'Generated password (not shown again, keep it safe):',
    'cmd.audit': 'audit log of personal data processing',
    'cmd.audit.verify': 'verify the audit log hash chain; exit code 1 on tampering',
    'audit.intact': 'The audit log is intact: {count} rows checked.',
    'audit.broken': 'The audit log is NOT intact: {count} problems in {checked} rows.',
    'option.demo': 'also load demo users (one per role, see README)',
    'cmd.monitor': 'transition monitor: rounds, responses and summaries',
    'cmd.monitor.rounds': 'list rounds with their reference dates',
    'cmd.monitor.import': 'import responses (CSV or XLSX: gemeente;fase;a;b;c;d;e;f;budget_mee_2015_eur;toelichting); all or nothing',
    'cmd.monitor.summary': 'national summary of a round',
    'cmd.monitor.demo': 'load demo responses for the four 2014 rounds',
    'option.round': 'round id (see: naast monitor rounds)',
    'option.summaryFormat': 'json or text',
    'arg.responsesFile': 'CSV or XLSX file with responses',
    'cmd.monitor.importMee': 'import the MEE monitor as the second source (CSV or XLSX: gemeente;fase;datum); all or nothing, replaces the round\'s previous entries',
    'arg.meeFile': 'CSV or XLSX file with each municipality\'s stage according to the MEE monitor',
    'cmd.monitor.remind': 'send reminders to municipalities without a submitted response (in-app, and by e-mail when NAAST_SMTP_URL is set)',
    'option.roundAll': 'only this round (default: every round)',
    'option.now': 'act as if today were this date (YYYY-MM-DD)',
    'cmd.dossiers': 'client support cases: MEE handover and retention',
    'cmd.dossiers.importMee': 'import MEE trajectories running on the transition date (CSV or XLSX: gemeente;client_naam;geboortejaar;startdatum;mee_organisatie;mee_ondersteuner;vraag[;soort_ondersteuner]); all or nothing',
    'arg.meeCasesFile': 'CSV or XLSX file with running MEE trajectories',
    'cmd.dossiers.anonymise': 'anonymise closed cases whose retention period (NAAST_RETENTION_YEARS, default 5 years) has passed',
    'option.today': 'act as if today were this date (YYYY-MM-DD)',
    'error.prefix': 'Error',
  },
} as const;

export type Lang = keyof typeof messages;
export type CliMessageKey = keyof (typeof messages)['nl'];

export function detectLang(argv: string[], env: NodeJS.ProcessEnv = process.env): Lang {
  const i = argv.indexOf('--lang');
  const fromArg = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--lang='))?.slice(7);
  const value = (fromArg ?? env.NAAST_LANG ?? 'nl').toLowerCase();
  return value.startsWith('en') ? 'en' : 'nl';
}

let current: Lang = 'nl';
export function setLang(lang: Lang): void {
  current = lang;
}

export function currentLang(): Lang {
  return current;
}

export function t(key: CliMessageKey, params: Record<string, string | number> = {}): string {
  const text: string = messages[current][key] ?? messages.nl[key];
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}
