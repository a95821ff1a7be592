import { createApp } from 'vue';
import { Candor } from '@candor/vue';
import App from './App.vue';
import '../../shared/chat-app.css';

const endpoint = import.meta.env.VITE_CANDOR_ENDPOINT ?? 'http://127.0.0.1:8787/v1/answers';

// Candor for the whole app: it starts once the app is mounted, and useCandor() reaches it anywhere.
createApp(App)
  .use(Candor, { endpoint, product: 'Acme Assistant', trigger: 'manual', metadata: { example: 'vue' } })
  .mount('#app');
