// The lesson around a session: the teacher's notes, which controls students may change, the file's name,
// and the two directions between a session and a `.descent.json` lesson (snapshot, apply).
import {
  LESSON_CONTROLS,
  LESSON_FORMAT,
  LESSON_VERSION,
  type ControlAccess,
  type Lesson,
  type LessonControl,
} from "../../../core/index.ts";
import type { Msg } from "../../../core/index.ts";
import { OPTIMIZERS, type OptimizerName } from "./model.ts";
import type { Session } from "./session.svelte.ts";

export { LESSON_CONTROLS };

export class LessonState {
  notes = $state("");
  controls = $state<Partial<Record<LessonControl, ControlAccess>>>({});
  /** The open file's name, or null for a lesson never saved. */
  name = $state<string | null>(null);
  /** The last refusal or failure, shown until the next action. */
  problem = $state<Msg | null>(null);
  /** The text of the lesson as last saved or opened: the lesson is unsaved while its snapshot differs. */
  saved = $state("");
  session: Session;

  constructor(session: Session) {
    this.session = session;
    this.saved = JSON.stringify(this.snapshot());
  }

  access = (c: LessonControl): ControlAccess => this.controls[c] ?? "open";

  /** The session as a lesson: a plain object, ready for a file or an IPC message. */
  snapshot(): Lesson {
    const s = this.session;
    return {
      format: LESSON_FORMAT,
      version: LESSON_VERSION,
      function: s.text,
      preset: s.presetId,
      language: s.lang,
      x0: { ...$state.snapshot(s.x0) },
      lr: s.lr,
      tol: s.tol,
      maxIter: s.maxIter,
      optimizer: s.optimizer,
      params: $state.snapshot(s.params) as unknown as Lesson["params"],
      compareWith: [...s.compareWith],
      notes: this.notes,
      controls: { ...$state.snapshot(this.controls) },
    };
  }

  get unsaved(): boolean {
    return JSON.stringify(this.snapshot()) !== this.saved;
  }

  markSaved(name?: string) {
    if (name) this.name = name;
    this.saved = JSON.stringify(this.snapshot());
    this.problem = null;
  }

  /** Puts a lesson's state into the session: the function, every setting, the language, notes and locks. */
  apply(lesson: Lesson, name: string | null) {
    const s = this.session;
    s.pause();
    s.setText(lesson.function);
    s.presetId = lesson.preset;
    s.setLang(lesson.language);
    s.x0 = { ...lesson.x0 };
    s.lr = lesson.lr;
    s.tol = lesson.tol;
    s.maxIter = lesson.maxIter;
    if ((OPTIMIZERS as readonly string[]).includes(lesson.optimizer))
      s.optimizer = lesson.optimizer as OptimizerName;
    for (const [opt, values] of Object.entries(lesson.params)) {
      const target = (s.params as unknown as Record<string, Record<string, number | boolean>>)[opt];
      if (!target) continue;
      for (const [k, v] of Object.entries(values))
        if (k in target && typeof v === typeof target[k]) target[k] = v;
    }
    s.compareWith = lesson.compareWith.filter((o): o is OptimizerName =>
      (OPTIMIZERS as readonly string[]).includes(o),
    );
    s.cursor = 0;
    s.refresh(); // the settings above were set directly: ask for their runs
    this.notes = lesson.notes;
    this.controls = { ...lesson.controls };
    this.name = name;
    this.markSaved();
  }
}
