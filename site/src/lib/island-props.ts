import type { SEEDS } from '../../../core/index.ts';
import {
  LANGUAGES,
  QUESTION_IDS,
  RULES,
  STATUSES,
  scenarioQuestionHints,
  changesFor,
  changesForGlossaryTerm,
  changesForLinkFact,
  changesForOutcome,
  nextStepKey,
  notCoveredReason,
  readingRules,
  seedByFile,
  treePath,
  type DecisionTree,
  type Language,
  type NodeId,
  type OutcomeId,
  type ChangeId,
  type Change,
  type Cloud,
  type LinkFact,
  type QuestionId,
  type Role,
  type Situation,
  type Status,
} from '../../../core/index.ts';
import { aroundPlaceholder, changeNote, type ChangeNote } from '../../../locales/change-notes.ts';
import { ROLE_STEPS } from '../../../core/next-steps.ts';
import type {
  ClientNode,
  ClientOutcome,
  ClientSource,
  HelperProps,
  TreeWalkerProps,
} from '../islands/types.ts';
import { invitationStrings, type AnyTranslate } from '../../../ui/invitation/strings.ts';
import { tFor } from './i18n.ts';
import { changeNoteHtml } from './change-note-html.tsx';
import { pagePath } from './pages.ts';

/** Readable date of a seed, e.g. "November 2016", from the locales. */
export function seedDate(language: Language, seedKey: (typeof SEEDS)[number]['key']): string {
  return tFor(language)(`sources:document.${seedKey}.date`);
}

/** A seed part as the reader sees it: document, date, part label, translation, German quote. */
export function clientSource(language: Language, seedFile: string, part: string): ClientSource {
  const t = tFor(language);
  const seed = seedByFile(seedFile);
  if (!seed) throw new Error(`Unknown seed ${seedFile}`);
  const parts = seed.parts as Record<string, { quote: string }>;
  const quote = parts[part];
  if (!quote) throw new Error(`Unknown part ${part} of ${seedFile}`);
  return {
    document: t(`sources:document.${seed.key}.name`),
    date: seedDate(language, seed.key),
    part: t(`sources:part.${seed.key}.${part}.label` as 'sources:part.global.scope.label'),
    text: t(`sources:part.${seed.key}.${part}.text` as 'sources:part.global.scope.text'),
    quote: quote.quote,
  };
}

/**
 * The readings (our interpretation of vague passages) behind a verdict: those of the rules
 * that apply, and those that explain what is missing (core `readingRules`).
 */
export function readingsFor(language: Language, situations: readonly Situation[]): string[] {
  const t = tFor(language);
  const ids = new Set<string>();
  for (const situation of situations) for (const rule of readingRules(situation)) ids.add(rule.id);
  return RULES.filter((r) => ids.has(r.id)).map((r) =>
    t(`rules:reading.${r.id}` as 'rules:reading.global.syndication-excluded'),
  );
}

/** An outcome's texts, with the next steps of the roles that act differently. */
export function clientOutcome(language: Language, id: OutcomeId): ClientOutcome {
  const t = tFor(language);
  const roles: readonly Role[] =
    (ROLE_STEPS as Partial<Record<OutcomeId, readonly Role[]>>)[id] ?? [];
  const roleSteps = Object.fromEntries(
    roles.map((role) => [
      role,
      t(nextStepKey(id, role) as 'rules:outcome.switch-azure-partner.nextStep'),
    ]),
  ) as Partial<Record<Role, string>>;
  return {
    title: t(`rules:outcome.${id}.title`),
    explanation: t(`rules:outcome.${id}.explanation`),
    nextStep: t(`rules:outcome.${id}.nextStep`),
    ...(roles.length > 0 ? { roleSteps } : {}),
  };
}

