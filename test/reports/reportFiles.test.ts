// The files of a report folder: what they are, that the page is offline and safe, and that the same
// input gives the same bytes.
import { describe, expect, it } from 'vitest';
import { reportFiles } from '../../reports/index.ts';
import { inlineScript } from '../../reports/page/reportHtml.ts';
import { valueLeakageComparison } from './reportFixtures.ts';

describe('reportFiles', () => {
  it('writes the page, each chart three ways, the document and replications.csv, the same bytes twice', {
    timeout: 60_000,
  }, async () => {
    const input = valueLeakageComparison();
    const extras = { document: input.compare, replications: [] };
    const first = await reportFiles(input, extras);
    const second = await reportFiles(input, extras);
    expect(second.map((file) => file.path)).toEqual(first.map((file) => file.path));
    first.forEach((file, index) => {
      expect(Buffer.from(second[index]!.content).equals(Buffer.from(file.content)), file.path).toBe(true);
    });
    const paths = first.map((file) => file.path);
    expect(paths[0]).toBe('index.html');
    expect(paths).toContain('summary.json');
    expect(paths).toContain('replications.csv');
    expect(paths).not.toContain('items.csv');
    const names = paths.filter((name) => name.endsWith('.vl.json')).map((name) => name.slice(7, -8));
    for (const name of names) {
      expect(paths).toContain(`charts/${name}.svg`);
      expect(paths).toContain(`charts/${name}.png`);
    }
    const png = first.find((file) => file.path.endsWith('.png'))!.content as Uint8Array;
    expect(Buffer.from(png.subarray(1, 4)).toString()).toBe('PNG');
  });

  it('makes a page that loads nothing from the network and tells the comparison in its headline', {
    timeout: 60_000,
  }, async () => {
    const files = await reportFiles(valueLeakageComparison(), { document: {}, replications: [] });
    const html = String(files[0]!.content);
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=/i);
    expect(html).toContain('Do smaller batches or twice the developers realise more');
    expect(html).toMatch(/smaller batches against value leakage: mean lead time/);
    expect(html).toMatch(/return [+-]/);
    expect(html).toContain('<table>');
  });
});

describe('inlineScript', () => {
  it('keeps an inlined script from closing its element early', () => {
    expect(inlineScript('x = "</script><b>"; y = "</SCRIPT"')).toBe('x = "<\\/script><b>"; y = "<\\/SCRIPT"');
  });
});
