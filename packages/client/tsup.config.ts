import { defineConfig } from 'tsup';
import { unbundledPreset } from '../../tsup.preset.ts';

export default defineConfig(
  unbundledPreset({
    index: 'src/index.ts',
    msw: 'src/msw/index.ts',
    queue: 'src/queue/index.ts',
    testing: 'src/kit/index.ts',
  }),
);
