// Where places lie that people name in a look-up, as data: the federal states, the parts of the
// country people say ("Norddeutschland", "im Süden") and the larger towns with their state. The
// seminar catalogue names each venue's state as its region, so "in der Nähe von München" can show
// the seminars in Bayern, and "in Hamburg" can be answered honestly: there is none there.

export const STATES = [
  'Baden-Württemberg', 'Bayern', 'Berlin', 'Brandenburg', 'Bremen', 'Hamburg', 'Hessen', 'Mecklenburg-Vorpommern',
  'Niedersachsen', 'Nordrhein-Westfalen', 'Rheinland-Pfalz', 'Saarland', 'Sachsen', 'Sachsen-Anhalt', 'Schleswig-Holstein', 'Thüringen',
] as const;

export type State = (typeof STATES)[number];

/** How people shorten a state's name ("Seminare in NRW") or name it in English ("in Bavaria"). Two-letter codes are left out: "BW", "SH" are other words too. */
export const STATE_SHORT_NAMES: Readonly<Record<string, State>> = {
  NRW: 'Nordrhein-Westfalen', BaWü: 'Baden-Württemberg', RLP: 'Rheinland-Pfalz', 'Meck-Pomm': 'Mecklenburg-Vorpommern', Meckpomm: 'Mecklenburg-Vorpommern',
  // The states' English names ("somewhere in Bavaria").
  Bavaria: 'Bayern', Saxony: 'Sachsen', 'Lower Saxony': 'Niedersachsen', Hesse: 'Hessen', Thuringia: 'Thüringen', 'North Rhine-Westphalia': 'Nordrhein-Westfalen',
  'Rhineland-Palatinate': 'Rheinland-Pfalz', 'Saxony-Anhalt': 'Sachsen-Anhalt', 'Mecklenburg-Western Pomerania': 'Mecklenburg-Vorpommern',
};

export interface Area {
  /** How people name it; the first is the name the bot writes. */
  names: string[];
  states: State[];
}

const NORTH: State[] = ['Schleswig-Holstein', 'Hamburg', 'Bremen', 'Niedersachsen', 'Mecklenburg-Vorpommern'];
const SOUTH: State[] = ['Bayern', 'Baden-Württemberg'];
const WEST: State[] = ['Nordrhein-Westfalen', 'Rheinland-Pfalz', 'Saarland', 'Hessen'];
const EAST: State[] = ['Berlin', 'Brandenburg', 'Mecklenburg-Vorpommern', 'Sachsen', 'Sachsen-Anhalt', 'Thüringen'];

export const AREAS: readonly Area[] = [
  { names: ['Norddeutschland', 'im Norden', 'in den Norden', 'an der Küste', 'an der Ostsee', 'an der Nordsee'], states: NORTH },
  { names: ['Süddeutschland', 'im Süden', 'in den Süden'], states: SOUTH },
  { names: ['Westdeutschland', 'im Westen', 'in den Westen'], states: WEST },
  { names: ['Ostdeutschland', 'im Osten', 'in den Osten', 'neue Bundesländer', 'neuen Bundesländern'], states: EAST },
  { names: ['Mitteldeutschland'], states: ['Sachsen', 'Sachsen-Anhalt', 'Thüringen'] },
  { names: ['Ruhrgebiet', 'Rheinland', 'Münsterland', 'Sauerland', 'Ostwestfalen'], states: ['Nordrhein-Westfalen'] },
  { names: ['Hunsrück', 'Pfalz', 'Rheinhessen'], states: ['Rheinland-Pfalz'] },
  // Landscapes across state borders name every state they lie in.
  { names: ['Eifel'], states: ['Rheinland-Pfalz', 'Nordrhein-Westfalen'] },
  { names: ['Westerwald'], states: ['Rheinland-Pfalz', 'Hessen', 'Nordrhein-Westfalen'] },
  { names: ['Harz'], states: ['Niedersachsen', 'Sachsen-Anhalt', 'Thüringen'] },
  { names: ['Franken', 'Oberbayern', 'Allgäu', 'Niederbayern', 'Oberpfalz', 'Oberfranken', 'Mittelfranken', 'Unterfranken', 'Bayerischer Wald', 'Bayerischen Wald', 'Fichtelgebirge'], states: ['Bayern'] },
  { names: ['Vogtland', 'Erzgebirge', 'Oberlausitz', 'Sächsische Schweiz', 'Sächsischen Schweiz'], states: ['Sachsen'] },
  { names: ['Lausitz'], states: ['Sachsen', 'Brandenburg'] },
  { names: ['Uckermark', 'Prignitz', 'Spreewald', 'Havelland', 'Barnim'], states: ['Brandenburg'] },
  { names: ['Altmark', 'Börde'], states: ['Sachsen-Anhalt'] },
  { names: ['Vorpommern', 'Mecklenburg', 'Mecklenburgische Seenplatte', 'Mecklenburgischen Seenplatte'], states: ['Mecklenburg-Vorpommern'] },
  { names: ['Eichsfeld'], states: ['Thüringen', 'Niedersachsen'] },
  { names: ['Thüringer Wald'], states: ['Thüringen'] },
  { names: ['Rhön'], states: ['Hessen', 'Bayern', 'Thüringen'] },
  { names: ['Odenwald'], states: ['Hessen', 'Baden-Württemberg', 'Bayern'] },
  { names: ['Taunus', 'Vogelsberg', 'Nordhessen', 'Südhessen'], states: ['Hessen'] },
  { names: ['Schwäbische Alb', 'Schwäbischen Alb', 'Hohenlohe', 'Ostalb'], states: ['Baden-Württemberg'] },
  { names: ['Dithmarschen', 'Nordfriesland', 'Holstein'], states: ['Schleswig-Holstein'] },
  { names: ['Wendland', 'Weserbergland'], states: ['Niedersachsen'] },
  { names: ['Bergisches Land', 'Bergischen Land', 'Siegerland', 'Niederrhein'], states: ['Nordrhein-Westfalen'] },
  { names: ['Schwaben', 'Schwarzwald', 'Bodensee'], states: ['Baden-Württemberg', 'Bayern'] },
  { names: ['Lüneburger Heide', 'Emsland', 'Ostfriesland'], states: ['Niedersachsen'] },
];

