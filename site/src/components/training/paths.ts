import { homePath, type Cloud, type Language, type ScenarioId } from '../../../../core/index.ts';
import type { TopicId } from '../../../../core/training-runtime.ts';

/**
 * Paths of the training pages. Handouts exist twice, one pre-rendered page per paper size,
 * so each prints with the right `@page` size and no setting to get wrong.
 */
export const PAPERS = ['a4', 'letter'] as const;
export type Paper = (typeof PAPERS)[number];

export function trainingPath(lang: Language): string {
  return `${homePath(lang)}training/`;
}

export function quizPath(lang: Language): string {
  return `${trainingPath(lang)}quiz/`;
}

export function deckPath(lang: Language, topic: TopicId): string {
  return `${trainingPath(lang)}deck/${topic}/`;
}

export function treeHandoutPath(lang: Language, scenario: ScenarioId, paper: Paper): string {
  return `${trainingPath(lang)}handouts/${scenario}/${paper}/`;
}

export function cheatSheetPath(lang: Language, cloud: Cloud, paper: Paper): string {
  return `${trainingPath(lang)}cheat-sheet/${cloud}/${paper}/`;
}
