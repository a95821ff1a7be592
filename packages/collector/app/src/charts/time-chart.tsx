import { useEffect, useRef } from 'preact/hooks';
import type uPlot from 'uplot';
import { useScheme } from '../ui/color-scheme.js';

export interface TimeSeries {
  label: string;
  values: (number | null)[];
}

interface TimeChartProps {
  /** Start of each bucket, as a local date. */
  times: Date[];
  series: TimeSeries[];
  kind: 'bars' | 'lines';
  /** What the chart shows, in a sentence, for people who cannot see it. */
  summary: string;
  /** How a value reads on the axis and in the legend. */
  format: (value: number) => string;
  height?: number;
}

const COLOURS = ['--chart-1', '--chart-2', '--chart-3', '--chart-4', '--chart-5'];
const css = (name: string) => getComputedStyle(document.documentElement).getPropertyValue(name).trim() || '#888';

/**
 * A time chart drawn by uPlot (loaded only when a chart is shown), sized to its box and
 * redrawn in the colours of the scheme in force. The caller gives the same figures as a table.
 */
export function TimeChart({ times, series, kind, summary, format, height = 220 }: TimeChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const scheme = useScheme();
  useEffect(() => {
    const element = box.current;
    if (!element || times.length === 0) return;
    let plot: uPlot | undefined;
    let cancelled = false;
    let observer: ResizeObserver | undefined;
    void import('uplot')
      .then(({ default: UPlot }) => {
        if (cancelled) return;
        const text = css('--muted');
        const grid = css('--chart-grid');
        const axis = { stroke: text, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid, width: 1 } };
        const bars = UPlot.paths.bars?.({ size: [0.7, 48] });
        const seconds = times.map((t) => t.getTime() / 1000);
        const step = seconds.length > 1 ? Math.min(...seconds.slice(1).map((s, i) => s - seconds[i]!)) : 86_400;
        const pad = Math.max(step, 86_400) / (seconds.length > 1 ? 2 : 0.25);
        const options: uPlot.Options = {
          width: Math.max(element.clientWidth, 240),
          height,
          legend: { show: series.length > 1 },
          cursor: { drag: { x: false, y: false } },
          // A few points spread over a little room, not over years: half a step either side.
          scales: { x: { time: true, auto: false, range: [seconds[0]! - pad, seconds[seconds.length - 1]! + pad] }, y: { range: (_u, _min, max) => [0, Math.max(1, max * 1.1)] } },
          axes: [
            { ...axis },
            { ...axis, values: (_u, ticks) => ticks.map((t) => format(t)), size: 56 },
          ],
          series: [
            {},
            ...series.map((s, i) => {
              const colour = css(COLOURS[i % COLOURS.length]!);
              return kind === 'bars'
                ? { label: s.label, stroke: colour, fill: colour, width: 0, ...(bars ? { paths: bars } : {}), value: (_u: uPlot, v: number | null) => (v === null ? '–' : format(v)) }
                : { label: s.label, stroke: colour, width: 2, points: { show: true, size: 6 }, value: (_u: uPlot, v: number | null) => (v === null ? '–' : format(v)) };
            }),
          ],
        };
        const data = [seconds, ...series.map((s) => s.values)] as uPlot.AlignedData;
        plot = new UPlot(options, data, element);
        observer = new ResizeObserver(() => plot?.setSize({ width: Math.max(element.clientWidth, 240), height }));
        observer.observe(element);
      })
      .catch(() => {
        // No canvas (or the chart failed): the table beside it still holds every figure.
      });
    return () => {
      cancelled = true;
      observer?.disconnect();
      plot?.destroy();
    };
  }, [times, series, kind, scheme, height]);
  return <div ref={box} class="chart" role="img" aria-label={summary} />;
}
