import type { Page } from "@playwright/test";

// The missing pages answer 404 on purpose: the browser logs that status for the document itself.
const expected404 = /\/(fr\/nulle-part|az\/hec-yerde|de\/agenda)$/;

/**
 * Collects the page's console errors and uncaught exceptions (a hydration
 * mismatch, a failed resource, a script that throws), each with the address
 * it happened on and the resource it names: a walk ends expecting none.
 */
export function listenForConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    const resource = message.location().url;
    if (expected404.test(resource) && message.text().includes("status of 404")) return;
    errors.push(`${page.url()}: ${message.text()} (${resource})`);
  });
  page.on("pageerror", (error) => errors.push(`${page.url()}: ${error.message}`));
  return errors;
}
