import type { ReactNode } from "react";

export function ActionCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="flex flex-col gap-2 rounded border border-line bg-white p-5">
      <h3 className="font-serif text-lg font-bold">{title}</h3>
      {children}
    </section>
  );
}
