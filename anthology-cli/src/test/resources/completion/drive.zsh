# Drives a real interactive zsh on a pseudo-terminal (zpty): loads the completion script as a user's
# .zshrc would, types the line and TAB, and prints each word the completion system offers.
# Usage: zsh -f drive.zsh SCRIPT LINE
zmodload zsh/zpty
zpty z zsh -f -i
zpty -w z 'PROMPT= RPROMPT= ; autoload -U compinit && compinit -u -D'
# compadd, which every completion calls to offer words, also prints them, marked.
zpty -w z 'compadd () {
  if [[ ${@[1,(i)(-|--)]} == *-(O|A|D)\ * ]]; then builtin compadd "$@"; return $?; fi
  typeset -a __hits; builtin compadd -A __hits "$@"; (( $#__hits )) || return 1
  print -n -- "\n"; for h in $__hits; do print -r -- "<<M>>$h"; done; builtin compadd "$@"
}'
zpty -w z "source ${1:A}"
zpty -w z 'bindkey "^I" complete-word; print "<<REA""DY>>"'
zpty -r z out '*<<READY>>*' || exit 3
zpty -w -n z "$2"$'\t'
zpty -w z $'\x15print "<<DO""NE>>"'
zpty -r z out '*<<DONE>>*' || exit 4
print -r -- "$out" | tr -d '\r' | grep -a '^<<M>>' | sed 's/^<<M>>//' | sort -u
zpty -d z
