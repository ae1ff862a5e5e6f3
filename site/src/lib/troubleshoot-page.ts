import {
  LANGUAGES,
  TROUBLESHOOT_ROOT,
  acceptPath,
  acceptanceCause,
  causeConfirmation,
  causeLeaves,
  causeMarker,
  sourcesForReader,
  troubleshootPath,
  troubleshootPathTo,
  troubleshootTree,
  type AcceptanceCause,
  type CauseId,
  type ConfirmationLevel,
  type Language,
  type TroubleshootNode,
  type TroubleshootQuestion,
} from '../../../core/index.ts';
import { claimView, type ClaimView } from '../../../locales/claims.ts';
import { pageSource, type PageSource } from '../../../locales/page-source.ts';
import { troubleshootAnswerKey } from '../../../locales/troubleshoot-keys.ts';
import { layoutDiagram, type Diagram } from './diagram.ts';
import { pageTitle, tFor } from './i18n.ts';
import { diagramSizeRule } from './tree-diagram.ts';

/**
 * What the troubleshooting pages show, built at build time from the core's causes and tree:
 * the .astro pages only render these views. Every step is a page of its own (no JavaScript
 * needed): a question with one link per answer, or a cause with what the customer or partner
 * sees, how to tell, what to do, who can do it and its sources.
 */

export const TROUBLESHOOT_FIGURE_ID = 'diagram-troubleshoot';

const questionTitle = (lang: Language, q: TroubleshootQuestion) =>
  tFor(lang)(`troubleshoot:question.${q}.title`);

const answerLabel = (lang: Language, q: TroubleshootQuestion, answer: string) =>
  tFor(lang)(troubleshootAnswerKey(q, answer));

export const causeTitle = (lang: Language, id: CauseId) =>
  tFor(lang)(`troubleshoot:cause.${id}.title`);

/** Pages as a reader gets them (`sourcesForReader`), each named as every cited page is. */
export function sourceViews(
  lang: Language,
  item: Parameters<typeof sourcesForReader>[0],
): PageSource[] {
  const t = tFor(lang);
  return sourcesForReader(item, lang).map((source) =>
    pageSource(t, { ...source, language: source.lang }),
  );
}

export interface CauseView {
  id: CauseId;
  title: string;
  sees: string;
  tell: string;
  do: string;
  /** Who can do it: each a name of its own, shown as a list (never joined into a sentence). */
  who: string[];
  confirmation: ConfirmationLevel;
  /** The register's sentence for that level (or for the doubt), always shown beside the cause. */
  marker: string;
  /** The register's claims the cause rests on, as the register words them. */
  claims: ClaimView[];
  sources: PageSource[];
  /** The customer's page, at this cause, when the customer's admin meets it. */
  customerHref?: string;
}

export function causeView(lang: Language, cause: AcceptanceCause): CauseView {
  const t = tFor(lang);
  return {
    id: cause.id,
    title: causeTitle(lang, cause.id),
    sees: t(`troubleshoot:cause.${cause.id}.sees`),
    tell: t(`troubleshoot:cause.${cause.id}.tell`),
    do: t(`troubleshoot:cause.${cause.id}.do`),
    who: cause.fixers.map((f) => t(`troubleshoot:fixer.${f}`)),
    confirmation: causeConfirmation(cause),
    marker: t(`changes:confirmation.${causeMarker(cause)}`),
    claims: cause.claims.map((id) => claimView(t, id)),
    sources: sourceViews(lang, cause),
    ...(cause.forCustomer ? { customerHref: `${acceptPath(lang)}#${causeAnchor(cause.id)}` } : {}),
  };
}

/** The id of a cause's section on the customer's page. */
export const causeAnchor = (id: CauseId) => `cause-${id}`;

export interface AnswerView {
  question: string;
  answer: string;
  /** The step where this question was asked (to change the answer). */
  changeHref: string;
}

export interface StepView {
  id: string;
  heading: string;
  /** The troubleshooting tree's name, shown above every step. */
  scenarioTitle: string;
  /** The document title: the tree's name on the first question, "step – tree" after it. */
  documentTitle: string;
  help?: string;
  /** The answers that led here, in order. */
  answers: AnswerView[];
  options: { label: string; href: string }[];
  cause?: CauseView;
  /**
   * Whether search indexes this step: the first question and the first path to each cause
   * (the other paths to the same cause would only repeat it in the results).
   */
  indexed: boolean;
}

export function stepView(lang: Language, node: TroubleshootNode): StepView {
  const t = tFor(lang);
  const path = troubleshootPathTo(node.id);
  const scenarioTitle = pageTitle(lang, 'troubleshoot');
  const titles = (heading: string) => ({
    heading,
    scenarioTitle,
    documentTitle:
      node.id === TROUBLESHOOT_ROOT
        ? scenarioTitle
        : t('common:punctuation.pageTitle', { page: heading, site: scenarioTitle }),
  });
  const answers = node.steps.map((step, i) => ({
    question: questionTitle(lang, step.question),
    answer: answerLabel(lang, step.question, step.answer),
    changeHref: troubleshootPath(lang, path[i]!.id),
  }));
  if (node.kind === 'question') {
    return {
      id: node.id,
      ...titles(questionTitle(lang, node.question)),
      help: t(`troubleshoot:question.${node.question}.help`),
      answers,
      options: node.options.map((o) => ({
        label: answerLabel(lang, node.question, o.answer),
        href: troubleshootPath(lang, o.next),
      })),
      indexed: node.id === TROUBLESHOOT_ROOT,
    };
  }
  const cause = acceptanceCause(node.cause);
  return {
    id: node.id,
    ...titles(causeTitle(lang, cause.id)),
    answers,
    options: [],
    cause: causeView(lang, cause),
    indexed: causeLeaves(cause.id)[0]!.id === node.id,
  };
}

/** The whole tree laid out in one language; the path to `current` highlighted. */
export function troubleshootDiagram(lang: Language, current?: string): Diagram {
  const tree = troubleshootTree();
  const byId = new Map(tree.nodes.map((n) => [n.id, n]));
  return layoutDiagram(
    tree,
    {
      node: (id) => {
        const node = byId.get(id)!;
        return node.kind === 'question'
          ? questionTitle(lang, node.question)
          : causeTitle(lang, node.cause);
      },
      edge: (from, to) => {
        const edge = tree.edges.find((e) => e.from === from && e.to === to)!;
        return answerLabel(lang, edge.question, edge.answer);
      },
      href: (id) => troubleshootPath(lang, id),
    },
    current,
  );
}

const sizeRules = new Map<Language, string>();

/**
 * The diagram's size rule (see `diagramSizeRule`), for a hashed inline style. The width does
 * not depend on the highlighted path, so it is laid out once per language, not per page.
 */
export function troubleshootDiagramCss(lang: Language): string {
  let rule = sizeRules.get(lang);
  if (rule === undefined) {
    rule = diagramSizeRule(TROUBLESHOOT_FIGURE_ID, troubleshootDiagram(lang).width);
    sizeRules.set(lang, rule);
  }
  return rule;
}

/** Every step of the troubleshooting tree in every language: the pages' `getStaticPaths`. */
export function troubleshootStepPaths() {
  return LANGUAGES.flatMap((lang) =>
    troubleshootTree().nodes.map((node) => ({
      params: { lang, node: node.id === TROUBLESHOOT_ROOT ? undefined : node.id },
      props: { node },
    })),
  );
}
