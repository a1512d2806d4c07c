import { z } from "zod";

// Tokens in mail links are 32 random bytes in base64url (43 characters); anything else is
// rejected before it reaches the database.
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{20,100}$/;

export const tokenSchema = z.object({ token: z.string().regex(TOKEN_PATTERN) });

export function isTokenShaped(token: string): boolean {
  return TOKEN_PATTERN.test(token);
}
