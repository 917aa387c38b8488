/**
 * The MCP server on `npm start`, through the SDK's own client over Streamable HTTP: the docs
 * tools answer as `?ask=` does, the sandbox tools walk the guide's flow in a sandbox of the
 * session's own, bad input gets a clear MCP error, and sessions never see each other.
 */
import { request as httpRequest } from 'node:http';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { EN_GUIDE_PATH, expect, GUIDE_PATH, SANDBOX_MESSAGES, test } from './fixtures.ts';
import { spawnServer } from './server-process.ts';

const TOOLS = [
  'ask',
  'call_partner_api',
  'enable_legacy_tokens',
  'list_pages',
  'load_scenario',
  'read_page',
  'read_request_log',
  'read_sandbox',
  'reset_sandbox',
  'reset_token',
  'upgrade_api_version',
];

/** fetch cannot set Host: a rebinding page's request, by node:http. */
function statusForHost(baseURL: string, host: string): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(new URL('/mcp', baseURL), { method: 'POST', headers: { Host: host } }, (response) => {
      response.resume();
      resolve(response.statusCode);
    });
    request.on('error', reject);
    request.end('{}');
  });
}

async function connect(baseURL: string | undefined): Promise<Client> {
  const client = new Client({ name: 'e2e', version: '1.0.0' });
  await client.connect(new StreamableHTTPClientTransport(new URL('/mcp', baseURL)));
  return client;
}

async function call(client: Client, name: string, args: Record<string, unknown> = {}) {
  const result = (await client.callTool({ name, arguments: args })) as CallToolResult;
  const text = result.content.map((part) => (part.type === 'text' ? part.text : '')).join('\n');
  return { ...result, text, data: result.structuredContent as Record<string, any> };
}

