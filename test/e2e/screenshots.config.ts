import { defineConfig } from '@playwright/test';
import base from './playwright.config.js';

// `npm run screenshots`: writes docs/screenshots/*.png for the README.
export default defineConfig({ ...base, testMatch: 'screenshots.shots.ts', reporter: [['list']] });
