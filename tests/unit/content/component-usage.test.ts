import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mdxComponents } from '../../../src/components/mdx/index.ts';
import { componentUsageProblems, REQUIRED_ATTRIBUTES } from '../../../src/lib/content/component-usage.ts';
import { formatProblem } from '../../../src/lib/content/problem.ts';

const check = (body: string) => componentUsageProblems([{ file: 'a.mdx', body, bodyLine: 10 }]).map(formatProblem);

/** The props an `interface Props { … }` of a component declares without `?`. */
function requiredProps(component: string): string[] | undefined {
  const source = readFileSync(new URL(`../../../src/components/mdx/${component}.astro`, import.meta.url), 'utf8');
  const props = /interface Props \{([\s\S]*?)\n\}/.exec(source)?.[1];
  return props === undefined ? undefined : [...props.matchAll(/^ {2}(\w+):/gm)].map((match) => match[1] ?? '');
}

describe('REQUIRED_ATTRIBUTES', () => {
  it('lists exactly the components an article can use', () => {
    expect(Object.keys(REQUIRED_ATTRIBUTES).sort()).toEqual(Object.keys(mdxComponents).sort());
  });

  it('requires what each component’s Props interface requires', () => {
    for (const [component, groups] of Object.entries(REQUIRED_ATTRIBUTES)) {
      const required = requiredProps(component);
      if (required !== undefined)
        expect(
          groups.map((names) => names.join('|')),
          component,
        ).toEqual(required);
    }
  });
});

describe('componentUsageProblems', () => {
  it('accepts the site’s components with their required attributes, as strings or expressions', () => {
    expect(
      check(
        '<Cite id="a" /> <Cite ids={["a", "b"]} />\n<PullQuote speaker="x" source={"y"}>Q</PullQuote>\n<Figure src={map} alt="A map" credit="IGN" />',
      ),
    ).toEqual([]);
  });

  it('reports a component the site does not define, with its line', () => {
    expect(check('Text.\n<Footnote id="a" />')).toEqual([
      `a.mdx › body line 11: <Footnote>: no such component: the site's are ${Object.keys(REQUIRED_ATTRIBUTES).join(', ')}`,
    ]);
  });

  it('reports each required attribute that is missing, and names the alternatives', () => {
    expect(check('<PullQuote speaker="x">Q</PullQuote> <Cite title="id" />')).toEqual([
      'a.mdx › body line 10: <PullQuote source>: required attribute is missing',
      'a.mdx › body line 10: <Cite id|ids>: required attribute is missing: write id or ids',
    ]);
  });

  it('names the attribute a comparison or a captioned table cannot do without', () => {
    expect(check('<CountComparison />\n<TableFigure>\n\n| a |\n|---|\n\n</TableFigure>\n<NumberedBlocks>')).toEqual([
      'a.mdx › body line 10: <CountComparison measures>: required attribute is missing',
      'a.mdx › body line 11: <TableFigure caption>: required attribute is missing',
    ]);
  });
});
