import { useEffect, useRef, useState } from 'preact/hooks';
import { request, whenSessionEnds } from './api/api-client.js';
import { ApiError } from './api/api-error.js';
import type { SessionReply, SurveysReply } from './api/api-types.js';
import { useApi } from './api/use-api.js';
import { navigate, safeReturnPath, useLocation } from './routing/location.js';
import { ErrorNotice } from './ui/error-notice.js';
import { Loading } from './ui/loading.js';
import { Shell, VIEWS } from './ui/shell.js';
import { SignInView } from './views/sign-in-view.js';
import { OverviewView } from './views/overview-view.js';
import { FunnelView } from './views/funnel-view.js';
import { AnswersView } from './views/answers-view.js';
import { ThemesView } from './views/themes-view.js';
import { QuotesView } from './views/quotes-view.js';
import { DownloadsView } from './views/downloads-view.js';
import { NotFoundView } from './views/not-found-view.js';
import { QuestionsViewLazy } from './views/questions-view-lazy.js';

type Session = { state: 'checking' } | { state: 'in' } | { state: 'out' } | { state: 'failed'; error: ApiError };

/** Sends the browser to sign-in, remembering the view (path and filters) to come back to. */
function toSignIn(): void {
  const { pathname, search } = window.location;
  if (pathname === '/sign-in') return;
  navigate(`/sign-in?next=${encodeURIComponent(`${pathname}${search}`)}`, { replace: true });
}

/** The results app: sign-in, then the views, each a URL that can be shared. */
export function App() {
  const location = useLocation();
  const [session, setSession] = useState<Session>({ state: 'checking' });
  // Bumped by every sign-in: a check that answers after one is out of date and is ignored.
  const generation = useRef(0);

  const check = () => {
    const asked = generation.current;
    setSession({ state: 'checking' });
    request<SessionReply>('GET', '/v1/session', { quiet401: true }).then(
      () => asked === generation.current && setSession({ state: 'in' }),
      (error: ApiError) => {
        if (asked !== generation.current) return;
        if (error.status === 401) {
          setSession({ state: 'out' });
          toSignIn();
        } else setSession({ state: 'failed', error });
      },
    );
  };

  useEffect(() => {
    // Any read answering 401 means the session ended (expired, or signed out elsewhere).
    whenSessionEnds(() => {
      setSession({ state: 'out' });
      toSignIn();
    });
    check();
  }, []);

  if (location.path === '/sign-in') {
    return (
      <SignInView
        onSignedIn={() => {
          generation.current += 1;
          setSession({ state: 'in' });
          navigate(safeReturnPath(location.params.get('next')), { replace: true });
        }}
      />
    );
  }
  if (session.state === 'failed') {
    return (
      <main id="main" class="sign-in">
        <div class="card">
          <h1>Results</h1>
          <ErrorNotice error={session.error} />
          <button type="button" class="button primary" onClick={check}>
            Try again
          </button>
        </div>
      </main>
    );
  }
  if (session.state !== 'in') return <Loading what="your results" />;
  return <SignedIn />;
}

function SignedIn() {
  const location = useLocation();
  const surveys = useApi<SurveysReply>('/v1/surveys');
  const first = useRef(true);

  // A new view gets its name as the page title, and focus on its heading (screen readers announce it).
  useEffect(() => {
    const view = VIEWS.find((v) => v.path === location.path);
    document.title = `${view?.label ?? 'Not found'} · Candor results`;
    if (first.current) {
      first.current = false;
      return;
    }
    document.querySelector<HTMLElement>('main h1')?.focus();
  }, [location.path]);

  const signOut = async () => {
    try {
      await request('DELETE', '/v1/session', { quiet401: true });
    } finally {
      navigate('/sign-in', { replace: true });
    }
  };

  return (
    <Shell surveys={surveys} onSignOut={signOut}>
      {view(location.path)}
    </Shell>
  );
}

function view(path: string) {
  switch (path) {
    case '/':
      return <OverviewView />;
    case '/funnel':
      return <FunnelView />;
    case '/answers':
      return <AnswersView />;
    case '/themes':
      return <ThemesView />;
    case '/quotes':
      return <QuotesView />;
    case '/downloads':
      return <DownloadsView />;
    case '/questions':
      return <QuestionsViewLazy />;
    default:
      return <NotFoundView />;
  }
}
