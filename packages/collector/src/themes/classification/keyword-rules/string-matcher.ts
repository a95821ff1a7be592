/** Finds every occurrence of many literal strings in one pass over a text (Aho–Corasick). */
export interface StringMatcher {
  /** Calls `onMatch(literalIndex, end)` for each occurrence, `end` being the index just after it. */
  scan(text: string, onMatch: (literalIndex: number, end: number) => void): void;
}

/**
 * Builds the automaton once for a set of literals (code units, so any script works); scanning a
 * text then costs one step a character plus one call a match, however many literals there are.
 */
export function buildStringMatcher(literals: readonly string[]): StringMatcher {
  const children: Map<number, number>[] = [new Map()];
  const outputs: number[][] = [[]];
  literals.forEach((literal, index) => {
    let node = 0;
    for (let i = 0; i < literal.length; i++) {
      const code = literal.charCodeAt(i);
      let next = children[node]!.get(code);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        outputs.push([]);
        children[node]!.set(code, next);
      }
      node = next;
    }
    outputs[node]!.push(index);
  });
  const fail = new Int32Array(children.length);
  const queue: number[] = [...children[0]!.values()];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    for (const [code, child] of children[node]!) {
      let f = fail[node]!;
      while (f !== 0 && !children[f]!.has(code)) f = fail[f]!;
      const target = children[f]!.get(code);
      fail[child] = target !== undefined && target !== child ? target : 0;
      outputs[child] = [...outputs[child]!, ...outputs[fail[child]!]!];
      queue.push(child);
    }
  }
  return {
    scan(text, onMatch) {
      let node = 0;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        while (node !== 0 && !children[node]!.has(code)) node = fail[node]!;
        node = children[node]!.get(code) ?? 0;
        for (const index of outputs[node]!) onMatch(index, i + 1);
      }
    },
  };
}
