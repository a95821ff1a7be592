import type { Delivery } from './delivery.js';
import type { DeliveryPlatform } from './delivery-platform.js';
import type { Emitter } from '../runtime/events.js';
import type { ResolvedOptions } from '../options/options.js';
import { resolveHeaders } from './send-submissions.js';

const KEY = 'candor:ids';
/** Most submission ids remembered for withdrawal (the newest). */
const MAX_IDS = 100;

export interface WithdrawResult {
  /** Submissions withdrawn: deleted before sending, or withdrawn at the collector. */
  withdrawn: number;
  /** Submissions the collector could not be asked about now (offline, an error): `withdraw()` again later. */
  failed: number;
}

/**
 * The device remembers the ids of the answers given on it, so the user can take them back:
 * unsent ones are deleted here, and each is withdrawn at the collector (`DELETE <endpoint>/<id>`,
 * which answers 204 whether or not it has it, and refuses a copy still on its way).
 */
export function createWithdrawal(options: ResolvedOptions, platform: DeliveryPlatform, delivery: Delivery, emitter: Emitter) {
  const ids = platform.stored<string[]>(KEY, []);
  const read = ids.read;
  const write = (list: string[]) => ids.write(list.slice(-MAX_IDS));
  // Only the built-in sender talks to a Candor collector; other destinations get the event.
  const atCollector = options.destination === 'collector' && !options.transport;

  return {
    remember: (id: string) => write([...read(), id]),
    async withdraw(): Promise<WithdrawResult> {
      const ids = read();
      const left: string[] = [];
      for (const id of ids) {
        await delivery.discard(id);
        if (!atCollector) continue;
        try {
          const response = await platform.fetch(`${options.endpoint.replace(/\/$/, '')}/${id}`, {
            method: 'DELETE',
            credentials: options.credentials,
            headers: await resolveHeaders(options.headers),
          });
          if (!response.ok) left.push(id);
        } catch {
          left.push(id);
        }
      }
      write(left);
      const done = ids.filter((id) => !left.includes(id));
      if (done.length) emitter.emit('withdrawn', { ids: done });
      return { withdrawn: done.length, failed: left.length };
    },
  };
}
