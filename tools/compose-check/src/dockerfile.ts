/**
 * Just enough of a Dockerfile parser to check images without a Docker engine: instructions (continuations
 * joined, comments dropped), global ARG defaults substituted into FROM, stages, and what a build target
 * inherits from the stages it is built FROM (USER, CMD, HEALTHCHECK, ENV, EXPOSE, WORKDIR are image config
 * and carry over; COPY does not, but the files do).
 */
export interface Instruction {
  keyword: string;
  args: string;
  line: number;
}

export interface Stage {
  name: string | undefined;
  /** What follows FROM, ARGs substituted: an image reference or an earlier stage's name. */
  from: string;
  instructions: Instruction[];
}

export interface Dockerfile {
  stages: Stage[];
  globalArgs: Record<string, string>;
}

export function parseDockerfile(text: string): Dockerfile {
  const instructions: Instruction[] = [];
  let pending: { text: string; line: number } | undefined;
  text.split(/\r?\n/).forEach((raw, index) => {
    const trimmed = raw.trim();
    if (trimmed.startsWith('#') || (trimmed === '' && !pending)) return;
    const continued = /\\$/.test(trimmed);
    const piece = continued ? trimmed.slice(0, -1) : trimmed;
    pending = pending
      ? { text: `${pending.text} ${piece}`, line: pending.line }
      : { text: piece, line: index + 1 };
    if (continued) return;
    const match = /^(\S+)\s*(.*)$/.exec(pending.text.trim());
    if (match)
      instructions.push({ keyword: match[1].toUpperCase(), args: match[2].trim(), line: pending.line });
    pending = undefined;
  });

  const globalArgs: Record<string, string> = {};
  const stages: Stage[] = [];
  for (const instruction of instructions) {
    if (instruction.keyword === 'FROM') {
      const words = instruction.args.split(/\s+/).filter((word) => !word.startsWith('--'));
      const from = words[0].replace(/\$\{?(\w+)\}?/g, (_, name: string) => globalArgs[name] ?? '');
      const name = words[1]?.toUpperCase() === 'AS' ? words[2] : undefined;
      stages.push({ name, from, instructions: [] });
    } else if (stages.length === 0) {
      if (instruction.keyword === 'ARG') {
        const [name, value = ''] = instruction.args.split('=');
        globalArgs[name.trim()] = value.trim();
      }
    } else {
      stages[stages.length - 1].instructions.push(instruction);
    }
  }
  return { stages, globalArgs };
}

/** The stages a target is built from, base first, ending with the target itself. */
export function stageChain(dockerfile: Dockerfile, target: string): Stage[] {
  const stage = dockerfile.stages.find((candidate) => candidate.name === target);
  if (!stage) throw new Error(`no stage named ${target}`);
  const parent = dockerfile.stages.find((candidate) => candidate.name && candidate.name === stage.from);
  return parent && parent !== stage ? [...stageChain(dockerfile, parent.name!), stage] : [stage];
}

/** Every instruction that shapes the target image, oldest first. */
export function effectiveInstructions(dockerfile: Dockerfile, target: string): Instruction[] {
  return stageChain(dockerfile, target).flatMap((stage) => stage.instructions);
}

/** The last instruction with this keyword that the image inherits or sets itself. */
export function lastOf(dockerfile: Dockerfile, target: string, keyword: string): Instruction | undefined {
  return effectiveInstructions(dockerfile, target)
    .filter((instruction) => instruction.keyword === keyword)
    .at(-1);
}

/** ENV as the image will have it (`ENV A=1 B=2` and the legacy `ENV A 1` forms). */
export function imageEnv(dockerfile: Dockerfile, target: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const instruction of effectiveInstructions(dockerfile, target)) {
    if (instruction.keyword !== 'ENV') continue;
    if (!instruction.args.includes('=')) {
      const [name, ...rest] = instruction.args.split(/\s+/);
      env[name] = rest.join(' ');
      continue;
    }
    for (const [, name, value] of instruction.args.matchAll(/(\w+)=("[^"]*"|'[^']*'|\S*)/g)) {
      env[name] = value.replace(/^(["'])(.*)\1$/, '$2');
    }
  }
  return env;
}

/** `["node", "x.js"]` as an array; a shell-form command as one string in an array of one. */
export function execForm(args: string): string[] {
  return args.startsWith('[') ? (JSON.parse(args) as string[]) : [args];
}

/** COPY flags, sources and destination. */
export function parseCopy(instruction: Instruction): {
  from?: string;
  sources: string[];
  destination: string;
} {
  const words = instruction.args.split(/\s+/);
  const from = words.find((word) => word.startsWith('--from='))?.slice('--from='.length);
  const paths = words.filter((word) => !word.startsWith('--'));
  return { from, sources: paths.slice(0, -1), destination: paths[paths.length - 1] };
}
