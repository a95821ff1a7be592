// Entry of candor-runtime.js, the script-tag build's runtime chunk.
import { startRuntime } from '../runtime/start-runtime.js';
import { announceChunk } from './announce-chunk.js';

announceChunk('runtime', { startRuntime });
