import { LocalizedError } from '../errors/localized-error.js';
import { defineMessages } from '../i18n/catalog.js';

/**
 * Messages of {@link RandomChoiceError}.
 *
 * @example
 * ```ts
 * randomChoiceMessages.format('empty_choice', 'en'); // 'Cannot choose from an empty list'
 * ```
 */
export const randomChoiceMessages = defineMessages('synthetic.random', {
  empty_choice: {
    en: 'Cannot choose from an empty list',
    ne: 'खाली सूचीबाट छान्न सकिँदैन',
  },
});

/**
 * Thrown by {@link Random.pick} and {@link Random.weighted} when given nothing to choose from.
 *
 * @example
 * ```ts
 * try {
 *   createRandom(1).pick([]);
 * } catch (error) {
 *   if (error instanceof RandomChoiceError) error.code; // 'empty_choice'
 * }
 * ```
 */
export class RandomChoiceError extends LocalizedError<'empty_choice'> {
  override readonly name = 'RandomChoiceError';

  constructor() {
    super('empty_choice', randomChoiceMessages.localized('empty_choice'));
  }
}
