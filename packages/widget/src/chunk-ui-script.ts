// Entry of candor-ui.js, the script-tag build's UI chunk.
import { mountWidget } from './ui/mount.js';
import { announceChunk } from './announce-chunk.js';

announceChunk('ui', { mountWidget });
