// Entry of candor-delivery.js, the script-tag build's delivery chunk.
import { startDelivery } from '../delivery/start-delivery.js';
import { announceChunk } from './announce-chunk.js';

announceChunk('delivery', { startDelivery });
