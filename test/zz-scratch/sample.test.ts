import { writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { renderCards } from '../../src/render/cards/index.js';
import { cardContext } from '../cards/helpers.js';

it('samples', async () => {
  for (const design of ['bold', 'editorial']) {
    const { ctx, warnings } = cardContext(
      [
        { text: 'العلم نور والجهل ظلام، والنماذج الكبيرة تتعلم من البيانات أكثر مما نتوقع.', speaker: 'ليلى حسن' },
        { text: 'Ship it 🔥🚀 today, and say thanks ❤️ 👍🏽 to the team.', speaker: 'Zoe\u0308 Re\u0301my' },
        { text: 'המודל לומד מהר יותר ממה שחשבנו, וזה משנה הכול.', speaker: 'דניאל כהן' },
        { text: 'Привет, это Дмитрий; and a private \uE000 char.', speaker: 'Дмитрий Иванов' },
      ],
      { cards: { design, count: 4, presets: ['square'] } },
    );
    const { files } = await renderCards(ctx);
    for (const f of files) writeFileSync(`/tmp/proto/${design}-${f.path.split('/').pop()}`, f.contents as Uint8Array);
    console.log(JSON.stringify(warnings, null, 1));
  }
}, 60000);
