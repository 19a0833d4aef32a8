import type { AnnotationKind, EntityType } from '@kztj/core';

/** Plural headings for entity types, shared by the entities index and the reader's legend. */
export const ENTITY_TYPE_LABELS: Readonly<Record<EntityType, string>> = {
  person: 'People',
  country: 'Countries',
  place: 'Places',
  organisation: 'Organisations',
  award: 'Awards',
  monument: 'Monuments',
  programme: 'Programmes',
  group: 'Groups',
  other: 'Other',
};

export const ANNOTATION_KIND_LABELS: Readonly<Record<AnnotationKind, string>> = {
  ...ENTITY_TYPE_LABELS,
  other: 'Other names',
  event: 'Events',
  agreement: 'Agreements',
  figure: 'Figures',
  quote: 'Quotes',
  claim: 'Claims',
  date: 'Dates',
};
