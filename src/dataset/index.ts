/** The bundled dataset: JSON files reviewed in the repository, validated at build time and bundled. */
import sources from './sources.json';
import quantities from './quantities.json';
import breitbart from './claims-breitbart-2024-06-17.json';
import mercopress from './claims-mercopress-2024-06-17.json';
import atlasnews from './claims-atlasnews-2024-06-19.json';
import elsalvadorinfo from './claims-elsalvadorinfo-2024-09-13.json';
import nypost from './claims-nypost-oped-2025-04-17.json';

/** The bundled files, by name, as unparsed JSON values (they go through the schema like any other file). */
export const BUNDLED_FILES: readonly { name: string; json: unknown }[] = [
  { name: 'bundled/sources.json', json: sources },
  { name: 'bundled/quantities.json', json: quantities },
  { name: 'bundled/claims-breitbart-2024-06-17.json', json: breitbart },
  { name: 'bundled/claims-mercopress-2024-06-17.json', json: mercopress },
  { name: 'bundled/claims-atlasnews-2024-06-19.json', json: atlasnews },
  { name: 'bundled/claims-elsalvadorinfo-2024-09-13.json', json: elsalvadorinfo },
  { name: 'bundled/claims-nypost-oped-2025-04-17.json', json: nypost },
];
