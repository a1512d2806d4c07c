"use server";

import { postedForm } from "../forms/form-data";
import { redirect } from "next/navigation";
import { wakeOutboxWorker } from "../mail/worker";
import { anyLimited, type Limit } from "../rate-limit";
import { clientIpHash } from "../request";
import { fieldErrorKeys } from "../supporters/form-fields";
import { emailHashOf } from "../supporters/identity";
import { tokenSchema } from "../supporters/token-shape";
import { eraseSupporterData, sendMyDataLink } from "./erasing";
import { emailHashForLink } from "./queries";
import { myDataRequestSchema, type MyDataRequestState } from "./schema";

const LIMITS = {
  perIp: { name: "my-data-ip", points: 20, durationSeconds: 3600 },
  perEmail: { name: "my-data-email", points: 3, durationSeconds: 3600 },
} satisfies Record<string, Limit>;

// The answer is the same whether or not anything is kept about the address: the page never
// tells who signed. Only the mailbox's owner learns it.
export async function requestMyDataLink(_previous: MyDataRequestState, form: unknown): Promise<MyDataRequestState> {
  const formData = postedForm(form);
  const parsed = myDataRequestSchema.safeParse(Object.fromEntries(formData));
  const values = { email: String(formData.get("email") ?? "").slice(0, 300) };
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorKeys(parsed.error), values };
  if (parsed.data.website) return { status: "sent" };
  if (
    await anyLimited([
      [LIMITS.perIp, await clientIpHash()],
      [LIMITS.perEmail, emailHashOf(parsed.data.email)],
    ] as const)
  )
    return { status: "error", message: "rateLimited", values };
  await sendMyDataLink(parsed.data.email);
  wakeOutboxWorker();
  return { status: "sent" };
}

export async function eraseMyData(form: unknown): Promise<void> {
  const formData = postedForm(form);
  const parsed = tokenSchema.safeParse(Object.fromEntries(formData));
  const emailHash = parsed.success ? await emailHashForLink(parsed.data.token) : null;
  if (!emailHash) redirect("/my-data?link=invalid");
  await eraseSupporterData(emailHash);
  redirect("/my-data?erased=1");
}
