/**
 * Places: real Dutch municipality names (public facts, fine to use) and invented streets,
 * house numbers and postcodes. Extend freely: every list is used with uniform choice.
 */
import type { Rng } from '../prng.ts';

export interface Municipality {
  name: string;
  /** Province, used for a little regional colour (dialect words, local landmarks). */
  province: string;
  /** A few villages/neighbourhoods inside it (for addresses and complaints). */
  kernen: readonly string[];
}

export const MUNICIPALITIES: readonly Municipality[] = [
  { name: 'Amersfoort', province: 'Utrecht', kernen: ['Vathorst', 'Hoogland', 'Schothorst', 'Kattenbroek'] },
  { name: 'Utrecht', province: 'Utrecht', kernen: ['Leidsche Rijn', 'Overvecht', 'Kanaleneiland', 'Lunetten'] },
  { name: 'Zeist', province: 'Utrecht', kernen: ['Austerlitz', 'Den Dolder', 'Huis ter Heide'] },
  { name: 'Veenendaal', province: 'Utrecht', kernen: ['Dragonder', 'Petenbos', 'Engelenburg'] },
  { name: 'Houten', province: 'Utrecht', kernen: ['Tull en \'t Waal', 'Schalkwijk', 'Houten-Zuid'] },
  { name: 'Woerden', province: 'Utrecht', kernen: ['Harmelen', 'Kamerik', 'Zegveld'] },
  { name: 'Nieuwegein', province: 'Utrecht', kernen: ['Galecop', 'Batau', 'Vreeswijk'] },
  { name: 'Zwolle', province: 'Overijssel', kernen: ['Stadshagen', 'Assendorp', 'Holtenbroek', 'Windesheim'] },
  { name: 'Deventer', province: 'Overijssel', kernen: ['Colmschate', 'Bathmen', 'Schalkhaar'] },
  { name: 'Enschede', province: 'Overijssel', kernen: ['Glanerbrug', 'Lonneker', 'Boswinkel', 'Deppenbroek'] },
  { name: 'Hengelo', province: 'Overijssel', kernen: ['Beckum', 'Hasseler Es', 'Berflo Es'] },
  { name: 'Almelo', province: 'Overijssel', kernen: ['Aadorp', 'Bornerbroek', 'Schelfhorst'] },
  { name: 'Hardenberg', province: 'Overijssel', kernen: ['Dedemsvaart', 'Gramsbergen', 'Bergentheim'] },
  { name: 'Staphorst', province: 'Overijssel', kernen: ['Rouveen', 'IJhorst'] },
  { name: 'Groningen', province: 'Groningen', kernen: ['Haren', 'Beijum', 'Paddepoel', 'Ten Boer'] },
  { name: 'Midden-Groningen', province: 'Groningen', kernen: ['Hoogezand', 'Sappemeer', 'Slochteren'] },
  { name: 'Eemsdelta', province: 'Groningen', kernen: ['Appingedam', 'Delfzijl', 'Loppersum'] },
  { name: 'Westerkwartier', province: 'Groningen', kernen: ['Zuidhorn', 'Leek', 'Grootegast'] },
  { name: 'Leeuwarden', province: 'Friesland', kernen: ['Stiens', 'Grou', 'Huizum', 'Bilgaard'] },
  { name: 'Súdwest-Fryslân', province: 'Friesland', kernen: ['Sneek', 'Bolsward', 'Workum'] },
  { name: 'Smallingerland', province: 'Friesland', kernen: ['Drachten', 'Opeinde', 'Boornbergum'] },
  { name: 'Heerenveen', province: 'Friesland', kernen: ['Tjalleberd', 'Akkrum', 'Oranjewoud'] },
  { name: 'Assen', province: 'Drenthe', kernen: ['Marsdijk', 'Kloosterveen', 'Pittelo'] },
  { name: 'Emmen', province: 'Drenthe', kernen: ['Klazienaveen', 'Nieuw-Amsterdam', 'Emmer-Compascuum'] },
  { name: 'Hoogeveen', province: 'Drenthe', kernen: ['Hollandscheveld', 'Krakeel', 'Elim'] },
  { name: 'Meppel', province: 'Drenthe', kernen: ['Nijeveen', 'Koedijkslanden'] },
  { name: 'Arnhem', province: 'Gelderland', kernen: ['Presikhaaf', 'Schuytgraaf', 'Elden', 'Malburgen'] },
  { name: 'Nijmegen', province: 'Gelderland', kernen: ['Lindenholt', 'Dukenburg', 'Lent', 'Hatert'] },
  { name: 'Apeldoorn', province: 'Gelderland', kernen: ['Ugchelen', 'Beekbergen', 'Zevenhuizen', 'Loenen'] },
  { name: 'Ede', province: 'Gelderland', kernen: ['Bennekom', 'Lunteren', 'Otterlo', 'Ederveen'] },
  { name: 'Barneveld', province: 'Gelderland', kernen: ['Voorthuizen', 'Kootwijkerbroek', 'Garderen'] },
  { name: 'Harderwijk', province: 'Gelderland', kernen: ['Hierden', 'Drielanden', 'Frankrijk'] },
  { name: 'Doetinchem', province: 'Gelderland', kernen: ['Gaanderen', 'Wehl', 'Dichteren'] },
  { name: 'Zutphen', province: 'Gelderland', kernen: ['Warnsveld', 'De Hoven', 'Leesten'] },
  { name: 'Tiel', province: 'Gelderland', kernen: ['Wadenoijen', 'Kapel-Avezaath', 'Passewaaij'] },
  { name: 'Nunspeet', province: 'Gelderland', kernen: ['Hulshorst', 'Elspeet', 'Vierhouten'] },
  { name: 'Amsterdam', province: 'Noord-Holland', kernen: ['Noord', 'Nieuw-West', 'Zuidoost', 'De Pijp', 'Osdorp'] },
  { name: 'Haarlem', province: 'Noord-Holland', kernen: ['Schalkwijk', 'Haarlem-Noord', 'Spaarndam'] },
  { name: 'Zaanstad', province: 'Noord-Holland', kernen: ['Zaandam', 'Krommenie', 'Wormerveer', 'Assendelft'] },
  { name: 'Alkmaar', province: 'Noord-Holland', kernen: ['Oudorp', 'Graft-De Rijp', 'Schermer'] },
  { name: 'Hoorn', province: 'Noord-Holland', kernen: ['Kersenboogerd', 'Zwaag', 'Risdam'] },
  { name: 'Den Helder', province: 'Noord-Holland', kernen: ['Julianadorp', 'Huisduinen', 'Nieuw-Den Helder'] },
  { name: 'Hilversum', province: 'Noord-Holland', kernen: ['Kerkelanden', 'Hilversumse Meent', 'Trompenberg'] },
  { name: 'Purmerend', province: 'Noord-Holland', kernen: ['Weidevenne', 'Beemster', 'Overwhere'] },
  { name: 'Haarlemmermeer', province: 'Noord-Holland', kernen: ['Hoofddorp', 'Nieuw-Vennep', 'Badhoevedorp'] },
  { name: 'Velsen', province: 'Noord-Holland', kernen: ['IJmuiden', 'Santpoort', 'Driehuis'] },
  { name: 'Rotterdam', province: 'Zuid-Holland', kernen: ['Charlois', 'Ommoord', 'Feijenoord', 'Hoogvliet', 'Kralingen'] },
  { name: 'Den Haag', province: 'Zuid-Holland', kernen: ['Escamp', 'Scheveningen', 'Ypenburg', 'Laak'] },
  { name: 'Leiden', province: 'Zuid-Holland', kernen: ['Merenwijk', 'Stevenshof', 'Roomburg'] },
  { name: 'Dordrecht', province: 'Zuid-Holland', kernen: ['Sterrenburg', 'Krispijn', 'Stadspolders'] },
  { name: 'Zoetermeer', province: 'Zuid-Holland', kernen: ['Rokkeveen', 'Seghwaert', 'Oosterheem'] },
  { name: 'Delft', province: 'Zuid-Holland', kernen: ['Tanthof', 'Voorhof', 'Buitenhof'] },
  { name: 'Gouda', province: 'Zuid-Holland', kernen: ['Bloemendaal', 'Goverwelle', 'Korte Akkeren'] },
  { name: 'Alphen aan den Rijn', province: 'Zuid-Holland', kernen: ['Boskoop', 'Hazerswoude', 'Koudekerk'] },
  { name: 'Westland', province: 'Zuid-Holland', kernen: ['Naaldwijk', 'Monster', 'De Lier', '\'s-Gravenzande'] },
  { name: 'Schiedam', province: 'Zuid-Holland', kernen: ['Groenoord', 'Nieuwland', 'Kethel'] },
  { name: 'Katwijk', province: 'Zuid-Holland', kernen: ['Rijnsburg', 'Valkenburg', 'Katwijk aan Zee'] },
  { name: 'Gorinchem', province: 'Zuid-Holland', kernen: ['Dalem', 'Stalkaarsen', 'Lingewijk'] },
  { name: 'Middelburg', province: 'Zeeland', kernen: ['Arnemuiden', 'Nieuw- en Sint Joosland', 'Dauwendaele'] },
  { name: 'Vlissingen', province: 'Zeeland', kernen: ['Souburg', 'Ritthem', 'Lammerenburg'] },
  { name: 'Goes', province: 'Zeeland', kernen: ['Kloetinge', '\'s-Heer Hendrikskinderen', 'Wilhelminadorp'] },
  { name: 'Terneuzen', province: 'Zeeland', kernen: ['Axel', 'Sas van Gent', 'Hoek'] },
  { name: 'Eindhoven', province: 'Noord-Brabant', kernen: ['Woensel', 'Strijp', 'Gestel', 'Tongelre'] },
  { name: 'Tilburg', province: 'Noord-Brabant', kernen: ['Reeshof', 'Berkel-Enschot', 'Udenhout'] },
  { name: 'Breda', province: 'Noord-Brabant', kernen: ['Haagse Beemden', 'Princenhage', 'Prinsenbeek'] },
  { name: '\'s-Hertogenbosch', province: 'Noord-Brabant', kernen: ['Rosmalen', 'Empel', 'Maaspoort'] },
  { name: 'Helmond', province: 'Noord-Brabant', kernen: ['Brandevoort', 'Stiphout', 'Mierlo-Hout'] },
  { name: 'Oss', province: 'Noord-Brabant', kernen: ['Berghem', 'Ravenstein', 'Megen'] },
  { name: 'Roosendaal', province: 'Noord-Brabant', kernen: ['Wouw', 'Nispen', 'Kalsdonk'] },
  { name: 'Bergen op Zoom', province: 'Noord-Brabant', kernen: ['Halsteren', 'Lepelstraat', 'Gageldonk'] },
  { name: 'Meierijstad', province: 'Noord-Brabant', kernen: ['Veghel', 'Schijndel', 'Sint-Oedenrode'] },
  { name: 'Oosterhout', province: 'Noord-Brabant', kernen: ['Dorst', 'Den Hout', 'Oosteind'] },
  { name: 'Waalwijk', province: 'Noord-Brabant', kernen: ['Sprang-Capelle', 'Waspik', 'Besoijen'] },
  { name: 'Maastricht', province: 'Limburg', kernen: ['Heer', 'Malberg', 'Wyck', 'Amby'] },
  { name: 'Venlo', province: 'Limburg', kernen: ['Blerick', 'Tegelen', 'Arcen'] },
  { name: 'Heerlen', province: 'Limburg', kernen: ['Hoensbroek', 'Heerlerheide', 'Meezenbroek'] },
  { name: 'Sittard-Geleen', province: 'Limburg', kernen: ['Born', 'Munstergeleen', 'Limbricht'] },
  { name: 'Roermond', province: 'Limburg', kernen: ['Maasniel', 'Swalmen', 'Asenray'] },
  { name: 'Weert', province: 'Limburg', kernen: ['Stramproy', 'Altweerterheide', 'Boshoven'] },
  { name: 'Kerkrade', province: 'Limburg', kernen: ['Bleijerheide', 'Chevremont', 'Terwinselen'] },
  { name: 'Almere', province: 'Flevoland', kernen: ['Almere Buiten', 'Almere Haven', 'Almere Poort', 'Almere Stad'] },
  { name: 'Lelystad', province: 'Flevoland', kernen: ['Lelystad-Haven', 'Warande', 'Zuiderzeewijk'] },
  { name: 'Noordoostpolder', province: 'Flevoland', kernen: ['Emmeloord', 'Marknesse', 'Ens', 'Nagele'] },
  { name: 'Dronten', province: 'Flevoland', kernen: ['Biddinghuizen', 'Swifterbant'] },
];

