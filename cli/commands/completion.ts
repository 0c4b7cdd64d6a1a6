/**
 * `capstan completion bash|zsh`: prints a shell script that completes capstan's commands, their
 * flags, resource kinds (the kind table of api/kinds.ts) and object names. Commands, flags and
 * kinds are written into the script, so completing them starts no process; names come from the
 * cluster, by running `capstan get KIND -o name` (quietly, giving up after 5 s) with the
 * command line's -n, --server, --token and --data-dir.
 *
 * zsh runs the same function through its bash compatibility (bashcompinit), with 0-based arrays
 * and words split as in sh.
 */
import { KIND_LIST } from '../../api/kinds.ts';
import { resolveCommand, UsageError, type Command, type CommandEntry, type CompletionSlot } from '../command.ts';

/** The flags whose values name something of the cluster or a file. */
const NAMESPACE_FLAGS = ['-n', '--namespace'];
const PASSED_FLAGS = [...NAMESPACE_FLAGS, '--server', '--token', '--data-dir'];
const FILE_FLAGS = ['-f', '--filename', '--data-dir', '--admin-token-file'];

export const completionCommand: Command = {
  name: 'completion',
  summary: 'Print a bash or zsh script that completes capstan commands, flags, kinds and names',
  description:
    'Prints a completion script for bash or zsh. Load it in the current shell with\n' +
    '  source <(capstan completion bash)      (bash)\n' +
    '  source <(capstan completion zsh)       (zsh)\n' +
    'or for every new shell: capstan completion bash > /etc/bash_completion.d/capstan, or the line above in ~/.bashrc / ~/.zshrc.',
  completion: { args: [['bash', 'zsh']] },
  // No flag table: the dispatcher would refuse the positional shell name.
  async run({ argv }, ctx) {
    if (argv[0] === '--help' || argv[0] === '-h') {
      ctx.stdout(`Usage: capstan completion bash|zsh\n\n${completionCommand.description}\n`);
      return 0;
    }
    const shell = argv[0];
    if (shell !== 'bash' && shell !== 'zsh') throw new UsageError('name the shell: capstan completion bash|zsh');
    if (argv.length > 1) throw new UsageError(`unexpected arguments: ${argv.slice(1).join(' ')}`);
    // The whole table, lazy commands loaded (this is no hot path): every command's flags.
    const { COMMANDS } = await import('../command-table.ts');
    ctx.stdout(completionScript(shell, await Promise.all(COMMANDS.map((c: CommandEntry) => resolveCommand(c)))));
    return 0;
  },
};

/** The names a kind is typed by: plural, singular and short names. */
export function kindWords(): string[] {
  return [...new Set(KIND_LIST.flatMap((k) => [k.plural, k.singular, ...k.shortNames]))].sort();
}

interface CompletionFlags {
  all: string[];
  valued: string[];
}

function flagsOf(command: Command): CompletionFlags {
  const specs =
    command.completion?.flags ?? (command.flags ?? []).map((f) => ({ name: f.name, short: f.short, takesValue: f.type === 'string' }));
  const all = ['--help'];
  const valued: string[] = [];
  for (const f of specs) {
    const names = [`--${f.name}`, ...(f.short ? [`-${f.short}`] : [])];
    if (f.name !== 'help') all.push(...names);
    if (f.takesValue) valued.push(...names);
  }
  return { all: [...new Set(all)], valued };
}

/** A slot as the script reads it: kind, names, pod, or w:word,word. */
function slotWord(slot: CompletionSlot): string {
  return typeof slot === 'string' ? slot : `w:${slot.join(',')}`;
}

const quote = (s: string) => `'${s.replaceAll("'", "'\\''")}'`;

