/**
 * `npm start`'s server as a hostile or careless client meets it: odd methods, bad or foreign
 * Host headers, raw bytes in the request line, and the headers every answer carries. Against
 * the running e2e servers (nothing here changes their sandbox); raw sockets where fetch
 * cannot send the request.
 */
import { STATUS_CODES } from 'node:http';
import { networkInterfaces } from 'node:os';
import { expect, test } from '@playwright/test';
import { ZH_GUIDE_PATH as GUIDE_PATH } from '../../src/site.ts';
import { getWithHost, rawRequest, type RawReply } from './server-process.ts';

const STATIC_ORIGIN = `http://127.0.0.1:${process.env.E2E_STATIC_PORT ?? 4398}`;
const portOf = (origin: string | undefined) => Number(new URL(origin!).port);
const raw = (port: number, requestLine: string, headers = '') =>
  rawRequest(port, Buffer.from(`${requestLine}\r\nHost: 127.0.0.1:${port}\r\n${headers}Connection: close\r\n\r\n`));

function expectApiError(reply: RawReply, status: number, message: RegExp) {
  expect(reply.status).toBe(status);
  expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
  expect(JSON.parse(reply.body)).toEqual({ Status: 'ERROR', Message: expect.stringMatching(message) });
}

test('odd methods get 405 with Allow: in the error shape under /api, as text for files', async ({ baseURL }) => {
  const port = portOf(baseURL);
  // TRACE and PROPFIND are methods Node knows; TRACK and FOO its parser refuses.
  for (const method of ['TRACE', 'PROPFIND', 'TRACK', 'FOO']) {
    const reply = await raw(port, `${method} /api/sandbox HTTP/1.1`);
    expectApiError(reply, 405, new RegExp(`^${method} is not supported by the sandbox API`));
    expect(reply.headers.allow).toBe('GET, POST, PUT, DELETE');
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
  }
  // A method the API does use, on a route that does not take it: the route's own Allow.
  const patch = await fetch(`${baseURL}/api/sandbox/account`, { method: 'PATCH' });
  expect(patch.status).toBe(405);
  expect(patch.headers.get('allow')).toBe('GET');

  for (const requestLine of [
    'TRACE /llms.txt HTTP/1.1',
    'FOO /llms.txt HTTP/1.1',
    'CONNECT example.com:443 HTTP/1.1',
  ]) {
    const reply = await raw(port, requestLine);
    expect(reply.status, requestLine).toBe(405);
    expect(reply.headers.allow).toBe('GET, HEAD');
    expect(reply.headers['content-type']).toBe('text/plain; charset=utf-8');
  }
  for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
    for (const path of ['/llms.txt', GUIDE_PATH, '/']) {
      const response = await fetch(`${baseURL}${path}`, { method, redirect: 'manual' });
      expect(response.status, `${method} ${path}`).toBe(405);
      expect(response.headers.get('allow')).toBe('GET, HEAD');
      expect(await response.text()).toContain('use GET or HEAD');
    }
  }
  expect((await fetch(`${baseURL}/llms.txt`, { method: 'HEAD' })).status).toBe(200);
  const staticHost = await fetch(`${STATIC_ORIGIN}/api/sandbox`, { method: 'POST' });
  expect(staticHost.status).toBe(405);
  expect(staticHost.headers.get('allow')).toBe('GET, HEAD');
});

test('a Host header that is no host is a 400; a host the server is not reached by is a 421', async ({ baseURL }) => {
  const port = portOf(baseURL);
  for (const host of ['a b', 'SID:TOKEN@x', 'x/y', '']) {
    expectApiError(await getWithHost(port, '/api/sandbox', host), 400, /Host header/);
  }
  const noHost = await rawRequest(port, 'GET /api/sandbox HTTP/1.0\r\n\r\n');
  expectApiError(noHost, 400, /no Host header/);
  const page = await getWithHost(port, GUIDE_PATH, 'a b');
  expect(page.status).toBe(400);
  expect(page.headers['content-type']).toBe('text/plain; charset=utf-8');
  const userinfo = await rawRequest(
    port,
    `GET http://SID:TOKEN@127.0.0.1:${port}/api/sandbox HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`,
  );
  expectApiError(userinfo, 400, /^Credentials in the URL are refused/);

  // DNS rebinding: a page on evil.example whose name now resolves to this machine.
  const rebound = await getWithHost(port, '/api/sandbox/legacy-tokens/credentials', 'rebind.evil.example');
  expectApiError(rebound, 421, /does not answer for the host rebind\.evil\.example.*ALLOWED_HOSTS/);
  expect(rebound.statusLine).toBe('HTTP/1.1 421 Misdirected Request');
  expect((await getWithHost(port, GUIDE_PATH, `rebind.evil.example:${port}`)).status).toBe(421);
  const absolute = await rawRequest(
    port,
    `GET http://rebind.evil.example/api/sandbox HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`,
  );
  expect(absolute.status).toBe(421);
  // Bound to 127.0.0.1, the server does not answer for the machine's LAN address.
  for (const address of lanAddresses())
    expect((await getWithHost(port, '/api/sandbox/account', `${address}:${port}`)).status).toBe(421);

  // The names it is reached by; lan-sandbox.test comes from ALLOWED_HOSTS in playwright.config.ts.
  for (const host of ['localhost', '127.0.0.1', '[::1]', 'LAN-Sandbox.test']) {
    const reply = await getWithHost(port, '/api/sandbox/account', `${host}:${port}`);
    expect(reply.status, host).toBe(200);
  }
});

