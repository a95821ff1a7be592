import type { LocalePack } from './locale-pack.js';

const en: LocalePack = {
  strings: {
    thisProduct: 'this product',
    inviteTitle: 'Help shape {product}',
    inviteBody:
      'We are asking people what they hope AI could do for them, and what worries them. A few open questions, each one optional; about three minutes.',
    start: 'Start',
    notNow: 'Not now',
    noThanks: 'No thanks',
    consentTitle: 'Before you start',
    consentPurpose:
      'Your answers help the team behind {product} decide what to build. People on that team read them, together with other people’s answers.',
    consentKeep:
      'They are kept only as long as this research needs them. Email addresses, phone numbers, card numbers and keys are removed on your device before anything is saved.',
    consentQuotes: 'You may quote my answers in published findings, without my name or anything that identifies me.',
    consentWithdraw: 'You can withdraw your answers at any time: this device remembers which ones are yours.',
    continue: 'Continue',
    dialogTitle: 'Share your thoughts',
    progress: 'Question {n} of {total}',
    required: 'Please write an answer to go on.',
    charsLeft: '{n} characters left',
    restored: 'We kept what you wrote earlier.',
    willRemove: 'Removed before sending:',
    email: 'email address',
    phone: 'phone number',
    card: 'card number',
    key: 'key or token',
    followUp: 'A follow-up (optional)',
    probeHope: 'What would realising that make possible for you?',
    probeOther: 'Why does that matter to you?',
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
    tooLarge: 'Your answers are too long to send ({kb} KB; the limit is {limit} KB). Nothing was sent: go back and shorten them.',
    queueFull: 'Too many answers are already waiting to be sent from this device. Nothing was sent: please try again later.',
    backToAnswers: 'Back to your answers',
    withdraw: 'Withdraw my answers',
    withdrawn: 'Your answers were withdrawn.',
    withdrawFailed: 'Your answers could not be withdrawn just now. Please try again later.',
    nothingSent: 'You skipped every question, so nothing was sent.',
  },
  // The study's questions, in its wording (DESIGN.md section 3).
  questions: [
    { id: 'context', prompt: "What's the last thing you used {product} for?" },
    { id: 'hope', prompt: 'If you could wave a magic wand, what would AI do for you?', followUp: true },
    { id: 'experience', prompt: 'Has AI ever taken a step towards that for you?' },
    { id: 'fear', prompt: 'Are there ways AI might be developed that would be contrary to what you hope for or what you value?', followUp: true },
  ],
};

export default en;
