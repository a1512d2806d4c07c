import { env } from "../env";

// Absolute links for mails and share buttons, always on the public origin.
export const links = {
  petition: (slug: string) => `${env.APP_URL}/petitions/${slug}`,
  confirmSignature: (token: string) => `${env.APP_URL}/confirm/${token}`,
  confirmSubscription: (token: string) => `${env.APP_URL}/subscriptions/confirm/${token}`,
  unsubscribe: (token: string) => `${env.APP_URL}/unsubscribe/${token}`,
  oneClickUnsubscribe: (token: string) => `${env.APP_URL}/api/unsubscribe/${token}`,
  myData: (token: string) => `${env.APP_URL}/my-data/${token}`,
};
