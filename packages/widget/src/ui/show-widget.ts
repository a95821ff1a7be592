import type { Responses } from '../build-submission.js';
import type { Emitter } from '../events.js';
import type { ResolvedOptions } from '../options.js';
import type { ShowPolicy } from '../show-policy.js';
import type { MountedWidget, SubmitResult, WidgetController } from '../ui-contract.js';
import { mountWidget } from './mount.js';

export interface ShowContext {
  options: ResolvedOptions;
  locale: string;
  initialView: WidgetController['initialView'];
  policy: ShowPolicy;
  emitter: Emitter;
  submit: (responses: Responses) => Promise<SubmitResult>;
  report: (error: unknown) => void;
  /** Told when the widget is gone from the page. */
  onClosed: () => void;
}

/** What the loader calls to show the widget: wires the UI to the invitation policy, delivery and events. */
export function showWidget({ options, locale, initialView, policy, emitter, submit, report, onClosed }: ShowContext): MountedWidget {
  return mountWidget({
    questions: options.questions,
    locale,
    product: options.product,
    theme: options.theme,
    position: options.position,
    initialView,
    submit,
    decline: (kind) => (kind === 'never' ? policy.never() : policy.notNow()),
    shown: (view) => emitter.emit('shown', { view }),
    closed(responses, finished) {
      onClosed();
      if (finished) policy.finished();
      // Leaving part-way still keeps what was answered.
      else if (responses?.answers.length) submit({ ...responses, partial: true }).catch(report);
      emitter.emit('closed', { answered: responses?.answers.length ?? 0, finished });
    },
  });
}
