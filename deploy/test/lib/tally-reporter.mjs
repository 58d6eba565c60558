// A node:test reporter that writes the run's counts in the shape tools/scripts/test.mjs reads from Jest's JSON
// output, so the deploy checks count in `npm test`'s closing tally.
export default async function* tallyReporter(source) {
  const counts = { numPassedTests: 0, numFailedTests: 0, numPendingTests: 0 };
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    if (event.data.details?.type === 'suite') continue;
    if (event.data.skip || event.data.todo) counts.numPendingTests += 1;
    else if (event.type === 'test:pass') counts.numPassedTests += 1;
    else counts.numFailedTests += 1;
  }
  yield `${JSON.stringify(counts)}\n`;
}
