"use server";

import { wakeOutboxWorker } from "../mail/worker";
import { publicPath } from "../paths";
import { RATE_LIMIT_POLICIES } from "../rate-limit";
import { linkAction, mailingForm, publicAction, type FormAction } from "../server-action";
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
  handler: async (data, { locale }) => {
    await sendMyDataLink(data.email, locale);
    wakeOutboxWorker();
    return { status: "sent" };
  },
});

export const eraseMyData = linkAction({
  name: "eraseMyData",
  page: publicPath.myDataLink,
  invalid: `${publicPath.myData}?link=invalid`,
  handler: async (token) => {
    const emailHash = await emailHashForLink(token);
    if (!emailHash) return `${publicPath.myData}?link=invalid`;
    await eraseSupporterData(emailHash);
    return `${publicPath.myData}?erased=1`;
  },
});
