import { css } from 'lit';

export const tryRequestStyles = css`
  fieldset {
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-large);
    padding: 0.4em 0.8em 0.6em;
    margin: 0 0 0.6em;
  }
  legend {
    font-weight: 600;
    padding: 0 0.3em;
  }
  /* The radio stays beside its words however they wrap (a narrow phone wraps the long ones). */
  .choice {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    align-items: start;
    align-content: center;
    gap: 0 0.4em;
    padding: 0.15em 0;
  }
  .choice input {
    margin-top: calc((1lh - 1.1em) / 2);
  }
  /* Its words beside the radio; the token's mask or "not reset yet" on the full width below. */
  .choice-text {
    display: contents;
  }
  .choice-text > * {
    grid-column: 1 / -1;
  }

  .token-hint {
    color: var(--_color-text-muted);
  }
  .pasted {
    display: grid;
    gap: 0.3em;
    margin-top: 0.3em;
  }
  .pasted input {
    width: 100%;
    box-sizing: border-box;
    font: inherit;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.6em;
    margin-bottom: var(--_space-small);
  }
  .row label,
  .body-field {
    display: grid;
    gap: 0.15em;
    font-size: 0.9em;
    font-weight: 600;
  }
  textarea {
    font-family: var(--_font-mono);
    width: 100%;
    box-sizing: border-box;
  }
  .endpoint {
    font-size: 0.85em;
  }
  .status {
    font-size: 1.05em;
    padding: 0.3em 0.6em;
    border-radius: var(--_radius-medium);
  }
  .status-2 {
    background: var(--_color-success-surface);
    color: var(--_color-success-text);
  }
  .status-4,
  .status-5,
  .status-0 {
    background: var(--_color-danger-surface);
    color: var(--_color-danger-text);
  }
  .body-heading {
    font-size: 0.95em;
    margin: var(--_space-small) 0 0.2em;
  }
  pre {
    background: var(--_color-surface-muted);
    border: 1px solid var(--_color-border-subtle);
    border-radius: var(--_radius-medium);
    padding: 0.6em;
    overflow: auto;
    max-height: 22em;
    white-space: pre-wrap;
    word-break: break-word;
    margin: 0.3em 0;
  }
  summary {
    cursor: pointer;
    font-size: 0.9em;
    min-height: 24px;
  }
  .reason {
    margin: 0.4em 0 0;
  }
  .notice.info {
    border-color: var(--_color-border);
    background: var(--_color-surface-muted);
  }
  .curl-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-small);
  }
  .btn.small {
    font-size: 0.88em;
    padding: 0.3em 0.7em;
  }
  .btn[aria-pressed='true'] {
    background: var(--_color-accent-surface);
  }
`;