/** Notes for changes, deduplicated, in timeline order of first appearance. */
function notesOf(language: Language, changes: readonly Change[]): ChangeNote[] {
  const t = tFor(language);
  const seen = new Set<ChangeId>();
  return changes.flatMap((change) => {
    if (seen.has(change.id)) return [];
    seen.add(change.id);
    return [changeNote(t, language, change)];
  });
}

/** Notes for pages that show outcomes without a full situation (guidance, training). */
export function outcomeChangeNotes(
  language: Language,
  outcomes: readonly OutcomeId[],
  cloud?: Cloud,
): ChangeNote[] {
  return notesOf(
    language,
    outcomes.flatMap((o) => changesForOutcome(o, cloud)),
  );
}

/** Notes for pages that explain an invitation-link fact (the DAP parameter, for example). */
export function linkFactChangeNotes(language: Language, fact: LinkFact): ChangeNote[] {
  return notesOf(language, changesForLinkFact(fact));
}

/** Notes that date a glossary term's definition. */
export function glossaryChangeNotes(language: Language, term: string): ChangeNote[] {
  return notesOf(language, changesForGlossaryTerm(term));
}

/** Notes for several verdicts shown together (a table of verdicts). */
export function verdictsChangeNotes(
  language: Language,
  verdicts: readonly {
    verdict: Parameters<typeof changesFor>[0];
    situations: readonly Situation[];
  }[],
): ChangeNote[] {
  return notesOf(
    language,
    verdicts.flatMap(({ verdict, situations }) => changesFor(verdict, situations)),
  );
}

export function helperProps(language: Language, headingLevel: 2 | 3): HelperProps {
  const t = tFor(language);
  return {
    lang: language,
    headingLevel,
    strings: {
      title: t('site:helper.title'),
      intro: t('site:helper.intro'),
      privacy: t('site:helper.privacy'),
      needsJs: t('site:helper.needsJs'),
      pasteLabel: t('site:helper.pasteLabel'),
      pasteHint: t('site:helper.pasteHint'),
      check: t('common:action.check'),
      resultTitle: t('site:helper.resultTitle'),
      problemTitle: t('site:helper.problemTitle'),
      // Keys built from data (error codes, fact ids): see ui/invitation/strings.ts.
      invitation: invitationStrings(t as unknown as AnyTranslate, language),
    },
  };
}

