import { allIds, dataset, isCollectionName, records, typeOf, type RecordRef } from '@kztj/core';
import { VIEW_FIELDS } from './list-shape.js';
import type { DynamicValues } from './shell-completion.js';

/** Completion values that come from the data: ids, sources, countries, the types a collection has. */
export const dataValues: DynamicValues = (name, command, words) => {
  switch (name) {
    case 'entity':
      return dataset.entities.map((e) => e.id);
    case 'source':
      return dataset.sources.map((s) => s.id);
    case 'country':
      return dataset.entities.filter((e) => e.type === 'country').flatMap((e) => [e.id, ...(e.codes ? [e.codes.alpha2.toLowerCase()] : [])]);
    case 'id':
      return command === 'source' ? dataset.sources.map((s) => s.id) : allIds();
    case 'type': {
      const collection = command === 'timeline' ? 'events' : words.find((w) => isCollectionName(w));
      if (!collection || !isCollectionName(collection)) return [];
      return [...new Set(records(collection).map((record) => typeOf({ collection, record } as RecordRef)).filter((t): t is string => t !== undefined))];
    }
    case 'fields':
      return [...VIEW_FIELDS];
    default:
      return undefined;
  }
};
