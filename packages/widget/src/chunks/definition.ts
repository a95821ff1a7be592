// Entry of candor-definition.js: fetching, checking and applying a survey definition (data-survey-url).
import { applyDefinition } from '../definition/apply-definition.js';
import { announceChunk } from './announce-chunk.js';

announceChunk('definition', { applyDefinition });
