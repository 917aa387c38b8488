import { css } from 'lit';

export const integrationStyles = css`
  .health {
    border: 1px solid var(--_color-border);
    border-left-width: 6px;
    border-radius: var(--_radius-large);
    padding: var(--_space-small) var(--_space-medium);
    background: var(--_color-surface-muted);
  }
  .health p {
    margin: 0.2em 0;
  }
  .health-healthy {
    border-color: var(--_color-success);
    background: var(--_color-success-surface);
    color: var(--_color-success-text);
  }
  .health-failing {
    border-color: var(--_color-danger);
    background: var(--_color-danger-surface);
    color: var(--_color-danger-text);
  }
  .badge-line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.2em 0.5em;
    font-size: 1.05em;
  }
  .badge {
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.03em;
  }
  .badge::before {
    content: '';
    display: inline-block;
    width: 0.7em;
    height: 0.7em;
    margin-right: 0.35em;
    border-radius: 50%;
    background: var(--_color-text-muted);
  }
  .health-healthy .badge::before {
    background: var(--_color-success);
  }
  .health-failing .badge::before {
    background: var(--_color-danger);
  }
  .when,
  .state {
    font-size: 0.9em;
  }
  .stale {
    font-weight: 600;
  }
  .health .btn {
    margin: 0.3em 0 0.2em;
  }
  .settings {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space-small);
    margin-top: var(--_space-small);
  }
  .settings label {
    display: grid;
    gap: 0.15em;
    font-size: 0.9em;
    font-weight: 600;
  }
  .held {
    align-self: center;
    color: var(--_color-text-muted);
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-small);
  }
  .btn[aria-pressed='true'] {
    background: var(--_color-accent-surface);
  }
  .notice.info {
    border-color: var(--_color-border);
    background: var(--_color-surface-muted);
  }
`;
