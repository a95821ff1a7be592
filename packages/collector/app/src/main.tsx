import { render } from 'preact';
import 'uplot/dist/uPlot.min.css';
import './styles/app.css';
import { App } from './app.js';
import { applyStoredScheme } from './ui/color-scheme.js';

applyStoredScheme();
render(<App />, document.getElementById('app')!);
