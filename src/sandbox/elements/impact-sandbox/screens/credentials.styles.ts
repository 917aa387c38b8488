import { css } from 'lit';

export const credentialsStyles = css`
  .credentials dt {
    font-weight: 600;
  }
  .credential-row {
    padding: var(--_space-small) 0;
    border-bottom: 1px solid var(--_color-border-subtle);
  }
  .credentials dd {
    margin: var(--_space-x-small) 0 0;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4em;
  }
  .icon-btn {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-x-small);
    font: inherit;
    font-size: 0.88em;
    background: var(--_color-surface);
    color: var(--_color-accent);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-medium);
    padding: 0.2em var(--_space-small);
    cursor: pointer;
  }
  .icon-btn[aria-pressed='true'] {
    background: var(--_color-accent-surface);
  }
`;
