// The core's sentences about what it was given, in English (en.ts gathers them; the ids and parameters are the
// source of truth like the rest of en.ts): a point outside a function's domain, mistakes in what the student typed,
// optimizer options and how a run stopped, lesson files and the desktop shell.

type P<K extends string> = Record<K, string>;

export const enInput = {
  // ---- ops.ts / autodiff.ts: a point outside the domain, naming the operation ----
  "dom.sec": () => "sec is undefined where cos is 0",
  "dom.csc": (p: P<"a">) => `csc is undefined where sin is 0 (here at ${p.a})`,
  "dom.cot": (p: P<"a">) => `cot is undefined where sin is 0 (here at ${p.a})`,
  "dom.asin": (p: P<"a">) => `asin is only defined between -1 and 1, but its argument is ${p.a}`,
  "dom.acos": (p: P<"a">) => `acos is only defined between -1 and 1, but its argument is ${p.a}`,
  "dom.log": (p: P<"a">) => `log is only defined for positive numbers, but its argument is ${p.a}`,
  "dom.sqrt": (p: P<"a">) => `sqrt of a negative number is not a real number (its argument is ${p.a})`,
  "dom.divZero": () => "Division by zero",
  "dom.zeroNegPower": (p: P<"b">) => `A zero base to a negative power, 0^${p.b}, is division by zero`,
  "dom.negBase": (p: P<"a" | "b">) =>
    `A negative base to a non-integer power, ${p.a}^${p.b}, is not a real number`,
  "dom.overflow": (p: P<"what">) => `${p.what} overflowed: the result is too large to represent`,
  "dom.what.add": () => "Addition",
  "dom.what.sub": () => "Subtraction",
  "dom.what.mul": () => "Multiplication",
  "dom.what.div": () => "Division",
  "dom.what.pow": () => "The power",
  "dom.what.neg": () => "Negation",
  "dom.slopeNegBase": (p: P<"a">) =>
    `A power with a negative base, ${p.a}^y, has no derivative with respect to its exponent`,
  "dom.slopePow": (p: P<"a" | "b">) => `x^${p.b} has no finite derivative at x = ${p.a}`,
  "dom.slopeFn": (p: P<"f" | "a">) => `${p.f} has no finite derivative where its argument is ${p.a}`,
  "dom.sentence": (p: P<"s">) => (/[.!?]$/.test(p.s) ? p.s : p.s + "."),
  // the functions from cbrt to softplus
  "dom.logBase": (p: P<"f" | "a">) =>
    `${p.f} is only defined for positive numbers, but its argument is ${p.a}`,
  "dom.acosh": (p: P<"a">) => `acosh is only defined for numbers ≥ 1, but its argument is ${p.a}`,
  "dom.atanh": (p: P<"a">) => `atanh is only defined strictly between -1 and 1, but its argument is ${p.a}`,
  "dom.hypZero": (p: P<"f" | "g">) => `${p.f} is undefined at 0, where ${p.g} is 0`,
  "dom.outsideUnit": (p: P<"f" | "a">) =>
    `${p.f} is only defined for numbers ≤ -1 or ≥ 1, but its argument is ${p.a}`,
  "gd.badStart": (p: P<"at" | "why">) => `f cannot be evaluated at the starting point ${p.at}: ${p.why}`,
  "gd.badStartBare": (p: P<"at">) => `f cannot be evaluated at the starting point ${p.at}.`,
  // ---- parser.ts: mistakes in what the student typed ----
  "parse.theEnd": () => "the end",
  "parse.char": (p: P<"c">) => `Unexpected character '${p.c}'`,
  "parse.tooDeep": (p: P<"max">) =>
    `The expression is nested too deeply (more than ${p.max} levels); simplify the brackets`,
  "parse.empty": () => "The expression is empty",
  "parse.twoNumbers": (p: P<"n">) => `Two numbers in a row: is an operator missing before '${p.n}'?`,
  "parse.numberTooLarge": (p: P<"n">) => `The number ${p.n} is too large (the largest is about 1.8e308)`,
  "parse.emptyBrackets": () => "Empty brackets '()': something is missing inside",
  "parse.missingClose": (p: P<"pos">) => `Missing ')' to close the '(' at position ${p.pos}`,
  "parse.fnArgument": (p: P<"f">) => `${p.f} needs an argument after it: ${p.f}(x) or ${p.f} x`,
  "parse.fnNeedsBrackets": (p: P<"f" | "example">) =>
    `${p.f} needs its arguments in brackets, as in ${p.example}`,
  "parse.inverseFn": (p: P<"f">) =>
    `${p.f}^-1 could mean two things: write a${p.f}(x) for the inverse function, or 1/${p.f}(x) for the reciprocal`,
  "parse.arityTwo": (p: P<"f" | "n" | "example">) =>
    `${p.f} takes two arguments, as in ${p.example}, but ${p.n} were given`,
  "parse.unknownLog": (p: P<"f" | "b">) =>
    `Unknown function ${p.f}: did you mean log(x, ${p.b}) or log_${p.b}(x)?`,
  "parse.fnAlone": (p: P<"t">) =>
    `${p.t} alone only names the function: write what it equals, as in ${p.t} = x^2`,
  "parse.equals": () =>
    "Only the function's name may stand before '=', as in f(x) = x^2 or y = x^2; the expression comes after it",
  "read.product": (p: P<"t" | "reading" | "one">) =>
    `${p.t} is read as ${p.reading}; for a single variable with a longer name, write ${p.one}`,
  "read.call": (p: P<"t" | "reading">) => `${p.t} is read as ${p.reading}`,
  "read.root": (p: P<"t" | "n">) =>
    `${p.t} is read as a power with exponent 1/${p.n}, so it is defined only where the base is 0 or more`,
  "parse.arityNone": (p: P<"f">) => `${p.f} takes exactly one argument, but none was given`,
  "parse.arityMany": (p: P<"f" | "n">) => `${p.f} takes exactly one argument, but ${p.n} were given`,
  "parse.endsEarly": () => "The expression ends too early: a number, variable or '(' is missing at the end",
  "parse.strayClose": () => "Unexpected ')' — there is no '(' to close",
  "parse.comma": () => "Unexpected ',' — only functions take arguments separated by commas",
  "parse.unexpected": (p: P<"t">) => `Unexpected ${p.t}: a number, variable or '(' should come here`,
  "parse.unexpectedAfter": (p: P<"t" | "prev">) =>
    `Unexpected ${p.t} after ${p.prev}: a number, variable or '(' should come here`,
  "parse.unknownFnCase": (p: P<"f" | "near">) =>
    `Unknown function '${p.f}'. Did you mean ${p.near}? Names are case-sensitive.`,
  "parse.unknownFn": (p: P<"f" | "known">) =>
    `Unknown function '${p.f}'. Known functions: ${p.known}. To multiply, write ${p.f}*(…).`,
  "parse.tooLong": (p: P<"n" | "max">) => `The expression is too long (${p.n} characters; at most ${p.max})`,
  "parse.notText": () => "The expression must be text",

  // ---- autodiff.ts, descent-*.ts, optimizers.ts: values, options and how a run stopped ----
  "dom.slopePowExponent": () =>
    "The derivative of the power with respect to its exponent overflowed: it is too large to represent",
  "ad.noValue": (p: P<"name">) => `No value was given for the variable ${p.name}`,
  "ad.notFinite": (p: P<"name">) => `The value of ${p.name} must be a finite number`,
  "ad.notAVariable": (p: P<"name" | "vars">) => `The variable ${p.name} is not one of: ${p.vars}`,
  "ad.gradOverflow": (p: P<"name">) => `The derivative with respect to ${p.name} overflowed: it is too large`,
  "gd.zeroOverZero": (p: P<"k" | "at" | "eps" | "opt" | "default">) =>
    `Update ${p.k} divided 0 by 0: the gradient and its running average of squares are both 0 here, and with ${p.eps} = 0 nothing keeps the denominator away from 0 (the result is not a number). The run stopped at ${p.at}. Give ${p.eps} > 0 (${p.opt}'s default is ${p.default}).`,
  "gd.notANumber": (p: P<"k" | "at">) => `Update ${p.k} made x not a number, so the run stopped at ${p.at}.`,
  "gd.lrZero": (p: P<"g">) =>
    `With the learning rate lr = 0 no update moves x: it stays at the start, where the slope is ${p.g}. Give lr > 0 to descend.`,
  "gd.x0Missing": () => 'Give a starting point x0, e.g. {"x": 10}.',
  "gd.x0Value": (p: P<"v">) => `Give a starting value for ${p.v} in x0.`,
  "gd.x0Finite": (p: P<"v" | "got">) =>
    `The starting value of ${p.v} must be a finite number (got ${p.got}).`,
  "gd.tol": (p: P<"got">) => `tol must be a number ≥ 0 (got ${p.got}).`,
  "gd.maxIterRange": (p: P<"key" | "max" | "got">) =>
    `${p.key} must be a whole number from 0 to ${p.max} (got ${p.got}): a longer run takes seconds and hundreds of megabytes.`,
  "opt.unknown": (p: P<"name" | "names">) => `Unknown optimizer ${p.name}: choose one of ${p.names}.`,
  "opt.noOption": (p: P<"title" | "key" | "known">) =>
    `${p.title} has no option "${p.key}"; its options are ${p.known}.`,
  "opt.boolean": (p: P<"key" | "got">) => `${p.key} must be true or false (got ${p.got}).`,
  "opt.pair": (p: P<"key" | "got">) =>
    `${p.key} must be a pair of numbers such as [0.9, 0.999] (got ${p.got}).`,
  "opt.finite": (p: P<"key" | "got">) => `${p.key} must be a finite number (got ${p.got}).`,
  "opt.needsLr": (p: P<"title" | "torch">) =>
    `${p.title} needs a learning rate: give lr (${p.torch} has no default for it).`,
  "opt.lrNegative": (p: P<"got">) => `The learning rate lr must be ≥ 0 (got lr = ${p.got}).`,
  "opt.nonNegative": (p: P<"key" | "got">) => `${p.key} must be ≥ 0 (got ${p.key} = ${p.got}).`,
  "opt.nesterov": (p: P<"need" | "got">) => `Nesterov momentum needs ${p.need} (got ${p.got}).`,
  "opt.beta": (p: P<"key" | "name" | "got">) => `${p.key} (${p.name}) must be in [0, 1) (got ${p.got}).`,
  // ---- lesson.ts and the desktop shell (app/): lesson files, menus, dialogs ----
  "lesson.tooLarge": (p: P<"size" | "max">) =>
    `This file is too large to be a lesson (${p.size} MB; a lesson is at most ${p.max} MB). It was not opened.`,
  "lesson.notJson": () =>
    "This file is damaged or is not a lesson file (it is not readable JSON). It was not opened.",
  "lesson.notLesson": () => "This file is not a Descent Lab lesson. It was not opened.",
  "lesson.newer": (p: P<"version" | "supported">) =>
    `This lesson was saved by a newer Descent Lab (file version ${p.version}; this one reads version ${p.supported}). Update Descent Lab to open it; the file was not changed.`,
  "lesson.invalid": (p: P<"field">) =>
    `This lesson file is damaged: the entry "${p.field}" is missing or not valid. It was not opened and was not changed.`,
  "lesson.saveFailed": (p: P<"why">) =>
    `The lesson could not be saved (${p.why}). The file on disk was left exactly as it was.`,
  "lesson.openFailed": (p: P<"why">) => `The lesson could not be opened (${p.why}).`,
  "lesson.recoverTitle": () => "Restore unsaved work?",
  "lesson.recoverBody": (p: P<"when">) =>
    `Descent Lab closed before your last changes were saved (${p.when}). Restore them?`,
  "lesson.recoverYes": () => "Restore",
  "lesson.recoverNo": () => "Discard",
  "lesson.unsavedTitle": () => "Save changes to this lesson?",
  "lesson.unsavedSave": () => "Save",
  "lesson.unsavedDiscard": () => "Don't save",
  "lesson.unsavedCancel": () => "Cancel",
  "lesson.fileType": () => "Descent Lab lesson",
  "lesson.why.noSpace": () => "the disk is full",
  "lesson.why.noPermission": () => "there is no permission to write in that folder",
  "lesson.why.readOnly": () => "the disk is read-only",
  "lesson.why.notFound": () => "the folder no longer exists",
  "lesson.why.other": (p: P<"code">) => `system error ${p.code}`,
};
