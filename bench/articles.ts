// News-like articles written for the benchmark (never taken from the evaluation data). `{n}`, `{m}`
// and `{d}` vary from article to article, so that no two are the same text.

/** French paragraphs (with one English one, as French news often quotes). */
const FRENCH = [
  "Le groupe Valmont Énergie a annoncé le {d} mars 2024 un investissement de {n} millions d'euros dans une centrale solaire de {m} MW près de Montpellier. Selon son président, Henri Castel, les travaux débuteront au deuxième trimestre.",
  "La Banque régionale du Centre prévoit de recruter {m} personnes d'ici à 2026, a indiqué jeudi sa directrice générale, Claire Duval, lors d'une conférence de presse à Orléans.",
  "Les exportations de blé ont reculé de {m} % sur un an, à {n},5 millions de tonnes, d'après le ministère de l'Agriculture, qui évoque une sécheresse persistante dans le sud du pays.",
  'À Casablanca, la société Atlas Data a inauguré le {d} mai un centre de données de {m} 000 m² qui consommera environ {n} GWh par an. Le projet a coûté plus de 2 milliards de dirhams.',
  "Le conseil municipal de Lille a voté mardi un budget de {n} millions d'euros pour la rénovation de {m} écoles, soit une hausse de 12 % par rapport à l'an dernier.",
  'On {d} April 2023 the Northfield Rail company said it would spend £{n} million on {m} km of new track between Leeds and York, according to its chief executive, Sarah Benton.',
  "La température a atteint {m} °C samedi à Séville, un record pour un mois de juin, a précisé l'agence météorologique espagnole AEMET dans un communiqué.",
  "Selon l'Insee, le chômage s'est établi à 7,{m} % au premier trimestre 2024, contre 7,1 % fin 2023, soit environ {n} 000 demandeurs d'emploi de plus.",
];

const ENGLISH = [
  'Harbour Freight Lines said on Tuesday that it had ordered {m} container ships worth $ {n} million from a shipyard in Busan, with the first delivery expected in March 2026.',
  'The city council of Bristol approved a budget of £{n} million for {m} new bus routes, chief financial officer Amanda Reyes told reporters on {d} June.',
  'Wheat prices rose {m}% in the week to Friday, traders in Chicago said, after dry weather cut the harvest forecast to {n} million tonnes.',
  'Greenway Power will build a {m} MW wind farm off the coast of Aberdeen at a cost of about €{n} million, the company announced on {d} September 2024.',
  'Unemployment in Canada fell to 5.{m} percent in the second quarter, Statistics Canada said, with some {n},000 jobs added since January.',
  "Temperatures reached {m} degrees Fahrenheit in Phoenix on Sunday, the National Weather Service said, the city's hottest day since 2020.",
  'Dr. Helen Park, who leads the research team at Lakeside University in Toronto, said the {n} patients in the trial were followed for {m} months.',
];

function fill(p: string, i: number): string {
  return p
    .replace(/\{n\}/g, String(10 + ((i * 37) % 890)))
    .replace(/\{m\}/g, String(2 + ((i * 13) % 97)))
    .replace(/\{d\}/g, String(1 + (i % 28)));
}

function compose(paragraphs: readonly string[], i: number): string {
  const count = 3 + (i % 4);
  const body = Array.from({ length: count }, (_, k) => fill(paragraphs[(i + k * 3) % paragraphs.length]!, i));
  return `date 2024-0${1 + (i % 9)}\n${body.join('\n\n')}\n`;
}

/** Article number i of the French series: 3 to 6 paragraphs, a date header. */
export const frenchArticle = (i: number): string => compose(FRENCH, i);
/** Article number i of the English series. */
export const englishArticle = (i: number): string => compose(ENGLISH, i);

/**
 * News article number i, news-size: 1 to 6 of the series' articles run together (~2.7 KB on
 * average; the seed article is 2.1 KB), one in five English. Three in five write the apostrophe `’`
 * as most French news online does, which makes V8 store the whole text two bytes per character.
 */
export function newsArticle(i: number): string {
  const make = i % 5 === 4 ? englishArticle : frenchArticle;
  const first = make(i * 7);
  const header = first.slice(0, first.indexOf('\n') + 1);
  const bodies = [first.slice(header.length)];
  for (let j = 1; j < 1 + (i % 6); j++) {
    const next = make(i * 7 + j);
    bodies.push(next.slice(next.indexOf('\n') + 1));
  }
  const text = header + bodies.join('\n');
  return i % 5 < 3 ? text.replaceAll("'", '’') : text;
}
