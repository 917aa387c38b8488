import { beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { CLIENT_HEADER, partnerApiPath, SUPPORT_ROUTES } from '../../../contract/index.ts';
import { PANEL_MESSAGES } from '../../../i18n/support-panels.ts';
import { toBase64 } from '../../partner-client.ts';
import {
  api,
  expectAccessible,
  messagePattern,
  mount,
  sandboxStore,
  useSandboxBackend,
  zh,
  zhPanels,
  zhSupport,
} from '../../../../tests/elements/support.ts';
import './impact-request-log.ts';

useSandboxBackend();

// Each test's sandbox starts with its own reset in the log; these tests count from an empty one.
beforeEach(async () => {
  await api('DELETE', SUPPORT_ROUTES.log);
  await sandboxStore.refresh();
  // The pointer starts away from where the log will draw (a list under the pointer holds new rows).
  const corner = Object.assign(document.createElement('div'), {
    style: 'position:fixed;right:0;bottom:0;width:4px;height:4px',
  });
  document.body.append(corner);
  await userEvent.hover(corner);
  corner.remove();
});

/** A partner API call as a client of the page would make it; the log's view then follows. */
async function call(token: string, client = 'integration'): Promise<number> {
  const credentials = sandboxStore.view!.credentials!;
  const response = await fetch(partnerApiPath(credentials.accountSid, 'Campaigns.json'), {
    headers: { Authorization: `Basic ${toBase64(`${credentials.accountSid}:${token}`)}`, [CLIENT_HEADER]: client },
  });
  await sandboxStore.refresh();
  return response.status;
}

const comparisonRegion = new RegExp(`^${zhPanels.comparison}`);
const rows = (log: HTMLElement) => [...log.shadowRoot!.querySelectorAll<HTMLElement>('[data-entry]')];
const requestRows = (log: HTMLElement) => rows(log).filter((row) => row.dataset.kind === 'request');
const rowOf = (log: HTMLElement, id: string) => log.shadowRoot!.querySelector<HTMLElement>(`[data-entry="${id}"]`);

/** One token's call before and after its reset (200, then 401), both rows shown in the log. */
async function callAcrossReset(log: HTMLElement) {
  await sandboxStore.enableLegacyTokens();
  const first = sandboxStore.view!.credentials!.readWrite.authToken;
  expect(await call(first)).toBe(200);
  await sandboxStore.resetToken('readWrite');
  expect(await call(first)).toBe(401);
  await expect.poll(() => requestRows(log).length).toBe(2);
}

describe('<impact-request-log>', () => {
  it('is accessible empty, with entries, and with two requests compared', async () => {
    const log = await mount('impact-request-log', { locale: 'zh' });
    await expect.element(page.getByText(zhPanels.emptyLog)).toBeVisible();
    await expectAccessible(log);
    await callAcrossReset(log);
    await expectAccessible(log);
    const boxes = page.getByRole('checkbox');
    await userEvent.click(boxes.nth(0));
    await userEvent.click(boxes.nth(1));
    await expect.element(page.getByRole('region', { name: comparisonRegion })).toBeVisible();
    await expectAccessible(log);
  });

  it('shows every action and request, newest first, with caller, masked token, status and reason in the page language', async () => {
    await sandboxStore.enableLegacyTokens();
    const old = sandboxStore.view!.credentials!.readWrite.authToken;
    const log = await mount('impact-request-log', { locale: 'zh' });
    await sandboxStore.resetToken('readWrite');
    expect(await call(old)).toBe(401);
    await expect.poll(() => rows(log).length).toBe(3);
    const [newest, reset, enabled] = rows(log);
    expect(newest!.dataset.status).toBe('401');
    expect(newest!.textContent).toContain('GET Campaigns.json');
    expect(newest!.textContent).toContain(zhPanels.clients.integration);
    expect(newest!.textContent).toContain(`${zh.readWrite} ${old.slice(0, 4)}••••${old.slice(-4)}`);
    expect(newest!.textContent).toMatch(messagePattern(zhPanels.revokedAt));
    expect(newest!.textContent).toContain(zhSupport.reasons['revoked-token']);
    expect(newest!.textContent).not.toContain(old);
    expect(reset!.textContent).toContain(zhPanels.actions['reset-token'](zh.readWrite));
    expect(enabled!.textContent).toContain(zhPanels.actions.enable(''));
  });

  it('filters by token and by status; actions stay in the timeline', async () => {
    await sandboxStore.enableLegacyTokens();
    const { readWrite, readOnly } = sandboxStore.view!.credentials!;
    const log = await mount('impact-request-log', { locale: 'zh' });
    expect(await call(readWrite.authToken)).toBe(200);
    expect(await call(readOnly.authToken)).toBe(200);
    expect(await call('sandbox~not-a-real-token-at-all00')).toBe(401);
    await expect.poll(() => requestRows(log).length).toBe(3);

    await userEvent.selectOptions(page.getByRole('combobox', { name: zhPanels.filterStatus }), zhPanels.failed);
    await expect.poll(() => requestRows(log).map((row) => row.dataset.status)).toEqual(['401']);
    await expect.element(page.getByText(zhPanels.entriesShown(2, 4), { exact: false })).toBeVisible();

    await userEvent.selectOptions(page.getByRole('combobox', { name: zhPanels.filterStatus }), zhPanels.allStatuses);
    const readOnlyOption = `${zh.readOnly} ${readOnly.authToken.slice(0, 4)}••••${readOnly.authToken.slice(-4)}`;
    await userEvent.selectOptions(page.getByRole('combobox', { name: zhPanels.filterToken }), readOnlyOption);
    await expect.poll(() => requestRows(log).length).toBe(1);
    expect(rows(log).filter((row) => row.dataset.kind === 'action')).toHaveLength(1);
  });

  it('compares two requests across a reset: "before the reset: 200 / after: 401"; a third pick replaces the older', async () => {
    await sandboxStore.enableLegacyTokens();
    const token = sandboxStore.view!.credentials!.readWrite.authToken;
    await mount('impact-request-log', { locale: 'zh' });
    expect(await call(token)).toBe(200);
    await sandboxStore.resetToken('readWrite');
    expect(await call(token)).toBe(401);
    expect(await call(sandboxStore.view!.credentials!.readWrite.authToken)).toBe(200);
    const boxes = page.getByRole('checkbox');
    await expect.poll(() => boxes.all().length).toBe(3);
    // Newest first: [200 after, 401 after, 200 before].
    await userEvent.click(boxes.nth(2));
    await userEvent.click(boxes.nth(1));
    const region = page.getByRole('region', { name: comparisonRegion });
    await expect
      .element(region)
      .toMatchTextContent(zhPanels.compareSummary(zhPanels.beforeReset, 200, zhPanels.afterReset, 401));
    // Its title in the locale's own words and punctuation (zh's full-width colon).
    await expect
      .element(region.getByRole('paragraph').first())
      .toHaveTextContent(
        zh.labelled(zhPanels.comparison, zhPanels.compareSummary(zhPanels.beforeReset, 200, zhPanels.afterReset, 401)),
      );
    // Column by column: before the reset the token was current and passed; after, it had been reset.
    const cells = (row: string) => region.getByRole('row', { name: new RegExp(`^${row}`) }).getByRole('cell');
    await expect.element(cells(zhPanels.token).nth(0)).toMatchTextContent(zhPanels.currentToken);
    await expect.element(cells(zhPanels.token).nth(1)).toMatchTextContent(messagePattern(zhPanels.revokedAt));
    await expect.element(cells(zhPanels.reason).nth(1)).toHaveTextContent(zhSupport.reasons['revoked-token']);
    await userEvent.click(boxes.nth(0));
    await expect
      .element(region)
      .toMatchTextContent(zhPanels.compareSummary(zhPanels.earlier, 401, zhPanels.later, 200));
    await expect.element(boxes.nth(2)).not.toBeChecked();
  });

  for (const locale of ['zh', 'en'] as const) {
    const p = PANEL_MESSAGES[locale];
    it(`${locale}: new rows wait behind "N new — show" while the pointer is on the list, and a tick stays with its request`, async () => {
      await sandboxStore.enableLegacyTokens();
      const token = sandboxStore.view!.credentials!.readWrite.authToken;
      const log = await mount('impact-request-log', { locale });
      expect(await call(token)).toBe(200);
      await expect.poll(() => requestRows(log).length).toBe(1);
      const aimed = requestRows(log)[0]!.dataset.entry!;
      const checkbox = () => rowOf(log, aimed)!.querySelector('input')!;
      // The reader points at the row to tick it; two calls arrive meanwhile.
      await userEvent.hover(checkbox());
      const top = rowOf(log, aimed)!.getBoundingClientRect().top;
      expect(await call(token)).toBe(200);
      expect(await call(token)).toBe(200);
      const show = page.getByRole('button', { name: p.newEntriesHeld(2) });
      await expect.element(show).toBeVisible();
      expect(requestRows(log).map((row) => row.dataset.entry)).toEqual([aimed]);
      expect(rowOf(log, aimed)!.getBoundingClientRect().top).toBe(top);
      // What the pointer was over is what gets ticked.
      await userEvent.click(checkbox());
      expect(checkbox().checked).toBe(true);
      // Asked for, the new rows come in above; the tick stays with its request.
      await userEvent.click(show);
      await expect.poll(() => requestRows(log).length).toBe(3);
      expect(
        requestRows(log)
          .filter((row) => row.querySelector('input')!.checked)
          .map((row) => row.dataset.entry),
      ).toEqual([aimed]);
      // Away from the list (pointer and focus), a new row shows at once, and the tick still follows its request.
      await userEvent.click(page.getByText(p.requestLogIntro));
      expect(await call(token)).toBe(200);
      await expect.poll(() => requestRows(log).length).toBe(4);
      expect(
        requestRows(log)
          .filter((row) => row.querySelector('input')!.checked)
          .map((row) => row.dataset.entry),
      ).toEqual([aimed]);
    });
  }

  it('clears the log and says so', async () => {
    await sandboxStore.enableLegacyTokens();
    const log = await mount('impact-request-log', { locale: 'en' });
    await expect.poll(() => rows(log).length).toBe(1);
    await userEvent.click(page.getByRole('button', { name: 'Clear log' }));
    await expect
      .element(page.getByRole('status').filter({ hasText: 'The request log is cleared.' }))
      .toBeInTheDocument();
    await expect.poll(() => rows(log).length).toBe(0);
    await expect.element(page.getByRole('button', { name: 'Export as JSON' })).toBeDisabled();
  });

  it('the comparison breaks words only at natural points, even in a narrow column', async () => {
    const log = await mount('impact-request-log', { locale: 'en' });
    log.style.width = '240px';
    await callAcrossReset(log);
    const boxes = page.getByRole('checkbox');
    await userEvent.click(boxes.nth(0));
    await userEvent.click(boxes.nth(1));
    await expect.element(page.getByRole('region', { name: /./ })).toBeVisible();
    // Every word of every cell is on one line (one client rect): a narrow column scrolls instead.
    const broken: string[] = [];
    for (const cell of log.shadowRoot!.querySelectorAll<HTMLElement>('.sides td')) {
      const style = getComputedStyle(cell);
      const room = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const match of (node.textContent ?? '').matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          // A word cut over two lines spans two lines' height.
          const height = range.getBoundingClientRect().height;
          if (height > parseFloat(style.lineHeight) * 1.5) broken.push(`${match[0]} (in ${Math.round(room)} px)`);
        }
      }
    }
    expect(broken).toEqual([]);
  });
});
