// One word per idea, in each language: the terms a Thai maths teacher uses on the board (สสวท.'s textbooks where
// they have one, the seed tutorial's words otherwise), and the variants that drifted into the catalog before.
// glossary.test.ts fails when a catalog sentence uses a rejected variant.

export interface Term {
  /** The one English term. */
  en: string;
  /** The one Thai term. */
  th: string;
  /** Thai variants not to use for this idea (wrong, or a second word for the same thing). */
  rejectTh: readonly string[];
  /** English variants not to use. */
  rejectEn?: readonly string[];
  /** Why the Thai term, where it is not obvious. */
  why?: string;
}

export const GLOSSARY = {
  gradient: {
    en: "gradient",
    th: "เกรเดียนต์",
    rejectTh: ["เกรเดี้ยน", "เกรเดียนท์"],
    why: "∇f is always เกรเดียนต์; ความชัน is kept for the slope of a curve in one variable",
  },
  gradientDescent: {
    en: "gradient descent",
    th: "การเคลื่อนลงตามเกรเดียนต์",
    rejectTh: ["การเคลื่อนลงตามความชัน", "ตามความชัน"],
  },
  update: {
    en: "update",
    th: "การปรับค่า … ครั้ง",
    rejectTh: ["การวนซ้ำ", "รอบ", "ทีละขั้น"],
    why: "one update of x is ครั้ง (ปรับค่า 106 ครั้ง); ขั้นที่ is kept for the steps of a worked solution",
  },
  maxIter: { en: "update limit", th: "จำนวนครั้งสูงสุด", rejectTh: ["จำนวนรอบสูงสุด"] },
  tolerance: {
    en: "tolerance",
    th: "ค่าคลาดเคลื่อนที่ยอมรับได้",
    rejectTh: ["ค่าความคลาดเคลื่อนที่ยอมรับ", "ความคลาดเคลื่อนที่ยอมรับ"],
  },
  constant: {
    en: "constant",
    th: "ค่าคงตัว",
    rejectTh: ["ค่าคงที่"],
    why: "สสวท. writes ค่าคงตัว (ฟังก์ชันค่าคงตัว)",
  },
  startPoint: {
    en: "starting point",
    th: "จุดเริ่มต้น",
    rejectTh: ["ค่าเริ่มต้น"],
    rejectEn: ["start point", "initial point"],
    why: "a default setting is ค่าตั้งต้น, never ค่าเริ่มต้น, so the two cannot be confused",
  },
  learningRate: { en: "learning rate", th: "อัตราการเรียนรู้", rejectTh: ["อัตราเรียนรู้"] },
  optimizer: { en: "optimizer", th: "ตัวปรับค่า", rejectTh: ["ออปติไมเซอร์", "ตัวหาค่าเหมาะที่สุด"] },
  weightDecay: {
    en: "weight decay",
    th: "การลดทอนค่าถ่วงน้ำหนัก",
    rejectTh: ["การลดน้ำหนัก"],
    why: "การลดน้ำหนัก reads as dieting",
  },
  positiveDefinite: { en: "positive definite", th: "บวกแน่นอน", rejectTh: ["แน่นอนบวก"] },
  negativeDefinite: { en: "negative definite", th: "ลบแน่นอน", rejectTh: ["แน่นอนลบ"] },
  indefinite: {
    en: "indefinite",
    th: "ไม่กำหนดเครื่องหมาย",
    rejectTh: ["ไม่แน่นอน"],
    why: "ไม่แน่นอน reads as uncertain",
  },
  completeSquare: {
    en: "completing the square",
    th: "การทำให้เป็นกำลังสองสมบูรณ์",
    rejectTh: ["การทำเป็นกำลังสองสมบูรณ์", "ทำเป็นกำลังสองสมบูรณ์"],
  },
  eigenvalue: {
    en: "eigenvalue",
    th: "ค่าลักษณะเฉพาะ",
    rejectTh: ["ค่าเฉพาะ", "เวกเตอร์เฉพาะ"],
  },
  argument: {
    en: "input",
    th: "ค่าที่ใส่",
    rejectTh: ["อาร์กิวเมนต์"],
    why: "a function's input on the board; argument is programmers' English",
  },
  localMinimum: { en: "local minimum", th: "ค่าต่ำสุดสัมพัทธ์", rejectTh: ["ค่าต่ำสุดเฉพาะที่"] },
  saddle: { en: "saddle point", th: "จุดอานม้า", rejectTh: [] },
  diverge: { en: "diverges", th: "ลู่ออก", rejectTh: ["แยกออก"] },
} as const satisfies Record<string, Term>;

export type Concept = keyof typeof GLOSSARY;

/** The rejected variants `text` uses, each only where it stands as whole words (ค่าคงที่, not a part of another word). */
export function rejectedIn(text: string, lang: "en" | "th"): { concept: Concept; variant: string }[] {
  const cuts = wordCuts(text, lang);
  const found: { concept: Concept; variant: string }[] = [];
  for (const [concept, term] of Object.entries(GLOSSARY) as [Concept, Term][]) {
    for (const variant of (lang === "th" ? term.rejectTh : term.rejectEn) ?? []) {
      const lower = lang === "en" ? text.toLowerCase() : text;
      for (let at = lower.indexOf(variant); at >= 0; at = lower.indexOf(variant, at + 1))
        if (cuts.has(at) && cuts.has(at + variant.length)) {
          found.push({ concept, variant });
          break;
        }
    }
  }
  return found;
}

/** The positions between words (the dictionary's, for Thai), with both ends of the text. */
function wordCuts(text: string, lang: "en" | "th"): Set<number> {
  const cuts = new Set<number>([0, text.length]);
  for (const s of new Intl.Segmenter(lang, { granularity: "word" }).segment(text)) {
    cuts.add(s.index);
    cuts.add(s.index + s.segment.length);
  }
  return cuts;
}
