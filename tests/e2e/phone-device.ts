/**
 * A Pixel 7's context options (size, touch, mobile viewport, user agent) for the phone specs'
 * `test.use`. Without its browser type (a worker's option): the phone specs share the other
 * specs' workers and browser instead of starting their own.
 */
import { devices } from '@playwright/test';

export const PHONE = (({ defaultBrowserType: _, ...contextOptions }) => contextOptions)(devices['Pixel 7']);
