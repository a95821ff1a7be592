import { Link } from '../routing/link.js';

export function NotFoundView() {
  return (
    <section class="card">
      <h1 tabIndex={-1}>There is nothing here</h1>
      <p>
        This address does not match a view of your results. <Link href="/">Go to the overview</Link>.
      </p>
    </section>
  );
}
