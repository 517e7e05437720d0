#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""NFS Navigator's benchmark: figures side by side with the reference tools, not pass/fail.

Run through `./run.sh bench [--peers] [--size MIB] [--runs N]` (root: it starts the test
server in a private namespace). Every workload runs our tool and the reference tool on the
same files, alternating, N times (default 5); the table gives medians of wall time, the
ratio against the reference, user+sys CPU and peak memory of the process, and the goal the
project set for it. Always exits 0 unless the machinery itself fails.

The outer process starts the rig and re-runs this script inside the server's network
namespace (--inner), where the server is 127.0.0.1; the outer one stops the rig at the end.
"""
import argparse
import asyncio
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
RIG = os.path.join(ROOT, 'tests', 'rig', 'nfs-server.sh')
BIN = os.path.join(ROOT, 'build', 'bin')
NFSNAV = os.path.join(BIN, 'nfsnav')
SERVER = 'nfs://127.0.0.1'
MIB = 1024 * 1024


# --- measuring one process --------------------------------------------------------------------

class Run:
    def __init__(self, seconds, cpu, rss_kib, first_line=None, ok=True, server_cpu=None):
        self.seconds, self.cpu, self.rss_kib, self.first_line, self.ok = seconds, cpu, rss_kib, first_line, ok
        self.server_cpu = server_cpu


SERVER_PID = None   # ganesha's, given by the outer process: its CPU time is measured per run
BASELINE = None     # an older build's nfsnav (--baseline), run in place of ours on its side
RUNNING_BASELINE = False


def server_cpu():
    """The server's user+sys CPU seconds so far (None when unknown)."""
    if SERVER_PID is None:
        return None
    try:
        with open('/proc/%d/stat' % SERVER_PID) as f:
            fields = f.read().rsplit(')', 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf('SC_CLK_TCK')
    except (OSError, IndexError, ValueError):
        return None


def run(cmd, env=None, stdout=subprocess.DEVNULL, first_line=False):
    """Wall time, user+sys CPU and peak RSS of one process. GNU time reports the child's own
    figures (a child forked from this Python would count Python's memory as its own)."""
    if RUNNING_BASELINE and cmd and cmd[0] == NFSNAV:
        cmd = [BASELINE] + cmd[1:]
    with tempfile.NamedTemporaryFile('r') as report:
        server_before = server_cpu()
        start = time.perf_counter()
        proc = subprocess.Popen(['/usr/bin/time', '-f', '%U %S %M', '-o', report.name] + cmd,
                                stdout=subprocess.PIPE if first_line else stdout, stderr=subprocess.DEVNULL,
                                stdin=subprocess.DEVNULL, env=env)
        first = None
        if first_line:
            if proc.stdout.readline():
                first = time.perf_counter() - start
            for _ in iter(lambda: proc.stdout.read(1 << 16), b''):
                pass
        proc.wait()
        seconds = time.perf_counter() - start
        server_after = server_cpu()
        fields = report.read().split()
    try:
        user, system, rss = float(fields[-3]), float(fields[-2]), int(fields[-1])
    except (IndexError, ValueError):
        user, system, rss = 0.0, 0.0, 0
    server = server_after - server_before if server_before is not None and server_after is not None else None
    return Run(seconds, user + system, rss, first, proc.returncode == 0, server)


def median(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


class Row:
    """One workload: our command and the reference command, timed alternately."""

    def __init__(self, name, goal, ours, peer=None, peer_name='', mode='time', before=None, scale=1.0,
                 first_line=False, note='', ceiling=None):
        self.name, self.goal, self.ours, self.peer, self.peer_name = name, goal, ours, peer, peer_name
        self.mode = mode            # 'time': ratio = ours/peer (lower is better); 'speed': peer/ours
        self.before = before        # called before each run of either side (clean-up)
        self.scale = scale          # the peer's time is multiplied by this (a loop over a sample)
        self.first_line = first_line
        self.note = note
        # libnfs's raw API doing the same (a probe in tests/bench/probes/), timed in
        # the same alternation: what no client on libnfs 4.0 exceeds here.
        self.ceiling = ceiling
        self.our_runs, self.peer_runs, self.ceiling_runs, self.baseline_runs = [], [], [], []

    def measure(self, runs):
        for i in range(runs):
            sides = [('ours', self.ours), ('peer', self.peer)] if i % 2 == 0 else [('peer', self.peer), ('ours', self.ours)]
            if self.ceiling is not None:
                sides.insert(i % 3, ('ceiling', self.ceiling))
            if BASELINE:
                # The older build runs our side's command, in the same alternation.
                sides.insert(i % (len(sides) + 1), ('baseline', self.ours))
            global RUNNING_BASELINE
            for side, cmd in sides:
                if cmd is None:
                    continue
                if self.before:
                    self.before()
                RUNNING_BASELINE = side == 'baseline'
                try:
                    r = cmd() if callable(cmd) else run(cmd, first_line=self.first_line and side in ('ours', 'baseline'))
                finally:
                    RUNNING_BASELINE = False
                {'ours': self.our_runs, 'peer': self.peer_runs, 'ceiling': self.ceiling_runs,
                 'baseline': self.baseline_runs}[side].append(r)

    def cells(self):
        ours = median([r.seconds for r in self.our_runs if r.ok])
        peer = median([r.seconds for r in self.peer_runs if r.ok])
        if peer is not None:
            peer *= self.scale
        failed = [r for r in self.our_runs if not r.ok]
        ratio = ''
        if ours and peer:
            ratio = '%.2f×' % ((peer / ours) if self.mode == 'speed' else (ours / peer))
        cpu = median([r.cpu for r in self.our_runs])
        our_server = median([r.server_cpu for r in self.our_runs])
        peer_server = median([r.server_cpu for r in self.peer_runs])
        rss = median([r.rss_kib for r in self.our_runs])
        first = median([r.first_line for r in self.our_runs])
        ours_text = ('%.3f s' % ours) if ours is not None else 'failed'
        if failed and ours is not None:
            ours_text += ' (%d failed)' % len(failed)
        if first is not None:
            ours_text += ', first line %.1f ms' % (first * 1000)
        peer_text = ('%.3f s %s' % (peer, self.peer_name)) if peer is not None else (
            '—' if self.peer is None else '%s failed' % self.peer_name)
        if peer is not None and peer_server is not None and self.scale == 1.0:
            peer_text += ' (server CPU %.2f s)' % peer_server
        cpu_text = '%.2f s' % cpu if cpu is not None else ''
        if our_server is not None:
            cpu_text += ' (server %.2f s)' % our_server
        goal = self.goal
        probe = median([r.seconds for r in self.ceiling_runs if r.ok])
        if probe is not None and peer:
            goal += '; libnfs alone: %.3f s, %.2f×' % (probe, (peer / probe) if self.mode == 'speed' else (probe / peer))
        elif probe is not None:
            goal += '; libnfs alone: %.3f s' % probe
        if self.baseline_runs:
            base = median([r.seconds for r in self.baseline_runs if r.ok])
            base_first = median([r.first_line for r in self.baseline_runs if r.ok])
            if base is None:
                goal += '; the baseline build failed'
            elif ours:
                goal += '; baseline %.3f s%s, now %.2f× as fast' % (
                    base, (', first line %.1f ms' % (base_first * 1000)) if base_first is not None else '', base / ours)
        return [self.name, ours_text, peer_text, ratio, cpu_text,
                '%d MiB' % (rss // 1024) if rss is not None else '', goal + (' ' + self.note if self.note else '')]


def table(rows):
    head = ['workload', 'nfsnav (median)', 'reference (median)', 'ratio', 'CPU (and the server\'s)', 'peak RSS', 'goal']
    lines = [head] + [r.cells() for r in rows]
    widths = [max(len(l[i]) for l in lines) for i in range(len(head))]
    out = []
    for n, l in enumerate(lines):
        out.append('| ' + ' | '.join(c.ljust(widths[i]) for i, c in enumerate(l)) + ' |')
        if n == 0:
            out.append('|' + '|'.join('-' * (w + 2) for w in widths) + '|')
    return '\n'.join(out)


# --- a link with latency: every byte from the server delayed -------------------------------------

class DelayProxy:
    """A TCP proxy on 127.0.0.1 that holds every chunk the server sends for `delay` seconds
    before passing it on, in order: the round trip of a WAN link, without limiting bandwidth."""

    def __init__(self, target_port, delay):
        self.target_port, self.delay = target_port, delay
        self.port = None
        self.loop = asyncio.new_event_loop()
        ready = threading.Event()
        threading.Thread(target=self._serve, args=(ready,), daemon=True).start()
        ready.wait(10)

    def _serve(self, ready):
        asyncio.set_event_loop(self.loop)

        async def pipe(reader, writer, delay):
            queue = asyncio.Queue()

            async def release():
                while True:
                    due, data = await queue.get()
                    if data is None:
                        break
                    wait = due - self.loop.time()
                    if wait > 0:
                        await asyncio.sleep(wait)
                    writer.write(data)
                    await writer.drain()
                writer.close()

            sender = self.loop.create_task(release())
            while True:
                try:
                    data = await reader.read(1 << 16)
                except OSError:
                    data = b''
                await queue.put((self.loop.time() + delay, data or None))
                if not data:
                    break
            try:
                await sender
            except OSError:
                pass

        async def handle(client_reader, client_writer):
            try:
                server_reader, server_writer = await asyncio.open_connection('127.0.0.1', self.target_port)
            except OSError:
                client_writer.close()
                return
            await asyncio.gather(pipe(client_reader, server_writer, 0), pipe(server_reader, client_writer, self.delay),
                                 return_exceptions=True)

        # A client that goes away mid-transfer is normal here: no tracebacks.
        self.loop.set_exception_handler(lambda loop, context: None)

        async def start():
            server = await asyncio.start_server(handle, '127.0.0.1', 0)
            self.port = server.sockets[0].getsockname()[1]
            ready.set()
            await server.serve_forever()

        self.loop.run_until_complete(start())


# --- the workloads ----------------------------------------------------------------------------

def nfsnav(*args):
    return [NFSNAV] + list(args)


def inner(args):
    work = tempfile.mkdtemp(prefix='nfsnav-bench-', dir='/dev/shm')
    size = args.size * MIB
    v3 = SERVER + '/srv/test/scratch/bench'
    v4 = SERVER + '/pseudo/test/scratch/bench'
    rows = []
    gui_lines = []
    only = re.compile(args.only) if args.only else None

    def wanted(name):
        return only is None or bool(only.search(name))

    load_before = os.getloadavg()
    try:
        subprocess.run(nfsnav('mkdir', v3), check=False, stderr=subprocess.DEVNULL)
        payload = os.path.join(work, 'payload')
        with open(payload, 'wb') as f:
            left = size
            while left:
                chunk = os.urandom(min(left, 16 * MIB))
                f.write(chunk)
                left -= len(chunk)
        subprocess.run(nfsnav('put', payload, v3 + '/big.bin'), check=True)
        big = v3 + '/big.bin'
        label = '%d MiB' % args.size

        # The ceiling: libnfs 4.0's own pipeline with nothing of ours in it
        # (tests/bench/probes/readprobe.cpp), as `nfsnav cat` reads a large file:
        # READs of 512 KiB over 3 connections (here one in flight on each read
        # fastest), the replies not copied.
        readprobe = os.path.join(BIN, 'readprobe')
        has_probe = os.access(readprobe, os.X_OK)
        probe_big = [readprobe, '127.0.0.1', '/srv/test', '/scratch/bench/big.bin']
        rows.append(Row('cat %s to /dev/null, v3' % label, '≥ 1.6× nfs-cat (speed)',
                        nfsnav('cat', big), ['nfs-cat', big], 'nfs-cat', mode='speed',
                        ceiling=probe_big + ['1', '--connections', '3', '--chunk', '512', '--no-copy']
                        if has_probe else None))
        # What one connection reaches, 8 READs of the server's 1 MiB in flight
        # (nfsnav's pipeline before it spread READs over connections).
        if has_probe:
            rows.append(Row('cat %s, libnfs alone on 1 connection (probe)' % label,
                            'one connection against nfs-cat', probe_big + ['8', '--no-copy'],
                            ['nfs-cat', big], 'nfs-cat', mode='speed'))
        down = os.path.join(work, 'down.bin')
        rm_down = lambda: os.path.exists(down) and os.remove(down)
        # The ceiling: libnfs on one connection, 8 READs of 1 MiB in flight, each
        # reply written where it belongs in /dev/shm.
        rows.append(Row('get %s into /dev/shm, v3' % label, '≥ 1.5× nfs-cp (speed)',
                        nfsnav('get', big, down),
                        ['nfs-cp', big, down], 'nfs-cp', mode='speed', before=rm_down,
                        ceiling=probe_big + ['8', '--out', down] if has_probe else None))
        counter = [0]

        def fresh_name():
            counter[0] += 1
            return v3 + '/up-%d.bin' % counter[0]

        # The ceiling: libnfs 4.0 alone (tests/bench/probes/writeprobe.cpp), 8 UNSTABLE
        # WRITEs of 1 MiB in flight and a COMMIT at the end, as durable as ours (which
        # COMMITs every 32 MiB and compares verifiers); `writeprobe ... sync` (FILE_SYNC,
        # how uploads went before) and `nocommit` time the other patterns by hand.
        writeprobe = os.path.join(BIN, 'writeprobe')
        rows.append(Row('put %s, v3, durable' % label, '≥ 2× nfs-cp (speed; nfs-cp is not durable)',
                        lambda: run(nfsnav('put', payload, fresh_name())),
                        lambda: run(['nfs-cp', payload, fresh_name()]), 'nfs-cp', mode='speed',
                        ceiling=[writeprobe, '127.0.0.1', '/srv/test', '/scratch/bench/probe.bin', str(args.size),
                                 'unstable', '8'] if os.access(writeprobe, os.X_OK) else None))
        huge3 = SERVER + '/srv/a/huge'
        huge4 = SERVER + '/pa/huge?version=4'
        listprobe = os.path.join(BIN, 'listprobe')
        rows.append(Row('ls 100,000 names, v3', '≤ 0.6× nfs-ls (time)', nfsnav('ls', huge3), ['nfs-ls', huge3], 'nfs-ls',
                        ceiling=[listprobe, '127.0.0.1', '/srv/a', '/huge', 'names'] if os.access(listprobe, os.X_OK) else None))
        rows.append(Row('ls -l 100,000 entries, v3', '≤ 0.8× nfs-ls (time)', nfsnav('ls', '-l', huge3),
                        ['nfs-ls', huge3], 'nfs-ls'))
        # ls -U where this build has it (its usage line does not show it).
        has_unsorted = subprocess.run(nfsnav('ls', '-U', v3), stdout=subprocess.DEVNULL,
                                      stderr=subprocess.DEVNULL).returncode == 0
        rows.append(Row('first line of ls%s, 100,000 entries, v3' % (' -U' if has_unsorted else ''),
                        '≤ 50 ms to the first row (here: process start to first line, mount included)',
                        nfsnav(*(['ls', '-U', huge3] if has_unsorted else ['ls', huge3])), first_line=True))
        # The ceiling: libnfs 4.0's raw COMPOUND streaming READDIR as `nfsnav ls` sends it
        # (tests/bench/probes/listprobe.cpp; `listprobe ... 4` times libnfs's own nfs_opendir).
        rows.append(Row('ls 100,000 entries, v4', '≤ 2 s', nfsnav('ls', huge4), ['nfs-ls', huge4], 'nfs-ls',
                        ceiling=[listprobe, '127.0.0.1', '/pa', '/huge', 'v4names'] if os.access(listprobe, os.X_OK)
                        else None))
        small = min(size, 64 * MIB)
        small_file = os.path.join(work, 'v4.bin')
        with open(payload, 'rb') as src, open(small_file, 'wb') as dst:
            dst.write(src.read(small))
        counter4 = [0]

        def fresh_v4():
            counter4[0] += 1
            return v4 + '/v4-%d.bin?version=4' % counter4[0]

        # The ceiling: libnfs 4.0 alone, FILE_SYNC WRITEs of 3 KiB (all it can encode over
        # NFSv4), 16 in flight; `writeprobe ... unstable --v4` times the undurable way.
        rows.append(Row('put %d MiB, v4' % (small // MIB), '≥ 80 MB/s (%.1f s for this size)' % (small / 80e6),
                        lambda: run(nfsnav('put', small_file, fresh_v4())),
                        ceiling=[writeprobe, '127.0.0.1', '/pseudo/test', '/scratch/bench/probe4.bin', str(small // MIB),
                                 'sync', '16', '--v4'] if os.access(writeprobe, os.X_OK) else None))

        # Many small files: a tree of 4 KiB files, up and down, against a loop of nfs-cp.
        count = args.files
        if not wanted('put -r get -r %d files' % count):
            count = 0
        tree = os.path.join(work, 'tree')
        os.makedirs(tree)
        sample = max(1, min(count, 200))
        for i in range(count):
            with open(os.path.join(tree, 'f%05d' % i), 'wb') as f:
                f.write(os.urandom(4096))
        scale = count / sample
        counter_tree = [0]

        def put_tree():
            counter_tree[0] += 1
            return run(nfsnav('put', '-r', tree, v3 + '/tree-%d' % counter_tree[0]))

        def nfscp_loop_up():
            counter_tree[0] += 1
            dest = v3 + '/loop-%d' % counter_tree[0]
            subprocess.run(nfsnav('mkdir', dest), check=False, stderr=subprocess.DEVNULL)
            script = 'for i in $(seq -f "%%05g" 0 %d); do nfs-cp %s/f$i %s/f$i || exit 1; done' % (sample - 1, tree, dest)
            return run(['bash', '-c', script])

        # The ceiling: libnfs's raw API uploading the folder the durable way on
        # handles, 16 files in flight (tests/bench/probes/treeprobe.cpp).
        treeprobe = os.path.join(BIN, 'treeprobe')

        def treeprobe_up():
            counter_tree[0] += 1
            folder = '/scratch/bench/probe-tree-%d' % counter_tree[0]
            subprocess.run(nfsnav('mkdir', SERVER + '/srv/test' + folder), check=False, stderr=subprocess.DEVNULL)
            return run([treeprobe, '127.0.0.1', '/srv/test', folder, tree, '16'])

        rows.append(Row('put -r %d files of 4 KiB, v3' % count, '≥ 10× a loop of nfs-cp (speed), ≥ 2× 44b94b5',
                        put_tree, nfscp_loop_up, 'nfs-cp loop', mode='speed', scale=scale,
                        note='(the loop times %d files, scaled)' % sample,
                        ceiling=treeprobe_up if os.access(treeprobe, os.X_OK) else None))
        if count:
            subprocess.run(nfsnav('put', '-r', tree, v3 + '/tree'), check=True, stderr=subprocess.DEVNULL)
        tree_down = os.path.join(work, 'tree-down')
        clear_down = lambda: shutil.rmtree(tree_down, ignore_errors=True)

        def nfscp_loop_down():
            os.makedirs(tree_down, exist_ok=True)
            script = 'for i in $(seq -f "%%05g" 0 %d); do nfs-cp %s/tree/f$i %s/f$i || exit 1; done' % (sample - 1, v3, tree_down)
            return run(['bash', '-c', script])

        rows.append(Row('get -r %d files of 4 KiB, v3' % count, '≥ 10× a loop of nfs-cp (speed)',
                        nfsnav('get', '-r', v3 + '/tree', tree_down), nfscp_loop_down, 'nfs-cp loop', mode='speed',
                        before=clear_down, scale=scale, note='(the loop times %d files, scaled)' % sample))

        # A WAN-like link: every reply 20 ms late.
        nfs_proxy = DelayProxy(2049, 0.020)
        mount_proxy = DelayProxy(20048, 0.020)
        ports = 'nfsport=%d&mountport=%d' % (nfs_proxy.port, mount_proxy.port)
        wan_size = min(size, 256 * MIB)
        wan_local = os.path.join(work, 'wan.bin')
        with open(payload, 'rb') as src, open(wan_local, 'wb') as dst:
            dst.write(src.read(wan_size))
        wan_file = v3 + '/wan.bin'
        subprocess.run(nfsnav('put', wan_local, wan_file), check=True)
        os.remove(wan_local)
        # The ceiling: libnfs alone through the same proxy, 16 READs of 1 MiB in flight.
        rows.append(Row('cat %d MiB over a 20 ms link, v3' % (wan_size // MIB),
                        '≥ 5× 44b94b5 (speed)', nfsnav('cat', wan_file + '?' + ports),
                        ['nfs-cat', wan_file + '?' + ports], 'nfs-cat', mode='speed',
                        ceiling=[readprobe, '127.0.0.1', '/srv/test', '/scratch/bench/wan.bin', '16', '--ports',
                                 wan_file + '?' + ports] if os.access(readprobe, os.X_OK) else None))
        big10k = SERVER + '/srv/test/big?' + ports
        rows.append(Row('ls 10,000 entries over a 20 ms link, v3', '≥ 5× 44b94b5', nfsnav('ls', big10k),
                        ['nfs-ls', big10k], 'nfs-ls'))

        if args.peers:
            add_peers(rows, big, huge3)
        guibench = os.path.join(BIN, 'guibench')
        if os.access(guibench, os.X_OK) and wanted('window'):
            print('measuring: the window (guibench)', file=sys.stderr, flush=True)
            env = dict(os.environ, QT_QPA_PLATFORM='offscreen')
            for i in range(args.runs):
                out = subprocess.run([guibench, huge3, big], capture_output=True, text=True, env=env, timeout=900)
                gui_lines.append(out.stdout.strip().splitlines())

        rows = [row for row in rows if wanted(row.name)]
        for row in rows:
            print('measuring: %s' % row.name, file=sys.stderr, flush=True)
            row.measure(args.runs)
    finally:
        subprocess.run(nfsnav('rm', '-r', '-f', v3), check=False, stderr=subprocess.DEVNULL)
        shutil.rmtree(work, ignore_errors=True)

    cpu = subprocess.run(['sh', '-c', "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"], capture_output=True,
                         text=True).stdout.strip()
    print()
    print('NFS Navigator benchmark, %s; %d cores, %s; nfs-ganesha (VFS) on loopback in its own namespace;'
          % (time.strftime('%Y-%m-%d'), os.cpu_count(), cpu or 'unknown CPU'))
    print('load average (1, 5, 15 min) %.2f %.2f %.2f before, %.2f %.2f %.2f after (the machine is shared);'
          % (load_before + os.getloadavg()))
    print('medians of %d alternating runs; ratio: "speed" rows = reference time / ours, "time" rows = ours / reference.'
          % args.runs)
    print()
    print(table(rows))
    if gui_lines:
        print()
        print('The window (tests/bench/guibench.cpp: RemoteFsModel in a QTreeView, offscreen, the folder of')
        print('100,000 entries, a 1 GiB-class read running on another session), %d runs:' % len(gui_lines))
        for run_lines in gui_lines:
            print('  ' + ' | '.join(run_lines))


def add_peers(rows, big, huge):
    """GNOME's GVfs (gio) and KDE's KIO (kioclient5) on the same files, when installed."""
    gio = shutil.which('gio') and shutil.which('dbus-run-session')
    kio = shutil.which('kioclient5')
    if gio:
        rows.append(Row('gio cat (GVfs), same file', 'figure', ['dbus-run-session', '--', 'gio', 'cat', big],
                        note='(gio runs as "ours" column)'))
        rows.append(Row('gio list (GVfs), 100,000 entries', 'figure', ['dbus-run-session', '--', 'gio', 'list', huge],
                        note='(gio runs as "ours" column)'))
    if kio:
        env = dict(os.environ, QT_QPA_PLATFORM='offscreen')
        rows.append(Row('kioclient5 cat (KIO), same file', 'figure',
                        lambda: run(['kioclient5', 'cat', big], env=env), note='(kioclient5 runs as "ours" column)'))
        rows.append(Row('kioclient5 ls (KIO), 100,000 entries', 'figure',
                        lambda: run(['kioclient5', 'ls', huge], env=env), note='(kioclient5 runs as "ours" column)'))


# --- outer: the server's life -----------------------------------------------------------------

def outer(argv, args):
    if os.geteuid() != 0:
        sys.exit('bench: must run as root (it starts the test server in a network namespace)')
    if not os.access(NFSNAV, os.X_OK):
        sys.exit('bench: build first: ./run.sh build')
    state = tempfile.mkdtemp(prefix='nfsnav-bench-', dir='/var/tmp')
    try:
        subprocess.run(['bash', RIG, 'start', state], check=True, stdout=subprocess.DEVNULL)
        env = dict(os.environ)
        try:
            with open(os.path.join(state, 'ganesha.pid')) as f:
                env['NFSNAV_BENCH_SERVER_PID'] = f.read().strip()
        except OSError:
            pass
        rc = subprocess.run(['bash', RIG, 'exec', state, sys.executable, os.path.abspath(__file__), '--inner'] + argv,
                            env=env).returncode
        if rc != 0:
            print('bench: the measurements stopped early (exit %d)' % rc, file=sys.stderr)
    finally:
        subprocess.run(['bash', RIG, 'stop', state], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.rmtree(state, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description='NFS Navigator benchmark (figures, not pass/fail)')
    parser.add_argument('--size', type=int, default=1024, help='the big file in MiB (default 1024)')
    parser.add_argument('--runs', type=int, default=5, help='runs of each side (default 5)')
    parser.add_argument('--files', type=int, default=10000, help='files in the small-file tree (default 10000)')
    parser.add_argument('--peers', action='store_true', help='add GVfs (gio) and KIO (kioclient5) rows')
    parser.add_argument('--only', metavar='REGEX', default='',
                        help='measure only the rows whose name matches (e.g. "cat|get|20 ms"); '
                             '"window" selects guibench')
    parser.add_argument('--baseline', metavar='NFSNAV',
                        help="an older build's nfsnav, timed on our side's commands in the same alternation "
                             '(e.g. one built from 44b94b5, the commit the goals were set on)')
    parser.add_argument('--inner', action='store_true', help=argparse.SUPPRESS)
    argv = sys.argv[1:]
    args = parser.parse_args()
    if args.inner:
        global SERVER_PID
        pid = os.environ.get('NFSNAV_BENCH_SERVER_PID', '')
        SERVER_PID = int(pid) if pid.isdigit() else None
        global BASELINE
        BASELINE = os.path.abspath(args.baseline) if args.baseline else None
        inner(args)
    else:
        outer(argv, args)


if __name__ == '__main__':
    main()
