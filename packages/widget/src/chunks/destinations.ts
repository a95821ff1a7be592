// Entry of candor-destinations.js: the script tag's destinations by name (data-destination).
import { destinationByName } from '../delivery/destinations/by-name.js';
import { announceChunk } from './announce-chunk.js';

announceChunk('destinations', { destinationByName });
