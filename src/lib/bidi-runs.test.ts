import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { latinRuns } from './bidi-runs';

/** The Latin runs only, as they will be isolated. */
const latin = (text: string) => latinRuns(text).flatMap((run) => (run.latin ? [run.text] : []));

describe('latinRuns', () => {
  it('takes a name with its organisation in brackets as one run, the sentence around left out', () => {
    const intro =
      'تصف Sandrine Larizza (CGT France Travail) و Habib El Kettani (Onclusive) و Marie Vairon (Sud PTT) تقطيعَ المهام.';
    expect(latin(intro)).toEqual([
      'Sandrine Larizza (CGT France Travail)',
      'Habib El Kettani (Onclusive)',
      'Marie Vairon (Sud PTT)',
    ]);
  });

  it('keeps brackets around Latin only inside, around Arabic outside', () => {
    expect(latin('النقابة الوطنية للصحفيين (SNJ) عن طريق')).toEqual(['(SNJ)']);
    expect(latin('آلية الانسحاب (opt-out)، التي')).toEqual(['(opt-out)']);
    expect(latinRuns('نقابة (الكونفدرالية العامة للشغل CGT) في')).toEqual([
      { text: 'نقابة (الكونفدرالية العامة للشغل ', latin: false },
      { text: 'CGT', latin: true },
      { text: ') في', latin: false },
    ]);
    // A name before Arabic in brackets: the name alone.
    expect(latin('Sandrine Larizza (عضوة في نقابة CGT) قالت')).toEqual(['Sandrine Larizza', 'CGT']);
    // Nested: the Latin pair inside, the Arabic pair outside.
    expect(latin('(نقابة (Sud PTT) البريد)')).toEqual(['(Sud PTT)']);
    expect(latin('Sud PTT (La Poste (et La Banque Postale))')).toEqual(['Sud PTT (La Poste (et La Banque Postale))']);
  });

  it('takes quotation marks around Latin in, and a bracket pair of digits with the name before it', () => {
    expect(latin('و«Pop IA» اسم')).toEqual(['«Pop IA»']);
    expect(latin('يُقرأ « 1re » (الأولى)')).toEqual(['« 1re »']);
    expect(latin('بحسب Epoch AI (2024)، فإن')).toEqual(['Epoch AI (2024)']);
    expect(latin('في عام (2024) قال')).toEqual([]);
  });

  it('leaves the space and punctuation after a name to the sentence', () => {
    expect(latinRuns('الصحفي في L’Est Républicain. ومن')).toEqual([
      { text: 'الصحفي في ', latin: false },
      { text: 'L’Est Républicain', latin: true },
      { text: '. ومن', latin: false },
    ]);
    expect(latin('يقتفي Fabien Lebrun، مؤلف كتاب Barbarie numérique. Une autre histoire؛ و')).toEqual([
      'Fabien Lebrun',
      'Barbarie numérique. Une autre histoire',
    ]);
    expect(latin('Pauline Tardieu-Collinet و Tomas Pereira Ginet-Jacquemet: قد')).toEqual([
      'Pauline Tardieu-Collinet',
      'Tomas Pereira Ginet-Jacquemet',
    ]);
  });

  it('takes digits after a name or written onto a word, not digits of the Arabic sentence', () => {
    expect(latin('المرجع هو AFNOR Spec 2314، و')).toEqual(['AFNOR Spec 2314']);
    expect(latin('UNSA 1er et 2e degré')).toEqual(['UNSA 1er et 2e degré']);
    expect(latin('يُقرأ 2e (الثاني)')).toEqual(['2e']);
    expect(latin('في 2024 أعلنت Google ذلك')).toEqual(['Google']);
    expect(latin('في ٢٠٢٤ أعلنت')).toEqual([]);
  });

  it('ends a run at a line break, and keeps accents, decomposed ones included', () => {
    expect(latin('Éric Barbier\nÉric Sadin')).toEqual(['Éric Barbier', 'Éric Sadin']);
    expect(latin('قال Fre\u0301de\u0301ric.')).toEqual(['Fre\u0301de\u0301ric']);
  });

  it('gives a text without Latin as it is, and a Latin one as one run', () => {
    expect(latinRuns('القمة المضادة بشأن الذكاء الاصطناعي')).toEqual([
      { text: 'القمة المضادة بشأن الذكاء الاصطناعي', latin: false },
    ]);
    expect(latinRuns('Sud PTT (La Poste et La Banque Postale)')).toEqual([
      { text: 'Sud PTT (La Poste et La Banque Postale)', latin: true },
    ]);
    expect(latinRuns('')).toEqual([]);
  });

  it('leaves an unmatched bracket out of a run unless Latin follows it', () => {
    expect(latin('Sud PTT (')).toEqual(['Sud PTT']);
    expect(latin(') Sud PTT')).toEqual(['Sud PTT']);
    expect(latin('Sud (PTT')).toEqual(['Sud (PTT']);
  });

  it('cuts every Arabic text of the exhibition into pieces that join back into it', () => {
    const texts: string[] = [];
    const walk = (node: unknown) => {
      // UI strings as shown: their {{placeholders}} filled in.
      if (typeof node === 'string') texts.push(node.replace(/\{\{\s*\w+\s*\}\}/g, '7'));
      else if (node && typeof node === 'object') Object.values(node).forEach(walk);
    };
    walk(JSON.parse(readFileSync('data/i18n/ar/content.json', 'utf8')));
    walk(JSON.parse(readFileSync('src/i18n/locales/ar.json', 'utf8')));
    for (const text of texts) {
      const runs = latinRuns(text);
      expect(runs.map((run) => run.text).join('')).toBe(text);
      for (const run of runs.filter((r) => r.latin)) expect(run.text, text).toMatch(/^[\p{Script=Latin}0-9(«[]/u);
      for (const run of runs.filter((r) => !r.latin)) expect(run.text, text).not.toMatch(/\p{Script=Latin}/u);
    }
  });
});
