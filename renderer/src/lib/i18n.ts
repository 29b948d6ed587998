// Every UI string in both languages. The English dictionary fixes the keys; the Thai one is typed against
// it, so a key missing (or extra) in Thai is a compile error. The maths itself is not translated.

import type { ErrorCode } from "../../../core/errors.ts";
import { say, type Msg } from "../../../core/messages/index.ts";
import { superscript } from "../plots/format";

export type Lang = "en" | "th";
export const LANGS: readonly Lang[] = ["en", "th"];

const en = {
  "app.subtitle": "Find a function's minimum three ways",
  "app.presets": "Presets",
  "app.language": "Language",
  "app.presentation": "Presentation",
  "app.presentationExit": "Exit presentation",
  "app.presentationHint": "Press P to toggle presentation mode",
  "input.function": "Function",
  "input.variables": "Variables",
  "input.noVariables": "no variables (a constant)",
  "input.tooManyVariables": "Descent Lab plots one or two variables; this function has {n}.",
  "input.errorPrefix": "Mistake",
  "input.fixFirst": "Fix the function above to see the results.",
  "input.showingLast": "Showing the results for the last function without a mistake.",
  "input.policyTitle": "How your typing is read",
  "input.policy":
    "Letters side by side multiply, as on the board and in Desmos: xy is x·y and 2xy is 2·x·y. Known names stay whole: functions (sin, log, sqrt…), pi, e, Greek letters such as theta, and names with an underscore such as w_1 or x_y — write a longer variable that way. sin x takes the next factor: sin 2x = sin(2x), sin x y = sin(xy), sin^2 x = (sin x)². You may start with f(x) = or y =, and type x², √x, π, θ.",
  "error.unexpected_token": "Unexpected symbol",
  "error.unexpected_end": "The expression ends too early",
  "error.unknown_function": "Unknown function",
  "error.wrong_arity": "Wrong number of arguments",
  "error.too_deep": "The expression is nested too deeply",
  "error.too_long": "The expression is too long",
  "error.domain": "Outside the function's domain",
  "error.unknown_variable": "Unknown variable",
  "error.invalid_option": "Invalid setting",
  "panel.closedForm": "Closed form",
  "panel.calculus": "Calculus",
  "panel.descent": "Gradient descent",
  "panel.steps": "Worked steps",
  "panel.step": "Step {n}",
  "panel.answer": "Answer",
  "panel.argmin": "Minimiser",
  "panel.min": "Minimum value",
  "panel.critical": "Critical points",
  "panel.localMin": "local minimum",
  "panel.localMax": "local maximum",
  "panel.saddle": "saddle point",
  "panel.inconclusive": "test inconclusive",
  "panel.byNeighboursMin": "neighbouring values are larger, so a local minimum",
  "panel.byNeighboursMax": "neighbouring values are smaller, so a local maximum",
  "panel.byNeighboursNeither": "f rises on one side and falls on the other: neither",
  "status.minimum": "The minimum",
  "status.unbounded": "No minimum: f is unbounded below (it goes to −∞).",
  "status.noMinimum": "No minimum: f is bounded below but never reaches its lower bound.",
  "status.unsupported": "This method does not apply here.",
  "status.unavailable": "This method is not available yet.",
  "status.computing": "Working it out…",
  "unit.step.one": "step",
  "unit.step.other": "steps",
  "status.constant": "A constant has no variable to move: there is nothing to descend.",
  "status.converged": "Converged after {n} {steps}.",
  "status.maxIter": "Stopped at the iteration limit after {n} {steps}.",
  "status.diverged":
    "Diverged after {n} {steps}: the steps grow instead of shrinking. Try a smaller learning rate.",
  "status.falling": "Stopped after {n} {steps}: f keeps falling without end, so it may have no minimum.",
  "status.flat":
    "Stopped after {n} {steps} on a flat region: the gradient vanished, but this is not a minimum.",
  "status.why": "Why",
  "status.stopRule": "Stops after the update where |f(x_{k+1}) − f(x_k)| ≤ tolerance.",
  "descent.rule": "Each update moves against the gradient, scaled by the learning rate α.",
  "descent.ruleOptim":
    "Each update is torch.optim's {name} rule: it uses the gradient and the optimizer's state.",
  "descent.start": "The start and the gradient there.",
  "descent.first": "The first update.",
  "descent.last": "Where the run stopped.",
  "descent.stop":
    "The change in f is within the tolerance, so the run stops. The tolerance is on f, not on x.",
  "compare.title": "Comparison",
  "compare.method": "Method",
  "compare.answer": "Answer",
  "compare.value": "f at the answer",
  "compare.agree": "Every method that gives an answer agrees.",
  "compare.disagree": "The answers do not agree.",
  "compare.closeInF":
    "Closed form and calculus agree. Gradient descent's f is close to the minimum, but its x is not: its stopping rule watches the change in f, not the distance to x*.",
  "compare.partial": "Only some methods give an answer here.",
  "compare.distance": "Gradient descent's distance from the exact answer",
  "compare.none": "no answer",
  "controls.title": "Settings",
  "controls.x0": "Start {v}₀",
  "controls.lr": "Learning rate α",
  "controls.lrSlider": "Learning rate α (log scale)",
  "controls.optimizer": "Optimizer",
  "controls.tol": "Tolerance",
  "controls.maxIter": "Iteration limit",
  "controls.compareWith": "Compare with",
  "controls.momentum": "Momentum",
  "controls.dampening": "Dampening",
  "controls.weightDecay": "Weight decay",
  "controls.alpha": "Smoothing α (RMSprop)",
  "controls.eps": "Epsilon ε",
  "controls.centered": "Centered",
  "controls.lrDecay": "Learning-rate decay",
  "controls.beta1": "β₁",
  "controls.beta2": "β₂",
  "controls.amsgrad": "AMSGrad",
  "controls.params": "Optimizer parameters",
  "anim.title": "Animation",
  "anim.step": "Step",
  "anim.play": "Play",
  "anim.pause": "Pause",
  "anim.reset": "Reset",
  "anim.speed": "Speed (steps per second)",
  "anim.position": "Step {k} of {n}",
  "opt.sgd": "SGD",
  "opt.momentum": "Momentum",
  "opt.nesterov": "Nesterov",
  "opt.rmsprop": "RMSprop",
  "opt.adagrad": "Adagrad",
  "opt.adam": "Adam",
  "plot.title": "Plot",
  "plot.loss": "Loss per iteration",
  "plot.legend": "Legend",
  "plot.clickHint": "Click or drag on the plot to set the start.",
  "plot.placeholder": "The plot appears here.",
  "table.title": "Iterations",
  "table.gradient": "gradient",
  "table.update": "step α·gradient",
  "table.state": "optimizer state",
  "table.export": "Export CSV",
  "table.saved": "Saved.",
  "table.window": "Rows {from}–{to} of {n}",
  "table.earlier": "Earlier rows",
  "table.later": "Later rows",
  "code.title": "PyTorch code",
  "code.copy": "Copy",
  "code.copied": "Copied",
  "code.note": "The same run in PyTorch: paste it into Python and it prints the same final x.",
  "code.unavailable": "No code for this function yet.",
  "code.commentPrecision": "float64, the precision Descent Lab computes in",
  "code.commentStop": "stop after the update where f changed by at most tol",
  "preset.tutorial": "The tutorial: x² − 4x",
  "preset.tutorial.note": "A parabola with its vertex at x = 2. Gradient descent from 10 stops near 2.1056.",
  "preset.vertex": "Another vertex",
  "preset.vertex.note": "A parabola with a fractional vertex: completing the square gives it exactly.",
  "preset.doubleWell": "Two minima: x⁴ − 2x²",
  "preset.doubleWell.note": "Two equal minima at x = ±1; the start decides which one descent finds.",
  "preset.cubic": "Unbounded: x³ − 3x",
  "preset.cubic.note": "A local minimum at x = 1, but f goes to −∞ on the left: no global minimum.",
  "preset.exp": "No minimum: exp(x)",
  "preset.exp.note": "Always positive, never zero: the lower bound 0 is never reached.",
  "preset.wavy": "Local minima: sin(x)·e^(−x/10) + 0.1x²",
  "preset.wavy.note": "Several valleys: where descent ends depends on the start.",
  "preset.rosenbrock": "Rosenbrock",
  "preset.rosenbrock.note": "A curved narrow valley with the minimum at (1, 1); plain SGD crawls.",
  "preset.himmelblau": "Himmelblau",
  "preset.himmelblau.note": "Four minima with the same value 0; each start finds its nearest.",
  "preset.beale": "Beale",
  "preset.beale.note": "Flat plateaus and steep walls; the minimum is at (3, 0.5).",
  "preset.booth": "Booth",
  "preset.booth.note": "A quadratic bowl in two variables with the minimum at (1, 3).",
  "preset.saddle": "Saddle: x² − y²",
  "preset.saddle.note": "A minimum along x, a maximum along y: unbounded below, no minimum.",
} as const;

