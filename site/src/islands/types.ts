import type {
  ChangeId,
  Cloud,
  Language,
  NodeId,
  OutcomeId,
  QuestionId,
  Role,
  Status,
} from '../../../core/index.ts';
import type { InvitationStrings, LinkPasteStrings } from '../../../ui/invitation/strings.ts';
import type { Template } from '../../../locales/template.ts';
import type { SeedCitationStrings, SeedPartView } from '../../../locales/seed-citation-view.ts';

/**
 * Props of the islands: plain data with every string already resolved for one language at
 * build time (src/view-models/ builds them). Nothing here imports i18next or a locale.
 */

export interface ClientOption {
  answer: string;
  label: string;
  hint: string;
  next: NodeId;
}

export interface ClientStep {
  question: QuestionId;
  answer: string;
}

export interface ClientQuestionNode {
  kind: 'question';
  question: QuestionId;
  steps: ClientStep[];
  options: ClientOption[];
}

/** A seed part as the reader sees it (ui/sources/SeedCitation.tsx). */
export type ClientSource = SeedPartView;

export interface ClientVerdictNode {
  kind: 'verdict';
  status: Status;
  steps: ClientStep[];
  outcomes: OutcomeId[];
  /** Keys into `TreeWalkerProps.sources`. */
  sources: string[];
  readings: string[];
  /** Keys into `TreeWalkerProps.changes`: what changed since the source for this verdict. */
  changes: ChangeId[];
  /** The role every situation of this verdict shares, for role-specific next steps. */
  role?: Role;
  /** The cloud every situation of this verdict shares (a role's step may differ by cloud). */
  cloud?: Cloud;
  /** Replaces the status explanation where the verdict has its own reason (21Vianet Azure). */
  title?: string;
  explanation?: string;
}

export type ClientNode = ClientQuestionNode | ClientVerdictNode;

export interface ClientOutcome {
  title: string;
  explanation: string;
  nextStep: string;
  /** Next steps for roles that act differently, per cloud (see core/next-steps.ts). */
  roleSteps?: Partial<Record<Cloud, Partial<Record<Role, string>>>>;
}

export interface TreeStrings {
  scenarioTitle: string;
  siteName: string;
  /** "{{page}} – {{site}}": a step's document title, as the static page has it. */
  pageTitle: Template;
  /** "Question {{n}}" */
  questionNumber: Template;
  continue: string;
  change: string;
  /** "Change your answer to “{{question}}”": the Change link's whole accessible name. */
  changeLabel: Template;
  startAgain: string;
  yourAnswers: string;
  chooseAnswer: string;
  chooseAnswerFallback: string;
  orChooseDirectly: string;
  errorPrefix: string;
  /** "{{prefix}} {{text}}": a prefix that ends in its own punctuation, then the text. */
  prefixed: Template;
  /** "{{label}}: {{text}}" in the reader's punctuation. */
  labelled: Template;
  result: string;
  whatToDo: string;
  nextStep: string;
  noOutcome: string;
  changesHeading: string;
  changesIntro: string;
  sources: string;
  /** Citation punctuation and "Original text (German)" for `SeedCitation`. */
  seedCitation: SeedCitationStrings;
  translatedText: string;
  ourReading: string;
  /** Announced after a client-side step: "{{title}}" with the step's kind. */
  announceQuestion: Template;
  announceVerdict: Template;
}

export interface TreeWalkerProps {
  lang: Language;
  initial: NodeId;
  nodes: Record<NodeId, ClientNode>;
  /** Path of every node in every language (language switcher, history). */
  paths: Record<NodeId, Record<Language, string>>;
  questions: Record<QuestionId, { title: string; hint: string }>;
  statuses: Record<Status, { title: string; explanation: string }>;
  outcomes: Partial<Record<OutcomeId, ClientOutcome>>;
  sources: Record<string, ClientSource>;
  /** Each note's content as HTML, rendered at build time (lib/change-note-html.tsx). */
  changes: Partial<Record<ChangeId, string>>;
  strings: TreeStrings;
  helper?: HelperProps;
}

export interface HelperStrings {
  title: string;
  intro: string;
  privacy: string;
  needsJs: string;
  /** The paste-a-link checker shared with the extension (ui/invitation/LinkPaste.tsx). */
  paste: LinkPasteStrings;
  /** The shared link explanation and e-mail composer (ui/invitation). */
  invitation: InvitationStrings;
}

export interface HelperProps {
  lang: Language;
  /** The site's public address (`SITE_URL`), for the customer e-mail's link to the accept page. */
  guideBase: string;
  headingLevel: 2 | 3;
  strings: HelperStrings;
}
