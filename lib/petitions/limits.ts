import { env } from "../env";
import type { Limit } from "../rate-limit";

// Generous per address: families, offices and VPN exits share one IP, and supporters in Belarus
// often sign through shared VPNs. The per-email limit stops one address from flooding mailboxes.
export const SIGN_LIMITS = {
  perIp: { name: "sign-ip", points: env.SIGN_LIMIT_PER_IP_PER_HOUR, durationSeconds: 3600 },
  perEmail: { name: "sign-email", points: 5, durationSeconds: 3600 },
  confirmPerIp: { name: "confirm-ip", points: 120, durationSeconds: 3600 },
} satisfies Record<string, Limit>;
