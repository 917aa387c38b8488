import { css } from 'lit';

export const settingsStyles = css`
  .settings-nav ul {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .settings-nav li {
    padding: 0.2em 0;
  }
  .unavailable {
    color: var(--_color-text-muted);
  }
`;
