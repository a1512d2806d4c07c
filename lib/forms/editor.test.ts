import { describe, expect, it } from "vitest";
import { echoedValues } from "./editor";

const record = {
  id: "rec-1",
  title: "Free Ales",
  featured: true,
  status: "DETAINED",
  prisoners: ["ales-bialiatski"],
  previousStatus: "DETAINED",
};
const rules = { choices: { status: ["DETAINED", "RELEASED"] }, kept: ["previousStatus"] as const };

describe("what an editor form shows after a refused post", () => {
  it("shows the record when nothing was echoed", () => {
    expect(echoedValues(record, undefined, rules)).toBe(record);
  });

  it("shows what was typed, in the record's shapes", () => {
    const echoed = {
      id: "forged",
      title: "Free Ales Bialiatski",
      status: "RELEASED",
      prisoners: "maryia-kalesnikava",
      previousStatus: "RELEASED",
    };
    expect(echoedValues(record, echoed, rules)).toEqual({
      id: "rec-1",
      title: "Free Ales Bialiatski",
      // An unticked checkbox is not posted at all.
      featured: false,
      status: "RELEASED",
      prisoners: ["maryia-kalesnikava"],
      previousStatus: "DETAINED",
    });
  });

  it("keeps the record's choice when the post named none of the options, and reads lists and ticks", () => {
    const echoed = { title: ["two", "values"], featured: "on", status: "FREE", prisoners: ["a", "b"] };
    expect(echoedValues(record, echoed, rules)).toMatchObject({ title: "", featured: true, status: "DETAINED", prisoners: ["a", "b"] });
  });
});
