import { dataset } from './dataset.js';

declare const __KZTJ_VERSION__: string | undefined;

/** The package's version (its code), set by the build; "0.0.0-dev" when run from source. */
export const version: string = typeof __KZTJ_VERSION__ === 'string' ? __KZTJ_VERSION__ : '0.0.0-dev';

/** The data's version: moves separately from the code (see CHANGELOG.md). */
export const dataVersion: string = dataset.dataVersion;