/** Larger towns and their state. A town the catalogue has a seminar in is found as that seminar's city first. */
export const TOWN_STATES: Readonly<Record<string, State>> = {
  München: 'Bayern', Nürnberg: 'Bayern', Augsburg: 'Bayern', Würzburg: 'Bayern', Regensburg: 'Bayern', Ingolstadt: 'Bayern', Fürth: 'Bayern', Bamberg: 'Bayern', Bayreuth: 'Bayern',
  Stuttgart: 'Baden-Württemberg', Mannheim: 'Baden-Württemberg', Karlsruhe: 'Baden-Württemberg', Freiburg: 'Baden-Württemberg', Heidelberg: 'Baden-Württemberg', Ulm: 'Baden-Württemberg', Heilbronn: 'Baden-Württemberg', Pforzheim: 'Baden-Württemberg', Reutlingen: 'Baden-Württemberg', Tübingen: 'Baden-Württemberg', Aalen: 'Baden-Württemberg',
  Potsdam: 'Brandenburg', Cottbus: 'Brandenburg', Frankfurt: 'Hessen', Wiesbaden: 'Hessen', Kassel: 'Hessen', Darmstadt: 'Hessen', Offenbach: 'Hessen', Gießen: 'Hessen', Marburg: 'Hessen', Fulda: 'Hessen',
  Bremerhaven: 'Bremen', Schwerin: 'Mecklenburg-Vorpommern', Greifswald: 'Mecklenburg-Vorpommern', Stralsund: 'Mecklenburg-Vorpommern', Wismar: 'Mecklenburg-Vorpommern', Neubrandenburg: 'Mecklenburg-Vorpommern',
  Braunschweig: 'Niedersachsen', Oldenburg: 'Niedersachsen', Osnabrück: 'Niedersachsen', Göttingen: 'Niedersachsen', Wolfsburg: 'Niedersachsen', Hildesheim: 'Niedersachsen', Lüneburg: 'Niedersachsen', Celle: 'Niedersachsen', Soltau: 'Niedersachsen',
  Düsseldorf: 'Nordrhein-Westfalen', Dortmund: 'Nordrhein-Westfalen', Essen: 'Nordrhein-Westfalen', Duisburg: 'Nordrhein-Westfalen', Bochum: 'Nordrhein-Westfalen', Wuppertal: 'Nordrhein-Westfalen', Bielefeld: 'Nordrhein-Westfalen', Bonn: 'Nordrhein-Westfalen', Münster: 'Nordrhein-Westfalen', Aachen: 'Nordrhein-Westfalen', Gelsenkirchen: 'Nordrhein-Westfalen', Mönchengladbach: 'Nordrhein-Westfalen', Krefeld: 'Nordrhein-Westfalen', Paderborn: 'Nordrhein-Westfalen', Siegen: 'Nordrhein-Westfalen', Leverkusen: 'Nordrhein-Westfalen',
  Mainz: 'Rheinland-Pfalz', Ludwigshafen: 'Rheinland-Pfalz', Koblenz: 'Rheinland-Pfalz', Trier: 'Rheinland-Pfalz', Kaiserslautern: 'Rheinland-Pfalz', Worms: 'Rheinland-Pfalz', Speyer: 'Rheinland-Pfalz', Alzey: 'Rheinland-Pfalz', Bingen: 'Rheinland-Pfalz',
  Saarbrücken: 'Saarland', Dresden: 'Sachsen', Chemnitz: 'Sachsen', Zwickau: 'Sachsen', Görlitz: 'Sachsen', Bautzen: 'Sachsen', Magdeburg: 'Sachsen-Anhalt', Halle: 'Sachsen-Anhalt', Dessau: 'Sachsen-Anhalt',
  Kiel: 'Schleswig-Holstein', Lübeck: 'Schleswig-Holstein', Flensburg: 'Schleswig-Holstein', Neumünster: 'Schleswig-Holstein', Erfurt: 'Thüringen', Jena: 'Thüringen', Weimar: 'Thüringen', Gera: 'Thüringen', Gotha: 'Thüringen',
};
