import { defineConfig } from 'tsup';
import { unbundledPreset } from '../../tsup.preset.ts';

export default defineConfig(
  unbundledPreset({
    index: 'src/index.ts',
    board: 'src/job-board/job-board.ts',
    editor: 'src/job-offer-editor/job-offer-editor.ts',
    script: 'src/script.ts',
    messages: 'src/messages.ts',
  }),
);
