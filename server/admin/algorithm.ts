/**
 * admin (algorithm register): an Algoritmeregister-style description of the classifier for the
 * admin page — purpose, data, human oversight, figures (from the shipped model's eval.json),
 * version, risks — and the full model card (models/README.md).
 */
import fs from 'node:fs';
import path from 'node:path';

interface EvalFile {
  model_version: string;
  evaluated_at: string;
  held_out_letters: number;
  results: Record<string, {
    category: { macro_f1: number; per_class: Record<string, { recall: number }> };
    anti_institutioneel: { f1: number; ordinary_flagged_share?: number };
    zorgsignaal: { recall: number; precision: number };
    department_accuracy: number;
    ece: number;
  }>;
}

export interface AlgorithmRegister {
  name: string;
  version: string;
  activeVersion: string;
  sections: { title: string; text: string }[];
  metrics: { label: string; value: number; target: number | null; higherIsBetter: boolean }[];
  evaluatedAt: string | null;
  heldOutLetters: number | null;
  modelCard: string;
}

export function algorithmRegister(modelDir: string, activeVersion: string): AlgorithmRegister {
  const evalPath = path.join(modelDir, 'eval.json');
  const ev = fs.existsSync(evalPath) ? (JSON.parse(fs.readFileSync(evalPath, 'utf8')) as EvalFile) : null;
  const s = ev?.results.shipped;
  const cardPath = path.resolve(modelDir, '..', 'README.md');
  const metrics = s ? [
    { label: 'Macro-F1 over de 7 categorieën', value: s.category.macro_f1, target: 0.92, higherIsBetter: true },
    { label: 'Recall bedreiging (gemiste bedreigingen zijn de ernstigste fout)', value: s.category.per_class.bedreiging?.recall ?? 0, target: 0.97, higherIsBetter: true },
    { label: 'F1 anti-institutioneel signaal', value: s.anti_institutioneel.f1, target: 0.95, higherIsBetter: true },
    { label: 'Recall zorgsignaal', value: s.zorgsignaal.recall, target: 0.85, higherIsBetter: true },
    { label: 'Precisie zorgsignaal', value: s.zorgsignaal.precision, target: 0.7, higherIsBetter: true },
    { label: 'Juiste afdeling (via de routeringsregels)', value: s.department_accuracy, target: 0.9, higherIsBetter: true },
    { label: 'Kalibratiefout (ECE)', value: s.ece, target: null, higherIsBetter: false },
  ] : [];
  return {
    name: 'Postsignaal — classificatie van binnenkomende post',
    version: ev?.model_version ?? 'onbekend',
    activeVersion,
    evaluatedAt: ev?.evaluated_at ?? null,
    heldOutLetters: ev?.held_out_letters ?? null,
    metrics,
    modelCard: fs.existsSync(cardPath) ? fs.readFileSync(cardPath, 'utf8') : '',
    sections: [
      { title: 'Doel', text: 'Binnenkomende brieven en e-mails sneller bij de juiste afdeling krijgen, bedreigingen van medewerkers en bestuurders vroeg zien, en mensen in nood (schulden, uitzetting, ziekte) niet laten liggen. Het algoritme stelt een categorie, signalen (anti-institutioneel, zorgsignaal), een onderwerp en een toelichting voor; de afdeling volgt uit bewerkbare routeringsregels.' },
      { title: 'Menselijke tussenkomst', text: 'Het model adviseert, een medewerker beslist (AVG art. 22). Elke mogelijke bedreiging, elk signaal en elke onzekere brief komt in de wachtrij van de intake; de medewerker bevestigt of corrigeert, en die beslissing geldt. Correcties worden bewaard naast het oorspronkelijke voorstel, zodat het model tegen mensen gemeten kan worden, en kunnen worden gebruikt om de lagen van het model opnieuw te trainen (alleen actief als de cijfers niet slechter worden).' },
      { title: 'Gegevens', text: 'Tekst en onderwerp van de brief. Geen gegevens uit andere registraties. Het model is getraind op gegenereerde en met de hand geschreven voorbeeldbrieven, niet op brieven van inwoners. Beleidsmedewerkers zien alleen aantallen (kleiner dan 5 als <5), nooit brieven of afzenders. Brieftekst, bestanden en afzendergegevens worden na de bewaartermijn gewist; een afzender kan inzage en wissing vragen.' },
      { title: 'Werking', text: 'Een klein transformermodel (4 lagen, 5,3 miljoen parameters) dat binnen de gemeente draait (geen cloud), gecombineerd met woordkenmerken en een geversioneerde lijst van zinnen. Lange brieven worden in overlappende stukken gelezen, zodat een dreiging in de laatste alinea niet wegvalt. Kansen zijn gekalibreerd; onder een drempel wordt de brief ter beoordeling voorgelegd in plaats van geraden.' },
      { title: 'Risico’s en maatregelen', text: 'Een ‘soeverein’-label kan iets zeggen over iemands overtuiging en is daarom gevoelig: minimale toegang per rol, alles wordt gelogd, geen lijsten van personen, beleid ziet alleen aggregaten. Scherpe kritiek is legitiem: het model is afgesteld om gewone bezwaren en klachten zo min mogelijk als anti-institutioneel te markeren. Een gemiste bedreiging is de ernstigste fout: een laag vangnet legt elke mogelijke bedreiging aan een mens voor. De cijfers hieronder zijn gemeten op brieven die het model nooit heeft gezien; waar een doel niet gehaald is, staat dat er.' },
      { title: 'Verantwoordelijke en contact', text: 'De gemeente als verwerkingsverantwoordelijke; vragen over dit algoritme via de functionaris gegevensbescherming van de gemeente.' },
    ],
  };
}
