/** The timeline's facets, in display order; shared by the server page and the client filter. */
export const FACET_NAMES = ['type', 'country', 'person', 'source', 'factuality'] as const;
export type FacetName = (typeof FACET_NAMES)[number];
