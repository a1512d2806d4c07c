import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { isCrossOriginWrite, refuseTextActionBody, refuseUndecodablePath, refuseWrite } from "./refusals";

const site = { appOrigin: "https://free-them.example", requestOrigin: "https://free-them.example" };
const request = (method: string, headers: Record<string, string>) => ({ method, headers }) as unknown as IncomingMessage;

describe("refusals before Next", () => {
  it("refuses a path Next could not decode as a bad address, and lets every decodable one through", () => {
    for (const path of ["/api/v1/prisoners/x%FF%C0%AF", "/prisoners/%E2%82", "/admin/signatures/a%zz/export", "/%"]) {
      expect(refuseUndecodablePath(path)).toMatchObject({ status: 400, message: "badAddress" });
    }
    for (const path of ["/", "/prisoners/maryia-kalesnikava", "/ru/prisoners", "/prisoners/%D0%9C%D0%B0%D1%80%D1%8B%D1%8F", "/a%2Fb"]) {
      expect(refuseUndecodablePath(path)).toBeUndefined();
    }
  });

  it("treats a browser's cross-site form post as cross-origin, whatever its referrer policy", () => {
    expect(isCrossOriginWrite(request("POST", { "sec-fetch-site": "cross-site", origin: "https://free-them.example" }), site)).toBe(true);
    expect(isCrossOriginWrite(request("POST", { origin: "https://evil.example" }), site)).toBe(true);
    expect(isCrossOriginWrite(request("POST", { origin: "null" }), site)).toBe(true);
    expect(isCrossOriginWrite(request("POST", { "sec-fetch-site": "same-origin", origin: "null" }), site)).toBe(false);
    expect(isCrossOriginWrite(request("GET", { origin: "https://evil.example" }), site)).toBe(false);
  });

  it("answers a write to a page with the 4xx that names what is wrong", () => {
    const same = { "sec-fetch-site": "same-origin" };
    expect(refuseWrite(request("PUT", same), site, undefined)?.status).toBe(405);
    expect(refuseWrite(request("POST", { ...same, "content-type": "application/json" }), site, undefined)?.status).toBe(415);
    expect(refuseWrite(request("POST", { ...same, "content-type": "multipart/form-data" }), site, undefined)?.status).toBe(400);
    const known = new Set(["40abc"]);
    expect(refuseWrite(request("POST", { ...same, "content-type": "text/plain", "next-action": "60dead" }), site, known)?.status).toBe(404);
    expect(refuseWrite(request("POST", { ...same, "content-type": "text/plain", "next-action": "40abc" }), site, known)).toBeUndefined();
  });
});

describe("text server-action bodies", () => {
  it("lets a JSON list through and refuses null, numbers, objects and broken JSON", () => {
    expect(refuseTextActionBody(Buffer.from('[{"status":"idle"},"x"]'))).toBeUndefined();
    expect(refuseTextActionBody(Buffer.from("[]"))).toBeUndefined();
    for (const body of ["null", "7", '{"a":1}', "[{", "", "\u0000"]) {
      expect(refuseTextActionBody(Buffer.from(body)), body).toMatchObject({ status: 400 });
    }
  });

  it("refuses references to parts a text body cannot carry, and keeps escaped and self-contained ones", () => {
    for (const args of [[{}, { website: ["$L!b4O9"] }], [{}, { featured: "$Vk`+>lzhj" }], ["$B1"], [{ a: { b: "$K2" } }], ["$1"], ["$"]]) {
      expect(refuseTextActionBody(Buffer.from(JSON.stringify(args))), JSON.stringify(args)).toMatchObject({ status: 400 });
    }
    const fine = [{ status: "idle", note: "$$5 a month" }, "$undefined", "$D2026-12-02T00:00:00.000Z", "$n12", "$NaN", "$Infinity", "$-0"];
    expect(refuseTextActionBody(Buffer.from(JSON.stringify(fine)))).toBeUndefined();
  });
});
