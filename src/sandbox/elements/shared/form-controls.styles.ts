/**
 * Form controls in the widgets' look (selects, text fields, radios, checkboxes): the same border,
 * radius and focus ring as the buttons, and every target at least 24×24 px (WCAG 2.2 target size).
 */
import { css } from 'lit';

export const formControls = css`
  select,
  input:not([type='radio'], [type='checkbox']),
  textarea {
    font: inherit;
    font-weight: normal;
    color: var(--_color-text);
    background: var(--_color-surface);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-medium);
    padding: 0.3em 0.5em;
    min-height: 2.25em;
    box-sizing: border-box;
  }
  textarea {
    min-height: auto;
  }
  input[type='radio'],
  input[type='checkbox'] {
    width: 1.1em;
    height: 1.1em;
    margin: 0;
    accent-color: var(--_color-accent);
  }
  .btn,
  .linkish {
    min-height: 24px;
    min-width: 24px;
  }
`;
