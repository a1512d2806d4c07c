import { afterAll, describe, expect, it } from "vitest";
import { db } from "../db";
import { getLetterRecipient } from "./queries";
import { letterAddress } from "./templates";

afterAll(() => db.$disconnect());

let sequence = 0;
async function person(data: { prisonAddress?: string | null; own?: string | null; canReceiveLetters?: boolean; noContactSince?: Date }) {
  const n = `${process.pid}-${++sequence}`;
  const prison =
    data.prisonAddress === undefined
      ? null
      : await db.prison.create({
          data: {
            slug: `letter-prison-${n}`,
            nameLatin: `Letter Colony ${n}`,
            type: "PENAL_COLONY",
            region: "HOMIEL",
            postalAddress: data.prisonAddress,
          },
        });
  return db.prisoner.create({
    data: {
      slug: `letter-person-${n}`,
      nameLatin: `Letter Person ${n}`,
      searchKey: `letter person ${n}`,
      status: "DETAINED",
      prisonId: prison?.id ?? null,
      postalAddress: data.own ?? null,
      placeOfDetention: "Old text place",
      canReceiveLetters: data.canReceiveLetters ?? null,
      noContactSince: data.noContactSince ?? null,
    },
  });
}

describe("the letter page's address", () => {
  it("prefers the current prison's address, then the person's own, then none", () => {
    expect(letterAddress({ postalAddress: "ул. Тюремная, 1" }, "ул. Своя, 2")).toBe("ул. Тюремная, 1");
    expect(letterAddress({ postalAddress: null }, "ул. Своя, 2")).toBe("ул. Своя, 2");
    expect(letterAddress({ postalAddress: "  " }, "ул. Своя, 2")).toBe("ул. Своя, 2");
    expect(letterAddress(null, null)).toBeNull();
  });

  it("is the current prison's address and name when recorded, the person's own otherwise", async () => {
    const atPrison = await person({ prisonAddress: "ул. Тюремная, 1\nг. Гомель", own: "ул. Своя, 2" });
    expect(await getLetterRecipient(atPrison.slug)).toMatchObject({
      postalAddress: "ул. Тюремная, 1\nг. Гомель",
      placeOfDetention: expect.stringMatching(/^Letter Colony/),
    });
    const noPrisonAddress = await person({ prisonAddress: null, own: "ул. Своя, 2" });
    expect(await getLetterRecipient(noPrisonAddress.slug)).toMatchObject({ postalAddress: "ул. Своя, 2" });
    const noPrison = await person({ own: "ул. Своя, 3" });
    expect(await getLetterRecipient(noPrison.slug)).toMatchObject({ postalAddress: "ул. Своя, 3", placeOfDetention: "Old text place" });
  });

  it("says whether the person can receive letters and for how many days there has been no contact", async () => {
    const since = new Date(Date.now() - 10 * 24 * 60 * 60 * 1000);
    const cut = await person({ canReceiveLetters: false, noContactSince: since });
    expect(await getLetterRecipient(cut.slug)).toMatchObject({ canReceiveLetters: false, noContactDays: 10 });
  });
});
