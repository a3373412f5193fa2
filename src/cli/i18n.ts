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
