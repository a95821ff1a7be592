/** What brought the questions up, in words: the widget's trigger ("open", "delay", "page", "event:<name>"). */
export function describeTrigger(trigger: string | undefined): string {
  if (trigger === undefined || trigger === '') return 'Not recorded';
  if (trigger === 'open') return 'They opened it, or the page did';
  if (trigger === 'delay') return 'Offered after some time on the page';
  if (trigger === 'page') return 'Offered when the page loaded';
  if (trigger.startsWith('event:')) return `Offered after “${trigger.slice('event:'.length)}”`;
  return trigger;
}
