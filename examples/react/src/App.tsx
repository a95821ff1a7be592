/** @jsxImportSource react */
import { useState, type FormEvent } from 'react';
import { useCandor } from '@candor/react';
import { Message, type Turn } from './Message.js';

const FIRST_TURNS: Turn[] = [
  { role: 'user', text: 'Can you help me plan a week of dinners for a family of four, mostly vegetarian?' },
  {
    role: 'assistant',
    text: 'Of course. Here is a plan that reuses ingredients to keep shopping simple: Monday, lentil bolognese; Tuesday, chickpea curry with rice; Wednesday, leftover curry wraps; Thursday, vegetable frittata; Friday, homemade pizza. Want a shopping list?',
  },
];

/** A pretend AI chat product. Its own buttons open Candor through useCandor(). */
export function App() {
  const candor = useCandor();
  const [turns, setTurns] = useState(FIRST_TURNS);
  const [draft, setDraft] = useState('');

  function send(event: FormEvent) {
    event.preventDefault();
    const text = draft.trim();
    if (!text) return;
    setTurns((all) => [...all, { role: 'user', text }, { role: 'assistant', text: 'This is a demo, so I only pretend to answer. Tell us what you hope AI could do for you instead: it takes a minute.', askForFeedback: true }]);
    setDraft('');
  }

  return (
    <div className="app">
      <header className="bar">
        <div className="brand">
          <span className="logo" aria-hidden="true">◆</span> Acme Assistant <span className="tag">React</span>
        </div>
        <button type="button" className="share" onClick={() => candor.open()}>
          Share your thoughts
        </button>
      </header>
      <main className="chat" aria-label="Conversation">
        <ol className="messages">
          {turns.map((turn, i) => (
            <Message key={i} turn={turn} onAskForFeedback={() => candor.open()} />
          ))}
        </ol>
        <form className="composer" onSubmit={send}>
          <label htmlFor="prompt" className="visually-hidden">Message Acme Assistant</label>
          <textarea id="prompt" rows={1} placeholder="Message Acme Assistant" value={draft} onChange={(e) => setDraft(e.target.value)} />
          <button type="submit">Send</button>
        </form>
      </main>
      <footer className="foot">
        An example app for <code>@candor/react</code>.{' '}
        {import.meta.env.VITE_CANDOR_RESULTS && (
          <a href={import.meta.env.VITE_CANDOR_RESULTS} target="_blank" rel="noopener">See what the collector received</a>
        )}
      </footer>
    </div>
  );
}
