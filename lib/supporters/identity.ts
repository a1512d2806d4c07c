import "server-only";
import { keyedHash } from "../crypto";
import { canonicalEmail } from "./canonical-email";

/** The keyed hash that stands for a supporter's address everywhere (dedupe, limits, "my data"). */
export function emailHashOf(email: string): string {
  return keyedHash("email", canonicalEmail(email));
}
