import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

// Locale-aware Link and redirect: links written as "/prisoners" become "/be/prisoners" later.
export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing);
