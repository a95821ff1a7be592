// What each contender's minimal widget setup looks like in an app, built the same way for all.
// No contender may reach anything remote: every endpoint points at a closed local port.
const DEAD = 'http://127.0.0.1:9';

export const contenders = {
  candor: {
    label: 'Candor (loader; UI and delivery load on demand)',
    code: `import { init } from '@candor/widget'; init({ endpoint: '${DEAD}/v1/answers', trigger: 'manual' });`,
  },
  'sentry-feedback': {
    label: "Sentry feedback (lightest route: feedbackAsyncIntegration, no default integrations)",
    code: `import * as Sentry from '@sentry/browser';
Sentry.init({ dsn: 'http://public@127.0.0.1:9/1', defaultIntegrations: false, integrations: [Sentry.feedbackAsyncIntegration({ autoInject: true })] });`,
  },
  'posthog-surveys': {
    label: 'PostHog (default init, surveys on)',
    code: `import posthog from 'posthog-js'; posthog.init('phc_bench', { api_host: '${DEAD}', disable_surveys: false });`,
  },
};
