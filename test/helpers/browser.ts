import net from 'node:net';

/**
 * Just enough of a browser for redirect flows over real HTTP: follows no redirect by itself
 * (tests look at every hop), keeps cookies per host:port, submits the test provider's forms.
 * Cookie paths and attributes are ignored; the servers under test are trusted.
 */
export class CookieBrowser {
  private readonly jars = new Map<string, Map<string, string>>();

  cookies(url: string | URL): Map<string, string> {
    const host = new URL(url).host;
    let jar = this.jars.get(host);
    if (!jar) this.jars.set(host, (jar = new Map()));
    return jar;
  }

  async request(url: string | URL, init: { method?: string; form?: Record<string, string> } = {}): Promise<Response> {
    const jar = this.cookies(url);
    const headers: Record<string, string> = {};
    if (jar.size) headers.cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    if (init.form) headers['content-type'] = 'application/x-www-form-urlencoded';
    const response = await fetch(url, {
      method: init.method ?? (init.form ? 'POST' : 'GET'),
      headers,
      body: init.form ? new URLSearchParams(init.form).toString() : undefined,
      redirect: 'manual',
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const name = pair.slice(0, pair.indexOf('=')).trim();
      const value = pair.slice(pair.indexOf('=') + 1).trim();
      const expires = attributes.map((a) => a.trim()).find((a) => /^expires=/i.test(a));
      const gone = attributes.some((a) => /^\s*max-age=0$/i.test(a)) || (expires && Date.parse(expires.slice(8)) < Date.now());
      if (gone) jar.delete(name);
      else jar.set(name, value);
    }
    return response;
  }
}

export interface SignInOptions {
  /** The login name typed at the provider (an account of the test provider). */
  login: string;
  /** Stop before the provider's redirect back to Naast and return that callback URL. */
  stopAtCallback?: boolean;
  /** Press "Cancel" at the provider's login page instead of signing in. */
  cancel?: boolean;
}

export interface SignInResult {
  /** The callback URL the provider sent the browser to. */
  callback: URL;
  /** Naast's answer to the callback (unless stopAtCallback). */
  response?: Response;
}

/**
 * Walks a browser through the provider's sign-in: from `startUrl` (Naast's sign-in route) via the
 * provider's login and consent pages back to `callbackPath` at Naast.
 */
export async function signInThroughProvider(browser: CookieBrowser, startUrl: string, callbackPath: string, options: SignInOptions): Promise<SignInResult> {
  let url = new URL(startUrl);
  let response = await browser.request(url);
  for (let hop = 0; hop < 20; hop++) {
    if (response.status >= 300 && response.status < 400) {
      url = new URL(response.headers.get('location')!, url);
      if (url.pathname === callbackPath) {
        if (options.stopAtCallback) return { callback: url };
        return { callback: url, response: await browser.request(url) };
      }
      response = await browser.request(url);
      continue;
    }
    const html = await response.text();
    const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    if (response.status !== 200 || !prompt || !action) throw new Error(`unexpected page ${response.status} at ${url.href}: ${html.slice(0, 300)}`);
    if (options.cancel) {
      url = new URL(/href="([^"]*\/abort)"/.exec(html)![1]!, url);
      response = await browser.request(url);
      continue;
    }
    const form: Record<string, string> = prompt === 'login' ? { prompt, login: options.login, password: 'willekeurig' } : { prompt };
    url = new URL(action, url);
    response = await browser.request(url, { form });
  }
  throw new Error(`no callback to ${callbackPath} after 20 hops`);
}

/** A port that was free a moment ago (the OIDC client's redirect URI must be known before listening). */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