export type Key = keyof typeof en;

const th: Record<Key, string> = {
  "app.subtitle": "หาค่าต่ำสุดของฟังก์ชันด้วยสามวิธี",
  "app.presets": "ตัวอย่าง",
  "app.language": "ภาษา",
  "app.presentation": "โหมดนำเสนอ",
  "app.presentationExit": "ออกจากโหมดนำเสนอ",
  "app.presentationHint": "กด P เพื่อเปิดหรือปิดโหมดนำเสนอ",
  "input.function": "ฟังก์ชัน",
  "input.variables": "ตัวแปร",
  "input.noVariables": "ไม่มีตัวแปร (ค่าคงที่)",
  "input.tooManyVariables": "Descent Lab วาดกราฟได้หนึ่งหรือสองตัวแปร ฟังก์ชันนี้มี {n} ตัวแปร",
  "input.errorPrefix": "ข้อผิดพลาด",
  "input.fixFirst": "แก้ฟังก์ชันด้านบนก่อนเพื่อดูผลลัพธ์",
  "input.showingLast": "กำลังแสดงผลของฟังก์ชันล่าสุดที่ไม่มีข้อผิดพลาด",
  "input.policyTitle": "โปรแกรมอ่านสิ่งที่พิมพ์อย่างไร",
  "input.policy":
    "ตัวอักษรที่เขียนติดกันคือการคูณ เหมือนบนกระดานและใน Desmos: xy คือ x·y และ 2xy คือ 2·x·y ส่วนชื่อที่รู้จักจะอ่านเป็นคำเดียว ได้แก่ ฟังก์ชัน (sin, log, sqrt…) pi, e อักษรกรีกเช่น theta และชื่อที่มีขีดล่างเช่น w_1 หรือ x_y — ถ้าต้องการตัวแปรชื่อยาวให้เขียนแบบนี้ sin x ใช้ตัวประกอบถัดไปเป็นค่าที่ใส่: sin 2x = sin(2x), sin x y = sin(xy), sin^2 x = (sin x)² จะขึ้นต้นด้วย f(x) = หรือ y = ก็ได้ และพิมพ์ x², √x, π, θ ได้เลย",
  "error.unexpected_token": "มีสัญลักษณ์ที่ไม่ควรอยู่ตรงนี้",
  "error.unexpected_end": "นิพจน์จบก่อนที่จะครบ",
  "error.unknown_function": "ไม่รู้จักฟังก์ชันนี้",
  "error.wrong_arity": "จำนวนอาร์กิวเมนต์ไม่ถูกต้อง",
  "error.too_deep": "นิพจน์ซ้อนกันลึกเกินไป",
  "error.too_long": "นิพจน์ยาวเกินไป",
  "error.domain": "อยู่นอกโดเมนของฟังก์ชัน",
  "error.unknown_variable": "ไม่รู้จักตัวแปรนี้",
  "error.invalid_option": "ค่าที่ตั้งไม่ถูกต้อง",
  "panel.closedForm": "รูปแบบปิด",
  "panel.calculus": "แคลคูลัส",
  "panel.descent": "การเคลื่อนลงตามความชัน",
  "panel.steps": "ขั้นตอนการคำนวณ",
  "panel.step": "ขั้นที่ {n}",
  "panel.answer": "คำตอบ",
  "panel.argmin": "จุดที่ให้ค่าต่ำสุด",
  "panel.min": "ค่าต่ำสุด",
  "panel.critical": "จุดวิกฤต",
  "panel.localMin": "ค่าต่ำสุดสัมพัทธ์",
  "panel.localMax": "ค่าสูงสุดสัมพัทธ์",
  "panel.saddle": "จุดอานม้า",
  "panel.inconclusive": "สรุปจากการทดสอบไม่ได้",
  "panel.byNeighboursMin": "ค่าข้างเคียงมากกว่า จึงเป็นค่าต่ำสุดสัมพัทธ์",
  "panel.byNeighboursMax": "ค่าข้างเคียงน้อยกว่า จึงเป็นค่าสูงสุดสัมพัทธ์",
  "panel.byNeighboursNeither": "f เพิ่มขึ้นด้านหนึ่งและลดลงอีกด้านหนึ่ง จึงไม่ใช่ทั้งสองแบบ",
  "status.minimum": "ค่าต่ำสุด",
  "status.unbounded": "ไม่มีค่าต่ำสุด: f ไม่มีขอบเขตล่าง (ลดลงไปถึง −∞)",
  "status.noMinimum": "ไม่มีค่าต่ำสุด: f มีขอบเขตล่าง แต่ไม่เคยมีค่าเท่ากับขอบเขตนั้น",
  "status.unsupported": "วิธีนี้ใช้กับฟังก์ชันนี้ไม่ได้",
  "status.unavailable": "วิธีนี้ยังไม่พร้อมใช้งาน",
  "status.computing": "กำลังคำนวณ…",
  "unit.step.one": "ขั้น",
  "unit.step.other": "ขั้น",
  "status.constant": "ค่าคงที่ไม่มีตัวแปรให้ปรับ จึงไม่มีอะไรให้เคลื่อนลง",
  "status.converged": "ลู่เข้าหลังจาก {n} {steps}",
  "status.maxIter": "หยุดเมื่อครบจำนวนรอบสูงสุด {n} {steps}",
  "status.diverged": "ลู่ออกหลังจาก {n} {steps}: ขนาดก้าวโตขึ้นแทนที่จะเล็กลง ลองลดอัตราการเรียนรู้",
  "status.falling": "หยุดหลังจาก {n} {steps}: ค่า f ลดลงเรื่อย ๆ ไม่สิ้นสุด จึงอาจไม่มีค่าต่ำสุด",
  "status.flat": "หยุดหลังจาก {n} {steps} บนบริเวณที่ราบ: เกรเดียนต์เป็นศูนย์ แต่ไม่ใช่ค่าต่ำสุด",
  "status.why": "เหตุผล",
  "status.stopRule": "หยุดหลังการปรับค่าครั้งที่ |f(x_{k+1}) − f(x_k)| ≤ ค่าความคลาดเคลื่อนที่ยอมรับ",
  "descent.rule": "การปรับค่าแต่ละครั้งเคลื่อนสวนทางกับเกรเดียนต์ โดยคูณด้วยอัตราการเรียนรู้ α",
  "descent.ruleOptim": "การปรับค่าแต่ละครั้งใช้กฎ {name} ของ torch.optim ซึ่งใช้เกรเดียนต์และสถานะของตัวปรับค่า",
  "descent.start": "จุดเริ่มต้นและเกรเดียนต์ที่จุดนั้น",
  "descent.first": "การปรับค่าครั้งแรก",
  "descent.last": "จุดที่การคำนวณหยุด",
  "descent.stop": "ค่า f เปลี่ยนไม่เกินค่าความคลาดเคลื่อนที่ยอมรับ จึงหยุด ค่าความคลาดเคลื่อนนี้วัดที่ f ไม่ใช่ที่ x",
  "compare.title": "เปรียบเทียบผล",
  "compare.method": "วิธี",
  "compare.answer": "คำตอบ",
  "compare.value": "ค่า f ที่คำตอบ",
  "compare.agree": "ทุกวิธีที่ให้คำตอบได้ ได้คำตอบตรงกัน",
  "compare.disagree": "คำตอบไม่ตรงกัน",
  "compare.closeInF":
    "รูปแบบปิดและแคลคูลัสได้คำตอบตรงกัน ค่า f จากการเคลื่อนลงตามความชันใกล้ค่าต่ำสุดแล้ว แต่ค่า x ยังห่างอยู่ เพราะเงื่อนไขหยุดดูการเปลี่ยนแปลงของ f ไม่ได้ดูระยะห่างจาก x*",
  "compare.partial": "มีเพียงบางวิธีที่ให้คำตอบได้",
  "compare.distance": "ระยะห่างของคำตอบจากการเคลื่อนลงตามความชันถึงคำตอบที่แท้จริง",
  "compare.none": "ไม่มีคำตอบ",
  "controls.title": "การตั้งค่า",
  "controls.x0": "จุดเริ่มต้น {v}₀",
  "controls.lr": "อัตราการเรียนรู้ α",
  "controls.lrSlider": "อัตราการเรียนรู้ α (สเกลลอการิทึม)",
  "controls.optimizer": "ตัวปรับค่า (optimizer)",
  "controls.tol": "ค่าคลาดเคลื่อนที่ยอมรับ",
  "controls.maxIter": "จำนวนรอบสูงสุด",
  "controls.compareWith": "เปรียบเทียบกับ",
  "controls.momentum": "โมเมนตัม",
  "controls.dampening": "การหน่วง (dampening)",
  "controls.weightDecay": "การลดน้ำหนัก (weight decay)",
  "controls.alpha": "ค่าการปรับเรียบ α (RMSprop)",
  "controls.eps": "เอปไซลอน ε",
  "controls.centered": "แบบกึ่งกลาง (centered)",
  "controls.lrDecay": "การลดอัตราการเรียนรู้",
  "controls.beta1": "β₁",
  "controls.beta2": "β₂",
  "controls.amsgrad": "AMSGrad",
  "controls.params": "พารามิเตอร์ของตัวปรับค่า",
  "anim.title": "ภาพเคลื่อนไหว",
  "anim.step": "ทีละขั้น",
  "anim.play": "เล่น",
  "anim.pause": "หยุดชั่วคราว",
  "anim.reset": "เริ่มใหม่",
  "anim.speed": "ความเร็ว (ขั้นต่อวินาที)",
  "anim.position": "ขั้นที่ {k} จาก {n}",
  "opt.sgd": "SGD",
  "opt.momentum": "โมเมนตัม",
  "opt.nesterov": "เนสเตรอฟ (Nesterov)",
  "opt.rmsprop": "RMSprop",
  "opt.adagrad": "Adagrad",
  "opt.adam": "Adam",
  "plot.title": "กราฟ",
  "plot.loss": "ค่าฟังก์ชันในแต่ละรอบ",
  "plot.legend": "คำอธิบายสัญลักษณ์",
  "plot.clickHint": "คลิกหรือลากบนกราฟเพื่อเลือกจุดเริ่มต้น",
  "plot.placeholder": "กราฟจะแสดงที่นี่",
  "table.title": "ตารางการวนซ้ำ",
  "table.gradient": "เกรเดียนต์",
  "table.update": "ก้าว α·เกรเดียนต์",
  "table.state": "สถานะของตัวปรับค่า",
  "table.export": "ส่งออก CSV",
  "table.saved": "บันทึกแล้ว",
  "table.window": "แถวที่ {from}–{to} จาก {n}",
  "table.earlier": "แถวก่อนหน้า",
  "table.later": "แถวถัดไป",
  "code.title": "โค้ด PyTorch",
  "code.copy": "คัดลอก",
  "code.copied": "คัดลอกแล้ว",
  "code.note": "การคำนวณเดียวกันใน PyTorch: วางใน Python แล้วจะพิมพ์ค่า x สุดท้ายเท่ากัน",
  "code.unavailable": "ยังไม่มีโค้ดสำหรับฟังก์ชันนี้",
  "code.commentPrecision": "float64 ความละเอียดเดียวกับที่ Descent Lab ใช้คำนวณ",
  "code.commentStop": "หยุดหลังการปรับค่าที่ f เปลี่ยนไม่เกิน tol",
  "preset.tutorial": "บทเรียน: x² − 4x",
  "preset.tutorial.note": "พาราโบลาที่มีจุดยอดที่ x = 2 การเคลื่อนลงจาก 10 หยุดใกล้ 2.1056",
  "preset.vertex": "จุดยอดอีกแบบ",
  "preset.vertex.note": "พาราโบลาที่จุดยอดเป็นเศษส่วน: การทำเป็นกำลังสองสมบูรณ์ให้คำตอบที่แม่นยำ",
  "preset.doubleWell": "สองค่าต่ำสุด: x⁴ − 2x²",
  "preset.doubleWell.note": "ค่าต่ำสุดเท่ากันสองจุดที่ x = ±1 จุดเริ่มต้นเป็นตัวกำหนดว่าจะไปถึงจุดไหน",
  "preset.cubic": "ไม่มีขอบเขต: x³ − 3x",
  "preset.cubic.note": "มีค่าต่ำสุดสัมพัทธ์ที่ x = 1 แต่ f ลดลงถึง −∞ ทางซ้าย จึงไม่มีค่าต่ำสุดสัมบูรณ์",
  "preset.exp": "ไม่มีค่าต่ำสุด: exp(x)",
  "preset.exp.note": "เป็นบวกเสมอแต่ไม่เคยเป็นศูนย์: ไม่เคยถึงขอบเขตล่าง 0",
  "preset.wavy": "หลายค่าต่ำสุดสัมพัทธ์: sin(x)·e^(−x/10) + 0.1x²",
  "preset.wavy.note": "มีหลายหุบเขา: จุดที่การเคลื่อนลงไปสิ้นสุดขึ้นกับจุดเริ่มต้น",
  "preset.rosenbrock": "โรเซนบร็อก (Rosenbrock)",
  "preset.rosenbrock.note": "หุบเขาแคบและโค้ง ค่าต่ำสุดที่ (1, 1) SGD ธรรมดาจะเคลื่อนช้ามาก",
  "preset.himmelblau": "ฮิมเมิลบลาว (Himmelblau)",
  "preset.himmelblau.note": "มีค่าต่ำสุดสี่จุดที่มีค่าเป็น 0 เท่ากัน จุดเริ่มต้นแต่ละจุดไปถึงจุดที่ใกล้ที่สุด",
  "preset.beale": "บีล (Beale)",
  "preset.beale.note": "มีที่ราบและผนังชัน ค่าต่ำสุดอยู่ที่ (3, 0.5)",
  "preset.booth": "บูธ (Booth)",
  "preset.booth.note": "ชามกำลังสองในสองตัวแปร ค่าต่ำสุดที่ (1, 3)",
  "preset.saddle": "จุดอานม้า: x² − y²",
  "preset.saddle.note": "ต่ำสุดตามแนว x สูงสุดตามแนว y: ไม่มีขอบเขตล่าง จึงไม่มีค่าต่ำสุด",
};

