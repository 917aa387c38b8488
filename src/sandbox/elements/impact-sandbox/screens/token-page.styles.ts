import { css } from 'lit';

export const tokenPageStyles = css`
  .tablist {
    display: flex;
    gap: var(--_space-x-small);
    border-bottom: 1px solid var(--_color-border);
    margin-bottom: var(--_space-medium);
  }
  [role='tab'] {
    font: inherit;
    background: none;
    border: none;
    border-bottom: 3px solid transparent;
    padding: 0.45em 0.8em;
    cursor: pointer;
    color: var(--_color-text-muted);
  }
  [role='tab'][aria-selected='true'] {
    color: var(--_color-accent);
    border-bottom-color: var(--_color-accent);
    font-weight: 600;
  }
  [role='tabpanel']:focus-visible {
    outline-offset: 4px;
  }
`;
