/** The "use it from your code" snippet on /data; usage-example.test.ts runs it against the real package. */
export const USAGE_EXAMPLE = `import { timeline, search, mentions, formatDate, formatFactuality } from '@kztj/core';

// Every dated event involving Tajikistan (by ISO code), oldest first.
for (const event of timeline({ country: 'TJ' })) {
  if (event.date) console.log(formatDate(event.date), formatFactuality(event.factuality), event.title);
}

// Typo-tolerant search over every record.
const [best] = search('Rahmon vist Astana', { limit: 1 });
console.log(best?.collection, best?.title);

// Every mention of an entity, in its sentence, with offsets into the article.
for (const m of mentions('emomali-rahmon')) console.log(m.span.start, m.span.end, m.sentence.text);`;
