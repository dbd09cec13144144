/** One thing wrong in the content, located precisely enough for an editor to fix it. */
export interface Problem {
  /** File path relative to the project root. */
  file: string;
  /** The field, written like `people[macron].sources[1]` or `body line 12`. */
  field: string;
  /** The offending value, when there is one. */
  value?: unknown;
  message: string;
}

/** Formats one problem as a single line: file, field, value, then what is wrong. */
export function formatProblem(problem: Problem): string {
  const value = problem.value === undefined ? '' : ` = ${JSON.stringify(problem.value)}`;
  return `${problem.file} › ${problem.field}${value}: ${problem.message}`;
}

/** Formats a list of problems as the text of a build error. */
export function formatProblems(problems: readonly Problem[]): string {
  const noun = problems.length === 1 ? 'problem' : 'problems';
  return [`Content check failed: ${problems.length} ${noun} to fix.`, ...problems.map((p) => `  - ${formatProblem(p)}`)].join('\n');
}
