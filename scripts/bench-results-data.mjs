// Synthetic submissions for `npm run bench:results`: deterministic from their index, in five
// languages, spread over 90 days, with follow-ups, consent, metadata and some partial ones, so
// the collector's reads see the mix a real study would give them. Not real answers.
const QUESTIONS = {
  context: "What's the last thing you used Bench Assistant for?",
  hope: 'If you could wave a magic wand, what would AI do for you?',
  experience: 'Has AI ever taken a step towards that for you?',
  fear: 'Are there ways AI might be developed that would be contrary to what you hope for or what you value?',
};

const TEXTS = {
  en: {
    context: ['Planning dinners for the week', 'Debugging a flaky test', 'Writing a cover letter', 'Summarising a long report'],
    hope: ['Take the busywork off my plate so I can spend time with my family', 'Help me learn a new language properly', 'Run my small business paperwork', 'Find a cure for my mother’s illness'],
    experience: ['Yes, it drafts my emails now', 'Not really, it still gets facts wrong', 'It explained statistics better than my teacher'],
    fear: ['That it replaces jobs without anything in return', 'Being manipulated by systems I cannot see', 'That people stop thinking for themselves'],
  },
  es: {
    context: ['Planificar las comidas', 'Escribir un informe'],
    hope: ['Que me quite el trabajo repetitivo para pasar tiempo con mi familia', 'Aprender programación de verdad'],
    experience: ['Sí, me ayuda con los correos', 'Todavía se equivoca mucho'],
    fear: ['Que nos quite el empleo', 'Que vigilen todo lo que hacemos'],
  },
  fr: {
    context: ['Préparer un voyage', 'Corriger un texte'],
    hope: ['Me libérer des tâches administratives', 'Apprendre plus vite'],
    experience: ['Oui, pour mes courriels', 'Pas encore, trop d’erreurs'],
    fear: ['La désinformation', 'Perdre mon autonomie'],
  },
  de: {
    context: ['Einen Brief schreiben', 'Code prüfen'],
    hope: ['Mehr Zeit für meine Familie', 'Mein eigenes Geschäft aufbauen'],
    experience: ['Ja, beim Lernen', 'Nein, es erfindet Dinge'],
    fear: ['Überwachung', 'Dass Jobs verschwinden'],
  },
  ja: {
    context: ['献立を考える', 'メールを書く'],
    hope: ['家族との時間を増やしたい', '新しいことを学びたい'],
    experience: ['はい、仕事が早くなりました', 'まだ間違いが多いです'],
    fear: ['仕事がなくなること', '監視されること'],
  },
};
const LOCALES = Object.keys(TEXTS);
const DAY = 86_400_000;
const START = Date.parse('2026-09-01T00:00:00Z');

/** A valid submission number `i` of `surveyId`; the same i gives the same content (and a fresh id). */
export function syntheticSubmission(i, surveyId) {
  const locale = LOCALES[i % 7 < 3 ? 0 : (i % LOCALES.length)];
  const texts = TEXTS[locale];
  const pick = (list, salt) => list[(i * 31 + salt) % list.length];
  const partial = i % 9 === 0;
  const ids = partial ? ['context', 'hope'] : ['context', 'hope', 'experience', 'fear'];
  const answers = ids.map((questionId, n) => ({
    questionId,
    prompt: QUESTIONS[questionId],
    text: `${pick(texts[questionId], n)} (${i})`,
    ...(questionId === 'hope' && i % 4 === 0 ? { followUp: { prompt: 'What would realising that make possible for you?', text: pick(texts.hope, 7), source: 'fixed' } } : {}),
  }));
  return {
    id: crypto.randomUUID(),
    protocolVersion: 1,
    surveyId,
    surveyVersion: i % 5 === 0 ? '2' : '1',
    answers,
    questionOrder: ['context', 'hope', 'experience', 'fear'],
    locale,
    createdAt: new Date(START + (i % 90) * DAY + (i % 86_400) * 1000).toISOString(),
    partial,
    sampleRate: 1,
    context: { path: '/chat', product: 'Bench Assistant', metadata: { plan: ['free', 'pro', 'team'][i % 3] }, trigger: i % 2 ? 'delay' : 'open' },
    respondentId: `r${i}`,
    consent: { quotes: i % 3 !== 0 },
    ...(i % 11 === 0 ? { redactions: { email: 1 } } : {}),
  };
}
