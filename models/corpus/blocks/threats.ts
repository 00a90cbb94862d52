/**
 * Threats, graded from veiled to explicit. Every letter that draws from here is category
 * `bedreiging`. PSEUDO_LEGAL threats use sovereign language (tribunals, treason, citizen's arrest)
 * and make the letter anti_institutioneel.
 */
import { tagBank, type LBank } from '../template.ts';

export type ThreatLevel = 'veiled' | 'pseudolegal' | 'explicit' | 'mobilise';

export const THREATS: Record<ThreatLevel, LBank> = {
  veiled: {
    nl: [
      'Ik weet waar u woont[, {ambtenaar}|, meneer de wethouder|].',
      'Uw kinderen fietsen elke dag langs het park, nietwaar?',
      'Het zou jammer zijn als er iets met uw [mooie auto|huis|gezin] gebeurt.',
      'De dag van de afrekening komt[, reken daar maar op|, eerder dan u denkt|].',
      'Wij houden u [in de gaten|nauwlettend in het oog]. [Elke dag.|Ook na werktijd.|]',
      'Onthoud mijn naam. U gaat nog van mij horen, en niet per brief.',
      'Ik kan niet garanderen wat er gebeurt als [dit besluit niet wordt teruggedraaid|u zo doorgaat|ik nog één brief krijg].',
      'Mensen zoals u [krijgen vroeg of laat wat ze verdienen|komen altijd een keer de verkeerde tegen].',
      'Ik heb [uw huis|uw auto op de oprit|uw vrouw bij de supermarkt] al eens gezien. Mooi [huis|gezin] hoor.',
      'Zeg maar tegen {ambtenaar} dat die [\'s avonds beter niet alleen over straat kan gaan|goed moet opletten als hij/zij naar huis fietst].',
      'U bent gewaarschuwd. Dit is de laatste keer dat ik het netjes vraag.',
      'Het is [een kleine gemeente|een klein dorp]. Iedereen weet waar iedereen woont.',
      'U weet niet met wie u te maken heeft.',
    ],
    en: [
      'I know where you live.',
      'Your children cycle past the park every day, don\'t they?',
      'It would be a shame if something happened to your car.',
      'The day of reckoning is coming.',
      'We are watching you. Every day.',
      'Remember my name. You will hear from me again, and not by letter.',
      'You have been warned. This is the last time I ask nicely.',
    ],
  },
  pseudolegal: {
    nl: [
      'U zult worden berecht voor [hoogverraad|misdaden tegen de menselijkheid|landverraad], net als de anderen.',
      'Het [volkstribunaal|Common Law Court|tribunaal van het volk] [heeft uw zaak in behandeling genomen|komt binnenkort bijeen] en u zult [ter verantwoording worden geroepen|veroordeeld worden].',
      'Wij zullen [een burgerarrest (citizen\'s arrest)|een arrestatie door het volk] uitvoeren [op uw kantoor|bij u thuis|op het gemeentehuis] [als u niet binnen {dagen} dagen reageert|wanneer het tribunaal dat beveelt].',
      'De common-law sheriffs [weten waar u woont|staan klaar om u aan te houden|zijn op de hoogte gesteld].',
      'Neurenberg 2.0 komt eraan en [uw naam staat op de lijst|u staat in het dossier|niemand zal worden vergeten].',
      'Bij het tribunaal zullen de straffen voor [verraders|ambtenaren die meewerken] [zwaar|niet mals|definitief] zijn. U weet wat er met verraders gebeurt.',
      'U wordt [gedagvaard|opgeroepen] voor de [International Common Law Court|Volksrechtbank] en bij niet verschijnen volgt [aanhouding|vonnis bij verstek en uitvoering].',
      'Voor hoogverraad [bestaat maar één straf|is de strop de historische straf]. Denk daar maar eens over na.',
    ],
    en: [
      'You will be tried for high treason, like all the others.',
      'The Common Law Court has taken up your case and you will be held accountable.',
      'We will carry out a citizen\'s arrest at your office or at your home if you do not respond within {dagen} days.',
      'The common-law sheriffs know where you live.',
      'Nuremberg 2.0 is coming and your name is on the list.',
      'Traitors will hang. You know what happens to traitors.',
    ],
  },
  explicit: {
    nl: [
      '!Als [jullie|u] [mijn uitkering stopzetten|mij uit mijn huis zetten], [kom ik naar het gemeentehuis en dan gaat het mis|steek ik de boel in de fik|sla ik die ambtenaar persoonlijk in elkaar].',
      'Als [jullie|u] [dit doorzetten|dit besluit niet terugdraaien|zo doorgaan], [kom ik naar het gemeentehuis en dan gaat het mis|steek ik de boel in de fik|sla ik die ambtenaar persoonlijk in elkaar].',
      'Ik kom [morgen|volgende week|binnenkort] naar [het gemeentehuis|uw kantoor|de balie] en dan [zullen we zien wie er lacht|gaan er klappen vallen|neem ik iets mee].',
      'Als ik {ambtenaar} tegenkom, [sla ik hem of haar neer|gaat het niet goed aflopen|zal die het merken].',
      'Ik [maak|sla] [jullie|die wethouder] [kapot|helemaal kapot].',
      'Er gaan doden vallen als [die azc er komt|jullie zo doorgaan].',
      'De volgende keer [kom ik niet met een brief|gooi ik geen brief door de bus maar een steen door de ruit|staat er iemand bij u op de stoep].',
      '[Ik heb een mes en ben niet bang om het te gebruiken.|Ik weet hoe ik aan een wapen kom.|Ik heb een wapen en ben niet bang om het te gebruiken.]',
      'Dat gemeentehuis van jullie [brandt goed|moet maar eens in de fik].',
    ],
    en: [
      '!If you stop my benefit I will come to the town hall and it will go wrong.',
      'If you go ahead with this I will come to the town hall and it will go wrong.',
      'Next time I will not send a letter but a brick through your window.',
      'If I run into {ambtenaar} it will not end well for him or her.',
      'People will get hurt if you carry on like this.',
    ],
  },
  mobilise: {
    nl: [
      'Ik roep iedereen op om [zaterdag|vanavond|morgen] naar het huis van {wethouder} [aan de {straat}|te gaan|] [te gaan en hem of haar eens te vertellen wat we ervan vinden|en daar te blijven tot hij aftreedt].',
      'Het privéadres van {ambtenaar} staat inmiddels [op Telegram|in onze groepsapp|online]. [Iedereen weet nu waar die woont.|Doe ermee wat je wilt.|Er zijn genoeg mensen die er langs willen.]',
      '[Wij|Mijn vrienden en ik] komen met [een grote groep|honderd man|tientallen mensen] naar [het gemeentehuis|uw woning] en dan [gaan we niet weg|is de lol eraf].',
      'Ik heb de namen en adressen van de raadsleden die vóór hebben gestemd [verspreid|gedeeld met de buurt]. De mensen weten nu wie ze moeten hebben.',
    ],
    en: [
      'I call on everyone to go to the home of {wethouder} this Saturday.',
      'The private address of {ambtenaar} is now on Telegram. Everyone knows where to find them.',
      'We will come with a large group to your home and we will not leave.',
    ],
  },
};

