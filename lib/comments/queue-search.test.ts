import { afterAll, describe, expect, it } from "vitest";
import { db } from "../db";
import { listQueue } from "./queries";

afterAll(() => db.$disconnect());

describe("searching the moderation queue", () => {
  it("finds a message by its author or its words whatever their case, on either database", async () => {
    const prisoner = await db.prisoner.findFirstOrThrow({ select: { id: true } });
    await db.comment.createMany({
      data: [
        { prisonerId: prisoner.id, authorName: "Zmitser Queuesearch", body: "Stay strong, we remember you." },
        { prisonerId: prisoner.id, authorName: "Someone Else", body: "Hold on: the whole Street is waiting." },
      ],
    });
    const authors = async (q: string) => (await listQueue("pending", 1, q)).items.map((item) => item.authorName).sort();
    expect(await authors("queuesearch")).toEqual(["Zmitser Queuesearch"]);
    expect(await authors("ZMITSER")).toEqual(["Zmitser Queuesearch"]);
    expect(await authors("street IS")).toEqual(["Someone Else"]);
  });
});
