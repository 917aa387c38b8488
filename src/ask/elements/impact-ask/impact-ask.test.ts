/**
 * The ask box as the page has it (Base.astro's form, live region and output slot), with the
 * `?ask=` client replaced by replies the test hands out: what is tested is the element, not the
 * engine (tests/unit/ask-*.test.ts and tests/e2e/ask-box.spec.ts cover the endpoint).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { ASK_BOX_MESSAGES } from '../../../i18n/ask-box.ts';
import { askQuestion, AskUnavailableError } from '../../client.ts';
import type { AskReply } from '../../types.ts';
import { expectAccessible, expectFocus } from '../../../../tests/elements/support.ts';
import { PENDING_ATTRIBUTE } from './impact-ask.ts';

vi.mock('../../client.ts', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../client.ts')>()),
  askQuestion: vi.fn(),
}));

const en = ASK_BOX_MESSAGES.en;
const PAGE = '/partner/example-guide';

const REPLY: AskReply = {
  question: 'How do I reset the read-only token?',
  answer: '1. Open **Settings**.\n2. Choose **Reset (Read-Only)** in the token card.',
  excerpts: [
    {
      text: 'Reset the read-only token from the **More** menu.',
      page: 'Example guide',
      section: 'Manage tokens',
      url: `${PAGE}.md#manage-tokens`,
    },
  ],
  sources: [{ title: 'Example guide › Manage tokens', url: `${PAGE}.md#manage-tokens` }],
  followUps: ['What happens to the old token?'],
  answered: true,
  language: 'en',
  terms: ['reset', 'read-only'],
};

const asked = vi.mocked(askQuestion);

/** The header's ask box as Base.astro renders it; the element upgrades it. */
function mountAskBox(options: { pending?: string } = {}): HTMLElement {
  const box = document.createElement('impact-ask');
  box.setAttribute('locale', 'en');
  box.setAttribute('page', PAGE);
  if (options.pending !== undefined) box.setAttribute(PENDING_ATTRIBUTE, '');
  const form = document.createElement('form');
  form.setAttribute('role', 'search');
  form.setAttribute('aria-labelledby', 'ask-label');
  const label = document.createElement('label');
  label.id = 'ask-label';
  label.htmlFor = 'ask-input';
  label.textContent = en.label;
  const input = document.createElement('input');
  input.id = 'ask-input';
  input.type = 'search';
  input.name = 'ask';
  input.required = true;
  input.value = options.pending ?? '';
  const submit = document.createElement('button');
  submit.type = 'submit';
  submit.textContent = en.submit;
  form.append(label, input, submit);
  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  status.setAttribute('data-ask-status', '');
  const output = document.createElement('div');
  output.setAttribute('data-ask-output', '');
  box.append(form, status, output);
  document.body.append(box);
  return box;
}

const input = () => page.getByRole('searchbox', { name: en.label });
const results = () => page.getByRole('region', { name: en.answerHeading(REPLY.question) });

async function ask(question: string): Promise<void> {
  await userEvent.fill(input(), question);
  await userEvent.keyboard('{Enter}');
}

beforeEach(async () => {
  asked.mockReset();
  await import('./impact-ask.ts');
});

afterEach(() => {
  document.body.replaceChildren();
});

