import { notFound } from "next/navigation";

// Any unknown path under a locale shows the styled not-found page inside the site's layout.
export default function CatchAll() {
  notFound();
}
