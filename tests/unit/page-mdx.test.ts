/**
 * Pages' MDX is read one way (src/page-mdx.ts): its elements and their attributes from the syntax
 * tree, so what a page quotes in code is never taken for an element, by any of its readers.
 */
import { describe, expect, it } from 'vitest';
import { pseudoBody } from '../../build/pseudo-content.ts';
import { pageShots } from '../../scripts/screenshot-plan.ts';
import { guideText } from '../../src/sandbox/guided/label-check.ts';
import { readMdx, withoutElements } from '../../src/page-mdx.ts';

/** How a docs writer might show the markup on a page, in a code block. */
const QUOTED = [
  'Write a step like this:',
  '',
  '```mdx',
  '<Sandbox step="9" completes="open-api" points="view-credentials" />',
  '<details><summary>Example</summary>**Quoted** and [a link](/partner/quoted)</details>',
  '<Icon name="more" label="Quoted icon" />',
  '```',
  '',
].join('\n');

const GUIDE = [
  QUOTED,
  '1. Select <Icon name="more" label="More icon" /> **More**. See *Menu reference* and [the rules](/partner/rules).',
  '',
  '   <Sandbox step={1} completes="open-token-card" points="change-version view-credentials" screen="api" />',
  '',
  '<details id="menu-reference">',
  '',
  '<summary>Menu reference</summary>',
  '',
  '| Item | What |',
  '| --- | --- |',
  '| **Reset (Read/Write)** | Reset it. |',
  '',
  '<Sandbox screen="api" highlight="more" />',
  '',
  '</details>',
  '',
].join('\n');

const page = (body: string) => ({
  path: '/partner/example',
  body,
  data: { title: 'Example', description: 'Example', locale: 'en' as const },
});

describe('the one MDX reading', () => {
  it('lists each element with its attributes, nested ones too, in source order; none quoted in code', () => {
    const { elements, body } = readMdx(GUIDE);
    expect(elements.map((element) => element.name)).toEqual(['Icon', 'Sandbox', 'details', 'summary', 'Sandbox']);
    const [icon, step] = elements;
    expect(icon!.attributes.label?.value).toBe('More icon');
    // An expression's source, a quoted value as written.
    expect(step!.attributes.step?.value).toBe('1');
    expect(step!.attributes.points?.value).toBe('change-version view-credentials');
    // Each place is the source's own, to cut or rewrite in place.
    expect(body.slice(icon!.start, icon!.end)).toBe('<Icon name="more" label="More icon" />');
    expect(body.slice(icon!.attributes.label!.start, icon!.attributes.label!.end)).toBe('label="More icon"');
  });

  it('cuts out the elements of one name', () => {
    const reading = readMdx('a <Icon name="x" /> b <Icon name="y" /> c\n');
    expect(withoutElements(reading, 'Icon', 0, reading.body.length)).toBe('a  b  c\n');
  });
});

describe('its readers', () => {
  it('the screenshot plan takes the steps the page embeds, not one it quotes', () => {
    const shots = pageShots(page(GUIDE));
    expect(shots.steps).toEqual([1]);
    expect(shots.views).toEqual({ 1: ['api-credentials', 'overview'] });
  });

  it('the label check reads the page’s own menu reference, not a <details> it quotes', () => {
    const guide = guideText(page(GUIDE));
    expect(guide.menuReference).toContain('**Reset (Read/Write)**');
    expect(guide.menuReference).not.toContain('Quoted');
    expect(guide.steps).toHaveLength(1);
    expect(guide.steps[0]!.usesMenuReference).toBe(true);
    expect(guide.steps[0]!.markdown).not.toContain('<Sandbox');
  });

  it('a page made in another locale rewrites its own links and labels, and leaves quoted code as it is', () => {
    // (The pseudo-locale's pages are made this way; any locale's paths show it.)
    const body = pseudoBody(GUIDE, 'zh');
    expect(body).toContain(QUOTED.slice(QUOTED.indexOf('```')));
    expect(body).toContain('(/partner/zh/rules)');
    expect(body).toContain('label="[Ṁöŕé îçöñ ·]"');
  });
});
