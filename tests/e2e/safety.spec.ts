/** Nothing reaches impact.com: the fixtures fail any test that tries; this one tries on purpose. */
import { expect, openReady, test } from './fixtures.ts';

test('a request to a real impact.com host is answered by the sandbox and never leaves', async ({ page, impactRequests }) => {
  await openReady(page);
  const reply = await page.evaluate(async () => {
    const response = await fetch('https://api.impact.com/Mediapartners/IRSANDBOX000000000000000000000001/Campaigns.json');
    return { status: response.status, body: await response.json() };
  });
  expect(reply.status).toBe(421);
  expect(reply.body.Message).toContain('never contacts it');
  expect(impactRequests).toEqual([]);
});

test('tokens are masked by default and never written to the console', async ({ page }) => {
  const logged: string[] = [];
  page.on('console', (message) => logged.push(message.text()));
  await openReady(page);
  await page.locator('impact-sandbox').nth(2).getByRole('button', { name: '启用旧版令牌' }).click();
  const enabled = await page.evaluate(async () => (await fetch('/api/sandbox')).json());
  const tokens = [enabled.credentials.readWrite.authToken, enabled.credentials.readOnly.authToken];
  const app = page.locator('impact-sandbox').nth(4);
  await app.getByRole('button', { name: '旧版账户令牌' }).click();
  await app.getByRole('tab', { name: 'API 凭证' }).click();
  const panel = app.getByRole('tabpanel', { name: 'API 凭证' });
  await expect(panel).toContainText(enabled.credentials.accountSid);
  for (const token of tokens) await expect(panel).not.toContainText(token);
  await page.locator('impact-try-request').getByRole('button', { name: '发送请求' }).click();
  await expect(page.locator('impact-try-request').locator('[data-status]')).toHaveAttribute('data-status', '200');
  await expect(page.locator('impact-try-request')).not.toContainText(tokens[0]);
  expect(logged.filter((line) => tokens.some((token) => line.includes(token)))).toEqual([]);
});
