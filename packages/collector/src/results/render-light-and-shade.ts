import type { LightAndShade } from '../themes/reports/light-and-shade-report.js';
import { escapeHtml } from './escape-html.js';
import { percent } from './render-theme-chart.js';

/** The light-and-shade figure: for each hope, the share of its holders who also hold the matching concern. */
export function renderLightAndShade(light: LightAndShade, minGroupSize: number): string {
  const caption = '<figcaption id="light-and-shade">Light and shade: people who hold a hope and its matching concern</figcaption>';
  if (!light.available) {
    return `<figure aria-labelledby="light-and-shade">${caption}<p class="note">Needs the hope and fear answers labelled with the codebook's categories, and the codebook has no scheme for one of them; local clusters have no categories to pair.</p></figure>`;
  }
  const bars = light.pairs.map(
    (p) =>
      `<li><span>${escapeHtml(p.hopeLabel)} → ${escapeHtml(p.concernLabel)}</span>` +
      `<span class="track" aria-hidden="true"><span class="fill" style="width:${(p.share * 100).toFixed(2)}%"></span></span>` +
      `<span class="value">${p.holdBoth} of ${p.holdHope} · ${percent(p.share)}<br><small>${escapeHtml(p.why)}</small></span></li>`,
  );
  const folded = light.foldedPairs > 0 ? ` ${light.foldedPairs} pairs held by fewer than ${minGroupSize} people are not shown.` : '';
  const list = bars.length ? `<ol class="bars">${bars.join('')}</ol>` : '<p class="note">No pair is held by enough people to be shown yet.</p>';
  return `<figure aria-labelledby="light-and-shade">${caption}${list}<p class="note">Share of the people holding the hope who also voiced the concern.${folded}</p></figure>`;
}
