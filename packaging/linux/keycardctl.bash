# bash completion for keycardctl                                    -*- shell-script -*-
# Installed to share/bash-completion/completions/keycardctl.

_keycardctl()
{
    local cur prev
    cur="${COMP_WORDS[COMP_CWORD]}"
    prev="${COMP_WORDS[COMP_CWORD-1]}"

    local global="--profile --base-url --organization --output -o --quiet -q --verbose --help -h --version"
    case "$prev" in
        --output|-o)
            COMPREPLY=($(compgen -W "table json csv" -- "$cur")); return ;;
        --profile)
            # Saved profiles: read from the local settings, no network.
            local names
            names="$(keycardctl --quiet profiles list --output csv 2>/dev/null | tail -n +2 | cut -d, -f1)"
            COMPREPLY=($(compgen -W "$names" -- "$cur")); return ;;
        --secret-to)
            COMPREPLY=($(compgen -W "stdout" -- "$cur") $(compgen -f -- "$cur")); return ;;
        --if-unused-for)
            COMPREPLY=($(compgen -W "24h 7d 30d" -- "$cur")); return ;;
        --base-url|--organization|--description|--name|--filter|--client-id)
            return ;;
    esac

    # The command group and command typed so far, skipping options and their values.
    local group="" command="" i word
    for ((i = 1; i < COMP_CWORD; i++)); do
        word="${COMP_WORDS[i]}"
        case "$word" in
            --profile|--base-url|--organization|--output|-o|--secret-to|--if-unused-for|--description|--name|--filter|--client-id)
                ((i++)); continue ;;
            -*) continue ;;
        esac
        if [[ -z "$group" ]]; then group="$word"
        elif [[ -z "$command" ]]; then command="$word"
        fi
    done

    local options=""
    case "$group $command" in
        "accounts list") options="--filter" ;;
        "accounts create") options="--description" ;;
        "accounts update"|"credentials update") options="--name --description" ;;
        "accounts delete") options="--with-credentials --yes -y" ;;
        "credentials create") options="--description --store --secret-to" ;;
        "credentials rotate") options="--store --secret-to --retire-old --if-unused-for --yes -y" ;;
        "credentials delete") options="--yes -y" ;;
        "credentials test") options="--secret-stdin" ;;
        "profiles add") options="--client-id --api-key --secret-stdin" ;;
    esac
    if [[ "$cur" == -* ]]; then
        COMPREPLY=($(compgen -W "$global $options" -- "$cur")); return
    fi

    case "$group" in
        "") COMPREPLY=($(compgen -W "organizations accounts credentials report profiles help" -- "$cur")) ;;
        organizations) [[ -z "$command" ]] && COMPREPLY=($(compgen -W "list" -- "$cur")) ;;
        accounts) [[ -z "$command" ]] && COMPREPLY=($(compgen -W "list create update delete" -- "$cur")) ;;
        credentials) [[ -z "$command" ]] && COMPREPLY=($(compgen -W "list create rotate update delete test" -- "$cur")) ;;
        profiles) [[ -z "$command" ]] && COMPREPLY=($(compgen -W "list add remove" -- "$cur")) ;;
        help) [[ -z "$command" ]] && COMPREPLY=($(compgen -W "organizations accounts credentials report profiles" -- "$cur")) ;;
    esac
}
complete -F _keycardctl keycardctl
