import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { sandboxStore } from '../../client-store.ts';
import { expectAccessible, mount, useSandboxBackend, zh } from '../../../../tests/elements/support.ts';
import './impact-try-request.ts';

useSandboxBackend();

const send = () => page.getByRole('button', { name: zh.send });
// A credential's label goes on with its masked token (or a note), hence the partial name.
const choice = (name: string) => page.getByRole('radio', { name, exact: false });
const status = () => page.getByRole('region', { name: zh.response }).getByRole('paragraph').first();
const body = () => page.getByLabelText(zh.responseBody);

/** Sends the form and waits for the response it gets (exchanges are numbered). */
async function sendRequest(panel: HTMLElement): Promise<string> {
  const exchanges = () => panel.shadowRoot?.querySelector('[data-exchange]')?.getAttribute('data-exchange') ?? '0';
  const before = Number(exchanges());
  await userEvent.click(send());
  await expect.poll(() => Number(exchanges())).toBe(before + 1);
  return panel.shadowRoot?.querySelector('[data-status]')?.getAttribute('data-status') ?? '';
}

describe('<impact-try-request>', () => {
  it('is accessible before legacy tokens are enabled, and with a response shown', async () => {
    const panel = await mount('impact-try-request', { locale: 'zh' });
    await expect.element(page.getByText(zh.enableFirst)).toBeVisible();
    await expect.element(choice(zh.currentReadWrite)).toBeDisabled();
    await expectAccessible(panel);
    await sandboxStore.enableLegacyTokens();
    await expect.element(choice(zh.currentReadWrite)).toBeEnabled();
    expect(await sendRequest(panel)).toBe('200');
    await expectAccessible(panel);
  });

  it('the current token gets 200 and the status is announced; after a reset the old one gets 401 saying why', async () => {
    await sandboxStore.enableLegacyTokens();
    const panel = await mount('impact-try-request', { locale: 'zh' });
    await expect.element(choice(zh.currentReadWrite)).toBeChecked();
    await expect.element(choice(zh.previousReadWrite)).toBeDisabled();
    expect(await sendRequest(panel)).toBe('200');
    await expect
      .element(page.getByRole('status').filter({ hasText: zh.responseAnnouncement(200, 'OK') }))
      .toBeInTheDocument();
    await expect.element(status()).toHaveTextContent('200 OK');

    await sandboxStore.resetToken('readWrite');
    await expect.element(choice(zh.previousReadWrite)).toBeEnabled();
    await userEvent.click(choice(zh.previousReadWrite));
    expect(await sendRequest(panel)).toBe('401');
    await expect.element(body()).toMatchTextContent(/reset at .* no longer passes authorization/);
  });

  it('a Read-Only token may read but not write (403); POST and PUT show the request body', async () => {
    await sandboxStore.enableLegacyTokens();
    const panel = await mount('impact-try-request', { locale: 'zh' });
    await userEvent.click(choice(zh.currentReadOnly));
    await userEvent.selectOptions(page.getByRole('combobox', { name: zh.resource }), 'ActionInquiries');
    expect(await sendRequest(panel)).toBe('200');
    await expect.element(page.getByRole('textbox', { name: zh.requestBody })).not.toBeInTheDocument();
    await userEvent.selectOptions(page.getByRole('combobox', { name: zh.method }), 'POST');
    await expect
      .element(page.getByRole('textbox', { name: zh.requestBody }))
      .toHaveValue(expect.stringContaining('"CampaignId": "12001"'));
    expect(await sendRequest(panel)).toBe('403');
    await userEvent.click(choice(zh.currentReadWrite));
    expect(await sendRequest(panel)).toBe('201');
  });

  it('format and version override: XML on request, IR-Version sent and answered', async () => {
    await sandboxStore.enableLegacyTokens();
    const panel = await mount('impact-try-request', { locale: 'zh' });
    await userEvent.selectOptions(page.getByRole('combobox', { name: zh.format }), 'xml');
    await userEvent.selectOptions(page.getByRole('combobox', { name: zh.versionOverride }), '15');
    expect(await sendRequest(panel)).toBe('200');
    await expect.element(body()).toMatchTextContent(/^(<\?xml[^>]*>\s*)?<ImpactRadiusResponse/);
    await expect.element(body()).toMatchTextContent('<DeeplinkDomains>');
    await userEvent.click(page.getByText(zh.responseHeaders));
    // The header line (the curl command below quotes it: 'IR-Version: 15').
    await expect.element(page.getByText(/(^|\s)ir-version: 15(\s|$)/i)).toBeVisible();
  });

  it('pasted credentials: sent as given (empty → 401), and Enter in a field sends the form', async () => {
    await sandboxStore.enableLegacyTokens();
    const panel = await mount('impact-try-request', { locale: 'zh' });
    await userEvent.click(choice(zh.pasted));
    const sid = page.getByRole('textbox', { name: zh.accountSid });
    await expect.element(sid).toBeVisible();
    expect(await sendRequest(panel)).toBe('401');

    const credentials = sandboxStore.view?.credentials;
    expect(credentials).toBeTruthy();
    await userEvent.fill(sid, credentials!.accountSid);
    await userEvent.fill(page.getByLabelText(zh.authToken), credentials!.readOnly.authToken);
    const exchanges = () => panel.shadowRoot?.querySelector('[data-exchange]')?.getAttribute('data-exchange');
    await userEvent.keyboard('{Enter}');
    await expect.poll(exchanges).toBe('2');
    await expect.element(status()).toHaveTextContent('200 OK');
  });

  it('the curl command names the account and leaves the token out', async () => {
    await sandboxStore.enableLegacyTokens();
    await mount('impact-try-request', { locale: 'zh' });
    const credentials = sandboxStore.view!.credentials!;
    await userEvent.click(page.getByText(zh.equivalentCurl));
    const curl = page.getByText(/^curl -i -X GET/);
    await expect.element(curl).toBeVisible();
    await expect.element(curl).toMatchTextContent(`-u "${credentials.accountSid}:$AUTH_TOKEN"`);
    await expect.element(curl).not.toMatchTextContent(credentials.readWrite.authToken);
  });
});