describe('<impact-ask>', () => {
  it('is accessible with an answer shown', async () => {
    asked.mockResolvedValue(REPLY);
    const box = mountAskBox();
    await ask(REPLY.question);
    await expect.element(results()).toBeVisible();
    await expectAccessible(box);
  });

  it('answers a question: steps, excerpts with the matched words marked, sources, and an announcement', async () => {
    asked.mockResolvedValue(REPLY);
    mountAskBox();
    await ask(REPLY.question);
    await expect.element(results()).toBeVisible();
    expect(asked).toHaveBeenCalledWith(REPLY.question, expect.objectContaining({ page: PAGE }));
    await expect.element(page.getByRole('status')).toHaveTextContent(en.found(1));
    await expect.element(page.getByRole('listitem').filter({ hasText: 'Open Settings.' })).toBeVisible();
    await expect.element(page.getByRole('strong').filter({ hasText: 'Reset (Read-Only)' })).toBeVisible();
    const marks = page
      .getByRole('mark')
      .elements()
      .map((mark) => mark.textContent);
    expect(marks).toEqual(['Reset', 'read-only']);
    await expect
      .element(page.getByRole('link', { name: 'Example guide › Manage tokens' }).first())
      .toHaveAttribute('href', `${PAGE}#manage-tokens`);
  });

  it('marks touching words as one (Chinese has no spaces: separate marks would show a gap)', async () => {
    // Chinese text from the label table (no Chinese literals outside src/i18n): 文档摘录 asked as 文档 + 摘录.
    const touching = ASK_BOX_MESSAGES.zh.excerptsHeading;
    const [first, second] = [touching.slice(0, 2), touching.slice(2)];
    asked.mockResolvedValue({
      ...REPLY,
      excerpts: [{ ...REPLY.excerpts[0]!, text: `${first}, ${touching}.` }],
      terms: [first, second],
    });
    mountAskBox();
    await ask(REPLY.question);
    await expect.element(results()).toBeVisible();
    const marks = page
      .getByRole('mark')
      .elements()
      .map((mark) => mark.textContent);
    expect(marks).toEqual([first, touching]);
  });

  it('Escape closes the results, keeps the question and puts focus back in the box', async () => {
    asked.mockResolvedValue(REPLY);
    mountAskBox();
    await ask(REPLY.question);
    await expect.element(results()).toBeVisible();
    page.getByRole('button', { name: en.close }).element().focus();
    await userEvent.keyboard('{Escape}');
    await expect.element(results()).not.toBeInTheDocument();
    await expect.element(input()).toHaveValue(REPLY.question);
    await expectFocus(input());
    await expect.element(page.getByRole('status')).toHaveTextContent('');
  });

  it('a follow-up is asked from its button, and becomes the question in the box', async () => {
    asked.mockResolvedValue(REPLY);
    mountAskBox();
    await ask(REPLY.question);
    await userEvent.click(page.getByRole('button', { name: REPLY.followUps[0] }));
    await expect
      .poll(() => asked.mock.calls.map(([question]) => question))
      .toEqual([REPLY.question, REPLY.followUps[0]]);
    await expect.element(input()).toHaveValue(REPLY.followUps[0]);
  });

  it('a newer question cancels the older one: only the newer reply is shown', async () => {
    let answerFirst: (reply: AskReply) => void = () => undefined;
    asked.mockImplementationOnce(
      (_question, options) =>
        new Promise((resolve) => {
          answerFirst = resolve;
          options?.signal?.addEventListener('abort', () => resolve(REPLY));
        }),
    );
    asked.mockResolvedValueOnce({ ...REPLY, question: 'Newer question?' });
    mountAskBox();
    await ask('Older question?');
    await expect.element(page.getByText(en.busy).first()).toBeInTheDocument();
    await ask('Newer question?');
    await expect.element(page.getByRole('heading', { name: en.answerHeading('Newer question?') })).toBeVisible();
    expect(asked.mock.calls[0]?.[1]?.signal?.aborted).toBe(true);
    answerFirst(REPLY);
    await expect.element(page.getByRole('heading', { name: en.answerHeading(REPLY.question) })).not.toBeInTheDocument();
  });

  it('when no answer can be fetched, an alert says why and the status line stays quiet', async () => {
    asked.mockRejectedValue(new AskUnavailableError('status 503'));
    const box = mountAskBox();
    await ask(REPLY.question);
    const alert = page.getByRole('alert');
    await expect.element(alert).toMatchTextContent(en.unavailable);
    await expect.element(alert).toMatchTextContent(en.failureReason('status 503'));
    await expect.element(page.getByRole('status')).toHaveTextContent('');
    await expectAccessible(box);
  });

  it('a question sent before the element loaded is asked once it connects', async () => {
    asked.mockResolvedValue(REPLY);
    const box = mountAskBox({ pending: REPLY.question });
    await expect.element(results()).toBeVisible();
    expect(asked).toHaveBeenCalledTimes(1);
    expect(box.hasAttribute(PENDING_ATTRIBUTE)).toBe(false);
  });

  it('an answer keeps the links it quotes, to the web or this site, and shows any other as text', async () => {
    asked.mockResolvedValue({
      ...REPLY,
      answer:
        'Visit the [Integrations portal](https://integrations.impact.com/). Read [keep your tokens secure](/other/keep-secure). Not [a script](javascript:alert(1)).',
    });
    mountAskBox();
    await ask(REPLY.question);
    await expect
      .element(page.getByRole('link', { name: 'Integrations portal' }))
      .toHaveAttribute('href', 'https://integrations.impact.com/');
    await expect
      .element(page.getByRole('link', { name: 'keep your tokens secure' }))
      .toHaveAttribute('href', '/other/keep-secure');
    await expect.element(page.getByRole('link', { name: 'a script' })).not.toBeInTheDocument();
    expect(document.querySelector('.ask-answer')?.textContent).toContain('Not [a script](javascript:alert(1)).');
  });
});
