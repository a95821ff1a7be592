/** A quiet placeholder while a read is under way, announced politely. */
export function Loading({ what }: { what: string }) {
  return (
    <p class="hint" role="status">
      Loading {what}…
    </p>
  );
}
