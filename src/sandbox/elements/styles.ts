import { css } from 'lit';

export const focusRing = css`
  :focus-visible {
    outline: 2px solid #1a56db;
    outline-offset: 2px;
  }
`;

/** Shared look of the simulated app's controls. Colours keep WCAG AA contrast. */
export const controls = css`
  .btn {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    font: inherit;
    border-radius: 6px;
    padding: 0.45em 0.9em;
    border: 1px solid #1a56db;
    background: #1a56db;
    color: #fff;
    cursor: pointer;
  }
  .btn.secondary {
    background: #fff;
    color: #1a56db;
  }
  .btn.danger {
    background: #b42318;
    border-color: #b42318;
  }
  .btn:disabled,
  .btn[aria-disabled='true'] {
    background: #eef0f4;
    color: #4b5565;
    border-color: #c9ced8;
    cursor: not-allowed;
  }
  .linkish {
    font: inherit;
    background: none;
    border: none;
    padding: 0;
    color: #1a56db;
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
  .highlighted {
    outline: 3px solid #f59e0b;
    outline-offset: 3px;
    border-radius: 6px;
    animation: pulse 1.6s ease-in-out 3;
  }
  @keyframes pulse {
    50% {
      outline-color: #fcd34d;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .highlighted {
      animation: none;
    }
  }
  .notice {
    border-left: 4px solid #0e7c3a;
    background: #ecfdf3;
    padding: 0.6em 0.8em;
    border-radius: 4px;
    margin: 0.75em 0;
  }
  .notice.error {
    border-color: #b42318;
    background: #fef3f2;
  }
  .notice:empty {
    display: none;
  }
  code,
  .mono {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 0.92em;
    overflow-wrap: anywhere;
  }
  dialog {
    border: none;
    border-radius: 10px;
    padding: 1.25em 1.5em;
    max-width: min(30em, 90vw);
    box-shadow: 0 20px 48px rgb(15 23 42 / 0.35);
    color: #1d2433;
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
    gap: 0.5em;
    margin-top: 1em;
  }
`;
