import { z } from "zod";
import { emailField, honeypot } from "../forms/fields";

export const myDataRequestSchema = z.object({ email: emailField, website: honeypot });

export type MyDataRequestInput = z.input<typeof myDataRequestSchema>;

export type MyDataRequestState =
  | { status: "idle" }
  | { status: "sent" }
  | { status: "error"; fieldErrors?: Record<string, string[]>; message?: string; values?: Record<string, string> };

/** How long a "my data" link works. */
export const MY_DATA_LINK_MINUTES = 60;
