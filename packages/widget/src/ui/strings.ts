/** Every sentence the widget shows besides the questions themselves. */
export const strings = {
  inviteTitle: (product: string | undefined) => (product ? `Help shape ${product}` : 'Help shape this product'),
  inviteBody:
    'We are asking people what they hope AI could do for them, and what worries them. A few open questions, each one optional; about three minutes.',
  start: 'Start',
  notNow: 'Not now',
  noThanks: 'No thanks',
  dialogTitle: 'Share your thoughts',
  progress: (n: number, of: number) => `Question ${n} of ${of}`,
  optional: 'Optional',
  back: 'Back',
  skip: 'Skip',
  next: 'Next',
  finish: 'Finish',
  close: 'Close',
  sending: 'Sending your answers…',
  thanks: 'Thank you',
  sent: 'Your answers were sent. They will help decide what gets built.',
  saved: 'Your answers are saved on this device and will be sent when you are back online.',
  memory:
    'Your answers could not be sent yet, and this browser would not let us save them. They will be sent while this page stays open.',
  dropped: 'Thank you for your answers.',
  held: 'Your answers are kept on this device; the team behind this product decides what happens next.',
  done: 'Done',
  notSent: 'Not sent yet',
  tooLarge: (kb: number, limitKb: number) =>
    `Your answers are too long to send (${kb} KB; the limit is ${limitKb} KB). Nothing was sent: go back and shorten them.`,
  queueFull: 'Too many answers are already waiting to be sent from this device. Nothing was sent: please try again later.',
  backToAnswers: 'Back to your answers',
} as const;
