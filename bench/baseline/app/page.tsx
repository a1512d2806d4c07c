import { InsertForm } from "./insert-form";

export default function InsertPage() {
  return (
    <main>
      <InsertForm />
    </main>
  );
}
