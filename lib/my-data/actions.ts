"use server";

import { redirect } from "next/navigation";
import { formObject, postedForm } from "../forms/form-data";
import { wakeOutboxWorker } from "../mail/worker";
import { publicPath } from "../paths";
import { RATE_LIMIT_POLICIES } from "../rate-limit";
import { mailingForm, publicAction, type FormAction } from "../server-action";
import { tokenSchema } from "../supporters/token-shape";
import { eraseSupporterData, sendMyDataLink } from "./mutations";
import { emailHashForLink } from "./queries";
import { myDataRequestSchema, type MyDataRequestState } from "./schema";

// The answer is the same whether or not anything is kept about the address: the page never
// tells who signed. Only the mailbox's owner learns it.
export const requestMyDataLink: FormAction<MyDataRequestState> = publicAction({
  name: "requestMyDataLink",
  schema: myDataRequestSchema,
  ...mailingForm(
    (form) => ({ email: String(form.get("email") ?? "").slice(0, 300) }),
    RATE_LIMIT_POLICIES.myDataPerIp,
    RATE_LIMIT_POLICIES.myDataPerEmail,
  ),
  handler: async (data) => {
    await sendMyDataLink(data.email);
    wakeOutboxWorker();
    return { status: "sent" };
  },
});

export async function eraseMyData(form: unknown): Promise<void> {
  const formData = postedForm(form);
  const parsed = tokenSchema.safeParse(formObject(formData));
  const emailHash = parsed.success ? await emailHashForLink(parsed.data.token) : null;
  if (!emailHash) redirect(`${publicPath.myData}?link=invalid`);
  await eraseSupporterData(emailHash);
  redirect(`${publicPath.myData}?erased=1`);
}
