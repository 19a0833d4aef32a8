import type { Command, Option } from 'commander';

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

/**
 * The completion script for a shell. Each asks `kztj __complete -- <words>` (the words typed
 * after kztj, the one being completed last) and offers the lines it prints: the candidates come
 * from the same commander program as --help, so the scripts never go stale.
 */
export function completionScript(shell: Shell): string {
  switch (shell) {
    case 'bash':
      return `# kztj completion for bash: source <(kztj completion bash), or save to
# ~/.local/share/bash-completion/completions/kztj
_kztj_complete() {
  local IFS=$'\\n'
  COMPREPLY=($(kztj __complete -- "\${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null))
}
complete -o default -F _kztj_complete kztj
`;
    case 'zsh':
      return `#compdef kztj
# kztj completion for zsh: save as _kztj in a directory on $fpath, or: source <(kztj completion zsh)
_kztj() {
  local -a candidates
  candidates=("\${(@f)$(kztj __complete -- "\${(@)words[2,CURRENT]}" 2>/dev/null)}")
  compadd -a candidates
}
if [[ $zsh_eval_context[-1] == loadautofunc ]]; then _kztj "$@"; else compdef _kztj kztj; fi
`;
    case 'fish':
      return `# kztj completion for fish: kztj completion fish > ~/.config/fish/completions/kztj.fish
complete -c kztj -f -a '(kztj __complete -- (commandline -opc)[2..-1] (commandline -ct) 2>/dev/null)'
`;
  }
}

/** Values an option or argument can take, beyond commander's own `choices`. */
export type DynamicValues = (name: string, command: string | undefined, words: readonly string[]) => readonly string[] | undefined;

const visible = (program: Command) => program.commands.filter((c) => !(c as unknown as { _hidden?: boolean })._hidden);

function optionNamed(command: Command, word: string): Option | undefined {
  return command.options.find((o) => o.long === word || o.short === word);
}

/**
 * The candidates for the last of `words` (the words after `kztj`; the last may be empty):
 * command names, a command's options, an option's values, or a command's arguments.
 */
export function completeWords(program: Command, words: readonly string[], values: DynamicValues): string[] {
  const current = words.at(-1) ?? '';
  const before = words.slice(0, -1);
  const name = before.find((w) => !w.startsWith('-'));
  const command = name === undefined ? undefined : program.commands.find((c) => c.name() === name);
  const scope = command ?? program;
  const starting = (candidates: readonly string[]) => candidates.filter((c) => c.startsWith(current));

  const previous = before.at(-1);
  const option = previous?.startsWith('-') ? optionNamed(scope, previous) : undefined;
  if (option && (option.required || option.optional)) {
    const key = option.attributeName();
    return starting(option.argChoices ?? values(key, command?.name(), words) ?? []);
  }
  if (current.startsWith('-')) {
    const options = scope.options.flatMap((o) => (o.long ? [o.long] : []));
    return starting([...options, '--help']);
  }
  if (!command || (command.name() === 'help' && before.length === 1)) return starting(visible(program).map((c) => c.name()));
  // Which positional argument this is: the words after the command that are not options or their values.
  let position = 0;
  for (let i = before.indexOf(name!) + 1; i < before.length; i++) {
    const word = before[i]!;
    if (word.startsWith('-')) {
      const o = optionNamed(command, word);
      if (o && (o.required || o.optional)) i++;
    } else position++;
  }
  const argument = command.registeredArguments[Math.min(position, command.registeredArguments.length - 1)];
  if (!argument || (position >= command.registeredArguments.length && !argument.variadic)) return [];
  return starting(argument.argChoices ?? values(argument.name(), command.name(), words) ?? []);
}
