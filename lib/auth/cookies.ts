import { env } from "../env";

// Names and attributes of the staff cookies, in one place for next-auth's options, the sign-in
// form's action and the device cookie. On https they carry the browser-enforced name prefixes.
const secure = (env.NEXTAUTH_URL ?? env.APP_URL).startsWith("https://");

export const SECURE_COOKIES = secure;
export const SESSION_COOKIE = `${secure ? "__Secure-" : ""}next-auth.session-token`;
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;
export const SESSION_COOKIE_OPTIONS = { httpOnly: true, sameSite: "lax", path: "/", secure } as const;

export const DEVICE_COOKIE = `${secure ? "__Host-" : ""}free-them.staff-device`;
export const DEVICE_MAX_AGE_SECONDS = 180 * 24 * 60 * 60;
export const DEVICE_COOKIE_OPTIONS = { httpOnly: true, sameSite: "strict", path: "/", secure } as const;