test.describe('MCP server at /mcp', () => {
  test('lists its tools, and ask answers exactly as <page>.md?ask= does, sources included', async ({ baseURL }) => {
    const client = await connect(baseURL);
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name).sort()).toEqual(TOOLS);

    const question = 'How do I reset the read-only token?';
    const answer = await call(client, 'ask', { question });
    const direct = await fetch(`${baseURL}${EN_GUIDE_PATH}.md?ask=${encodeURIComponent(question)}`, {
      headers: { Accept: 'text/markdown' },
    });
    expect(answer.isError).toBeFalsy();
    expect(answer.text).toBe(await direct.text());
    expect(answer.text).toContain('# Sources:');
    expect(answer.data.sources.length).toBeGreaterThan(0);

    // A question on the zh page is answered from it, like the zh page's ?ask=.
    const zhQuestion = '如何启用旧版令牌？';
    const zhAnswer = await call(client, 'ask', { question: zhQuestion, page: GUIDE_PATH });
    const zhDirect = await fetch(`${baseURL}${GUIDE_PATH}.md?ask=${encodeURIComponent(zhQuestion)}`);
    expect(zhAnswer.text).toBe(await zhDirect.text());
    await client.close();
  });

  test('enable, reset the Read/Write token, and the old token gets 401 through the partner API tool', async ({
    baseURL,
  }) => {
    const client = await connect(baseURL);
    const enabled = await call(client, 'enable_legacy_tokens');
    expect(enabled.text).toContain(
      'Enable Legacy Tokens selected: the button disappeared and a Legacy Account Tokens card appeared.',
    );

    const masked = await call(client, 'read_sandbox');
    expect(masked.data.credentials.readWrite.authToken).toContain('•');
    const before = await call(client, 'read_sandbox', { reveal: true });
    const sid: string = before.data.account.sid;
    const oldToken: string = before.data.credentials.readWrite.authToken;
    expect(oldToken).not.toContain('•');

    const campaigns = { resource: 'Campaigns', accountSid: sid };
    const ok = await call(client, 'call_partner_api', { ...campaigns, authToken: oldToken });
    expect([ok.data.status, ok.data.reason]).toEqual([200, 'ok']);

    const reset = await call(client, 'reset_token', { level: 'readWrite' });
    expect(reset.text).toContain(SANDBOX_MESSAGES.en.resetDone('Read/Write'));
    expect(reset.text).not.toContain(oldToken);

    const refused = await call(client, 'call_partner_api', { ...campaigns, authToken: oldToken });
    expect(refused.data.status).toBe(401);
    expect(refused.data.reason).toBe('revoked-token');
    expect(refused.text).toMatch(/^HTTP 401 Unauthorized/);
    expect(JSON.parse(refused.data.body).Status).toBe('ERROR');

    const after = await call(client, 'read_sandbox', { reveal: true });
    const newToken: string = after.data.credentials.readWrite.authToken;
    expect(newToken).not.toBe(oldToken);
    const accepted = await call(client, 'call_partner_api', { ...campaigns, authToken: newToken });
    expect(accepted.data.status).toBe(200);

    const log = await call(client, 'read_request_log');
    expect(log.data.entries.map((entry: { status?: number; action?: string }) => entry.status ?? entry.action)).toEqual(
      ['enable', 200, 'reset-token', 401, 200],
    );
    expect(log.text).not.toContain(oldToken);
    await client.close();
  });

  test('bad tool input gets a clear MCP error, and the session goes on working', async ({ baseURL }) => {
    const client = await connect(baseURL);
    const badLevel = await call(client, 'reset_token', { level: 'admin' });
    expect(badLevel.isError).toBe(true);
    expect(badLevel.text).toMatch(/Input validation error/);
    expect(badLevel.text).toContain('readWrite');

    const badResource = await call(client, 'call_partner_api', { resource: '../sandbox/reset' });
    expect(badResource.isError).toBe(true);
    expect(badResource.text).toContain('must look like Campaigns');

    const tooEarly = await call(client, 'reset_token', { level: 'readOnly' });
    expect(tooEarly.isError).toBe(true);
    expect(tooEarly.text).toContain('HTTP 404');
    expect(tooEarly.text).toContain(SANDBOX_MESSAGES.en.enableFirst);

    const unknownPage = await call(client, 'read_page', { page: '/nope' });
    expect(unknownPage.isError).toBe(true);
    await expect(client.callTool({ name: 'no_such_tool', arguments: {} })).resolves.toMatchObject({ isError: true });

    const { tools } = await client.listTools();
    expect(tools).toHaveLength(TOOLS.length);
    await client.close();
  });

  test('two sessions never see each other’s sandbox', async ({ baseURL }) => {
    const [first, second] = await Promise.all([connect(baseURL), connect(baseURL)]);
    await call(first, 'enable_legacy_tokens');
    const mine = await call(first, 'read_sandbox', { reveal: true });
    const theirs = await call(second, 'read_sandbox');
    expect(theirs.data.account.sid).not.toBe(mine.data.account.sid);
    expect(theirs.data.account.legacyTokensEnabled).toBe(false);

    // The first session's credentials name no account in the second one's sandbox.
    const crossed = await call(second, 'call_partner_api', {
      resource: 'Campaigns',
      accountSid: mine.data.account.sid,
      authToken: mine.data.credentials.readWrite.authToken,
    });
    expect(crossed.data.status).toBe(401);
    expect(crossed.data.reason).toBe('unknown-account');
    expect((await call(first, 'read_request_log')).data.entries).toHaveLength(1);
    await Promise.all([first.close(), second.close()]);
  });

  test('pages, resources and the guide prompt', async ({ baseURL }) => {
    const client = await connect(baseURL);
    const zhPages = await call(client, 'list_pages', { locale: 'zh' });
    expect(zhPages.data.pages.map((page: { path: string }) => page.path)).toContain(GUIDE_PATH);
    expect(zhPages.data.pages.every((page: { locale: string }) => page.locale === 'zh')).toBe(true);

    const page = await call(client, 'read_page', { page: `${baseURL}${EN_GUIDE_PATH}.md` });
    expect(page.text).toBe(await (await fetch(`${baseURL}${EN_GUIDE_PATH}.md`)).text());

    const { resources } = await client.listResources();
    const guide = resources.find((resource) => resource.uri === `${baseURL}${EN_GUIDE_PATH}.md`);
    expect(guide?.mimeType).toBe('text/markdown');
    const read = await client.readResource({ uri: guide!.uri });
    expect(read.contents[0]).toMatchObject({ text: page.text });

    const prompt = await client.getPrompt({ name: 'follow_the_guide', arguments: { locale: 'zh' } });
    const steps = prompt.messages[0]!.content;
    expect(steps.type === 'text' && steps.text).toContain(`选择“${SANDBOX_MESSAGES.zh.enableLegacyTokens}”`);
    await client.close();
  });

  test('the endpoint keeps the server’s rules: other origins, other methods, unknown sessions', async ({ baseURL }) => {
    const initialize = {
      jsonrpc: '2.0',
      id: 1,
      method: 'initialize',
      params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '1' } },
    };
    const post = (headers: Record<string, string>, body: unknown = initialize) =>
      fetch(`${baseURL}/mcp`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json, text/event-stream', ...headers },
        body: JSON.stringify(body),
      });
    expect(await (await fetch(`${baseURL}/mcp.json`)).json()).toMatchObject({ mcp: 'available', endpoint: '/mcp' });
    const crossSite = await post({ Origin: 'http://evil.example' });
    expect(crossSite.status).toBe(403);
    expect((await crossSite.json()).error.message).toMatch(/^Cross-site request refused/);
    expect(await statusForHost(baseURL!, 'evil.example')).toBe(421);
    const stale = await post({ 'mcp-session-id': 'no-such-session' }, { jsonrpc: '2.0', id: 2, method: 'tools/list' });
    expect(stale.status).toBe(404);
    const get = await fetch(`${baseURL}/mcp`, { headers: { Accept: 'text/event-stream' } });
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST, DELETE');
    const broken = await fetch(`${baseURL}/mcp`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{',
    });
    expect((await broken.json()).error.code).toBe(-32700);
  });

  test('npm start prints the MCP address, and MCP traffic leaves no token in its log', async () => {
    const server = await spawnServer();
    try {
      await server.logged(`MCP server (Streamable HTTP): ${server.origin}/mcp`);
      const client = await connect(server.origin);
      await call(client, 'enable_legacy_tokens');
      const { data } = await call(client, 'read_sandbox', { reveal: true });
      const token: string = data.credentials.readWrite.authToken;
      await call(client, 'reset_token', { level: 'readWrite' });
      await call(client, 'call_partner_api', { resource: 'Campaigns', authToken: token });
      await call(client, 'call_partner_api', { resource: `Campaigns/${token}`, authToken: token, irVersion: 99 });
      await call(client, 'read_page', { page: token });
      await client.close();
      process.kill(server.process.pid!, 'SIGTERM');
      expect(await server.exited).toBe(0);
      for (const secret of [token, data.credentials.readOnly.authToken, data.account.sid]) {
        expect(server.log()).not.toContain(secret);
      }
    } finally {
      server.kill();
    }
  });
});
