/** The widgets' shared look: host defaults, buttons, links, notices, code, dialogs. */
import { css } from 'lit';

export const widgetHost = css`
  :host {
    display: block;
    font-family: var(--_font-sans);
    color: var(--_color-text);
    line-height: 1.5;
  }
`;

export const controls = css`
  .btn {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    font: inherit;
    border-radius: var(--_radius-medium);
    padding: 0.45em 0.9em;
    border: 1px solid var(--_color-accent);
    background: var(--_color-accent);
    color: var(--_color-on-accent);
    cursor: pointer;
  }
  .btn.secondary {
    background: var(--_color-surface);
    color: var(--_color-accent);
  }
  .btn.danger {
    background: var(--_color-danger);
    border-color: var(--_color-danger);
  }
  .btn:disabled,
  .btn[aria-disabled='true'] {
    background: var(--_color-border-subtle);
    color: var(--_color-text-muted);
    border-color: var(--_color-border);
    cursor: not-allowed;
  }
  .linkish {
    font: inherit;
    background: none;
    border: none;
    padding: 0;
    color: var(--_color-accent);
    text-decoration: underline;
    cursor: pointer;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .notice {
    border-left: 4px solid var(--_color-success);
    background: var(--_color-success-surface);
    padding: 0.6em 0.8em;
    border-radius: var(--_radius-small);
    margin: var(--_space-medium) 0;
  }
  .notice.error {
    border-color: var(--_color-danger);
    background: var(--_color-danger-surface);
  }
  .notice:empty {
    display: none;
  }
  .note {
    font-size: 0.88em;
    color: var(--_color-text-muted);
  }
  code,
  .mono {
    font-family: var(--_font-mono);
    font-size: 0.92em;
    overflow-wrap: anywhere;
  }
  dialog {
    border: none;
    border-radius: var(--_radius-x-large);
    padding: 1.25em 1.5em;
    max-width: min(30em, 90vw);
    box-shadow: 0 20px 48px rgb(15 23 42 / 0.35);
    color: var(--_color-text);
    background: var(--_color-surface);
  }
  dialog::backdrop {
    background: rgb(15 23 42 / 0.45);
  }
  dialog h2 {
    margin-top: 0;
    font-size: 1.1em;
  }
  .dialog-actions {
    display: flex;
    justify-content: flex-end;
    gap: var(--_space-small);
    margin-top: var(--_space-large);
  }
`;
