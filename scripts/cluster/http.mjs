// A visitor without JavaScript, for test:cluster: a cookie jar that follows
// the visitor from one instance to another (cookies ignore the port, as a
// browser's do), and forms posted as a browser without JavaScript posts them.

export class Visitor {
  cookies = new Map();

  cookieHeader() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  remember(response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(";");
      const at = pair.indexOf("=");
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a) || /^\s*expires=Thu, 01 Jan 1970/i.test(a));
      if (expired || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  async fetch(url, init = {}) {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set("cookie", this.cookieHeader());
    const response = await fetch(url, { ...init, headers, redirect: "manual" });
    this.remember(response);
    return response;
  }

  /** GET, following redirects on the same instance; returns the last response and its text. */
  async get(url) {
    let current = url;
    for (let hops = 0; hops < 5; hops++) {
      const response = await this.fetch(current);
      const location = response.headers.get("location");
      if (response.status >= 300 && response.status < 400 && location) {
        current = new URL(location, current).href;
        continue;
      }
      return { response, url: current, text: await response.text() };
    }
    throw new Error(`too many redirects from ${url}`);
  }

  /**
   * Fetches `pageUrl`, takes the first form whose HTML contains `marker`, fills in
   * `values` and posts it to `postUrl` (another instance, to prove they agree).
   * Returns the answer unfollowed: an action that redirects answers 303.
   */
  async submitForm(pageUrl, marker, values, postUrl = pageUrl) {
    const { text } = await this.get(pageUrl);
    const form = formWithField(text, marker);
    if (!form) throw new Error(`no form with ${marker} on ${pageUrl}`);
    return this.post(postUrl, form, values);
  }

  async post(postUrl, form, values) {
    const body = new FormData();
    for (const [name, value] of form.hidden) body.append(name, value);
    for (const [name, value] of Object.entries(values)) body.append(name, value);
    const response = await this.fetch(postUrl, { method: "POST", body, headers: { origin: new URL(postUrl).origin } });
    return { response, text: await response.text() };
  }
}

const entities = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", "#x27": "'" };
const unescape = (s) => s.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, e) => entities[e]);

function attribute(tag, name) {
  const match = tag.match(new RegExp(`\\s${name}="([^"]*)"`));
  return match ? unescape(match[1]) : undefined;
}

/** The hidden inputs (React's $ACTION_* fields among them) of the first form whose HTML contains `marker`. */
export function formWithField(html, marker) {
  for (const match of html.matchAll(/<form\b[^>]*>([\s\S]*?)<\/form>/g)) {
    const inner = match[1];
    const inputs = [...inner.matchAll(/<input\b[^>]*>/g)].map((m) => m[0]);
    if (!inner.includes(marker)) continue;
    const hidden = inputs.filter((tag) => attribute(tag, "type") === "hidden" && attribute(tag, "name")).map((tag) => [attribute(tag, "name"), attribute(tag, "value") ?? ""]);
    return { hidden };
  }
  return undefined;
}
