/**
 * A long value with no spaces (an Account SID) breaks only where it must on a narrow screen, which
 * left a lone character on a line of its own. A break opportunity in its middle (`<wbr>`, no text,
 * so copying and reading are unchanged) makes it wrap as two even halves instead.
 */
import { html } from 'lit';

/** Values shorter than this fit a phone's line. */
const FITS_A_LINE = 24;

export function evenlyWrapped(value: string) {
  if (value.length < FITS_A_LINE) return value;
  const middle = Math.ceil(value.length / 2);
  return html`${value.slice(0, middle)}<wbr />${value.slice(middle)}`;
}
