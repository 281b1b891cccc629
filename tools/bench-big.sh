#!/bin/sh
# Reader on a big file in tmux: launch -> first frame (KHABAR_TIMING), and resize -> redrawn
# (polling for the new status row position). Usage: bench-big.sh BINARY FILE
BIN=$1; F=$2; S=wt12bench$$; T=/tmp/khabar-timing-$$
rm -f $T
tmux -L $S -f /dev/null new-session -d -x 120 -y 40 -s k "sleep 0.3; KHABAR_TIMING=$T $BIN --lang en $F; sleep 60"
L=$(date +%s%N); L=$((L+300000000))
until [ -s $T ]; do sleep 0.05; done
F0=$(awk '/first_frame/{print $2}' $T)
echo "first frame: $(( (F0-L)/1000000 )) ms"
until tmux -L $S capture-pane -p -t k | grep -q "source 1/1"; do sleep 0.05; done
R=$(date +%s%N); echo "article shown: $(( (R-L)/1000000 )) ms"
sleep 2
for size in "100 30" "140 45" "90 28"; do
  set -- $size
  T0=$(date +%s%N)
  tmux -L $S resize-window -t k -x $1 -y $2
  until tmux -L $S capture-pane -p -t k | sed -n "${2}p" | grep -q "source 1/1"; do sleep 0.01; done
  T1=$(date +%s%N)
  echo "resize to ${1}x${2}: $(( (T1-T0)/1000000 )) ms"
done
tmux -L $S kill-server
