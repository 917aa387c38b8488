import { css } from 'lit';

export const apiPageStyles = css`
  .page-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-small);
  }
  .page-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-small);
    margin-left: auto;
  }
  .card-meta {
    font-size: 0.88em;
    color: var(--_color-text-muted);
  }
  .token-card {
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-large);
    padding: 0.6em 0.9em;
    margin-top: var(--_space-small);
  }
  .card-head {
    display: flex;
    align-items: center;
    justify-content: space-between;
  }
  .card-head h3 {
    margin: 0;
  }
  .card-open {
    font: inherit;
    font-weight: 700;
    background: none;
    border: none;
    padding: 0;
    color: var(--_color-accent);
    cursor: pointer;
    text-align: left;
  }
  .card-open:hover {
    text-decoration: underline;
  }
`;