function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((entry) => entry && entry.family === 'IPv4' && !entry.internal)
    .map((entry) => entry!.address);
}

test('raw non-ASCII bytes in the request line: a 400 that shows how to percent-encode', async ({ baseURL }) => {
  const port = portOf(baseURL);
  const reply = await raw(port, `GET ${GUIDE_PATH}.md?ask=如何重置 HTTP/1.1`);
  expect(reply.statusLine).toBe('HTTP/1.1 400 Bad Request');
  expect(reply.headers['content-type']).toBe('text/plain; charset=utf-8');
  expect(reply.headers['x-content-type-options']).toBe('nosniff');
  expect(reply.body).toContain('Percent-encode');
  expect(reply.body).toContain(`curl -G --data-urlencode 'ask=如何重置' 'http://127.0.0.1:${port}${GUIDE_PATH}.md'`);
  // What that command sends is answered.
  const encoded = await fetch(`${baseURL}${GUIDE_PATH}.md?${new URLSearchParams({ ask: '如何重置' })}`);
  expect(encoded.status).toBe(200);
  expect(await encoded.text()).toMatch(/^# 如何重置\n/);

  const withoutQuestion = await raw(port, 'GET /partner/zh/沙盒 HTTP/1.1');
  expect(withoutQuestion.status).toBe(400);
  expect(withoutQuestion.body).toContain(`'http://127.0.0.1:${port}/partner/zh/%E6%B2%99%E7%9B%92'`);
});

test('every answer: nosniff, Referrer-Policy, frame-ancestors and a reason phrase', async ({ baseURL }) => {
  const guide = await (await fetch(`${baseURL}${GUIDE_PATH}`)).text();
  const script = /src="(\/_astro\/[^"]+\.js)"/.exec(guide)![1];
  const requests: Array<[string, RequestInit?]> = [
    [`${baseURL}${GUIDE_PATH}`],
    [`${baseURL}${GUIDE_PATH}.md`],
    [`${baseURL}${GUIDE_PATH}.md?ask=${encodeURIComponent('如何启用旧版令牌？')}`],
    [`${baseURL}/partner/zh/no-such-page.md`],
    [`${baseURL}/partner/zh/no-such-page`],
    [`${baseURL}/`],
    [`${baseURL}/llms.txt`, { method: 'POST' }],
    [`${baseURL}/favicon.ico`],
    [`${baseURL}${script}`],
    [`${baseURL}/sandbox-sw.js`],
    [`${baseURL}/api/sandbox`],
    [`${baseURL}/api/nothing`],
    [`${baseURL}/api/sandbox/reset`, { method: 'POST', headers: { Origin: 'http://evil.example' } }],
    [`${STATIC_ORIGIN}${GUIDE_PATH}`],
    [`${STATIC_ORIGIN}/sandbox-sw.js`],
  ];
  const statuses: number[] = [];
  for (const [url, init] of requests) {
    const response = await fetch(url, { ...init, redirect: 'manual' });
    statuses.push(response.status);
    expect(response.headers.get('x-content-type-options'), url).toBe('nosniff');
    expect(response.headers.get('referrer-policy'), url).toBe('same-origin');
    expect(response.headers.get('content-security-policy'), url).toBe("frame-ancestors 'self'");
    expect(response.statusText, url).toBe(STATUS_CODES[response.status]);
  }
  expect(statuses).toEqual([200, 200, 200, 200, 404, 302, 405, 200, 200, 200, 200, 404, 403, 200, 200]);
});

