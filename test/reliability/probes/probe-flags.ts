/** A probe's numeric command-line option (`--postings 1200`), or `fallback` when it is not given. */
export const numberFlag = (name: string, fallback: number): number => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
};
