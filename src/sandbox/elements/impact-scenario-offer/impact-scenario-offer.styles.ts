import { css } from 'lit';

export const scenarioOfferStyles = css`
  .offer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-small) var(--_space-medium);
    margin-top: var(--_space-small);
    padding: var(--_space-small) var(--_space-medium);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-large);
    background: var(--_color-surface-muted);
  }
  .offer p {
    margin: 0;
    flex: 1 1 16em;
  }
  .description {
    display: block;
    font-size: 0.9em;
    color: var(--_color-text-muted);
  }
  .btn {
    min-height: 24px;
  }
`;
