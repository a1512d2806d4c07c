import type { Metadata } from "next";
import type { ReactNode } from "react";
import { AdminHeader } from "@/components/admin/AdminHeader";
import { MainContent } from "@/components/layout/SkipLink";
import { currentStaff } from "@/lib/auth/guards";
import { SITE_ICONS } from "@/lib/seo/icons";
import "../globals.css";

// Staff pages: English only, never indexed, never cached. Each page checks the role itself.
export const metadata: Metadata = {
  title: { default: "Staff · Free Them", template: "%s · Staff · Free Them" },
  robots: { index: false, follow: false },
  icons: SITE_ICONS,
};
export const dynamic = "force-dynamic";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const staff = await currentStaff();
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col bg-paper font-sans antialiased">
        <AdminHeader staff={staff} />
        <MainContent className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
          {children}
        </MainContent>
      </body>
    </html>
  );
}
