// Accuracy, macro-F1 and abstention for labelled answers: gold and predicted label sets per answer.

/**
 * rows: [{ gold: string[], predicted: string[] }]. Accuracy counts an answer right when its
 * label set is exactly the gold one (an abstention is right only when the gold set is empty too).
 * Macro-F1 averages, over every category present in the gold or predicted labels, the F1 of the
 * yes/no decision "this answer has this category"; "not classified" is not a category, so an
 * abstention costs the gold category's recall. For one-label questions this is the usual
 * multi-class macro-F1.
 */
export function scoreRows(rows) {
  const categories = new Set(rows.flatMap((r) => [...r.gold, ...r.predicted]));
  const f1s = [...categories].map((category) => {
    let tp = 0, fp = 0, fn = 0;
    for (const { gold, predicted } of rows) {
      const g = gold.includes(category), p = predicted.includes(category);
      if (g && p) tp++;
      else if (p) fp++;
      else if (g) fn++;
    }
    return { category, f1: tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn), support: tp + fn };
  });
  const same = (a, b) => a.length === b.length && a.every((x) => b.includes(x));
  const abstained = rows.filter((r) => r.predicted.length === 0);
  const shouldAbstain = rows.filter((r) => r.gold.length === 0);
  return {
    n: rows.length,
    accuracy: rows.filter((r) => same(r.gold, r.predicted)).length / rows.length,
    macroF1: f1s.length === 0 ? 0 : f1s.reduce((sum, x) => sum + x.f1, 0) / f1s.length,
    abstention: abstained.length / rows.length,
    /** Of the answers with no gold label (off-topic, nothing), the share left unclassified. */
    abstainedWhenEmpty: shouldAbstain.length === 0 ? null : shouldAbstain.filter((r) => r.predicted.length === 0).length / shouldAbstain.length,
    perCategory: f1s,
  };
}
