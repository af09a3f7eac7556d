// Turning a Vega-Lite spec into a Vega spec (failing on any vega-lite warning) and then into SVG with
// vega's headless View and into PNG with resvg: what the report writes beside each spec.
import { Resvg } from '@resvg/resvg-js';
import { parse, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { CHART_FONT } from '../charts/reportChart.ts';

/**
 * A chart that vega-lite or vega refused or warned about, with the chart's name and every message.
 * @example
 * new ChartError('wip', ['Invalid field type']).message; // => 'chart wip: Invalid field type'
 */
export class ChartError extends Error {
  /** The chart's name. */
  readonly chart: string;
  /** What vega-lite or vega said. */
  readonly messages: readonly string[];

  constructor(chart: string, messages: readonly string[]) {
    super(`chart ${chart}: ${messages.join('; ')}`);
    this.name = 'ChartError';
    this.chart = chart;
    this.messages = messages;
  }
}

// A logger for vega-lite and vega that keeps warnings and errors instead of printing them.
function collectingLogger(messages: string[]) {
  let current = 2;
  const keep = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
    return logger;
  };
  const logger = {
    level(value?: number) {
      if (value === undefined) return current;
      current = value;
      return logger;
    },
    error: keep,
    warn: keep,
    info: () => logger,
    debug: () => logger,
  };
  return logger;
}

/**
 * The Vega spec of a Vega-Lite spec.
 * @throws ChartError when vega-lite logs a warning or an error
 * @example
 * compileChart('wip', spec).marks?.length; // => 2
 */
export function compileChart(name: string, spec: TopLevelSpec) {
  const messages: string[] = [];
  // biome-ignore lint/suspicious/noExplicitAny: vega-lite's logger type is vega-util's, which it does not export
  const compiled = compile(spec, { logger: collectingLogger(messages) as any });
  if (messages.length > 0) throw new ChartError(name, messages);
  return compiled.spec;
}

/**
 * The chart as SVG text, rendered by vega in Node without a canvas.
 * @throws ChartError when compiling warns or vega reports an error
 * @example
 * (await renderSvg('wip', spec)).startsWith('<svg'); // => true
 */
export async function renderSvg(name: string, spec: TopLevelSpec): Promise<string> {
  const messages: string[] = [];
  const view = new View(parse(compileChart(name, spec)), {
    renderer: 'none',
    // biome-ignore lint/suspicious/noExplicitAny: as above, vega's logger type is not exported
    logger: collectingLogger(messages) as any,
  });
  try {
    const svg = await view.toSVG();
    if (messages.length > 0) throw new ChartError(name, messages);
    return svg;
  } finally {
    view.finalize();
  }
}

/**
 * SVG text as a PNG at twice its size, with text in the charts' font (resvg does not resolve the
 * generic `sans-serif`, so the default family is set to a font that is installed).
 * @example
 * renderPng(svg).subarray(1, 4).toString(); // => 'PNG'
 */
export function renderPng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: 2 },
    background: 'white',
    font: { loadSystemFonts: true, defaultFontFamily: CHART_FONT, sansSerifFamily: CHART_FONT },
  });
  return resvg.render().asPng();
}