/** Desperation turned into threat; only for letters that also carry zorgsignaal. */
export const DESPERATE_THREAT: LBank = {
  nl: [
    'Ik heb niets meer te verliezen, [onthoud dat goed|u wel|bedenk dat].',
    'Als ik toch alles kwijtraak, dan [neem ik jullie mee|zorg ik dat jullie het ook voelen|maakt het mij niet meer uit wat er gebeurt].',
    'Ik ben zo ver heen dat het me niet meer uitmaakt wat er met mij of met u gebeurt.',
  ],
  en: ['I have nothing left to lose, remember that.', 'If I lose everything anyway, I will take you down with me.'],
};

/** Lead-ins for a threat hidden at the end of an otherwise calm letter. */
export const HIDDEN_LEADS: LBank = {
  nl: ['P.S.', 'PS:', 'P.S. Nog één ding.', 'Tot slot nog dit.', 'En onthoud:', 'Nog een laatste opmerking:', 'Ter afsluiting:', 'O ja,'],
  en: ['P.S.', 'PS:', 'One more thing.', 'And remember:', 'Finally:'],
};

/** Anger that escalates towards a threat. */
export const THREAT_BUILDUP: LBank = {
  nl: [
    'Mijn geduld is [op|nu echt op|ten einde].',
    'Ik heb [alles|jarenlang alles] netjes geprobeerd, [brieven, telefoontjes, bezwaar|via de officiële weg], en niemand luistert.',
    'Jullie [pesten|treiteren|vernederen] mensen [net zo lang tot ze knappen|tot ze niets meer hebben].',
    'Wat jullie [mij|mijn gezin|mijn moeder] hebben aangedaan vergeet ik nooit.',
    'Jullie denken dat je ongestraft met mensen kunt sollen.',
    'Ik ben niet de enige die er zo over denkt, [er zijn er veel meer|de hele buurt is het zat].',
    'Er komt een moment dat mensen [terugslaan|het heft in eigen hand nemen].',
  ],
  en: [
    'My patience has run out.',
    'I tried everything the proper way and nobody listens.',
    'You keep pushing people until they snap.',
    'What you have done to my family I will never forget.',
  ],
};

/** A litany of grievances that precedes threats in longer letters. Not itself a threat. */
export const GRIEVANCES: LBank = {
  nl: [
    'Eerst werd [mijn parkeervergunning ingetrokken|mijn aanvraag afgewezen|mijn bezwaar afgewezen], toen kreeg ik [een boete|een aanmaning|nog een brief] en nu dit weer.',
    'Jarenlang heb ik [braaf betaald|mijn mond gehouden|alles gedaan wat jullie vroegen], en wat krijg ik ervoor terug? Niets.',
    'Ik heb [drie|vier|vijf] keer gebeld, twee keer gemaild en ben een keer aan de balie geweest. Niemand doet iets.',
    '{^ambtenaar} heeft mij [aan de balie|aan de telefoon|in een gesprek] behandeld als [oud vuil|een crimineel|een hond].',
    'Mijn [buurman|zwager|collega] krijgt alles voor elkaar en ik krijg alleen maar tegenwerking.',
    'Jullie beslissen over levens van mensen vanachter een bureau en gaan om vijf uur lekker naar huis.',
    '!Mijn kinderen vragen waarom er [geen geld is voor een verjaardagscadeau|we niet op vakantie kunnen]. Wat moet ik ze vertellen? Dat de gemeente het zo wil?',
    'De hele buurt weet inmiddels hoe jullie met mensen omgaan.',
    'Elk besluit van jullie maakt het alleen maar erger, en niemand neemt verantwoordelijkheid.',
  ],
  en: [
    'First you refused my application, then I got a fine, and now this.',
    'I have called five times and e-mailed twice. Nobody does anything.',
    '{^ambtenaar} treated me like a criminal.',
    'You decide over people\'s lives from behind a desk and go home at five.',
  ],
};

tagBank(THREATS.veiled, 'threat');
tagBank(THREATS.explicit, 'threat');
tagBank(THREATS.mobilise, 'threat');
tagBank(THREATS.pseudolegal, 'threat', 'anti');
tagBank(DESPERATE_THREAT, 'threat', 'zorg');
