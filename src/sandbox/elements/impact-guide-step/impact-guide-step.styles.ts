import { css } from 'lit';

export const guideStepStyles = css`
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-small) 0.75em;
    margin-bottom: var(--_space-small);
    font-size: 0.92em;
    /* As tall as "Show me" (2em + its border) before it appears, so the app below never moves. */
    min-height: calc(2em + 2px);
  }
  .step-number {
    font-weight: 700;
  }
  .done {
    font-weight: 600;
    color: var(--_color-success-text);
    background: var(--_color-success-surface);
    border-radius: 999px;
    padding: 0.05em 0.7em;
  }
  .not-done {
    color: var(--_color-text-muted);
  }
  .points {
    color: var(--_color-text-muted);
  }
  .point-done {
    color: var(--_color-success-text);
  }
  .show-me {
    margin-left: auto;
    padding: 0.25em 0.8em;
  }
  /* A precondition is normal, not an error: an informational note, in the accent's pale tint. */
  .needs {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-small) 0.75em;
    margin: 0 0 var(--_space-small);
    padding: 0.5em 0.8em;
    background: var(--_color-accent-surface);
    border-radius: var(--_radius-medium);
  }
  .needs .btn {
    padding: 0.25em 0.8em;
  }
  .notice {
    margin-top: 0;
  }
`;
