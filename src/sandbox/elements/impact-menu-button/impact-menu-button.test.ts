import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { expectAccessible, expectFocus, focused, mount } from '../../../../tests/elements/support.ts';
import type { MenuSelectEvent } from './impact-menu-button.ts';
import './impact-menu-button.ts';

const ITEMS = [
  { id: 'first', label: 'First action' },
  { id: 'second', label: 'Second action' },
  { id: 'third', label: 'Third action' },
];

async function menuButton(options: { iconOnly?: boolean } = {}) {
  const element = await mount('impact-menu-button', options.iconOnly ? { 'icon-only': '' } : {});
  element.label = 'Actions';
  element.items = ITEMS;
  element.icon = html`<svg aria-hidden="true" width="8" height="8"></svg>`;
  await element.updateComplete;
  const chosen: string[] = [];
  element.addEventListener('impact-menu-select', (event) => chosen.push(event.detail.id));
  return { element, chosen };
}

const button = () => page.getByRole('button', { name: 'Actions' });
const item = (name: string) => page.getByRole('menuitem', { name });

describe('<impact-menu-button>', () => {
  it('is accessible, closed and open', async () => {
    const { element } = await menuButton();
    await expect.element(button()).toHaveAttribute('aria-haspopup', 'menu');
    await expect.element(button()).toHaveAttribute('aria-expanded', 'false');
    await expectAccessible(element);
    await userEvent.click(button());
    await expect.element(page.getByRole('menu', { name: 'Actions' })).toBeVisible();
    await expectAccessible(element);
  });

  it('icon-only: the label is the button’s accessible name and no visible text', async () => {
    const { element } = await menuButton({ iconOnly: true });
    await expect.element(button()).toHaveAccessibleName('Actions');
    await expect.element(button()).not.toMatchTextContent('Actions');
    await expectAccessible(element);
  });

  it('Enter and ArrowDown open on the first item, ArrowUp on the last; arrows wrap; Home and End jump', async () => {
    await menuButton();
    button().element().focus();
    await userEvent.keyboard('{Enter}');
    await expect.element(button()).toHaveAttribute('aria-expanded', 'true');
    await expectFocus(item('First action'));
    await userEvent.keyboard('{ArrowUp}');
    await expectFocus(item('Third action'));
    await userEvent.keyboard('{ArrowDown}');
    await expectFocus(item('First action'));
    await userEvent.keyboard('{End}');
    await expectFocus(item('Third action'));
    await userEvent.keyboard('{Home}');
    await expectFocus(item('First action'));
    await userEvent.keyboard('{Escape}');
    await expect.element(page.getByRole('menu')).not.toBeInTheDocument();
    await expectFocus(button());

    await userEvent.keyboard('{ArrowUp}');
    await expectFocus(item('Third action'));
    await userEvent.keyboard('{Escape}');
    await userEvent.keyboard('{ArrowDown}');
    await expectFocus(item('First action'));
  });

  it('Space opens it and chooses an item: impact-menu-select names it, the menu closes, focus returns', async () => {
    const { chosen } = await menuButton();
    button().element().focus();
    await userEvent.keyboard('{ }');
    await expectFocus(item('First action'));
    await userEvent.keyboard('{ArrowDown}');
    await userEvent.keyboard('{ }');
    await expect.poll(() => chosen).toEqual(['second']);
    await expect.element(button()).toHaveAttribute('aria-expanded', 'false');
    await expectFocus(button());
  });

  it('Enter on an item chooses it; a click does too', async () => {
    const { chosen } = await menuButton();
    await userEvent.click(button());
    await expectFocus(item('First action'));
    await userEvent.keyboard('{End}');
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => chosen).toEqual(['third']);
    await userEvent.click(button());
    await userEvent.click(item('First action'));
    await expect.poll(() => chosen).toEqual(['third', 'first']);
  });

  it('fires impact-menu-select as a typed event that bubbles out of the shadow root', async () => {
    const { element } = await menuButton();
    const events: MenuSelectEvent[] = [];
    document.body.addEventListener('impact-menu-select', (event) => events.push(event));
    await userEvent.click(button());
    await userEvent.click(item('Second action'));
    await expect.poll(() => events.length).toBe(1);
    expect(events[0]?.detail).toEqual({ id: 'second' });
    expect(events[0]?.target).toBe(element);
    expect(events[0]?.composed).toBe(true);
  });

  it('Tab closes the menu; a click outside closes it and leaves focus where the click put it', async () => {
    const { element } = await menuButton();
    const after = document.createElement('button');
    after.textContent = 'Next control';
    element.after(after);
    await userEvent.click(button());
    await expectFocus(item('First action'));
    await userEvent.keyboard('{Tab}');
    await expect.element(button()).toHaveAttribute('aria-expanded', 'false');
    // The item closes with its menu, so Chromium puts focus back on the button (as it always did).
    await expectFocus(button());

    await userEvent.click(button());
    await expect.element(button()).toHaveAttribute('aria-expanded', 'true');
    await userEvent.click(page.getByRole('button', { name: 'Next control' }));
    await expect.element(button()).toHaveAttribute('aria-expanded', 'false');
    await expect.poll(focused).toBe(after);
  });
});
