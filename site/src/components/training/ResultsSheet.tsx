import { useState } from 'preact/hooks';
import { formatDate, localIsoDate } from '../../../../locales/format.ts';
import { formatList } from '../../../../locales/text.ts';
import type { QuizConfig } from '../../../../core/training-runtime.ts';
import type { QuizProps } from './types.ts';

/**
 * What a printed quiz result carries besides the score: the participant's name (typed here,
 * or a line to write on), the date, the seed and the topics, so a trainer can tell the sheets
 * apart and draw the same quiz again.
 */
export default function ResultsSheet({
  lang,
  topics,
  strings,
  config,
}: Pick<QuizProps, 'lang' | 'topics' | 'strings'> & { config: QuizConfig }) {
  const [name, setName] = useState('');
  const today = formatDate(localIsoDate(new Date()), lang);
  return (
    <dl class="quiz-facts">
      <div>
        <dt>
          <label for="quiz-name">{strings.participant}</label>
        </dt>
        <dd>
          <input
            id="quiz-name"
            type="text"
            autocomplete="name"
            value={name}
            onInput={(event) => setName(event.currentTarget.value)}
          />
        </dd>
      </div>
      <div>
        <dt>{strings.date}</dt>
        <dd data-quiz-date>{today}</dd>
      </div>
      <div>
        <dt>{strings.seed}</dt>
        <dd data-quiz-seed>{config.seed}</dd>
      </div>
      <div>
        <dt>{strings.topics}</dt>
        <dd data-quiz-topics>
          {formatList(
            lang,
            config.topics.map((id) => topics[id]),
          )}
        </dd>
      </div>
    </dl>
  );
}
