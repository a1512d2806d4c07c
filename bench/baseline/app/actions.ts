"use server";

import { insertRow } from "./database";

export type InsertState = { status: "idle" | "sent" };

/** The bare one-insert server action, shaped like the product's signPetition (useActionState). */
export async function insertOne(_previous: InsertState, formData: FormData): Promise<InsertState> {
  await insertRow(String(formData.get("name") ?? "").slice(0, 100));
  return { status: "sent" };
}
