import { createRequire } from "node:module";

// Test support: next/headers only exists inside a request, so every test file gets this stand-in
// (installed once by lib/test/setup-db.ts). It answers from `testRequest`, which a test may change
// and which is reset before every test. next-auth reads next/headers with require() from inside
// node_modules, where vi.mock does not reach, so the stand-in is also put into Node's module cache.

/** The address the custom server resolved for the request (lib/test/setup-db.ts says why). */
export const DEFAULT_CLIENT_IP = "203.0.113.50";

/** The request being handled: the client's address and the cookies its browser sends. */
export const testRequest = {
  ip: DEFAULT_CLIENT_IP as string,
  /** The language of the page the request comes from (its URL's prefix): next-intl-server.ts. */
  locale: "en" as "en" | "be" | "ru",
  /** The browser's cookie jar: name -> value. */
  jar: new Map<string, string>(),
  /** Whether the page's script called the action (Next's Next-Action header), rather than a plain form post. */
  fromScript: true,
};

/** Back to an anonymous request from the default address with no cookies. */
export function resetTestRequest(): void {
  testRequest.ip = DEFAULT_CLIENT_IP;
  testRequest.locale = "en";
  testRequest.jar.clear();
  testRequest.fromScript = true;
}

const cookieHeader = () => [...testRequest.jar].map(([name, value]) => `${name}=${value}`).join("; ");

export async function headers(): Promise<Headers> {
  const sent = new Headers({ host: "test.local" });
  sent.set("x-forwarded-for", testRequest.ip);
  if (testRequest.jar.size > 0) sent.set("cookie", cookieHeader());
  if (testRequest.fromScript) sent.set("next-action", "test-action-id");
  return sent;
}

type CookieWrite = { name: string; value: string };

export async function cookies() {
  const all = () => [...testRequest.jar].map(([name, value]) => ({ name, value }));
  return {
    getAll: all,
    get: (name: string) => all().find((cookie) => cookie.name === name),
    has: (name: string) => testRequest.jar.has(name),
    // A cookie the code sets is sent with the next requests, as a browser would.
    set: (nameOrCookie: string | CookieWrite, value?: string) => {
      const cookie = typeof nameOrCookie === "string" ? { name: nameOrCookie, value: value ?? "" } : nameOrCookie;
      testRequest.jar.set(cookie.name, cookie.value);
    },
    delete: (name: string) => void testRequest.jar.delete(name),
  };
}

const nextHeadersDouble = { headers, cookies };
const requireFromNextAuth = createRequire(createRequire(import.meta.url).resolve("next-auth"));
const nextHeadersPath = requireFromNextAuth.resolve("next/headers");
requireFromNextAuth.cache[nextHeadersPath] = {
  id: nextHeadersPath,
  filename: nextHeadersPath,
  loaded: true,
  exports: nextHeadersDouble,
} as NodeJS.Module;
