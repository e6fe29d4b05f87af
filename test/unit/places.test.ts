/** The gazetteer's readings that decide whose a figure is: named regions, languages, a paragraph's lead. */
import { describe, expect, it } from 'vitest';
import { datelinePlace, findPlaces, paragraphTopic, soleCountry } from '../../src/engine/frames/places';

describe('places: a common noun that names a region of its own is not Latin America', () => {
  it.each([
    ['en varios recintos de la Región Metropolitana', []],
    ['the region of Murcia', []],
    ['la región del Biobío', []],
    ['las cárceles de la región', ['latam']],
    ['Long the region’s calm exception, Costa Rica', ['latam', 'cr']],
  ] as const)('%s names %j', (text, places) => {
    expect(findPlaces(text).map((p) => p.place)).toEqual(places);
  });
});

describe('places: a language is no place', () => {
  it.each([
    ['Paráfrasis de una línea (español)', []],
    ['publicado en español', []],
    ['el gobierno español', ['es']],
  ] as const)('%s names %j', (text, places) => {
    expect(findPlaces(text).map((p) => p.place)).toEqual(places);
  });
});

describe('paragraphTopic: the country a paragraph leads with', () => {
  const at = (text: string, marker: string): number => text.indexOf(marker);
  it.each([
    ['**Honduras.** The prisons are full. Officials announced a 20,000-bed prison.', '20,000', 'hn'],
    ['Intro.\n\nIn Guatemala, prisons are full. They hold 25,000.', '25,000', 'gt'],
    ['**Honduras.** Full.\n\nThe rate fell to 2.6.', '2.6', null],
    ['Across the region prisons are full. They hold 25,000.', '25,000', null],
    ['Unlike Honduras, the prisons here are half empty. They hold 15,000.', '15,000', null],
    ['The prisons are full, as in Honduras. They hold 15,000.', '15,000', null],
  ] as const)('%j → %s', (text, marker, topic) => {
    expect(paragraphTopic(text, at(text, marker))).toBe(topic);
  });
});

describe('soleCountry: the one country an article names', () => {
  it.each([
    ["# Peru's prisons\n\nPeru's 69 prisons hold 98,000. A mega-prison for 20,000 is planned.", 'pe'],
    ['Chile no quiere imitar a El Salvador.', null],
    ['Across Latin America and the region, prisons are full in Chile.', 'cl'],
    ['CECOT holds about 15,000 inmates.', null],
  ] as const)('%j → %s', (text, place) => {
    expect(soleCountry(text)).toBe(place);
  });
});

describe('datelinePlace: where an article is written from', () => {
  it.each([
    ['# Title\n\nTECOLUCA, El Salvador — The bus stops.', 'sv'],
    ['SAN SALVADOR, July 2, 2024 (Wire) — Congress extended it.', 'sv'],
    ['CIUDAD DE MÉXICO — México cerró 2023.', 'mx'],
    ['LIMA — Prisons are full.', null],
    ['The rate fell — sharply — in Honduras.', null],
  ] as const)('%j → %s', (text, place) => {
    expect(datelinePlace(text)).toBe(place);
  });
});
