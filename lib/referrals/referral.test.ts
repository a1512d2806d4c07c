import { describe, expect, it } from "vitest";
import { parseReferral, referralCookieValue, referralFromCookie, referralFromSearchParams, withReferral } from "./referral";

describe("referrals in links", () => {
  it("reads a share code and channel from a link, and drops what is malformed", () => {
    expect(referralFromSearchParams(new URLSearchParams("ref=AbC-12_z&ch=telegram"))).toEqual({ code: "AbC-12_z", channel: "telegram" });
    expect(referralFromSearchParams(new URLSearchParams("ch=whatsapp"))).toEqual({ code: null, channel: "whatsapp" });
    expect(referralFromSearchParams(new URLSearchParams("ref=AbC-12_z&ch=myspace"))).toEqual({ code: "AbC-12_z", channel: null });
    expect(referralFromSearchParams(new URLSearchParams("ref=<script>&ch=x' OR 1=1"))).toBeNull();
    expect(referralFromSearchParams(new URLSearchParams("utm_source=telegram"))).toBeNull();
    expect(parseReferral(42, { channel: "x" })).toBeNull();
  });

  it("adds the code and the channel to a page address, keeping what it had", () => {
    expect(withReferral("https://free.example/petitions/free-nasta-loika", "AbC-12_z", "whatsapp")).toBe(
      "https://free.example/petitions/free-nasta-loika?ref=AbC-12_z&ch=whatsapp",
    );
    expect(withReferral("https://free.example/prisoners/marfa-rabkova?x=1", null, "x")).toBe(
      "https://free.example/prisoners/marfa-rabkova?x=1&ch=x",
    );
    expect(withReferral("https://free.example/a", undefined)).toBe("https://free.example/a");
  });

  it("round-trips through the cookie, and refuses a forged one", () => {
    for (const referral of [
      { code: "AbC-12_z", channel: "email" as const },
      { code: null, channel: "copy" as const },
      { code: "AbC-12_z", channel: null },
    ]) {
      expect(referralFromCookie(referralCookieValue(referral))).toEqual(referral);
    }
    expect(referralFromCookie(undefined)).toBeNull();
    expect(referralFromCookie("not a code.nor a channel")).toBeNull();
  });
});
