// The demo's sample survey: 240 made-up respondents in six languages, with the funnel counts of
// the people invited, so a newcomer sees themes, quotes, response rates and the report within the
// first minute. Every submission is marked as sample data
// (context.metadata.sampleData = true) in its own survey; the results app removes them all in
// one step (DELETE /v1/sample-data). Ids are fixed, so starting the demo again stores nothing
// twice, and removed sample data is not brought back.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** The sample survey's id: its own, apart from the live demo's. */
export const SAMPLE_SURVEY_ID = 'sample-ai-assistant-study';
export const SAMPLE_RESPONDENTS = 240;

// The answers are the development set the keyword rules were written on (realistic, labelled,
// eight languages; six of them are used here), with the synthetic answers written for the local
// clustering, so few people say exactly the same thing.
const FIXTURES = new URL('../packages/collector/test/fixtures/', import.meta.url);
const ANSWERS_DIR = new URL('labelled/development/', FIXTURES);
const MORE_ANSWERS = ['synthetic-answers.jsonl', 'synthetic-answers-holdout.jsonl'];

/** The study's questions and follow-up probe, as the widget shows them in each language. */
const PROMPTS = {
  en: ['If you could wave a magic wand, what would AI do for you?', 'Has AI ever taken a step towards that for you?', 'Are there ways AI might be developed that would be contrary to what you hope for or what you value?', 'What would realising that make possible for you?'],
  es: ['Si tuvieras una varita mágica, ¿qué haría la IA por ti?', '¿Alguna vez la IA ha dado un paso en esa dirección por ti?', '¿Hay formas en que la IA podría desarrollarse que irían en contra de lo que esperas o de lo que valoras?', 'Si eso se hiciera realidad, ¿qué te permitiría hacer?'],
  fr: ['Si vous aviez une baguette magique, que ferait l’IA pour vous ?', 'L’IA a-t-elle déjà fait un pas dans ce sens pour vous ?', 'Y a-t-il des manières de développer l’IA qui iraient à l’encontre de ce que vous espérez ou de ce à quoi vous tenez ?', 'Si cela se réalisait, qu’est-ce que cela vous permettrait de faire ?'],
  de: ['Wenn du einen Zauberstab schwingen könntest: Was würde KI für dich tun?', 'Hat KI für dich schon einmal einen Schritt in diese Richtung gemacht?', 'Gibt es Wege, wie KI entwickelt werden könnte, die dem widersprechen, was du dir erhoffst oder was dir wichtig ist?', 'Was würde es dir ermöglichen, wenn das Wirklichkeit würde?'],
  pt: ['Se você tivesse uma varinha mágica, o que a IA faria por você?', 'A IA já deu algum passo nessa direção para você?', 'Existem formas de desenvolver a IA que iriam contra o que você espera ou o que você valoriza?', 'Se isso se tornasse realidade, o que passaria a ser possível para você?'],
  ja: ['魔法の杖をひと振りできるとしたら、AIにどんなことをしてほしいですか？', 'AIが、その実現に向けて一歩でも近づけてくれたことはありますか？', 'あなたの願いや大切にしていることに反するような、AIの開発のされ方はあると思いますか？', 'それが実現したら、どんなことができるようになりますか？'],
};

/** What people answered the follow-up with: the values under the hope, as the study found them. */
const FOLLOW_UPS = {
  en: ['Being present with the people I love instead of half-listening.', 'Feeling that my days are mine again.', 'Less worry at night, more energy for what matters.', 'Doing the part of my work I actually care about.'],
  es: ['Estar de verdad con mi familia, sin prisas.', 'Sentir que mis días vuelven a ser míos.', 'Dormir tranquila sin pensar en pendientes.'],
  fr: ['Être vraiment présent avec ma famille.', 'Retrouver du temps pour ce qui compte.', 'Moins de stress, plus de curiosité.'],
  de: ['Mehr Zeit für meine Kinder, ohne schlechtes Gewissen.', 'Das Gefühl, wieder selbst zu entscheiden.', 'Weniger Stress am Abend.'],
  pt: ['Estar presente com quem eu amo.', 'Ter tempo para aprender coisas novas.', 'Menos ansiedade no fim do mês.'],
  ja: ['家族と過ごす時間を大切にできること。', '自分の好きなことに集中できること。', '毎日の不安が少なくなること。'],
};

