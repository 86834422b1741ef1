import type { Extractor } from '../types.js';

const extractors: Extractor[] = [];
export default extractors;
