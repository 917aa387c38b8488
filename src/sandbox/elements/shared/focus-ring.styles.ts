import { css } from 'lit';

export const focusRing = css`
  :focus-visible {
    outline: 2px solid var(--_color-accent);
    outline-offset: 2px;
  }
`;