/** Everything the tree island needs for one tree in one language, starting at `initial`. */
export function treeWalkerProps(
  language: Language,
  tree: DecisionTree,
  initial: NodeId,
): TreeWalkerProps {
  const t = tFor(language);
  const answerText = (question: QuestionId, answer: string, what: 'label' | 'hint') =>
    t(`rules:answer.${question}.${answer}.${what}` as 'rules:answer.cloud.global.label');
  const nodes: Record<NodeId, ClientNode> = {};
  const paths: TreeWalkerProps['paths'] = {};
  const outcomes: Partial<Record<OutcomeId, ClientOutcome>> = {};
  const sources: Record<string, ClientSource> = {};
  const changes: Partial<Record<ChangeId, string>> = {};
  const sourceLine = aroundPlaceholder(t('changes:sourceLine', { source: '{{source}}' }), 'source');
  let needsHelper = false;
  for (const node of tree.nodes) {
    paths[node.id] = Object.fromEntries(
      LANGUAGES.map((l) => [l, treePath(l, tree.id, node.id)]),
    ) as Record<Language, string>;
    const steps = node.steps.map((s) => ({ question: s.question, answer: s.answer }));
    if (node.kind === 'question') {
      nodes[node.id] = {
        kind: 'question',
        question: node.question,
        steps,
        options: node.options.map((o) => ({
          answer: o.answer,
          next: o.next,
          label: answerText(node.question, o.answer, 'label'),
          hint: answerText(node.question, o.answer, 'hint'),
        })),
      };
    } else {
      const { verdict } = node;
      for (const id of verdict.outcomes) {
        if (id === 'request-reseller-relationship') needsHelper = true;
        outcomes[id] ??= clientOutcome(language, id);
      }
      const changeIds = changesFor(verdict, node.situations).map((change) => {
        changes[change.id] ??= changeNoteHtml(
          changeNote(t, language, change),
          sourceLine,
          pagePath(language, 'changes'),
        );
        return change.id;
      });
      const roles = new Set(node.situations.map((s) => s.role));
      const role = roles.size === 1 ? [...roles][0] : undefined;
      const reason = notCoveredReason(verdict);
      const keys = verdict.sources.map((ref) => {
        const key = `${ref.seed}#${ref.part}`;
        sources[key] ??= clientSource(language, ref.seed, ref.part);
        return key;
      });
      nodes[node.id] = {
        kind: 'verdict',
        status: verdict.status,
        steps,
        outcomes: [...verdict.outcomes],
        sources: keys,
        readings: readingsFor(language, node.situations),
        changes: changeIds,
        ...(role ? { role } : {}),
        ...(reason === 'no-row'
          ? {
              title: t('rules:notCovered.no-row.title'),
              explanation: t('rules:notCovered.no-row.explanation'),
            }
          : {}),
      };
    }
  }
  const ownHints = scenarioQuestionHints(tree.id);
  const questions = Object.fromEntries(
    QUESTION_IDS.map((q) => [
      q,
      {
        title: t(`rules:question.${q}.title`),
        hint: ownHints.includes(q)
          ? t(`trees:scenarioQuestion.${tree.id}.${q}` as 'trees:scenarioQuestion.21vianet.cloud')
          : t(`rules:question.${q}.hint`),
      },
    ]),
  ) as TreeWalkerProps['questions'];
  const statuses = Object.fromEntries(
    STATUSES.map((s: Status) => [
      s,
      { title: t(`rules:status.${s}.title`), explanation: t(`rules:status.${s}.explanation`) },
    ]),
  ) as TreeWalkerProps['statuses'];
  return {
    lang: language,
    initial,
    nodes,
    paths,
    questions,
    statuses,
    outcomes,
    sources,
    changes,
    strings: {
      scenarioTitle: t(`trees:scenario.${tree.id}.title`),
      siteName: t('common:product.name'),
      questionNumber: t('site:tree.questionNumber', { n: '{{n}}' }),
      continue: t('common:action.continue'),
      change: t('common:action.change'),
      changeLabel: t('site:tree.changeLabel', { question: '{{question}}' }),
      startAgain: t('common:action.startAgain'),
      yourAnswers: t('common:label.yourAnswers'),
      chooseAnswer: t('site:tree.chooseAnswer'),
      chooseAnswerFallback: t('site:tree.chooseAnswerFallback'),
      orChooseDirectly: t('site:tree.orChooseDirectly'),
      errorPrefix: t('site:tree.errorPrefix'),
      prefixed: t('common:punctuation.prefixed', { prefix: '{{prefix}}', text: '{{text}}' }),
      labelled: t('common:punctuation.labelled', { label: '{{label}}', text: '{{text}}' }),
      citation: t('common:punctuation.citation', { document: '{{document}}', part: '{{part}}' }),
      result: t('common:label.result'),
      whatToDo: t('common:label.whatToDo'),
      nextStep: t('common:label.nextStep'),
      noOutcome: t('rules:noOutcome'),
      changesHeading: t('changes:heading'),
      changesIntro: t('changes:intro'),
      sources: t('common:label.sources'),
      originalText: t('sources:originalText'),
      translatedText: t('sources:translatedText'),
      ourReading: t('common:label.ourReading'),
      documentDate: t('site:tree.documentDate', { date: '{{date}}' }),
      announceQuestion: t('site:tree.announceQuestion', { title: '{{title}}' }),
      announceVerdict: t('site:tree.announceVerdict', { title: '{{title}}' }),
    },
    ...(needsHelper ? { helper: helperProps(language, 2) } : {}),
  };
}
