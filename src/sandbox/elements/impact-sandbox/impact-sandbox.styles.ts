/** The app's frame and what every screen shares; each screen's own rules live next to it (screens/). */
import { css } from 'lit';
import { highlightStyles } from './highlight.styles.ts';
import { apiPageStyles } from './screens/api-page.styles.ts';
import { credentialsStyles } from './screens/credentials.styles.ts';
import { overviewStyles } from './screens/overview.styles.ts';
import { settingsStyles } from './screens/settings.styles.ts';
import { tokenPageStyles } from './screens/token-page.styles.ts';
import { topBarStyles } from './screens/top-bar.styles.ts';

const frameStyles = css`
  :host {
    container-type: inline-size;
  }
  .frame {
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-x-large);
    background: var(--_color-surface);
    overflow: visible;
  }
  .waiting {
    padding: var(--_space-large);
    margin: 0;
  }
  .content {
    padding: var(--_space-medium) var(--_space-large) var(--_space-large);
  }
  h2 {
    font-size: 1.2em;
    margin: 0.3em 0 0.6em;
  }
  h2:focus {
    outline: none;
  }
  h3 {
    font-size: 1em;
    margin: 0.6em 0 0.3em;
  }
  .breadcrumb {
    font-size: 0.9em;
    color: var(--_color-text-muted);
  }
  /* The separator after a link sits inside its box, centred in what the label leaves: on a touch
     screen a short label (two Chinese characters) is widened to 44 px, and a separator outside
     would stand after the empty part. Its alt text is empty, so the link's name stays the label.
     The underline is the label's own: a flex item would inherit the button's. */
  .breadcrumb .crumb {
    text-decoration: none;
  }
  .breadcrumb .crumb > span {
    text-decoration: underline;
  }
  .breadcrumb .crumb::after {
    content: '›' / '';
    display: inline-block;
    flex: 1 0 auto;
    padding-inline: 0.3em;
    text-align: center;
    color: var(--_color-text-muted);
  }
  @container (max-width: 420px) {
    .content {
      padding: 0.6em;
    }
  }
`;

export const sandboxStyles = [
  frameStyles,
  topBarStyles,
  settingsStyles,
  apiPageStyles,
  tokenPageStyles,
  overviewStyles,
  credentialsStyles,
  // Last: the mark's tint wins over the screens' own transparent backgrounds (tabs, links).
  highlightStyles,
];