// Invented street names: a stem plus a suffix gives several hundred combinations.
const STREET_STEMS = [
  'Berken', 'Kievit', 'Molen', 'Zonne', 'Linde', 'Hoog', 'Kerk', 'Vlinder', 'Esdoorn', 'Merel', 'Klaver', 'Duiven',
  'Heide', 'Beuken', 'Populier', 'Roerdomp', 'Zwaluw', 'Korenbloem', 'Gerst', 'Hazel', 'Wilgen', 'Meidoorn',
  'Lijster', 'Spechten', 'Ooievaar', 'Reiger', 'Tulp', 'Narcis', 'Seringen', 'Lavendel', 'Hyacint', 'Boekweit',
  'Zeilmakers', 'Kuipers', 'Smeden', 'Wevers', 'Bakkers', 'Touwslagers', 'Schippers', 'Vissers', 'Turf', 'Veen',
  'Dijkgraaf', 'Schout', 'Schepen', 'Rentmeester', 'Brink', 'Akker', 'Weide', 'Esch', 'Kamp', 'Hoeve', 'Gaarden',
  'Pauwen', 'Fazanten', 'Patrijzen', 'Kwartel', 'Eikenhout', 'Vuurdoorn', 'Maretak', 'Brem', 'Varen', 'Hulst',
  'Sterre', 'Maan', 'Regenboog', 'Noorder', 'Zuider', 'Ooster', 'Wester', 'Middel', 'Nieuwe', 'Oude',
];
const STREET_SUFFIXES = [
  'laan', 'straat', 'hof', 'weg', 'singel', 'dreef', 'kade', 'pad', 'erf', 'plein', 'gaarde', 'veld', 'dijk',
  'steeg', 'wal', 'park', 'hout', 'akker', 'baan', 'marke',
];
// Some streets are named after invented people.
const STREET_PERSONS = [
  'Burgemeester Van Dillenlaan', 'Dokter Kolffstraat', 'Meester Hazelhofweg', 'Pastoor Brinkmansingel',
  'Dominee Vosstraat', 'Juffrouw Idastraat', 'Notaris Gelderblomlaan', 'Wethouder Bakkerstraat',
  'Generaal Snijdersstraat', 'Koster Wijnandspad', 'Schoolmeester Veltmanhof', 'Zuster Annastraat',
];

