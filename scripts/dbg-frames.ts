import { readFileSync } from 'node:fs';
import { checkText } from '../src/engine/check';
import { openDataset } from '../src/engine/dataset/open';
import { readFrames } from '../src/engine/frames/frame';
const { catalog } = openDataset([]);
for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, 'utf8');
  const r = checkText(text, { format: file.endsWith('.md') ? 'markdown' : 'plaintext', catalog });
  const frames = readFrames(text, r.analysis);
  console.log('==', file);
  r.analysis.figures.forEach((f, k) => {
    const m = r.matches[k]; const t = r.tentative[k]; const fr = frames[k]!;
    const d = r.diagnostics.filter((x) => x.start <= f.start && f.end <= x.end && (x.severity === 'warning' || x.severity === 'error')).map((x) => x.code);
    console.log(`${f.start} ${JSON.stringify(f.text)} ${m ? m.quantity + ' ' + r.verdicts[k] : t ? '~' + t.match.quantity + ' (' + t.match.confidence.doubt + ')' : '-'} holder=${fr.holder ? fr.holder.place + '/' + fr.holder.where : ''} role=${fr.role}${d.length ? ' WARN ' + d.join(',') : ''}`);
  });
}
