import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { maskToken } from '../../../contract/index.ts';
import { SUPPORT_ROUTES, type LogEntry } from '../../../contract/index.ts';
import {
  api,
  expectAccessible,
  messagePattern,
  mount,
  sandboxStore,
  useSandboxBackend,
  en,
  zh,
  zhSupport,
} from '../../../../tests/elements/support.ts';
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
    // A normal precondition: no credential to choose, no token labels, and no error styling.
    await expect.element(page.getByRole('radio')).not.toBeInTheDocument();
    await expect.element(page.getByText(zh.notResetYet)).not.toBeInTheDocument();
    expect(panel.shadowRoot!.querySelector('.notice.error')).toBeNull();
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

  it('pasted credentials: sent as given (empty token → 401), and Enter in a field sends the form', async () => {
    await sandboxStore.enableLegacyTokens();
    const panel = await mount('impact-try-request', { locale: 'zh' });
    await userEvent.click(choice(zh.pasted));
    const sid = page.getByRole('textbox', { name: zh.accountSid });
    await expect.element(sid).toBeVisible();
    const credentials = sandboxStore.view?.credentials;
    expect(credentials).toBeTruthy();
    await userEvent.fill(sid, credentials!.accountSid);
    expect(await sendRequest(panel)).toBe('401');

    await userEvent.fill(page.getByLabelText(zh.authToken), credentials!.readOnly.authToken);
    const exchanges = () => panel.shadowRoot?.querySelector('[data-exchange]')?.getAttribute('data-exchange');
    await userEvent.keyboard('{Enter}');
    await expect.poll(exchanges).toBe('2');
    await expect.element(status()).toHaveTextContent('200 OK');
  });

  for (const [locale, t] of [
    ['zh', zh],
    ['en', en],
  ] as const) {
    it(`pasted credentials still empty (${locale}): the request line shows no SID, the last answer says it was another credential's, and send asks for a SID`, async () => {
      await sandboxStore.enableLegacyTokens();
      const panel = await mount('impact-try-request', { locale });
      const sandboxSid = sandboxStore.view!.account.sid;
      const endpoint = () => panel.shadowRoot!.querySelector('.endpoint')!.textContent ?? '';
      await userEvent.click(page.getByRole('button', { name: t.send }));
      await expect
        .poll(() => panel.shadowRoot?.querySelector('[data-exchange]')?.getAttribute('data-exchange'))
        .toBe('1');
      await expect
        .element(page.getByRole('region', { name: t.response }))
        .not.toMatchTextContent(t.answerOtherCredential);

      await userEvent.click(page.getByRole('radio', { name: t.pasted, exact: false }));
      // What a send would do: no SID of the sandbox's in the request line, the curl or the real address.
      await expect.poll(endpoint).toContain('{AccountSID}');
      expect(endpoint()).not.toContain(sandboxSid);
      await userEvent.click(page.getByText(t.equivalentCurl));
      await expect.element(page.getByText(/^curl -i -X GET/)).not.toMatchTextContent(sandboxSid);
      await expect.element(page.getByText(t.pastedSidNeeded)).toBeVisible();
      // The answer on screen was got with the credential chosen before, and says so.
      await expect.element(page.getByRole('region', { name: t.response })).toMatchTextContent(t.answerOtherCredential);

      // Sending asks for the SID (announced, the field focused and marked) and sends nothing.
      await userEvent.click(page.getByRole('button', { name: t.send }));
      await expect.element(page.getByRole('alert')).toMatchTextContent(t.pastedSidNeeded);
      const sid = page.getByRole('textbox', { name: t.accountSid });
      // In the shadow root, the document's focus is the panel: ask the root which field has it.
      await expect.poll(() => panel.shadowRoot?.activeElement).toBe(sid.element());
      await expect.element(sid).toHaveAttribute('aria-invalid', 'true');
      expect(panel.shadowRoot?.querySelector('[data-exchange]')?.getAttribute('data-exchange')).toBe('1');

      // Once pasted, the request line carries that SID and the prompt is gone.
      await userEvent.fill(sid, 'IRpastedSID1');
      await expect.poll(endpoint).toContain('/IRpastedSID1/');
      await expect.element(page.getByText(t.pastedSidNeeded)).not.toBeInTheDocument();
      await expect.element(sid).toHaveAttribute('aria-invalid', 'false');
    });
  }

  it('the 401 of a reset token is explained in the page language; the request is logged as the panel’s', async () => {
    await sandboxStore.enableLegacyTokens();
    await sandboxStore.resetToken('readWrite');
    const panel = await mount('impact-try-request', { locale: 'zh' });
    await userEvent.click(choice(zh.previousReadWrite));
    expect(await sendRequest(panel)).toBe('401');
    await expect
      .element(page.getByText(messagePattern((time: string) => zhSupport.why + zhSupport.revokedTokenAt(time), true)))
      .toBeVisible();
    // The API's own body stays English.
    await expect.element(body()).toMatchTextContent(/no longer passes authorization/);
    const { entries } = (await api('GET', SUPPORT_ROUTES.log)) as { entries: LogEntry[] };
    expect(entries.at(-1)).toMatchObject({
      kind: 'request',
      client: 'try-request',
      status: 401,
      reason: 'revoked-token',
    });
  });

  it('the curl command runs as shown: real values, the token masked until shown, copied whole', async () => {
    await sandboxStore.enableLegacyTokens();
    await mount('impact-try-request', { locale: 'zh' });
    const credentials = sandboxStore.view!.credentials!;
    const token = credentials.readWrite.authToken;
    await userEvent.click(page.getByText(zh.equivalentCurl));
    const curl = page.getByText(/^curl -i -X GET/);
    await expect.element(curl).toBeVisible();
    await expect.element(curl).toMatchTextContent(`-u '${credentials.accountSid}:${maskToken(token)}'`);
    await expect.element(curl).not.toMatchTextContent(token);
    await expect.element(curl).not.toMatchTextContent('$');

    const show = page.getByRole('button', { name: zhSupport.showToken });
    await userEvent.click(show);
    await expect.element(show).toHaveAttribute('aria-pressed', 'true');
    await expect.element(curl).toMatchTextContent(`-u '${credentials.accountSid}:${token}'`);
    await userEvent.click(show);
    await expect.element(curl).not.toMatchTextContent(token);

    await userEvent.click(page.getByRole('button', { name: zhSupport.copyCommand }));
    await expect.element(page.getByRole('status').filter({ hasText: zhSupport.commandCopied })).toBeInTheDocument();
    const copied = await navigator.clipboard.readText();
    expect(copied).toContain(`${location.origin}/api/Mediapartners/${credentials.accountSid}/Campaigns.json`);
    expect(copied).toContain(`-u '${credentials.accountSid}:${token}'`);
  });
});
