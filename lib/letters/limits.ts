import type { Limit } from "../rate-limit";

// One person may say "I sent a letter" to the same prisoner a few times a day (a family, an
// office, a VPN exit share one address), and to many prisoners, but cannot inflate a counter.
// Keys are keyed hashes of the address, kept only in the limiter's table until they expire.
export const LETTER_LIMITS = {
  perIpPerPrisoner: { name: "letter-ip-prisoner", points: 3, durationSeconds: 24 * 3600 },
  perIp: { name: "letter-ip", points: 30, durationSeconds: 24 * 3600 },
} satisfies Record<string, Limit>;