export function streetName(rng: Rng): string {
  if (rng.chance(0.08)) return rng.pick(STREET_PERSONS);
  return rng.pick(STREET_STEMS) + rng.pick(STREET_SUFFIXES);
}

export function houseNumber(rng: Rng): string {
  const n = rng.weighted([
    [rng.int(1, 40), 5],
    [rng.int(41, 180), 3],
    [rng.int(181, 420), 1],
  ]);
  const suffix = rng.weighted([
    ['', 14],
    [rng.pick(['a', 'b', 'c', 'A', 'B']), 2],
    [`-${rng.int(1, 4)}`, 1],
    [` ${rng.pick(['bis', 'hs', 'I', 'II'])}`, 1],
  ]);
  return `${n}${suffix}`;
}

const FORBIDDEN_POSTCODE_LETTERS = new Set(['SA', 'SD', 'SS']);
export function postcode(rng: Rng): string {
  const letters = 'ABCDEGHJKLMNPRSTVWXZ';
  let l = '';
  do l = rng.pick([...letters]) + rng.pick([...letters]);
  while (FORBIDDEN_POSTCODE_LETTERS.has(l));
  return `${rng.int(1000, 9999)} ${l}`;
}

/** Invented park / square / school names for public-space letters. */
export const LOCAL_PLACES = [
  'het Molenpark', 'het Julianapark', 'de speeltuin aan de {straat}', 'het Marktplein', 'het winkelcentrum De Passage',
  'de vijver bij de {straat}', 'het grasveld achter de flats', 'de hondenuitlaatplek bij de sporthal',
  'het fietspad langs de Vaart', 'de parkeerplaats bij de Albert Heijn', 'het bushokje op de hoek', 'het kerkplein',
  'de brug over de Wetering', 'het schoolplein van de Regenboogschool', 'de ingang van het gezondheidscentrum',
  'het trapveldje', 'de rotonde bij de {straat}', 'het pleintje voor de bibliotheek', 'de achterpaden',
  'de glasbak bij de supermarkt', 'het stationsplein', 'het wandelpad langs de dijk',
];
