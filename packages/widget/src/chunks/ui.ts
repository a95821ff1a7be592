// Entry of candor-ui.js, the script-tag build's UI chunk.
import { showWidget } from '../ui/show-widget.js';
import { announceChunk } from './announce-chunk.js';

announceChunk('ui', { showWidget });
