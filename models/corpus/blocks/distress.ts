/**
 * Distress cues (-> zorgsignaal = true). Grouped by kind so letters can draw one or several.
 * Letters with zorgsignaal = false must never draw from here.
 */
import { tagBank, type LBank } from '../template.ts';

export type DistressKind = 'schulden' | 'uitzetting' | 'baanverlies' | 'ziekte' | 'eenzaamheid' | 'wanhoop' | 'zelfbeschadiging' | 'rouw' | 'mantelzorg';

export const DISTRESS: Record<DistressKind, LBank> = {
  schulden: {
    nl: [
      'Ik heb [inmiddels|al|op dit moment] [ruim|bijna|meer dan] {schuld} schuld en [de deurwaarder|het incassobureau] staat [elke week|om de haverklap|steeds vaker] op de stoep.',
      'Ik kan [mijn rekeningen|de huur en de energie|de vaste lasten] al [maanden|sinds de zomer|een hele tijd] niet meer betalen.',
      'Er [ligt|liggen] hier een stapel [aanmaningen|blauwe enveloppen|brieven van incassobureaus] die ik niet eens meer open durf te maken.',
      'Na aftrek van de vaste lasten houd ik [nog geen|ongeveer] {bedragKlein} per week over om van te leven.',
      'Mijn bankrekening staat [rood|al weken in het rood] en [de energieleverancier dreigt af te sluiten|mijn loon is beslagen].',
      'Ik sta [al twee jaar|sinds kort] onder bewind maar het lukt gewoon niet meer om rond te komen.',
      'Er is beslag gelegd op mijn [loon|uitkering|toeslagen] en ik weet niet meer hoe ik eten moet kopen.',
      'Ik ben [vorige maand|dit jaar] al [twee|drie] keer naar de voedselbank geweest.',
    ],
    en: [
      'I have debts of around {schuld} and the bailiff keeps coming to my door.',
      'I can no longer pay my bills; there is a pile of reminders I am afraid to open.',
      'After rent and energy I have about {bedragKlein} a week left to live on.',
      'My wages have been garnished and I honestly do not know how to buy groceries.',
    ],
  },
  uitzetting: {
    nl: [
      'De woningcorporatie heeft [een ontruimingsvonnis aangevraagd|mij een laatste waarschuwing gestuurd|de huur opgezegd] en [over {weken} weken|eind deze maand] sta ik op straat.',
      'Ik [dreig|ga] mijn huis kwijt te raken [wegens huurachterstand|omdat ik de hypotheek niet meer kan betalen].',
      'Ik slaap [op dit moment|al weken] [bij een vriend op de bank|in mijn auto|bij mijn zus op zolder] omdat ik uit huis ben gezet.',
      'Ik heb een brief gekregen dat de [ontruiming|huisuitzetting] op {termijnDatum} plaatsvindt.',
    ],
    en: [
      'My landlord has started eviction proceedings and I will be on the street in a few weeks.',
      'I have been sleeping in my car since I lost my flat.',
    ],
  },
  baanverlies: {
    nl: [
      'Sinds ik [in {langGeledenDatum}|vorig jaar|een paar maanden geleden] mijn baan bij {werkgever} ben kwijtgeraakt, [gaat alles mis|is mijn inkomen gehalveerd|heb ik nauwelijks inkomen].',
      'Mijn contract is niet verlengd en de [WW|uitkering] is [nog niet op gang gekomen|bijna afgelopen].',
      'Ik ben [failliet gegaan met mijn bedrijfje|mijn zaak kwijtgeraakt] en zit nu zonder inkomen.',
      'Door [een reorganisatie|het faillissement van mijn werkgever] ben ik op straat gezet na [twaalf|twintig|zes] jaar trouwe dienst.',
    ],
    en: [
      'Since I lost my job at {werkgever} my income has dropped to almost nothing.',
      'My contract was not renewed and my unemployment benefit is about to end.',
    ],
  },
  ziekte: {
    nl: [
      'Ik ben [ernstig ziek|chronisch ziek|sinds een jaar arbeidsongeschikt] en [lig veel op bed|kan nauwelijks de deur uit|moet steeds naar het ziekenhuis].',
      'Bij mij is [vorig jaar|onlangs|in het voorjaar] [kanker|MS|COPD|een hartaandoening|reuma] vastgesteld.',
      'Ik zit [al maanden|thuis] met een [burn-out|depressie] en [kan het overzicht niet bewaren|krijg niets meer voor elkaar].',
      'Na mijn [herseninfarct|operatie|ongeluk] ben ik [afhankelijk van anderen|slecht ter been|veel vergeetachtiger].',
      'Mijn [man|vrouw|zoon] is [ernstig ziek|opgenomen|gehandicapt] en ik zorg dag en nacht voor hem of haar.',
    ],
    en: [
      'I have been seriously ill since last year and can hardly leave the house.',
      'I was diagnosed with [cancer|MS|a heart condition] and I am struggling to keep up with paperwork.',
      'I am off work with a burn-out and cannot keep track of things.',
    ],
  },
  eenzaamheid: {
    nl: [
      'Ik [zie|spreek] [eigenlijk niemand meer|dagen achter elkaar niemand|alleen de thuiszorg nog].',
      'Sinds [mijn vrouw is overleden|mijn man er niet meer is|de kinderen zijn verhuisd] ben ik [erg eenzaam|veel alleen|de hele dag alleen].',
      'Mijn kinderen [bellen niet meer|wonen ver weg en komen nooit] en ik heb verder niemand om mee te praten.',
      'Ik durf niemand om hulp te vragen, ik schaam me er te veel voor.',
    ],
    en: [
      'I hardly see anyone anymore and feel very alone.',
      'Since my husband died I have been on my own and have no one to talk to.',
    ],
  },
  wanhoop: {
    nl: [
      'Ik weet [het echt niet meer|niet meer wat ik moet doen|niet meer waar ik het zoeken moet].',
      'Ik [slaap|eet] [bijna niet meer|slecht] van de zorgen.',
      'Ik [ben op|kan niet meer|zit helemaal klem].',
      'Elke brief die binnenkomt [maakt me misselijk|geeft me paniekaanvallen|laat me huilen].',
      'Ik heb het gevoel dat ik [verdrink|nergens meer uitkom|steeds dieper in de put raak].',
      'Ik zit [met mijn handen in het haar|ten einde raad].',
    ],
    en: [
      'I honestly do not know what to do anymore.',
      'I cannot sleep because of the worry.',
      'Every letter that arrives gives me a panic attack.',
      'I feel like I am drowning.',
    ],
  },
  zelfbeschadiging: {
    nl: [
      'Soms denk ik dat het beter is als ik er niet meer ben.',
      'Ik zie het [eerlijk gezegd|] [niet meer zitten|allemaal niet meer zitten].',
      'Ik heb [er soms aan gedacht|het afgelopen weekend gedacht] om er [een eind aan te maken|maar helemaal mee te stoppen].',
      'Als dit zo doorgaat weet ik niet [hoe lang ik het nog volhoud|of ik er volgende maand nog ben].',
      'Niemand zou het merken als ik er niet meer was.',
    ],
    en: [
      'Sometimes I think it would be better if I was not here anymore.',
      'I do not see the point of going on like this.',
      'I do not know how much longer I can hold on.',
    ],
  },
  rouw: {
    nl: [
      'Mijn [man|vrouw|moeder|zoon] is [in {langGeledenDatum}|onlangs|vorige maand] overleden en ik [sta er nu alleen voor|kan het niet overzien].',
      'Sinds het overlijden van mijn partner [gaat alles mis met de administratie|heb ik nog maar één inkomen].',
    ],
    en: ['My [husband|wife] passed away [recently|last year] and I am on my own now.'],
  },
  mantelzorg: {
    nl: [
      'Ik zorg [zeven dagen per week|dag en nacht] voor mijn [dementerende moeder|zieke man|gehandicapte dochter] en ik [ben uitgeput|loop op mijn tandvlees].',
      'Naast mijn werk ben ik mantelzorger en [het wordt me allemaal te veel|ik kan niet meer].',
    ],
    en: ['I care for my [mother with dementia|disabled son] day and night and I am exhausted.'],
  },
};

export const DISTRESS_KINDS = Object.keys(DISTRESS) as DistressKind[];

/** Requests for help that naturally follow a distress cue. */
export const HELP_REQUEST: LBank = {
  nl: [
    'Is er [iemand|een medewerker] die met mij kan meekijken?',
    'Kan iemand van de gemeente mij [helpen|bellen|eens langskomen]?',
    'Ik heb echt hulp nodig [om hier uit te komen|met mijn papieren|met de schulden].',
    'Ik [weet niet bij wie ik moet aankloppen|heb niemand anders om het te vragen].',
    'Misschien kan [het wijkteam|de schuldhulp|maatschappelijk werk] [iets voor mij betekenen|contact met mij opnemen]?',
  ],
  en: [
    'Is there anyone who could help me with this?',
    'Could someone from the municipality please call me?',
    'I really need help to get out of this situation.',
  ],
};

for (const k of DISTRESS_KINDS) tagBank(DISTRESS[k], 'zorg');