test('caching: hashed /_astro files are immutable for a year, pages and markdown revalidate', async ({ baseURL }) => {
  for (const origin of [baseURL!, STATIC_ORIGIN]) {
    const page = await fetch(`${origin}${GUIDE_PATH}`);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const script = /src="(\/_astro\/[^"]+\.js)"/.exec(await page.text())![1];
    expect((await fetch(`${origin}${script}`)).headers.get('cache-control')).toBe(
      'public, max-age=31536000, immutable',
    );
    const markdown = await fetch(`${origin}${GUIDE_PATH}.md`);
    expect(markdown.headers.get('cache-control')).toBe('no-cache');
    const revalidated = await fetch(`${origin}${GUIDE_PATH}.md`, {
      headers: { 'If-None-Match': markdown.headers.get('etag')! },
    });
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.get('cache-control')).toBe('no-cache');
    const icon = await fetch(`${origin}/favicon.ico`);
    expect(icon.headers.get('content-type')).toBe('image/x-icon');
  }
  expect((await fetch(`${baseURL}${GUIDE_PATH}.md?ask=x`)).headers.get('cache-control')).toBe('no-store');
});

test('pages allow only this origin: hashed scripts and styles in a <meta> policy', async ({ baseURL }) => {
  for (const path of [GUIDE_PATH, '/partner/zh/sandbox', '/partner/zh/no-such-page']) {
    const html = await (await fetch(`${baseURL}${path}`)).text();
    const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
    expect(policy, path).toBeDefined();
    const directives = Object.fromEntries(
      policy!
        .split(';')
        .map((part) => part.trim())
        .filter(Boolean)
        .map((part) => [part.split(' ')[0], part.split(' ').slice(1)]),
    );
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    for (const name of ['script-src', 'style-src']) {
      expect(directives[name][0]).toBe("'self'");
      expect(
        directives[name].slice(1).every((source: string) => /^'sha256-[A-Za-z0-9+/=]+'$/.test(source)),
        name,
      ).toBe(true);
    }
    // Nothing from anywhere else, and no inline code without a hash.
    expect(policy).not.toMatch(/https?:|\*|unsafe/);
  }
});

test('in the browser the policy holds: injected inline script does not run, other origins cannot frame the page', async ({
  page,
  baseURL,
}) => {
  await page.goto(`${baseURL}${GUIDE_PATH}`);
  const violated = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        document.addEventListener('securitypolicyviolation', (event) => resolve(event.effectiveDirective), {
          once: true,
        });
        const script = document.createElement('script');
        script.textContent = 'window.injectedRan = true';
        document.head.append(script);
      }),
  );
  expect(violated).toMatch(/^script-src/);
  expect(await page.evaluate(() => 'injectedRan' in window)).toBe(false);

  // The site may frame itself; a page elsewhere may not (frame-ancestors, sent as a header).
  // The framing page is on another origin (the static server's port) and has no policy itself;
  // beside the server's file it frames a stand-in without the header, which loads.
  await page.route(`${STATIC_ORIGIN}/framer.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<iframe src="${baseURL}/llms.txt"></iframe><iframe src="${baseURL}/no-policy.txt"></iframe>`,
    }),
  );
  await page.route(`${baseURL}/no-policy.txt`, (route) => route.fulfill({ contentType: 'text/plain', body: 'framed' }));
  await page.goto(`${STATIC_ORIGIN}/framer.html`);
  await expect(page.locator('iframe').nth(1).contentFrame().locator('body')).toHaveText('framed');
  // Chromium shows its error page in a frame it refused.
  await expect.poll(() => page.frames().map((frame) => frame.url())).toContain('chrome-error://chromewebdata/');
  expect(page.frames().map((frame) => frame.url())).not.toContain(`${baseURL}/llms.txt`);

  await page.goto(`${baseURL}/partner/zh/no-such-page`);
  await page.evaluate((src) => {
    const frame = document.createElement('iframe');
    frame.src = src;
    document.body.append(frame);
  }, `${baseURL}/llms.txt`);
  await expect(page.frameLocator('iframe').locator('body')).toContainText('.md)');
});

test('a client that stalls its headers is answered 408 and disconnected', async ({ baseURL }) => {
  test.setTimeout(60_000);
  const reply = await rawRequest(portOf(baseURL), `GET /llms.txt HTTP/1.1\r\nHost: 127.0.0.1\r\n`);
  expect(reply.statusLine).toBe('HTTP/1.1 408 Request Timeout');
});
