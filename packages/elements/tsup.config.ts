import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';
import { unbundledPreset } from '../../tsup.preset.ts';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

export default defineConfig(
  unbundledPreset(
    {
      index: 'src/index.ts',
      base: 'src/base/index.ts',
      provider: 'src/provider/provider.ts',
      'impact-stats': 'src/impact-stats/impact-stats.ts',
      'quick-exit': 'src/quick-exit/quick-exit.ts',
      'story-gallery': 'src/story-gallery/story-gallery.ts',
      'needs-assessment': 'src/needs-assessment/needs-assessment.ts',
      'livelihood-plan': 'src/livelihood-plan/livelihood-plan.ts',
      'consent-manager': 'src/consent-manager/consent-manager.ts',
      'intake-form': 'src/intake-form/intake-form.ts',
      messages: 'src/messages.ts',
      react: 'src/react.ts',
    },
    {
      // The version `define` names when two copies of the package register the same tag (see base/define.ts).
      define: { __NB_ELEMENTS_VERSION__: JSON.stringify(version) },
      entry: [
        'src/**/*.ts',
        '!src/**/*.test.ts',
        '!src/**/*.test-*.ts',
        '!src/**/*.fixture.ts',
        '!src/**/*.tsx',
      ],
    },
  ),
);
