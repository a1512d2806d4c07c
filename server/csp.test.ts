import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, isNextInlineScript, nextInlineScriptHashes, policyCache } from "./csp";

const hash = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

// The inline scripts of a real page of this app (Next 16, Turbopack), shortened.
const bootstrap = "(self.__next_f=self.__next_f||[]).push([0])";
const push = 'self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:I[39756,[],\\"default\\"]\\n"])';
const turbopack =
  '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/310vm2bl3xxpt.js"],"runtimeModuleIds":[94553]});';
const page = (extra = "") =>
  `<!DOCTYPE html><html><head><script src="/_next/static/chunks/a.js" async=""></script><script id="_R_">${turbopack}</script></head><body>` +
  `<script type="application/ld+json">{"@type":"Person"}</script>${extra}<script>${bootstrap}</script><script>${push}</script></body></html>`;

describe("script hashes of the Content-Security-Policy", () => {
  it("hashes each of Next's own inline scripts", () => {
    expect(nextInlineScriptHashes(page()).sort()).toEqual([hash(turbopack), hash(bootstrap), hash(push)].sort());
  });

  it("does not hash an injected script, so the browser refuses to run it", () => {
    const injected = [
      "alert(document.cookie)",
      'self.__next_f.push([1,"x"]);alert(1)',
      "self.__next_f.push([1,alert(1)])",
      "(self.__next_f=self.__next_f||[]).push([0]);alert(1)",
      '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["https://evil.test/x.js"],"runtimeModuleIds":[1]});',
    ];
    for (const script of injected) {
      expect(isNextInlineScript(script)).toBe(false);
      expect(nextInlineScriptHashes(page(`<p><script>${script}</script></p>`))).not.toContain(hash(script));
    }
  });

  it("never hashes script files or data blocks", () => {
    expect(nextInlineScriptHashes('<script src="/x.js">alert(1)</script><script type="application/json">{"a":1}</script>')).toEqual([]);
  });

  it("builds a policy without 'unsafe-inline' for scripts", () => {
    const policy = contentSecurityPolicy({ scriptHashes: [hash(bootstrap)] });
    const scriptSrc = policy.split("; ").find((directive) => directive.startsWith("script-src "));
    expect(scriptSrc).toBe(`script-src 'self' ${hash(bootstrap)}`);
    expect(policy).toContain("frame-ancestors 'none'");
  });
});

describe("the policy remembered per page body", () => {
  it("gives each body its own scripts' hashes and the same policy for the same bytes, also once the oldest were forgotten", () => {
    const policyFor = policyCache({ capacity: 2 });
    const plain = Buffer.from(page());
    const injected = Buffer.from(page("<script>alert(1)</script>"));
    const other = Buffer.from(page(`<script>${'self.__next_f.push([1,"other"])'}</script>`));
    expect(policyFor(plain)).toBe(contentSecurityPolicy({ scriptHashes: nextInlineScriptHashes(page()) }));
    expect(policyFor(Buffer.from(page()))).toBe(policyFor(plain));
    // A body that differs by one script is hashed on its own: the injected script gets no hash.
    expect(policyFor(injected)).not.toContain(hash("alert(1)"));
    expect(policyFor(other)).toContain(hash('self.__next_f.push([1,"other"])'));
    expect(policyFor(plain)).toBe(contentSecurityPolicy({ scriptHashes: nextInlineScriptHashes(page()) }));
  });
});