/** The completion script for `shell`, for these commands. */
export function completionScript(shell: 'bash' | 'zsh', commands: readonly Command[]): string {
  const cases = commands
    .map((c) => {
      const { all, valued } = flagsOf(c);
      const slots = (c.completion?.args ?? []).map(slotWord).join(' ');
      return `    ${c.name}) flags=${quote(all.join(' '))}; valued=${quote(valued.join(' '))}; slots=${quote(slots)} ;;`;
    })
    .join('\n');
  const head =
    shell === 'zsh'
      ? `#compdef capstan\n# zsh completion for capstan: source <(capstan completion zsh)\nautoload -U +X compinit && compinit\nautoload -U +X bashcompinit && bashcompinit\n`
      : `# bash completion for capstan: source <(capstan completion bash)\n`;
  return `${head}
_capstan_commands=${quote(commands.map((c) => c.name).join(' '))}
_capstan_kinds=${quote(kindWords().join(' '))}

# Names of objects of kind $1, from the cluster; the rest are flags for capstan get.
_capstan_names() {
  local kind="$1"; shift
  capstan get "$kind" -o name --request-timeout 5s "$@" 2>/dev/null | sed 's|^[^/]*/||'
}

_capstan() {
  if [ -n "\${ZSH_VERSION-}" ]; then setopt localoptions ksharrays shwordsplit; fi
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}"
  COMPREPLY=()
  if [ "$COMP_CWORD" -le 1 ]; then
    COMPREPLY=( $(compgen -W "$_capstan_commands" -- "$cur") )
    return 0
  fi
  local cmd="\${COMP_WORDS[1]}" flags='--help' valued='' slots=''
  case "$cmd" in
${cases}
  esac

  # The value of a flag.
  case " $valued " in
    *" $prev "*)
      case "$prev" in
        ${NAMESPACE_FLAGS.join('|')}) COMPREPLY=( $(compgen -W "$(_capstan_names namespaces)" -- "$cur") ) ;;
        -o|--output) COMPREPLY=( $(compgen -W 'wide yaml json name' -- "$cur") ) ;;
        ${FILE_FLAGS.join('|')}) COMPREPLY=( $(compgen -f -- "$cur") ) ;;
      esac
      return 0 ;;
  esac
  if [[ "$cur" == -* ]]; then
    COMPREPLY=( $(compgen -W "$flags" -- "$cur") )
    return 0
  fi

  # The arguments so far (flags and their values skipped); -n, --server, --token, --data-dir
  # are passed on to the name look-ups.
  local i w skip='' pass='' kind=''
  local -a pos=() passed=()
  for ((i = 2; i < COMP_CWORD; i++)); do
    w="\${COMP_WORDS[i]}"
    if [ -n "$skip" ]; then
      case " ${PASSED_FLAGS.join(' ')} " in *" $skip "*) passed+=("$skip" "$w") ;; esac
      skip=''
      continue
    fi
    case "$w" in
      --*=*) case " ${PASSED_FLAGS.join(' ')} " in *" \${w%%=*} "*) passed+=("$w") ;; esac ;;
      -A|--all-namespaces) passed+=("$w") ;;
      -*) case " $valued " in *" $w "*) skip="$w" ;; esac ;;
      *) pos+=("$w") ;;
    esac
  done
  local -a slotlist=( $slots )
  local n=\${#pos[@]} slot=''
  if [ "$n" -lt "\${#slotlist[@]}" ]; then
    slot="\${slotlist[n]}"
  elif [ "\${#slotlist[@]}" -gt 0 ] && [ "\${slotlist[\${#slotlist[@]}-1]}" = names ]; then
    slot=names
  fi
  for ((i = 0; i < \${#slotlist[@]} && i < n; i++)); do
    if [ "\${slotlist[i]}" = kind ]; then kind="\${pos[i]%%,*}"; fi
  done
  case "$slot" in
    kind)
      if [[ "$cur" == */* ]]; then
        COMPREPLY=( $(compgen -P "\${cur%%/*}/" -W "$(_capstan_names "\${cur%%/*}" "\${passed[@]}")" -- "\${cur#*/}") )
      else
        COMPREPLY=( $(compgen -W "$_capstan_kinds" -- "$cur") )
      fi ;;
    names)
      if [ -n "$kind" ] && [[ "$kind" != */* ]]; then
        COMPREPLY=( $(compgen -W "$(_capstan_names "$kind" "\${passed[@]}")" -- "$cur") )
      fi ;;
    pod) COMPREPLY=( $(compgen -W "$(_capstan_names pods "\${passed[@]}")" -- "$cur") ) ;;
    w:*) w="\${slot#w:}"; COMPREPLY=( $(compgen -W "\${w//,/ }" -- "$cur") ) ;;
  esac
  return 0
}

complete -F _capstan capstan
`;
}
