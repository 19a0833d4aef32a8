import type { Dataset } from './schema/dataset.js';
import raw from '../generated/dataset.json';

/**
 * The compiled dataset. It was validated against the zod schemas when it was built (and again in
 * the tests), so importing it costs no validation and pulls no zod into a consumer's bundle.
 */
export const dataset: Dataset = raw as unknown as Dataset;