/** How the 240 are spread over languages. */
const LANGUAGES = [
  ['en', 0.42],
  ['es', 0.16],
  ['pt', 0.12],
  ['fr', 0.11],
  ['de', 0.11],
  ['ja', 0.08],
];
const PLANS = ['free', 'free', 'pro', 'pro', 'team'];
const TRIGGERS = ['open', 'delay', 'delay', 'event:checkout-complete'];

/** A fixed random sequence (mulberry32), so the sample is the same at every start. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A version-4-shaped UUID fixed by `name`. */
function fixedUuid(name) {
  const hex = createHash('sha256').update(name).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${((parseInt(hex[16], 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const readJsonl = (url) => readFileSync(url, 'utf8').trim().split('\n').map((line) => JSON.parse(line));

function answersByQuestion(language) {
  const lines = readJsonl(new URL(`${language}.jsonl`, ANSWERS_DIR));
  const more = MORE_ANSWERS.flatMap((name) => readJsonl(new URL(name, FIXTURES))).filter((l) => l.locale === language);
  const texts = (question) => [...new Set([...lines.filter((l) => l.question === question), ...more.filter((l) => l.questionId === question)].map((l) => l.text))];
  return { hope: texts('hope'), experience: texts('experience'), fear: texts('fear') };
}

/** The sample survey's submissions, the same every time. */
export function sampleSubmissions() {
  const next = random(20260315);
  const pool = Object.fromEntries(LANGUAGES.map(([language]) => [language, answersByQuestion(language)]));
  const used = Object.fromEntries(LANGUAGES.map(([language]) => [language, 0]));
  const pick = (list, i) => list[i % list.length];
  const submissions = [];
  for (let i = 0; i < SAMPLE_RESPONDENTS; i += 1) {
    let roll = next();
    const language = (LANGUAGES.find(([, share]) => (roll -= share) < 0) ?? LANGUAGES[0])[0];
    const n = used[language]++;
    const [hopePrompt, experiencePrompt, fearPrompt, probe] = PROMPTS[language];
    const answers = pool[language];
    const partial = next() < 0.08;
    const followUp = next() < 0.6 ? { prompt: probe, text: pick(FOLLOW_UPS[language], n), source: 'fixed' } : undefined;
    const hope = { questionId: 'hope', prompt: hopePrompt, text: pick(answers.hope, n * 7), ...(followUp ? { followUp } : {}) };
    const experience = { questionId: 'experience', prompt: experiencePrompt, text: next() < 0.8 ? pick(answers.experience, n * 5) : '' };
    const fear = { questionId: 'fear', prompt: fearPrompt, text: pick(answers.fear, n * 3) };
    const trigger = pick(TRIGGERS, Math.floor(next() * TRIGGERS.length));
    submissions.push({
      id: fixedUuid(`candor-sample-${i}`),
      protocolVersion: 1,
      surveyId: SAMPLE_SURVEY_ID,
      surveyVersion: i < 60 ? '1' : '2',
      answers: partial ? [hope] : [hope, experience, fear],
      questionOrder: ['hope', 'experience', 'fear'],
      locale: language,
      // Fixed times (the month before the study this follows was published), so a copy sent again is the same.
      createdAt: new Date(Date.UTC(2026, 1, 1) + Math.floor(next() * 28 * 24 * 3600 * 1000)).toISOString(),
      partial,
      sampleRate: trigger === 'open' ? 1 : 0.25,
      context: {
        path: pick(['/chat', '/chat', '/documents', '/settings'], i),
        product: 'Sample AI assistant',
        trigger,
        metadata: { sampleData: true, plan: pick(PLANS, Math.floor(next() * PLANS.length)) },
      },
      respondentId: `sample-${fixedUuid(`candor-sample-person-${i}`).slice(0, 13)}`,
      consent: { quotes: next() < 0.5 },
      ...(next() < 0.06 ? { redactions: { email: 1 } } : {}),
    });
  }
  return submissions;
}

/** How often each language's invitation was answered, so "Who answered" has differences to show. */
const RESPONSE_RATES = { en: 0.34, es: 0.29, pt: 0.31, fr: 0.27, de: 0.25, ja: 0.22 };

/**
 * The sample survey's funnel counts, as the widget would have sent them: for each respondent the
 * moments they went through (invited unless they opened it themselves, opened, started, finished
 * or partial), and for the people who were invited and did not answer: declined, postponed,
 * closed without an answer, or nothing. Made up like the answers, and fixed like them.
 */
export function sampleFunnelEvents(submissions = sampleSubmissions()) {
  const next = random(20260316);
  const events = [];
  const add = (event, s, date = s.createdAt.slice(0, 10)) =>
    events.push({ event, surveyId: SAMPLE_SURVEY_ID, surveyVersion: s.surveyVersion, locale: s.locale, trigger: s.context.trigger.split(':')[0], date, sampleRate: s.sampleRate });
  for (const s of submissions) {
    if (s.context.trigger !== 'open') add('invited', s);
    for (const moment of ['opened', 'started', s.partial ? 'partial' : 'finished']) add(moment, s);
  }
  for (const [language] of LANGUAGES) {
    const answered = submissions.filter((s) => s.locale === language && s.context.trigger !== 'open');
    const unanswered = Math.round(answered.length / RESPONSE_RATES[language]) - answered.length;
    for (let i = 0; i < unanswered; i += 1) {
      const like = { ...answered[i % answered.length] };
      const date = new Date(Date.UTC(2026, 1, 1) + Math.floor(next() * 28) * 86_400_000).toISOString().slice(0, 10);
      add('invited', like, date);
      const roll = next();
      if (roll < 0.45) add('declined', like, date);
      else if (roll < 0.62) add('postponed', like, date);
      else if (roll < 0.74) (add('opened', like, date), add('dismissed', like, date));
    }
  }
  return events;
}

/**
 * Posts the sample survey to a running collector (a batch of 100 at a time), then has its
 * answers sorted into themes at once. Says how many were new: 0 when they are already there,
 * or were removed before.
 */
export async function loadSampleData(collectorUrl, adminToken) {
  const all = sampleSubmissions();
  let stored = 0;
  for (let i = 0; i < all.length; i += 100) {
    const response = await fetch(`${collectorUrl}/v1/answers`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(all.slice(i, i + 100)) });
    // 422: an older sample with other content is already stored under these ids; it stays.
    if (response.status === 422) continue;
    if (!response.ok) throw new Error(`the collector refused the sample data (${response.status}): ${await response.text()}`);
    stored += (await response.json()).stored.length;
  }
  if (stored > 0) {
    // Its funnel counts go with the first copy stored only: counts are added up, never deduplicated.
    const events = sampleFunnelEvents(all);
    for (let i = 0; i < events.length; i += 100) {
      const response = await fetch(`${collectorUrl}/v1/events`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ protocolVersion: 1, events: events.slice(i, i + 100) }) });
      if (!response.ok) throw new Error(`the collector refused the sample funnel counts (${response.status}): ${await response.text()}`);
    }
    const auth = { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' };
    await fetch(`${collectorUrl}/v1/themes/reclassify`, { method: 'POST', headers: auth, body: '{}' });
    await approveSomeQuotes(collectorUrl, auth);
  }
  return stored;
}

/** Approves one quote from each of the first six themes, as a team would, so the report has quotes to show. */
async function approveSomeQuotes(collectorUrl, auth) {
  const response = await fetch(`${collectorUrl}/v1/quotes?survey=${SAMPLE_SURVEY_ID}&status=pending&limit=500`, { headers: auth });
  if (!response.ok) return;
  const { items } = await response.json();
  const themes = new Set();
  for (const quote of items) {
    const theme = `${quote.questionId}:${quote.themes[0]?.theme}`;
    if (themes.has(theme) || themes.size >= 6 || quote.text.length > 160) continue;
    themes.add(theme);
    await fetch(`${collectorUrl}/v1/quotes/${quote.submissionId}/${quote.questionId}`, { method: 'POST', headers: auth, body: JSON.stringify({ status: 'approved' }) });
  }
}
