// A candidate method measured against the keyword rules: multinomial naive Bayes over character
// 2- to 4-grams of the normalised answer (so it needs no word splitting, which Japanese lacks),
// trained on labelled answers. Single-label questions: one class a category plus "no label";
// multi-label questions: one yes/no model a category.

const ALPHA = 0.5;
const NONE = '__none__';

function grams(text) {
  const counts = new Map();
  for (let n = 2; n <= 4; n++) {
    for (let i = 0; i + n <= text.length; i++) {
      const g = text.slice(i, i + n);
      counts.set(g, (counts.get(g) ?? 0) + 1);
    }
  }
  return counts;
}

function fitClasses(examples) {
  // examples: [{ grams: Map, cls: string }]
  const classes = new Map();
  const vocabulary = new Set();
  for (const { grams: gs, cls } of examples) {
    const c = classes.get(cls) ?? { docs: 0, total: 0, counts: new Map() };
    c.docs++;
    for (const [g, n] of gs) {
      c.counts.set(g, (c.counts.get(g) ?? 0) + n);
      c.total += n;
      vocabulary.add(g);
    }
    classes.set(cls, c);
  }
  return { classes, vocabulary: vocabulary.size, docs: examples.length };
}

function logPosteriors(model, gs) {
  const out = new Map();
  for (const [cls, c] of model.classes) {
    let lp = Math.log(c.docs / model.docs);
    const denominator = Math.log(c.total + ALPHA * model.vocabulary);
    for (const [g, n] of gs) lp += n * (Math.log((c.counts.get(g) ?? 0) + ALPHA) - denominator);
    out.set(cls, lp);
  }
  return out;
}

/** Trains on rows ({ text, labels }) of one question; returns texts → label lists. */
export function trainNaiveBayes(rows, multiLabel, normalize) {
  const examples = rows.map((r) => ({ grams: grams(normalize(r.text)), labels: r.labels }));
  if (!multiLabel) {
    const model = fitClasses(examples.map((e) => ({ grams: e.grams, cls: e.labels[0] ?? NONE })));
    return (texts) =>
      texts.map((text) => {
        const posteriors = [...logPosteriors(model, grams(normalize(text)))].sort((a, b) => b[1] - a[1]);
        const best = posteriors[0]?.[0];
        return best === undefined || best === NONE ? [] : [best];
      });
  }
  const categories = [...new Set(rows.flatMap((r) => r.labels))];
  const models = categories.map((category) => ({
    category,
    model: fitClasses(examples.map((e) => ({ grams: e.grams, cls: e.labels.includes(category) ? 'yes' : 'no' }))),
  }));
  return (texts) =>
    texts.map((text) => {
      const gs = grams(normalize(text));
      return models.filter(({ model }) => {
        const p = logPosteriors(model, gs);
        return (p.get('yes') ?? -Infinity) > (p.get('no') ?? -Infinity);
      }).map(({ category }) => category);
    });
}
