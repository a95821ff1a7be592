import { afterAll, describe, expect, it } from 'vitest';
import type { PGlite } from '@electric-sql/pglite';
import { pgliteAnswerStore } from '../src/store/pglite-store.js';
import { MIGRATIONS, runMigrations } from '../src/store/migrations.js';
import { insertSubmissionsSql } from '../src/store/schema-sql.js';
import { submissionRow } from '../src/store/submission-row.js';
import { queuedSqlClient } from '../src/store/queued-sql-client.js';
import { pgliteConnection } from '../src/store/pglite-connection.js';
import { DEFAULT_CODEBOOK } from '../src/themes/codebook/default-codebook.js';
import { planFor } from '../src/themes/classification/classification-plan.js';
import { tallyThemeView } from '../src/themes/reports/tally-report.js';
import { loadThemeView } from '../src/themes/reports/theme-view.js';
import { openTestDatabase } from './helpers/open-test-store.js';
import { freshSubmission, uniqueSurveyId } from './helpers/fresh-submission.js';

let db: PGlite | undefined;
afterAll(async () => {
  if (db && !db.closed) await db.close();
});

describe('an embedded database with theme labels from before the kept theme counts (migration 10)', () => {
  it('counts the labels it holds when migrated, then keeps counting', async () => {
    db = await openTestDatabase();
    await runMigrations(queuedSqlClient(pgliteConnection(db)), MIGRATIONS.filter((m) => m.version <= 9));
    const surveyId = uniqueSurveyId();
    const people = Array.from({ length: 8 }, (_, i) =>
      freshSubmission({
        surveyId,
        locale: i % 2 ? 'de' : 'en',
        respondentId: `p${i % 6}`,
        consent: { quotes: true },
        answers: [
          { questionId: 'hope', prompt: 'Hope?', text: `hope ${i}` },
          { questionId: 'fear', prompt: 'Fear?', text: `fear ${i}` },
        ],
      }),
    );
    await db.query(insertSubmissionsSql(people.length), people.map(submissionRow).flat());
    const setup = { codebook: DEFAULT_CODEBOOK };
    const label = async (id: string, questionId: string, theme: string) => {
      const { schemeVersion, classifier, classifierVersion } = planFor(questionId, setup).stamp;
      await db!.query('insert into answer_themes (submission_id, question_id, label, scheme_version, classifier, classifier_version) values ($1, $2, $3, $4, $5, $6)', [
        id,
        questionId,
        theme,
        schemeVersion,
        classifier,
        classifierVersion,
      ]);
    };
    for (const [i, s] of people.entries()) {
      await label(s.id, 'hope', i < 5 ? 'time-freedom' : 'learning-growth');
      await label(s.id, 'fear', i < 4 ? 'wellbeing-dependency' : 'jobs-economy');
    }

    const store = await pgliteAnswerStore(db);
    const context = { store: store.themes, setup, minGroupSize: 2 };
    const kept = async () => (await tallyThemeView(store.themes, surveyId, undefined, setup, 2)).report;
    const counted = async () => (await loadThemeView(context, { surveyId })).report;

    expect((await kept()).questions.map((q) => [q.questionId, q.overall.respondents])).toEqual([
      ['hope', 6],
      ['fear', 6],
    ]);
    expect(await kept()).toEqual(await counted());
    await store.themes.saveLabels('hope', planFor('hope', setup).stamp, [{ submissionId: people[0]!.id, labels: ['learning-growth'] }]);
    expect(await kept()).toEqual(await counted());
    expect((await kept()).lightAndShade.pairs.find((p) => p.hope === 'time-freedom')).toMatchObject({ holdHope: 4, holdBoth: 3 });
  });
});
