import { z } from 'zod';

/**
 * What the article asserts about an event, as of the article's own date. "reported" is for
 * hearsay the article distances itself from ("reportedly"); who reported something is recorded
 * separately (reportedBy), because a happened event can also be reported by someone.
 */
export const Factuality = z
  .enum(['happened', 'planned', 'expected', 'negated', 'reported'])
  .describe('happened, planned (intent: will, intend, plan), expected (expected to), negated (will not), or reported (reportedly).');
export type Factuality = z.infer<typeof Factuality>;
