import Link from "next/link";
import { SkipLink } from "@/components/layout/SkipLink";
import { signOut } from "@/lib/auth/actions";
import { adminPath, CORRECTIONS_PATH, IMPORT_PATH, MODERATION_PATH, WORDS_PATH } from "@/lib/paths";

interface HeaderStaff {
  email: string;
  role: "ADMIN" | "MODERATOR";
}

// Links a role cannot use are not shown; the pages and actions still check the role themselves.
export function AdminHeader({ staff }: { staff: HeaderStaff | null }) {
  const links = staff
    ? [
        { href: MODERATION_PATH, label: "Moderation", admin: false },
        { href: CORRECTIONS_PATH, label: "Corrections", admin: false },
        { href: adminPath.content, label: "Content", admin: true },
        { href: adminPath.signatures, label: "Signatures", admin: true },
        { href: WORDS_PATH, label: "Word lists", admin: true },
        { href: IMPORT_PATH, label: "Import", admin: true },
        { href: adminPath.audit, label: "Audit log", admin: true },
      ].filter((link) => !link.admin || staff.role === "ADMIN")
    : [];
  return (
    <header className="border-b border-line bg-ink text-white" data-surface="dark">
      <SkipLink label="Skip to content" />
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <Link href={adminPath.home} className="font-serif text-lg font-bold">
          Free Them · Staff
        </Link>
        {staff && (
          <nav aria-label="Staff">
            <ul className="flex flex-wrap items-center gap-4 text-sm font-semibold">
              {links.map((link) => (
                <li key={link.href}>
                  <Link href={link.href} className="hover:underline">
                    {link.label}
                  </Link>
                </li>
              ))}
              <li className="text-white/70" data-testid="signed-in-as">
                {staff.email} ({staff.role.toLowerCase()})
              </li>
              <li>
                <form action={signOut}>
                  <button type="submit" className="rounded border border-white/50 px-2 py-1 hover:bg-white/10">
                    Sign out
                  </button>
                </form>
              </li>
            </ul>
          </nav>
        )}
      </div>
    </header>
  );
}
