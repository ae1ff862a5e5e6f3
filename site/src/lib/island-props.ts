import type { SEEDS } from '../../../core/index.ts';
import {
  LANGUAGES,
  LINK_ERROR_CODES,
  QUESTION_IDS,
  RULES,
  STATUSES,
  applicableRules,
  seedByFile,
  treePath,
  type DecisionTree,
  type Language,
  type NodeId,
  type OutcomeId,
  type QuestionId,
  type Status,
} from '../../../core/index.ts';
import type {
  ClientNode,
  ClientOutcome,
  ClientSource,
  HelperProps,
  TreeWalkerProps,
} from '../islands/types.ts';
import { tFor } from './i18n.ts';

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

/** The readings (our interpretation of vague passages) behind the rules applying at a verdict. */
export function readingsFor(
  language: Language,
  situations: Parameters<typeof applicableRules>[0][],
): string[] {
  const t = tFor(language);
  const ids = new Set<string>();
  for (const situation of situations)
    for (const rule of applicableRules(situation)) if (rule.reading) ids.add(rule.id);
  return RULES.filter((r) => ids.has(r.id)).map((r) =>
    t(`rules:reading.${r.id}` as 'rules:reading.global.syndication-excluded'),
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
      valid: t('link:valid'),
      problemTitle: t('site:helper.problemTitle'),
      unconfirmedHost: t('link:unconfirmedHost'),
      kind: {
        reseller: t('link:kind.reseller'),
        'indirect-reseller': t('link:kind.indirect-reseller'),
        gdap: t('link:kind.gdap'),
      },
      cloud: {
        global: t('link:cloud.global'),
        '21vianet': t('link:cloud.21vianet'),
        usgov: t('link:cloud.usgov'),
      },
      kindLabel: t('site:helper.kindLabel'),
      cloudLabel: t('site:helper.cloudLabel'),
      dapLabel: t('site:helper.dapLabel'),
      delegatedAdmin: {
        on: t('link:delegatedAdmin.on'),
        off: t('link:delegatedAdmin.off'),
        absent: t('link:delegatedAdmin.absent'),
      },
      field: {
        partnerTenantId: t('link:field.partnerTenantId'),
        resellerTenantId: t('link:field.resellerTenantId'),
        mpnId: t('link:field.mpnId'),
        adminRelationshipId: t('link:field.adminRelationshipId'),
      },
      // Placeholders such as {{parameter}} stay in; the island fills them.
      errors: Object.fromEntries(
        LINK_ERROR_CODES.map((code) => [
          code,
          t(`link:error.${code}`, { parameter: '{{parameter}}' }),
        ]),
      ),
      emailTitle: t('site:helper.emailTitle'),
      emailIntro: t('site:helper.emailIntro'),
      partnerNameLabel: t('site:helper.partnerNameLabel'),
      partnerNameHint: t('site:helper.partnerNameHint'),
      partnerNameErrors: {
        empty: t('site:helper.partnerNameError.empty'),
        'too-long': t('site:helper.partnerNameError.too-long'),
        'line-break': t('site:helper.partnerNameError.line-break'),
      },
      emailLanguageLabel: t('site:helper.emailLanguageLabel'),
      languageNames: Object.fromEntries(
        LANGUAGES.map((l) => [l, t(`common:language.${l}`)]),
      ) as Record<Language, string>,
      compose: t('site:helper.compose'),
      subjectLabel: t('site:helper.subjectLabel'),
      bodyLabel: t('site:helper.bodyLabel'),
      copy: t('common:action.copy'),
      copied: t('common:action.copied'),
      copyFailed: t('common:action.copyFailed'),
      sendEmail: t('common:action.sendEmail'),
      errorPrefix: t('site:tree.errorPrefix'),
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
        const note =
          id === 'wait-for-term-end-or-cancel'
            ? t('rules:outcome.wait-for-term-end-or-cancel.note')
            : undefined;
        outcomes[id] = {
          title: t(`rules:outcome.${id}.title`),
          explanation: t(`rules:outcome.${id}.explanation`),
          nextStep: t(`rules:outcome.${id}.nextStep`),
          ...(note ? { note } : {}),
        };
      }
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
      };
    }
  }
  const questions = Object.fromEntries(
    QUESTION_IDS.map((q) => [
      q,
      { title: t(`rules:question.${q}.title`), hint: t(`rules:question.${q}.hint`) },
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
      note: t('common:label.note'),
      noOutcome: t('rules:noOutcome'),
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
