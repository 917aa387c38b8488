/**
 * A notice with a Reload button, for when this page's code is older than the site's worker (a
 * deploy took over, mocks/browser.ts) or than the saved sandbox (a newer version's state). Fixed
 * at the bottom of the viewport, so it moves nothing on the page; styled through the CSSOM, which
 * the page's CSP allows (a `style` attribute it would not).
 */
import type { SandboxMessages } from '../i18n/sandbox.ts';

export function showReloadNotice(t: SandboxMessages, text: string): void {
  // One notice a page: a second reason to reload replaces the first one's words.
  const shown = document.querySelector('.reload-notice');
  if (shown) {
    shown.querySelector('p')!.textContent = text;
    return;
  }
  const notice = document.createElement('div');
  notice.setAttribute('role', 'status');
  notice.className = 'reload-notice';
  Object.assign(notice.style, {
    position: 'fixed',
    insetInline: '1rem',
    bottom: '1rem',
    zIndex: '10',
    display: 'flex',
    flexWrap: 'wrap',
    gap: '0.75rem',
    alignItems: 'center',
    maxWidth: '40rem',
    marginInline: 'auto',
    padding: '0.75rem 1rem',
    border: '1px solid #1d4ed8',
    borderRadius: '0.5rem',
    background: '#eff6ff',
    color: '#0f172a',
    boxShadow: '0 4px 16px rgb(0 0 0 / 0.15)',
  });
  const message = document.createElement('p');
  message.style.margin = '0';
  message.style.flex = '1 1 16rem';
  message.textContent = text;
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.textContent = t.reloadPage;
  Object.assign(reload.style, { minHeight: '2.75rem', paddingInline: '1rem', font: 'inherit', cursor: 'pointer' });
  reload.addEventListener('click', () => location.reload());
  notice.append(message, reload);
  // Inside <main>: every part of the page belongs to a landmark.
  (document.querySelector('main') ?? document.body).append(notice);
}
