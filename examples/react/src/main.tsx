/** @jsxImportSource react */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Candor } from '@candor/react';
import { App } from './App.js';
import '../../shared/chat-app.css';

const endpoint = import.meta.env.VITE_CANDOR_ENDPOINT ?? 'http://127.0.0.1:8787/v1/answers';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {/* Candor runs while this is mounted; useCandor() reaches it from anywhere inside. */}
    <Candor endpoint={endpoint} product="Acme Assistant" trigger="manual" metadata={{ example: 'react' }}>
      <App />
    </Candor>
  </StrictMode>,
);
