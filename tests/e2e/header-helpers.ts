/** What the header tests measure: the ask box's hint against the room it has. */
import type { Page } from '@playwright/test';

/** How many px of the ask box's placeholder do not fit in its text area (≤ 0: it is shown whole). */
export function placeholderOverflow(page: Page): Promise<number> {
  return page.locator('#impact-ask-input').evaluate((input: HTMLInputElement) => {
    const style = getComputedStyle(input);
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return Math.ceil(context.measureText(input.placeholder).width - room);
  });
}