export const dictionaries: Record<Lang, Record<Key, string>> = { en, th };

/** The dictionary entry that names each error code (a new code in core/errors.ts is a compile error here). */
export const ERROR_KEY: Record<ErrorCode, Key> = {
  unexpected_token: "error.unexpected_token",
  unexpected_end: "error.unexpected_end",
  unknown_function: "error.unknown_function",
  wrong_arity: "error.wrong_arity",
  too_deep: "error.too_deep",
  too_long: "error.too_long",
  domain: "error.domain",
  unknown_variable: "error.unknown_variable",
  invalid_option: "error.invalid_option",
};

/** A sentence the core wrote (a step note, a reason, a run message), in the UI language. */
export function message(lang: Lang, m: Msg): string {
  return say(m, lang);
}

/** The UI string for `key` with {name} placeholders filled in. */
export function translate(lang: Lang, key: Key, vars: Record<string, string | number> = {}): string {
  return dictionaries[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

/** The system language decides the first screen: Thai when it starts with "th", English otherwise. */
export function detectLang(languages: readonly string[]): Lang {
  const first = languages[0] ?? "en";
  return first.toLowerCase().startsWith("th") ? "th" : "en";
}

const formatters = new Map<string, Intl.NumberFormat>();

/** A number for the board in the UI's locale: up to `digits` significant digits, a real minus sign, never -0 or NaN. */
export function formatNumber(lang: Lang, x: number, digits = 6): string {
  if (Number.isNaN(x)) return "—";
  if (!Number.isFinite(x)) return x > 0 ? "∞" : "−∞";
  if (Object.is(x, -0) || Math.abs(x) < 1e-300) x = 0;
  digits = Math.min(21, Math.max(1, Math.round(digits)));
  const key = `${lang}:${digits}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang === "th" ? "th-TH" : "en-US", { maximumSignificantDigits: digits });
    formatters.set(key, f);
  }
  const a = Math.abs(x);
  const text = a !== 0 && (a >= 1e9 || a < 1e-5) ? expForm(x, digits) : f.format(a);
  return x < 0 ? `−${text.replace(/^[-−]/, "")}` : text;
}

function expForm(x: number, digits: number): string {
  const [mant, exp] = Math.abs(x)
    .toExponential(Math.max(0, digits - 1))
    .split("e");
  const m = String(Number(mant));
  return `${m}×10${superscript(Number(exp))}`;
}
