import { css } from 'lit';

export const topBarStyles = css`
  .topbar {
    display: flex;
    align-items: center;
    gap: 0.6em;
    padding: 0.45em var(--_space-medium);
    background: var(--_color-brand);
    color: var(--_color-on-brand);
    border-radius: var(--_radius-x-large) var(--_radius-x-large) 0 0;
  }
  .brand {
    font: inherit;
    font-weight: 700;
    color: var(--_color-on-brand);
    background: none;
    border: none;
    cursor: pointer;
    padding: 0.2em;
  }
  .badge {
    font-size: 0.8em;
    font-weight: 600;
    background: var(--_color-badge);
    color: var(--_color-text);
    border-radius: 999px;
    padding: 0.1em 0.6em;
  }
  .topnav {
    margin-left: auto;
  }
`;
