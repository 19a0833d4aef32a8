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

/** The short type label drawn after each highlight in the reader (brat, displaCy), so kinds never rest on colour. */
export const ANNOTATION_KIND_TAGS: Readonly<Record<AnnotationKind, string>> = {
  person: 'person',
  country: 'country',
  place: 'place',
  organisation: 'org',
  award: 'award',
  monument: 'monument',
  programme: 'programme',
  group: 'group',
  other: 'name',
  event: 'event',
  agreement: 'agreement',
  figure: 'figure',
  quote: 'quote',
  claim: 'claim',
  date: 'date',
};
