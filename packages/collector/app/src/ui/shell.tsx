import type { ComponentChildren } from 'preact';
import type { SurveysReply } from '../api/api-types.js';
import type { ApiState } from '../api/use-api.js';
import { Link } from '../routing/link.js';
import { filtersFrom } from '../routing/filters.js';
import { hrefWith, useLocation } from '../routing/location.js';
import { SchemeToggle } from './scheme-toggle.js';
import { SurveyPicker } from './survey-picker.js';
import { SampleDataNotice } from './sample-data-notice.js';

/** The views, in the order the navigation lists them. */
export const VIEWS = [
  { path: '/', label: 'Overview' },
  { path: '/funnel', label: 'Who answered' },
  { path: '/answers', label: 'Answers' },
  { path: '/themes', label: 'Themes' },
  { path: '/quotes', label: 'Quotes' },
  { path: '/downloads', label: 'Downloads' },
  { path: '/questions', label: 'Questions' },
] as const;

/** The frame every signed-in view sits in: brand, survey, views, scheme, sign out. */
export function Shell({ surveys, onSignOut, children }: { surveys: ApiState<SurveysReply>; onSignOut: () => void; children: ComponentChildren }) {
  const location = useLocation();
  // Views share the filters, so moving between them keeps what is being looked at.
  const filters = filtersFrom(location.params);
  return (
    <>
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <header class="topbar">
        <div class="brand">
          <span class="brand-mark" aria-hidden="true">
            ◆
          </span>
          Candor <span class="brand-sub">results</span>
        </div>
        <SurveyPicker surveys={surveys.data?.surveys ?? []} />
        <div class="top-actions">
          <SchemeToggle />
          <button type="button" class="button" onClick={onSignOut}>
            Sign out
          </button>
        </div>
      </header>
      <nav class="views" aria-label="Views">
        <ul>
          {VIEWS.map((view) => (
            <li key={view.path}>
              <Link href={hrefWith(view.path, filters)} aria-current={location.path === view.path ? 'page' : undefined}>
                {view.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" tabIndex={-1}>
        <SampleDataNotice surveys={surveys} />
        {children}
      </main>
    </>
  );
}
