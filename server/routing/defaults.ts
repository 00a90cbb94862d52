import type { RuleSet } from './types.ts';

/**
 * The default routing of ../shared/taxonomy.md §3, as data. Seeded into the database as rule
 * version 1; a municipality edits its own copy there. The corpus and the CLI use this too.
 */
export const DEFAULT_RULESET: RuleSet = {
  topicDepartments: {
    belastingen: 'belastingen',
    brp: 'burgerzaken',
    sociaal: 'sociaal_domein',
    leerplicht: 'leerplicht',
    vergunningen: 'vergunningen',
    openbare_ruimte: 'openbare_ruimte',
    bestuur: 'bestuurszaken',
    overig: 'klantcontact',
  },
  fallbackDepartment: 'klantcontact',
  rules: [
    { key: 'r1-bedreiging', kind: 'primary', description: 'Bedreiging naar Openbare orde en veiligheid', when: { categories: ['bedreiging'] }, target: { department: 'veiligheid' } },
    { key: 'r2-betalingsweigering-leerplicht', kind: 'primary', description: 'Betalingsweigering over leerplicht naar Leerplicht', when: { categories: ['betalingsweigering'], topics: ['leerplicht'] }, target: { department: 'leerplicht' } },
    { key: 'r2-betalingsweigering', kind: 'primary', description: 'Overige betalingsweigering naar Belastingen', when: { categories: ['betalingsweigering'] }, target: { department: 'belastingen' } },
    { key: 'r3-soevereiniteit-brp', kind: 'primary', description: 'Soevereiniteitsverklaring over BRP naar Burgerzaken', when: { categories: ['soevereiniteitsverklaring'], topics: ['brp'] }, target: { department: 'burgerzaken' } },
    { key: 'r3-soevereiniteit', kind: 'primary', description: 'Overige soevereiniteitsverklaring naar Juridische zaken', when: { categories: ['soevereiniteitsverklaring'] }, target: { department: 'juridische_zaken' } },
    { key: 'r4-woo', kind: 'primary', description: 'Woo-verzoek naar Juridische zaken', when: { categories: ['woo_verzoek'] }, target: { department: 'juridische_zaken' } },
    { key: 'r5-bezwaar-belastingen', kind: 'primary', description: 'Bezwaar over belastingen naar Belastingen', when: { categories: ['bezwaar'], topics: ['belastingen'] }, target: { department: 'belastingen' } },
    { key: 'r5-bezwaar', kind: 'primary', description: 'Overig bezwaar naar Juridische zaken', when: { categories: ['bezwaar'] }, target: { department: 'juridische_zaken' } },
    { key: 'r6-klacht', kind: 'primary', description: 'Klacht naar Klantcontact', when: { categories: ['klacht'] }, target: { department: 'klantcontact' } },
    { key: 'r7-regulier', kind: 'primary', description: 'Reguliere post naar de afdeling van het onderwerp', when: { categories: ['regulier'] }, target: { byTopic: true } },
    { key: 'cc-zorgsignaal', kind: 'cc', description: 'Zorgsignaal: kopie naar Sociaal domein', when: { zorgsignaal: true }, target: { department: 'sociaal_domein' } },
    { key: 'cc-bedreiging-onderwerp', kind: 'cc', description: 'Bedreiging: kopie naar de afdeling van het onderwerp', when: { categories: ['bedreiging'] }, target: { byTopic: true } },
  ],
};
