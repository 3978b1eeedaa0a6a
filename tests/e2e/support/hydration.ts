import type { Page } from "playwright-core";

/**
 * Waits until React has hydrated the whole page. React claims the server-rendered elements in document
 * order and marks each with a `__reactFiber$…` key; once the body's last element carries one, the
 * render has reached the end and its commit ran in the same task. Unlike "networkidle", this does not
 * wait out half a second of quiet after every page.
 */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const last = document.body?.lastElementChild;
    return last ? Object.keys(last).some((key) => key.startsWith("__reactFiber$")) : false;
  });
}
