import type { MapOutline } from '../story/map-outline';
import type { Progress } from './progress';

/** The playthrough in progress as the map sees it: its chapter and the points it can go back to. */
export interface PlayRoute {
  chapter: string | null;
  /** Choice points of this session, oldest first; `taken` is null at the one waiting now. */
  points: { ordinal: number; pointId: string; taken: string | null }[];
}

/** An option on the map. */
export interface OptionView {
  id: string;
  text: string;
  /** Taken in some playthrough. */
  explored: boolean;
  /** Taken in the playthrough in progress. */
  taken: boolean;
  /** Never taken, and only offered once earlier choices unlock it. */
  locked: boolean;
}

/** A choice point on the map. */
export interface PointView {
  id: string;
  prompt: string | null;
  options: OptionView[];
  explored: number;
  total: number;
  /** The choice point number to rewind to, when this playthrough passed it since it began. */
  rewindTo: number | null;
  /** The choice waiting on screen now. */
  waiting: boolean;
}

/** A chapter on the map. */
export interface ChapterView {
  id: string;
  title: string;
  /** Its place in the story, from 0 (the prologue). */
  number: number;
  reached: boolean;
  current: boolean;
  /** Chapter select can start it (a start was kept when it was last reached). */
  canStart: boolean;
  explored: number;
  total: number;
  points: PointView[];
}

/** The whole map, with the share of options explored. */
export interface StoryMap {
  chapters: ChapterView[];
  explored: number;
  total: number;
  /** Whole percent explored, rounded down (100 only when every option has been taken). */
  percent: number;
}

type MapProgress = Pick<Progress, 'chapters' | 'choices' | 'starts'>;

/**
 * Builds the story map from the story's outline, the player's progress and the playthrough in
 * progress (if any): what was seen and what remains, per choice point, per chapter and overall.
 */
export function buildStoryMap(
  outline: MapOutline,
  progress: MapProgress,
  route: PlayRoute | null,
): StoryMap {
  const explored = new Set(progress.choices);
  const reached = new Set(progress.chapters);
  const visits = new Map(route?.points.map((p) => [p.pointId, p]) ?? []);
  const chapters = outline.chapters.map((chapter, number): ChapterView => {
    const points = chapter.points.map((point): PointView => {
      const visit = visits.get(point.id);
      const options = point.options.map((o) => ({
        id: o.id,
        text: o.text,
        explored: explored.has(o.id),
        taken: visit?.taken === o.id,
        locked: o.conditional && !explored.has(o.id),
      }));
      return {
        id: point.id,
        prompt: point.prompt,
        options,
        explored: options.filter((o) => o.explored).length,
        total: options.length,
        rewindTo: visit && visit.taken !== null ? visit.ordinal : null,
        waiting: visit !== undefined && visit.taken === null,
      };
    });
    return {
      id: chapter.id,
      title: chapter.title,
      number,
      reached: reached.has(chapter.id),
      current: route?.chapter === chapter.id,
      canStart: chapter.id in progress.starts,
      explored: points.reduce((n, p) => n + p.explored, 0),
      total: points.reduce((n, p) => n + p.total, 0),
      points,
    };
  });
  const total = chapters.reduce((n, c) => n + c.total, 0);
  const done = chapters.reduce((n, c) => n + c.explored, 0);
  return {
    chapters,
    explored: done,
    total,
    percent: total === 0 ? 0 : Math.floor((done / total) * 100),
  };
}
