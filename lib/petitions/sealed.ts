import "server-only";
import { decrypt, encrypt } from "../crypto";

// A signer's name and country are sealed at rest like their address (AES-256-GCM, lib/crypto.ts),
// each with its own authenticated purpose, so a sealed name never opens as a country or an email.
// Only staff exports and the signer's own "my data" page open them; public pages show the first
// name and country of signers who chose to be shown (docs/decisions/018-signer-data-and-timing.md).

const NAME = "signature-name";
const COUNTRY = "signature-country";

/** The ciphertext format every sealed value has; a stored value without it is still in clear. */
export const SEALED_PREFIX = "v1.";

export function sealName(name: string): string {
  return encrypt(name, NAME);
}

export function sealCountry(country: string): string {
  return encrypt(country, COUNTRY);
}

function open(sealed: string | null, purpose: string): string {
  if (!sealed) return "";
  try {
    return decrypt(sealed, purpose);
  } catch {
    // A value this key cannot open (data from another installation): shown as nothing.
    return "";
  }
}

/** The signer's name; "" once erased or when this key cannot open it. */
export function openName(sealed: string | null): string {
  return open(sealed, NAME);
}

/** The signer's country code; "" when this key cannot open it. */
export function openCountry(sealed: string | null): string {
  return open(sealed, COUNTRY);
}
