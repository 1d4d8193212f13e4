// Waits until a portal answers its health check: the servers started beside
// the main end-to-end server wait for it, which builds when needed, rather
// than build a second time at once.
export async function waitForHealth(base, { seconds = 600 } = {}) {
  const url = `${base}/api/health`;
  for (let waited = 0; !(await fetch(url).then((r) => r.ok, () => false)); waited += 1) {
    if (waited > seconds) throw new Error(`${url} did not answer within ${seconds} s`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}
