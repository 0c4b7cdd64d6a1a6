#!/usr/bin/env bash
# Host fixes podman needs before it can run containers on hosts like Capstan's CI VMs. Idempotent:
# run it as root as often as you like (`.ci/run` runs it before the tests).
#
# 1. Hybrid cgroups: the cgroup v1 controllers are mounted under /sys/fs/cgroup/<name>, and the
#    v2 hierarchy (/sys/fs/cgroup/unified) still lists a controller (hugetlb on these VMs). crun
#    then refuses every container ("cgroups in hybrid mode not supported, drop all controllers
#    from cgroupv2"). Mounting each such controller as cgroup v1 moves it out of v2.
# 2. ulimits: podman's defaults for root (nofile=1048576) exceed these VMs' hard limit (20000),
#    so crun fails with "setrlimit RLIMIT_NOFILE: Operation not permitted". Capstan's podman
#    runtime writes its own containers.conf with `default_ulimits` within this process' hard
#    limits, so nothing is changed system-wide here; the limits are printed for plain `podman`
#    users, who can pass `--ulimit nofile=N:N --ulimit nproc=M:M`.
set -euo pipefail

unified=/sys/fs/cgroup/unified/cgroup.controllers

if [ -f "$unified" ] && [ -n "$(tr -d '[:space:]' < "$unified")" ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "podman-host-setup: cgroup v2 lists controllers ($(cat "$unified")); run this script as root to move them to cgroup v1" >&2
    exit 1
  fi
  for controller in $(cat "$unified"); do
    dir="/sys/fs/cgroup/$controller"
    if mountpoint -q "$dir" 2>/dev/null; then
      echo "podman-host-setup: $dir is already mounted"
      continue
    fi
    mkdir -p "$dir"
    if mount -t cgroup -o "$controller" cgroup "$dir"; then
      echo "podman-host-setup: mounted the $controller controller as cgroup v1 on $dir"
    else
      echo "podman-host-setup: could not mount $controller as cgroup v1 on $dir (is it enabled in /sys/fs/cgroup/unified/cgroup.subtree_control?)" >&2
      exit 1
    fi
  done
  if [ -n "$(tr -d '[:space:]' < "$unified")" ]; then
    echo "podman-host-setup: cgroup v2 still lists controllers: $(cat "$unified")" >&2
    exit 1
  fi
else
  echo "podman-host-setup: cgroups need no change"
fi

echo "podman-host-setup: hard limits here: nofile=$(ulimit -Hn) nproc=$(ulimit -Hu) (Capstan's podman runtime sets container ulimits within them)"
