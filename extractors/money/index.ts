import type { Extractor } from '../types.js';
import en from './en.js';
import fr from './fr.js';

const extractors: Extractor[] = [fr, en];
export default extractors;
